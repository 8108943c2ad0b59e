import { Text } from '@fluentui/react-components';
import { useT } from '../../ui/useT';
import { MeetingChecklist } from '../meeting-checklist/MeetingChecklist';
import { EmailPane } from './EmailPane';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useCurrentItem } from './useCurrentItem';

/**
 * The Outlook task pane: the commitments of the selected email (or a form to record one), or the
 * checklist of a meeting. Keyed by the item so a pinned pane never shows one email's form on another.
 */
export function TaskPane() {
  const styles = useTaskPaneStyles();
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
        <MeetingChecklist key={item.iCalUId ?? item.joinUrl ?? item.start} meeting={item} />
      </div>
    );
  }
  return (
    <div className={styles.root} aria-label={t('taskpane.label', { subject: item.subject })}>
      <EmailPane key={item.internetMessageId} email={item} />
    </div>
  );
}
