import { StoreError } from '../Store';
import { createPipeline } from './http/pipeline';
import type { FetchLike, TokenProvider } from './http/types';
import { COVERS_READ_BASIC, grantedFirst } from './mailScopes';
import { PREFER_IMMUTABLE_ID } from './messages';
import { filterParam, odataString } from './odata';
import { SCOPES } from './scopes';

/** A message the user sent, as Kept reads it from Sent Items. */
export interface SentItem {
  readonly id: string;
  readonly conversationId: string;
  readonly sentAt: string;
  readonly subject: string;
}

/** The message properties asked for: https://learn.microsoft.com/graph/api/resources/message */
interface MessageLike {
  readonly id?: unknown;
  readonly conversationId?: unknown;
  readonly sentDateTime?: unknown;
  readonly subject?: unknown;
}

/** Messages per page; a reply sent since a draft opened is nearly always on the first one. */
const PAGE = 50;
/** Pages followed at most (500 messages sent in one thread since a draft opened is no thread). */
const MAX_PAGES = 10;

/**
 * The conversation id as Graph knows it. Office.js gives ids in standard base64 ('+' and '/');
 * Graph's REST ids are the URL-safe form, as Office.js's own `mailbox.convertToRestId` maps an EWS
 * id: '/' → '-' and '+' → '_' (office-js dist/outlook-15.04.js; Graph's message examples show
 * conversation ids such as `AAQk…AQAMG_NSCMBqdKrLa2EmR-lO0=`, https://learn.microsoft.com/graph/api/message-get).
 * Idempotent: an id already in Graph's form comes back unchanged.
 */
export const graphConversationId = (id: string): string => id.trim().replaceAll('/', '-').replaceAll('+', '_');

/**
 * What every read of one conversation's messages starts from: the conversation id in Graph's form,
 * the instant to look from (both refused when unusable), and a pipeline that uses a mail permission
 * already granted (`covering`) before asking for the read's own narrower one.
 */
export function conversationRead(
  getToken: TokenProvider,
  conversationId: string,
  since: string,
  covering: readonly string[],
  fetchImpl: FetchLike | undefined,
) {
  const conversation = graphConversationId(conversationId);
  if (conversation === '') throw new StoreError('invalid', 'The email has no conversation id to look up.');
  const from = new Date(since);
  if (Number.isNaN(from.getTime())) throw new StoreError('invalid', `“${since}” is not a time to look from.`);
  const call = createPipeline({
    fetch: fetchImpl ?? ((i, init) => fetch(i, init)),
    getToken: grantedFirst(getToken, covering),
    now: () => new Date(),
  });
  return { conversation, from, call };
}

/** A Graph DateTimeOffset as an ISO instant, or undefined when it is not one. */
export const isoInstant = (value: unknown): string | undefined =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;

/**
 * Messages the signed-in user sent in a conversation at or after `since`, oldest first, from the
 * Sent Items folder: https://learn.microsoft.com/graph/api/mailfolder-list-messages (Mail.ReadBasic,
 * the least privileged permission the page lists, unless a mail permission that covers it was
 * granted already; no body is read). Ids are immutable (`Prefer: IdType="ImmutableId"`,
 * https://learn.microsoft.com/graph/outlook-immutable-id), so a message filed meanwhile keeps its id.
 * Pages of 50 follow `@odata.nextLink` (at most 10). The filter has no `$orderby`: with both, Graph
 * requires the sorted properties to lead the filter or answers 400 InefficientFilter
 * (https://learn.microsoft.com/graph/api/user-list-messages, "Using filter and orderby in the same
 * query"), so the results are sorted here. Throws StoreError like every Graph call ('unauthorized'
 * when consent is missing, 'throttled', 'offline').
 */
export async function sentInConversation(
  getToken: TokenProvider,
  conversationId: string,
  since: string,
  options: { fetch?: FetchLike; interactive?: boolean } = {},
): Promise<SentItem[]> {
  const { conversation, from, call } = conversationRead(
    getToken,
    conversationId,
    since,
    COVERS_READ_BASIC,
    options.fetch,
  );
  // DateTimeOffset literals are unquoted in OData; the ISO form has nothing to escape.
  const filter = `conversationId eq ${odataString(conversation)} and sentDateTime ge ${from.toISOString()}`;
  let url: string | undefined =
    `/me/mailFolders/sentitems/messages?${filterParam(filter)}&$select=id,conversationId,sentDateTime,subject&$top=${PAGE}`;
  const items: SentItem[] = [];
  for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
    const res = await call({
      method: 'GET',
      url,
      scopes: SCOPES.sentItems,
      headers: { Prefer: PREFER_IMMUTABLE_ID },
      ...(options.interactive === undefined ? {} : { interactive: options.interactive }),
    });
    const body = (res.body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
    for (const m of Array.isArray(body.value) ? (body.value as MessageLike[]) : []) {
      const sentAt = isoInstant(m.sentDateTime);
      if (typeof m.id !== 'string' || sentAt === undefined) continue;
      items.push({
        id: m.id,
        conversationId: typeof m.conversationId === 'string' ? m.conversationId : conversation,
        sentAt,
        subject: typeof m.subject === 'string' ? m.subject : '',
      });
    }
    url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  return items.sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0));
}
