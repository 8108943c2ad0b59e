import { useCallback, useEffect, useState } from 'react';
import type { TeamId } from '../domain/ids';
import type { TeamSettings } from '../domain/types';
import type { CommitmentStore, StoreChange } from '../store/Store';
import { firstShown, readsAhead, readyWith } from './readsAhead';
import { useServices } from './services';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'error'; readonly error: unknown };

/** The changes after which a read of the team's settings may answer differently. */
const changesSettings = (change: StoreChange): boolean => change.kind === 'settings' || change.kind === 'refresh';

/** Settings reads started before the surface rendered, by team, each handed to the first hook that asks. */
const settingsReads = readsAhead<TeamSettings>(changesSettings);

/** Starts reading the team's settings while the page still loads its theme and views (readsAhead.ts). */
export function readSettingsAhead(store: CommitmentStore, teamId: TeamId): Promise<TeamSettings> {
  return settingsReads.start(store, teamId, store.getSettings(teamId));
}

/** The team's service standards, kept current when anyone saves them. */
export function useTeamSettings(): Loadable<TeamSettings> & { reload: () => void } {
  const { store, teamId } = useServices();
  const [result, setResult] = useState(() => firstShown(settingsReads.answered(store, teamId)));
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    (settingsReads.take(store, teamId) ?? store.getSettings(teamId)).then(
      (value) => live && setResult((shown) => readyWith(shown, value)),
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
