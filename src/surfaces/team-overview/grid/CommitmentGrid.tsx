import { Button, mergeClasses, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowSortDownRegular } from '@fluentui/react-icons/svg/arrow-sort-down';
import { ArrowSortUpRegular } from '@fluentui/react-icons/svg/arrow-sort-up';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { localDate } from '../../../domain/calendar';
import { formatShortDate } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import type { TeamSettings } from '../../../domain/types';
import type { IntentProps } from '../../../ui/preloadOnIntent';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useT } from '../../../ui/useT';
import type { OverviewRow, SortKey, SortState } from '../overviewModel';
import {
  COMPACT_BELOW_PX,
  COMPACT_COLUMNS,
  COMPACT_ROW_HEIGHT,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  SELECT_COLUMN,
  useCommitmentGridStyles,
  WIDE_COLUMNS,
} from './useCommitmentGridStyles.styles';
import { useVirtualRows } from './useVirtualRows';
import '../messages';

const isCompact = (width: number | undefined) => width !== undefined && width < COMPACT_BELOW_PX;
const rowHeightFor = (width: number | undefined) => (isCompact(width) ? COMPACT_ROW_HEIGHT : ROW_HEIGHT);

// Formatting dates is the costliest part of a row; while scrolling the same dates come back often.
const dateCache = new Map<string, string>();
function cachedShortDate(iso: string, locale: string): string {
  const key = `${locale}|${iso}`;
  let text = dateCache.get(key);
  if (text === undefined) {
    if (dateCache.size > 5000) dateCache.clear();
    text = formatShortDate(iso, locale);
    dateCache.set(key, text);
  }
  return text;
}

interface Column {
  readonly key: SortKey;
  readonly label: MessageKey;
}

const WIDE: readonly Column[] = [
  { key: 'title', label: 'overview.column.title' },
  { key: 'status', label: 'overview.column.status' },
  { key: 'owner', label: 'overview.column.owner' },
  { key: 'customer', label: 'overview.column.customer' },
  { key: 'promisedDate', label: 'overview.column.promised' },
  { key: 'nextUpdate', label: 'overview.column.nextUpdate' },
];
const COMPACT: readonly Column[] = [
  { key: 'title', label: 'overview.column.title' },
  { key: 'status', label: 'overview.column.status' },
];

export interface CommitmentGridProps {
  readonly rows: readonly OverviewRow[];
  readonly settings: TeamSettings;
  readonly sort: SortState;
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (row: OverviewRow) => void;
  readonly selectedId?: string | undefined;
  /** Rows can be picked for the team tools (bulk reassign, nudge, export): the ids picked, and how to change them. */
  readonly selection?: GridSelection;
  /**
   * How many rows the table has, when `rows` are only its first screen (kept from the last visit)
   * while the rest is read: said to assistive technology and kept as the scroll height, so nothing
   * jumps when the rest arrives. Picking every row waits.
   */
  readonly rowCount?: number;
  /** Start loading a row's details (`preloadOnIntent`) when the pointer or the focus comes to the table. */
  readonly detailsIntent?: IntentProps;
}

export interface GridSelection {
  readonly picked: ReadonlySet<string>;
  toggle(id: string): void;
  /** Picks every row shown, or none when all are picked. */
  toggleAll(): void;
}

/**
 * The commitments table as an ARIA grid that renders only the rows in view. Fluent's DataGrid
 * renders every row, which at 10,000 commitments costs seconds; this keeps Fluent's look (tokens,
 * badges, buttons) with a windowed body. One row is in the tab order; arrow keys, Page Up/Down,
 * Home and End move between rows, Space picks a row (when rows can be picked) and Enter opens the
 * details. The header's checkbox picks every row shown.
 */
