import { addBusinessDays, businessDaysBetween, isValidIsoDate, localDate } from './calendar';
import { instantMs } from './instant';
import type { MessageRef } from './i18n';
import { msg } from './i18n';
import type { CommitmentHead, IsoDate, TeamSettings } from './types';

export interface PromiseSuggestion {
  readonly promisedDate: IsoDate;
  readonly bufferDays: number;
  readonly basis: 'history' | 'default';
  /** Delivered commitments the buffer was learned from. */
  readonly sampleSize: number;
  /** One line the user sees, e.g. "Target + 3 business days: 80% of the team's last 12 deliveries slipped at most that much." */
  readonly explanation: MessageRef;
  /** The target has passed: the buffer counts from today, never from a date in the past. */
  readonly fromToday?: MessageRef;
  /** The suggestion is after the date the requester needs it by. */
  readonly afterNeededBy?: MessageRef;
}

export interface SuggestionOptions {
  /** The team's date today: a target before it is counted from today. */
  readonly today?: IsoDate;
  /** The requester's own date: a suggestion after it says so. */
  readonly neededBy?: IsoDate;
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
export function recentSlips(team: readonly CommitmentHead[], settings: TeamSettings): number[] {
  const cal = settings.calendar;
  const delivered: { at: number; target: IsoDate }[] = [];
  for (const c of team) {
    if (c.cancelledAt !== undefined || !isValidIsoDate(c.targetDate)) continue;
    const at = instantMs(c.deliveredAt);
    if (at !== undefined) delivered.push({ at, target: c.targetDate });
  }
  // Business days are counted for the recent deliveries only: a large team has many more.
  delivered.sort((a, b) => b.at - a.at);
  return delivered
    .slice(0, HISTORY_SIZE)
    .map((d) => businessDaysBetween(cal, d.target, localDate(cal, new Date(d.at))));
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
  team: readonly CommitmentHead[],
  settings: TeamSettings,
  options: SuggestionOptions = {},
): PromiseSuggestion {
  const { bufferDays, basis, sampleSize, explanation } = learnedBuffer(team, settings);
  const today = options.today;
  const past = today !== undefined && isValidIsoDate(today) && target < today;
  const from = past ? today : target;
  const promisedDate = addBusinessDays(settings.calendar, from, bufferDays);
  const neededBy = options.neededBy;
  return {
    promisedDate,
    bufferDays,
    basis,
    sampleSize,
    explanation,
    ...(past ? { fromToday: msg('rules.suggestion.fromToday', { target }) } : {}),
    ...(neededBy !== undefined && isValidIsoDate(neededBy) && promisedDate > neededBy
      ? { afterNeededBy: msg('rules.suggestion.afterNeededBy', { neededBy, promisedDate }) }
      : {}),
  };
}

/** The buffer Kept would add now: learned from the team's deliveries, or the default until there are enough. */
export function learnedBuffer(
  team: readonly CommitmentHead[],
  settings: TeamSettings,
): Pick<PromiseSuggestion, 'bufferDays' | 'basis' | 'sampleSize' | 'explanation'> {
  const slips = recentSlips(team, settings);
  const sampleSize = slips.length;
  if (sampleSize < MIN_HISTORY) {
    const bufferDays = clamp(Number.isFinite(settings.defaultBufferDays) ? settings.defaultBufferDays : 0);
    return {
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
    bufferDays,
    basis: 'history',
    sampleSize,
    explanation: msg(
      observedDays > MAX_BUFFER_DAYS ? 'rules.suggestion.history-capped' : 'rules.suggestion.history',
      params,
    ),
  };
}

/**
 * The suggestion worded for a form with no target field (the meeting checklist): the work days Kept
 * assumed from today plus the buffer, never "Target + …".
 */
export function suggestionFromToday(s: PromiseSuggestion, workDays: number): MessageRef {
  return msg(s.basis === 'history' ? 'rules.suggestion.fromTodayHistory' : 'rules.suggestion.fromTodayDefault', {
    workDays,
    bufferDays: s.bufferDays,
    sampleSize: s.sampleSize,
    minHistory: MIN_HISTORY,
  });
}

/** Under the team's "default buffer" setting: until when it counts, and what replaced it. */
export function defaultBufferNote(team: readonly CommitmentHead[], settings: TeamSettings): MessageRef {
  const learned = learnedBuffer(team, settings);
  return learned.basis === 'history'
    ? msg('rules.suggestion.defaultReplaced', {
        minHistory: MIN_HISTORY,
        sampleSize: learned.sampleSize,
        bufferDays: learned.bufferDays,
      })
    : msg('rules.suggestion.defaultInUse', { minHistory: MIN_HISTORY, sampleSize: learned.sampleSize });
}
