import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { TeamId } from '../../domain/ids';
import type { ListedCommitment } from '../../domain/listed';
import type { TeamSettings } from '../../domain/types';
import type { CommitmentFilter } from '../../store/Store';
import { useServices } from '../../ui/services';
import { useListedCommitments } from '../../ui/useCommitments';
import { useNow } from '../../ui/useNow';
import { useT } from '../../ui/useT';
import { useTeamSettings } from '../../ui/useTeamSettings';
import { whenIdle } from '../../ui/whenIdle';
import { firstScreenKey, makeFirstScreen, usableFirstScreen } from './firstScreen';
import {
  applyFilters,
  buildRows,
  DEFAULT_SORT,
  hasFilters,
  laneCounts,
  NO_FILTERS,
  peopleOf,
  sortRows,
  type LaneCounts,
  type LaneKey,
  type OverviewFilters,
  type OverviewRow,
  type PersonOption,
  type SortKey,
  type SortState,
} from './overviewModel';
import { useKeptFirstScreen } from './useKeptFirstScreen';
import { filtersFromQuery, urlWithFilters } from './viewQuery';

export type OverviewView = 'team' | 'mine';

/** Whether the store can reach its backend; the local store is always "online". */
function useOnline(): { online: boolean; pendingWrites: number } {
  const { store } = useServices();
  const read = useCallback(() => {
    const state = store.syncState();
    const browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine !== false;
    return { online: state.online && browserOnline, pendingWrites: state.pendingWrites };
  }, [store]);
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    const unsubscribe = store.subscribe(update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      unsubscribe();
    };
  }, [store, read]);
  return value;
}

/**
 * The service standards of other teams ("My commitments" spans teams), re-read when any team's
 * settings change. Until they arrive the overview uses its own team's, so nothing waits on them.
 */
function useSettingsOfTeams(teamIds: readonly TeamId[]): ReadonlyMap<string, TeamSettings> {
  const { store } = useServices();
  const [byTeam, setByTeam] = useState<ReadonlyMap<string, TeamSettings>>(() => new Map());
  const key = [...teamIds].sort().join('\n');
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const ids = key.split('\n') as TeamId[];
    const read = () => {
      Promise.all(ids.map((id) => store.getSettings(id).then((s) => [id, s] as const))).then(
        (pairs) => live && setByTeam(new Map(pairs)),
        // A team whose settings cannot be read keeps the overview's own team's standards.
        () => undefined,
      );
    };
    read();
    const unsubscribe = store.subscribe((change) => {
      if (change.kind === 'settings' || change.kind === 'refresh') read();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, key]);
  return byTeam;
}

/** The commitments a view shows: the team's, or the signed-in user's own across teams. */
export const overviewFilter = (view: OverviewView, userEmail: string, teamId: TeamId): CommitmentFilter =>
  view === 'mine' ? { ownerEmail: userEmail } : { teamId };

/**
 * Everything the overview shows: the commitments of the team (or mine), their statuses at `now`,
 * the lane counts, and the filtered, sorted rows of the table. Filtering 10,000 rows is cheap but
 * not free, so the search text is deferred: typing stays responsive and the table catches up.
 */
