import { StoreError } from '../Store';
import { createPipeline } from './http/pipeline';
import type { FetchLike, TokenProvider } from './http/types';
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

/** A reply sent since the draft opened is found among this many; a thread rarely has more in minutes. */
const PAGE = 50;

/**
 * Office.js can give a conversation id in URL-safe base64 ('-' and '_') where Graph's ids use the
 * standard alphabet ('+' and '/'); the ids are otherwise the same, so ask in Graph's form.
 */
export const graphConversationId = (id: string): string => id.trim().replaceAll('-', '+').replaceAll('_', '/');

/**
 * Messages the signed-in user sent in a conversation at or after `since`, oldest first: one request
 * to the Sent Items folder, https://learn.microsoft.com/graph/api/mailfolder-list-messages
 * (Mail.ReadBasic, the least privileged permission the page lists; no body is read). The filter
 * has no `$orderby`: with both, Graph requires the sorted properties to lead the filter or answers
 * 400 InefficientFilter (https://learn.microsoft.com/graph/api/user-list-messages, "Using filter and
 * orderby in the same query"), so the few results are sorted here. Throws StoreError like every
 * Graph call ('unauthorized' when consent is missing, 'throttled', 'offline').
 */
export async function sentInConversation(
  getToken: TokenProvider,
  conversationId: string,
  since: string,
  options: { fetch?: FetchLike; interactive?: boolean } = {},
): Promise<SentItem[]> {
  const conversation = graphConversationId(conversationId);
  if (conversation === '') throw new StoreError('invalid', 'The email has no conversation id to look up.');
  const from = new Date(since);
  if (Number.isNaN(from.getTime())) throw new StoreError('invalid', `“${since}” is not a time to look from.`);
  const call = createPipeline({
    fetch: options.fetch ?? ((i, init) => fetch(i, init)),
    getToken,
    now: () => new Date(),
  });
  // DateTimeOffset literals are unquoted in OData; the ISO form has nothing to escape.
  const filter = `conversationId eq ${odataString(conversation)} and sentDateTime ge ${from.toISOString()}`;
  const res = await call({
    method: 'GET',
    url: `/me/mailFolders/sentitems/messages?${filterParam(filter)}&$select=id,conversationId,sentDateTime,subject&$top=${PAGE}`,
    scopes: SCOPES.sentItems,
    ...(options.interactive === undefined ? {} : { interactive: options.interactive }),
  });
  const value = ((res.body ?? {}) as { value?: unknown }).value;
  const items: SentItem[] = [];
  for (const m of Array.isArray(value) ? (value as MessageLike[]) : []) {
    if (typeof m.id !== 'string' || typeof m.sentDateTime !== 'string' || Number.isNaN(Date.parse(m.sentDateTime)))
      continue;
    items.push({
      id: m.id,
      conversationId: typeof m.conversationId === 'string' ? m.conversationId : conversation,
      sentAt: new Date(m.sentDateTime).toISOString(),
      subject: typeof m.subject === 'string' ? m.subject : '',
    });
  }
  return items.sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0));
}
