import { reminderState, type ReminderTimes } from '../../domain/reminders';
import type { Commitment } from '../../domain/types';
import type { FollowUpFlag } from './mirror';

/**
 * The Outlook follow-up flag on the request email, so Outlook's own reminders and To Do's
 * "Flagged email" list remind the owner with no backend of ours: the flag is due when the promise is
 * (the end of the promised business day), and its reminder rings when the next customer update is
 * due (or the acknowledgement deadline before the first one); each update moves the reminder, and
 * delivery or cancellation completes the flag and turns the reminder off.
 * followupFlag: https://learn.microsoft.com/graph/api/resources/followupflag (a due date needs a
 * start date too, or Graph answers 400). The flag has no reminder of its own: Outlook keeps it in the
 * message's MAPI properties, written as single-value extended properties in the same PATCH
 * (https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties,
 * ids as in https://learn.microsoft.com/graph/api/resources/singlevaluelegacyextendedproperty):
 * PidLidReminderSet (PSETID_Common 0x8503) and PidLidReminderSignalTime (0x8560), [MS-OXPROPS].
 */
export interface FlagPlan {
  readonly flag: FollowUpFlag;
  /** When Outlook reminds the owner; null: no reminder (closed). */
  readonly reminderAt: string | null;
}

/** A Graph dateTimeTimeZone in UTC, as Outlook and To Do write it (no offset, no milliseconds). */
export const utc = (instant: string) => ({
  dateTime: instant.replace(/Z$/, '').replace(/\.\d{3}$/, ''),
  timeZone: 'UTC',
});

const PSETID_COMMON = '{00062008-0000-0000-C000-000000000046}';
export const REMINDER_SET = `Boolean ${PSETID_COMMON} Id 0x8503`;
export const REMINDER_SIGNAL_TIME = `SystemTime ${PSETID_COMMON} Id 0x8560`;

export function followUpFlagFor(c: Commitment, times: ReminderTimes): FlagPlan | undefined {
  if (c.source.kind !== 'email' || c.source.itemId === undefined || c.source.itemId === '') return undefined;
  const state = reminderState(c, times);
  if (state.completedAt !== undefined)
    return {
      flag: { flagStatus: 'complete', completedDateTime: utc(state.completedAt.toISOString()) },
      reminderAt: null,
    };
  const reminderAt = state.reminderAt?.toISOString() ?? null;
  const due = state.dueAt?.toISOString();
  if (due === undefined) return { flag: { flagStatus: 'flagged' }, reminderAt };
  const start = c.createdAt < due ? new Date(c.createdAt).toISOString() : due;
  return { flag: { flagStatus: 'flagged', startDateTime: utc(start), dueDateTime: utc(due) }, reminderAt };
}

/** The reminder as the message's extended properties (sent with the flag). */
export function reminderProperties(reminderAt: string | null): readonly { id: string; value: string }[] {
  return reminderAt === null
    ? [{ id: REMINDER_SET, value: 'false' }]
    : [
        { id: REMINDER_SET, value: 'true' },
        { id: REMINDER_SIGNAL_TIME, value: reminderAt },
      ];
}

/** Two reminder plans (a flag, a To Do task) ask Graph for the same thing: nothing to send. */
export const samePlan = <T>(a: T | undefined, b: T | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
