import type { Commitment } from '../../domain/types';
import type { FollowUpFlag } from './mirror';

/**
 * The Outlook follow-up flag on the request email, so Outlook's own reminders and To Do's
 * "Flagged email" list remind the owner with no backend of ours. Due = the next customer update
 * (or the acknowledgement deadline before the first one); complete once delivered or cancelled.
 * followupFlag: https://learn.microsoft.com/graph/api/resources/followupflag (a due date needs a
 * start date too, or Graph answers 400).
 */
const utc = (instant: string) => ({ dateTime: instant.replace(/Z$/, '').replace(/\.\d{3}$/, ''), timeZone: 'UTC' });

export function followUpFlagFor(c: Commitment, dueAt: Date | undefined): FollowUpFlag | undefined {
  if (c.source.kind !== 'email' || c.source.itemId === undefined || c.source.itemId === '') return undefined;
  const closedAt = c.deliveredAt ?? c.cancelledAt;
  if (closedAt !== undefined)
    return { flagStatus: 'complete', completedDateTime: utc(new Date(closedAt).toISOString()) };
  if (dueAt === undefined) return { flagStatus: 'flagged' };
  const due = dueAt.toISOString();
  const start = c.createdAt < due ? new Date(c.createdAt).toISOString() : due;
  return { flagStatus: 'flagged', startDateTime: utc(start), dueDateTime: utc(due) };
}

export const sameFlag = (a: FollowUpFlag | undefined, b: FollowUpFlag | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
