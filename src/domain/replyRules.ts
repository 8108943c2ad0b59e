import type { Commitment, CustomerReply, HistoryEntry, Instant } from './types';
import { instantOrNaN } from './instant';

/**
 * When a customer's reply counts as answered (the status rule behind "Customer replied, not yet
 * answered"; each rule is tested in replyRules.test.ts):
 * - a message from the owner to the customer after the reply arrived: the plan shared, an update,
 *   a concern, the delivery note, a reply in the thread, an acknowledgement; or
 * - a meaning recorded for that reply (or a later one): acknowledged, the proposed date accepted or
 *   the old date kept, the delivery rated.
 * Kept never decides what a reply means: only the owner's own message or their recorded meaning
 * answers it. A cancelled commitment waits for nobody.
 */
export interface ReplyState {
  readonly reply: CustomerReply;
  readonly answered: boolean;
}

/** The history entries that are a message from the owner to the customer. */
export function isMessageToCustomer(entry: HistoryEntry): boolean {
  switch (entry.kind) {
    case 'acknowledged':
    case 'plan-shared':
    case 'update-sent':
    case 'concern-raised':
    case 'replied':
      return true;
    case 'delivered':
      return entry.sent !== undefined;
    default:
      return false;
  }
}

/** The reply a recorded meaning is about, for the entries that record one. */
export function meaningOf(entry: HistoryEntry): Instant | undefined {
  switch (entry.kind) {
    case 'customer-acknowledged':
      return entry.reply;
    case 'proposal-answered':
    case 'feedback':
      return entry.reply;
    default:
      return undefined;
  }
}

export function customerReplyState(c: Commitment): ReplyState | undefined {
  const reply = c.customerReply;
  if (reply === undefined) return undefined;
  const arrived = instantOrNaN(reply.at);
  const answered = c.history.some((entry) => {
    const meant = meaningOf(entry);
    if (meant !== undefined) return instantOrNaN(meant) >= arrived;
    return isMessageToCustomer(entry) && instantOrNaN(entry.at) > arrived;
  });
  return { reply, answered };
}

/** The customer's latest reply is waiting for the owner (what the overview's lane counts). */
export const customerReplyWaiting = (c: Commitment): boolean =>
  c.cancelledAt === undefined && customerReplyState(c)?.answered === false;
