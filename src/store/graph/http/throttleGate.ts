import { StoreError } from '../../Store';
import { retryAfterMs } from './errors';
import type { Send } from './types';

/**
 * Where "no request before …" is kept (epoch ms). The Graph store keeps it in IndexedDB, so a
 * Retry-After outlives a closed task pane; other callers keep it in memory.
 */
export interface ThrottleHold {
  until(): Promise<number>;
  extend(until: number): Promise<void>;
}

export function memoryHold(): ThrottleHold {
  let at = 0;
  return {
    until: async () => at,
    extend: async (until) => {
      at = Math.max(at, until);
    },
  };
}

/**
 * After the service said "wait" (429/503 with Retry-After), no other request of this store goes
 * out before the time is up: they fail at once with StoreError('throttled') carrying the remaining
 * wait, instead of making the throttling worse. https://learn.microsoft.com/graph/throttling
 */
export function withThrottleGate(next: Send, now: () => Date, hold: ThrottleHold): Send {
  return async (request) => {
    const wait = (await hold.until()) - now().getTime();
    if (wait > 0) {
      throw new StoreError('throttled', 'Microsoft 365 asked Kept to slow down.', { retryAfterMs: wait });
    }
    return next(request);
  };
}

/**
 * Notes every Retry-After on 429/503 the moment it arrives. It sits below the retry stage, so
 * while the Graph client's RetryHandler waits out a Retry-After for one request, the gate above
 * already holds back every other request of this store.
 */
export function withRetryAfterNoted(next: Send, now: () => Date, hold: ThrottleHold): Send {
  return async (request) => {
    const response = await next(request);
    if (response.status === 429 || response.status === 503) {
      const ms = retryAfterMs(response.headers, now());
      if (ms !== undefined) await hold.extend(now().getTime() + ms);
    }
    return response;
  };
}
