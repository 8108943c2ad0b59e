// Budget check run by `npm test` after the build: the task pane's initial JavaScript stays within
// 140 KB gzip, the overview's and the meeting panel's within 190 KB; Griffel's runtime style compiler
// is in no page (every makeStyles is turned into classes at build time); MSAL, the Graph client, the Excel writer and the translations are never in any surface's initial chunks
// (the sign-in pages excepted for MSAL: they are its redirect bridge and popup relay); and only the
// page Outlook opens loads anything from a CDN — Office.js, in its <head>, before any other script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleReport, closureOf, entryChunkOf } from './bundle-report.mjs';
import { CLASSIC_REACT_PACKAGES, CLASSIC_REACT_PREFIX } from './classic-react.mjs';
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
// Each surface's first load in a handful of module files: its entry, the bundler's runtime and the
// modules it loads up front (scripts/first-screens.mjs, from `npm run build`). Every file more is one
// more read of the cache on each return visit, and that cost the task pane about 100 ms (issue 16).
// React comes besides, as a classic script (scripts/classic-react.mjs): its compiled code is kept
// between visits, which a module's is not (the pane 27–45 ms sooner), so these surfaces must have it.
const MAX_INITIAL_MODULE_FILES = { taskpane: 3, outlook: 3, overview: 3, meeting: 3, start: 3 };
const { surfaces, chunks } = bundleReport();
let failed = false;
for (const [surface, report] of Object.entries(surfaces)) {
  const { files, gzipBytes, firstRenderGzipBytes, lazyPackagesInInitial, translationsInInitial, wordsGzipBytes } =
    report;
  const { styleCompilerInInitial } = report;
  const kb = gzipBytes / 1024;
  if (BUDGET_KB[surface] === undefined) throw new Error(`No budget for ${surface} (scripts/check-bundle.mjs).`);
  const over = kb > BUDGET_KB[surface];
  const modules = files.filter((file) => !file.startsWith(CLASSIC_REACT_PREFIX));
  const scattered = modules.length > (MAX_INITIAL_MODULE_FILES[surface] ?? Infinity);
  const reactAsModule = MAX_INITIAL_MODULE_FILES[surface] !== undefined && modules.length === files.length;
  const eager = lazyPackagesInInitial.length > 0 || translationsInInitial.length > 0;
  failed ||= over || scattered || eager || styleCompilerInInitial || reactAsModule;
  const words = Object.entries(wordsGzipBytes)
    .map(([locale, bytes]) => `${locale} +${(bytes / 1024).toFixed(1)}`)
    .join(', ');
  console.log(
    `${surface.padEnd(9)} initial JS ${kb.toFixed(1).padStart(6)} KB gzip (budget ${BUDGET_KB[surface]} KB) in ${modules.length} module files${modules.length < files.length ? ' and React’s classic script' : ''}, ` +
      `with what the first render awaits ${(firstRenderGzipBytes / 1024).toFixed(1)} KB (words: ${words} KB)` +
      `${over ? '  OVER BUDGET' : ''}${scattered ? `  MORE THAN ${MAX_INITIAL_MODULE_FILES[surface]} MODULE FILES (build with npm run build)` : ''}` +
      `${reactAsModule ? '  NO CLASSIC REACT SCRIPT (scripts/classic-react.mjs)' : ''}${eager ? `  EAGER: ${[...lazyPackagesInInitial, ...translationsInInitial].join(', ')}` : ''}` +
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
// React once, in its classic script (scripts/classic-react.mjs): a chunk with React's code besides
// would be a second React (an entry the plugin does not map), and a page that runs its modules
// before the script would find no React.
for (const [file, chunk] of Object.entries(chunks)) {
  const react = chunk.packages.filter((p) => CLASSIC_REACT_PACKAGES.includes(p));
  if (file.startsWith(CLASSIC_REACT_PREFIX) || react.length === 0) continue;
  failed = true;
  console.error(
    `REACT TWICE: ${file} holds ${react.join(', ')}; map the entry it imports in scripts/classic-react.mjs.`,
  );
}
// Every page that reaches React, up front or through import(), runs its script before its own module.
for (const page of pages) {
  const entry = entryChunkOf(chunks, page);
  if (entry === undefined) continue;
  const classic = [...closureOf(chunks, entry, new Set(), true)].find((file) => file.startsWith(CLASSIC_REACT_PREFIX));
  if (classic === undefined) continue;
  const html = readFileSync(join(dist, page), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const script = tags.indexOf(`<script defer src="./${classic}">`);
  const module = tags.findIndex((tag) => tag.includes('type="module"') && tag.includes(`src="./${entry}"`));
  if (script < 0 || module < 0 || script > module) {
    failed = true;
    console.error(`REACT LATE: ${page} must load ./${classic} with <script defer>, before its module ./${entry}.`);
  }
}
if (failed) {
  console.error('Bundle check failed.');
  process.exit(1);
}
