import type { Plugin } from 'vite';
export declare function cacheControlFor(pathname: string): string;
export declare function deployedCaching(): Plugin;
