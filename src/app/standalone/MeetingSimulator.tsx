import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type CSSProperties, type ReactNode } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint';
import { useT } from '../../ui/useT';
import type { Standalone } from '../compose';
import { CoveredItemLists } from './DemoItemList';
import { useSelectedItem } from './useSelectedItem';
import { STACKED_SCREEN as STACKED } from '../fitsWindow';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 360px) var(--kept-pane-width)',
    // One row as tall as the frame: the list and the panel scroll within it.
    gridTemplateRows: 'minmax(0, 1fr)',
    justifyContent: 'start',
    flexGrow: 1,
    minHeight: 0,
    [`@media ${STACKED}`]: { gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'none' },
  },
  list: {
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: 'solid',
    borderInlineEndColor: tokens.colorNeutralStroke2,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: 'solid',
    borderInlineEndColor: tokens.colorNeutralStroke2,
  },
  empty: { padding: tokens.spacingHorizontalL },
});

type Meeting = Extract<HostItem, { kind: 'meeting' }>;

/**
 * A Teams meeting, simulated: the demo meetings and Kept's side panel (320 px) for the one selected.
 * Beside the panel, the list of meetings is drawn in the task after the panel's first paint, as the
 * simulated Outlook draws its inbox: in Teams it is Teams' own, and Kept's panel never waits for it.
 */
export function MeetingSimulator({
  standalone,
  width,
  panel,
}: {
  standalone: Standalone;
  width: number;
  panel: (meeting: Meeting) => ReactNode;
}) {
  const styles = useStyles();
  const { t } = useT();
  const [item, select] = useSelectedItem(standalone.host, 'meeting');
  // Stacked above the panel, a list drawn later would push the panel down: there it comes at once.
  const [stacked] = useState(() => typeof matchMedia === 'function' && matchMedia(STACKED).matches);
  const painted = useAfterFirstPaint();
  const listDrawn = painted || stacked;
  const meeting = item?.kind === 'meeting' ? item : undefined;
  return (
    <div className={styles.layout} style={{ '--kept-pane-width': `${width}px` } as CSSProperties}>
      <nav className={styles.list} aria-label={t('shell.meetings.label')} aria-busy={!listDrawn}>
        {listDrawn && (
          <CoveredItemLists
            lists={[{ key: 'meetings', title: t('shell.meetings.title'), items: standalone.world.meetings }]}
            selected={meeting}
            onSelect={select}
            marked={painted}
          />
        )}
      </nav>
      <section className={styles.panel} aria-label={t('shell.meetings.panel')}>
        {meeting === undefined ? (
          <Text className={styles.empty}>{t('shell.meetings.pick')}</Text>
        ) : (
          <div key={meeting.iCalUId ?? meeting.subject}>{panel(meeting)}</div>
        )}
      </section>
    </div>
  );
}
