import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../../store/local';
import type { CommitmentStore, StoreChange, SyncState } from '../../store/Store';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { LoadingState } from './OverviewStates';

/** A store whose first load is under way, page by page, as the Graph store reports it. */
function loadingStore() {
  const inner = createLocalStore({ dbName: 'loading' });
  const listeners = new Set<(change: StoreChange) => void>();
  let state: SyncState = { pendingWrites: 0, online: true };
  const store: CommitmentStore = Object.assign(Object.create(inner) as CommitmentStore, {
    syncState: () => state,
    subscribe: (listener: (change: StoreChange) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  const report = (loadedItems: number | undefined) => {
    state =
      loadedItems === undefined ? { pendingWrites: 0, online: true } : { pendingWrites: 0, online: true, loadedItems };
    for (const listener of listeners) listener({ kind: 'sync-state' });
  };
  return { store, report };
}

describe('LoadingState', () => {
  it('shows how many commitments a long first load has brought so far', async () => {
    const { store, report } = loadingStore();
    renderWithServices(<LoadingState />, testServices({ store }));
    expect(screen.getByRole('status').textContent).not.toMatch(/loaded so far/);
    act(() => report(3000));
    expect(await screen.findByText('3,000 commitments loaded so far…')).toBeTruthy();
    act(() => report(undefined));
    expect(screen.queryByText(/loaded so far/)).toBeNull();
  });
});
