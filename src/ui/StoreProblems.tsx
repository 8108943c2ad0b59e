import { formatChoices } from '../domain/format';
import { useEffect, useState } from 'react';
import type { StoreProblem } from '../store/Store';
import { Alert } from './Alert';
import { describeError } from './describeError';
import { useServices } from './services';
import { useT } from './useT';

/**
 * Says what the store had to leave out — items edited by hand in SharePoint, a team that could not
 * be read — so missing commitments are never a silent mystery. Re-read after every store change.
 */
export function StoreProblems() {
  const { store } = useServices();
  const translator = useT();
  const { t } = translator;
  const [problems, setProblems] = useState<readonly StoreProblem[]>([]);

  useEffect(() => {
    if (store.readProblems === undefined) return;
    let live = true;
    const read = () => {
      store.readProblems?.().then(
        (found) => live && setProblems(found),
        // Reading the problems failed too: the surface shows that failure itself.
        () => undefined,
      );
    };
    read();
    const unsubscribe = store.subscribe((change) => {
      if (change.kind !== 'sync-state') read();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);

  const unreadable = problems.filter((p) => p.kind === 'unreadable-item');
  const teams = problems.filter((p) => p.kind === 'team-unavailable');
  if (unreadable.length === 0 && teams.length === 0) return null;

  const columns = formatChoices([...new Set(unreadable.map((p) => p.column))], translator.locale);
  const reasons = [...new Set(teams.map((p) => describeError(p.error, translator)))].join(' ');
  return (
    <Alert intent="warning" role="status" title={t('shell.problems.title')}>
      {unreadable.length > 0 && t('shell.problems.unreadable', { count: unreadable.length, columns })}
      {unreadable.length > 0 && teams.length > 0 && ' '}
      {teams.length > 0 && t('shell.problems.teams', { count: teams.length, reasons })}
    </Alert>
  );
}
