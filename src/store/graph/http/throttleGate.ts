import { StoreError } from '../../Store';
import { retryAfterMs } from './errors';
import type { Send } from './types';

/**
 * After the service said "wait" (429/503 with Retry-After, still there after the retry stage),
 * no other request of this store goes out before the time is up: they fail at once with
 * StoreError('throttled') carrying the remaining wait, instead of making the throttling worse.
 */
export function withThrottleGate(next: Send, now: () => Date): Send {
  let until = 0;
  return async (request) => {
    const wait = until - now().getTime();
    if (wait > 0) {
      throw new StoreError('throttled', 'Microsoft 365 asked Kept to slow down.', { retryAfterMs: wait });
    }
    const response = await next(request);
    if (response.status === 429 || response.status === 503) {
      const ms = retryAfterMs(response.headers, now());
      if (ms !== undefined) until = Math.max(until, now().getTime() + ms);
    }
    return response;
  };
}
