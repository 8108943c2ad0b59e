import { endOfBusinessDay } from './calendar';
import { statusAt } from './status';
import type { Commitment, TeamSettings } from './types';

/**
 * When the owner's reminder (the Outlook flag or the To Do task, whichever the team chose) rings and
 * falls due: it rings when the next customer update is due, or at the acknowledgement deadline
 * before the first one; it is due when the promise is (the end of the promised business day).
 * The Graph store writes these into Outlook or To Do, and the demo shows the same.
 */
export interface ReminderTimes {
  readonly reminderAt: Date | undefined;
  readonly promiseDue: Date | undefined;
}

/**
 * What the reminder shows for a commitment with these times: due at the promise (or, without one,
 * when it rings), ringing while the commitment is open, completed once it was delivered or cancelled.
 * The Outlook flag, the To Do task and the demo's list are each this, in their own shape.
 */
export interface ReminderState {
  readonly dueAt?: Date;
  readonly reminderAt?: Date;
  readonly completedAt?: Date;
}

export function reminderState(c: Commitment, times: ReminderTimes): ReminderState {
  const closedAt = c.deliveredAt ?? c.cancelledAt;
  const dueAt = times.promiseDue ?? times.reminderAt;
  const due = dueAt === undefined ? {} : { dueAt };
  if (closedAt !== undefined) return { ...due, completedAt: new Date(closedAt) };
  return times.reminderAt === undefined ? due : { ...due, reminderAt: times.reminderAt };
}

export function reminderTimes(c: Commitment, settings: TeamSettings, now: Date): ReminderTimes {
  const status = statusAt(c, settings, now);
  return {
    reminderAt: status.nextUpdateDue ?? status.acknowledgeBy,
    promiseDue: endOfBusinessDay(settings.calendar, c.promisedDate),
  };
}
