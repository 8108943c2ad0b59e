import {
  actionBlocked,
  deliver,
  raiseConcern,
  recordUpdate,
  requestSignOff,
  sharePlan,
  type ActionContext,
  type ConcernInput,
  type UpdateInput,
} from './actions';
import { msg } from './i18n';
import { err, ok, type Result } from './result';
import type { Commitment, Person, SentProof, TeamSettings } from './types';
import type { FieldError } from './validation';

/**
 * The actions that are a message: the surfaces draft it, the user sends it, and only then is it
 * recorded ("recorded when sent"). Plain data, so a message waiting to be seen in Sent Items can be
 * kept while the pane is closed and recorded when it comes back.
 */
export type MessageAction =
  | { readonly kind: 'share' }
  | { readonly kind: 'update'; readonly update: UpdateInput }
  | { readonly kind: 'concern'; readonly concern: ConcernInput }
  | { readonly kind: 'deliver'; readonly note: string }
  | { readonly kind: 'sign-off-request' };

export type MessageActionKind = MessageAction['kind'];

/** Records a message action that was sent; the same checks as before it was drafted, on the commitment as it is now. */
export function recordSentMessage(
  c: Commitment,
  action: MessageAction,
  settings: TeamSettings,
  ctx: ActionContext,
  sent: SentProof,
): Result<Commitment, FieldError[]> {
  switch (action.kind) {
    case 'share': {
      const blocked = actionBlocked(c, 'share');
      return blocked ? err([{ field: 'action', message: blocked }]) : ok(sharePlan(c, ctx, sent));
    }
    case 'update':
      return recordUpdate(c, action.update, ctx, sent);
    case 'concern':
      return raiseConcern(c, action.concern, settings, ctx, sent);
    case 'deliver':
      return deliver(c, action.note, ctx, sent);
    case 'sign-off-request':
      return requestSignOff(c, ctx, sent);
  }
}

/** The messages beside the fields before anything is drafted: the action run on a throwaway context. */
export function checkMessageAction(
  c: Commitment,
  action: MessageAction,
  settings: TeamSettings,
  ctx: ActionContext,
): readonly FieldError[] {
  const result = recordSentMessage(c, action, settings, ctx, { via: 'user' });
  return result.ok ? [] : result.error;
}

/** Who the message goes to: the checker for a sign-off request, the customer otherwise. */
export function messageRecipient(c: Commitment, action: MessageAction): Person {
  return action.kind === 'sign-off-request' && c.checker !== undefined ? c.checker : c.customer;
}

/** A message to the customer on an email request replies in its thread; to the checker it is a new message. */
export const repliesInThread = (c: Commitment, action: MessageAction): boolean =>
  c.source.kind === 'email' && action.kind !== 'sign-off-request';

/** What the "Sent?" question and the waiting note call the message. */
export const messageActionName = (action: MessageAction) => msg(`domain.message.${action.kind}`);
