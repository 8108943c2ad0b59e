import { useCallback, useEffect, useRef, useState } from 'react';
import type { Commitment } from '../../domain/types';
import type { SourceKey } from '../../store/Store';
import { useServices } from '../../ui/services';
import type { Loadable } from '../../ui/useTeamSettings';

/**
 * The meeting's commitments, re-read on every store change. Unlike the shared useCommitmentQuery,
 * `reread` returns a promise that settles when the new rows are in state, so the live-refresh
 * scheduler counts "sync + re-read" as one refresh and never starts the next before it ends.
 */
export function useMeetingCommitments(key: SourceKey | undefined): Loadable<Commitment[]> & {
  reread: () => Promise<void>;
} {
  const { store } = useServices();
  const [result, setResult] = useState<Loadable<Commitment[]>>({ state: 'loading' });
  const keyText = JSON.stringify(key ?? null);
  // Reads can overlap (a store change during a refresh): only the latest one may set state.
  const sequence = useRef(0);
  const mounted = useRef(true);

  const reread = useCallback(async () => {
    // The key by value: callers pass a fresh object each render, the text only changes with the meeting.
    const current = JSON.parse(keyText) as SourceKey | null;
    const mine = ++sequence.current;
    if (current === null) {
      setResult({ state: 'ready', value: [] });
      return;
    }
    try {
      const value = await store.findBySource(current);
      if (mounted.current && mine === sequence.current) setResult({ state: 'ready', value });
    } catch (error) {
      if (!mounted.current || mine !== sequence.current) return;
      // Rows already shown stay shown; the failure is the refresh's to report.
      setResult((previous) => (previous.state === 'ready' ? previous : { state: 'error', error }));
      throw error;
    }
  }, [store, keyText]);

  useEffect(() => {
    mounted.current = true;
    setResult({ state: 'loading' });
    reread().catch(() => undefined);
    const unsubscribe = store.subscribe((change) => {
      if (change.kind !== 'settings' && change.kind !== 'sync-state') reread().catch(() => undefined);
    });
    return () => {
      mounted.current = false;
      unsubscribe();
    };
  }, [store, reread]);

  return { ...result, reread };
}
