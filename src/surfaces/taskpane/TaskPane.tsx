import { Spinner, Text } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { translationsReady } from '../../domain/i18n/load';
import { useT } from '../../ui/useT';
import { EmailPane } from './EmailPane';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useCurrentItem } from './useCurrentItem';
import { useDraftHousekeeping } from './usePersistentDraft';
import './messages';

// Meetings are the rarer case in a mail pane: their checklist (and its words in the pane's
// language) loads when first needed.
const MeetingChecklist = lazy(() =>
  import('../meeting-checklist/MeetingChecklist').then(async (m) => {
    await translationsReady();
    return { default: m.MeetingChecklist };
  }),
);

/**
 * The Outlook task pane: the commitments of the selected email (or a form to record one), or the
 * checklist of a meeting. Keyed by the item so a pinned pane never shows one email's form on another.
 */
export function TaskPane() {
  const styles = useTaskPaneStyles();
  const { t } = useT();
  const item = useCurrentItem();
  useDraftHousekeeping();

  if (item === undefined) {
    return (
      <div className={styles.root}>
        <Text>{t('taskpane.noItem')}</Text>
      </div>
    );
  }
  if (item.kind === 'meeting') {
    return (
      <div className={styles.root}>
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <MeetingChecklist key={item.itemId ?? item.iCalUId ?? item.joinUrl ?? item.start} meeting={item} />
        </Suspense>
      </div>
    );
  }
  return (
    <div className={styles.root} aria-label={t('taskpane.label', { subject: item.subject })}>
      <EmailPane key={item.internetMessageId} email={item} />
    </div>
  );
}
