// Browser-test harness: serves the built app (dist/) on 127.0.0.1 and drives Debian Chromium
// through playwright-core. Every spec gets a fresh profile, so IndexedDB starts empty.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { precomputedThemes } from '../../scripts/precomputed-themes.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const screenshotDir = join(root, 'test-results', 'screenshots');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves dist/ with `vite preview` on a free loopback port. */
export async function startApp() {
  const server = await preview({
    root,
    logLevel: 'error',
    // KEPT_DIST lets several builds coexist (e.g. one per engineer); CI uses dist/.
    build: { outDir: process.env.KEPT_DIST ?? join(root, 'dist') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 4173;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.httpServer.close(() => done())),
  };
}

/**
 * A browser with a fresh profile. Pages it opens fail the spec on console errors and page errors
 * (collected in `page.errors`); the teams-js valid-domains CDN request is answered locally.
 * `cdnStubs: false` leaves requests alone, which keeps Chromium's HTTP cache on (Playwright turns
 * it off for a context that routes requests): the benchmarks' return visits need it, and their
 * standalone pages ask no CDN.
 */
export async function launchBrowser({
  width = 1280,
  height = 800,
  colorScheme = 'light',
  forcedColors = 'none',
  locale = 'en-GB',
  cdnStubs = true,
} = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'kept-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KEPT_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width, height },
    colorScheme,
    forcedColors,
    // The browser's language (navigator.languages): pages without `?lang=` take it, as Kept does in a browser.
    locale,
    timezoneId: 'Europe/London',
  });
  // No internet here: teams-js asks a CDN for its valid origins, and ?host=outlook pages load office.js.
  if (cdnStubs) await stubCdns(context);
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      page.errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => page.errors.push(`pageerror: ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Answers the CDN requests teams-js and office.js pages make, here where there is no internet. */
async function stubCdns(context) {
  await context.route(/res\.cdn\.office\.net|statics\.teams\.cdn\.office\.net/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"validOrigins":[]}' }),
  );
  await context.route(/appsforoffice\.microsoft\.com/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.Office = undefined;' }),
  );
}

/**
 * Runs axe; returns serious/critical violations (Fluent's focus helpers excluded, as documented).
 * `include` scopes it to a spec's own part of the page (e.g. a panel and the dialogs it opens).
 */
export async function seriousA11yViolations(page, { include = [] } = {}) {
  // Mid-animation (a dialog fading in, a drawer sliding) axe measures half-transparent text and
  // reports contrast that no one sees: judge the page once nothing moves.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * axe's landmark rules, whatever their impact (they are "moderate", so seriousA11yViolations leaves
 * them out): one main landmark, at the top level, and no banner or content info twice. A screen
 * reader user moves through a page by its landmarks; a main inside a main sends "go to main" astray.
 */
export async function landmarkViolations(page) {
  const results = await new AxeBuilder({ page })
    .withRules([
      'landmark-one-main',
      'landmark-no-duplicate-main',
      'landmark-main-is-top-level',
      'landmark-no-duplicate-banner',
      'landmark-no-duplicate-contentinfo',
      'landmark-banner-is-top-level',
      'landmark-complementary-is-top-level',
      'landmark-unique',
    ])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A new page whose clock starts at `time` (the app reads time from `new Date()`), opened on `url`. */
export async function openAt(browser, url, time) {
  const page = await browser.newPage();
  await page.clock.install({ time });
  await page.goto(url);
  return page;
}

export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A test page beside the built app, on its origin: `entry` (a fixture under tests/e2e) built in
 * memory as an ES module with its chunks under /e2e/, and loaded by the page at /<page>, whose
 * <body> is `body` before that script. Served through the browser's routing, so the app's own pages
 * (auth.html, the built chunks) stay the real ones.
 */
export async function routeTestPage(browser, baseUrl, { entry, page, title, body }) {
  const script = page.replace(/\.html$/, '.js');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>${body}<script type="module" src="/e2e/${script}"></script></body></html>`;
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // The app's own modules import its build-time themes (kept-theme:…).
    plugins: [precomputedThemes()],
    // A library build leaves process.env.NODE_ENV to its user: here, the browser.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => script },
    },
  });
  const files = new Map();
  for (const result of Array.isArray(output) ? output : [output]) {
    for (const file of result.output) files.set(file.fileName, file.type === 'chunk' ? file.code : file.source);
  }
  await browser.context.route(`${baseUrl}/${page}*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await browser.context.route(`${baseUrl}/e2e/**`, (route) => {
    const file = files.get(new URL(route.request().url()).pathname.replace(/^\/e2e\//, ''));
    // Another test page's files are its own route's to answer.
    return file === undefined
      ? route.fallback()
      : route.fulfill({ status: 200, contentType: 'text/javascript', body: file });
  });
}
