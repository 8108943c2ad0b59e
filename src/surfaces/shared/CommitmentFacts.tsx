import { teamToday } from '../../domain/actions';
import { localDate } from '../../domain/calendar';
import { formatDate, formatDateTime, formatMailbox, formatRelativeDate, formatRelativeTime } from '../../domain/format';
import { catalogLocale, languageName } from '../../domain/i18n/locales';
import type { CommitmentStatus } from '../../domain/status';
import type { Commitment, TeamSettings } from '../../domain/types';
import { useT } from '../../ui/useT';
import { usePaneStyles } from './usePaneStyles.styles';
import './messages';

/**
 * The facts of a commitment, the same in every surface: the promise in force (and a date only
 * proposed, apart from it), the requester's own date, the target, the checker, the language of
 * the customer's messages when it is not the reader's, and the clocks.
 */
export function CommitmentFacts({
  commitment: c,
  status,
  settings,
  now,
  showOwner = false,
}: {
  commitment: Commitment;
  status: CommitmentStatus;
  settings: TeamSettings;
  now: Date;
  /** The owner, and the customer's address: the overview shows many people's commitments for many customers. */
  showOwner?: boolean;
}) {
  const styles = usePaneStyles();
  const { t, locale } = useT();
  const zone = settings.calendar.timeZone;
  const today = teamToday(settings, now);
  const name = (p: { name: string; email: string }) => p.name || p.email;
  return (
    <dl className={styles.facts}>
      {showOwner && (
        <>
          <dt>{t('commitment.owner')}</dt>
          <dd>{name(c.owner)}</dd>
        </>
      )}
      <dt>{t('commitment.customer')}</dt>
      <dd>{showOwner ? formatMailbox(c.customer, locale) : name(c.customer)}</dd>
      <dt>{t('commitment.promised')}</dt>
      <dd>
        {formatDate(c.promisedDate, locale)}
        {status.open && (
          <span className={styles.muted}>
            {t('commitment.relative', { when: formatRelativeDate(c.promisedDate, today, locale) })}
          </span>
        )}
      </dd>
      {status.proposedDate !== undefined && (
        <>
          <dt>{t('commitment.proposed')}</dt>
          <dd>{t('commitment.proposedValue', { date: formatDate(status.proposedDate, locale) })}</dd>
        </>
      )}
      {c.neededBy !== undefined && (
        <>
          <dt>{t('commitment.neededBy')}</dt>
          <dd>{formatDate(c.neededBy, locale)}</dd>
        </>
      )}
      <dt>{t('commitment.target')}</dt>
      <dd>{formatDate(c.targetDate, locale)}</dd>
      {c.checker !== undefined && (
        <>
          <dt>{t('commitment.checker')}</dt>
          <dd>{name(c.checker)}</dd>
        </>
      )}
      {/* Said when the drafts will not be in the reader's language, so no one is surprised. */}
      {c.messageLanguage !== undefined && c.messageLanguage !== catalogLocale(locale) && (
        <>
          <dt>{t('commitment.messageLanguage')}</dt>
          <dd lang={c.messageLanguage}>{languageName(c.messageLanguage)}</dd>
        </>
      )}
      {status.nextUpdateDue !== undefined && (
        <>
          <dt>{t('commitment.nextUpdate')}</dt>
          <dd>
            {formatDateTime(status.nextUpdateDue, locale, zone)}
            <span className={styles.muted}>
              {t('commitment.relative', { when: formatRelativeTime(status.nextUpdateDue, now, locale) })}
            </span>
          </dd>
        </>
      )}
      {status.awaitingAcknowledgement && status.acknowledgeBy !== undefined && (
        <>
          <dt>{t('commitment.acknowledgeBy')}</dt>
          <dd>{formatDateTime(status.acknowledgeBy, locale, zone)}</dd>
        </>
      )}
      {c.deliveredAt !== undefined && (
        <>
          <dt>{t('commitment.delivered')}</dt>
          <dd>{formatDate(localDate(settings.calendar, new Date(c.deliveredAt)), locale)}</dd>
        </>
      )}
    </dl>
  );
}
