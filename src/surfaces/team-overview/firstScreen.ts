import { statusStableUntil } from '../../domain/statusStableUntil';
import type { ListedCommitment } from '../../domain/listed';
import type { TeamSettings } from '../../domain/types';
import { LANES, type LaneCounts, type OverviewRow, type PersonOption } from './overviewModel';

/**
 * The overview's first screen, kept for the next visit (store.screens): the lane counts, how many
 * commitments there are, and the first rows of the table in its default order. A return visit
 * shows it while every commitment is still being read, so the first row is on screen at once.
 *
 * It is the truth, not a guess: the store forgets it at any change to commitments or settings, and
 * it is used only until the first instant any status in it could read differently (the domain's
 * statusStableUntil, which ends at the team's midnight at the latest), by the same release, in the
 * same language and time zone; its rows show only while the table is unfiltered and in its default
 * order. Its rows' statuses are
 * worked out again when shown; only the counts and the order are taken from it.
 */
export interface FirstScreen {
  readonly format: typeof FORMAT;
  /** The release's rules (scripts/rules-version.mjs): a screen an earlier release kept is not used. */
  readonly rules: string;
  /** The browser's time zone: the default settings of a team that saved none are in it. */
  readonly zone: string;
  /** Epoch ms: worked out then, so shown from then on only (a clock set back does not revive it). */
  readonly from: number;
  readonly locale: string;
  /**
   * The team's settings the statuses were worked out with. A kept screen outlives no settings
   * change (the store forgets it), so they are the current ones: the preview needs no settings read,
   * which waits behind the full read.
   */
  readonly settings: TeamSettings;
  /** Epoch ms: shown before this instant only. */
  readonly stableUntil: number;
  readonly total: number;
  readonly counts: LaneCounts;
  /** The first rows of the default order, as the overview holds them (closed ones as their heads). */
  readonly first: readonly ListedCommitment[];
  /** The filter menus' people, so they are complete from the first moment. */
  readonly owners: readonly PersonOption[];
  readonly customers: readonly PersonOption[];
}

const FORMAT = 1;
const RULES: string = import.meta.env.VITE_KEPT_RULES ?? 'unversioned';
/** Enough rows to fill a tall window (rows are 36–72 px) and its overscan. */
export const FIRST_SCREEN_ROWS = 60;

/**
 * One kept screen per team, for its everyone view. ("My commitments" spans teams, each with its own
 * calendar and standards: it always reads everything first.)
 */
export const firstScreenKey = (teamId: string): string => `overview:team:${teamId}`;

/** The screen to keep, from every row (statuses at `now`) and the table in its default order. */
export function makeFirstScreen(
  rows: readonly OverviewRow[],
  inDefaultOrder: readonly OverviewRow[],
  counts: LaneCounts,
  people: { readonly owners: readonly PersonOption[]; readonly customers: readonly PersonOption[] },
  settings: TeamSettings,
  now: Date,
  locale: string,
  zone: string,
): FirstScreen {
  let stableUntil = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    stableUntil = Math.min(stableUntil, statusStableUntil(row.commitment, settings, row.status, now));
  }
  return {
    format: FORMAT,
    rules: RULES,
    zone,
    from: now.getTime(),
    locale,
    settings,
    stableUntil: Number.isFinite(stableUntil) ? stableUntil : now.getTime(),
    total: rows.length,
    counts,
    first: inDefaultOrder.slice(0, FIRST_SCREEN_ROWS).map((row) => row.commitment),
    owners: people.owners,
    customers: people.customers,
  };
}

/** The kept screen, when it may be shown at `now`, in `locale` and time zone `zone`; otherwise undefined. */
export function usableFirstScreen(kept: unknown, now: Date, locale: string, zone: string): FirstScreen | undefined {
  if (!isFirstScreen(kept)) return undefined;
  const nowMs = now.getTime();
  const holds = kept.from <= nowMs && nowMs < kept.stableUntil;
  return holds && kept.rules === RULES && kept.locale === locale && kept.zone === zone ? kept : undefined;
}

function isFirstScreen(value: unknown): value is FirstScreen {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof FirstScreen, unknown>>;
  const counts = v.counts as Record<string, unknown> | undefined;
  return (
    v.format === FORMAT &&
    typeof v.rules === 'string' &&
    typeof v.zone === 'string' &&
    typeof v.from === 'number' &&
    typeof v.locale === 'string' &&
    typeof v.settings === 'object' &&
    v.settings !== null &&
    typeof (v.settings as TeamSettings).calendar === 'object' &&
    typeof v.stableUntil === 'number' &&
    typeof v.total === 'number' &&
    typeof counts === 'object' &&
    counts !== null &&
    LANES.every((lane) => typeof counts[lane] === 'number') &&
    Array.isArray(v.owners) &&
    Array.isArray(v.customers) &&
    Array.isArray(v.first) &&
    v.first.every((c: unknown) => typeof c === 'object' && c !== null && typeof (c as ListedCommitment).id === 'string')
  );
}
