// Each page's first screen in as few files as its code allows: what it loads up front in one or two
// files, what its first render waits for through import() in one or two more.
//
// Why: automatic chunking puts a module in a chunk of its own for every different set of entries
// that reaches it, and every import() counts as an entry. The task pane loaded 22 files before it
// ran and about 40 more before its plan showed; most were a few hundred bytes. On a return visit
// each file is its own read of the browser's cache and its own module to link, and the count cost
// more than the bytes (README, "Measured").
//
// How: scripts/build.mjs first builds every page in memory, chunked automatically, and
// `firstScreenUse` reads from it which page loads which module up front (its entry chunk and what
// that imports statically) and which module a page's first render waits for (FIRST_SCREENS in
// scripts/build.mjs). The module lists are after tree-shaking, which is why it is a build: import
// statements alone would count all of Fluent as every page's, since its index re-exports every
// component. Then each group of pages is built on its own, with `firstScreenChunks` grouping modules
// by who loads them when. A page loads up front exactly the modules it loaded before; a first render
// waits for exactly what it waited for; everything else keeps automatic chunking.

/**
 * @typedef {import('./first-screens.d.mts').ChunkFacts} ChunkFacts
 * @typedef {import('./first-screens.d.mts').FirstScreenUse} FirstScreenUse
 */

/** What the analysis needs of a build's output: its chunks, with the page each one is the entry of. */
export function chunkFacts(outputs) {
  return outputs.flatMap(({ output }) =>
    output
      .filter((item) => item.type === 'chunk')
      .map((chunk) => ({
        fileName: chunk.fileName,
        ...(chunk.isEntry && chunk.facadeModuleId?.endsWith('.html')
          ? {
              page: chunk.facadeModuleId
                .split('/')
                .pop()
                .replace(/\.html$/, ''),
            }
          : {}),
        imports: chunk.imports,
        moduleIds: chunk.moduleIds,
      })),
  );
}

/**
 * For each module a first screen loads: the pages that load it up front, and the first screens
 * (`page.scenario`) whose first render waits for it through one of `firstScreens[page][scenario]`,
 * the modules (absolute ids) that render imports, with what they import statically.
 */
export function firstScreenUse(chunks, firstScreens) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const holding = new Map(chunks.flatMap((chunk) => chunk.moduleIds.map((id) => [id, chunk.fileName])));
  const uses = new Map();
  const entryOf = (id) => uses.get(id) ?? uses.set(id, { initial: new Set(), next: new Set() }).get(id);
  const closure = (fileName, into) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const next of byFile.get(fileName)?.imports ?? []) closure(next, into);
    return into;
  };
  for (const entry of chunks) {
    if (entry.page === undefined) continue;
    const initial = closure(entry.fileName, new Set());
    for (const fileName of initial)
      for (const id of byFile.get(fileName).moduleIds) entryOf(id).initial.add(entry.page);
    for (const [scenario, awaited] of Object.entries(firstScreens[entry.page] ?? {})) {
      const loaded = new Set();
      for (const id of awaited) {
        const fileName = holding.get(id);
        if (fileName === undefined) throw new Error(`${entry.page}.${scenario} waits for ${id}, which no chunk holds.`);
        closure(fileName, loaded);
      }
      for (const fileName of loaded) {
        if (initial.has(fileName)) continue;
        for (const id of byFile.get(fileName).moduleIds) entryOf(id).next.add(`${entry.page}.${scenario}`);
      }
    }
  }
  return new Map(
    [...uses].map(([id, { initial, next }]) => [id, { initial: [...initial].sort(), next: [...next].sort() }]),
  );
}

/**
 * The chunk a module joins in a build of `pages`, named after who loads it when; `null` leaves it
 * to automatic chunking: modules no first screen of these pages loads, the pages themselves, and
 * the script a page names in its HTML, which stays in the page's entry chunk (the file its <script>
 * tag loads).
 */
export function firstScreenGroup(id, use, importers, pages) {
  if (use === undefined || id.endsWith('.html')) return null;
  const initial = use.initial.filter((page) => pages.includes(page));
  const next = use.next.filter((screen) => pages.includes(screen.split('.')[0]));
  if (initial.length === 0 && next.length === 0) return null;
  const pageScript = !id.endsWith('.css') && importers.some((importer) => importer.endsWith('.html'));
  if (pageScript && initial.length === 1) return null;
  return [
    ...(initial.length === 0 ? [] : [initial.length === pages.length ? 'first' : `first-${initial.join('+')}`]),
    ...(next.length === 0 ? [] : [`next-${next.join('+')}`]),
  ].join('-');
}

/**
 * A Vite plugin for one build of some pages: groups modules by `firstScreenGroup`. A group's
 * modules import only modules loaded by the same first screens or more, never fewer, so the
 * groups never import each other in a circle and need no dependencies pulled in.
 */
export function firstScreenChunks(uses) {
  let pages = [];
  return {
    name: 'kept-first-screen-chunks',
    apply: 'build',
    config: () => ({
      build: {
        rollupOptions: {
          output: {
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [
                {
                  debugName: 'first screens',
                  name: (id, context) =>
                    firstScreenGroup(id, uses.get(id), context.getModuleInfo(id)?.importers ?? [], pages),
                },
              ],
            },
          },
        },
      },
    }),
    configResolved(config) {
      const input = config.build.rollupOptions.input;
      pages = typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : [];
    },
  };
}
