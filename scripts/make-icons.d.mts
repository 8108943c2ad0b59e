// Types for make-icons.mjs, so the TypeScript tests can import it.

export declare const BRAND: { readonly r: number; readonly g: number; readonly b: number };
export declare const ACCENT_COLOR: string;
export declare const ADDIN_ICON_SIZES: readonly number[];
export declare function renderMark(
  size: number,
  options: { background: { r: number; g: number; b: number } | undefined },
): Uint8Array;
export declare function renderAllIcons(): Record<string, Uint8Array>;
