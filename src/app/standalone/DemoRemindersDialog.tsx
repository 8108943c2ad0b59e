import { Link, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../domain/format';
import type { TeamSettings } from '../../domain/types';
import { demoReminders, type DemoReminder } from '../../hosts/browser/demoReminders';
import { Alert } from '../../ui/Alert';
import { describeError } from '../../ui/describeError';
import { ToolDialog } from '../../ui/ToolDialog';
import { demoLink } from './demoLink';
import { demoZone, useDemoListStyles } from './demoListStyles';
import { useServices } from '../../ui/services';
import { useT, type Translator } from '../../ui/useT';

function line(r: DemoReminder, { t, locale }: Translator): string {
  const at = (d: Date) => formatDateTime(d, locale, demoZone());
  const due = r.dueAt === undefined ? '—' : at(r.dueAt);
  if (r.completedAt !== undefined) return t(`teamTools.reminders.${r.kind}.done`, { at: at(r.completedAt) });
  if (r.reminderAt === undefined) return t(`teamTools.reminders.${r.kind}.noReminder`, { due });
  return t(`teamTools.reminders.${r.kind}`, { due, reminder: at(r.reminderAt) });
}

/** The demo's simulated Outlook flags or To Do tasks, following every saved change. */
export function DemoRemindersDialog({ onClose }: { onClose: () => void }) {
  const styles = useDemoListStyles();
  const translator = useT();
  const { t } = translator;
  const { store, host, clock, teamId } = useServices();
  const [state, setState] = useState<{ rows: DemoReminder[]; settings: TeamSettings } | undefined>();
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const [settings, commitments] = await Promise.all([store.getSettings(teamId), store.list({ teamId })]);
        if (!live) return;
        setState({ settings, rows: demoReminders(commitments, settings, host.user, clock.now()) });
        setFailure(undefined);
      } catch (error) {
        if (live) setFailure(error);
      }
    };
    void load();
    const unsubscribe = store.subscribe(() => void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, host, clock, teamId]);
  return (
    <ToolDialog title={t('teamTools.reminders.heading')} onClose={onClose}>
      <Text>{t('teamTools.reminders.intro')}</Text>
      {failure !== undefined && (
        <Alert intent="error" role="alert">
          {describeError(failure, translator)}
        </Alert>
      )}
      {state === undefined ? null : state.settings.followUpReminders === 'off' ? (
        <Text>{t('teamTools.reminders.off')}</Text>
      ) : state.rows.length === 0 ? (
        <Text>{t('teamTools.reminders.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('teamTools.reminders.heading')}>
          {state.rows.map((r) => (
            <li key={r.commitmentId} className={styles.entry}>
              <Text weight="semibold">{r.title}</Text>
              <Text>{line(r, translator)}</Text>
              {/* As the real task's linked resource does: back to the commitment. */}
              <Link href={demoLink(host.commitmentLink(r.commitmentId))}>{t('teamTools.demo.open.commitment')}</Link>
            </li>
          ))}
        </ul>
      )}
    </ToolDialog>
  );
}
