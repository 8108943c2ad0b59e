import { Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { CSSProperties, ReactNode } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { formatDateTime, formatDateTimeRange, formatList, formatMailbox } from '../../domain/format';
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint';
import { useT } from '../../ui/useT';
import type { Standalone } from '../compose';
import { CoveredItemLists, itemKey } from './DemoItemList';
import { DemoThread } from './DemoThread';
import { useSelectedItem } from './useSelectedItem';
import { demoZone } from './demoListStyles';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 320px) minmax(0, 1fr) var(--kept-pane-width)',
    // One row as tall as the frame: the inbox, the reading pane and Kept's pane scroll within it.
    gridTemplateRows: 'minmax(0, 1fr)',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 899px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  inbox: {
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: 'solid',
    borderInlineEndColor: tokens.colorNeutralStroke2,
    '@media (max-width: 899px)': { display: 'none' },
  },
  reading: {
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowY: 'auto',
    '@media (max-width: 899px)': { display: 'none' },
  },
  from: { color: tokens.colorNeutralForeground3 },
  body: { whiteSpace: 'pre-wrap', maxWidth: '60ch' },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    overflowY: 'auto',
    '@media (max-width: 899px)': { borderInlineStartWidth: 0 },
  },
  paneHeader: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  compactPicker: {
    display: 'none',
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 899px)': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  },
});

/**
 * Outlook, simulated: the demo inbox and calendar, a reading pane, and Kept's task pane in a column
 * as wide as Outlook's (320 px, or `?width=`). On a narrow screen only the pane shows, with a picker.
 *
 * The inbox and the reading pane are drawn in the task after the pane's first paint. In Outlook they
 * are Outlook's, and an add-in's pane never waits for them; here they share the page's one thread,
 * and drawn first they held the pane back by about 10% (bench/blank-ratios.mjs). Their columns are
 * there from the start, so nothing moves when they fill.
 */
export function OutlookSimulator({
  standalone,
  width,
  children,
}: {
  standalone: Standalone;
  width: number;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useT();
  const pickerId = useId('demo-item');
  const [item, select] = useSelectedItem(standalone.host, 'item');
  const hostDrawn = useAfterFirstPaint();
  const { emails, meetings } = standalone.world;
  const all = [...emails, ...meetings];

  return (
    <div className={styles.layout} style={{ '--kept-pane-width': `${width}px` } as CSSProperties}>
      <nav className={styles.inbox} aria-label={t('shell.inbox.label')} aria-busy={!hostDrawn}>
        {hostDrawn && (
          <CoveredItemLists
            lists={[
              { key: 'inbox', title: t('shell.inbox.title'), items: emails },
              { key: 'calendar', title: t('shell.inbox.calendar'), items: meetings },
            ]}
            selected={item}
            onSelect={select}
            marked
          />
        )}
      </nav>
      <article className={styles.reading} aria-label={item?.subject ?? t('shell.inbox.title')} aria-busy={!hostDrawn}>
        {hostDrawn && <ReadingPane item={item} standalone={standalone} />}
      </article>
      <section className={styles.pane} aria-label={t('shell.pane.label')}>
        <div className={styles.compactPicker}>
          <label htmlFor={pickerId}>{t('shell.inbox.label')}</label>
          <Select
            id={pickerId}
            value={item === undefined ? '' : itemKey(item)}
            onChange={(_, d) => {
              const next = all.find((candidate) => itemKey(candidate) === d.value);
              if (next !== undefined) select(next);
            }}
          >
            <option value="" disabled>
              {t('shell.inbox.pick')}
            </option>
            {all.map((candidate) => (
              <option key={itemKey(candidate)} value={itemKey(candidate)}>
                {candidate.subject}
              </option>
            ))}
          </Select>
        </div>
        {children}
      </section>
    </div>
  );
}

/** The reading pane: the selected email or meeting, and the demo's conversation for an email. */
function ReadingPane({ item, standalone }: { item: HostItem | undefined; standalone: Standalone }) {
  const styles = useStyles();
  const { t, locale } = useT();
  const zone = demoZone();
  return item === undefined ? (
    <Text>{t('shell.inbox.pick')}</Text>
  ) : (
    <>
      <Text as="h2" size={600} weight="semibold">
        <bdi>{item.subject}</bdi>
      </Text>
      <Text className={styles.from}>
        {item.kind === 'email' ? (
          <>
            {formatMailbox(item.from, locale)} · {formatDateTime(item.receivedAt, locale, zone)}
          </>
        ) : (
          <>
            <bdi>{item.organizer.name}</bdi> · {formatDateTimeRange(item.start, item.end, locale, zone)}
          </>
        )}
      </Text>
      {item.kind === 'email' && item.preview !== undefined && (
        <Text className={styles.body}>
          <bdi>{item.preview}</bdi>
        </Text>
      )}
      {item.kind === 'email' && (
        <DemoThread
          key={item.conversationId}
          email={item}
          mailbox={standalone.host.mailbox}
          user={standalone.host.user}
        />
      )}
      {item.kind === 'meeting' && (
        <Text className={styles.body}>
          {formatList(
            item.attendees.map((a) => a.name),
            locale,
            'unit',
          )}
        </Text>
      )}
    </>
  );
}
