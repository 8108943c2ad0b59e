import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentId, historyId, stepId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import type { HostItem } from '../../hosts/HostContext';
import { createLocalStore } from '../../store/local';
import { StoreError, type CommitmentStore } from '../../store/Store';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from './EmailPane';

type Email = Extract<HostItem, { kind: 'email' }>;

// Wednesday 25 Nov 2026, 10:00 UTC.
const NOW = new Date('2026-11-25T10:00:00Z');

const email: Email = {
  kind: 'email',
  internetMessageId: '<ask-1@contoso.example>',
  conversationId: 'conv-1',
  itemId: 'item-1',
  subject: 'Refresh the revenue dashboard',
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [],
  receivedAt: '2026-11-25T08:00:00.000Z',
};

function commitmentFor(source: Email, overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: commitmentId(`c-${source.itemId}`),
    version: 1,
    teamId: TEST_TEAM,
    title: `Promise for ${source.subject}`,
    customer: source.from,
    owner: { name: 'Avery Owner', email: 'avery@contoso.example' },
    source: {
      kind: 'email',
      internetMessageId: source.internetMessageId,
      conversationId: source.conversationId,
      itemId: source.itemId,
      subject: source.subject,
      receivedAt: source.receivedAt,
    },
    requestedAt: source.receivedAt,
    steps: [
      { id: stepId('s1'), text: 'Find the failing job', dueDate: '2026-11-26' },
      { id: stepId('s2'), text: 'Fix the refresh', dueDate: '2026-11-30' },
    ],
    acceptanceCriteria: 'The dashboard shows this month.',
    targetDate: '2026-12-01',
    promisedDate: '2026-12-03',
    updateCadenceDays: 5,
    history: [
      { id: historyId('h1'), at: source.receivedAt, by: { name: 'Avery', email: 'a@c.example' }, kind: 'created' },
    ],
    createdAt: source.receivedAt,
    updatedAt: source.receivedAt,
    ...overrides,
  };
}

let store: ReturnType<typeof createLocalStore>;

beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
});
afterEach(() => store.close());

function renderPane(item: Email = email, s: CommitmentStore = store) {
  const services = testServices({ store: s, now: NOW, item });
  renderWithServices(<EmailPane email={item} />, services);
  return services;
}

