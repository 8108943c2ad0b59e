import { Spinner, Text } from '@fluentui/react-components';
import { Suspense } from 'react';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { useT } from '../../ui/useT';
import { usePaneStyles } from '../shared/usePaneStyles.styles';
import { useDraftHousekeeping } from '../shared/usePersistentDraft';
import { EmailPane } from './EmailPane';
import { useCurrentItem } from './useCurrentItem';
import './messages';

// Meetings are the rarer case in a mail pane: their checklist (and its words in the pane's
// language) loads when first needed.
const MeetingChecklist = lazyTranslated(() =>
  import('../meeting-checklist/MeetingChecklist').then((m) => m.MeetingChecklist),
);

/**
 * The Outlook task pane: the commitments of the selected email (or a form to record one), or the
 * checklist of a meeting. Keyed by the item so a pinned pane never shows one email's form on another.
 */
export function TaskPane() {
  const styles = usePaneStyles();
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
