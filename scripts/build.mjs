// `npm run build`: the production build, each group of pages on its own (scripts/first-screens.mjs
// says why), into one dist/. `vite build` alone still builds every page, with shared chunks.
//
// 1. Every page in memory, chunked automatically, unminified: which page loads which module when.
// 2. Each group of pages below, into dist/, its chunks grouped by first screen.
// 3. build-report/chunks.json: every build's chunks together (scripts/bundle-report.mjs reads it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { chunkFacts, firstScreenChunks, firstScreenUse } from './first-screens.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * The pages built together. A page shares chunks only with the pages of its group: the task pane
 * runs in Outlook, the overview and the meeting panel in Teams (separate webviews and caches); in
 * the standalone demo, one browser, a page first opened downloads its own copy of React and Fluent.
 * Outlook's page and the demo's task pane are the same app; the sign-in pages are all MSAL.
 */
const PAGE_GROUPS = [
  ['taskpane', 'outlook'],
  ['overview'],
  ['meeting'],
  ['index'],
  ['config'],
  ['auth', 'auth-relay', 'auth-dialog', 'auth-teams'],
];

/**
 * The ways a page opens (src/app/compose.ts and the entries): its composition, its host, its frame
 * and its light theme, which its first render waits for through import(). A page opened one way
 * never loads another way's modules afterwards.
 */
const OPENINGS = {
  standalone: [
    'src/app/composeStandalone.ts',
    'src/app/standalone/StandaloneFrame.tsx',
    'src/app/themes/webLightTheme.ts',
  ],
  teams: ['src/app/composeForHost.ts', 'src/hosts/teams/index.ts', 'src/app/themes/teamsLightTheme.ts'],
  outlook: ['src/app/composeForHost.ts', 'src/hosts/outlook/index.ts', 'src/app/themes/webLightTheme.ts'],
  // A link's way into a team's commitment outside Teams (src/hosts/commitmentLinks.ts).
  web: ['src/hosts/web/createWebHost.ts', 'src/app/composeForHost.ts', 'src/app/themes/webLightTheme.ts'],
};
/** What the demo shows around each surface: the simulated Outlook, the meeting, the start page. */
const SIMULATED = {
  outlook: 'src/app/standalone/OutlookSimulator.tsx',
  meeting: 'src/app/standalone/MeetingSimulator.tsx',
  home: 'src/app/standalone/Home.tsx',
};
/** An email's pane shows its commitment, or the form for a new request. */
const COMMITMENT = 'src/surfaces/taskpane/commitment/CommitmentView.tsx';
const REQUEST = 'src/surfaces/shared/commitment-form/CreateCommitmentForm.tsx';

/**
 * What each page's first render waits for through import(), for each way it opens: loaded in as
 * few files as the page's own code. The dark and high-contrast themes, dialogs and later views keep
 * automatic chunking, and what they share with a first screen is kept apart from the rest of it.
 */
const FIRST_SCREENS = {
  taskpane: { standalone: [...OPENINGS.standalone, SIMULATED.outlook, COMMITMENT, REQUEST] },
  outlook: { outlook: [...OPENINGS.outlook, COMMITMENT, REQUEST] },
  overview: { standalone: OPENINGS.standalone, teams: OPENINGS.teams, web: OPENINGS.web },
  meeting: { standalone: [...OPENINGS.standalone, SIMULATED.meeting], teams: OPENINGS.teams },
  index: { standalone: [...OPENINGS.standalone, SIMULATED.home] },
};

const loadConfig = async () =>
  (await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root)).config;

const base = await loadConfig();
const allPages = Object.keys(base.build.rollupOptions.input);
const grouped = PAGE_GROUPS.flat();
const missing = allPages.filter((page) => !grouped.includes(page));
const unknown = grouped.filter((page) => !allPages.includes(page));
if (missing.length > 0 || unknown.length > 0)
  throw new Error(`scripts/build.mjs: pages not built: ${missing.join(', ')}; unknown pages: ${unknown.join(', ')}`);

console.log('Kept: finding what each page loads first…');
const analysis = await build({
  ...base,
  root,
  configFile: false,
  logLevel: 'warn',
  build: { ...base.build, write: false, minify: false, sourcemap: false, reportCompressedSize: false },
});
const firstScreens = Object.fromEntries(
  Object.entries(FIRST_SCREENS).map(([page, scenarios]) => [
    page,
    Object.fromEntries(
      Object.entries(scenarios).map(([scenario, paths]) => [scenario, paths.map((path) => join(root, path))]),
    ),
  ]),
);
const openings = [...new Set([...Object.values(OPENINGS).flat(), ...Object.values(SIMULATED)])].map((path) =>
  join(root, path),
);
const uses = firstScreenUse(chunkFacts(Array.isArray(analysis) ? analysis : [analysis]), firstScreens, openings);

const report = {};
for (const [index, pages] of PAGE_GROUPS.entries()) {
  console.log(`Kept: building ${pages.join(', ')}…`);
  // Each build gets its own plugins: they keep state per build.
  const config = await loadConfig();
  const input = config.build.rollupOptions.input;
  await build({
    ...config,
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [...config.plugins, firstScreenChunks(uses)],
    build: {
      ...config.build,
      emptyOutDir: index === 0,
      // A page's first screen is one file by design; 700 KB minified is about the largest budget gzipped.
      chunkSizeWarningLimit: 700,
      rollupOptions: {
        ...config.build.rollupOptions,
        input: Object.fromEntries(pages.map((page) => [page, input[page]])),
      },
    },
  });
  Object.assign(report, JSON.parse(readFileSync(join(root, 'build-report', 'chunks.json'), 'utf8')));
}
writeFileSync(join(root, 'build-report', 'chunks.json'), JSON.stringify(report, null, 2));
console.log(`Kept: built ${allPages.length} pages into dist/.`);