describe('EmailPane: a new request', () => {
  it('prefills the form from the email and says which fields need attention', async () => {
    const user = userEvent.setup();
    renderPane();
    const title = await screen.findByRole('textbox', { name: /what you promise/i });
    expect(title).toHaveProperty('value', 'Refresh the revenue dashboard');
    expect(screen.getByRole('textbox', { name: /customer email/i })).toHaveProperty('value', 'priya@contoso.example');
    expect(screen.getByRole('textbox', { name: /customer name/i })).toHaveProperty('value', 'Priya Raman');

    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save commitment' }));
    expect(await screen.findByText('Give the commitment a title, for example what was asked for.')).toBeTruthy();
    expect(screen.getAllByText('Choose a date.')).toHaveLength(2);
    expect(await store.list()).toHaveLength(0);
  });

  it('saves a commitment with a plan, tags the email and shows it', async () => {
    const user = userEvent.setup();
    const services = renderPane();
    await screen.findByRole('textbox', { name: /what you promise/i });
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.type(screen.getByRole('textbox', { name: 'Step 1: what' }), 'Find the failing job');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.type(screen.getByRole('textbox', { name: 'Step 2: what' }), 'Fix it');
    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Step 1: what' })).toHaveProperty('value', 'Fix it');
    await user.type(screen.getByLabelText('Target date', { exact: false, selector: 'input' }), '2026-12-01');
    await user.type(screen.getByLabelText('Promised date', { exact: false, selector: 'input' }), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Save commitment' }));
    expect(await screen.findByText(/promised date is before your target date/i)).toBeTruthy();

    await user.clear(screen.getByLabelText('Promised date', { exact: false, selector: 'input' }));
    await user.type(screen.getByLabelText('Promised date', { exact: false, selector: 'input' }), '2026-12-03');
    await user.click(screen.getByRole('button', { name: 'Save commitment' }));

    expect(await screen.findByRole('heading', { name: 'Refresh the revenue dashboard', level: 2 })).toBeTruthy();
    const saved = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.steps.map((s) => s.text)).toEqual(['Fix it', 'Find the failing job']);
    expect(saved[0]?.promisedDate).toBe('2026-12-03');
    expect(services.host.categoriesOf(email.internetMessageId)).toContain('Kept');
    expect(screen.getByRole('checkbox', { name: 'Fix it' })).toBeTruthy();
    expect(localStorage.getItem(`kept.draft.${email.internetMessageId}`)).toBeNull();
  });

  it('suggests a promised date from the target and uses it on request', async () => {
    const user = userEvent.setup();
    renderPane();
    await screen.findByRole('textbox', { name: /what you promise/i });
    await user.type(screen.getByLabelText('Target date', { exact: false, selector: 'input' }), '2026-12-01');
    const use = await screen.findByRole('button', { name: /^Use / });
    await user.click(use);
    expect(screen.getByLabelText('Promised date', { exact: false, selector: 'input' })).not.toHaveProperty('value', '');
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
  });

  it('never suggests a promise in the past, even for a past target (item 7)', async () => {
    const user = userEvent.setup();
    renderPane();
    await screen.findByRole('textbox', { name: /what you promise/i });
    // Today is Wednesday 25 Nov; a target of Monday 2 Nov has passed.
    await user.type(screen.getByLabelText('Target date', { exact: false, selector: 'input' }), '2026-11-02');
    const note = await screen.findByRole('note', { name: 'Suggested promised date' });
    expect(within(note).getByText(/has passed, so the buffer counts from today/)).toBeTruthy();
    await user.click(within(note).getByRole('button', { name: /^Use / }));
    const promised = screen.getByLabelText('Promised date', { exact: false, selector: 'input' }) as HTMLInputElement;
    expect(promised.value >= '2026-11-25').toBe(true);
  });

  it('flags a promise after the date the customer needs it by, before saving (missing rule: needed by)', async () => {
    const user = userEvent.setup();
    renderPane();
    await screen.findByRole('textbox', { name: /what you promise/i });
    await user.type(screen.getByLabelText('Needed by', { exact: false, selector: 'input' }), '2026-12-03');
    await user.type(screen.getByLabelText('Target date', { exact: false, selector: 'input' }), '2026-12-02');
    const note = await screen.findByRole('note', { name: 'Suggested promised date' });
    expect(within(note).getByText(/after .*3 Dec.*, the date the customer needs it by/)).toBeTruthy();
    await user.type(screen.getByLabelText('Promised date', { exact: false, selector: 'input' }), '2026-12-07');
    expect(
      await screen.findByText(/This promise \(.*7 Dec\) is after .*3 Dec, the date the customer needs it by/),
    ).toBeTruthy();
  });

  it('keeps what was typed across a reload until it is saved or discarded', async () => {
    const user = userEvent.setup();
    const first = renderPane();
    const title = await screen.findByRole('textbox', { name: /what you promise/i });
    await user.clear(title);
    await user.type(title, 'Typed before the pane closed');
    first.host.selectItem(undefined);
    // Unmount and render again, as a reload would.
    document.body.innerHTML = '';
    renderPane();
    expect(await screen.findByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Typed before the pane closed',
    );
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Refresh the revenue dashboard',
    );
    expect(localStorage.getItem(`kept.draft.${email.internetMessageId}`)).toBeNull();
  });

  it('offers a commitment made on an earlier email of the same conversation', async () => {
    const user = userEvent.setup();
    const earlier: Email = { ...email, internetMessageId: '<earlier@contoso.example>', itemId: 'item-0' };
    await store.create({ ...commitmentFor(earlier), version: 0 });
    renderPane();
    expect(await screen.findByText(/an earlier email in this conversation already has a commitment/i)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open it' }));
    expect(await screen.findByRole('heading', { name: 'Promise for Refresh the revenue dashboard' })).toBeTruthy();
  });
});

