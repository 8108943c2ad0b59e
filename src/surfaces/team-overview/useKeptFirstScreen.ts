import { useEffect, useState } from 'react';
import type { CommitmentStore, StoreChange } from '../../store/Store';
import { readsAhead } from '../../ui/readsAhead';
import { useServices } from '../../ui/services';

/** The changes after which a kept screen may no longer be what the data says. */
const changesScreen = (change: StoreChange): boolean => change.kind !== 'sync-state';

const screenReads = readsAhead<unknown>(changesScreen);

/** A screen that cannot be read is no screen: the overview reads everything, as without one. */
const readScreen = (store: CommitmentStore, key: string): Promise<unknown> =>
  store.screens === undefined ? Promise.resolve(undefined) : store.screens.read(key).catch(() => undefined);

/**
 * Starts reading the kept first screen while the page still loads (before the full read, which
 * IndexedDB would otherwise answer first); the page may wait a moment for it so its first render
 * shows it. A change before the overview asks throws it away.
 */
export function readFirstScreenAhead(store: CommitmentStore, key: string): Promise<unknown> {
  return store.screens === undefined
    ? Promise.resolve(undefined)
    : screenReads.start(store, key, readScreen(store, key));
}

/**
 * The screen kept under `key` (unknown: usableFirstScreen decides), or undefined when there is none,
 * `enabled` is false, or the data changed since it was read.
 */
export function useKeptFirstScreen(key: string, enabled: boolean): unknown {
  const { store } = useServices();
  const [kept, setKept] = useState<unknown>(() => (enabled ? screenReads.answered(store, key)?.value : undefined));
  useEffect(() => {
    if (!enabled || store.screens === undefined) return;
    let live = true;
    const read = screenReads.take(store, key) ?? readScreen(store, key);
    void read.then((value) => live && setKept(value));
    const unsubscribe = store.subscribe((change) => {
      if (changesScreen(change)) setKept(undefined);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, key, enabled]);
  return enabled ? kept : undefined;
}
