import { Button, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { messageActionName, messageRecipient } from '../../../domain/messageActions';
import type { Commitment } from '../../../domain/types';
import { useT } from '../../../ui/useT';
import { usePaneStyles } from '../usePaneStyles.styles';
import type { CommitmentActions } from './useCommitmentActions';
import '../messages';

/**
 * "Recorded when sent": after a draft, either Kept watches Sent Items for the reply (Outlook with
 * sign-in) or it asks once whether the message went. Only a yes, or the reply seen, records it.
 * It takes the keyboard focus when it appears, since it replaces the form the user was in.
 */
export function SentQuestion({
  commitment: c,
  actions,
  onAnswer,
}: {
  commitment: Commitment;
  actions: CommitmentActions;
  /** The user's answer (or "Not sending it" while Kept watches Sent Items). */
  onAnswer: (sent: boolean) => void;
}) {
  const styles = usePaneStyles();
  const { t, fmt } = useT();
  const headingId = useId();
  const heading = useRef<HTMLParagraphElement>(null);
  const pending = actions.pending;
  const via = pending?.confirm.via;
  useEffect(() => {
    // After the draft dialog gave focus back to where it was (gone now): move it here.
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [via]);
  if (pending === null) return null;
  const recipient = messageRecipient(c, pending.action);
  const words = { message: fmt(messageActionName(pending.action)), name: recipient.name || recipient.email };

  if (pending.confirm.via === 'sent-items') {
    return (
      <section className={styles.card} role="group" aria-labelledby={headingId}>
        <p id={headingId} ref={heading} tabIndex={-1} className={styles.question}>
          {t('actions.sent.waiting', words)}
        </p>
        <Text role="status" className={styles.muted}>
          {actions.sentCheck === 'checking'
            ? t('actions.sent.checking')
            : actions.sentCheck === 'not-yet'
              ? t('actions.sent.notYet')
              : ''}
        </Text>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={actions.busy || actions.sentCheck === 'checking'}
            {...(actions.sentCheck === 'checking' ? { icon: <Spinner size="tiny" /> } : {})}
            onClick={() => void actions.checkSentItems(true)}
          >
            {t('actions.sent.check')}
          </Button>
          <Button disabledFocusable={actions.busy} onClick={() => onAnswer(false)}>
            {t('actions.sent.discard')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.card} role="group" aria-labelledby={headingId}>
      <p id={headingId} ref={heading} tabIndex={-1} className={styles.question}>
        {t('actions.sent.question', words)}
      </p>
      {actions.sentCheckFailure !== null && <Text className={styles.muted}>{actions.sentCheckFailure}</Text>}
      <Text className={styles.muted}>{t('actions.sent.explain')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={actions.busy} onClick={() => onAnswer(true)}>
          {t('actions.sent.yes')}
        </Button>
        <Button disabledFocusable={actions.busy} onClick={() => onAnswer(false)}>
          {t('actions.sent.no')}
        </Button>
      </div>
    </section>
  );
}
