import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentId, historyId, stepId } from '../../domain/ids';
import type { Commitment, HistoryEntry } from '../../domain/types';
import type { HostItem } from '../../hosts/HostContext';
import { createLocalStore } from '../../store/local';
import { StoreError, type CommitmentStore } from '../../store/Store';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from './EmailPane';

// The part that shows someone else's save loads on demand: a busy machine may take a while.
const LOADED = { timeout: 10_000 };

type Email = Extract<HostItem, { kind: 'email' }>;

// Wednesday 25 Nov 2026, 10:00 UTC.
const NOW = new Date('2026-11-25T10:00:00Z');
const EDIT_KEY = 'kept.draft.c-1.edit';

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

const avery = { name: 'Avery Owner', email: 'avery@contoso.example' };
const entry = (id: string, body: Record<string, unknown> & { kind: HistoryEntry['kind'] }): HistoryEntry =>
  ({ id: historyId(id), at: email.receivedAt, by: avery, ...body }) as HistoryEntry;

/** At version 0: the store makes it version 1. The first step is ticked, the second has a named owner. */
function saved(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: commitmentId('c-1'),
    version: 0,
    teamId: TEST_TEAM,
    title: 'Dashboard refresh fixed',
    customer: email.from,
    owner: avery,
    source: {
      kind: 'email',
      internetMessageId: email.internetMessageId,
      conversationId: email.conversationId,
      itemId: email.itemId,
      subject: email.subject,
      receivedAt: email.receivedAt,
    },
    requestedAt: email.receivedAt,
    steps: [
      { id: stepId('s1'), text: 'Find the failing job', dueDate: '2026-11-26', doneAt: '2026-11-25T09:00:00.000Z' },
      {
        id: stepId('s2'),
        text: 'Fix the refresh',
        dueDate: '2026-11-30',
        owner: { name: 'Sam Data', email: 'sam@contoso.example' },
      },
    ],
    acceptanceCriteria: 'The dashboard shows this month.',
    targetDate: '2026-12-01',
    promisedDate: '2026-12-03',
    updateCadenceDays: 5,
    history: [entry('h1', { kind: 'created' }), entry('h2', { kind: 'step-done', stepId: stepId('s1'), done: true })],
    createdAt: email.receivedAt,
    updatedAt: email.receivedAt,
    ...overrides,
  };
}

const sharedHistory = (): HistoryEntry[] => [...saved().history, entry('h3', { kind: 'plan-shared' })];

let store: ReturnType<typeof createLocalStore>;

beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
});
afterEach(() => store.close());

function renderPane(s: CommitmentStore = store) {
  const services = testServices({ store: s, now: NOW, item: email });
  renderWithServices(<EmailPane email={email} />, services);
  return services;
}

const stored = async () => store.get(commitmentId('c-1'));
const dateField = (form: HTMLElement, label: string) =>
  within(form).getByLabelText(label, { exact: false, selector: 'input' });

async function openEditForm() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit plan' }));
  const form = await screen.findByRole('form', { name: 'Edit the plan' });
  return { user, form };
}

