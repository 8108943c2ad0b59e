// Stores: the newest `receivedDateTime` of the request's thread that the owner's pane has learnt from,
// per user and conversation, in localStorage under `kept.thread.<user>.<conversationId>` (an instant,
// nothing else), so the next refresh asks Graph only for what arrived after it. Lost or absent (another
// device, cleared storage), the pane reads from the request onwards again: learning is idempotent.
import type { ActionContext } from '../../../domain/actions';
import { recordSentMessage } from '../../../domain/messageActions';
import { learnFromThread, type ThreadPage } from '../../../domain/replyActions';
import type { Result } from '../../../domain/result';
import type { Commitment, Instant, TeamSettings } from '../../../domain/types';
import type { FieldError } from '../../../domain/validation';
import type { PendingMessage } from './pendingMessage';

const key = (user: string, conversationId: string) => `kept.thread.${user.trim().toLowerCase()}.${conversationId}`;

/** Where the next read starts: the newest message already learnt from, never before the request itself. */
export function threadWatermark(c: Commitment, user: string): Instant | undefined {
  if (c.source.kind !== 'email') return undefined;
  const request = c.source.receivedAt;
  try {
    const seen = localStorage.getItem(key(user, c.source.conversationId));
    return seen !== null && !Number.isNaN(Date.parse(seen)) && seen > request ? seen : request;
  } catch {
    return request;
  }
}

export function rememberWatermark(c: Commitment, user: string, page: ThreadPage): void {
  const newest = page.messages[0]?.receivedAt;
  if (c.source.kind !== 'email' || newest === undefined) return;
  try {
    localStorage.setItem(key(user, c.source.conversationId), newest);
  } catch {
    // Without storage the next refresh reads from the request again, and learns nothing twice.
  }
}

/** A reply was drafted by Kept in this conversation: the user's first message sent after the draft opened is it. */
export function pendingReply(
  pending: PendingMessage | null,
  page: ThreadPage,
  skewMs: number,
): { readonly message: PendingMessage; readonly sentAt: Instant } | undefined {
  if (pending === null || pending.confirm.via !== 'sent-items') return undefined;
  const since = Date.parse(pending.openedAt) - skewMs;
  const mine = page.messages
    .filter((m) => m.fromMe && Date.parse(m.sentAt) >= since)
    .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))[0];
  return mine === undefined ? undefined : { message: pending, sentAt: mine.sentAt };
}

/**
 * Everything one read of the thread changes, as one write: the message Kept was waiting for,
 * recorded as sent when it was (if it still applies), then what the thread says (learnFromThread).
 */
export function threadChanges(
  c: Commitment,
  page: ThreadPage,
  waited: ReturnType<typeof pendingReply>,
  settings: TeamSettings,
  ctx: ActionContext,
): { readonly next: Commitment; readonly recorded: Result<Commitment, FieldError[]> | undefined } {
  const recorded =
    waited === undefined
      ? undefined
      : recordSentMessage(c, waited.message.action, settings, ctx, { via: 'sent-items', at: waited.sentAt });
  const base = recorded?.ok === true ? recorded.value : c;
  return { next: learnFromThread(base, page.messages, ctx), recorded };
}
