// React and React DOM as one classic script, ahead of each page's modules.
//
// Why: Chromium keeps V8's compiled code for a script between visits (the "code cache": made on the
// second visit, used from the third). For a module script, Chromium 156 here makes that cache on the
// second visit and never reads it back (its trace shows V8 compiling the module's functions again on
// every visit), while a classic script's cache is read: a page of React, Fluent and a Button came on
// screen in 126 ms as one classic script and 183 ms as a module; Kept's task pane 27–45 ms sooner and
// its overview 59 ms sooner with React alone as a classic script (20 and 12 return visits each way). React
// is the largest code every page runs before its first screen, and nothing in it changes with the page.
//
// How: the build writes React, React DOM, its JSX runtime and client and the scheduler into
// assets/react-classic-<hash>.js, which sets one global; in the page's modules, `react`,
// `react/jsx-runtime`, `react-dom`, `react-dom/client` and `scheduler` resolve to small modules that
// read it (a module per entry, every name it exports). Each page that uses React gets a `<script defer>` before its module script: deferred
// scripts and modules run in document order, so React is there before any module reads it.
// Builds only: the dev server and the tests import React as usual.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const GLOBAL = '__keptReact';
const SHIM_PREFIX = '\0kept-react:';
/** Each package entry the pages import, the key it has under the global, and React's own production build of it. */
const ENTRIES = {
  react: { key: 'react', cjs: 'react/cjs/react.production.js' },
  'react/jsx-runtime': { key: 'jsxRuntime', cjs: 'react/cjs/react-jsx-runtime.production.js' },
  'react-dom': { key: 'reactDom', cjs: 'react-dom/cjs/react-dom.production.js' },
  'react-dom/client': { key: 'reactDomClient', cjs: 'react-dom/cjs/react-dom-client.production.js' },
  // React DOM's own scheduler, which Fluent's context selector imports too: one copy, shared.
  scheduler: { key: 'scheduler', cjs: 'scheduler/cjs/scheduler.production.js' },
};
/** The file name's start: scripts/chunk-report-plugin.ts and the build tests find the script by it. */
export const CLASSIC_REACT_PREFIX = 'assets/react-classic-';
/** What the script holds, for the build report's package list. */
export const CLASSIC_REACT_PACKAGES = ['react', 'react-dom', 'scheduler'];

const isShim = (id) => id.startsWith(SHIM_PREFIX);
/** Whether a chunk of the bundle holds one of the modules that read React from the classic script. */
export const readsClassicReact = (chunk) => Object.keys(chunk.modules).some(isShim);

const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** The names a package entry exports, read from React's production build of it (the one the script holds). */
function exportedNames(entry) {
  const [name, ...rest] = ENTRIES[entry].cjs.split('/');
  const file = join(packageDir(name), ...rest);
  return Object.keys(require(file)).filter((key) => key !== 'default' && key !== '__esModule');
}

/** The module a page imports instead of the package: every name, read from the global once. */
function shimSource(entry) {
  const { key } = ENTRIES[entry];
  const names = exportedNames(entry);
  return [
    // Without the classic script (blocked, or the page edited), say so rather than fail on undefined.
    `if (globalThis.${GLOBAL} === undefined) throw new Error('Kept: React did not load (${CLASSIC_REACT_PREFIX}…js, before the page\\'s modules).');`,
    `const m = globalThis.${GLOBAL}.${key};`,
    'export default m;',
    `export const { ${names.join(', ')} } = m;`,
  ].join('\n');
}

const root = join(import.meta.dirname, '..');
// Held on globalThis: `npm run build` loads the Vite config once per group of pages, and each load
// has its own copy of this module.
const CACHE = Symbol.for('kept.classicReactScript');

/**
 * React's classic script, built once per process (every group of pages gets the same file): its file
 * name under dist/, its code and its source map. The global holds each entry's own exports object, as
 * `import React from 'react'` gives it in any build.
 */
export function classicReactScript() {
  globalThis[CACHE] ??= buildClassicReactScript().catch((error) => {
    delete globalThis[CACHE];
    throw error;
  });
  return globalThis[CACHE];
}

async function buildClassicReactScript() {
  const entryId = '\0kept-react-classic-entry';
  const imports = Object.entries(ENTRIES).map(([entry, { key }]) => `import ${key} from '${entry}';`);
  const keys = Object.values(ENTRIES).map(({ key }) => key);
  const source = [...imports, `globalThis.${GLOBAL} = { ${keys.join(', ')} };`].join('\n');
  const result = await build({
    root,
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'kept-react-classic-entry',
        resolveId: (id) => (id === entryId ? id : undefined),
        load: (id) => (id === entryId ? source : undefined),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      rollupOptions: { input: entryId, output: { format: 'iife' } },
    },
  });
  const [chunk] = (Array.isArray(result) ? result[0] : result).output;
  const code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  const fileName = `${CLASSIC_REACT_PREFIX}${hash}.js`;
  return { fileName, code, map: JSON.stringify({ ...chunk.map, file: fileName.split('/').pop() }) };
}

/** Whether any chunk this one loads, now or through import(), reads React from the classic script. */
function usesClassicReact(bundle, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return false;
    seen.add(file);
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return false;
    if (readsClassicReact(chunk)) return true;
    return [...chunk.imports, ...chunk.dynamicImports].some(visit);
  };
  return visit(start);
}

export function classicReact() {
  /** The build's own source map setting: true, 'hidden' (a map, no comment pointing to it), 'inline' or false. */
  let sourcemap = false;
  return {
    name: 'kept-classic-react',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      sourcemap = config.build.sourcemap;
    },
    resolveId(id) {
      return Object.hasOwn(ENTRIES, id) ? `${SHIM_PREFIX}${id}` : undefined;
    },
    load(id) {
      return isShim(id) ? shimSource(id.slice(SHIM_PREFIX.length)) : undefined;
    },
    async generateBundle(_options, bundle) {
      const uses = Object.values(bundle).some((output) => output.type === 'chunk' && readsClassicReact(output));
      if (!uses) return;
      const { fileName, code, map } = await classicReactScript();
      const mapName = `${fileName.split('/').pop()}.map`;
      const comment =
        sourcemap === true
          ? `\n//# sourceMappingURL=${mapName}\n`
          : sourcemap === 'inline'
            ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`
            : '\n';
      this.emitFile({ type: 'asset', fileName, source: `${code}${comment}` });
      if (sourcemap === true || sourcemap === 'hidden')
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: map });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { chunk, bundle }) {
        if (chunk === undefined || bundle === undefined || !usesClassicReact(bundle, chunk.fileName)) return html;
        const { fileName } = await classicReactScript();
        // The page's own module script, found by its file: a comment may mention `<script type="module"`.
        const entryTag = new RegExp(
          `<script type="module"[^>]*\\ssrc="\\./${chunk.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
        );
        const at = entryTag.exec(html)?.index;
        if (at === undefined) throw new Error(`classic-react: no module script for ${chunk.fileName} in its page`);
        return `${html.slice(0, at)}<script defer src="./${fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}