export function CommitmentGrid({
  rows,
  settings,
  sort,
  onSort,
  onOpen,
  selectedId,
  selection,
  rowCount = rows.length,
  detailsIntent,
}: CommitmentGridProps) {
  const styles = useCommitmentGridStyles();
  // A row opens the commitment's drawer, which is no dialog trigger of Fluent's: marked as where the
  // focus goes back, closing the drawer gives it to the row that opened it instead of the page.
  const restoreFocusTarget = useRestoreFocusTarget();
  const { t, locale } = useT();
  const partial = rowCount !== rows.length;
  const virtual = useVirtualRows(rows.length, rowHeightFor, HEADER_HEIGHT);
  const { rowHeight, start, end, scrollToRow, visibleRows, setScroller, onScroll, width } = virtual;
  const compact = isCompact(width);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const rowRefs = useRef(new Map<number, HTMLDivElement>());

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    rowRefs.current.get(activeIndex)?.focus({ preventScroll: true });
  }, [activeIndex, start, end]);

  const columns = compact ? COMPACT : WIDE;
  const template = `${selection === undefined ? '' : `${SELECT_COLUMN} `}${compact ? COMPACT_COLUMNS : WIDE_COLUMNS}`;
  const offset = selection === undefined ? 0 : 1;
  const pickedShown = selection === undefined ? 0 : rows.filter((r) => selection.picked.has(r.commitment.id)).length;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusPending.current = true;
    setActive(next);
    scrollToRow(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'row') return;
    const page = Math.max(1, visibleRows - 2);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === ' ' && selection !== undefined) {
      event.preventDefault();
      const row = rows[activeIndex];
      if (row !== undefined) selection.toggle(row.commitment.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rows[activeIndex];
      if (row !== undefined) onOpen(row);
    }
  };

  const dateText = (iso: string) => cachedShortDate(iso, locale);
  const dateOf = (row: OverviewRow) => dateText(row.commitment.promisedDate);
  const nextUpdateOf = (row: OverviewRow) =>
    row.status.nextUpdateDue === undefined
      ? t('overview.column.noUpdate')
      : dateText(localDate(settings.calendar, row.status.nextUpdateDue));

  // The active row stays rendered even when scrolled away, so Tab can always reach the grid.
  const indexes: number[] = [];
  for (let i = start; i < end; i++) indexes.push(i);
  if (rows.length > 0 && (activeIndex < start || activeIndex >= end)) indexes.push(activeIndex);

  return (
    <div
      ref={setScroller}
      className={styles.scroller}
      onScroll={onScroll}
      role="grid"
      aria-label={t('overview.table.label')}
      aria-describedby="kept-grid-hint"
      aria-rowcount={rowCount + 1}
      {...(partial ? { 'data-partial': true } : {})}
      aria-colcount={columns.length + offset}
      {...(selection === undefined ? {} : { 'aria-multiselectable': true })}
      onKeyDown={onKeyDown}
      {...detailsIntent}
      data-testid="commitment-grid"
    >
      <span id="kept-grid-hint" hidden>
        {t(selection === undefined ? 'overview.table.hint' : 'overview.table.hintSelect')}
      </span>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header} style={{ gridTemplateColumns: template }}>
          {selection !== undefined && (
            <div role="columnheader" aria-colindex={1} className={styles.checkCell}>
              <input
                type="checkbox"
                className={styles.checkbox}
                aria-label={t('overview.select.all')}
                // Every row is not here yet: picking all waits, and says so without leaving the tab order.
                {...(partial ? { 'aria-disabled': true } : {})}
                checked={!partial && rows.length > 0 && pickedShown === rows.length}
                ref={(el) => {
                  if (el !== null) el.indeterminate = pickedShown > 0 && (partial || pickedShown < rows.length);
                }}
                onChange={() => {
                  if (!partial) selection.toggleAll();
                }}
              />
            </div>
          )}
          {columns.map((column, c) => {
            const sorted = sort.key === column.key ? sort.direction : undefined;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-colindex={c + 1 + offset}
                aria-sort={sorted ?? 'none'}
                className={styles.headerCell}
                // The button's own clicks (and Enter or Space on it) reach here too: one handler for the cell.
                onClick={() => onSort(column.key)}
              >
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.sortButton}
                  {...(sorted === undefined
                    ? {}
                    : { icon: sorted === 'ascending' ? <ArrowSortUpRegular /> : <ArrowSortDownRegular /> })}
                  iconPosition="after"
                >
                  {t(column.label)}
                </Button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className={styles.body} style={{ height: rowCount * rowHeight }}>
        {indexes.map((index) => {
          const row = rows[index];
          if (row === undefined) return null;
          const c = row.commitment;
          const picked = selection?.picked.has(c.id) === true;
          return (
            <div
              key={c.id}
              {...(selection === undefined ? {} : { 'aria-selected': picked })}
              ref={(el) => {
                if (el === null) rowRefs.current.delete(index);
                else rowRefs.current.set(index, el);
              }}
              role="row"
              {...restoreFocusTarget}
              aria-rowindex={index + 2}
              tabIndex={index === activeIndex ? 0 : -1}
              data-commitment-id={c.id}
              className={mergeClasses(styles.row, picked && styles.checked, selectedId === c.id && styles.selected)}
              style={{
                gridTemplateColumns: template,
                height: rowHeight,
                transform: `translateY(${index * rowHeight}px)`,
              }}
              onClick={() => {
                setActive(index);
                onOpen(row);
              }}
            >
              {selection !== undefined && (
                <div
                  role="gridcell"
                  aria-colindex={1}
                  className={styles.checkCell}
                  onClick={(e) => e.stopPropagation()}
                >
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    className={styles.checkbox}
                    aria-label={t('overview.select.row', { title: c.title })}
                    checked={picked}
                    onChange={() => {
                      setActive(index);
                      selection.toggle(c.id);
                    }}
                  />
                </div>
              )}
              {compact ? (
                <>
                  <div role="gridcell" aria-colindex={1 + offset} className={styles.cell}>
                    <span dir="auto" className={mergeClasses(styles.titleCell, styles.compactTitle)}>
                      {c.title}
                    </span>
                    <span dir="auto" className={mergeClasses(styles.secondary, styles.compactTitle)}>
                      {t('overview.row.compact', { owner: c.owner.name, customer: c.customer.name, date: dateOf(row) })}
                    </span>
                  </div>
                  <div role="gridcell" aria-colindex={2 + offset} className={styles.cell}>
                    <StatusBadge kind={row.status.kind} size="small" />
                  </div>
                </>
              ) : (
                <>
                  <div
                    role="gridcell"
                    aria-colindex={1 + offset}
                    dir="auto"
                    className={mergeClasses(styles.cell, styles.titleCell)}
                    title={c.title}
                  >
                    {c.title}
                  </div>
                  <div role="gridcell" aria-colindex={2 + offset} className={styles.cell}>
                    <StatusBadge kind={row.status.kind} />
                  </div>
                  <div
                    role="gridcell"
                    aria-colindex={3 + offset}
                    dir="auto"
                    className={styles.cell}
                    title={c.owner.email}
                  >
                    {c.owner.name}
                  </div>
                  <div
                    role="gridcell"
                    aria-colindex={4 + offset}
                    dir="auto"
                    className={styles.cell}
                    title={c.customer.email}
                  >
                    {c.customer.name}
                  </div>
                  <div role="gridcell" aria-colindex={5 + offset} className={styles.cell}>
                    {dateOf(row)}
                  </div>
                  <div
                    role="gridcell"
                    aria-colindex={6 + offset}
                    className={mergeClasses(styles.cell, row.status.nextUpdateDue === undefined && styles.muted)}
                  >
                    {nextUpdateOf(row)}
                  </div>
                </>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
