import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons/svg/calendar';
import { MailRegular } from '@fluentui/react-icons/svg/mail';
import { formatDateTime, formatDateTimeRange } from '../../domain/format';
import type { HostItem } from '../../hosts/HostContext';
import { useT } from '../../ui/useT';
import { demoZone } from './demoListStyles';
import { useCoverage } from './useCoverage';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  heading: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    border: 'none',
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    font: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  icon: { color: tokens.colorNeutralForeground3, paddingBlockStart: '2px' },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, gap: '2px' },
  oneLine: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  meta: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
});

export const itemKey = (item: HostItem): string =>
  item.kind === 'email' ? item.itemId : (item.iCalUId ?? item.joinUrl ?? item.subject);

/**
 * Scrolls the list that holds `item` (its nearest ancestor that scrolls on its own) so that the item
 * shows: a meeting selected by the URL sits low in the calendar.
 * The page itself never moves. A ref callback: it runs when an item becomes the selected one.
 */
function revealInList(item: HTMLElement | null): void {
  if (item === null) return;
  let list = item.parentElement;
  while (
    list !== null &&
    !(list.scrollHeight > list.clientHeight && /auto|scroll/.test(getComputedStyle(list).overflowY))
  )
    list = list.parentElement;
  if (list === null || list === document.scrollingElement || list === document.body) return;
  const box = list.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top >= box.top && at.bottom <= box.bottom) return;
  const outOfView = at.bottom <= box.top || at.top >= box.bottom;
  // Out of view, centred; partly in view (an item just clicked at the list's edge), only what is hidden.
  list.scrollTop += outOfView
    ? at.top - box.top - (box.height - at.height) / 2
    : at.bottom > box.bottom
      ? at.bottom - box.bottom
      : at.top - box.top;
}

/** The demo inbox or calendar: a list of buttons, the way Outlook's message list selects an item. */
export function DemoItemList({
  title,
  items,
  selected,
  covered,
  onSelect,
}: {
  title: string;
  items: readonly HostItem[];
  selected: HostItem | undefined;
  covered: (item: HostItem) => boolean;
  onSelect: (item: HostItem) => void;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const zone = demoZone();
  return (
    <section aria-label={title}>
      <Text as="h2" size={300} weight="semibold" block className={styles.heading}>
        {title}
      </Text>
      <ul className={styles.list}>
        {items.map((item) => {
          const isSelected = selected !== undefined && itemKey(selected) === itemKey(item);
          const when =
            item.kind === 'email'
              ? formatDateTime(item.receivedAt, locale, zone)
              : formatDateTimeRange(item.start, item.end, locale, zone);
          return (
            <li key={itemKey(item)}>
              <button
                type="button"
                className={mergeClasses(styles.item, isSelected && styles.selected)}
                aria-current={isSelected ? 'true' : undefined}
                ref={isSelected ? revealInList : undefined}
                onClick={() => onSelect(item)}
              >
                <span className={styles.icon} aria-hidden>
                  {item.kind === 'email' ? <MailRegular /> : <CalendarRegular />}
                </span>
                <span className={styles.text}>
                  {/* Names and subjects take their own direction, so a long one is cut at its end, not its start. */}
                  <Text weight="semibold" className={styles.oneLine} dir="auto">
                    {item.kind === 'email' ? item.from.name : item.organizer.name}
                  </Text>
                  <Text className={styles.oneLine} dir="auto">
                    {item.subject}
                  </Text>
                  <span className={styles.meta}>
                    <Text size={200}>{when}</Text>
                    {covered(item) && (
                      <Badge size="small" appearance="tint" color="brand">
                        {t('shell.inbox.covered')}
                      </Badge>
                    )}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * A simulated host's lists (the inbox and the calendar, or the meetings), each item marked when it
 * has a commitment. Which have one comes from reading the team's whole list, once `marked` is true:
 * a simulator asks for it after Kept's own first paint, so it never competes with the pane's reads.
 */
export function CoveredItemLists({
  lists,
  selected,
  onSelect,
  marked,
}: {
  lists: readonly { readonly key: string; readonly title: string; readonly items: readonly HostItem[] }[];
  selected: HostItem | undefined;
  onSelect: (item: HostItem) => void;
  marked: boolean;
}) {
  const covered = useCoverage(marked);
  return lists.map(({ key, title, items }) => (
    <DemoItemList key={key} title={title} items={items} selected={selected} covered={covered} onSelect={onSelect} />
  ));
}
