import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons/svg/settings';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../ui/services';
import { listQuery, readAhead, readAheadPending } from '../../ui/useCommitments';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { MainLandmark } from '../../ui/MainLandmark';
import { openWhenLoaded, opensWhenLoaded } from '../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../ui/preloadOnIntent';
import { useT } from '../../ui/useT';
import { useDraftHousekeeping } from '../shared/usePersistentDraft';
import { FilterBar } from './FilterBar';
import { CommitmentGrid, type GridSelection } from './grid/CommitmentGrid';
import { TeamToolsBar } from './tools/TeamToolsBar';
import { Lanes } from './Lanes';
import { NO_FILTERS, hasFilters, type OverviewRow } from './overviewModel';
import { EmptyState, ErrorState, LoadingState } from './OverviewStates';
import type { MetricsChoice } from './metrics/MetricsPanel';
import { useTeamOverview, type OverviewView } from './useTeamOverview';
import { useTeamOverviewStyles } from './useTeamOverviewStyles.styles';
import './messages';

// Charts and metrics are not needed for the first render: they load when the tab is opened, or
// when the pointer or the focus comes to it (below).
const loadMetricsTab = () => import('./metrics/MetricsTab');
const MetricsTab = lazy(loadMetricsTab);
/** A read started on a hint that the metrics tab is wanted, let go if it is not opened by then. */
const INTENT_READ_MS = 10_000;
// A commitment's details, with every action, and the team settings load when first wanted (the
// pointer or the focus on the table, on "Team settings"): the table does not need them to show.
export const CommitmentDrawer = lazyTranslated(() =>
  import('./drawer/CommitmentDrawer').then(async (m) => {
    await m.preloadCustomerReply();
    return m.CommitmentDrawer;
  }),
);
const detailsIntent = preloadOnIntent(CommitmentDrawer);
export const SettingsDialog = lazyTranslated(() => import('./settings/SettingsDialog').then((m) => m.SettingsDialog));

const NARROW_PX = 640;

export interface TeamOverviewProps {
  /** team: everyone's commitments in this team; mine: the signed-in user's, across teams. */
  readonly view: OverviewView;
}

