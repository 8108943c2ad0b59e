import { TransportError, type Send } from './types';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries a read whose connection dropped (a flaky Wi-Fi, a laptop waking up). Only GETs: a
 * dropped write may or may not have happened, and only the outbox knows how to find out.
 */
export function withNetworkRetry(next: Send, options: { retries: number; baseDelayMs: number; sleep: Sleep }): Send {
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(request);
      } catch (error) {
        const retriable = error instanceof TransportError && request.method === 'GET' && attempt < options.retries;
        if (!retriable) throw error;
        await options.sleep(options.baseDelayMs * 2 ** attempt);
      }
    }
  };
}
