export declare const OFFICE_JS: string;
export declare const OUTLOOK_PAGE: string;
export declare function scriptsOf(html: string): { src: string | undefined; inHead: boolean }[];
export declare function externalScriptProblems(pages: Readonly<Record<string, string>>): string[];
export declare const OFFICE_PAGES: readonly string[];