export function useTeamOverview(view: OverviewView) {
  const { host, teamId } = useServices();
  const { locale } = useT();
  const now = useNow(60_000);
  const settings = useTeamSettings();
  const filter = useMemo(() => overviewFilter(view, host.user.email, teamId), [view, host.user.email, teamId]);
  const commitments = useListedCommitments(filter);
  const connection = useOnline();

  // The filters live in the page's URL: a view can be bookmarked, shared, and saved by name.
  const [filters, setFilters] = useState<OverviewFilters>(() =>
    typeof window === 'undefined' ? NO_FILTERS : filtersFromQuery(window.location.search),
  );
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const next = urlWithFilters(window.location.href, filters);
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  }, [filters]);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const deferredFilters = useDeferredValue(filters);

  const settingsValue: TeamSettings | undefined = settings.state === 'ready' ? settings.value : undefined;
  const list = commitments.state === 'ready' ? commitments.value : undefined;

  const otherTeams = useMemo(
    () =>
      view === 'mine' && list !== undefined
        ? [...new Set(list.map((c) => c.teamId))].filter((id) => id !== teamId)
        : [],
    [view, list, teamId],
  );
  const byTeam = useSettingsOfTeams(otherTeams);
  const rows = useMemo<OverviewRow[] | undefined>(
    () => (list !== undefined && settingsValue !== undefined ? buildRows(list, settingsValue, now, byTeam) : undefined),
    [list, settingsValue, now, byTeam],
  );
  const counts = useMemo(() => (rows === undefined ? undefined : laneCounts(rows)), [rows]);
  const owners = useMemo(() => (rows === undefined ? [] : peopleOf(rows, 'owner', locale)), [rows, locale]);
  const customers = useMemo(() => (rows === undefined ? [] : peopleOf(rows, 'customer', locale)), [rows, locale]);
  const filtered = useMemo(
    () => (rows === undefined ? [] : applyFilters(rows, deferredFilters)),
    [rows, deferredFilters],
  );
  const visible = useMemo(() => sortRows(filtered, sort, locale), [filtered, sort, locale]);

  // The first screen kept from the last visit shows until every commitment is read (firstScreen.ts):
  // its counts, people and settings throughout, its rows while the table is as it was kept.
  const screenKey = firstScreenKey(teamId);
  const asKept = view === 'team' && !hasFilters(filters) && filters.lane === undefined && isDefaultSort(sort);
  const kept = useKeptFirstScreen(screenKey, view === 'team');
  const screen = useMemo(
    () => (rows !== undefined || view !== 'team' ? undefined : usableFirstScreen(kept, now, locale, BROWSER_ZONE)),
    [rows, view, kept, now, locale],
  );
  const preview = useMemo<FirstScreenPreview | undefined>(
    () =>
      screen === undefined
        ? undefined
        : {
            rows: asKept ? buildRows(screen.first, screen.settings, now) : undefined,
            counts: screen.counts,
            total: screen.total,
            settings: screen.settings,
            owners: screen.owners,
            customers: screen.customers,
          },
    [screen, asKept, now],
  );
  useKeepFirstScreen(asKept && filters === deferredFilters ? screenKey : undefined, {
    list,
    rows,
    visible,
    counts,
    owners,
    customers,
    settings: settingsValue,
    now,
    locale,
  });

  const toggleSort = useCallback(
    (key: SortKey) =>
      setSort((current) =>
        current.key === key
          ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: 'ascending' },
      ),
    [],
  );
  const toggleLane = useCallback(
    (lane: LaneKey) =>
      setFilters((current) => {
        if (current.lane === lane) {
          const { lane: _lane, ...rest } = current;
          return rest;
        }
        return { ...current, lane };
      }),
    [],
  );

  const error =
    settings.state === 'error' ? settings.error : commitments.state === 'error' ? commitments.error : undefined;
  const retry = useCallback(() => {
    settings.reload();
    commitments.reload();
  }, [settings, commitments]);

  return {
    now,
    /** Which commitments the view shows, for a read of them in full (metrics, digest). */
    filter,
    /** Every commitment of the view, closed ones as their heads (domain listed.ts). */
    list,
    settings: settingsValue,
    reloadSettings: settings.reload,
    rows,
    counts,
    owners,
    customers,
    filters,
    setFilters,
    toggleLane,
    sort,
    toggleSort,
    visible,
    /** Filters typed but not yet applied to the table (search is deferred). */
    stale: filters !== deferredFilters,
    error,
    retry,
    loading: error === undefined && rows === undefined,
    /** Until every commitment is read: the first screen kept from the last visit, if it still holds. */
    preview,
    connection,
  };
}

/** The first rows in the default order and the lane counts, kept from the last visit. */
export interface FirstScreenPreview {
  /** Undefined while the table is filtered or sorted otherwise: that needs every commitment. */
  readonly rows: readonly OverviewRow[] | undefined;
  /** The team's settings, current (see firstScreen.ts), until the settings read answers. */
  readonly settings: TeamSettings;
  readonly owners: readonly PersonOption[];
  readonly customers: readonly PersonOption[];
  readonly counts: LaneCounts;
  readonly total: number;
}

/** The browser's time zone, once: the local store's default settings are in it (compose.ts). */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const isDefaultSort = (sort: SortState): boolean =>
  sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction;

/**
 * Keeps the first screen for the next visit once everything is read and shown, when the page is
 * idle: again when the data or settings change, or when the kept one stops holding (time passed).
 * `key` undefined: the table is filtered or sorted, so it is not the first screen.
 */
function useKeepFirstScreen(
  key: string | undefined,
  state: {
    readonly list: readonly ListedCommitment[] | undefined;
    readonly rows: readonly OverviewRow[] | undefined;
    readonly visible: readonly OverviewRow[];
    readonly counts: LaneCounts | undefined;
    readonly owners: readonly PersonOption[];
    readonly customers: readonly PersonOption[];
    readonly settings: TeamSettings | undefined;
    readonly now: Date;
    readonly locale: string;
  },
) {
  const { store } = useServices();
  const written = useRef<{ list: readonly ListedCommitment[]; settings: TeamSettings; locale: string; until: number }>(
    undefined,
  );
  const { list, rows, visible, counts, owners, customers, settings, now, locale } = state;
  useEffect(() => {
    const screens = store.screens;
    if (key === undefined || screens === undefined) return;
    if (list === undefined || rows === undefined || counts === undefined || settings === undefined) return;
    const last = written.current;
    if (
      last !== undefined &&
      last.list === list &&
      last.settings === settings &&
      last.locale === locale &&
      now.getTime() < last.until
    )
      return;
    const keep = () => {
      const screen = makeFirstScreen(rows, visible, counts, { owners, customers }, settings, now, locale, BROWSER_ZONE);
      // Not kept (the data moved on since these reads, or storage failed) is only slower next time.
      screens.write(key, screen, [list, settings]).then(
        (done) => {
          if (!done) return;
          written.current = { list, settings, locale, until: screen.stableUntil };
          performance.mark('kept:overview:screen-kept');
        },
        () => undefined,
      );
    };
    return whenIdle(keep, 2000, 200);
  }, [store, key, list, rows, visible, counts, owners, customers, settings, now, locale]);
}

export type TeamOverviewState = ReturnType<typeof useTeamOverview>;
