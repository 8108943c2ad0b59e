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

export function reminderTimes(c: Commitment, settings: TeamSettings, now: Date): ReminderTimes {
  const status = statusAt(c, settings, now);
  return {
    reminderAt: status.nextUpdateDue ?? status.acknowledgeBy,
    promiseDue: endOfBusinessDay(settings.calendar, c.promisedDate),
  };
}
