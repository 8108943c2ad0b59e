import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TeamId } from '../../domain/ids';
import type { TeamSettings } from '../../domain/types';
import type { CommitmentFilter } from '../../store/Store';
import { useServices } from '../../ui/services';
import { useCommitments } from '../../ui/useCommitments';
import { useNow } from '../../ui/useNow';
import { useT } from '../../ui/useT';
import { useTeamSettings } from '../../ui/useTeamSettings';
import {
  applyFilters,
  buildRows,
  DEFAULT_SORT,
  laneCounts,
  NO_FILTERS,
  peopleOf,
  sortRows,
  type LaneKey,
  type OverviewFilters,
  type OverviewRow,
  type SortKey,
  type SortState,
} from './overviewModel';
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
  const commitments = useCommitments(filter);
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
    connection,
  };
}

export type TeamOverviewState = ReturnType<typeof useTeamOverview>;
