import type { CommitmentStore, StoreChange } from '../store/Store';
import type { Loadable } from './useTeamSettings';

interface Started<T> {
  readonly store: CommitmentStore;
  readonly read: Promise<T>;
  /** Set once the read answered, so a first render can show it without waiting a render more. */
  answer?: { readonly value: T };
  readonly unsubscribe: () => void;
}

/**
 * Reads a page starts while it still loads its theme and views, each handed to the first hook that
 * asks for it (by key) instead of that hook starting the same read after its first render. A store
 * change after which the answer may differ (`stale`) throws the early read away, so a hook never
 * shows older data than a read of its own would.
 */
export function readsAhead<T>(stale: (change: StoreChange) => boolean) {
  const started = new Map<string, Started<T>>();
  return {
    /** `forgetAfterMs`: an early read nobody takes by then is let go (a read on a hint of intent). */
    start(store: CommitmentStore, key: string, read: Promise<T>, forgetAfterMs?: number): Promise<T> {
      started.get(key)?.unsubscribe();
      // An early read nobody takes must not surface as an unhandled rejection; a hook that takes it
      // shows the failure as it would its own read's.
      read.catch(() => undefined);
      const unsubscribe = store.subscribe((change) => {
        if (!stale(change)) return;
        started.delete(key);
        unsubscribe();
      });
      const entry: Started<T> = { store, read, unsubscribe };
      read.then(
        (value) => (entry.answer = { value }),
        () => undefined,
      );
      started.set(key, entry);
      if (forgetAfterMs !== undefined) {
        setTimeout(() => {
          if (started.get(key) !== entry) return;
          started.delete(key);
          unsubscribe();
        }, forgetAfterMs);
      }
      return read;
    },

    /** Whether an early read of this store waits under `key` for a hook to take it. */
    pending(store: CommitmentStore, key: string): boolean {
      return started.get(key)?.store === store;
    },

    /** The early read's answer, if it has come: a first render can show it at once. */
    answered(store: CommitmentStore, key: string): { readonly value: T } | undefined {
      const entry = started.get(key);
      return entry?.store === store ? entry.answer : undefined;
    },

    /** Hands the early read to the one hook that asks (then it is gone), if it is of this store. */
    take(store: CommitmentStore, key: string): Promise<T> | undefined {
      const entry = started.get(key);
      if (entry === undefined || entry.store !== store) return undefined;
      started.delete(key);
      entry.unsubscribe();
      return entry.read;
    },
  };
}

/** What a hook shows first: an early read's answer if it has come, else that it is loading. */
export const firstShown = <T>(answer: { readonly value: T } | undefined): Loadable<T> =>
  answer === undefined ? { state: 'loading' } : { state: 'ready', value: answer.value };

/** A read's answer, as the state to show: the same state when it is already shown (no render more). */
export const readyWith = <T>(shown: Loadable<T>, value: T): Loadable<T> =>
  shown.state === 'ready' && shown.value === value ? shown : { state: 'ready', value };
