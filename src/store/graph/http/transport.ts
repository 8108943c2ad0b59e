import { absoluteUrl, TransportError, type FetchLike, type GraphResponse, type Send } from './types';

/** The innermost stage: one HTTP exchange with JSON in and out. A rejected fetch becomes a TransportError. */
export function transport(fetchImpl: FetchLike): Send {
  return async (request) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    const init: RequestInit = { method: request.method, headers };
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    if (request.signal !== undefined) init.signal = request.signal;
    let response: Response;
    try {
      response = await fetchImpl(absoluteUrl(request.url), init);
    } catch (error) {
      if (request.signal?.aborted === true)
        throw new TransportError('timeout', 'Microsoft Graph did not answer in time.', error);
      throw new TransportError('network', 'Microsoft Graph could not be reached.', error);
    }
    let body: unknown;
    try {
      const text = await response.text();
      body = text === '' ? undefined : parseBody(text, response.headers.get('Content-Type'));
    } catch (error) {
      // The connection dropped while the body was streaming: we do not know what the server did.
      throw new TransportError('network', 'The answer from Microsoft Graph was cut off.', error);
    }
    const result: GraphResponse = { status: response.status, headers: response.headers, body };
    return result;
  };
}

function parseBody(text: string, contentType: string | null): unknown {
  if (contentType !== null && !contentType.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
