// Budget check run by `npm test` after the build: the task pane's initial JavaScript stays within
// 140 KB gzip, the overview's and the meeting panel's within 190 KB; Griffel's runtime style compiler
// is in no page (every makeStyles is turned into classes at build time); MSAL, the Graph client, the Excel writer and the translations are never in any surface's initial chunks
// (the sign-in pages excepted for MSAL: they are its redirect bridge and popup relay); and only the
// page Outlook opens loads anything from a CDN — Office.js, in its <head>, before any other script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleReport } from './bundle-report.mjs';
import { externalScriptProblems } from './html-scripts.mjs';

// The task pane's, the overview's and the meeting panel's budgets are the product's (issue 16: at most
// 140, 190 and 190 KB); the others guard against regressions.
// The sign-in pages share MSAL's chunks with the app's lazy sign-in code (cached once for both), so
// their figures count those shared chunks whole: Outlook's sign-in dialog and Teams' sign-in window
// run MSAL's whole public client (about 87 KB of it), Teams' window teams-js as well.
const BUDGET_KB = {
  taskpane: 140,
  outlook: 140,
  meeting: 190,
  overview: 190,
  start: 120,
  auth: 40,
  authRelay: 65,
  authDialog: 100,
  authTeams: 118,
};
// Each surface's first load in a handful of files: its entry, the bundler's runtime and the modules
// it loads up front (scripts/first-screens.mjs, from `npm run build`). Every file more is one more read
// of the cache on each return visit, and that cost the task pane about 100 ms (issue 16).
const MAX_INITIAL_FILES = { taskpane: 3, outlook: 3, overview: 3, meeting: 3, start: 3 };
const { surfaces } = bundleReport();
let failed = false;
for (const [surface, report] of Object.entries(surfaces)) {
  const { files, gzipBytes, firstRenderGzipBytes, lazyPackagesInInitial, translationsInInitial, wordsGzipBytes } =
    report;
  const { styleCompilerInInitial } = report;
  const kb = gzipBytes / 1024;
  if (BUDGET_KB[surface] === undefined) throw new Error(`No budget for ${surface} (scripts/check-bundle.mjs).`);
  const over = kb > BUDGET_KB[surface];
  const scattered = files.length > (MAX_INITIAL_FILES[surface] ?? Infinity);
  const eager = lazyPackagesInInitial.length > 0 || translationsInInitial.length > 0;
  failed ||= over || scattered || eager || styleCompilerInInitial;
  const words = Object.entries(wordsGzipBytes)
    .map(([locale, bytes]) => `${locale} +${(bytes / 1024).toFixed(1)}`)
    .join(', ');
  console.log(
    `${surface.padEnd(9)} initial JS ${kb.toFixed(1).padStart(6)} KB gzip (budget ${BUDGET_KB[surface]} KB) in ${files.length} files, ` +
      `with what the first render awaits ${(firstRenderGzipBytes / 1024).toFixed(1)} KB (words: ${words} KB)` +
      `${over ? '  OVER BUDGET' : ''}${scattered ? `  MORE THAN ${MAX_INITIAL_FILES[surface]} FILES (build with npm run build)` : ''}${eager ? `  EAGER: ${[...lazyPackagesInInitial, ...translationsInInitial].join(', ')}` : ''}` +
      `${styleCompilerInInitial ? '  RUNTIME STYLE COMPILER (a makeStyles the build-time transform did not turn into classes)' : ''}`,
  );
}
const dist = join(process.cwd(), 'dist');
const pages = readdirSync(dist).filter((file) => file.endsWith('.html'));
for (const problem of externalScriptProblems(
  Object.fromEntries(pages.map((page) => [page, readFileSync(join(dist, page), 'utf8')])),
)) {
  failed = true;
  console.error(`CDN: ${problem}`);
}
if (failed) {
  console.error('Bundle check failed.');
  process.exit(1);
}
