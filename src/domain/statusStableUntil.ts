import { addDays, endOfBusinessDay, isValidIsoDate, localDate, zonedInstant } from './calendar';
import { isComplete, type ListedCommitment } from './listed';
import { promiseEndOf, type CommitmentStatus } from './status';
import type { TeamSettings } from './types';

/**
 * The first instant after `now` at which `statusAt(c, settings, t)` may read differently from its
 * answer at `now` (`status`), or what is said of it by the day may change ("late by 2 days", "due
 * this week", "tomorrow"). Until then a status worked out at `now` is still the truth, so a screen
 * computed then may be shown again without reading every commitment first.
 *
 * Deliberately early rather than late: every instant a rule compares `now` against is a candidate
 * (the acknowledgement deadline, the next update, the end of the promised day, each open step's
 * day), and so are the end of today's business day and the next local midnight in the team's zone,
 * where every count by the day moves on. status.property.test.ts checks the promise.
 */
export function statusStableUntil(
  c: ListedCommitment,
  settings: TeamSettings,
  status: CommitmentStatus,
  now: Date,
): number {
  const cal = settings.calendar;
  const nowMs = now.getTime();
  const today = localDate(cal, now);
  let until = zonedInstant(cal, addDays(today, 1), 0).getTime();
  // A list holds closed commitments as their heads (listed.ts): their statuses no longer change.
  if (!status.open || !isComplete(c)) return until;
  // A rule compares `now > instant`: at the instant itself it still reads as before, a millisecond later not.
  const consider = (ms: number | undefined) => {
    if (ms === undefined || ms < nowMs) return;
    until = Math.min(until, ms === nowMs ? nowMs + 1 : ms);
  };
  consider(endOfBusinessDay(cal, today).getTime());
  consider(status.acknowledgeBy?.getTime());
  consider(status.nextUpdateDue?.getTime());
  consider(promiseEndOf(c, cal));
  for (const step of c.steps) {
    if (step.doneAt === undefined && step.dueDate !== undefined && isValidIsoDate(step.dueDate)) {
      consider(endOfBusinessDay(cal, step.dueDate).getTime());
    }
  }
  return until;
}
