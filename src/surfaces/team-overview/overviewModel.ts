import { addDays, localDate, startOfWeek } from '../../domain/calendar';
import { listedStatusAt, type ListedCommitment } from '../../domain/listed';
import type { CommitmentStatus, StatusKind } from '../../domain/status';
import type { CommitmentHead, IsoDate, TeamSettings } from '../../domain/types';
import { textComparer, textOrder } from './collationKey';
import { ascending, orderByRank, ranksOf, type Ranks } from './rankOrder';

// The overview's rules, pure: which needs-attention lanes a commitment is in, the table's filters,
// search and sort. Statuses come from domain statusAt, so every surface agrees on them.

/** Needs-attention lanes, in the order they are shown. A commitment can be in several. */
export const LANES = [
  'update-overdue',
  'at-risk',
  'promise-overdue',
  'ack-breached',
  'reply-waiting',
  'due-this-week',
] as const;
export type LaneKey = (typeof LANES)[number];

export interface OverviewRow {
  /** Closed ones as their heads: what opens one, or reads histories, reads it in full (listed.ts). */
  readonly commitment: ListedCommitment;
  readonly status: CommitmentStatus;
  readonly lanes: ReadonlySet<LaneKey>;
}

/**
 * One set per combination of lanes (at most 64), shared by every row in it: a set per row was 10,000
 * sets at 10,000 commitments. Shared, so never changed: read-only to everyone.
 */
const laneSets = new Map<string, ReadonlySet<LaneKey>>();

export function lanesOf(c: CommitmentHead, status: CommitmentStatus, weekEnd: IsoDate): ReadonlySet<LaneKey> {
  const lanes: LaneKey[] = [];
  // A reply after delivery (a thank-you with a rating, a problem found) still waits for the owner.
  if (status.customerReplyWaiting) lanes.push('reply-waiting');
  if (status.open) {
    if (status.updateOverdue) lanes.push('update-overdue');
    if (status.atRisk) lanes.push('at-risk');
    if (status.overdue) lanes.push('promise-overdue');
    if (status.acknowledgementBreached) lanes.push('ack-breached');
    // Overdue promises have their own lane; "due this week" is what can still be kept this week.
    if (!status.overdue && c.promisedDate <= weekEnd) lanes.push('due-this-week');
  }
  const key = lanes.join(' ');
  let shared = laneSets.get(key);
  if (shared === undefined) laneSets.set(key, (shared = new Set(lanes)));
  return shared;
}

/** The last calendar day of the team's work week containing `now`. */
export function weekEndOf(settings: TeamSettings, now: Date): IsoDate {
  return addDays(startOfWeek(settings.calendar, localDate(settings.calendar, now)), 6);
}

const subjectOf = (c: CommitmentHead): string => (c.source.kind === 'manual' ? '' : c.source.subject);

export function toRow(
  c: ListedCommitment,
  settings: TeamSettings,
  now: Date,
  weekEnd = weekEndOf(settings, now),
): OverviewRow {
  const status = listedStatusAt(c, settings, now);
  return {
    commitment: c,
    status,
    lanes: lanesOf(c, status, weekEnd),
  };
}

/**
 * Rows with each commitment's status. `byTeam` gives other teams' service standards ("My commitments"
 * spans teams, each with its own acknowledgement time and calendar); `settings` serves the rest.
 */
export function buildRows(
  commitments: readonly ListedCommitment[],
  settings: TeamSettings,
  now: Date,
  byTeam: ReadonlyMap<string, TeamSettings> = new Map(),
): OverviewRow[] {
  const weekEnds = new Map<TeamSettings, IsoDate>();
  const weekEndFor = (s: TeamSettings) => {
    let end = weekEnds.get(s);
    if (end === undefined) weekEnds.set(s, (end = weekEndOf(s, now)));
    return end;
  };
  return commitments.map((c) => {
    const own = byTeam.get(c.teamId) ?? settings;
    return toRow(c, own, now, weekEndFor(own));
  });
}

export type LaneCounts = Readonly<Record<LaneKey, number>>;

export function laneCounts(rows: readonly OverviewRow[]): LaneCounts {
  const counts: Record<LaneKey, number> = {
    'update-overdue': 0,
    'at-risk': 0,
    'promise-overdue': 0,
    'ack-breached': 0,
    'reply-waiting': 0,
    'due-this-week': 0,
  };
  for (const row of rows) for (const lane of row.lanes) counts[lane] += 1;
  return counts;
}

