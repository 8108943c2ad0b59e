/**
 * Outlook message ids that survive the user filing the email.
 *
 * A message's default REST id changes when it is moved to another folder; its immutable id does
 * not, as long as it stays in the same mailbox (https://learn.microsoft.com/graph/outlook-immutable-id).
 * Graph hands out immutable ids only to requests that carry `Prefer: IdType="ImmutableId"`, so:
 * - `immutableMessageId` turns the REST id Office.js gives (`convertToRestId`) into the immutable one,
 *   once: `GET /me/messages/{id}?$select=id` with the header (https://learn.microsoft.com/graph/api/message-get);
 * - `withImmutableMessageIds` puts the header on every `/me/messages/…` request, alone or inside a
 *   `$batch`, and reports every 404 on a message, so a moved-away or deleted email is shown to the
 *   user instead of being dropped without a word.
 */
import { StoreError } from '../Store';
import { statusOf } from './http/errors';
import type { GraphCall } from './http/pipeline';
import type { GraphRequest, GraphResponse } from './http/types';
import { SCOPES } from './scopes';

export const PREFER_IMMUTABLE_ID = 'IdType="ImmutableId"';

const MESSAGE_PATH = /^(?:https:\/\/graph\.microsoft\.com\/v1\.0)?\/me\/messages\/([^/?]+)/;

/** The message id in a `/me/messages/{id}` URL, decoded; undefined for any other URL. */
export function messageIdOf(url: string): string | undefined {
  const match = MESSAGE_PATH.exec(url);
  if (match?.[1] === undefined) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

const withPrefer = (headers: Readonly<Record<string, string>> | undefined) => ({
  ...headers,
  Prefer: PREFER_IMMUTABLE_ID,
});

interface BatchBody {
  readonly requests?: readonly {
    readonly id?: unknown;
    readonly url?: unknown;
    readonly headers?: Record<string, string>;
  }[];
}

interface BatchAnswers {
  readonly responses?: readonly { readonly id?: unknown; readonly status?: unknown }[];
}

/**
 * A GraphCall that asks for immutable ids on every message request and tells `onMissing` about each
 * message Graph answered 404 for (deleted, moved to an archive mailbox, or not in this user's mailbox).
 */
export function withImmutableMessageIds(call: GraphCall, onMissing: (messageId: string) => void): GraphCall {
  return async (request: GraphRequest, handled?: readonly number[]): Promise<GraphResponse> => {
    const single = messageIdOf(request.url);
    if (single !== undefined) {
      try {
        const response = await call({ ...request, headers: withPrefer(request.headers) }, handled);
        if (response.status === 404) onMissing(single);
        return response;
      } catch (error) {
        if (statusOf(error) === 404) onMissing(single);
        throw error;
      }
    }
    const batch = request.method === 'POST' && /\/\$batch$/.test(request.url) ? (request.body as BatchBody) : undefined;
    const inBatch = new Map<string, string>();
    for (const sub of batch?.requests ?? []) {
      const id = typeof sub.url === 'string' ? messageIdOf(sub.url) : undefined;
      if (id !== undefined) inBatch.set(String(sub.id), id);
    }
    if (batch === undefined || inBatch.size === 0) return call(request, handled);
    const body = {
      ...batch,
      requests: (batch.requests ?? []).map((sub) =>
        inBatch.has(String(sub.id)) ? { ...sub, headers: withPrefer(sub.headers) } : sub,
      ),
    };
    const response = await call({ ...request, body }, handled);
    for (const answer of (response.body as BatchAnswers | undefined)?.responses ?? []) {
      const id = inBatch.get(String(answer.id));
      if (id !== undefined && answer.status === 404) onMissing(id);
    }
    return response;
  };
}

/**
 * The immutable id of a message in the signed-in user's mailbox, from its REST id (or from its
 * immutable id: Graph accepts either and answers with the immutable one). undefined when the
 * mailbox has no such message (404). Other failures (offline, no consent) throw StoreError.
 */
export async function immutableMessageId(call: GraphCall, id: string): Promise<string | undefined> {
  const res = await call(
    {
      method: 'GET',
      url: `/me/messages/${encodeURIComponent(id)}?$select=id`,
      // The same consent as the follow-up flag it is for: no extra scope for the user to accept.
      scopes: SCOPES.followUpFlags,
      headers: { Prefer: PREFER_IMMUTABLE_ID },
    },
    [404],
  );
  if (res.status === 404) return undefined;
  const found = (res.body as { id?: unknown } | undefined)?.id;
  if (typeof found !== 'string' || found === '')
    throw new StoreError('invalid', 'Microsoft Graph answered without the message id.');
  return found;
}
