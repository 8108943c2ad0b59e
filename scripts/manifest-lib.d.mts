// Types for manifest-lib.mjs, so the TypeScript tests can import it.

/** A manifest as parsed JSON; the schema validation is what gives it a shape. */
export type Manifest = Record<string, unknown> & {
  readonly manifestVersion?: string;
  readonly icons?: Record<string, string>;
};

export type BaseUrl =
  { ok: true; baseUrl: string; host: string; origin: string; basePath: string } | { ok: false; error: string };

export type TemplateValues = Record<(typeof PLACEHOLDERS)[number], string>;

export interface EntryPoint {
  readonly where: string;
  readonly page: string;
  readonly query: Readonly<Record<string, string>>;
}

export declare const PLACEHOLDERS: readonly [
  'BASE_URL',
  'HOST_NAME',
  'CLIENT_ID',
  'APP_ID',
  'VERSION',
  'DEVELOPER_NAME',
  'WEBSITE_URL',
  'PRIVACY_URL',
  'TERMS_URL',
];
export declare const KEPT_ENTRY_POINTS: readonly EntryPoint[];
export declare const KEPT_TAB_CONTENT_PAGES: readonly {
  readonly page: string;
  readonly query: Readonly<Record<string, string>>;
  readonly shownIn: string;
}[];
export declare const KEPT_SIGN_IN_PAGES: readonly { readonly page: string; readonly role: string }[];
export declare function redirectUrisToRegister(baseUrl: string): string[];
export declare const PACKAGE_ICON_SIZES: Readonly<Record<'color' | 'outline' | 'color32x32', number>>;

export declare function parseBaseUrl(raw: string | undefined): BaseUrl;
export declare function isGuid(value: unknown): boolean;
export declare function isSemver(value: unknown): boolean;
export declare function deriveAppId(clientId: string): string;
export declare function packageInputs(
  env: Readonly<Record<string, string | undefined>>,
  packageVersion: string,
):
  | { ok: true; values: TemplateValues; /** KEPT_CATALOG_APP_ID, for Teams deep links. */ catalogAppId?: string }
  | { ok: false; errors: string[] };

export declare function fillTemplate(
  template: unknown,
  values: Readonly<Record<string, string>>,
): { manifest: Manifest; errors: string[] };

export declare function bundledSchemaVersions(): string[];
export declare function newestBundledSchemaVersion(): string;
export declare function schemaUrl(version: string): string;
export declare function loadBundledSchema(version: string): Record<string, unknown>;
export declare function validateAgainstBundledSchema(manifest: unknown): Promise<string[]>;

export declare function referencedFiles(manifest: unknown, baseUrl: string): Map<string, string[]>;
export declare function checkManifest(
  manifest: unknown,
  options: {
    baseUrl: string;
    clientId?: string;
    fileExists?: (relativePath: string) => boolean;
    readFile?: (relativePath: string) => Uint8Array | undefined;
  },
): string[];
export declare function checkKeptEntryPoints(manifest: unknown, baseUrl: string): string[];

export declare function checkPng(
  bytes: Uint8Array,
  rules: { width: number; height: number; whiteOnTransparent?: boolean },
): string[];
export declare function checkPackageIcons(
  manifest: Manifest,
  icons: Readonly<Record<string, Uint8Array | undefined>>,
): string[];

export declare function zipPackage(files: Readonly<Record<string, Uint8Array>>): Uint8Array;
