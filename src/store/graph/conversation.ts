/**
 * The request's thread in the signed-in user's mailbox, read a page at a time.
 *
 * One request per refresh, and an empty answer while nothing changed: the caller passes the newest
 * `receivedDateTime` it has already learnt from (its watermark), and Graph returns only what arrived
 * after it, newest first, one page of at most 50:
 *
 *   GET /me/messages?$filter=receivedDateTime gt {after} and conversationId eq '{id}'
 *       &$orderby=receivedDateTime desc&$select=…&$top=50          Prefer: IdType="ImmutableId"
 *
 * https://learn.microsoft.com/graph/api/user-list-messages: the whole mailbox (the customer's replies
 * are in the Inbox or wherever a rule filed them, the user's own in Sent Items); `$top` between 1 and
 * 1000; with `$filter` and `$orderby` together the sorted property must come first in the filter, or
 * Graph answers 400 InefficientFilter. A conversation of 500 messages therefore costs one request
 * (its newest 50) and the `@odata.nextLink` is not followed: a refresh needs the latest reply and the
 * user's newest messages, not the archive. Ids are immutable
 * (https://learn.microsoft.com/graph/outlook-immutable-id). Drafts are left out.
 *
 * Permission: Mail.Read, the least privileged that returns `bodyPreview` (Mail.ReadBasic leaves out
 * the body and its preview: https://learn.microsoft.com/graph/permissions-reference#mailreadbasic);
 * Mail.ReadWrite, when the user granted it for follow-up flags, is used instead of asking again.
 */
import type { ThreadMessage, ThreadPage } from '../../domain/replyActions';
import type { FetchLike, TokenProvider } from './http/types';
import { COVERS_READ } from './mailScopes';
import { PREFER_IMMUTABLE_ID } from './messages';
import { filterParam, odataString } from './odata';
import { SCOPES } from './scopes';
import { conversationRead, isoInstant } from './sentItems';

/** Messages one refresh reads at most (the newest). */
export const THREAD_PAGE = 50;

/** https://learn.microsoft.com/graph/api/resources/message (recipient: emailAddress { name, address }) */
interface MessageLike {
  readonly id?: unknown;
  readonly internetMessageId?: unknown;
  readonly from?: { readonly emailAddress?: { readonly name?: unknown; readonly address?: unknown } } | null;
  readonly sentDateTime?: unknown;
  readonly receivedDateTime?: unknown;
  readonly bodyPreview?: unknown;
  readonly isDraft?: unknown;
}

const SELECT = 'id,conversationId,internetMessageId,from,sentDateTime,receivedDateTime,bodyPreview,isDraft';

export async function threadSince(
  getToken: TokenProvider,
  conversationId: string,
  after: string,
  options: {
    /** The signed-in user's address: their own messages are `fromMe`. */
    readonly user: string | undefined;
    readonly fetch?: FetchLike;
    readonly interactive?: boolean;
  },
): Promise<ThreadPage> {
  const { conversation, from, call } = conversationRead(getToken, conversationId, after, COVERS_READ, options.fetch);
  // receivedDateTime leads the filter because it is what $orderby sorts on; DateTimeOffset is unquoted.
  const filter = `receivedDateTime gt ${from.toISOString()} and conversationId eq ${odataString(conversation)}`;
  const res = await call({
    method: 'GET',
    url: `/me/messages?${filterParam(filter)}&$orderby=${encodeURIComponent('receivedDateTime desc')}&$select=${SELECT}&$top=${THREAD_PAGE}`,
    scopes: SCOPES.thread,
    headers: { Prefer: PREFER_IMMUTABLE_ID },
    ...(options.interactive === undefined ? {} : { interactive: options.interactive }),
  });
  const body = (res.body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
  const me = options.user?.trim().toLowerCase();
  const messages: ThreadMessage[] = [];
  for (const m of Array.isArray(body.value) ? (body.value as MessageLike[]) : []) {
    const received = isoInstant(m.receivedDateTime);
    if (typeof m.id !== 'string' || received === undefined || m.isDraft === true) continue;
    const address = typeof m.from?.emailAddress?.address === 'string' ? m.from.emailAddress.address.trim() : '';
    const name = typeof m.from?.emailAddress?.name === 'string' ? m.from.emailAddress.name.trim() : '';
    messages.push({
      id: m.id,
      from: { name: name || address, email: address },
      fromMe: me !== undefined && me !== '' && address.toLowerCase() === me,
      sentAt: isoInstant(m.sentDateTime) ?? received,
      receivedAt: received,
      preview: typeof m.bodyPreview === 'string' ? m.bodyPreview : '',
      ...(typeof m.internetMessageId === 'string' ? { internetMessageId: m.internetMessageId } : {}),
    });
  }
  messages.sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  return { messages, more: typeof body['@odata.nextLink'] === 'string' };
}
