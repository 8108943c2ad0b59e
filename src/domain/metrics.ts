import {
  addDays,
  businessDaysBetween,
  businessHoursBetween,
  endOfBusinessDay,
  isValidIsoDate,
  localDate,
  startOfWeek,
} from './calendar';
import type { StatusKind } from './status';
import { acknowledgedTime, cadenceDays, deliveryOutcome, isCustomerContact, statusAt, updateDueAfter } from './status';
import type { Commitment, Person, TeamSettings } from './types';

// Accountability numbers for the team overview. Every figure is defined below precisely, because
// people are judged by them; a figure with nothing to measure is null, never a fake 0 or 100.
//
// The window is [from, to): an event counts when its instant falls inside it.
// - total / countsByStatus: commitments in play during the window (requested before `to`, not
//   closed before `from`), each counted by its status at `now`.
// - promisesKeptPct / deliveredEarlyPct: of the commitments delivered in the window, the share
//   delivered on or before / before the promised date (the current one: a date the customer
//   agreed to move is the promise; slips are measured by concernsInTimePct).
// - updatesOnTimePct: each "update sent" or "concern raised" in the window answers the update
//   that was due after the previous customer contact (end of the business day, cadence business
//   days later); it is on time when sent by then. An update that fell due in the window (and
//   before `now`) with no contact before it and before the commitment closed counts as one
//   missed update. Acknowledging or sharing the plan restarts the clock but is not measured here.
// - concernsInTimePct: a commitment slipped when it was renegotiated to a later date, delivered
//   after its promised date, or is still open after it; it is measured when the slip happened in
//   the window (the renegotiation, or the end of the promised business day). It counts as in time
//   when a "concern raised" entry came before the end of the ORIGINAL promised business day.
//   Cancelled commitments are left out.
// - medianHoursToAcknowledge: business hours from request to acknowledgement (acknowledgedAt or
//   the first customer contact), over acknowledgements in the window.
// - averageSatisfaction: mean rating of feedback received in the window.

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

const parse = (instant: string | undefined): number | undefined => {
  if (instant === undefined) return undefined;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : ms;
};

const pct = (part: number, whole: number): number | null => (whole === 0 ? null : (100 * part) / whole);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface UpdateTally {
  measured: number;
  onTime: number;
}

function tallyUpdates(
  c: Commitment,
  settings: TeamSettings,
  from: number,
  to: number,
  nowMs: number,
  tally: UpdateTally,
): void {
  const cal = settings.calendar;
  const events: { at: number; answersUpdate: boolean }[] = [];
  const ack = parse(c.acknowledgedAt);
  if (ack !== undefined) events.push({ at: ack, answersUpdate: false });
  for (const entry of c.history) {
    if (!isCustomerContact(entry)) continue;
    const at = parse(entry.at);
    if (at !== undefined) {
      events.push({ at, answersUpdate: entry.kind === 'update-sent' || entry.kind === 'concern-raised' });
    }
  }
  if (events.length === 0) return;
  events.sort((a, b) => a.at - b.at);
  const cadence = cadenceDays(c, settings);
  let previous: number | undefined;
  for (const event of events) {
    if (previous !== undefined && event.answersUpdate && event.at >= from && event.at < to) {
      tally.measured += 1;
      if (event.at <= updateDueAfter(cal, previous, cadence).getTime()) tally.onTime += 1;
    }
    previous = event.at;
  }
  if (previous === undefined) return;
  const due = updateDueAfter(cal, previous, cadence).getTime();
  const closed = parse(c.deliveredAt) ?? parse(c.cancelledAt) ?? Number.POSITIVE_INFINITY;
  if (due < closed && due <= nowMs && due >= from && due < to) tally.measured += 1;
}

