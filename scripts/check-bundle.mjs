// Budget check run by `npm test` after the build: the task pane's initial JavaScript stays within
// 150 KB gzip, and MSAL and the Graph client are never in any surface's initial chunks.
import { bundleReport } from './bundle-report.mjs';

const BUDGET_KB = { taskpane: 150, meeting: 160, overview: 200, start: 150 };
const { surfaces } = bundleReport();
let failed = false;
for (const [surface, { gzipBytes, lazyPackagesInInitial }] of Object.entries(surfaces)) {
  const kb = gzipBytes / 1024;
  const over = kb > BUDGET_KB[surface];
  const eager = lazyPackagesInInitial.length > 0;
  failed ||= over || eager;
  console.log(
    `${surface.padEnd(9)} initial JS ${kb.toFixed(1).padStart(6)} KB gzip (budget ${BUDGET_KB[surface]} KB)` +
      `${over ? '  OVER BUDGET' : ''}${eager ? `  EAGER: ${lazyPackagesInInitial.join(', ')}` : ''}`,
  );
}
if (failed) {
  console.error('Bundle check failed.');
  process.exit(1);
}