export interface OverviewFilters {
  readonly text: string;
  /** Lower-cased email addresses; empty = everyone. */
  readonly owners: readonly string[];
  readonly customers: readonly string[];
  /** Empty = every status. */
  readonly statuses: readonly StatusKind[];
  /** Promised date range, inclusive; '' = open-ended. */
  readonly from: IsoDate | '';
  readonly to: IsoDate | '';
  readonly lane?: LaneKey;
}

export const NO_FILTERS: OverviewFilters = { text: '', owners: [], customers: [], statuses: [], from: '', to: '' };

export const hasFilters = (f: OverviewFilters): boolean =>
  f.text.trim() !== '' ||
  f.owners.length > 0 ||
  f.customers.length > 0 ||
  f.statuses.length > 0 ||
  f.from !== '' ||
  f.to !== '' ||
  f.lane !== undefined;

/**
 * Lower-cased title, people and subject: what text search looks through. Worked out at the first
 * search, not for every row up front (2 MB at 10,000 commitments that most visits never search),
 * and kept per commitment object: a changed commitment is a new object.
 */
const searchTexts = new WeakMap<CommitmentHead, string>();
export function searchTextOf(c: CommitmentHead): string {
  let text = searchTexts.get(c);
  if (text === undefined) {
    text = [c.title, c.owner.name, c.owner.email, c.customer.name, c.customer.email, subjectOf(c)]
      .join('\n')
      .toLocaleLowerCase();
    searchTexts.set(c, text);
  }
  return text;
}

export function applyFilters(rows: readonly OverviewRow[], f: OverviewFilters): OverviewRow[] {
  // Every word must appear somewhere: "priya dashboard" finds Priya's dashboard request.
  const words = f.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const owners = new Set(f.owners);
  const customers = new Set(f.customers);
  const statuses = new Set(f.statuses);
  return rows.filter((row) => {
    const c = row.commitment;
    if (f.lane !== undefined && !row.lanes.has(f.lane)) return false;
    if (owners.size > 0 && !owners.has(c.owner.email.toLowerCase())) return false;
    if (customers.size > 0 && !customers.has(c.customer.email.toLowerCase())) return false;
    if (statuses.size > 0 && !statuses.has(row.status.kind)) return false;
    if (f.from !== '' && c.promisedDate < f.from) return false;
    if (f.to !== '' && c.promisedDate > f.to) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(c);
    return words.every((w) => text.includes(w));
  });
}