describe('Edit plan', () => {
  it('adds a step and moves the target; the ticked step stays ticked and keeps its id', async () => {
    await store.create(saved());
    renderPane();
    const { user, form } = await openEditForm();
    // Prefilled from the commitment, the ticked step marked as done; the other actions step aside.
    expect(within(form).getByRole('textbox', { name: 'Step 1: what' })).toHaveProperty('value', 'Find the failing job');
    expect(within(form).getByText('Step 1 (done)')).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: /done means/i })).toHaveProperty(
      'value',
      'The dashboard shows this month.',
    );
    expect(dateField(form, 'Target date')).toHaveProperty('value', '2026-12-01');
    expect(screen.queryByRole('button', { name: 'Share plan' })).toBeNull();
    expect(within(form).queryByRole('textbox', { name: /recovery action/i })).toBeNull();

    // Rewording a ticked step keeps it the same step: still ticked, same id, its history line intact.
    await user.type(within(form).getByRole('textbox', { name: 'Step 1: what' }), ' in the pipeline');
    await user.click(within(form).getByRole('button', { name: 'Add a step' }));
    await user.type(within(form).getByRole('textbox', { name: 'Step 3: what' }), 'Write the runbook');
    await user.type(dateField(form, 'Step 3: by'), '2026-12-02');
    await user.clear(within(form).getByRole('textbox', { name: /done means/i }));
    await user.type(within(form).getByRole('textbox', { name: /done means/i }), 'This month shows by 9:00.');
    await user.clear(dateField(form, 'Target date'));
    await user.type(dateField(form, 'Target date'), '2026-12-02');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    // The view is back, showing the new plan.
    expect(await screen.findByRole('checkbox', { name: 'Write the runbook' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Edit the plan' })).toBeNull();
    expect(screen.getByText('This month shows by 9:00.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Find the failing job in the pipeline' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByText(/completed “Find the failing job in the pipeline”/)).toBeTruthy();

    const c = await stored();
    expect(c.version).toBe(2);
    expect(c.targetDate).toBe('2026-12-02');
    expect(c.steps.map((s) => [s.id, s.text, s.doneAt !== undefined])).toEqual([
      ['s1', 'Find the failing job in the pipeline', true],
      ['s2', 'Fix the refresh', false],
      [expect.any(String), 'Write the runbook', false],
    ]);
    // The step owner's name survives although the form shows only the email.
    expect(c.steps[1]?.owner).toEqual({ name: 'Sam Data', email: 'sam@contoso.example' });
    expect(c.steps[2]?.dueDate).toBe('2026-12-02');
    // Before the plan was shared an edit is a plain "edited the plan" line, not a renegotiation.
    expect(c.history.map((h) => h.kind)).toEqual(['created', 'step-done', 'plan-edited']);
    expect(c.history.at(-1)).toMatchObject({ kind: 'plan-edited', changes: ['steps', 'criteria', 'target'] });
    expect(await screen.findByText(/edited the plan: steps, acceptance criteria and target date/)).toBeTruthy();
    expect(localStorage.getItem(EDIT_KEY)).toBeNull();
  });

  it('shows the messages beside the fields and saves nothing invalid', async () => {
    // Two weeks on: the saved dates are in the past, which is no reason to refuse an edit.
    await store.create(saved());
    const services = renderPane();
    services.clock.set(new Date('2026-12-10T10:00:00Z'));
    const { user, form } = await openEditForm();
    await user.clear(within(form).getByRole('textbox', { name: /what you promise/i }));
    await user.click(within(form).getByRole('button', { name: 'Add a step' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Give the commitment a title, for example what was asked for.')).toBeTruthy();
    expect(within(form).getByText('Describe this step, or remove it.')).toBeTruthy();
    expect(within(form).queryByText(/in the past/i)).toBeNull();
    expect((await stored()).version).toBe(1);

    await user.type(within(form).getByRole('textbox', { name: /what you promise/i }), 'Renamed');
    await user.click(within(form).getByRole('button', { name: 'Remove step 3' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Renamed', level: 2 })).toBeTruthy();
    expect((await stored()).title).toBe('Renamed');
  });

  it('refuses to move a shared promise later: that is proposed in a concern and needs the customer (item 4)', async () => {
    await store.create(saved({ history: sharedHistory(), acknowledgedAt: email.receivedAt }));
    renderPane();
    const { user, form } = await openEditForm();
    await user.clear(dateField(form, 'Promised date'));
    await user.type(dateField(form, 'Promised date'), '2026-12-10');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/raise a concern proposing the new date/)).toBeTruthy();
    expect(dateField(form, 'Promised date').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).promisedDate).toBe('2026-12-03');
    expect((await stored()).history.map((h) => h.kind)).toEqual(['created', 'step-done', 'plan-shared']);
  });

  it('before the plan is shared, a later promise is a plain edit', async () => {
    await store.create(saved());
    renderPane();
    const { user, form } = await openEditForm();
    await user.clear(dateField(form, 'Promised date'));
    await user.type(dateField(form, 'Promised date'), '2026-12-10');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).promisedDate).toBe('2026-12-10'));
    expect((await stored()).history.map((h) => h.kind)).toEqual(['created', 'step-done', 'plan-edited']);
  });

  it('records a shared promise moved earlier as a renegotiation', async () => {
    await store.create(saved({ history: sharedHistory() }));
    renderPane();
    const { user, form } = await openEditForm();
    await user.clear(dateField(form, 'Promised date'));
    await user.type(dateField(form, 'Promised date'), '2026-12-02');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).promisedDate).toBe('2026-12-02'));
    expect((await stored()).history.at(-1)).toMatchObject({
      kind: 'renegotiated',
      from: '2026-12-03',
      to: '2026-12-02',
    });
  });

  it('offers no edit on a delivered or cancelled commitment', async () => {
    await store.create(saved({ deliveredAt: '2026-11-25T09:30:00.000Z' }));
    await store.create(
      saved({ id: commitmentId('c-2'), title: 'Cancelled ask', cancelledAt: '2026-11-25T09:30:00.000Z' }),
    );
    // A stored edit left from before the delivery does not reopen the form either.
    localStorage.setItem(EDIT_KEY, JSON.stringify({ title: 'stale' }));
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Dashboard refresh fixed' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard refresh fixed', level: 2 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit plan' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Edit the plan' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Cancelled ask' }));
    expect(await screen.findByRole('heading', { name: 'Cancelled ask', level: 2 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit plan' })).toBeNull();
  });

  it('keeps unsaved edits across a reload', async () => {
    await store.create(saved());
    const first = renderPane();
    const { user, form } = await openEditForm();
    await user.click(within(form).getByRole('button', { name: 'Add a step' }));
    await user.type(within(form).getByRole('textbox', { name: 'Step 3: what' }), 'Typed before the pane closed');
    first.host.selectItem(undefined);
    document.body.innerHTML = '';

    renderPane();
    const reopened = await screen.findByRole('form', { name: 'Edit the plan' });
    expect(within(reopened).getByRole('textbox', { name: 'Step 3: what' })).toHaveProperty(
      'value',
      'Typed before the pane closed',
    );
    await user.click(within(reopened).getByRole('button', { name: 'Discard' }));
    expect(within(reopened).queryByRole('textbox', { name: 'Step 3: what' })).toBeNull();
    expect(localStorage.getItem(EDIT_KEY)).toBeNull();
    await user.click(within(reopened).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('button', { name: 'Edit plan' })).toBeTruthy();
  });

  it('on a conflict says so and keeps what was typed', async () => {
    await store.create(saved());
    const conflicting: CommitmentStore = {
      ...store,
      update: async (next) => {
        throw new StoreError('conflict', 'stale', { current: next });
      },
    };
    renderPane(conflicting);
    const { user, form } = await openEditForm();
    await user.click(within(form).getByRole('button', { name: 'Add a step' }));
    await user.type(within(form).getByRole('textbox', { name: 'Step 3: what' }), 'Write the runbook');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/someone else changed this commitment/i)).toBeTruthy();
    const kept = screen.getByRole('form', { name: 'Edit the plan' });
    expect(within(kept).getByRole('textbox', { name: 'Step 3: what' })).toHaveProperty('value', 'Write the runbook');
    expect(localStorage.getItem(EDIT_KEY)).toContain('Write the runbook');
    expect((await stored()).steps).toHaveLength(2);
  });

  it('does not save stale values over a change made elsewhere while the form was open', async () => {
    await store.create(saved());
    renderPane();
    const { user, form } = await openEditForm();
    await user.type(within(form).getByRole('textbox', { name: /what you promise/i }), ' (v2)');
    // Someone else moves the target meanwhile: the open form takes it, and keeps what was typed.
    const current = await stored();
    await store.update({ ...current, targetDate: '2026-12-02' });
    await waitFor(() => expect(dateField(form, 'Target date')).toHaveProperty('value', '2026-12-02'));
    expect(await within(form).findByText(/Someone else saved changes while you were editing/, {}, LOADED)).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Dashboard refresh fixed (v2)',
    );

    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).title).toBe('Dashboard refresh fixed (v2)'));
    expect((await stored()).targetDate).toBe('2026-12-02');
  });
});
