import { withAuth } from './auth';
import { parseOrThrow } from './errors';
import { realSleep, withNetworkRetry, type Sleep } from './networkRetry';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';
import { withTimeout } from './timeout';
import { memoryHold, withRetryAfterNoted, withThrottleGate, type ThrottleHold } from './throttleGate';
import { transport } from './transport';
import type { FetchLike, GraphRequest, GraphResponse, TokenProvider } from './types';

export interface PipelineOptions {
  readonly fetch: FetchLike;
  readonly getToken: TokenProvider;
  readonly now: () => Date;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly sleep?: Sleep;
  /** Where a Retry-After is kept (default: in memory). */
  readonly hold?: ThrottleHold;
}

/** Sends one request; returns 2xx and the `handled` statuses, throws StoreError for the rest. */
export type GraphCall = (request: GraphRequest, handled?: readonly number[]) => Promise<GraphResponse>;

/**
 * parse-or-throw ← auth ← throttle gate ← retry 429/503/504 (Graph client RetryHandler) ← note Retry-After
 * ← retry dropped requests ← timeout ← fetch.
 * Each stage is one file and can be tested alone. The two retry stages repeat only requests that
 * are safe to repeat (`safeToRepeat` in ./types.ts): never a POST that creates something.
 */
export function createPipeline(options: PipelineOptions): GraphCall {
  const sleep = options.sleep ?? realSleep;
  const hold = options.hold ?? memoryHold();
  const raw = transport(options.fetch);
  const timed = withTimeout(raw, options.timeoutMs ?? 30_000);
  const reconnecting = withNetworkRetry(timed, { retries: 2, baseDelayMs: 500, sleep });
  const noted = withRetryAfterNoted(reconnecting, options.now, hold);
  const retried = withRetry(noted, options.retry ?? DEFAULT_RETRY);
  const gated = withThrottleGate(retried, options.now, hold);
  const authed = withAuth(gated, options.getToken);
  return parseOrThrow(authed, options.now);
}
