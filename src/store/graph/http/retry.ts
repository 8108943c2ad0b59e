import { RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { retryAfterMs } from './errors';
import { safeToRepeat, type GraphResponse, type Send } from './types';

export interface RetryPolicy {
  /** Retries after the first attempt (the Graph client caps this at 10). */
  readonly maxRetries: number;
  /** Base delay in seconds when the service sends no Retry-After (the Graph client caps it at 180). */
  readonly delaySeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, delaySeconds: 1 };

/**
 * Retries 429, 503 and 504, honouring Retry-After, with the Graph client's own RetryHandler
 * (bounded: at most 10 retries, at most 180 s per wait, exponential backoff with jitter when no
 * Retry-After is sent). It is used as a plain middleware whose next step is the rest of our
 * pipeline, so the policy is Microsoft's, not a copy of it.
 *
 * What it does not do, and why other stages exist: it never retries a dropped connection
 * (./networkRetry.ts), and its wait lives in memory, so a write that is still throttled after the
 * last retry goes back to the durable outbox with the Retry-After as its "not before" time.
 *
 * Left alone, RetryHandler sends a POST again on 429, 503 and 504, although the first one may have
 * created the item (a 504 says only that the gateway stopped waiting). Its documented
 * `shouldRetry` option keeps it to requests that are safe to repeat (`safeToRepeat`); a create goes
 * back to the outbox, which looks it up by KeptId before sending it again.
 *
 * RetryHandler also cuts every wait to its cap (`getMaxDelay()`, 180 s in graph-client 3.0.7:
 * `Math.min(newDelay, maxDelay)`), so a longer Retry-After would be answered early — a request the
 * service said not to send yet. `shouldRetry` declines those: the answer comes back at once as
 * 'throttled' with the full wait, the throttle gate above already holds the store back for it
 * (withRetryAfterNoted sits below this stage), and the outbox keeps the write until it is over.
 */
export function withRetry(next: Send, policy: RetryPolicy = DEFAULT_RETRY): Send {
  return async (request) => {
    let last: GraphResponse | undefined;
    const terminal: Middleware = {
      execute: async (context: Context) => {
        last = await next(request);
        // RetryHandler reads only `status` and `headers.get('Retry-After')`.
        context.response = { status: last.status, headers: last.headers } as unknown as Response;
      },
    };
    const repeatable = safeToRepeat(request);
    const options: RetryHandlerOptions = new RetryHandlerOptions(
      policy.delaySeconds,
      policy.maxRetries,
      (_delay, _attempt, _request, _options, response) =>
        repeatable && !waitsLongerThan(response, options.getMaxDelay()),
    );
    const handler = new RetryHandler(options);
    handler.setNext(terminal);
    await handler.execute({ request: request.url, options: { method: request.method, headers: {} } });
    if (last === undefined) throw new Error('RetryHandler finished without calling the pipeline');
    return last;
  };
}

/** The answer asks for a wait longer than `capSeconds` (Retry-After in seconds or as an HTTP date). */
function waitsLongerThan(response: Response, capSeconds: number): boolean {
  const wait = retryAfterMs(response.headers, new Date());
  return wait !== undefined && wait > capSeconds * 1000;
}
