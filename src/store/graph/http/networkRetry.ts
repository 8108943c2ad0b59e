import { safeToRepeat, TransportError, type Send } from './types';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries a request whose connection dropped or timed out (a flaky Wi-Fi, a laptop waking up), when
 * it is safe to repeat: a dropped create may or may not have happened, and only the outbox knows
 * how to find out (it looks the item up by its KeptId).
 */
export function withNetworkRetry(next: Send, options: { retries: number; baseDelayMs: number; sleep: Sleep }): Send {
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(request);
      } catch (error) {
        const retriable = error instanceof TransportError && safeToRepeat(request) && attempt < options.retries;
        if (!retriable) throw error;
        await options.sleep(options.baseDelayMs * 2 ** attempt);
      }
    }
  };
}
