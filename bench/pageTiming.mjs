// How the Chromium benchmarks time a page: from navigation start to the first frame in which a probe
// (a function run in the page) finds what a user would call "on screen".

/** Navigation start → the first animation frame in which `probe()` is true, in ms (performance.now()). */
export async function timeTo(page, url, probe) {
  await page.goto(url, { waitUntil: 'commit' });
  return timeOnPageTo(page, probe);
}

/**
 * On the page as it is: ms from its navigation start to the first animation frame in which `probe()`
 * is true. A probe already true when this starts gives the time it started: no earlier than that.
 */
export function timeOnPageTo(page, probe) {
  return page.evaluate(
    (source) =>
      new Promise((resolve) => {
        // The probe is the benchmark's own function, sent as text.
        const found = new Function(`return (${source})()`);
        const check = () => (found() ? resolve(performance.now()) : requestAnimationFrame(check));
        check();
      }),
    probe.toString(),
  );
}

/** The overview's table shows its first row (with a box), the lanes their counts, and it marked itself ready. */
export const overviewShown = () => {
  const row = document.querySelector('[role="grid"] [role="row"][data-commitment-id]');
  return (
    row !== null &&
    document.querySelector('[data-testid="lane-count-update-overdue"]') !== null &&
    performance.getEntriesByName('kept:overview:ready').length > 0 &&
    row.getBoundingClientRect().height > 0
  );
};
