import { addBusinessDays, businessDaysBetween, isValidIsoDate, localDate } from './calendar';
import type { MessageRef } from './i18n';
import { msg } from './i18n';
import type { Commitment, IsoDate, TeamSettings } from './types';

export interface PromiseSuggestion {
  readonly promisedDate: IsoDate;
  readonly bufferDays: number;
  readonly basis: 'history' | 'default';
  /** Delivered commitments the buffer was learned from. */
  readonly sampleSize: number;
  /** One line the user sees, e.g. "Target + 3 business days: 80% of the team's last 12 deliveries slipped at most that much." */
  readonly explanation: MessageRef;
}

/** Delivered commitments needed before history replaces the team's default buffer. */
export const MIN_HISTORY = 5;
export const MIN_BUFFER_DAYS = 0;
export const MAX_BUFFER_DAYS = 15;
/** Only the most recent deliveries count: the team's habits change. */
export const HISTORY_SIZE = 50;
export const SLIP_PERCENTILE = 80;

const clamp = (n: number): number => Math.min(MAX_BUFFER_DAYS, Math.max(MIN_BUFFER_DAYS, Math.round(n)));

/**
 * Slip of each of the team's most recent deliveries (newest first, at most HISTORY_SIZE):
 * delivered date − target date in business days, negative when delivered before the target.
 * Cancelled commitments and those with unreadable dates are left out.
 */
export function recentSlips(team: readonly Commitment[], settings: TeamSettings): number[] {
  const cal = settings.calendar;
  const delivered: { at: number; slip: number }[] = [];
  for (const c of team) {
    if (c.deliveredAt === undefined || c.cancelledAt !== undefined || !isValidIsoDate(c.targetDate)) continue;
    const at = Date.parse(c.deliveredAt);
    if (Number.isNaN(at)) continue;
    delivered.push({ at, slip: businessDaysBetween(cal, c.targetDate, localDate(cal, new Date(at))) });
  }
  delivered.sort((a, b) => b.at - a.at);
  return delivered.slice(0, HISTORY_SIZE).map((d) => d.slip);
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/**
 * The promised date to suggest for a target: target + a buffer in business days. With at least
 * MIN_HISTORY deliveries the buffer is the 80th percentile of how late past deliveries were
 * against their target (so 4 in 5 past deliveries would have kept such a promise), clamped to
 * [MIN_BUFFER_DAYS, MAX_BUFFER_DAYS]; before that, the team's default buffer.
 * The promised date is always a working day (a target on a day off moves to the next working day).
 */
export function suggestPromisedDate(
  target: IsoDate,
  team: readonly Commitment[],
  settings: TeamSettings,
): PromiseSuggestion {
  const slips = recentSlips(team, settings);
  const sampleSize = slips.length;
  if (sampleSize < MIN_HISTORY) {
    const bufferDays = clamp(Number.isFinite(settings.defaultBufferDays) ? settings.defaultBufferDays : 0);
    return {
      promisedDate: addBusinessDays(settings.calendar, target, bufferDays),
      bufferDays,
      basis: 'default',
      sampleSize,
      explanation: msg('rules.suggestion.default', { bufferDays, sampleSize, minHistory: MIN_HISTORY }),
    };
  }
  const observedDays = percentile(slips, SLIP_PERCENTILE);
  const bufferDays = clamp(observedDays);
  const params = { bufferDays, sampleSize, percentile: SLIP_PERCENTILE, observedDays };
  return {
    promisedDate: addBusinessDays(settings.calendar, target, bufferDays),
    bufferDays,
    basis: 'history',
    sampleSize,
    explanation: msg(
      observedDays > MAX_BUFFER_DAYS ? 'rules.suggestion.history-capped' : 'rules.suggestion.history',
      params,
    ),
  };
}
