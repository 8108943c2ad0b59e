import {
  addDays,
  businessDaysBetween,
  businessHoursBetween,
  endOfBusinessDay,
  isValidIsoDate,
  localDate,
  startOfWeek,
  zonedInstant,
} from './calendar';
import { firstPromise } from './concerns';
import { instantMs } from './instant';
import type { StatusKind } from './status';
import type { CommitmentTimes } from './status';
import {
  acknowledgedTime,
  cadenceDays,
  deliveryOutcome,
  commitmentTimes,
  isCustomerContact,
  statusKindAt,
  updateDueMs,
} from './status';
import type { Commitment, IsoDate, Person, TeamSettings, WorkCalendar } from './types';

// Accountability numbers for the team overview. Every figure is defined below precisely, because
// people are judged by them; a figure with nothing to measure is null, never a fake 0 or 100.
//
// The window is [from, to): an event counts when its instant falls inside it (and before `now`).
// - total / countsByStatus: commitments in play during the window (requested before `to`, not
//   closed before `from`), each counted by its status at `now`.
// - Promises are judged against the promise in force, each once, when its outcome is known:
//   kept when delivered by the end of the promised business day (at the delivery); broken when
//   that day ended undelivered — delivered later, still open, or cancelled after it — (at the end
//   of that day); renegotiated in time when the customer accepted a later date before it ended (at
//   the renegotiation). A later date agreed after the old one passed does not undo the break: the
//   old promise counts as broken and the new one is judged on its own. So a commitment can make
//   several promises, and an overdue undelivered promise is broken in every figure.
// - promisesKeptPct = kept / (kept + broken); deliveredEarlyPct = kept before the promised date /
//   (kept + broken); renegotiatedInTime is counted beside them, never as kept or broken.
// - updatesOnTimePct: each "update sent" or "concern raised" in the window answers the update
//   that was due after the previous customer contact (end of the business day, cadence business
//   days later, but not after the promise then in force); it is on time when sent by then. An
//   update that fell due in the window (and before `now`) with no contact before it and before the
//   commitment closed counts as one missed update. Acknowledging or sharing the plan restarts the
//   clock but is not measured here.
// - concernsInTimePct: a commitment slipped when the promise first moved later or first broke; it
//   is measured when that happened in the window. In time when a "concern raised" entry came before
//   the end of the ORIGINAL promised business day. Cancelled commitments are left out.
// - verifiedPct: of the commitments delivered in the window that name a checker, the share the
//   checker signed off (delivered and verified).
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
  /** Of the promises judged in the window, the share kept. */
  readonly promisesKeptPct: number | null;
  /** Of the promises judged in the window, the share delivered before the promised date. */
  readonly deliveredEarlyPct: number | null;
  readonly keptCount: number;
  readonly brokenCount: number;
  /** Later dates the customer accepted before the old promise passed: neither kept nor broken. */
  readonly renegotiatedInTimeCount: number;
  /** Customer updates sent by their due time. */
  readonly updatesOnTimePct: number | null;
  /** Of commitments that slipped (renegotiated later or broken), the share where a concern came before the promised date. */
  readonly concernsInTimePct: number | null;
  /** Of deliveries with a named checker, the share signed off. */
  readonly verifiedPct: number | null;
  readonly verifiedCount: number;
  readonly medianHoursToAcknowledge: number | null;
  readonly averageSatisfaction: number | null;
  readonly deliveredCount: number;
  readonly feedbackCount: number;
}

export interface GroupMetrics {
  readonly person: Person;
  readonly metrics: Metrics;
}

/** The end of a date's business day, remembered per computation: many commitments share dates. */
type DayEnd = (date: IsoDate) => number;

function dayEnds(cal: WorkCalendar): DayEnd {
  const ends = new Map<IsoDate, number>();
  return (date) => {
    let end = ends.get(date);
    if (end === undefined) ends.set(date, (end = endOfBusinessDay(cal, date).getTime()));
    return end;
  };
}

export type PromiseOutcome = 'kept-early' | 'kept' | 'broken' | 'renegotiated-in-time';
export interface PromiseJudged {
  readonly at: number;
  readonly outcome: PromiseOutcome;
}

