import {
  actionBlocked,
  answerProposal,
  noteCustomerReply,
  recordCustomerAcknowledged,
  recordFeedback,
  recordOwnerReply,
  type ActionContext,
} from './actions';
import { msg } from './i18n';
import { err, ok, type Result } from './result';
import { customerReplyState } from './replyRules';
import type { Commitment, FeedbackRating, HistoryEntry, Instant, Person } from './types';
import { LIMITS, sameEmail, type FieldError } from './validation';
import { instantOrNaN } from './instant';

/** One message of the request's thread, as the owner's mailbox gives it. */
export interface ThreadMessage {
  readonly id: string;
  readonly from: Person;
  /** The signed-in user (the owner) sent it. */
  readonly fromMe: boolean;
  readonly sentAt: Instant;
  readonly receivedAt: Instant;
  /** The start of the body as plain text (Graph's bodyPreview); may be empty. */
  readonly preview: string;
  readonly internetMessageId?: string;
}

/** What one refresh reads of the thread: the newest messages since the last one seen. */
export interface ThreadPage {
  /** Newest first. */
  readonly messages: readonly ThreadMessage[];
  /** More arrived than one page holds: the older ones were not read. */
  readonly more: boolean;
}

// Controls (C0, DEL, C1) and the bidi embeddings and overrides that could turn the text around it.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What Kept keeps of a reply: its text, with whitespace collapsed, controls removed, and cut at a
 * word near LIMITS.replyExcerpt characters. It is text: markup in it stays literal characters.
 */
export function replyExcerpt(preview: string): string {
  const text = preview.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (text.length <= LIMITS.replyExcerpt) return text;
  const cut = text.slice(0, LIMITS.replyExcerpt - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LIMITS.replyExcerpt * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What the owner's pane learns from the thread (newest messages since it last looked):
 * - the owner's own replies since the commitment was made count as updates, dated when sent
 *   (recordOwnerReply; one already in the history is not recorded twice);
 * - the latest message from anyone else after the request is the customer's reply, kept on the
 *   commitment with a text-only excerpt (noteCustomerReply).
 * Nothing is decided about what a reply means. Returns `c` itself when there is nothing new.
 */
export function learnFromThread(c: Commitment, messages: readonly ThreadMessage[], ctx: ActionContext): Commitment {
  if (c.source.kind !== 'email') return c;
  const request = c.source;
  const afterRequest = (m: ThreadMessage) =>
    m.internetMessageId !== request.internetMessageId && instantOrNaN(m.receivedAt) > instantOrNaN(request.receivedAt);
  let next = c;
  const mine = messages
    .filter(
      (m) => m.fromMe && !Number.isNaN(instantOrNaN(m.sentAt)) && instantOrNaN(m.sentAt) >= instantOrNaN(c.createdAt),
    )
    .sort((a, b) => instantOrNaN(a.sentAt) - instantOrNaN(b.sentAt));
  for (const m of mine) next = recordOwnerReply(next, m.sentAt, ctx);
  const theirs = messages
    .filter((m) => !m.fromMe && !sameEmail(m.from.email, c.owner.email) && afterRequest(m))
    .sort((a, b) => instantOrNaN(b.receivedAt) - instantOrNaN(a.receivedAt))[0];
  if (theirs !== undefined) {
    next = noteCustomerReply(
      next,
      {
        at: new Date(theirs.receivedAt).toISOString(),
        from: { name: theirs.from.name.trim(), email: theirs.from.email.trim() },
        excerpt: replyExcerpt(theirs.preview),
      },
      ctx,
    );
  }
  return next;
}

/** What the owner says the customer's reply meant (one click each; Kept never decides it). */
export type ReplyMeaning =
  | { readonly kind: 'acknowledged' }
  | { readonly kind: 'accepted' }
  | { readonly kind: 'kept-old-date'; readonly recovery: string }
  | { readonly kind: 'rated'; readonly rating: FeedbackRating; readonly comment: string };

export type ReplyMeaningKind = ReplyMeaning['kind'];

/** The meanings that make sense for the commitment as it is: a date proposed, a delivery to rate. */
export function replyMeaningsOffered(c: Commitment): readonly ReplyMeaningKind[] {
  if (c.customerReply === undefined || c.cancelledAt !== undefined) return [];
  const kinds: ReplyMeaningKind[] = [];
  if (actionBlocked(c, 'answer-proposal') === null) kinds.push('accepted', 'kept-old-date');
  if (actionBlocked(c, 'feedback') === null) kinds.push('rated');
  kinds.push('acknowledged');
  return kinds;
}

/** Marks the entries an action appended as recorded from the reply that arrived at `reply`. */
function fromReply(before: Commitment, after: Commitment, reply: Instant): Commitment {
  const added = after.history
    .slice(before.history.length)
    .map((h): HistoryEntry => (h.kind === 'proposal-answered' || h.kind === 'feedback' ? { ...h, reply } : h));
  return { ...after, history: [...after.history.slice(0, before.history.length), ...added] };
}

/**
 * Records what the customer's latest reply meant, with the existing actions (answerProposal,
 * recordFeedback, or "acknowledged"), each entry noting the reply it came from — which answers it.
 */
export function recordReplyMeaning(
  c: Commitment,
  meaning: ReplyMeaning,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const state = customerReplyState(c);
  if (state === undefined) return err([{ field: 'action', message: msg('domain.blocked.noReply') }]);
  const at = state.reply.at;
  const result =
    meaning.kind === 'acknowledged'
      ? recordCustomerAcknowledged(c, ctx)
      : meaning.kind === 'accepted'
        ? answerProposal(c, { answer: 'accepted' }, ctx)
        : meaning.kind === 'kept-old-date'
          ? answerProposal(c, { answer: 'kept-old-date', recovery: meaning.recovery }, ctx)
          : recordFeedback(c, { rating: meaning.rating, comment: meaning.comment }, ctx);
  return result.ok ? ok(fromReply(c, result.value, at)) : result;
}
