/**
 * The shapes every stage of the Graph HTTP pipeline passes along. A stage is a function from one
 * `Send` to another (see ./pipeline.ts); the store never sees `fetch`, tokens or retries.
 */

/** The same shape as src/auth's TokenProvider: the store receives it and never imports MSAL. */
export type TokenProvider = (scopes: readonly string[], options?: { interactive?: boolean }) => Promise<string>;

/** The subset of `fetch` the pipeline needs; tests pass the in-process fake. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest {
  readonly method: GraphMethod;
  /** Relative to the Graph root (`/sites/…`), or an absolute `@odata.nextLink` / `@odata.deltaLink`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialisable body. */
  readonly body?: unknown;
  /** Delegated scopes this request needs; the auth stage asks the TokenProvider for them. */
  readonly scopes: readonly string[];
  /** false: never show sign-in UI for this request (optional features fall back instead). */
  readonly interactive?: boolean;
  readonly signal?: AbortSignal;
  /**
   * Sending it twice has the same effect as sending it once. Default: every method but POST
   * (GET reads; PATCH sets values, and Kept's list writes carry If-Match, so a repeat meets 412;
   * DELETE meets 404). A `$batch` is as safe as the requests inside it.
   */
  readonly idempotent?: boolean;
}

/**
 * Whether a retry stage may send this request again without knowing what the first attempt did.
 * A POST that creates a list item may have reached SharePoint even when no answer (or a 429, 503,
 * 504) came back: only the outbox may repeat it, after looking the item up by its KeptId.
 */
export const safeToRepeat = (request: GraphRequest): boolean => request.idempotent ?? request.method !== 'POST';

export interface GraphResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
}

export type Send = (request: GraphRequest) => Promise<GraphResponse>;

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

/** The request never got an HTTP answer: connection dropped, DNS, CORS, or our own timeout. */
export class TransportError extends Error {
  readonly kind: 'network' | 'timeout';
  constructor(kind: 'network' | 'timeout', message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'TransportError';
    this.kind = kind;
  }
}

export const absoluteUrl = (url: string): string => (/^https?:\/\//i.test(url) ? url : `${GRAPH_ROOT}${url}`);

/** `$batch` wants URLs relative to the version root. */
export function relativeUrl(url: string): string {
  const abs = absoluteUrl(url);
  return abs.startsWith(GRAPH_ROOT) ? abs.slice(GRAPH_ROOT.length) : abs;
}