describe('EmailPane: an email with commitments', () => {
  it('records the shared plan only once the user says it was sent, and says how Kept knows (item 5)', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Share plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    expect((within(dialog).getByRole('textbox') as HTMLTextAreaElement).value).toContain('Find the failing job');
    // A draft that merely opened records nothing and acknowledges nothing.
    const stored = async () =>
      (await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId }))[0];
    expect((await stored())?.history.map((h) => h.kind)).toEqual(['created']);
    expect((await stored())?.acknowledgedAt).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('group', { name: 'Did you send the plan to Priya Raman?' });
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    expect((await stored())?.history.map((h) => h.kind)).toEqual(['created']);
    await user.click(within(question).getByRole('button', { name: 'Yes, I sent it' }));
    await waitFor(async () => expect((await stored())?.history.map((h) => h.kind)).toEqual(['created', 'plan-shared']));
    expect((await stored())?.history.at(-1)).toMatchObject({ sent: { via: 'user' } });
    expect((await stored())?.acknowledgedAt).toBe(NOW.toISOString());
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/Sent, as Avery Chen confirmed/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Share plan again' })).toBeTruthy();
  });

  it('records nothing when the user says the message was not sent, and keeps what they typed (item 5)', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Send update' }));
    const form = await screen.findByRole('form', { name: 'Send an update' });
    await user.type(within(form).getByRole('textbox', { name: /note for the customer/i }), 'Halfway there');
    await user.click(within(form).getByRole('button', { name: 'Open update draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('group', { name: 'Did you send the update to Priya Raman?' });
    await user.click(within(question).getByRole('button', { name: 'No, not sent' }));
    const again = await screen.findByRole('form', { name: 'Send an update' });
    expect(within(again).getByRole('textbox', { name: /note for the customer/i })).toHaveProperty(
      'value',
      'Halfway there',
    );
    const [c] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
    expect(c?.history.map((h) => h.kind)).toEqual(['created']);
    expect(c?.acknowledgedAt).toBeUndefined();
  });

  it('Escape closes an action form as Close does: the focus back on its button, what was typed kept', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    const button = await screen.findByRole('button', { name: 'Send update' });
    await user.click(button);
    const form = await screen.findByRole('form', { name: 'Send an update' });
    await user.type(within(form).getByRole('textbox', { name: /note for the customer/i }), 'Halfway there');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Send an update' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    await user.click(button);
    const again = await screen.findByRole('form', { name: 'Send an update' });
    expect(within(again).getByRole('textbox', { name: /note for the customer/i })).toHaveProperty(
      'value',
      'Halfway there',
    );
  });

  it('records an update when Outlook shows the reply in Sent Items, at the time it was sent (item 5)', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    const sent: { id: string; conversationId: string; sentAt: string; subject: string }[] = [];
    const asked: [string, string][] = [];
    const outlookLike = testServices({ store, now: NOW, item: email }).host;
    const host = {
      ...outlookLike,
      openDraft: async () => 'opened' as const,
      mailbox: {
        sentInConversation: async (conversationId: string, since: string) => {
          asked.push([conversationId, since]);
          return sent;
        },
        // Not the owner's pane (Avery Chen, the owner is Avery Owner): the thread is not read.
        threadSince: async () => {
          throw new Error('the thread is read only in the owner’s pane');
        },
      },
    };
    renderWithServices(<EmailPane email={email} />, { ...testServices({ store, now: NOW, item: email }), host });
    await user.click(await screen.findByRole('button', { name: 'Send update' }));
    const form = await screen.findByRole('form', { name: 'Send an update' });
    await user.click(within(form).getByRole('button', { name: 'Open update draft' }));
    const waiting = await screen.findByRole('group', {
      name: 'Send the update in Outlook. Kept records it when the reply appears in Sent Items.',
    });
    await user.click(within(waiting).getByRole('button', { name: 'Check Sent Items' }));
    expect(await within(waiting).findByText('Not in Sent Items yet.')).toBeTruthy();
    expect(asked.at(-1)?.[0]).toBe('conv-1');
    const [before] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
    expect(before?.history.map((h) => h.kind)).toEqual(['created']);
    sent.push({ id: 'm1', conversationId: 'conv-1', sentAt: '2026-11-25T10:04:00.000Z', subject: 'Re: Refresh' });
    await user.click(within(waiting).getByRole('button', { name: 'Check Sent Items' }));
    await waitFor(async () => {
      const [c] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
      expect(c?.history.at(-1)).toMatchObject({
        kind: 'update-sent',
        at: '2026-11-25T10:04:00.000Z',
        sent: { via: 'sent-items', at: '2026-11-25T10:04:00.000Z' },
      });
    });
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/Seen in Sent Items/)).toBeTruthy();
  });

  it('keeps a date proposed in a concern apart from the promise until the customer’s answer is recorded (item 4)', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Raise concern' }));
    const form = await screen.findByRole('form', { name: 'Raise a concern' });
    await user.click(within(form).getByRole('button', { name: 'Open concern draft' }));
    expect(await within(form).findByText('Say what is at risk.')).toBeTruthy();
    expect(within(form).getByText(/Describe the recovery action/)).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /what is at risk/i }), 'The source system is down');
    await user.type(within(form).getByRole('textbox', { name: /recovery action/i }), 'Switch to the replica');
    await user.type(within(form).getByRole('textbox', { name: 'Option 1' }), 'Partial data now');
    await user.type(within(form).getByLabelText(/proposed new date/i), '2026-12-08');
    await user.click(within(form).getByRole('button', { name: 'Open concern draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    expect((within(dialog).getByRole('textbox') as HTMLTextAreaElement).value).toMatch(/or whether you need to keep/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, I sent it' }));
    const stored = async () =>
      (await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId }))[0];
    await waitFor(async () =>
      expect((await stored())?.history.map((h) => h.kind)).toEqual(['created', 'concern-raised']),
    );
    expect((await stored())?.promisedDate).toBe('2026-12-03');
    // The screen says the same once it shows the stored change (the promise was on screen before it):
    // promised as before, the new date only proposed, and at risk.
    expect(await screen.findByText(/Tue, 8 Dec 2026, waiting for the customer’s answer/)).toBeTruthy();
    expect(screen.getByText('Thu, 3 Dec 2026')).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Record the customer’s answer' }));
    const answer = await screen.findByRole('form', { name: 'The customer’s answer' });
    await user.click(within(answer).getByRole('radio', { name: /Accepted Tue, 8 Dec 2026/ }));
    await user.click(within(answer).getByRole('button', { name: 'Record the answer' }));
    await waitFor(async () => expect((await stored())?.promisedDate).toBe('2026-12-08'));
    expect((await stored())?.history.map((h) => h.kind)).toEqual([
      'created',
      'concern-raised',
      'proposal-answered',
      'renegotiated',
    ]);
  });

  it('lists several commitments of one email and opens one', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    await store.create({ ...commitmentFor(email, { id: commitmentId('c-2'), title: 'Second ask' }), version: 0 });
    renderPane();
    expect(await screen.findByRole('heading', { name: '2 commitments on this email' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Second ask' }));
    expect(await screen.findByRole('heading', { name: 'Second ask', level: 2 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add another commitment' })).toBeTruthy();
  });

  it('ticks a step and records it in the history', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    const step = await screen.findByRole('checkbox', { name: 'Find the failing job' });
    await user.click(step);
    await waitFor(async () => {
      const [c] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
      expect(c?.steps[0]?.doneAt).toBe(NOW.toISOString());
    });
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/completed “Find the failing job”/)).toBeTruthy();
  });

  it('shows why it is at risk and when the next update is due', async () => {
    await store.create({
      ...commitmentFor(email, {
        acknowledgedAt: '2026-11-25T09:00:00.000Z',
        flaggedAtRisk: { note: 'Vendor is late', at: '2026-11-25T09:00:00.000Z' },
      }),
      version: 0,
    });
    renderPane();
    expect(await screen.findByText('At risk')).toBeTruthy();
    expect(screen.getByText('Flagged at risk: Vendor is late')).toBeTruthy();
    expect(screen.getByText('Next update')).toBeTruthy();
  });

  it('says so on a conflict and keeps the text typed into the action form', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    const conflicting: CommitmentStore = {
      ...store,
      update: async (next) => {
        throw new StoreError('conflict', 'stale', { current: next });
      },
    };
    renderPane(email, conflicting);
    await user.click(await screen.findByRole('button', { name: 'Flag at risk' }));
    await user.type(screen.getByRole('textbox', { name: /what worries you/i }), 'The vendor is late');
    const form = await screen.findByRole('form', { name: 'Flag at risk' });
    await user.click(within(form).getByRole('button', { name: 'Flag at risk' }));
    expect(await screen.findByText(/someone else changed this commitment/i)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /what worries you/i })).toHaveProperty('value', 'The vendor is late');
  });

  it('keeps a delivered commitment closed: its steps cannot be unticked (item 6)', async () => {
    const ticked = commitmentFor(email).steps.map((st) => ({ ...st, doneAt: '2026-11-24T09:00:00.000Z' }));
    await store.create({
      ...commitmentFor(email, { steps: ticked, deliveredAt: '2026-11-25T09:00:00.000Z' }),
      version: 0,
    });
    renderPane();
    const step = await screen.findByRole('checkbox', { name: 'Find the failing job' });
    expect((step as HTMLInputElement).checked).toBe(true);
    expect((step as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('records feedback after delivery', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email, { deliveredAt: '2026-11-25T09:00:00.000Z' }), version: 0 });
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Record feedback' }));
    const form = await screen.findByRole('form', { name: 'Record feedback' });
    await user.click(within(form).getByRole('button', { name: 'Save feedback' }));
    expect(await screen.findByText('Choose a rating from 1 to 5.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '4 of 5' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Quick and clear');
    await user.click(within(form).getByRole('button', { name: 'Save feedback' }));
    await waitFor(async () => {
      const [c] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
      expect(c?.feedback).toMatchObject({ rating: 4, comment: 'Quick and clear' });
    });
    expect(await screen.findByText(/Customer feedback: 4 of 5/)).toBeTruthy();
  });

  it('cancels with the customer’s agreement noted', async () => {
    const user = userEvent.setup();
    await store.create({ ...commitmentFor(email), version: 0 });
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Cancel commitment' }));
    const form = await screen.findByRole('form', { name: 'Cancel the commitment' });
    await user.click(within(form).getByRole('button', { name: 'Cancel commitment' }));
    expect(await screen.findByText('Give the reason for cancelling.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /reason/i }), 'No longer needed');
    await user.click(within(form).getByRole('checkbox', { name: 'Priya Raman agreed to cancel' }));
    await user.click(within(form).getByRole('button', { name: 'Cancel commitment' }));
    await act(async () => {
      await waitFor(async () => {
        const [c] = await store.findBySource({ kind: 'email', internetMessageId: email.internetMessageId });
        expect(c?.cancelledAt).toBeDefined();
      });
    });
    expect(await screen.findByText(/cancelled with the customer’s agreement: No longer needed/)).toBeTruthy();
  });
});
