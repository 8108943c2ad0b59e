import { StoreError, type StoreErrorCode } from '../../Store';
import { TransportError, type GraphResponse, type Send } from './types';

/** Graph's error body: https://learn.microsoft.com/graph/errors */
export function graphErrorDetail(body: unknown): { code: string; message: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
    return {
      code: typeof error?.code === 'string' ? error.code : '',
      message: typeof error?.message === 'string' ? error.message : '',
    };
  }
  return { code: '', message: typeof body === 'string' ? body.slice(0, 200) : '' };
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(
  headers: Headers | Readonly<Record<string, string>> | undefined,
  now: Date,
): number | undefined {
  if (headers === undefined) return undefined;
  const raw =
    headers instanceof Headers
      ? headers.get('Retry-After')
      : (Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? null);
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

const CODE_BY_STATUS: Readonly<Record<number, StoreErrorCode>> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'conflict',
  413: 'invalid',
  429: 'throttled',
};

const WORDS: Readonly<Partial<Record<StoreErrorCode, string>>> = {
  unauthorized: 'Your Microsoft 365 sign-in has expired or was refused.',
  forbidden: 'You do not have access to this team’s Kept list (are you a member of the team?).',
  'not-found': 'Not found in Microsoft 365.',
  conflict: 'Someone else changed this at the same time.',
  throttled: 'Microsoft 365 asked Kept to slow down.',
  invalid: 'Microsoft 365 refused the request.',
};

/** One HTTP status → one StoreError code; 5xx count as 'throttled' (busy, try later). */
export function errorForResponse(response: GraphResponse, now: Date): StoreError {
  const code: StoreErrorCode = CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'throttled' : 'invalid');
  const detail = graphErrorDetail(response.body);
  const wait = retryAfterMs(response.headers, now) ?? (code === 'throttled' ? 5000 : undefined);
  const message = [WORDS[code] ?? 'Microsoft 365 refused the request.', detail.message && `(${detail.message})`]
    .filter(Boolean)
    .join(' ');
  return new StoreError(code, message, {
    cause: { status: response.status, graphCode: detail.code },
    ...(code === 'throttled' && wait !== undefined ? { retryAfterMs: wait } : {}),
  });
}

export const isOk = (status: number) => status >= 200 && status < 300;

/** The HTTP status a StoreError came from, when it came from one. */
export function statusOf(error: unknown): number | undefined {
  if (!(error instanceof StoreError)) return undefined;
  const cause = error.cause as { status?: unknown } | undefined;
  return typeof cause?.status === 'number' ? cause.status : undefined;
}

/**
 * The outermost stage: 2xx (and statuses the caller says it handles itself, like 412 or 410)
 * come back as responses; everything else becomes one StoreError. A TransportError is 'offline'.
 */
export function parseOrThrow(
  next: Send,
  now: () => Date,
): (request: Parameters<Send>[0], handled?: readonly number[]) => Promise<GraphResponse> {
  return async (request, handled = []) => {
    let response: GraphResponse;
    try {
      response = await next(request);
    } catch (error) {
      if (error instanceof TransportError) {
        throw new StoreError('offline', `${error.message} Your changes are kept on this device.`, { cause: error });
      }
      throw error;
    }
    if (isOk(response.status) || handled.includes(response.status)) return response;
    throw errorForResponse(response, now());
  };
}
