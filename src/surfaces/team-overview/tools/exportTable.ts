import { localDate } from '../../../domain/calendar';
import { formatMessage } from '../../../domain/i18n';
import { translationsReady } from '../../../domain/i18n/load';
import { localeDirection } from '../../../domain/format';
import { statusLabel } from '../../../domain/status';
import { toCsv } from '../../../domain/teamTools/csv';
import type { IsoDate, TeamSettings } from '../../../domain/types';
import type { Translator } from '../../../ui/useT';
import type { OverviewRow } from '../overviewModel';
import '../../../ui/teamToolsMessages';

export type ExportFormat = 'xlsx' | 'csv';

/** One exported row: text, or a calendar date (typed as a date in the workbook). */
type Cell =
  { readonly kind: 'text'; readonly value: string } | { readonly kind: 'date'; readonly value: IsoDate | undefined };

const COLUMNS = [
  'teamTools.column.title',
  'teamTools.column.status',
  'teamTools.column.owner',
  'teamTools.column.ownerEmail',
  'teamTools.column.customer',
  'teamTools.column.customerEmail',
  'teamTools.column.requested',
  'teamTools.column.target',
  'teamTools.column.promised',
  'teamTools.column.neededBy',
  'teamTools.column.nextUpdate',
  'teamTools.column.delivered',
] as const;

/** The table's rows as the export writes them, dates in the team's calendar. */
export function exportCells(rows: readonly OverviewRow[], settings: TeamSettings, locale: string): Cell[][] {
  const day = (instant: string | Date | undefined): IsoDate | undefined =>
    instant === undefined
      ? undefined
      : localDate(settings.calendar, typeof instant === 'string' ? new Date(instant) : instant);
  const text = (value: string): Cell => ({ kind: 'text', value });
  const date = (value: IsoDate | undefined): Cell => ({ kind: 'date', value });
  return rows.map(({ commitment: c, status }) => [
    text(c.title),
    text(formatMessage(locale, statusLabel(status.kind))),
    text(c.owner.name),
    text(c.owner.email),
    text(c.customer.name),
    text(c.customer.email),
    date(day(c.requestedAt)),
    date(c.targetDate),
    date(c.promisedDate),
    date(c.neededBy),
    date(status.open ? day(status.nextUpdateDue) : undefined),
    date(day(c.deliveredAt)),
  ]);
}

/** A calendar day as the workbook's date: midnight UTC, which the writer stores as that day's serial. */
const asDate = (iso: IsoDate): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};

function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The file name: "<team> commitments 2026-11-27.xlsx", with nothing a file system refuses. */
function fileName(base: string, team: string, today: IsoDate, format: ExportFormat): string {
  const safe = `${team === '' ? '' : `${team} `}${base} ${today}`.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim();
  return `${safe}.${format}`;
}

/**
 * Writes what the table shows (filtered and sorted) to a file the browser downloads: an Excel
 * workbook with dates typed as dates and a status column, or CSV (RFC 4180, formulas neutralised).
 * Returns the file's name.
 */
export async function exportTable(
  rows: readonly OverviewRow[],
  format: ExportFormat,
  options: { translator: Translator; settings: TeamSettings; teamName: string; now?: Date },
): Promise<string> {
  await translationsReady();
  const { t, locale } = options.translator;
  const header = COLUMNS.map((key) => t(key));
  const cells = exportCells(rows, options.settings, locale);
  const file = fileName(
    t('teamTools.export.file'),
    options.teamName,
    localDate(options.settings.calendar, options.now ?? new Date()),
    format,
  );
  if (format === 'csv') {
    const csv = toCsv(
      header,
      cells.map((row) => row.map((cell) => cell.value ?? '')),
    );
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), file);
    return file;
  }
  // A small, maintained writer (one dependency, fflate), loaded only when someone exports.
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...cells.map((row) =>
      row.map((cell) =>
        cell.kind === 'text'
          ? { type: String, value: cell.value }
          : cell.value === undefined
            ? null
            : { type: Date, value: asDate(cell.value), format: 'yyyy-mm-dd' },
      ),
    ),
  ];
  const blob = await writeXlsxFile(data, {
    sheet: t('teamTools.export.sheet').slice(0, 31),
    stickyRowsCount: 1,
    rightToLeft: localeDirection(locale) === 'rtl',
    columns: [
      { width: 40 },
      { width: 22 },
      { width: 20 },
      { width: 28 },
      { width: 20 },
      { width: 28 },
      ...Array.from({ length: 6 }, () => ({ width: 14 })),
    ],
  }).toBlob();
  download(blob, file);
  return file;
}
