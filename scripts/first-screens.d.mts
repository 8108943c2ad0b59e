// Types for first-screens.mjs, so the TypeScript tests can import it.
import type { Plugin, Rollup } from 'vite';

export interface ChunkFacts {
  readonly fileName: string;
  /** The page this chunk is the entry of (`taskpane` for taskpane.html), if any. */
  readonly page?: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly moduleIds: readonly string[];
}

export interface FirstScreenUse {
  /** The pages that load the module up front. */
  readonly initial: readonly string[];
  /** The first screens (`page.scenario`) whose first render waits for it. */
  readonly next: readonly string[];
  /** The screens in which something loaded after the first render needs it. */
  readonly later: readonly string[];
}

/** For each page, its first screens: for each, the modules (absolute ids) its first render imports. */
export type FirstScreens = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export declare function chunkFacts(outputs: readonly Rollup.RollupOutput[]): ChunkFacts[];
export declare function firstScreenUse(
  chunks: readonly ChunkFacts[],
  firstScreens: FirstScreens,
  openings: readonly string[],
): Map<string, FirstScreenUse>;
export declare function firstScreenGroup(
  id: string,
  use: FirstScreenUse | undefined,
  importers: readonly string[],
  pages: readonly string[],
): string | null;
export declare function firstScreenChunks(uses: ReadonlyMap<string, FirstScreenUse>): Plugin;
