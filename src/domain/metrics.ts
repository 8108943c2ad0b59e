import type { StatusKind } from './status';
import type { Commitment, Person, TeamSettings } from './types';

export interface MetricsWindow {
  readonly from: Date;
  readonly to: Date;
}

/** Percentages are 0–100, or null when there is nothing to measure (never a fake 0 or 100). */
export interface Metrics {
  readonly total: number;
  readonly countsByStatus: Readonly<Record<StatusKind, number>>;
  /** Delivered within the window on or before the promised date. */
  readonly promisesKeptPct: number | null;
  readonly deliveredEarlyPct: number | null;
  /** Customer updates sent by their due time. */
  readonly updatesOnTimePct: number | null;
  /** Of commitments that slipped (renegotiated later or delivered late), the share where a concern came before the promised date. */
  readonly concernsInTimePct: number | null;
  readonly medianHoursToAcknowledge: number | null;
  readonly averageSatisfaction: number | null;
  readonly deliveredCount: number;
  readonly feedbackCount: number;
}

export interface GroupMetrics {
  readonly person: Person;
  readonly metrics: Metrics;
}

export function computeMetrics(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
  now: Date,
): Metrics {
  throw new Error('TODO: implement');
}

export function metricsBy(
  key: 'owner' | 'customer',
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
  now: Date,
): GroupMetrics[] {
  throw new Error('TODO: implement');
}

export interface WeeklyKeptRate {
  /** Monday (or the calendar's first work day) of the week, ISO date. */
  readonly weekStart: string;
  readonly delivered: number;
  readonly keptPct: number | null;
}

export function weeklyKeptTrend(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
): WeeklyKeptRate[] {
  throw new Error('TODO: implement');
}

/** Delivered − promised in business days (negative = early), for a slip histogram. */
export function slipDistribution(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
): ReadonlyMap<number, number> {
  throw new Error('TODO: implement');
}
