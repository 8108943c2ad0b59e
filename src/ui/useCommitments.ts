import { useCallback, useEffect, useState } from 'react';
import type { Commitment } from '../domain/types';
import type { CommitmentFilter, CommitmentStore, SourceKey, StoreChange } from '../store/Store';
import { firstShown, readsAhead, readyWith } from './readsAhead';
import { useServices } from './services';
import type { Loadable } from './useTeamSettings';

export type Query =
  { readonly kind: 'list'; readonly filter?: CommitmentFilter } | { readonly kind: 'source'; readonly key: SourceKey };

const queryKey = (query: Query | undefined): string => JSON.stringify(query ?? null);

/** The changes after which a read of commitments may answer differently. */
const changesCommitments = (change: StoreChange): boolean => change.kind !== 'settings' && change.kind !== 'sync-state';

const readQuery = (store: CommitmentStore, query: Query): Promise<Commitment[]> =>
  query.kind === 'list' ? store.list(query.filter) : store.findBySource(query.key);

/** Reads started before the surface rendered, each handed to the first hook that asks for it. */
const commitmentReads = readsAhead<Commitment[]>(changesCommitments);

/**
 * Starts a query the first screen will make, while the page is still loading its theme and views:
 * the surface's hook takes the answer instead of starting the same read after its first render. A
 * change reported before the hook asks throws the early answer away, so it never shows older data
 * than a read of its own would.
 */
export function readAhead(store: CommitmentStore, query: Query): Promise<Commitment[]> {
  return commitmentReads.start(store, queryKey(query), readQuery(store, query));
}

/**
 * Commitments from the store, re-read whenever the store reports a change (this tab, another tab,
 * or a sync). `query` is compared by value so callers can pass literals.
 */
export function useCommitmentQuery(query: Query | undefined): Loadable<Commitment[]> & { reload: () => void } {
  const { store } = useServices();
  // Compared by value: callers pass literals, which are new objects on every render.
  const key = queryKey(query);
  // An early read that has already answered is shown by the first render, not a render later.
  const [result, setResult] = useState(() => firstShown(commitmentReads.answered(store, key)));
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const current = JSON.parse(key) as Query | null;
    if (current === null) return;
    let live = true;
    const read = commitmentReads.take(store, key) ?? readQuery(store, current);
    read.then(
      (value) => live && setResult((shown) => readyWith(shown, value)),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    const unsubscribe = store.subscribe((change) => {
      if (changesCommitments(change)) reload();
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