/** Each promise the commitment made that is judged by `nowMs`, with the instant it was judged (see above). */
export function promiseOutcomes(
  c: Commitment,
  cal: WorkCalendar,
  nowMs: number,
  dayEnd: DayEnd = dayEnds(cal),
  times: CommitmentTimes = commitmentTimes(c),
): PromiseJudged[] {
  const outcomes: PromiseJudged[] = [];
  const cancelled = times.cancelled;
  for (let i = 0; i < c.history.length; i += 1) {
    const h = c.history[i] as Commitment['history'][number];
    if (h.kind !== 'renegotiated' || !(h.to > h.from) || !isValidIsoDate(h.from)) continue;
    const at = times.history[i];
    if (at === undefined || (cancelled !== undefined && at > cancelled)) continue;
    const end = dayEnd(h.from);
    const judged: PromiseJudged = at <= end ? { at, outcome: 'renegotiated-in-time' } : { at: end, outcome: 'broken' };
    if (judged.at <= nowMs) outcomes.push(judged);
  }
  if (!isValidIsoDate(c.promisedDate)) return outcomes;
  const end = dayEnd(c.promisedDate);
  const delivered = cancelled === undefined ? times.delivered : undefined;
  if (delivered !== undefined) {
    if (delivered > end) {
      if (end <= nowMs) outcomes.push({ at: end, outcome: 'broken' });
    } else if (delivered <= nowMs) {
      outcomes.push({
        at: delivered,
        outcome: localDate(cal, new Date(delivered)) < c.promisedDate ? 'kept-early' : 'kept',
      });
    }
  } else if (nowMs > end && (cancelled === undefined || cancelled > end)) {
    outcomes.push({ at: end, outcome: 'broken' });
  }
  return outcomes;
}

const pct = (part: number, whole: number): number | null => (whole === 0 ? null : (100 * part) / whole);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, with no callback per comparison (60,000 values at 100k).
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface UpdateTally {
  measured: number;
  onTime: number;
}

/** The promise in force at each instant: renegotiations (in time order) move it from `from` to `to`. */
function promiseInForce(c: Commitment, times: CommitmentTimes): (at: number) => IsoDate {
  const moves: { at: number; to: IsoDate }[] = [];
  for (let i = 0; i < c.history.length; i += 1) {
    const h = c.history[i] as Commitment['history'][number];
    if (h.kind !== 'renegotiated') continue;
    const at = times.history[i];
    if (at !== undefined) moves.push({ at, to: h.to });
  }
  const first = firstPromise(c);
  if (moves.length === 0) return () => first;
  return (at) => {
    let promise = first;
    for (const move of moves) if (move.at <= at) promise = move.to;
    return promise;
  };
}

/** A customer contact, and whether it answers the update that was due (acknowledging does not). */
interface ContactEvent {
  readonly at: number;
  readonly answersUpdate: boolean;
}

function tallyUpdates(
  c: Commitment,
  settings: TeamSettings,
  from: number,
  to: number,
  nowMs: number,
  dayEnd: DayEnd,
  tally: UpdateTally,
  times: CommitmentTimes,
): void {
  const cal = settings.calendar;
  const events: ContactEvent[] = [];
  const ack = times.acknowledged;
  if (ack !== undefined) events.push({ at: ack, answersUpdate: false });
  for (let i = 0; i < c.history.length; i += 1) {
    const entry = c.history[i] as Commitment['history'][number];
    if (!isCustomerContact(entry)) continue;
    const at = times.history[i];
    if (at !== undefined) {
      events.push({
        at,
        answersUpdate: entry.kind === 'update-sent' || entry.kind === 'concern-raised' || entry.kind === 'replied',
      });
    }
  }
  if (events.length === 0) return;
  // The history is appended in time order, so the sort is rarely needed: skip it then.
  let inOrder = true;
  for (let i = 1; i < events.length && inOrder; i += 1) {
    inOrder = (events[i - 1] as ContactEvent).at <= (events[i] as ContactEvent).at;
  }
  if (!inOrder) events.sort((a, b) => a.at - b.at);
  const cadence = cadenceDays(c, settings);
  const promiseAt = promiseInForce(c, times);
  const dueAfter = (contact: number): number => {
    const promise = promiseAt(contact);
    return updateDueMs(cal, contact, cadence, isValidIsoDate(promise) ? dayEnd(promise) : undefined);
  };
  let previous: number | undefined;
  for (const event of events) {
    if (previous !== undefined && event.answersUpdate && event.at >= from && event.at < to) {
      tally.measured += 1;
      if (event.at <= dueAfter(previous)) tally.onTime += 1;
    }
    previous = event.at;
  }
  if (previous === undefined) return;
  const due = dueAfter(previous);
  const closed = times.delivered ?? times.cancelled ?? Number.POSITIVE_INFINITY;
  if (due < closed && due <= nowMs && due >= from && due < to) tally.measured += 1;
}

