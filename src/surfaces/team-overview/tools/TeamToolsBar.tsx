import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { Suspense, useState } from 'react';
import type { TeamSettings } from '../../../domain/types';
import type { CommitmentFilter } from '../../../store/Store';
import { lazyTranslated } from '../../../ui/lazyTranslated';
import { opensWhenLoaded } from '../../../ui/openWhenLoaded';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import type { OverviewFilters, OverviewRow } from '../overviewModel';
import type { ExportFormat } from './exportTable';
import '../messages';

// Every tool loads when first wanted (the pointer or the focus on its button): the table's first
// render needs none of them.
const ReassignDialog = lazyTranslated(() => import('./ReassignDialog').then((m) => m.ReassignDialog));
const NudgeDialog = lazyTranslated(() => import('./NudgeDialog').then((m) => m.NudgeDialog));
export const DigestDialog = lazyTranslated(() => import('./DigestDialog').then((m) => m.DigestDialog));
const SavedViewsDialog = lazyTranslated(() => import('./SavedViewsDialog').then((m) => m.SavedViewsDialog));

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  count: { color: tokens.colorNeutralForeground2, marginInlineEnd: tokens.spacingHorizontalS },
});

type Tool = 'reassign' | 'nudge' | 'digest' | 'views';

export interface TeamToolsBarProps {
  readonly view: 'team' | 'mine';
  /** The rows the table shows now (filtered and sorted): what export writes and "select all" picks. */
  readonly shown: readonly OverviewRow[];
  /** Every row of the view. */
  readonly all: readonly OverviewRow[];
  /** Which commitments the view shows: the digest reads them in full. */
  readonly filter: CommitmentFilter;
  readonly picked: ReadonlySet<string>;
  readonly onClearPicked: () => void;
  readonly settings: TeamSettings;
  readonly teamName: string;
  readonly now: Date;
  readonly filters: OverviewFilters;
  readonly onApplyFilters: (filters: OverviewFilters) => void;
  /**
   * The table shows the first screen kept from the last visit while the rest is read: the tools
   * that act on every row (export, reassign, the digest) wait for it.
   */
  readonly partial?: boolean;
}

/**
 * The team tools above the table: how many rows are selected (and clear), reassign and nudge the
 * selected rows' owners, export what the table shows, saved views and the weekly digest.
 */
export function TeamToolsBar(props: TeamToolsBarProps) {
  const { view, shown, picked, onClearPicked } = props;
  const styles = useStyles();
  const translator = useT();
  const { t } = translator;
  const { host } = useServices();
  const [tool, setTool] = useState<Tool | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);
  // Nothing picked, nothing to look for: the table may show 10,000 rows.
  const pickedRows = picked.size === 0 ? [] : shown.filter((r) => picked.has(r.commitment.id));
  const none = pickedRows.length === 0;
  const partial = props.partial === true;

  const runExport = async (format: ExportFormat) => {
    setExporting(format);
    setExported(null);
    try {
      // The workbook writer (and the export's words) arrive only now.
      const { exportTable } = await import('./exportTable');
      const file = await exportTable(shown, format, { translator, settings: props.settings, teamName: props.teamName });
      setExported({ ok: true, text: t('teamTools.export.done', { count: shown.length, file }) });
    } catch (error) {
      setExported({
        ok: false,
        text: t('teamTools.export.failed', { detail: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setExporting(null);
    }
  };

  const close = () => setTool(null);
  return (
    <div role="toolbar" aria-label={t('overview.tools.label')} className={styles.bar}>
      <Text className={styles.count} role="status" aria-live="polite">
        {t('overview.tools.selected', { count: pickedRows.length })}
      </Text>
      {!none && (
        <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onClearPicked}>
          {t('overview.tools.clear')}
        </Button>
      )}
      <Button
        size="small"
        disabledFocusable={none || partial}
        {...opensWhenLoaded(ReassignDialog, () => setTool('reassign'))}
      >
        {t('overview.tools.reassign')}
      </Button>
      {view === 'team' && (
        <Button size="small" disabledFocusable={none} {...opensWhenLoaded(NudgeDialog, () => setTool('nudge'))}>
          {t('overview.tools.nudge')}
        </Button>
      )}
      <Button size="small" disabledFocusable={exporting !== null || partial} onClick={() => void runExport('xlsx')}>
        {t('overview.tools.exportXlsx')}
      </Button>
      <Button size="small" disabledFocusable={exporting !== null || partial} onClick={() => void runExport('csv')}>
        {t('overview.tools.exportCsv')}
      </Button>
      {host.documents !== undefined && (
        <Button size="small" {...opensWhenLoaded(SavedViewsDialog, () => setTool('views'))}>
          {t('overview.tools.views')}
        </Button>
      )}
      {view === 'team' && (
        <Button size="small" disabledFocusable={partial} {...opensWhenLoaded(DigestDialog, () => setTool('digest'))}>
          {t('overview.tools.digest')}
        </Button>
      )}
      {exporting !== null && <Spinner size="extra-tiny" aria-hidden />}
      {exported !== null && <Text role={exported.ok ? 'status' : 'alert'}>{exported.text}</Text>}
      <Suspense fallback={null}>
        {tool === 'reassign' && (
          <ReassignDialog rows={pickedRows} all={props.all} onClose={close} onDone={onClearPicked} />
        )}
        {tool === 'nudge' && <NudgeDialog rows={pickedRows} onClose={close} />}
        {tool === 'digest' && (
          <DigestDialog
            filter={props.filter}
            settings={props.settings}
            teamName={props.teamName}
            now={props.now}
            onClose={close}
          />
        )}
        {tool === 'views' && (
          <SavedViewsDialog filters={props.filters} onApply={props.onApplyFilters} onClose={close} />
        )}
      </Suspense>
    </div>
  );
}
