import { useCallback, useEffect, useState } from 'react';
import { listedOf, type ListedCommitment } from '../domain/listed';
import type { Commitment } from '../domain/types';
import type { CommitmentFilter, CommitmentStore, SourceKey, StoreChange } from '../store/Store';
import { firstShown, readsAhead, readyWith } from './readsAhead';
import { useServices } from './services';
import type { Loadable } from './useTeamSettings';

export type Query =
  { readonly kind: 'list'; readonly filter?: CommitmentFilter } | { readonly kind: 'source'; readonly key: SourceKey };

const queryKey = (query: unknown): string => JSON.stringify(query ?? null);

/** The changes after which a read of commitments may answer differently. */
const changesCommitments = (change: StoreChange): boolean => change.kind !== 'settings' && change.kind !== 'sync-state';

/** The query useCommitments makes: a read started ahead for it is the one that hook takes. */
export const listQuery = (filter?: CommitmentFilter): Query =>
  filter === undefined ? { kind: 'list' } : { kind: 'list', filter };

const readQuery = (store: CommitmentStore, query: Query): Promise<Commitment[]> =>
  query.kind === 'list' ? store.list(query.filter) : store.findBySource(query.key);

/** A long list (the overview): its closed commitments held as their heads (domain listed.ts). */
const readListed = (store: CommitmentStore, filter: CommitmentFilter): Promise<ListedCommitment[]> =>
  store.list(filter).then((all) => {
    const listed = all.map(listedOf);
    store.screens?.heldAs(all, listed);
    return listed;
  });

/** Reads started before the surface rendered, each handed to the first hook that asks for it. */
const commitmentReads = readsAhead<Commitment[]>(changesCommitments);
const listedReads = readsAhead<ListedCommitment[]>(changesCommitments);

/**
 * Starts a query the first screen will make, while the page is still loading its theme and views:
 * the surface's hook takes the answer instead of starting the same read after its first render. A
 * change reported before the hook asks throws the early answer away, so it never shows older data
 * than a read of its own would.
 */
export function readAhead(store: CommitmentStore, query: Query, forgetAfterMs?: number): Promise<Commitment[]> {
  return commitmentReads.start(store, queryKey(query), readQuery(store, query), forgetAfterMs);
}

/** Whether a read started ahead for `query` still waits for the hook that will take it. */
export const readAheadPending = (store: CommitmentStore, query: Query): boolean =>
  commitmentReads.pending(store, queryKey(query));

/** readAhead for useListedCommitments. */
export function readListedAhead(store: CommitmentStore, filter: CommitmentFilter): Promise<ListedCommitment[]> {
  return listedReads.start(store, queryKey(filter), readListed(store, filter));
}

type Reads<T> = ReturnType<typeof readsAhead<T>>;

/**
 * Answers of one kind of read from the store, re-read whenever the store reports a change (this
 * tab, another tab, or a sync). `key` is the query by value (JSON), `null` for none.
 */
function useStoreRead<Q, T>(
  key: string,
  reads: Reads<T>,
  read: (store: CommitmentStore, query: Q) => Promise<T>,
): Loadable<T> & { reload: () => void } {
  const { store } = useServices();
  // An early read that has already answered is shown by the first render, not a render later. The
  // answer is kept with the query it answers: another query shows as loading, never an older answer.
  const [result, setResult] = useState(() => ({ key, shown: firstShown(reads.answered(store, key)) }));
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const current = JSON.parse(key) as Q | null;
    if (current === null) return;
    let live = true;
    const answer = reads.take(store, key) ?? read(store, current);
    answer.then(
      (value) =>
        live &&
        setResult((last) => {
          if (last.key !== key) return { key, shown: { state: 'ready', value } };
          // The same answer already shown (an early read the first render showed): no render more.
          const shown = readyWith(last.shown, value);
          return shown === last.shown ? last : { key, shown };
        }),
      (error: unknown) => live && setResult({ key, shown: { state: 'error', error } }),
    );
    const unsubscribe = store.subscribe((change) => {
      if (changesCommitments(change)) reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, key, generation, reload, reads, read]);

  return { ...(result.key === key ? result.shown : firstShown(reads.answered(store, key))), reload };
}

/**
 * Commitments from the store, re-read whenever the store reports a change. `query` is compared by
 * value so callers can pass literals; undefined asks for nothing (an empty list).
 */
export function useCommitmentQuery(query: Query | undefined): Loadable<Commitment[]> & { reload: () => void } {
  const result = useStoreRead(queryKey(query), commitmentReads, readQuery);
  return query === undefined ? { state: 'ready', value: [], reload: result.reload } : result;
}

export function useCommitments(filter?: CommitmentFilter) {
  return useCommitmentQuery(listQuery(filter));
}

/** Every commitment `filter` matches, as a long list holds them: closed ones as their heads (domain listed.ts). */
export function useListedCommitments(filter: CommitmentFilter): Loadable<ListedCommitment[]> & { reload: () => void } {
  return useStoreRead(queryKey(filter), listedReads, readListed);
}
