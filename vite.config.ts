import { resolve } from 'node:path';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { chunkReport } from './scripts/chunk-report-plugin';
import { classicReact } from './scripts/classic-react.mjs';
import { deployedCaching } from './scripts/deployed-caching.mjs';
import { precomputedThemes } from './scripts/precomputed-themes.mjs';
import { rulesVersion } from './scripts/rules-version.mjs';

// The code that decides a kept first screen, fingerprinted (scripts/rules-version.mjs).
process.env.VITE_KEPT_RULES = rulesVersion();

// One HTML entry per surface, so each surface loads only its own code (the manifest points Outlook,
// the Teams tab and the meeting panel at their own page). outlook.html is the task pane as Outlook
// opens it (Office.js in its <head>); taskpane.html the standalone demo. `npm run build`
// (scripts/build.mjs) builds the surfaces apart from each other from this config, each first screen in
// a few files; `vite build` builds them all at once, with chunks shared between them.
// auth.html is the sign-in redirect page (MSAL's redirect bridge), auth-relay.html MSAL's popup relay,
// auth-dialog.html Outlook's sign-in dialog and auth-teams.html Teams' sign-in window (src/auth/msal.ts).
const pages = [
  'index',
  'taskpane',
  'outlook',
  'overview',
  'meeting',
  'config',
  'auth',
  'auth-relay',
  'auth-dialog',
  'auth-teams',
] as const;

// Griffel's build-time transform turns every makeStyles into precomputed classes (LTR and RTL), as
// Fluent's own components ship: the runtime style compiler then stays out of every page (−8 KB gzip
// each). Builds only: the dev server and the tests keep the runtime path, which renders the same.
const griffelAhead: Plugin = {
  ...griffel({
    include: [/src\/.*\.tsx?$/],
    // The transform evaluates each styles module's imports, which are TypeScript (and TSX).
    babelOptions: { presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true }]] },
  }),
  apply: 'build',
};

export default defineConfig({
  plugins: [
    react(),
    classicReact(),
    precomputedThemes(),
    griffelAhead,
    chunkReport(resolve(import.meta.dirname, 'build-report')),
    deployedCaching(),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page, resolve(import.meta.dirname, `${page}.html`)])),
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
