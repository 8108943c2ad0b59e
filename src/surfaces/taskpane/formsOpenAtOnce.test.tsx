import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { historyId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import { createLocalStore } from '../../store/local';
import { aCommitmentFrom, anEmailItem } from '../../../tests/fixtures/commitments';
import { expectShowsWithoutSpinner } from '../../../tests/fixtures/opensAtOnce';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { ActionForm } from '../shared/actions/ActionPanel';
import { EditCommitmentForm } from '../shared/CommitmentDetails';
import { EmailPane } from './EmailPane';

// Each form is loaded by one test only: the load is remembered for the whole file. Their modules are
// compiled first, as a browser has them from its cache: compiled on the spot, a busy machine takes
// longer than the time after which the pane shows a spinner for a slow network.
beforeAll(async () => {
  await import('../shared/actions/ActionForms');
  await import('../shared/commitment-form/CreateCommitmentForm');
}, 60_000);

const NOW = new Date('2026-11-25T10:00:00Z');
const email = anEmailItem({ receivedAt: '2026-11-25T08:00:00.000Z' });
// Acknowledged and its plan shared, so "Send update" and "Edit plan" are both offered.
const made = aCommitmentFrom(email, { version: 0, teamId: TEST_TEAM });
const shared: Commitment = {
  ...made,
  history: [...made.history, { id: historyId('shared'), kind: 'plan-shared', at: email.receivedAt, by: made.owner }],
};

let store: ReturnType<typeof createLocalStore>;
beforeEach(async () => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
  await store.create(shared);
  renderWithServices(<EmailPane email={email} />, testServices({ store, now: NOW, item: email }));
});
afterEach(() => store.close());

describe('The task pane’s forms open at once', () => {
  it('"Send update" shows its form as soon as its code arrives, with no spinner on the way', async () => {
    const form = await expectShowsWithoutSpinner(
      await screen.findByRole('button', { name: 'Send update' }),
      ActionForm,
      () => screen.findByRole('form', { name: 'Send an update' }),
    );
    expect(form).toBeTruthy();
  });

  it('"Edit plan" shows the edit form as soon as its code arrives, with no spinner on the way', async () => {
    const form = await expectShowsWithoutSpinner(
      await screen.findByRole('button', { name: 'Edit plan' }),
      EditCommitmentForm,
      () => screen.findByRole('form', { name: 'Edit the plan' }),
    );
    expect(form).toBeTruthy();
  });
});