export type SortKey = 'title' | 'status' | 'owner' | 'customer' | 'promisedDate' | 'nextUpdate';
export interface SortState {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** Most urgent first, so "sort by status" reads as a to-do list. */
const STATUS_ORDER: Readonly<Record<StatusKind, number>> = {
  overdue: 0,
  'at-risk': 1,
  'update-due': 2,
  'awaiting-acknowledgement': 3,
  'on-track': 4,
  delivered: 5,
  cancelled: 6,
};

/** Above every status's place in STATUS_ORDER: the status ranks' multiplier. */
const STATUS_PLACES = Math.max(...Object.values(STATUS_ORDER)) + 1;

export const DEFAULT_SORT: SortState = { key: 'status', direction: 'ascending' };

/** Epoch ms of the row's next update due, or +Infinity when none is due. */
const nextUpdateMs = (row: OverviewRow): number => row.status.nextUpdateDue?.getTime() ?? Number.POSITIVE_INFINITY;

/** What a sort reads of the rows, each list by row position. */
interface Cells {
  readonly titles: string[];
  /** Promised dates (status, promised date) or names (owner, customer). */
  readonly texts: string[];
  /** Next update due, epoch ms (+Infinity: none due). */
  readonly times: number[];
  /** Each status's place in STATUS_ORDER. */
  readonly places: number[];
}

/**
 * The titles and the sorted column, read in one pass: at 100,000 rows a pass over them waits on
 * memory, and a second pass waited as long as the first.
 */
function readCells(rows: readonly OverviewRow[], key: SortKey): Cells {
  const n = rows.length;
  const titles = new Array<string>(n);
  const texts = key === 'title' || key === 'nextUpdate' ? [] : new Array<string>(n);
  const times = key === 'nextUpdate' ? new Array<number>(n) : [];
  const places = key === 'status' ? new Array<number>(n) : [];
  for (let i = 0; i < n; i += 1) {
    const row = rows[i] as OverviewRow;
    const c = row.commitment;
    titles[i] = c.title;
    if (key === 'status') {
      places[i] = STATUS_ORDER[row.status.kind];
      texts[i] = c.promisedDate;
    } else if (key === 'promisedDate') texts[i] = c.promisedDate;
    else if (key === 'owner' || key === 'customer') texts[i] = c[key].name;
    else if (key === 'nextUpdate') times[i] = nextUpdateMs(row);
  }
  return { titles, texts, times, places };
}

/** A column's ranks; `blanksLast` when its last rank holds rows with nothing in the column. */
interface ColumnRanks extends Ranks {
  readonly blanksLast: boolean;
}

/**
 * The column's rank for each row, ascending. Dates rank as their text compares, so every value,
 * even an unreadable one, has its place; status ranks first by urgency, then by promised date.
 */
function columnRanks(cells: Cells, key: Exclude<SortKey, 'title'>, collator: Intl.Collator): ColumnRanks {
  if (key === 'nextUpdate') {
    return { ...ranksOf(cells.times, ascending), blanksLast: cells.times.includes(Number.POSITIVE_INFINITY) };
  }
  if (key === 'owner' || key === 'customer')
    return { ...ranksOf(cells.texts, textComparer(collator)), blanksLast: false };
  const dates = ranksOf(cells.texts, ascending);
  if (key === 'promisedDate') return { ...dates, blanksLast: false };
  const ranks = dates.ranks;
  for (let i = 0; i < ranks.length; i += 1) {
    ranks[i] = (cells.places[i] as number) * dates.count + (ranks[i] as number);
  }
  return { ranks, count: STATUS_PLACES * dates.count, blanksLast: false };
}

/**
 * Descending ranks, in place. A row with nothing in the column stays last whichever way it is
 * sorted, as a blank cell sorts in a spreadsheet (descending, 9 of 10 closed rows came first).
 */
function turnAround({ ranks, count, blanksLast }: ColumnRanks): void {
  const turned = blanksLast ? count - 1 : count;
  for (let i = 0; i < ranks.length; i += 1) {
    const rank = ranks[i] as number;
    if (rank < turned) ranks[i] = turned - 1 - rank;
  }
}

/**
 * The rows in the column's order, ties by title (whichever way the column is sorted, so they keep a
 * stable, meaningful order). The column orders by rank (rankOrder.ts), so of 100,000 rows only those
 * with equal values are compared, and only by title.
 */
export function sortRows(rows: readonly OverviewRow[], sort: SortState, locale: string): OverviewRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const cells = readCells(rows, sort.key);
  const byTitle = textOrder(cells.titles, collator);
  const descending = sort.direction === 'descending';
  let order: ArrayLike<number>;
  if (sort.key === 'title') {
    const positions = Array.from(rows, (_, i) => i);
    order = positions.sort(descending ? (i, j) => byTitle(j, i) : byTitle);
  } else {
    const ranked = columnRanks(cells, sort.key, collator);
    if (descending) turnAround(ranked);
    order = orderByRank(ranked, byTitle);
  }
  const sorted = new Array<OverviewRow>(rows.length);
  for (let i = 0; i < rows.length; i += 1) sorted[i] = rows[order[i] as number] as OverviewRow;
  return sorted;
}

export interface PersonOption {
  readonly email: string;
  readonly name: string;
}

/** Distinct owners or customers (by lower-cased email), sorted by name, for the filter menus. */
export function peopleOf(rows: readonly OverviewRow[], role: 'owner' | 'customer', locale: string): PersonOption[] {
  const seen = new Map<string, PersonOption>();
  // A read holds each person once (store/normalize.ts): 10,000 rows name a few dozen people, so each
  // is looked at once, not lower-cased once per row.
  const looked = new Set<object>();
  for (const row of rows) {
    const person = row.commitment[role];
    if (looked.has(person)) continue;
    looked.add(person);
    const email = person.email.toLowerCase();
    if (!seen.has(email)) seen.set(email, { email, name: person.name || person.email });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...seen.values()].sort((a, b) => collator.compare(a.name, b.name));
}
