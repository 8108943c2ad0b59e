import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentId, historyId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import type { HostItem } from '../../hosts/HostContext';
import { createLocalStore } from '../../store/local';
import { expectShowsWithoutSpinner } from '../../../tests/fixtures/opensAtOnce';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { ActionForm } from '../shared/actions/ActionPanel';
import { EditCommitmentForm } from '../shared/CommitmentDetails';
import { EmailPane } from './EmailPane';

// Each form is loaded by one test only: the load is remembered for the whole file.

type Email = Extract<HostItem, { kind: 'email' }>;

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
const avery = { name: 'Avery Owner', email: 'avery@contoso.example' };

const commitment: Commitment = {
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
  steps: [],
  acceptanceCriteria: 'The dashboard shows this month.',
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
  updateCadenceDays: 5,
  history: [
    { id: historyId('h1'), at: email.receivedAt, by: avery, kind: 'created' },
    { id: historyId('h2'), at: email.receivedAt, by: avery, kind: 'plan-shared' },
  ],
  createdAt: email.receivedAt,
  updatedAt: email.receivedAt,
};

let store: ReturnType<typeof createLocalStore>;
beforeEach(async () => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
  await store.create(commitment);
  renderWithServices(<EmailPane email={email} />, testServices({ store, now: NOW, item: email }));
});
afterEach(() => store.close());

describe('The task pane’s forms open at once', () => {
  it('"Send update" shows its form as soon as its code arrives, with no spinner on the way', async () => {
    const form = await expectShowsWithoutSpinner(
      userEvent.setup(),
      await screen.findByRole('button', { name: 'Send update' }),
      ActionForm,
      () => screen.findByRole('form', { name: 'Send an update' }),
    );
    expect(form).toBeTruthy();
  });

  it('"Edit plan" shows the edit form as soon as its code arrives, with no spinner on the way', async () => {
    const form = await expectShowsWithoutSpinner(
      userEvent.setup(),
      await screen.findByRole('button', { name: 'Edit plan' }),
      EditCommitmentForm,
      () => screen.findByRole('form', { name: 'Edit the plan' }),
    );
    expect(form).toBeTruthy();
  });
});
