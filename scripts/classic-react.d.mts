import type { Plugin } from 'vite';

export const CLASSIC_REACT_PREFIX: string;
export const CLASSIC_REACT_PACKAGES: string[];
export function readsClassicReact(chunk: { modules: Record<string, unknown> }): boolean;
export function classicReact(): Plugin;
/** React's classic script: its file name under dist/, its code and its source map. */
export function classicReactScript(): Promise<{ fileName: string; code: string; map: string }>;