/** When the commitment slipped and whether a concern came in time, or undefined when it did not slip. */
function slipOf(
  c: Commitment,
  outcomes: readonly PromiseJudged[],
  dayEnd: DayEnd,
  times: CommitmentTimes,
): { at: number; inTime: boolean } | undefined {
  if (c.cancelledAt !== undefined || !isValidIsoDate(c.promisedDate)) return undefined;
  // The first promise that did not hold: renegotiated later (in time or not) or broken.
  let slipAt = Number.POSITIVE_INFINITY;
  for (const o of outcomes)
    if (o.outcome === 'broken' || o.outcome === 'renegotiated-in-time') slipAt = Math.min(slipAt, o.at);
  if (slipAt === Number.POSITIVE_INFINITY) return undefined;
  const original = firstPromise(c);
  const deadline = dayEnd(isValidIsoDate(original) ? original : c.promisedDate);
  const inTime = c.history.some((h, i) => {
    if (h.kind !== 'concern-raised') return false;
    const at = times.history[i];
    return at !== undefined && at <= deadline;
  });
  return { at: slipAt, inTime };
}

/** When the commitment closed, as the figures read it: a cancellation, even one whose time cannot be read, wins. */
const closedMs = (c: Commitment, times: CommitmentTimes): number | undefined =>
  c.cancelledAt === undefined ? times.delivered : times.cancelled;

/**
 * True when the commitment closed, and everything it records happened (its history, its
 * acknowledgement, its close, its feedback), before `from`. Then no figure of a window starting
 * at `from` can count it: every figure above is judged at one of those instants, or at the end of
 * a promised day before its close (a late delivery, a broken promise), or at an update that fell
 * due before its close. A team's history is years long and a window weeks: most commitments are
 * passed over once their times are read.
 */
