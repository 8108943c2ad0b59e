// Two editors on one plan (issue 12, defect 4): two tabs, each with its own store on the same
// IndexedDB database, edit the same commitment. What one saved must survive the other's save unless
// the other changed that very field, and then the user sees both values and picks.
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentId, stepId } from '../../domain/ids';
import { createLocalStore } from '../../store/local';
import { aCommitmentFrom, anEmailItem } from '../../../tests/fixtures/commitments';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from './EmailPane';

// The part that shows someone else's save loads on demand: a busy machine may take a while.
const LOADED = { timeout: 10_000 };

const NOW = new Date('2026-11-25T10:00:00Z');
const DB = 'two-editors';

const email = anEmailItem({ subject: 'Refresh the revenue dashboard', receivedAt: '2026-11-25T08:00:00.000Z' });
const saved = aCommitmentFrom(email, {
  id: commitmentId('c-2'),
  version: 0,
  teamId: TEST_TEAM,
  title: 'Dashboard refresh fixed',
  steps: [
    { id: stepId('s1'), text: 'Find the failing job', dueDate: '2026-11-26' },
    { id: stepId('s2'), text: 'Fix the refresh', dueDate: '2026-11-30' },
  ],
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
  history: [],
  createdAt: email.receivedAt,
  updatedAt: email.receivedAt,
});

type Tab = ReturnType<typeof createLocalStore>;
let stores: Tab[] = [];

/** One tab: its own store on the shared database. `hears` false: it has not heard the other tab's save yet. */
function openTab(hears: boolean) {
  const store = createLocalStore({ dbName: DB, ...(hears ? {} : { channelName: `deaf-${stores.length}` }) });
  stores.push(store);
  const view = renderWithServices(<EmailPane email={email} />, testServices({ store, now: NOW, item: email }));
  return within(view.container);
}

async function openEditForm(tab: ReturnType<typeof openTab>) {
  const user = userEvent.setup();
  await user.click(await tab.findByRole('button', { name: 'Edit plan' }));
  return { user, form: within(await tab.findByRole('form', { name: 'Edit the plan' })) };
}

const dateField = (form: ReturnType<typeof within>, label: string) =>
  form.getByLabelText(label, { exact: false, selector: 'input' });

async function replace(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

const stored = async () => {
  const reader = createLocalStore({ dbName: DB, channelName: 'reader' });
  try {
    return await reader.get(commitmentId('c-2'));
  } finally {
    reader.close();
  }
};

beforeEach(async () => {
  localStorage.clear();
  const setup = createLocalStore({ dbName: DB, channelName: 'setup' });
  await setup.create(saved);
  setup.close();
});
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
});

describe('Edit plan with two editors', () => {
  it("after a conflict the form takes the other editor's changes where this one did not type, and saving keeps both", async () => {
    const a = openTab(false);
    const { user: userA, form: formA } = await openEditForm(a);
    const b = openTab(false);
    const { user: userB, form: formB } = await openEditForm(b);

    await userA.type(formA.getByRole('textbox', { name: /what you promise/i }), ' (A)');
    await replace(userB, dateField(formB, 'Target date'), '2026-12-02');
    await replace(userB, formB.getByRole('textbox', { name: 'Step 2: what' }), 'Fix the refresh job');
    await userB.click(formB.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).targetDate).toBe('2026-12-02'));

    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    expect(await formA.findByText(/someone else changed this commitment/i)).toBeTruthy();
    // The form now shows B's values where A did not type, and A's own typing.
    expect(dateField(formA, 'Target date')).toHaveProperty('value', '2026-12-02');
    expect(formA.getByRole('textbox', { name: 'Step 2: what' })).toHaveProperty('value', 'Fix the refresh job');
    expect(formA.getByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Dashboard refresh fixed (A)',
    );
    expect(await formA.findByText(/Their changes are now in the form, and yours are kept\.$/, {}, LOADED)).toBeTruthy();
    expect(formA.queryByRole('radiogroup')).toBeNull();
    expect((await stored()).title).toBe('Dashboard refresh fixed');

    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).title).toBe('Dashboard refresh fixed (A)'));
    const c = await stored();
    expect(c.targetDate).toBe('2026-12-02');
    expect(c.steps.map((s) => s.text)).toEqual(['Find the failing job', 'Fix the refresh job']);
  });

  it('where both changed the same field, shows both values side by side and saves the one picked', async () => {
    const a = openTab(false);
    const { user: userA, form: formA } = await openEditForm(a);
    const b = openTab(false);
    const { user: userB, form: formB } = await openEditForm(b);

    await replace(userA, formA.getByRole('textbox', { name: /what you promise/i }), 'Dashboard shows November');
    await replace(userA, formA.getByRole('textbox', { name: /done means/i }), 'Numbers match the ledger.');
    await replace(userB, formB.getByRole('textbox', { name: /what you promise/i }), 'Revenue dashboard current');
    await replace(userB, dateField(formB, 'Promised date'), '2026-12-02');
    await userB.click(formB.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).title).toBe('Revenue dashboard current'));

    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    const question = await formA.findByRole('radiogroup', { name: 'What you promise' }, LOADED);
    const mine = within(question).getByRole('radio', { name: 'Yours Dashboard shows November' });
    const theirs = within(question).getByRole('radio', { name: 'Saved by someone else Revenue dashboard current' });
    expect(mine).toHaveProperty('checked', false);
    expect(theirs).toHaveProperty('checked', false);
    expect(formA.getByText(/You both changed what is listed here/)).toBeTruthy();
    expect(dateField(formA, 'Promised date')).toHaveProperty('value', '2026-12-02');

    // Not answered yet: Save keeps everything and says what is missing.
    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    expect(await formA.findByText('Choose which value to keep for the change you both made, then save.')).toBeTruthy();
    expect(formA.getByText('Choose which one to keep.')).toBeTruthy();
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).version).toBe(2);

    // By keyboard (native radio buttons: jsdom lacks what arrow keys need, Space picks the focused one).
    theirs.focus();
    await userA.keyboard(' ');
    expect(theirs).toHaveProperty('checked', true);
    expect(formA.getByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Revenue dashboard current',
    );
    await userA.click(mine);
    expect(formA.getByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Dashboard shows November',
    );

    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).title).toBe('Dashboard shows November'));
    const c = await stored();
    expect(c.acceptanceCriteria).toBe('Numbers match the ledger.');
    expect(c.promisedDate).toBe('2026-12-02');
  });

  it("a tab that hears the other's save merges it into the open form before it saves", async () => {
    const a = openTab(true);
    const { user: userA, form: formA } = await openEditForm(a);
    const b = openTab(true);
    const { user: userB, form: formB } = await openEditForm(b);

    await userA.click(formA.getByRole('button', { name: 'Add a step' }));
    await userA.type(formA.getByRole('textbox', { name: 'Step 3: what' }), 'Write the runbook');
    await replace(userB, dateField(formB, 'Target date'), '2026-12-02');
    await userB.click(formB.getByRole('button', { name: 'Save changes' }));

    // Without saving, A's form shows B's date and says why; A's new step is still there.
    await waitFor(() => expect(dateField(formA, 'Target date')).toHaveProperty('value', '2026-12-02'));
    expect(await formA.findByText(/Someone else saved changes while you were editing/, {}, LOADED)).toBeTruthy();
    expect(formA.getByRole('textbox', { name: 'Step 3: what' })).toHaveProperty('value', 'Write the runbook');

    await userA.click(formA.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).steps).toHaveLength(3));
    expect((await stored()).targetDate).toBe('2026-12-02');
  });
});
