import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { formatDateTime } from '../../domain/format';
import { meaningOf } from '../../domain/replyRules';
import { historyEntryDetail, historyEntryMessage, historySentNote } from '../../domain/history';
import type { Commitment, TeamSettings } from '../../domain/types';
import { useT } from '../../ui/useT';
import { usePaneStyles } from './usePaneStyles.styles';

/** A commitment's history, newest first: each line, its free text, and how Kept knows a message was sent. */
export function HistoryList({
  commitment: c,
  settings,
  heading,
}: {
  commitment: Commitment;
  settings: TeamSettings;
  heading: string;
}) {
  const styles = usePaneStyles();
  const { fmt, t, locale } = useT();
  const headingId = useId();
  const zone = settings.calendar.timeZone;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {heading}
      </h3>
      <ol className={styles.timeline}>
        {[...c.history].reverse().map((entry) => {
          const detail = historyEntryDetail(entry);
          const sent = historySentNote(entry);
          // A meaning recorded from the customer's reply says which reply it came from.
          const reply = meaningOf(entry);
          return (
            <li key={entry.id} className={styles.timelineItem}>
              <Text>{fmt(historyEntryMessage(entry, c, locale))}</Text>
              {reply !== undefined && (
                <Text className={styles.muted}>
                  {t('commitment.history.fromReply', {
                    customer: c.customer.name || c.customer.email,
                    date: formatDateTime(reply, locale, zone),
                  })}
                </Text>
              )}
              {detail !== undefined && (
                <Text className={styles.muted}>
                  <bdi>{detail}</bdi>
                </Text>
              )}
              <Text size={200} className={styles.muted}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale, zone)}</time>
                {sent !== undefined && ` · ${fmt(sent)}`}
              </Text>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
