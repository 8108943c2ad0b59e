import { TransportError, type Send } from './types';

/**
 * Gives up on a request that takes longer than `ms` (a hung connection must not block the outbox
 * forever). The fetch is aborted, so the browser frees the socket.
 */
export function withTimeout(next: Send, ms: number): Send {
  return (request) => {
    const controller = new AbortController();
    request.signal?.addEventListener('abort', () => controller.abort(request.signal?.reason), { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TransportError('timeout', `Microsoft Graph did not answer within ${Math.round(ms / 1000)} s.`));
      }, ms);
    });
    return Promise.race([next({ ...request, signal: controller.signal }), timedOut]).finally(() => clearTimeout(timer));
  };
}
