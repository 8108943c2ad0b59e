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
  const notSetUp = problems.filter((p) => p.kind === 'team-not-set-up');
  const messages = problems.filter((p) => p.kind === 'message-missing');
  const flags =
    messages.length === 0 ? null : (
      <Alert intent="warning" role="status" title={t('shell.problems.messages.title')}>
        {t('shell.problems.messageMissing', {
          count: messages.length,
          titles: messages.map((p) => `“${p.title}”`).join(', '),
        })}
      </Alert>
    );
  if (unreadable.length === 0 && teams.length === 0 && notSetUp.length === 0) return flags;

  const columns = formatChoices([...new Set(unreadable.map((p) => p.column))], translator.locale);
  const reasons = [...new Set(teams.map((p) => describeError(p.error, translator)))].join(' ');
  const sentences = [
    unreadable.length > 0 ? t('shell.problems.unreadable', { count: unreadable.length, columns }) : '',
    teams.length > 0 ? t('shell.problems.teams', { count: teams.length, reasons }) : '',
    notSetUp.length > 0
      ? t('shell.problems.notSetUp', {
          count: notSetUp.length,
          teams: notSetUp.map((p) => p.teamName || p.teamId).join(', '),
        })
      : '',
  ];
  return (
    <>
      <Alert intent="warning" role="status" title={t('shell.problems.title')}>
        {sentences.filter(Boolean).join(' ')}
      </Alert>
      {flags}
    </>
  );
}