export function passedBefore(c: Commitment, times: CommitmentTimes, from: number): boolean {
  const closed = closedMs(c, times);
  if (closed === undefined || closed >= from) return false;
  if (times.delivered !== undefined && times.delivered >= from) return false;
  if (times.acknowledged !== undefined && times.acknowledged >= from) return false;
  for (const at of times.history) if (at !== undefined && at >= from) return false;
  const feedback = instantMs(c.feedback?.at);
  return feedback === undefined || feedback < from;
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
  const dayEnd = dayEnds(cal);
  const inWindow = (ms: number | undefined): ms is number => ms !== undefined && ms >= from && ms < to;

  const countsByStatus = emptyCounts();
  let total = 0;
  let deliveredCount = 0;
  let kept = 0;
  let early = 0;
  let broken = 0;
  let renegotiatedInTime = 0;
  let withChecker = 0;
  let verified = 0;
  const updates: UpdateTally = { measured: 0, onTime: 0 };
  let slipped = 0;
  let concernsInTime = 0;
  const hoursToAcknowledge: number[] = [];
  let ratingSum = 0;
  let feedbackCount = 0;

  for (const c of commitments) {
    const times = commitmentTimes(c);
    if (passedBefore(c, times, from)) continue;
    const requested = times.requested ?? instantMs(c.createdAt);
    const delivered = c.cancelledAt === undefined ? times.delivered : undefined;
    const closed = closedMs(c, times);
    if ((requested === undefined || requested < to) && (closed === undefined || closed >= from)) {
      total += 1;
      countsByStatus[statusKindAt(c, settings, now, times)] += 1;
    }

    if (inWindow(delivered)) {
      deliveredCount += 1;
      if (c.checker !== undefined) {
        withChecker += 1;
        if (c.signedOff !== undefined) verified += 1;
      }
    }

    const outcomes = promiseOutcomes(c, cal, nowMs, dayEnd, times);
    for (const o of outcomes) {
      if (!inWindow(o.at)) continue;
      if (o.outcome === 'broken') broken += 1;
      else if (o.outcome === 'renegotiated-in-time') renegotiatedInTime += 1;
      else {
        kept += 1;
        if (o.outcome === 'kept-early') early += 1;
      }
    }

    tallyUpdates(c, settings, from, to, nowMs, dayEnd, updates, times);

    const slip = slipOf(c, outcomes, dayEnd, times);
    if (slip !== undefined && inWindow(slip.at) && slip.at <= nowMs) {
      slipped += 1;
      if (slip.inTime) concernsInTime += 1;
    }

    const acknowledged = acknowledgedTime(c, times);
    if (inWindow(acknowledged) && requested !== undefined) {
      hoursToAcknowledge.push(businessHoursBetween(cal, new Date(requested), new Date(acknowledged)));
    }

    if (c.feedback !== undefined && inWindow(instantMs(c.feedback.at))) {
      feedbackCount += 1;
      ratingSum += c.feedback.rating;
    }
  }

  return {
    total,
    countsByStatus,
    promisesKeptPct: pct(kept, kept + broken),
    deliveredEarlyPct: pct(early, kept + broken),
    keptCount: kept,
    brokenCount: broken,
    renegotiatedInTimeCount: renegotiatedInTime,
    updatesOnTimePct: pct(updates.onTime, updates.measured),
    concernsInTimePct: pct(concernsInTime, slipped),
    verifiedPct: pct(verified, withChecker),
    verifiedCount: verified,
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

/**
 * The last `weeks` work weeks in the team's zone, this week included: from the start of the week
 * `weeks − 1` weeks before this one, to now. "Last 13 weeks" then shows exactly 13 weeks.
 */
export function lastWeeksWindow(settings: TeamSettings, now: Date, weeks: number): MetricsWindow {
  const cal = settings.calendar;
  const thisWeek = startOfWeek(cal, localDate(cal, now));
  const first = addDays(thisWeek, -7 * Math.max(0, Math.round(weeks) - 1));
  return { from: zonedInstant(cal, first, 0), to: now };
}

export interface WeeklyKeptRate {
  /** Monday (or the calendar's first work day) of the week, ISO date. */
  readonly weekStart: string;
  /** Promises judged that week (kept + broken). */
  readonly judged: number;
  readonly kept: number;
  readonly keptPct: number | null;
}

/** At most this many weeks are returned (the most recent), so a careless window cannot blow up a chart. */
export const MAX_TREND_WEEKS = 520;

/** Promises kept per work week (in the team zone), judged as computeMetrics does; weeks with none have keptPct null. */
export function weeklyKeptTrend(
  commitments: readonly Commitment[],
  settings: TeamSettings,
  window: MetricsWindow,
  now: Date = window.to,
): WeeklyKeptRate[] {
  const cal = settings.calendar;
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (!(to > from)) return [];
  const firstWeek = startOfWeek(cal, localDate(cal, window.from));
  const lastWeek = startOfWeek(cal, localDate(cal, new Date(to - 1)));
  const weeks = new Map<string, { judged: number; kept: number }>();
  let week = lastWeek;
  for (let i = 0; i < MAX_TREND_WEEKS && week >= firstWeek; i += 1) {
    weeks.set(week, { judged: 0, kept: 0 });
    week = addDays(week, -7);
  }
  const dayEnd = dayEnds(cal);
  const nowMs = now.getTime();
  for (const c of commitments) {
    for (const o of promiseOutcomes(c, cal, nowMs, dayEnd)) {
      if (o.outcome === 'renegotiated-in-time' || o.at < from || o.at >= to) continue;
      const bucket = weeks.get(startOfWeek(cal, localDate(cal, new Date(o.at))));
      if (bucket === undefined) continue;
      bucket.judged += 1;
      if (o.outcome !== 'broken') bucket.kept += 1;
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, { judged, kept }]) => ({ weekStart, judged, kept, keptPct: pct(kept, judged) }));
}

/**
 * Delivered − promised in business days (negative = early) for deliveries in the window, with every
 * bucket from the earliest to the latest present (empty ones as 0), so a chart skips no day.
 */
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
    const delivered = instantMs(c.deliveredAt);
    if (delivered === undefined || delivered < from || delivered >= to) continue;
    const counted = businessDaysBetween(cal, c.promisedDate, localDate(cal, new Date(delivered)));
    // Delivered on a day off after the promised date is late all the same: at least one day.
    const outcome = deliveryOutcome(cal, delivered, c.promisedDate);
    const slip = outcome === 'late' ? Math.max(1, counted) : outcome === 'early' ? Math.min(-1, counted) : 0;
    counts.set(slip, (counts.get(slip) ?? 0) + 1);
  }
  if (counts.size === 0) return counts;
  const keys = [...counts.keys()];
  const min = Math.min(...keys);
  const max = Math.max(...keys);
  const filled = new Map<number, number>();
  for (let days = min; days <= max; days += 1) filled.set(days, counts.get(days) ?? 0);
  return filled;
}
