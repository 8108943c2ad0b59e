import { customerReplyWaiting } from './replyRules';
import { closedStatusOf, isClosed, statusAt, type CommitmentStatus } from './status';
import type { Commitment, CommitmentHead, TeamSettings } from './types';

/**
 * A closed commitment as a long list holds it: its head, and the one thing its status reads from its
 * history. A team keeps years of closed commitments and works on its open ones: at 10,000, the plans
 * and histories of closed ones were a quarter of the overview's memory. Its status no longer changes
 * with time, so a list needs nothing more of it; opening it, or a figure that reads histories
 * (metrics, the digest), reads it in full from the store.
 */
export interface ClosedHead extends CommitmentHead {
  readonly customerReplyWaiting: boolean;
}

/** A commitment on a long list: an open one in full, a closed one as its head. */
export type ListedCommitment = Commitment | ClosedHead;

export const isComplete = (c: ListedCommitment): c is Commitment => 'history' in c;

export function listedOf(c: Commitment): ListedCommitment {
  if (!isClosed(c)) return c;
  const { steps: _steps, acceptanceCriteria: _criteria, history: _history, customerReply: _reply, ...head } = c;
  return { ...head, customerReplyWaiting: customerReplyWaiting(c) };
}

/** The status `statusAt` gives the full commitment. */
export function listedStatusAt(c: ListedCommitment, settings: TeamSettings, now: Date): CommitmentStatus {
  return isComplete(c) ? statusAt(c, settings, now) : closedStatusOf(c, settings.calendar, c.customerReplyWaiting);
}
