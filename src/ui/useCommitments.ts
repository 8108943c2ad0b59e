import { useCallback, useEffect, useState } from 'react';
import type { Commitment } from '../domain/types';
import type { CommitmentFilter, SourceKey } from '../store/Store';
import { useServices } from './services';
import type { Loadable } from './useTeamSettings';

type Query =
  { readonly kind: 'list'; readonly filter?: CommitmentFilter } | { readonly kind: 'source'; readonly key: SourceKey };

/**
 * Commitments from the store, re-read whenever the store reports a change (this tab, another tab,
 * or a sync). `query` is compared by value so callers can pass literals.
 */
export function useCommitmentQuery(query: Query | undefined): Loadable<Commitment[]> & { reload: () => void } {
  const { store } = useServices();
  const [result, setResult] = useState<Loadable<Commitment[]>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Compared by value: callers pass literals, which are new objects on every render.
  const key = JSON.stringify(query ?? null);

  useEffect(() => {
    const current = JSON.parse(key) as Query | null;
    if (current === null) return;
    let live = true;
    const read = current.kind === 'list' ? store.list(current.filter) : store.findBySource(current.key);
    read.then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    const unsubscribe = store.subscribe((change) => {
      if (change.kind !== 'settings' && change.kind !== 'sync-state') reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, key, generation, reload]);

  return query === undefined ? { state: 'ready', value: [], reload } : { ...result, reload };
}

export function useCommitments(filter?: CommitmentFilter) {
  return useCommitmentQuery(filter === undefined ? { kind: 'list' } : { kind: 'list', filter });
}
