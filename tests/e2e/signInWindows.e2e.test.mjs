// Sign-in without nested app authentication from Outlook and Teams, in Chromium. Outlook: Kept's createMsalSignIn (the
// real msal-browser) in a page that plays Outlook on the web's dialog API (fixtures/fakeOutlookDialogs.ts)
// opens the built auth-dialog.html with displayDialogAsync; that page runs MSAL's redirect flow against
// the identity provider faked at the network edge (fakeIdentityProvider.mjs), comes back through the
// built auth.html (redirect bridge), redeems the code and hands the token back with messageParent
// (https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api).
// Teams: the page plays Teams on the web's authentication window (fixtures/fakeTeamsWindow.ts) and opens the
// built auth-teams.html; the same redirect flow ends with notifySuccess, which carries no token, and the tab
// then reads the token from MSAL's cache (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab).
//
// The sign-in pages are built here with an app registration (VITE_KEPT_CLIENT_ID, as `npm run package`
// builds them), in memory, and served from a loopback server of their own (a secure context, as the
// dialog API's https rule asks); the test page sits on the same origin, as the dialog API demands.
// (Page routes cannot serve them: Chromium does not route the navigation that follows the identity
// provider's redirect back.)
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { fakeIdentityProvider, TENANT } from './fakeIdentityProvider.mjs';
import { launchBrowser, root, screenshot } from './harness.mjs';

const CLIENT_ID = '5d1c7a3e-2b9f-4e61-8c0a-7f3e9b2d4a10';
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/**
 * Office.js in the dialog, as far as auth-dialog.html uses it: Office.onReady, the DialogOrigin 1.1
 * requirement set, and messageParent, which delivers the message to the page that opened the dialog, only
 * on `targetOrigin` when given (fakeOutlookDialogs.ts turns it into DialogMessageReceived with this window's
 * origin). The spec records the targetOrigin asked for.
 */
const FAKE_DIALOG_OFFICE_JS = `window.Office = {
  onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
  context: {
    requirements: { isSetSupported: (name, version) => name === 'DialogOrigin' && version === '1.1' },
    ui: {
      messageParent: (message, options) => {
        window.opener.keptTargetOrigins = [...(window.opener.keptTargetOrigins ?? []), options?.targetOrigin ?? null];
        window.opener.postMessage({ officeDialogMessage: message }, options?.targetOrigin ?? '*');
      },
    },
  },
};`;

let browser;
let server;
/** The loopback origin the sign-in pages are served on. */
let ORIGIN;
/** Files served on ORIGIN, by path. */
const files = new Map();

async function buildInMemory(config) {
  const output = await build({ configFile: false, root, logLevel: 'silent', ...config });
  for (const result of Array.isArray(output) ? output : [output]) {
    for (const file of result.output) files.set(`/${file.fileName}`, file.type === 'chunk' ? file.code : file.source);
  }
}

before(async () => {
  process.env.VITE_KEPT_CLIENT_ID = CLIENT_ID;
  process.env.VITE_KEPT_AUTHORITY = AUTHORITY;
  await buildInMemory({
    base: '/',
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          ['auth', 'auth-dialog', 'auth-teams'].map((page) => [page, join(root, `${page}.html`)]),
        ),
      },
    },
  });
  await buildInMemory({
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: join(root, 'tests/e2e/fixtures/signInPage.ts'), formats: ['es'], fileName: () => 'e2e/signin.js' },
    },
  });
  files.set(
    '/e2e-signin.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook task pane</title></head>
<body><button id="sign-in" disabled>Sign in</button> <output id="result"></output>
<script type="module" src="/e2e/signin.js"></script></body></html>`,
  );
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (body === undefined) return response.writeHead(404).end('not found');
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : 'text/plain';
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  ORIGIN = `http://localhost:${server.address().port}`;
  browser = await launchBrowser({ width: 900, height: 700 });
  await browser.context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_DIALOG_OFFICE_JS }),
  );
});

after(async () => {
  delete process.env.VITE_KEPT_CLIENT_ID;
  delete process.env.VITE_KEPT_AUTHORITY;
  await browser?.close();
  await new Promise((done) => (server === undefined ? done() : server.close(() => done())));
});

/**
 * Opens the test page for `host`, clicks Sign in and waits for its outcome, following the window the
 * host opens: which of Kept's pages it navigated to, and any error it logged (into `page.errors`).
 */