/** The Teams tab: needs-attention lanes, the commitments table with details, metrics, team settings. */
export function TeamOverview({ view }: TeamOverviewProps) {
  const styles = useTeamOverviewStyles();
  const { t } = useT();
  const { host, store } = useServices();
  const state = useTeamOverview(view);
  // The details' action forms keep unsaved text on this device, as the task pane's do: same housekeeping.
  useDraftHousekeeping();
  const [section, setSection] = useState<'commitments' | 'metrics'>('commitments');
  // The metrics' period and grouping outlive the tab: back on it, the user finds what they chose.
  const [metricsChoice, setMetricsChoice] = useState<MetricsChoice>();
  // A deep link names one commitment: the drawer starts open on it.
  const [initialId] = useState(() => host.initialCommitmentId());
  const [selectedId, setSelectedId] = useState<string | undefined>(initialId);
  const [drawerOpen, setDrawerOpen] = useState(initialId !== undefined);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Rows picked for the team tools (bulk reassign, nudge), by commitment id.
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const narrow = useNarrow();
  const readyMarked = useRef(false);
  const { rows, retry } = state;
  const linkMissing =
    initialId !== undefined &&
    selectedId === initialId &&
    rows !== undefined &&
    !rows.some((r) => r.commitment.id === initialId);

  const preview = rows === undefined ? state.preview : undefined;
  // For the benchmark and for people watching performance: the first render with data (the first
  // screen kept from the last visit, or everything), and the first with everything.
  const completeMarked = useRef(false);
  useEffect(() => {
    if ((rows !== undefined || preview?.rows !== undefined) && !readyMarked.current) {
      readyMarked.current = true;
      performance.mark('kept:overview:ready');
    }
    if (rows !== undefined && !completeMarked.current) {
      completeMarked.current = true;
      performance.mark('kept:overview:complete');
    }
  }, [rows, preview]);

  // The metrics read every commitment in full (the table holds closed ones as their heads): at
  // 10,000 that takes a moment, so it starts when the pointer or the focus comes to the tab, not
  // only at the click. A read already waiting for the tab is not started again.
  const metricsWanted = useCallback(() => {
    if (section === 'metrics' || rows === undefined) return;
    // The query the tab's useCommitments makes, so the tab takes this read.
    const query = listQuery(state.filter);
    if (readAheadPending(store, query)) return;
    loadMetricsTab().catch(() => undefined);
    readAhead(store, query, INTENT_READ_MS).catch(() => undefined);
  }, [section, rows, store, state.filter]);

  const open = useCallback((row: OverviewRow) => {
    openWhenLoaded(CommitmentDrawer, () => {
      setSelectedId(row.commitment.id);
      setDrawerOpen(true);
    });
  }, []);

  const settings = state.settings ?? preview?.settings;
  const teamName = host.team()?.name ?? settings?.teamName ?? '';
  // Until everything is read, the kept first screen stands in: its rows, counts and total.
  const shown = useMemo(() => (preview === undefined ? state.visible : (preview.rows ?? [])), [preview, state.visible]);
  const counts = state.counts ?? preview?.counts;
  const total = rows?.length ?? preview?.total;
  const selection = useMemo<GridSelection>(
    () => ({
      picked,
      toggle: (id) =>
        setPicked((current) => {
          const next = new Set(current);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
      toggleAll: () =>
        setPicked((current) =>
          shown.length > 0 && shown.every((r) => current.has(r.commitment.id))
            ? new Set()
            : new Set(shown.map((r) => r.commitment.id)),
        ),
    }),
    [picked, shown],
  );
  const selectedRow =
    selectedId === undefined ? undefined : (rows ?? preview?.rows)?.find((r) => r.commitment.id === selectedId);

  return (
    <MainLandmark className={styles.root} aria-labelledby="kept-overview-title">
      <header className={styles.header}>
        <div>
          <h1 id="kept-overview-title" className={styles.heading}>
            {t(view === 'mine' ? 'overview.title.mine' : 'overview.title.team')}
          </h1>
          {view === 'team' && teamName !== '' && <Text className={styles.subtitle}>{teamName}</Text>}
        </div>
        <div className={styles.headerActions}>
          <TabList
            selectedValue={section}
            onTabSelect={(_, data) => setSection(data.value === 'metrics' ? 'metrics' : 'commitments')}
            aria-label={t('overview.sections')}
          >
            <Tab value="commitments">{t('overview.section.commitments')}</Tab>
            <Tab value="metrics" onPointerEnter={metricsWanted} onFocus={metricsWanted}>
              {t('overview.section.metrics')}
            </Tab>
          </TabList>
          {view === 'team' && (
            <Button
              icon={<SettingsRegular />}
              disabledFocusable={state.settings === undefined}
              {...opensWhenLoaded(SettingsDialog, () => setSettingsOpen(true))}
            >
              {t('overview.settings.open')}
            </Button>
          )}
        </div>
      </header>

      <div className={styles.messages}>
        {/* Said, not shown: a line that comes and goes would move the page under the user's pointer. */}
        <span role="status" className={styles.visuallyHidden}>
          {preview !== undefined ? t('overview.reading') : ''}
        </span>
        {!state.connection.online && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('overview.offline')}</MessageBarBody>
          </MessageBar>
        )}
        {state.connection.pendingWrites > 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{t('overview.pending', { count: state.connection.pendingWrites })}</MessageBarBody>
          </MessageBar>
        )}
        {linkMissing && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('overview.linkNotFound')}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {state.error !== undefined ? (
        <ErrorState error={state.error} onRetry={retry} />
      ) : total === undefined || settings === undefined || counts === undefined ? (
        <LoadingState />
      ) : section === 'metrics' ? (
        <Suspense fallback={<Spinner label={t('overview.metrics.loading')} />}>
          <MetricsTab
            filter={state.filter}
            settings={settings}
            now={state.now}
            showPeople={view === 'team'}
            choice={metricsChoice}
            onChoice={setMetricsChoice}
          />
        </Suspense>
      ) : total === 0 ? (
        <EmptyState kind={view} />
      ) : (
        <>
          <Lanes counts={counts} selected={state.filters.lane} onToggle={state.toggleLane} />
          <FilterBar
            filters={state.filters}
            onChange={state.setFilters}
            owners={preview?.owners ?? state.owners}
            customers={preview?.customers ?? state.customers}
            showOwner={view === 'team'}
            matching={preview === undefined ? shown.length : total}
            total={total}
          />
          <TeamToolsBar
            view={view}
            shown={shown}
            all={rows ?? shown}
            filter={state.filter}
            partial={preview !== undefined}
            picked={picked}
            onClearPicked={() => setPicked(new Set())}
            settings={settings}
            teamName={teamName}
            now={state.now}
            filters={state.filters}
            onApplyFilters={state.setFilters}
          />
          {preview !== undefined && preview.rows === undefined ? (
            // Filtered or sorted before every commitment is read: the table waits for them, the
            // controls stay where the user is.
            <LoadingState />
          ) : shown.length === 0 ? (
            <EmptyState kind="filtered" onClear={() => state.setFilters(NO_FILTERS)} />
          ) : (
            <CommitmentGrid
              rows={shown}
              {...(preview === undefined ? {} : { rowCount: preview.total })}
              settings={settings}
              sort={state.sort}
              onSort={state.toggleSort}
              onOpen={open}
              detailsIntent={detailsIntent}
              selectedId={drawerOpen ? selectedId : undefined}
              selection={selection}
            />
          )}
          {hasFilters(state.filters) && state.stale && <Spinner size="tiny" aria-hidden />}
        </>
      )}

      {settings !== undefined && selectedId !== undefined && (
        // Once opened it stays mounted, so closing it animates and hands the focus back.
        <Suspense fallback={null}>
          <CommitmentDrawer
            row={selectedRow}
            settings={settings}
            open={drawerOpen && !linkMissing}
            onClose={() => setDrawerOpen(false)}
            onConflict={retry}
            narrow={narrow}
          />
        </Suspense>
      )}
      {settingsOpen && state.settings !== undefined && (
        <Suspense fallback={null}>
          <SettingsDialog
            settings={state.settings}
            latest={state.settings}
            teamName={teamName}
            team={state.list ?? []}
            onClose={() => setSettingsOpen(false)}
            onSaved={state.reloadSettings}
          />
        </Suspense>
      )}
    </MainLandmark>
  );
}

function useNarrow(): boolean {
  const query = `(max-width: ${NARROW_PX}px)`;
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const update = () => setNarrow(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return narrow;
}
