import { Button, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { JoinedTeam } from '../store/graph';
import { Alert } from '../ui/Alert';
import { describeError } from '../ui/describeError';
import { useT } from '../ui/useT';
import type { TeamChoice } from './compose';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '480px',
  },
});

type Teams = { state: 'loading' } | { state: 'ready'; teams: JoinedTeam[] } | { state: 'error'; error: unknown };

/** Outlook does not know which team a user works in: they pick it once from /me/joinedTeams. */
export function TeamPicker({ choice, onChosen }: { choice: TeamChoice; onChosen: () => void }) {
  const styles = useStyles();
  const translator = useT();
  const { t } = translator;
  const [teams, setTeams] = useState<Teams>({ state: 'loading' });
  const [selected, setSelected] = useState<string>('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    choice.teams().then(
      (list) => live && setTeams({ state: 'ready', teams: list }),
      (error: unknown) => live && setTeams({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [choice, attempt]);

  const use = async () => {
    if (teams.state !== 'ready') return;
    const team = teams.teams.find((candidate) => candidate.id === selected);
    if (team === undefined) return;
    setSaving(true);
    setSaveError(null);
    try {
      await choice.choose(team);
      onChosen();
    } catch (error) {
      setSaveError(t('shell.team.saveFailed', { detail: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="kept-team-title">
      <Text as="h1" size={500} weight="semibold" id="kept-team-title">
        {t('shell.team.title')}
      </Text>
      <Text>{t('shell.team.intro')}</Text>
      {teams.state === 'loading' && <Spinner size="small" label={t('shell.team.loading')} />}
      {teams.state === 'error' && (
        <Alert
          intent="error"
          role="alert"
          actions={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.retry')}</Button>}
        >
          {describeError(teams.error, translator)}
        </Alert>
      )}
      {teams.state === 'ready' && teams.teams.length === 0 && <Alert intent="warning">{t('shell.team.none')}</Alert>}
      {teams.state === 'ready' && teams.teams.length > 0 && (
        <RadioGroup aria-label={t('shell.team.label')} value={selected} onChange={(_, d) => setSelected(d.value)}>
          {teams.teams.map((team) => (
            <Radio key={team.id} value={team.id} label={team.displayName} />
          ))}
        </RadioGroup>
      )}
      {saveError !== null && (
        <Alert intent="error" role="alert">
          {saveError}
        </Alert>
      )}
      <div>
        <Button appearance="primary" disabled={selected === '' || saving} onClick={() => void use()}>
          {t('shell.team.use')}
        </Button>
      </div>
    </section>
  );
}
