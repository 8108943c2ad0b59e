// pngjs ships no types and @types/pngjs is not installed: the little the manifest tests use.
declare module 'pngjs' {
  export class PNG {
    constructor(options: { width: number; height: number });
    readonly width: number;
    readonly height: number;
    readonly data: Uint8Array;
    static readonly sync: {
      read(bytes: Uint8Array): PNG;
      write(png: PNG): Uint8Array;
    };
  }
}
