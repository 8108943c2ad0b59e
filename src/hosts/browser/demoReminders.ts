/**
 * The demo's Outlook and To Do: what the owner's reminders would be for the commitments they own,
 * worked out from the team's reminder setting with the same instants the Graph store writes
 * (domain/reminders.ts). Nothing is stored: the reminders follow each saved change, as the Graph
 * store's outbox moves the real flag or task.
 */
import { reminderState, reminderTimes } from '../../domain/reminders';
import type { Commitment, Person, TeamSettings } from '../../domain/types';

export interface DemoReminder {
  readonly commitmentId: string;
  readonly title: string;
  /** Where it would be: a To Do task, or the Outlook flag on the request email. */
  readonly kind: 'todo' | 'flag';
  readonly dueAt?: Date;
  readonly reminderAt?: Date;
  readonly completedAt?: Date;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The reminders `me` has, open ones first (soonest reminder first), then completed ones. */
export function demoReminders(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  me: Person,
  now: Date,
): DemoReminder[] {
  const choice = settings.followUpReminders;
  if (choice === 'off') return [];
  const rows = commitments
    .filter((c) => same(c.owner.email, me.email))
    // A flag needs the request email; a To Do task does not.
    .filter((c) => choice === 'todoTask' || c.source.kind === 'email')
    .map((c): DemoReminder => ({
      commitmentId: c.id,
      title: c.title,
      kind: choice === 'todoTask' ? 'todo' : 'flag',
      ...reminderState(c, reminderTimes(c, settings, now)),
    }));
  const key = (r: DemoReminder) =>
    r.completedAt !== undefined ? Infinity : (r.reminderAt ?? r.dueAt ?? new Date(8.64e15)).getTime();
  return rows.sort((a, b) => key(a) - key(b));
}
