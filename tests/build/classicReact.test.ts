// React reaches every page as one classic script ahead of its modules (scripts/classic-react.mjs),
// because Chromium keeps a classic script's compiled code between visits and not a module's. The
// modules read React from the script's global: every name of every entry, the very same objects.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { CLASSIC_REACT_PREFIX, classicReact, classicReactScript } from '../../scripts/classic-react.mjs';

interface Hooks {
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
  transformIndexHtml: {
    handler(html: string, context: { chunk?: { fileName: string }; bundle?: Record<string, unknown> }): Promise<string>;
  };
}
const plugin = classicReact() as unknown as Hooks;
const require = createRequire(import.meta.url);
/** React's production build of an entry: what the classic script holds. */
const production = (name: string, file: string): Record<string, unknown> =>
  require(join(dirname(require.resolve(`${name}/package.json`)), 'cjs', file)) as Record<string, unknown>;
const ENTRIES = [
  ['react', 'react', production('react', 'react.production.js')],
  ['react/jsx-runtime', 'jsxRuntime', production('react', 'react-jsx-runtime.production.js')],
  ['react-dom', 'reactDom', production('react-dom', 'react-dom.production.js')],
  ['react-dom/client', 'reactDomClient', production('react-dom', 'react-dom-client.production.js')],
  ['scheduler', 'scheduler', production('scheduler', 'scheduler.production.js')],
] as const;

/** Runs a module's source as Node would load it from its text: a new module each time (Node keeps one per URL). */
let loads = 0;
const importSource = (source: string): Promise<Record<string, unknown>> => {
  loads += 1;
  const text = `${source}\n// load ${loads}`;
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(text).toString('base64')}`) as Promise<
    Record<string, unknown>
  >;
};

const global = globalThis as { __keptReact?: unknown };
afterEach(() => {
  delete global.__keptReact;
});

describe('React from its classic script', () => {
  it('gives each entry a page imports every name React exports there, and React’s own exports as the default', async () => {
    global.__keptReact = Object.fromEntries(ENTRIES.map(([, key, module]) => [key, module]));
    for (const [entry, , module] of ENTRIES) {
      const shim = await importSource(plugin.load(plugin.resolveId(entry)!)!);
      // The names are the module's own (values read through a missing name would fall back to the default).
      expect(Object.keys(shim).sort(), entry).toEqual(['default', ...Object.keys(module)].sort());
      expect(shim.default, entry).toBe(module);
    }
  });

  it('says React did not load when the script is missing, rather than fail on undefined', async () => {
    await expect(importSource(plugin.load(plugin.resolveId('react')!)!)).rejects.toThrow(
      /Kept: React did not load \(assets\/react-classic-/,
    );
  });

  it('builds one script that sets the global with all five entries, and puts it before the page’s modules', async () => {
    const page = [
      '<head>',
      '<script type="module" crossorigin src="./assets/page-1.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/first-1.js">',
      '</head>',
    ].join('\n');
    const chunk = (modules: string[], imports: string[] = [], dynamicImports: string[] = []) => ({
      type: 'chunk',
      modules: Object.fromEntries(modules.map((id) => [id, {}])),
      imports,
      dynamicImports,
    });
    // React only behind an import(): the script still has to be there when that module runs.
    const bundle = {
      'assets/page-1.js': chunk(['/src/page.tsx'], ['assets/first-1.js']),
      'assets/first-1.js': chunk(['/src/a.ts'], [], ['assets/later-1.js']),
      'assets/later-1.js': chunk([plugin.resolveId('react-dom/client')!]),
      'assets/auth-1.js': chunk(['/node_modules/@azure/msal-browser/x.js']),
    };
    const html = await plugin.transformIndexHtml.handler(page, { chunk: { fileName: 'assets/page-1.js' }, bundle });
    const src = new RegExp(`<script defer src="\\./(${CLASSIC_REACT_PREFIX}[\\w-]+\\.js)"></script>`).exec(html);
    expect(src).not.toBeNull();
    expect(html.indexOf(src![0])).toBeLessThan(html.indexOf('<script type="module"'));
    // Outlook's page: Office.js first, a comment naming a module script; React goes before the page's own module.
    const outlook = [
      '<head>',
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      '<!-- not this one: <script type="module" src="./assets/other.js"> -->',
      '<script type="module" crossorigin src="./assets/page-1.js"></script>',
      '</head>',
    ].join('\n');
    const inOutlook = await plugin.transformIndexHtml.handler(outlook, {
      chunk: { fileName: 'assets/page-1.js' },
      bundle,
    });
    expect(inOutlook.indexOf(src![0])).toBeGreaterThan(inOutlook.indexOf('-->'));
    expect(inOutlook.indexOf(src![0])).toBeLessThan(inOutlook.indexOf('src="./assets/page-1.js"'));
    // A page that never reaches React (the sign-in pages) is left as it is.
    expect(await plugin.transformIndexHtml.handler(page, { chunk: { fileName: 'assets/auth-1.js' }, bundle })).toBe(
      page,
    );

    // The script itself: one global holding each entry's exports, built for production, named by content.
    const script = await classicReactScript();
    expect(src![1]).toBe(script.fileName);
    expect(script.fileName).toBe(
      `${CLASSIC_REACT_PREFIX}${createHash('sha256').update(script.code).digest('base64url').slice(0, 8)}.js`,
    );
    const sandbox: { __keptReact?: Record<string, Record<string, unknown>> } = {};
    runInNewContext(script.code, sandbox);
    expect(Object.keys(sandbox.__keptReact ?? {}).sort()).toEqual(ENTRIES.map(([, key]) => key).sort());
    for (const [entry, key, module] of ENTRIES)
      expect(Object.keys(sandbox.__keptReact![key]!).sort(), entry).toEqual(Object.keys(module).sort());
    expect(sandbox.__keptReact!.react!.version).toBe(production('react', 'react.production.js').version);
    expect(typeof sandbox.__keptReact!.reactDomClient!.createRoot).toBe('function');
    expect(script.code).not.toMatch(/process\.env/);
  }, 60_000);
});
