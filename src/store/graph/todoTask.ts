import { reminderState, type ReminderTimes } from '../../domain/reminders';
import type { Commitment } from '../../domain/types';
import { utc } from './followUp';

/**
 * The owner's Microsoft To Do task for a commitment: the alternative to the Outlook follow-up flag
 * (followUp.ts), with the same instants: due when the promise is (the end of the promised business
 * day), its reminder when the next customer update is due (or the acknowledgement deadline before
 * the first one); each update moves the reminder, delivery or cancellation completes the task.
 * todoTask: https://learn.microsoft.com/graph/api/resources/todotask (dueDateTime, reminderDateTime:
 * dateTimeTimeZone; isReminderOn; status: taskStatus, 'completed' when done);
 * linkedResource: https://learn.microsoft.com/graph/api/resources/linkedresource (applicationName,
 * displayName, externalId, webUrl) ties the task back to the request, and is how Kept finds the task
 * again (todo.ts). Unlike the flag, a task needs no email: a commitment from a meeting or typed in
 * gets one too.
 */
export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

export interface TodoLink {
  readonly applicationName: 'Kept';
  /** The commitment id: unique per commitment, so Kept can find its own task. */
  readonly externalId: string;
  readonly displayName: string;
  readonly webUrl?: string;
}

export interface TodoTaskPlan {
  readonly title: string;
  readonly status: 'notStarted' | 'completed';
  readonly dueDateTime?: DateTimeTimeZone;
  readonly reminderDateTime?: DateTimeTimeZone;
  readonly isReminderOn: boolean;
  readonly completedDateTime?: DateTimeTimeZone;
  readonly link: TodoLink;
}

/** The application name on every linkedResource Kept writes (and looks for). */
export const TODO_APPLICATION = 'Kept';

export function todoTaskFor(c: Commitment, times: ReminderTimes): TodoTaskPlan {
  const webUrl = c.source.kind === 'manual' ? undefined : c.source.webLink;
  const link: TodoLink = {
    applicationName: TODO_APPLICATION,
    externalId: c.id,
    displayName: c.source.kind === 'manual' || c.source.subject.trim() === '' ? c.title : c.source.subject,
    ...(webUrl !== undefined && webUrl !== '' ? { webUrl } : {}),
  };
  const customer = c.customer.name.trim() || c.customer.email;
  const title = customer === '' ? c.title : `${c.title} · ${customer}`;
  const state = reminderState(c, times);
  const due = state.dueAt?.toISOString();
  if (state.completedAt !== undefined)
    return {
      title,
      status: 'completed',
      ...(due !== undefined ? { dueDateTime: utc(due) } : {}),
      isReminderOn: false,
      completedDateTime: utc(state.completedAt.toISOString()),
      link,
    };
  const reminderAt = state.reminderAt?.toISOString();
  return {
    title,
    status: 'notStarted',
    ...(due !== undefined ? { dueDateTime: utc(due) } : {}),
    ...(reminderAt !== undefined ? { reminderDateTime: utc(reminderAt) } : {}),
    isReminderOn: reminderAt !== undefined,
    link,
  };
}

/**
 * A task for a commitment this user no longer owns (reassigned): completed in their To Do, so it
 * stops reminding them; the new owner's Kept makes theirs.
 */
export function handedOver(plan: TodoTaskPlan, at: Date): TodoTaskPlan {
  const { reminderDateTime: _reminder, ...rest } = plan;
  return { ...rest, status: 'completed', isReminderOn: false, completedDateTime: utc(at.toISOString()) };
}

/** The PATCH body (todotask-update): the task's own properties, never its linked resources. */
export function todoTaskPatch(plan: TodoTaskPlan) {
  const { link: _link, ...properties } = plan;
  return properties;
}

/** The POST body (todotasklist-post-tasks): linked resources may be created with the task. */
export const todoTaskPost = (plan: TodoTaskPlan) => ({
  ...todoTaskPatch(plan),
  linkedResources: [plan.link],
});
