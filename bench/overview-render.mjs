// The team overview with 10,000 commitments in Chromium (the built app, standalone mode):
//  - time to the first meaningful render: the overview's `kept:overview:ready` mark and the moment the
//    table's first row and the lane counts are on screen, measured from navigation start;
//    once on the first visit (`?seed=10000` also writes the 10,000 commitments to IndexedDB) and once
//    on a return visit (the data is already stored: what a user sees every day);
//  - frame times while the table scrolls (requestAnimationFrame deltas during a scripted scroll).
// Prints numbers and asserts nothing. Needs a build: `npm run build` (or KEPT_DIST) and /usr/bin/chromium.
import { launchBrowser, startApp } from '../tests/e2e/harness.mjs';
import { overviewShown, timeTo } from './pageTiming.mjs';

const COUNT = Number(process.env.KEPT_BENCH_COUNT ?? 10_000);
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 160;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

/** Navigation start → first row and lane counts visible, with the marks the app set on the way. */
async function firstRender(page, url) {
  const visible = await timeTo(page, url, overviewShown);
  const marks = await page.evaluate(() => ({
    readyMark: performance.getEntriesByName('kept:overview:ready')[0]?.startTime ?? NaN,
    composed: performance.getEntriesByName('kept:composed')[0]?.startTime ?? NaN,
    rows: Number(document.querySelector('[role="grid"]').getAttribute('aria-rowcount')) - 1,
  }));
  return { visible, ...marks };
}

/** Scrolls the table by a fixed step every frame and records the time between frames. */
function scrollFrames(page) {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise((resolve) => {
        const grid = document.querySelector('[role="grid"]');
        const deltas = [];
        let last = 0;
        let count = 0;
        const tick = (time) => {
          if (last !== 0) deltas.push(time - last);
          last = time;
          grid.scrollTop += step;
          count += 1;
          if (count < frames && grid.scrollTop + grid.clientHeight < grid.scrollHeight) requestAnimationFrame(tick);
          else resolve({ deltas, renderedRows: grid.querySelectorAll('[role="row"][data-commitment-id]').length });
        };
        requestAnimationFrame(tick);
      }),
    { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
  );
}

const app = await startApp();
const browser = await launchBrowser({ width: 1280, height: 900 });
try {
  const page = await browser.newPage();
  const first = await firstRender(page, `${app.baseUrl}/overview.html?seed=${COUNT}`);
  // The same URL again: the synthetic data is in its own database, so the return visit reads it back.
  const again = await firstRender(page, `${app.baseUrl}/overview.html?seed=${COUNT}`);
  console.log(`Overview with ${first.rows.toLocaleString('en')} commitments (Chromium, headless, software rendering)`);
  console.log(
    `  first visit (seeds IndexedDB): ready mark ${ms(first.readyMark)}, first row + lane counts visible ${ms(first.visible)}` +
      ` (app composed at ${ms(first.composed)})`,
  );
  console.log(
    `  return visit (data stored):    ready mark ${ms(again.readyMark)}, first row + lane counts visible ${ms(again.visible)}` +
      ` (app composed at ${ms(again.composed)})`,
  );

  const { deltas, renderedRows } = await scrollFrames(page);
  const sorted = [...deltas].sort((a, b) => a - b);
  const long = deltas.filter((d) => d > 50).length;
  console.log(
    `  scrolling ${deltas.length} frames (${SCROLL_STEP_PX} px each): median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))},` +
      ` max ${ms(sorted.at(-1) ?? 0)}, frames over 50 ms: ${long}; rows in the DOM: ${renderedRows}`,
  );
  if (page.errors.length > 0) console.log(`  page errors: ${page.errors.join('; ')}`);
} finally {
  await browser.close();
  await app.close();
}