async function signInFrom(chromium, host, query = '') {
  const page = await chromium.newPage();
  await page.goto(
    `${ORIGIN}/e2e-signin.html?host=${host}&client=${CLIENT_ID}&authority=${encodeURIComponent(AUTHORITY)}${query}`,
  );
  const seen = { page, window: undefined, windowPages: [] };
  page.on('popup', (popup) => {
    seen.window = popup;
    popup.on('framenavigated', (frame) => {
      if (frame === popup.mainFrame() && frame.url().startsWith(ORIGIN))
        seen.windowPages.push(new URL(frame.url()).pathname);
    });
    popup.on('console', (message) => {
      if (message.type() === 'error') page.errors.push(`window console: ${message.text()}`);
    });
  });
  await page.getByRole('button', { name: 'Sign in' }).click();
  const result = page.locator('output#result');
  await result.filter({ hasText: /^(token|error):/ }).waitFor();
  seen.result = await result.textContent();
  seen.opened = await page.evaluate(() => window.openedDialogs);
  return seen;
}

/**
 * What both windows must show: the token arrived; the host opened exactly `windowPage` of Kept's origin
 * with the scopes asked; it sent one interactive request to Microsoft, with MSAL's redirect flow (its
 * library state, base64 JSON, says so), to exactly the registered redirect page; the window came back
 * through auth.html to `windowPage`, which redeemed the one code; nothing logged an error.
 */
function expectWindowSignIn(seen, log, windowPage) {
  assert.equal(seen.result, 'token:fake-access-token-for-graph', seen.page.errors.join('\n'));
  assert.ok(seen.window !== undefined, 'the host opened a window');
  assert.equal(seen.opened.length, 1);
  const url = new URL(seen.opened[0]);
  assert.equal(`${url.origin}${url.pathname}`, `${ORIGIN}/${windowPage}`);
  assert.equal(url.searchParams.get('scopes'), 'Sites.ReadWrite.All');
  const interactive = log.authorize.filter((a) => a.prompt !== 'none');
  assert.equal(interactive.length, 1);
  const state = JSON.parse(Buffer.from(interactive[0].state.split('|')[0], 'base64').toString());
  assert.equal(state.meta?.interactionType, 'redirect');
  assert.deepEqual([...new Set(log.authorize.map((a) => a.redirect_uri))], [`${ORIGIN}/auth.html`]);
  assert.deepEqual(seen.windowPages, ['/auth.html', `/${windowPage}`]);
  const redeemed = log.token.filter((t) => t.grant_type === 'authorization_code');
  assert.equal(redeemed.length, 1);
  assert.equal(redeemed[0].redirect_uri, `${ORIGIN}/auth.html`);
  assert.deepEqual(seen.page.errors, []);
  return interactive[0];
}

describe('sign-in from Outlook without nested app authentication', () => {
  it('goes through the Office dialog: auth-dialog.html runs the redirect flow, auth.html brings it back, messageParent hands the token over', async () => {
    const log = await fakeIdentityProvider(browser.context, { clientId: CLIENT_ID });
    const seen = await signInFrom(browser, 'outlook', '&loginHint=alex@contoso.example');
    const interactive = expectWindowSignIn(seen, log, 'auth-dialog.html');
    // Silent first in the task pane (prompt=none answers login_required); the dialog asks for the user
    // Outlook names, and its token reached the task pane through messageParent (the only grant).
    assert.equal(log.authorize[0]?.prompt, 'none');
    assert.equal(interactive.login_hint, 'alex@contoso.example');
    assert.equal(new URL(seen.opened[0]).searchParams.get('loginHint'), 'alex@contoso.example');
    assert.equal(log.token.length, 1);
    // The dialog addressed its message to Kept's own origin only (DialogOrigin 1.1).
    assert.deepEqual(await seen.page.evaluate(() => window.keptTargetOrigins), [ORIGIN]);
    // The task pane closed the dialog once it had the token.
    if (!seen.window.isClosed()) await seen.window.waitForEvent('close');
    await screenshot(seen.page, 'signin-outlook-dialog');
    await seen.page.close();
  });
});

describe('sign-in from Teams without nested app authentication', () => {
  it('goes through Teams’ authentication window: auth-teams.html signs in, notifySuccess carries no token, the tab reads it silently', async (t) => {
    // A profile of its own: nobody has signed in on this origin yet.
    const teamsBrowser = await launchBrowser({ width: 900, height: 700 });
    t.after(() => teamsBrowser.close());
    const log = await fakeIdentityProvider(teamsBrowser.context, { clientId: CLIENT_ID });
    // What the window told "Teams" (fixtures/fakeTeamsWindow.ts answers it).
    const fromWindow = [];
    await teamsBrowser.context.exposeFunction('recordWindowMessage', (func) => fromWindow.push(func));
    await teamsBrowser.context.addInitScript(() =>
      window.addEventListener('message', (event) => {
        if (typeof event.data?.func === 'string' && event.source !== window)
          window.recordWindowMessage(event.data.func);
      }),
    );
    const seen = await signInFrom(teamsBrowser, 'teams');
    expectWindowSignIn(seen, log, 'auth-teams.html');
    assert.ok(fromWindow.includes('authentication.authenticate.success'), fromWindow.join(', '));
    await seen.page.close();
  });
});
