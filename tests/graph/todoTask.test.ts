import { describe, expect, it } from 'vitest';
import { followUpFlagFor } from '../../src/store/graph/followUp';
import { handedOver, todoTaskFor, todoTaskPatch, todoTaskPost } from '../../src/store/graph/todoTask';
import { aCommitment, anEmailSource } from '../fixtures/commitments';

const reminderAt = new Date('2026-11-04T16:00:00.000Z');
const promiseDue = new Date('2026-11-20T17:00:00.000Z');

describe('the To Do task plan', () => {
  it('is due at the promise and reminds at the next update, the same instants as the Outlook flag', () => {
    const c = aCommitment({ source: anEmailSource({ itemId: 'AAMk1' }) });
    const plan = todoTaskFor(c, { reminderAt, promiseDue });
    expect(plan).toMatchObject({
      status: 'notStarted',
      dueDateTime: { dateTime: '2026-11-20T17:00:00', timeZone: 'UTC' },
      reminderDateTime: { dateTime: '2026-11-04T16:00:00', timeZone: 'UTC' },
      isReminderOn: true,
    });
    const flag = followUpFlagFor(c, { reminderAt, promiseDue });
    expect(plan.dueDateTime).toEqual(flag?.flag.dueDateTime);
    expect(flag?.reminderAt).toBe(reminderAt.toISOString());
  });

  it('links back to the request by the commitment id, with the email’s link when there is one', () => {
    const email = aCommitment({
      source: anEmailSource({ webLink: 'https://outlook.office.com/mail/id/x', subject: 'Badge' }),
    });
    expect(todoTaskFor(email, { reminderAt, promiseDue }).link).toEqual({
      applicationName: 'Kept',
      externalId: email.id,
      displayName: 'Badge',
      webUrl: 'https://outlook.office.com/mail/id/x',
    });
    const typed = aCommitment({ source: { kind: 'manual' }, title: 'Typed in' });
    expect(todoTaskFor(typed, { reminderAt, promiseDue }).link).toEqual({
      applicationName: 'Kept',
      externalId: typed.id,
      displayName: 'Typed in',
    });
  });

  it('names the commitment and its customer in the title', () => {
    const c = aCommitment({ title: 'Replace the badge reader' });
    expect(todoTaskFor(c, { reminderAt, promiseDue }).title).toBe(`Replace the badge reader · ${c.customer.name}`);

    const nameless = aCommitment({ title: 'Badge', customer: { name: '', email: 'priya@fabrikam.example' } });
    expect(todoTaskFor(nameless, { reminderAt, promiseDue }).title).toBe('Badge · priya@fabrikam.example');
    const noSubject = aCommitment({ title: 'From a blank email', source: anEmailSource({ subject: ' ' }) });
    expect(todoTaskFor(noSubject, { reminderAt, promiseDue }).link.displayName).toBe('From a blank email');
  });

  it('has no reminder when nothing is due, and falls back to the reminder as the due date without a promise', () => {
    const c = aCommitment();
    expect(todoTaskFor(c, { reminderAt: undefined, promiseDue })).toMatchObject({ isReminderOn: false });
    expect(todoTaskFor(c, { reminderAt: undefined, promiseDue }).reminderDateTime).toBeUndefined();
    expect(todoTaskFor(c, { reminderAt, promiseDue: undefined }).dueDateTime?.dateTime).toBe('2026-11-04T16:00:00');
  });

  it('is completed, without a reminder, once delivered or cancelled', () => {
    for (const closed of [
      aCommitment({ deliveredAt: '2026-11-10T12:30:00.000Z' }),
      aCommitment({ cancelledAt: '2026-11-10T12:30:00.000Z' }),
    ]) {
      const plan = todoTaskFor(closed, { reminderAt, promiseDue });
      expect(plan).toMatchObject({
        status: 'completed',
        isReminderOn: false,
        completedDateTime: { dateTime: '2026-11-10T12:30:00', timeZone: 'UTC' },
      });
      expect(plan.reminderDateTime).toBeUndefined();
    }
  });

  it('completes the task of an owner who handed the commitment over', () => {
    const plan = handedOver(todoTaskFor(aCommitment(), { reminderAt, promiseDue }), new Date('2026-11-05T08:00:00Z'));
    expect(plan).toMatchObject({ status: 'completed', isReminderOn: false });
    expect(plan.reminderDateTime).toBeUndefined();
  });

  it('sends the linked resource only with the POST (a PATCH cannot write a navigation property)', () => {
    const plan = todoTaskFor(aCommitment(), { reminderAt, promiseDue });
    expect(todoTaskPost(plan).linkedResources).toEqual([plan.link]);
    expect(todoTaskPatch(plan)).not.toHaveProperty('linkedResources');
    expect(todoTaskPatch(plan)).not.toHaveProperty('link');
  });
});
