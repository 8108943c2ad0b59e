import { Button, Field, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { concernState } from '../../domain/concerns';
import { formatDate, formatRelativeTime } from '../../domain/format';
import { formatMessage } from '../../domain/i18n';
import { recordReplyMeaning, replyMeaningsOffered, type ReplyMeaning } from '../../domain/replyActions';
import { customerReplyState } from '../../domain/replyRules';
import type { Commitment, FeedbackRating } from '../../domain/types';
import { Alert } from '../../ui/Alert';
import { useNow } from '../../ui/useNow';
import { useT } from '../../ui/useT';
import type { CommitmentActions } from './actions/useCommitmentActions';
import { usePaneStyles } from './usePaneStyles.styles';
import './messages';

const RATINGS: readonly FeedbackRating[] = [1, 2, 3, 4, 5];

/**
 * The customer's latest reply in the request's thread ("Priya replied 2 hours ago") and one-click ways
 * to record what it means. Kept never decides that itself: the owner does, here. The reply is the
 * customer's text and stays text (React escapes it; markup in it shows as typed).
 */
export function CustomerReply({ commitment: c, actions }: { commitment: Commitment; actions: CommitmentActions }) {
  const styles = usePaneStyles();
  const { t, locale } = useT();
  const now = useNow(60_000);
  const headingId = useId();
  const recoveryId = useId();
  const [open, setOpen] = useState<'kept-old-date' | 'rated' | null>(null);
  const [recovery, setRecovery] = useState('');
  const [recoveryError, setRecoveryError] = useState<string | null>(null);
  const state = customerReplyState(c);
  const thread = actions.thread;
  const offered = state === undefined || state.answered ? [] : replyMeaningsOffered(c);
  const proposal = concernState(c).proposal;
  const busy = actions.busy || actions.pending !== null;

  const record = async (meaning: ReplyMeaning) => {
    const outcome = await actions.run((current, ctx) => recordReplyMeaning(current, meaning, ctx));
    if (outcome.ok) {
      setOpen(null);
      setRecovery('');
      setRecoveryError(null);
    } else if (outcome.fieldErrors !== undefined)
      setRecoveryError(outcome.fieldErrors.map((e) => formatMessage(locale, e.message)).join(' '));
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t('actions.reply.heading')}
      </h3>
      {state !== undefined && (
        <>
          <Text>
            {t('actions.reply.replied', {
              name: state.reply.from.name || state.reply.from.email,
              when: formatRelativeTime(state.reply.at, now, locale),
            })}
          </Text>
          <blockquote className={styles.wrap}>
            <bdi>{state.reply.excerpt}</bdi>
          </blockquote>
          {state.answered ? (
            <Text className={styles.muted}>{t('actions.reply.answered')}</Text>
          ) : (
            offered.length > 0 && (
              <div role="group" aria-label={t('actions.reply.meaning')} className={styles.section}>
                <Text className={styles.muted}>{t('actions.reply.meaning')}</Text>
                <div className={styles.actions}>
                  {offered.map((kind) =>
                    kind === 'acknowledged' ? (
                      <Button key={kind} disabledFocusable={busy} onClick={() => void record({ kind })}>
                        {t('actions.reply.acknowledged')}
                      </Button>
                    ) : kind === 'accepted' ? (
                      <Button key={kind} disabledFocusable={busy} onClick={() => void record({ kind })}>
                        {t('actions.reply.accepted', {
                          proposed: proposal === undefined ? '' : formatDate(proposal.date, locale),
                        })}
                      </Button>
                    ) : (
                      <Button
                        key={kind}
                        disabledFocusable={busy}
                        aria-expanded={open === kind}
                        appearance={open === kind ? 'primary' : 'secondary'}
                        onClick={() => setOpen(open === kind ? null : kind)}
                      >
                        {kind === 'rated'
                          ? t('actions.reply.rated')
                          : t('actions.reply.keptOldDate', { promised: formatDate(c.promisedDate, locale) })}
                      </Button>
                    ),
                  )}
                </div>
                {open === 'kept-old-date' && (
                  <form
                    className={styles.section}
                    onSubmit={(e) => {
                      e.preventDefault();
                      void record({ kind: 'kept-old-date', recovery });
                    }}
                  >
                    <Field
                      label={t('actions.answer.recovery', { promised: formatDate(c.promisedDate, locale) })}
                      required
                      {...(recoveryError === null
                        ? {}
                        : { validationState: 'error' as const, validationMessage: recoveryError })}
                    >
                      <Textarea id={recoveryId} value={recovery} onChange={(_, d) => setRecovery(d.value)} />
                    </Field>
                    <div className={styles.actions}>
                      <Button type="submit" appearance="primary" disabledFocusable={busy}>
                        {t('actions.reply.record')}
                      </Button>
                    </div>
                  </form>
                )}
                {open === 'rated' && (
                  <div role="group" aria-label={t('actions.feedback.rating')} className={styles.actions}>
                    {RATINGS.map((rating) => (
                      <Button
                        key={rating}
                        disabledFocusable={busy}
                        onClick={() => void record({ kind: 'rated', rating, comment: state.reply.excerpt })}
                      >
                        {t('actions.feedback.ratingOption', { n: rating })}
                      </Button>
                    ))}
                  </div>
                )}
              </div>
            )
          )}
        </>
      )}
      {thread.status === 'needs-consent' && (
        <div className={styles.section}>
          <Text>{t('actions.reply.consent')}</Text>
          <div className={styles.actions}>
            <Button onClick={() => void actions.refreshThread(true)}>{t('actions.reply.allow')}</Button>
          </div>
        </div>
      )}
      {thread.status === 'failed' && (
        <Alert
          intent="warning"
          actions={
            <Button size="small" onClick={() => void actions.refreshThread(true)}>
              {t('common.retry')}
            </Button>
          }
        >
          {thread.message}
        </Alert>
      )}
      {thread.status === 'reading' && <Spinner size="extra-tiny" label={t('actions.reply.reading')} />}
    </section>
  );
}