/** When the commitment slipped and whether a concern came in time, or undefined when it did not slip. */
function slipOf(c: Commitment, settings: TeamSettings, nowMs: number): { at: number; inTime: boolean } | undefined {
  if (c.cancelledAt !== undefined || !isValidIsoDate(c.promisedDate)) return undefined;
  const cal = settings.calendar;
  const renegotiations = c.history
    .filter((h) => h.kind === 'renegotiated')
    .map((h) => ({ at: parse(h.at), from: h.from, to: h.to }))
    .filter((r): r is { at: number; from: string; to: string } => r.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const first = renegotiations[0];
  const original = first !== undefined && isValidIsoDate(first.from) ? first.from : c.promisedDate;
  let slipAt = Number.POSITIVE_INFINITY;
  const later = renegotiations.find((r) => r.to > r.from);
  if (later !== undefined) slipAt = later.at;
  const promisedEnd = endOfBusinessDay(cal, c.promisedDate).getTime();
  const delivered = parse(c.deliveredAt);
  const late =
    delivered !== undefined ? deliveryOutcome(cal, delivered, c.promisedDate) === 'late' : nowMs > promisedEnd;
  if (late) slipAt = Math.min(slipAt, promisedEnd);
  if (slipAt === Number.POSITIVE_INFINITY) return undefined;
  const deadline = endOfBusinessDay(cal, original).getTime();
  const inTime = c.history.some((h) => {
    if (h.kind !== 'concern-raised') return false;
    const at = parse(h.at);
    return at !== undefined && at <= deadline;
  });
  return { at: slipAt, inTime };
}

const emptyCounts = (): Record<StatusKind, number> => ({
  'awaiting-acknowledgement': 0,
  'on-track': 0,
  'update-due': 0,
  'at-risk': 0,
  overdue: 0,
  delivered: 0,
  cancelled: 0,
});

export function computeMetrics(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
  now: Date,
): Metrics {
  const cal = settings.calendar;
  const from = window.from.getTime();
  const to = window.to.getTime();
  const nowMs = now.getTime();
  const inWindow = (ms: number | undefined): ms is number => ms !== undefined && ms >= from && ms < to;

  const countsByStatus = emptyCounts();
  let total = 0;
  let deliveredCount = 0;
  let kept = 0;
  let early = 0;
  const updates: UpdateTally = { measured: 0, onTime: 0 };
  let slipped = 0;
  let concernsInTime = 0;
  const hoursToAcknowledge: number[] = [];
  let ratingSum = 0;
  let feedbackCount = 0;

  for (const c of commitments) {
    const requested = parse(c.requestedAt) ?? parse(c.createdAt);
    const delivered = c.cancelledAt === undefined ? parse(c.deliveredAt) : undefined;
    const closed = delivered ?? parse(c.cancelledAt);
    if ((requested === undefined || requested < to) && (closed === undefined || closed >= from)) {
      total += 1;
      countsByStatus[statusAt(c, settings, now).kind] += 1;
    }

    if (inWindow(delivered) && isValidIsoDate(c.promisedDate)) {
      deliveredCount += 1;
      const outcome = deliveryOutcome(cal, delivered, c.promisedDate);
      if (outcome !== 'late') kept += 1;
      if (outcome === 'early') early += 1;
    }

    tallyUpdates(c, settings, from, to, nowMs, updates);

    const slip = slipOf(c, settings, nowMs);
    if (slip !== undefined && inWindow(slip.at) && slip.at <= nowMs) {
      slipped += 1;
      if (slip.inTime) concernsInTime += 1;
    }

    const acknowledged = acknowledgedTime(c);
    if (inWindow(acknowledged) && requested !== undefined) {
      hoursToAcknowledge.push(businessHoursBetween(cal, new Date(requested), new Date(acknowledged)));
    }

    if (c.feedback !== undefined && inWindow(parse(c.feedback.at))) {
      feedbackCount += 1;
      ratingSum += c.feedback.rating;
    }
  }

  return {
    total,
    countsByStatus,
    promisesKeptPct: pct(kept, deliveredCount),
    deliveredEarlyPct: pct(early, deliveredCount),
    updatesOnTimePct: pct(updates.onTime, updates.measured),
    concernsInTimePct: pct(concernsInTime, slipped),
    medianHoursToAcknowledge: median(hoursToAcknowledge),
    averageSatisfaction: feedbackCount === 0 ? null : ratingSum / feedbackCount,
    deliveredCount,
    feedbackCount,
  };
}

/** Metrics per owner or per customer (people matched by e-mail, case-insensitively), sorted by name. */
export function metricsBy(
  key: 'owner' | 'customer',
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
  now: Date,
): GroupMetrics[] {
  const groups = new Map<string, { person: Person; items: Commitment[] }>();
  for (const c of commitments) {
    const person = c[key];
    const id = person.email.trim().toLowerCase() || `name:${person.name.trim().toLowerCase()}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { person, items: [c] });
    else group.items.push(c);
  }
  return [...groups.values()]
    .map(({ person, items }) => ({ person, metrics: computeMetrics(items, settings, window, now) }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name) || a.person.email.localeCompare(b.person.email));
}

export interface WeeklyKeptRate {
  /** Monday (or the calendar's first work day) of the week, ISO date. */
  readonly weekStart: string;
  readonly delivered: number;
  readonly keptPct: number | null;
}

/** At most this many weeks are returned (the most recent), so a careless window cannot blow up a chart. */
export const MAX_TREND_WEEKS = 520;

/** Promises kept per work week (in the team zone) for deliveries in the window; weeks with none have keptPct null. */
export function weeklyKeptTrend(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
): WeeklyKeptRate[] {
  const cal = settings.calendar;
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (!(to > from)) return [];
  const firstWeek = startOfWeek(cal, localDate(cal, window.from));
  const lastWeek = startOfWeek(cal, localDate(cal, new Date(to - 1)));
  const weeks = new Map<string, { delivered: number; kept: number }>();
  let week = lastWeek;
  for (let i = 0; i < MAX_TREND_WEEKS && week >= firstWeek; i += 1) {
    weeks.set(week, { delivered: 0, kept: 0 });
    week = addDays(week, -7);
  }
  for (const c of commitments) {
    if (c.cancelledAt !== undefined || !isValidIsoDate(c.promisedDate)) continue;
    const delivered = parse(c.deliveredAt);
    if (delivered === undefined || delivered < from || delivered >= to) continue;
    const bucket = weeks.get(startOfWeek(cal, localDate(cal, new Date(delivered))));
    if (bucket === undefined) continue;
    bucket.delivered += 1;
    if (deliveryOutcome(cal, delivered, c.promisedDate) !== 'late') bucket.kept += 1;
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, { delivered, kept }]) => ({ weekStart, delivered, keptPct: pct(kept, delivered) }));
}

/** Delivered − promised in business days (negative = early), for a slip histogram. */
export function slipDistribution(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
): ReadonlyMap<number, number> {
  const cal = settings.calendar;
  const from = window.from.getTime();
  const to = window.to.getTime();
  const counts = new Map<number, number>();
  for (const c of commitments) {
    if (c.cancelledAt !== undefined || !isValidIsoDate(c.promisedDate)) continue;
    const delivered = parse(c.deliveredAt);
    if (delivered === undefined || delivered < from || delivered >= to) continue;
    const counted = businessDaysBetween(cal, c.promisedDate, localDate(cal, new Date(delivered)));
    // Delivered on a day off after the promised date is late all the same: at least one day.
    const outcome = deliveryOutcome(cal, delivered, c.promisedDate);
    const slip = outcome === 'late' ? Math.max(1, counted) : outcome === 'early' ? Math.min(-1, counted) : 0;
    counts.set(slip, (counts.get(slip) ?? 0) + 1);
  }
  return new Map([...counts.entries()].sort(([a], [b]) => a - b));
}
