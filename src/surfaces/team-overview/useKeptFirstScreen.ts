import { useEffect, useState } from 'react';
import type { CommitmentStore, StoreChange } from '../../store/Store';
import { useServices } from '../../ui/services';

/** The changes after which a kept screen may no longer be what the data says. */
const changesScreen = (change: StoreChange): boolean => change.kind !== 'sync-state';

interface ReadAhead {
  readonly store: CommitmentStore;
  readonly read: Promise<unknown>;
  /** Set once the read answered, so the first render can take it without waiting a render more. */
  answer?: { readonly value: unknown };
  readonly unsubscribe: () => void;
}

const readsAhead = new Map<string, ReadAhead>();

/**
 * Starts reading the kept first screen while the page still loads (beside the full read, which it
 * does not delay); the page may wait a moment for it so its first render shows it. A change before
 * the overview asks throws it away. A screen that cannot be read is no screen.
 */
export function readFirstScreenAhead(store: CommitmentStore, key: string): Promise<unknown> {
  const screens = store.screens;
  if (screens === undefined) return Promise.resolve(undefined);
  readsAhead.get(key)?.unsubscribe();
  const read = screens.read(key).catch(() => undefined);
  const unsubscribe = store.subscribe((change) => {
    if (!changesScreen(change)) return;
    readsAhead.delete(key);
    unsubscribe();
  });
  const ahead: ReadAhead = { store, read, unsubscribe };
  void read.then((value) => (ahead.answer = { value }));
  readsAhead.set(key, ahead);
  return read;
}

/**
 * The screen kept under `key` (unknown: usableFirstScreen decides), or undefined when there is none,
 * `enabled` is false, or the data changed since it was read.
 */
export function useKeptFirstScreen(key: string, enabled: boolean): unknown {
  const { store } = useServices();
  const [kept, setKept] = useState<unknown>(() => {
    const ahead = readsAhead.get(key);
    return enabled && ahead?.store === store ? ahead.answer?.value : undefined;
  });
  useEffect(() => {
    const screens = store.screens;
    if (!enabled || screens === undefined) return;
    let live = true;
    const ahead = readsAhead.get(key);
    readsAhead.delete(key);
    ahead?.unsubscribe();
    const read = ahead !== undefined && ahead.store === store ? ahead.read : screens.read(key).catch(() => undefined);
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
