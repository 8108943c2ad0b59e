import { Spinner, Text } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useT } from '../../ui/useT';
import { EmailPane } from './EmailPane';
import { usePaneStyles } from '../shared/usePaneStyles.styles';
import { useCurrentItem } from './useCurrentItem';
import './messages';

// Meetings are the rarer case in a mail pane: their checklist loads when first needed.
const MeetingChecklist = lazy(() =>
  import('../meeting-checklist/MeetingChecklist').then((m) => ({ default: m.MeetingChecklist })),
);

/**
 * The Outlook task pane: the commitments of the selected email (or a form to record one), or the
 * checklist of a meeting. Keyed by the item so a pinned pane never shows one email's form on another.
 */
export function TaskPane() {
  const styles = usePaneStyles();
  const { t } = useT();
  const item = useCurrentItem();

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
