import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { createLocalStore } from '../../store/local';
import { StoreError, type CommitmentStore } from '../../store/Store';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { DemoRemindersDialog } from './DemoRemindersDialog';

const store = createLocalStore({ dbName: `reminders-${Math.random()}` });
afterEach(() => store.close());

it('says why the reminders cannot be shown when the store cannot be read', async () => {
  const failing: CommitmentStore = {
    ...store,
    list: () => Promise.reject(new StoreError('unavailable', 'The disk is full.')),
    getSettings: (id) => store.getSettings(id),
    subscribe: (listener) => store.subscribe(listener),
    syncState: () => store.syncState(),
  };
  renderWithServices(<DemoRemindersDialog onClose={() => undefined} />, testServices({ store: failing }));
  expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
});
