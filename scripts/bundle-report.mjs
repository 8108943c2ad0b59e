// Reads dist/ and build-report/chunks.json (written by the build). For each surface:
//  - initial: its entry chunk and everything that chunk imports statically (what the page's
//    <script> and modulepreload tags fetch);
//  - firstRender: initial plus the lazy chunks a first render always awaits (the light theme and,
//    for the task pane on a new request, the create form), so lazy loading cannot hide weight.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TASKPANE_AWAITS = [
  'src/app/themes/webLightTheme.ts',
  'src/surfaces/shared/commitment-form/CreateCommitmentForm.tsx',
];
export const SURFACES = {
  // A new request's first render shows the create form, which words itself with the shared actions' parts.
  taskpane: { page: 'taskpane.html', awaited: TASKPANE_AWAITS, words: ['taskpane', 'actions', 'commitment'] },
  // The task pane as Outlook opens it: the same app, Office.js in its <head> (not counted: Microsoft's CDN).
  outlook: { page: 'outlook.html', awaited: TASKPANE_AWAITS, words: ['taskpane', 'actions', 'commitment'] },
  overview: { page: 'overview.html', awaited: ['src/app/themes/teamsLightTheme.ts'], words: ['overview'] },
  meeting: { page: 'meeting.html', awaited: ['src/app/themes/teamsLightTheme.ts'], words: ['meeting'] },
  start: { page: 'index.html', awaited: ['src/app/themes/webLightTheme.ts'] },
  // The sign-in pages run MSAL's redirect bridge and popup relay, and nothing else.
  auth: { page: 'auth.html', awaited: [], eagerAllowed: ['@azure/msal-browser', '@azure/msal-common'] },
  authRelay: { page: 'auth-relay.html', awaited: [], eagerAllowed: ['@azure/msal-browser', '@azure/msal-common'] },
  // Outlook's sign-in dialog and Teams' sign-in window run MSAL's redirect flow, and nothing else.
  authDialog: { page: 'auth-dialog.html', awaited: [], eagerAllowed: ['@azure/msal-browser', '@azure/msal-common'] },
  authTeams: { page: 'auth-teams.html', awaited: [], eagerAllowed: ['@azure/msal-browser', '@azure/msal-common'] },
};
/** Translations load only in their language (src/domain/i18n/load.ts): never in a page's initial chunks. */
export const TRANSLATIONS = ['fi', 'fa', 'zh-Hans'];
// The Excel writer (and its zip library) loads only when someone exports.
export const LAZY_ONLY = [
  '@azure/msal-browser',
  '@azure/msal-common',
  '@microsoft/microsoft-graph-client',
  'write-excel-file',
  'fflate',
];

/**
 * A chunk of build-report/chunks.json and what it imports statically, or also what it may import()
 * (`lazy`), with the classic scripts the page runs first for them (React: scripts/classic-react.mjs).
 */
export function closureOf(chunks, start, into = new Set(), lazy = false) {
  const visit = (file) => {
    if (into.has(file)) return;
    into.add(file);
    const chunk = chunks[file];
    for (const next of [
      ...(chunk?.classicScripts ?? []),
      ...(chunk?.imports ?? []),
      ...(lazy ? (chunk?.dynamicImports ?? []) : []),
    ])
      visit(next);
  };
  visit(start);
  return into;
}

/** The entry chunk of a built page (its HTML file name), in build-report/chunks.json. */
export const entryChunkOf = (chunks, page) => Object.keys(chunks).find((file) => chunks[file].entry === page);

export function bundleReport(root = process.cwd(), dist = join(root, 'dist')) {
  const chunks = JSON.parse(readFileSync(join(root, 'build-report', 'chunks.json'), 'utf8'));
  const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const closure = (start, into = new Set(), lazy = false) => closureOf(chunks, start, into, lazy);
  // The chunk an import() of this module loads on this page: its own, or the first-screen group that
  // holds it (scripts/first-screens.mjs). Pages built apart each have their own.
  const lazyChunkOf = (facade, files) =>
    [...files].find((file) => chunks[file].facade === facade || chunks[file].lazyEntries?.includes(facade));
  const result = {};
  const translationIn = (file) =>
    TRANSLATIONS.find((locale) => chunks[file]?.largest.some((m) => m.includes(`src/domain/i18n/${locale}/`)));
  for (const [surface, { page, awaited, words = [], eagerAllowed = [] }] of Object.entries(SURFACES)) {
    const entry = entryChunkOf(chunks, page);
    if (entry === undefined) throw new Error(`No entry chunk for ${page} in build-report/chunks.json`);
    const files = [...closure(entry)];
    const loadable = closure(entry, new Set(), true);
    const byFacade = (facade) => lazyChunkOf(facade, loadable);
    const firstRender = new Set(files);
    for (const facade of awaited) {
      const chunk = byFacade(facade);
      if (chunk === undefined) throw new Error(`No chunk for ${facade}: is it still loaded with import()?`);
      closure(chunk, firstRender);
    }
    const packages = new Set(files.flatMap((file) => chunks[file]?.packages ?? []));
    // What a first render in each language fetches besides: the language's core and this surface's part.
    const wordsGzipBytes = Object.fromEntries(
      TRANSLATIONS.map((locale) => {
        const facades = [
          `src/domain/i18n/${locale}/index.ts`,
          ...words.map((part) => `src/domain/i18n/${locale}/${part}.ts`),
        ];
        const own = facades.map(byFacade).filter((file) => file !== undefined);
        return [locale, own.reduce((sum, file) => sum + gzipOf(file), 0)];
      }),
    );
    result[surface] = {
      page,
      entry,
      files,
      gzipBytes: files.reduce((sum, file) => sum + gzipOf(file), 0),
      firstRenderGzipBytes: [...firstRender].reduce((sum, file) => sum + gzipOf(file), 0),
      lazyPackagesInInitial: LAZY_ONLY.filter((p) => packages.has(p) && !eagerAllowed.includes(p)),
      translationsInInitial: [...new Set(files.map(translationIn).filter((locale) => locale !== undefined))],
      styleCompilerInInitial: files.some((file) => chunks[file]?.styleCompiler === true),
      wordsGzipBytes,
    };
  }
  const lazyChunks = Object.entries(chunks).filter(([, c]) => c.packages.some((p) => LAZY_ONLY.includes(p)));
  return { surfaces: result, chunks, lazyChunks: lazyChunks.map(([file]) => file) };
}
