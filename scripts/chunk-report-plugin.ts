import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CLASSIC_REACT_PACKAGES, CLASSIC_REACT_PREFIX, readsClassicReact } from './classic-react.mjs';

/** A module's id as the report names it: a virtual module (kept-theme:…) without Rollup's \0 marker. */
const reportedId = (id: string): string => id.replace(/^\0/, '');

/**
 * Writes build-report/chunks.json after a build: for every JS chunk, the npm packages and source
 * folders inside it, its static imports, the HTML page it is the entry of, and whether it holds
 * Griffel's runtime style compiler. scripts/bundle-report.mjs
 * reads it to measure each surface's initial JavaScript and to prove MSAL and the Graph client are lazy.
 */
export function chunkReport(reportDir: string): Plugin {
  return {
    name: 'kept-chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<
        string,
        {
          entry?: string;
          facade?: string;
          lazyEntries: string[];
          imports: string[];
          dynamicImports: string[];
          packages: string[];
          largest: string[];
          styleCompiler: boolean;
          /** Classic scripts the page runs before this chunk's modules, for what it imports (scripts/classic-react.mjs). */
          classicScripts?: string[];
        }
      > = {};
      const classicReact = Object.values(bundle).find(
        (output) => output.type === 'asset' && output.fileName.startsWith(CLASSIC_REACT_PREFIX),
      )?.fileName;
      if (classicReact !== undefined)
        chunks[classicReact] = {
          lazyEntries: [],
          imports: [],
          dynamicImports: [],
          packages: CLASSIC_REACT_PACKAGES,
          largest: [],
          styleCompiler: false,
        };
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const packages = new Set<string>();
        for (const id of Object.keys(output.modules).map(reportedId)) {
          // The innermost package: a copy nested in another package's node_modules is named for itself.
          const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replace(/\\/g, '/'));
          packages.add(match?.[1] ?? (id.includes('/src/') ? `src/${id.split('/src/')[1]?.split('/')[0] ?? ''}` : id));
        }
        chunks[output.fileName] = {
          ...(output.isEntry && output.facadeModuleId ? { entry: output.facadeModuleId.split('/').pop() ?? '' } : {}),
          ...(output.facadeModuleId ? { facade: output.facadeModuleId.replace(/^.*\/src\//, 'src/') } : {}),
          // The modules here that an import() asks for: a chunk grouped by first screen holds several.
          lazyEntries: Object.keys(output.modules)
            .filter((id) => (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0)
            .map((id) => id.replace(/^.*\/src\//, 'src/'))
            .sort(),
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          ...(classicReact !== undefined && readsClassicReact(output) ? { classicScripts: [classicReact] } : {}),
          packages: [...packages].sort(),
          // Griffel's runtime style compiler: the build-time transform leaves it out of every page.
          styleCompiler: Object.entries(output.modules).some(
            ([id, m]) => id.includes('@griffel/core') && id.includes('resolveStyleRules') && m.renderedLength > 0,
          ),
          // The forty largest modules (rendered bytes, before gzip): where to look when a budget is tight.
          largest: Object.entries(output.modules)
            .sort(([, a], [, b]) => b.renderedLength - a.renderedLength)
            .slice(0, 40)
            .map(
              ([id, m]) =>
                `${m.renderedLength} ${reportedId(id)
                  .replace(/^.*node_modules\//, '')
                  .replace(/^.*\/src\//, 'src/')}`,
            ),
        };
      }
      mkdirSync(reportDir, { recursive: true });
      writeFileSync(join(reportDir, 'chunks.json'), JSON.stringify(chunks, null, 2));
    },
  };
}
