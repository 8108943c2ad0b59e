import { useCallback, useEffect, useState } from 'react';
import type { TeamSettings } from '../domain/types';
import { useServices } from './services';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'error'; readonly error: unknown };

/** The team's service standards, kept current when anyone saves them. */
export function useTeamSettings(): Loadable<TeamSettings> & { reload: () => void } {
  const { store, teamId } = useServices();
  const [result, setResult] = useState<Loadable<TeamSettings>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    store.getSettings(teamId).then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    const unsubscribe = store.subscribe((change) => {
      if (change.kind === 'settings' && change.settings.teamId === teamId) {
        setResult({ state: 'ready', value: change.settings });
      } else if (change.kind === 'refresh') {
        reload();
      }
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, teamId, generation, reload]);

  return { ...result, reload };
}
