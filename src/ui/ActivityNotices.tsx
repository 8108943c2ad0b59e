import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Alert } from './Alert';
import type { ActivityOutcome } from './services';
import { describeTeamworkFailure } from './teamworkFailure';
import { useT } from './useT';
import './teamToolsMessages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * The notices stay readable and announced while a modal (the overview's details drawer, a dialog) is
 * open: Fluent's modals hide everything outside them with aria-hidden through Tabster's modalizer,
 * and a reassignment made from inside the drawer must still be heard. Tabster's own answer is a
 * modalizer that is `isAlwaysAccessible` (never hidden while another modal is active) and
 * `isOthersAccessible` (it hides nothing and traps no focus when the user tabs into it); Tabster reads
 * it from its `data-tabster` attribute (Types.ModalizerProps; what Fluent's useTabsterAttributes
 * writes, which @fluentui/react-components does not export). Focus stays in the open modal.
 */
const ALWAYS_ACCESSIBLE = {
  'data-tabster': JSON.stringify({
    modalizer: { id: 'kept-activity-notices', isOthersAccessible: true, isAlwaysAccessible: true },
  }),
};

/**
 * What became of the Teams notifications Kept sent after a change was saved: each one that failed
 * stays until dismissed (with why, and that the change itself was saved); the last one that went is
 * announced politely.
 */
export function ActivityNotices({
  outcomes,
  onDismiss,
}: {
  outcomes: readonly ActivityOutcome[];
  onDismiss: (outcome: ActivityOutcome) => void;
}) {
  const styles = useStyles();
  const translator = useT();
  const { t } = translator;
  const failed = outcomes.filter((o) => !o.ok);
  const lastSent = [...outcomes].reverse().find((o) => o.ok);
  const nameOf = (o: ActivityOutcome) => o.notice.to.name || o.notice.to.email;
  return (
    <section className={styles.root} aria-label={t('teamTools.notices.label')} {...ALWAYS_ACCESSIBLE}>
      {failed.map((o, i) => (
        <Alert
          key={`${o.notice.commitmentId}-${o.notice.to.email}-${i}`}
          intent="warning"
          role="alert"
          actions={
            <Button size="small" onClick={() => onDismiss(o)}>
              {t('teamTools.notices.dismiss')}
            </Button>
          }
        >
          {t('teamTools.notifyFailed', {
            name: nameOf(o),
            title: o.notice.title,
            reason: describeTeamworkFailure(o.error, translator),
          })}
        </Alert>
      ))}
      <Text role="status" aria-live="polite">
        {lastSent === undefined
          ? ''
          : t('teamTools.notified', { name: nameOf(lastSent), title: lastSent.notice.title })}
      </Text>
    </section>
  );
}
