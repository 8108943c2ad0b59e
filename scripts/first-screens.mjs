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
        dynamicImports: chunk.dynamicImports,
        moduleIds: chunk.moduleIds,
      })),
  );
}

/**
 * For each module a first screen loads: the pages that load it up front (`initial`); the first
 * screens (`page.scenario`) whose first render waits for it (`next`) through one of
 * `firstScreens[page][scenario]`, the modules (absolute ids) that render imports, with what they
 * import statically; and the screens in which something loaded later needs it (`later`): a dialog,
 * another view, a theme the user picks. A page with no first screens listed is one screen, `page.`.
 * `openings` are the modules that decide how a page opens (its composition, host, frame, theme): a
 * screen never loads those of another way of opening afterwards.
 */
export function firstScreenUse(chunks, firstScreens, openings) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const holding = new Map(chunks.flatMap((chunk) => chunk.moduleIds.map((id) => [id, chunk.fileName])));
  const uses = new Map();
  const entryOf = (id) =>
    uses.get(id) ?? uses.set(id, { initial: new Set(), next: new Set(), later: new Set() }).get(id);
  /**
   * The chunks loaded with `fileName`: it and what it imports statically, or also what it may
   * import() (`lazy`), except `blocked`.
   */
  const closure = (fileName, into, lazy = false, blocked = new Set()) => {
    if (into.has(fileName) || blocked.has(fileName)) return into;
    into.add(fileName);
    const chunk = byFile.get(fileName);
    for (const next of [...(chunk?.imports ?? []), ...(lazy ? (chunk?.dynamicImports ?? []) : [])])
      closure(next, into, lazy, blocked);
    return into;
  };
  const holderOf = (screen, id) => {
    const fileName = holding.get(id);
    if (fileName === undefined) throw new Error(`${screen} waits for ${id}, which no chunk holds.`);
    return fileName;
  };
  // A page opened one way (the demo, Teams, Outlook) has the import() of the others in its code
  // (compose.ts holds them all) but never takes it.
  const openingFiles = new Set(openings.map((id) => holderOf('an opening', id)));
  const modulesOf = (files) => [...files].flatMap((fileName) => byFile.get(fileName)?.moduleIds ?? []);
  for (const entry of chunks) {
    if (entry.page === undefined) continue;
    const initial = closure(entry.fileName, new Set());
    for (const id of modulesOf(initial)) entryOf(id).initial.add(entry.page);
    const scenarios = Object.entries(firstScreens[entry.page] ?? { '': [] });
    for (const [scenario, awaited] of scenarios) {
      const screen = `${entry.page}.${scenario}`;
      const first = new Set(initial);
      for (const id of awaited) closure(holderOf(screen, id), first);
      for (const id of modulesOf([...first].filter((fileName) => !initial.has(fileName)))) entryOf(id).next.add(screen);
      // What this screen may load afterwards, each import() with what it imports statically.
      const loadable = new Set();
      const otherOpenings = new Set([...openingFiles].filter((fileName) => !first.has(fileName)));
      for (const fileName of first) closure(fileName, loadable, true, otherOpenings);
      for (const fileName of loadable) {
        if (first.has(fileName)) continue;
        for (const id of byFile.get(fileName).moduleIds) entryOf(id).later.add(screen);
      }
    }
  }
  const sorted = (set) => [...set].sort();
  return new Map(
    [...uses].map(([id, { initial, next, later }]) => [
      id,
      { initial: sorted(initial), next: sorted(next), later: sorted(later) },
    ]),
  );
}

/**
 * The chunk a module joins in a build of `pages`, named after who loads it when; `null` leaves it
 * to automatic chunking: modules no first screen of these pages loads, the pages themselves, and
 * the script a page names in its HTML, which stays in the page's entry chunk (the file its <script>
 * tag loads). What a first screen shares with something loaded later elsewhere (a dialog in Outlook
 * that the demo's frame also uses) is a chunk of its own, named after those screens too: loading it
 * there never brings the rest of that first screen (the demo) along.
 */
export function firstScreenGroup(id, use, importers, pages) {
  if (use === undefined || id.endsWith('.html')) return null;
  const pageOf = (screen) => screen.slice(0, screen.indexOf('.'));
  const built = (screen) => pages.includes(pageOf(screen));
  const initial = use.initial.filter((page) => pages.includes(page));
  const next = use.next.filter(built);
  if (initial.length === 0 && next.length === 0) return null;
  const pageScript = !id.endsWith('.css') && importers.some((importer) => importer.endsWith('.html'));
  if (pageScript && initial.length === 1) return null;
  const elsewhere = use.later.filter(
    (screen) => built(screen) && !next.includes(screen) && !initial.includes(pageOf(screen)),
  );
  return [
    ...(initial.length === 0 ? [] : [initial.length === pages.length ? 'first' : `first-${initial.join('+')}`]),
    ...(next.length === 0 ? [] : [`next-${next.join('+')}`]),
    ...(elsewhere.length === 0 ? [] : [`later-${elsewhere.join('+')}`]),
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
      if (pages.length === 0)
        throw new Error('kept-first-screen-chunks: the build names no pages (build.rollupOptions.input).');
    },
  };
}
