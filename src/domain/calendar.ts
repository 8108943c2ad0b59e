import { civilFromDays, daysFromCivil, daysInMonth } from './civilDays';
import type { Instant, IsoDate, Weekday, WorkCalendar } from './types';

// Business calendar in an IANA time zone, correct across DST changes. Pure: uses Intl only.
//
// Model: a date is a day number (days since 1970-01-01, the "civil" calendar with no zone). Each
// working day has one business window [dayStart, dayEnd) of local wall-clock time, turned into
// real instants through the zone's offset at that moment, so a window crossing a DST switch is
// shorter or longer in real time and business hours are always real elapsed hours.
// Business days are counted with a cumulative count W(d) of working days up to day d, which makes
// adding and counting business days pure arithmetic over whole weeks (no per-day loops).
// Status and metrics call these functions hundreds of thousands of times, so Intl formatters,
// zone offsets and business windows are cached.

export const DEFAULT_CALENDAR: WorkCalendar = {
  timeZone: 'UTC',
  workDays: [1, 2, 3, 4, 5],
  dayStartMinute: 9 * 60,
  dayEndMinute: 17 * 60,
};

const MS_SECOND = 1000;
const MS_MINUTE = 60 * MS_SECOND;
const MS_HOUR = 60 * MS_MINUTE;
const MS_DAY = 24 * MS_HOUR;
/** Offsets are looked up once per bucket of this size when the offset is the same at both of its ends. */
const OFFSET_BUCKET_MS = 6 * MS_HOUR;
const MAX_CACHE_ENTRIES = 50_000;
/** About 500 years of 40-hour weeks: beyond any real promise, and it keeps the walk bounded. */
const MAX_BUSINESS_HOURS = 1_000_000;

const mod = (a: number, n: number): number => ((a % n) + n) % n;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): number | undefined {
  const m = ISO_DATE.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

// Dates repeat a lot (a team has a few hundred distinct dates), so both directions are memoised.
const dayByIso = new Map<string, number>();
const isoByDay = new Map<number, IsoDate>();

/** The day number of an ISO date; a malformed date is a programming error, not user input. */
function dayOf(date: IsoDate): number {
  const cached = dayByIso.get(date);
  if (cached !== undefined) return cached;
  const day = parseDay(date);
  if (day === undefined) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  if (dayByIso.size >= MAX_CACHE_ENTRIES) dayByIso.clear();
  dayByIso.set(date, day);
  return day;
}

function isoOf(day: number): IsoDate {
  const cached = isoByDay.get(day);
  if (cached !== undefined) return cached;
  const [y, m, d] = civilFromDays(day);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (isoByDay.size >= MAX_CACHE_ENTRIES) isoByDay.clear();
  isoByDay.set(day, iso);
  return iso;
}

/** 1970-01-01 (day 0) was a Thursday. */
const weekdayOfDay = (day: number): Weekday => mod(day + 4, 7) as Weekday;

export function isValidIsoDate(value: string): value is IsoDate {
  return typeof value === 'string' && (dayByIso.has(value) || parseDay(value) !== undefined);
}

/** Calendar-day arithmetic on ISO dates (no time zone involved). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return isoOf(dayOf(date) + Math.trunc(n));
}

/** Calendar days from `from` to `to` (negative when to is before from). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayOf(to) - dayOf(from);
}

/** Sunday = 0 … Saturday = 6. */
export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfDay(dayOf(date));
}

// ---------------------------------------------------------------------------------------------
// Time zones

const canonicalZones = new Map<string, string | null>();

/**
 * The name Intl gives a time zone it knows (`europe/london` → `Europe/London`; IANA names and
 * `UTC`), or undefined for one it does not. Asked once per name: building a formatter to find out
 * costs far more than the answer, and a page asks about the same one or two zones all the time.
 */
export function canonicalTimeZone(zone: string | undefined): string | undefined {
  if (typeof zone !== 'string' || zone.trim() === '') return undefined;
  let known = canonicalZones.get(zone);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      known = null;
    }
    canonicalZones.set(zone, known);
  }
  return known ?? undefined;
}

/** True for a time zone name Intl knows (IANA names such as `Europe/Berlin`, and `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

interface Zone {
  readonly name: string;
  /** Zones that never leave UTC+0 skip Intl entirely. */
  readonly fixedUtc: boolean;
  readonly format: Intl.DateTimeFormat;
  readonly offsets: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zoneFor(name: string): Zone {
  const cached = zones.get(name);
  if (cached !== undefined) return cached;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const resolved = format.resolvedOptions().timeZone;
  const zone: Zone = {
    name,
    fixedUtc: resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT' || resolved === 'GMT',
    format,
    offsets: new Map(),
  };
  zones.set(name, zone);
  return zone;
}

/** Local wall-clock minus UTC in ms at the instant `ms`, straight from Intl. */
function exactOffset(zone: Zone, ms: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of zone.format.formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  if (bc) year = 1 - year;
  const wall = daysFromCivil(year, month, day) * MS_DAY + hour * MS_HOUR + minute * MS_MINUTE + second * MS_SECOND;
  return wall - (ms - mod(ms, MS_SECOND));
}

/**
 * Offset at `ms`. A bucket's offset is cached when both of its ends agree: zones change offset at
 * most twice in a few months, never twice within six hours, so equal ends mean no change inside.
 */
function offsetAt(zone: Zone, ms: number): number {
  if (zone.fixedUtc) return 0;
  const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
  const cached = zone.offsets.get(bucket);
  if (cached !== undefined) return cached;
  const start = bucket * OFFSET_BUCKET_MS;
  const atStart = exactOffset(zone, start);
  const atEnd = exactOffset(zone, start + OFFSET_BUCKET_MS - 1);
  if (atStart !== atEnd) return exactOffset(zone, ms);
  if (zone.offsets.size >= MAX_CACHE_ENTRIES) zone.offsets.clear();
  zone.offsets.set(bucket, atStart);
  return atStart;
}

/**
 * The instant a local wall-clock time (as ms on the civil time line) happens. In the autumn
 * overlap the earlier of the two instants wins; in the spring gap the time is moved forward by
 * the gap (02:30 on the night clocks jump to 03:00 becomes 03:30), as Temporal does.
 */
function wallToInstant(zone: Zone, wall: number): number {
  if (zone.fixedUtc) return wall;
  const before = offsetAt(zone, wall - MS_DAY);
  const after = offsetAt(zone, wall + MS_DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = offsetAt(zone, early) === before;
  const lateValid = offsetAt(zone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  return early;
}

const localDayOf = (zone: Zone, ms: number): number => Math.floor((ms + offsetAt(zone, ms)) / MS_DAY);

// ---------------------------------------------------------------------------------------------
// Prepared calendars

interface Prepared {
  readonly zone: Zone;
  readonly workMask: readonly boolean[];
  /** prefix[j] = working days among the first j+1 days of a 7-day block starting on a Thursday. */
  readonly prefix: readonly number[];
  readonly perWeek: number;
  readonly startMinute: number;
  readonly endMinute: number;
  /** Day number → [start, end) of that day's business window, as epoch ms. */
  readonly windows: Map<number, readonly [number, number]>;
}

const preparedByObject = new WeakMap<WorkCalendar, Prepared>();
const preparedByKey = new Map<string, Prepared>();

/**
 * A usable calendar even from bad settings: an unknown zone falls back to UTC, no working days to
 * Monday–Friday, an empty or inverted day to 09:00–17:00. Validation reports these to people;
 * the rules here must never crash the overview because of a hand-edited list item.
 */
export function normalizeCalendar(cal: WorkCalendar): WorkCalendar {
  const timeZone = isValidTimeZone(cal.timeZone) ? cal.timeZone : DEFAULT_CALENDAR.timeZone;
  const days = [...new Set(cal.workDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6))].sort((a, b) => a - b);
  const start = Math.round(cal.dayStartMinute);
  const end = Math.round(cal.dayEndMinute);
  const hoursValid = Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end <= 1440 && start < end;
  return {
    timeZone,
    workDays: days.length > 0 ? days : DEFAULT_CALENDAR.workDays,
    dayStartMinute: hoursValid ? start : DEFAULT_CALENDAR.dayStartMinute,
    dayEndMinute: hoursValid ? end : DEFAULT_CALENDAR.dayEndMinute,
  };
}

function prepare(cal: WorkCalendar): Prepared {
  const byObject = preparedByObject.get(cal);
  if (byObject !== undefined) return byObject;
  const key = `${cal.timeZone}|${cal.workDays.join(',')}|${cal.dayStartMinute}|${cal.dayEndMinute}`;
  let prepared = preparedByKey.get(key);
  if (prepared === undefined) {
    const norm = normalizeCalendar(cal);
    const workMask = [0, 1, 2, 3, 4, 5, 6].map((d) => norm.workDays.includes(d as Weekday));
    const prefix: number[] = [];
    let running = 0;
    for (let j = 0; j < 7; j += 1) {
      if (workMask[(j + 4) % 7] === true) running += 1;
      prefix.push(running);
    }
    prepared = {
      zone: zoneFor(norm.timeZone),
      workMask,
      prefix,
      perWeek: running,
      startMinute: norm.dayStartMinute,
      endMinute: norm.dayEndMinute,
      windows: new Map(),
    };
    if (preparedByKey.size >= 1000) preparedByKey.clear();
    preparedByKey.set(key, prepared);
  }
  preparedByObject.set(cal, prepared);
  return prepared;
}

const isWork = (p: Prepared, day: number): boolean => p.workMask[weekdayOfDay(day)] === true;

/** Working days in days (-∞, day]; differences give counts over any range in O(1). */
function cumulative(p: Prepared, day: number): number {
  const block = Math.floor(day / 7);
  return block * p.perWeek + (p.prefix[day - block * 7] ?? 0);
}

/** The first day whose cumulative count reaches `target`: always a working day. */
function dayReaching(p: Prepared, target: number): number {
  const block = Math.ceil(target / p.perWeek) - 1;
  const need = target - block * p.perWeek;
  for (let j = 0; j < 7; j += 1) {
    if ((p.prefix[j] ?? 0) >= need) return block * 7 + j;
  }
  return block * 7 + 6;
}

function windowOf(p: Prepared, day: number): readonly [number, number] {
  const cached = p.windows.get(day);
  if (cached !== undefined) return cached;
  const midnight = day * MS_DAY;
  const window = [
    wallToInstant(p.zone, midnight + p.startMinute * MS_MINUTE),
    wallToInstant(p.zone, midnight + p.endMinute * MS_MINUTE),
  ] as const;
  if (p.windows.size >= MAX_CACHE_ENTRIES) p.windows.clear();
  p.windows.set(day, window);
  return window;
}

/**
 * True when the zone's offset does not change during the 7 local days from `day`: then every
 * business window in them has its nominal length and the week can be skipped arithmetically.
 */
function weekIsRegular(p: Prepared, day: number): boolean {
  if (p.zone.fixedUtc) return true;
  return offsetAt(p.zone, day * MS_DAY - 15 * MS_HOUR) === offsetAt(p.zone, (day + 7) * MS_DAY + 15 * MS_HOUR);
}

const nominalWeekMs = (p: Prepared): number => p.perWeek * (p.endMinute - p.startMinute) * MS_MINUTE;

function finite(n: number, what: string): number {
  if (!Number.isFinite(n)) throw new RangeError(`${what} must be a finite number, got ${n}`);
  return n;
}

function instantMs(at: Date): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** The calendar date of `at` in the calendar's time zone. */
export function localDate(cal: WorkCalendar, at: Date): IsoDate {
  return isoOf(localDayOf(prepare(cal).zone, instantMs(at)));
}

/** Today's date in the calendar's zone. */
export function today(cal: WorkCalendar, now: Date): IsoDate {
  return localDate(cal, now);
}

/** Minutes after local midnight of `at` in the calendar's zone (0–1439). */
export function localMinuteOfDay(cal: WorkCalendar, at: Date): number {
  const zone = prepare(cal).zone;
  const ms = instantMs(at);
  return Math.floor(mod(ms + offsetAt(zone, ms), MS_DAY) / MS_MINUTE);
}

/** The instant a local date and time happens in the calendar's zone (DST gaps move forward, overlaps take the first). */
export function zonedInstant(cal: WorkCalendar, date: IsoDate, minuteOfDay: number): Date {
  return new Date(
    wallToInstant(prepare(cal).zone, dayOf(date) * MS_DAY + finite(minuteOfDay, 'minuteOfDay') * MS_MINUTE),
  );
}

export function isWorkDay(cal: WorkCalendar, date: IsoDate): boolean {
  return isWork(prepare(cal), dayOf(date));
}

/**
 * Adds n business days (n may be negative); from a non-working day, counting starts at the next working day.
 * n > 0: the n-th working day after `date` (Friday + 1 = Monday, Saturday + 1 = Monday).
 * n < 0: the |n|-th working day before `date` (Saturday − 1 = Friday).
 * n = 0: `date` itself when it is a working day, else the next working day.
 * Non-integer n is truncated toward zero. The result is always a working day.
 */
export function addBusinessDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  return isoOf(businessDayAfter(prepare(cal), dayOf(date), n));
}

function businessDayAfter(p: Prepared, day: number, n: number): number {
  const steps = Math.trunc(finite(n, 'n'));
  const target = steps > 0 ? cumulative(p, day) + steps : cumulative(p, day - 1) + steps + 1;
  return dayReaching(p, target);
}

/**
 * The end of the business day `n` business days after the local date of `at` (as addBusinessDays
 * then endOfBusinessDay, without the round trips through date strings: the update rules ask this
 * for every customer contact of every commitment). Epoch ms in and out: no Date per call.
 */
export function endOfBusinessDayAfter(cal: WorkCalendar, atMs: number, n: number): number {
  const p = prepare(cal);
  return windowOf(p, businessDayAfter(p, localDayOf(p.zone, finite(atMs, 'atMs')), n))[1];
}

/** Working days in (from, to]; negative when to is before from. */
export function businessDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const p = prepare(cal);
  return cumulative(p, dayOf(to)) - cumulative(p, dayOf(from));
}

/** The first working day on or after `date`. */
export function nextWorkDay(cal: WorkCalendar, date: IsoDate): IsoDate {
  return addBusinessDays(cal, date, 0);
}

/**
 * The instant the business day of `date` ends (e.g. 17:00 local). A non-working date still has
 * its nominal end, so "promised Saturday" means Saturday at 17:00.
 */
export function endOfBusinessDay(cal: WorkCalendar, date: IsoDate): Date {
  return new Date(windowOf(prepare(cal), dayOf(date))[1]);
}

/** The instant the business day of `date` starts (e.g. 09:00 local). */
export function startOfBusinessDay(cal: WorkCalendar, date: IsoDate): Date {
  return new Date(windowOf(prepare(cal), dayOf(date))[0]);
}

/**
 * Adds business hours, skipping nights, weekends and non-working days. Business time is real
 * elapsed time inside the business windows. Starting outside a window, the count starts when the
 * next window opens; a sum that fills a day exactly ends at that day's close (17:00, not 09:00 the
 * next working day). Negative hours go back in time the same way. Zero hours return `at`.
 */
export function addBusinessHours(cal: WorkCalendar, at: Date, hours: number): Date {
  const p = prepare(cal);
  const start = instantMs(at);
  if (Math.abs(finite(hours, 'hours')) > MAX_BUSINESS_HOURS) {
    throw new RangeError(`hours must be within ±${MAX_BUSINESS_HOURS}, got ${hours}`);
  }
  let remaining = Math.round(hours * MS_HOUR);
  if (remaining === 0) return new Date(start);
  const weekMs = nominalWeekMs(p);
  if (remaining > 0) {
    let day = localDayOf(p.zone, start);
    for (;;) {
      if (isWork(p, day)) {
        const [open, close] = windowOf(p, day);
        const from = Math.max(start, open);
        if (from < close) {
          if (remaining <= close - from) return new Date(from + remaining);
          remaining -= close - from;
        }
      }
      day += 1;
      while (remaining > weekMs && weekIsRegular(p, day)) {
        remaining -= weekMs;
        day += 7;
      }
    }
  }
  remaining = -remaining;
  let day = localDayOf(p.zone, start);
  for (;;) {
    if (isWork(p, day)) {
      const [open, close] = windowOf(p, day);
      const to = Math.min(start, close);
      if (to > open) {
        if (remaining <= to - open) return new Date(to - remaining);
        remaining -= to - open;
      }
    }
    day -= 1;
    while (remaining > weekMs && weekIsRegular(p, day - 6)) {
      remaining -= weekMs;
      day -= 7;
    }
  }
}

/** Business hours elapsed between two instants (0 when to <= from). */
export function businessHoursBetween(cal: WorkCalendar, from: Date, to: Date): number {
  const p = prepare(cal);
  const a = instantMs(from);
  const b = instantMs(to);
  if (b <= a) return 0;
  const lastDay = localDayOf(p.zone, b);
  const weekMs = nominalWeekMs(p);
  let total = 0;
  let day = localDayOf(p.zone, a);
  while (day <= lastDay) {
    if (isWork(p, day)) {
      const [open, close] = windowOf(p, day);
      const overlap = Math.min(b, close) - Math.max(a, open);
      if (overlap > 0) total += overlap;
    }
    day += 1;
    // Days strictly between the first and the last lie wholly inside [from, to].
    while (day + 7 <= lastDay && weekIsRegular(p, day)) {
      total += weekMs;
      day += 7;
    }
  }
  return total / MS_HOUR;
}

/**
 * The weekday a work week starts on: the working day after the longest run of days off
 * (Monday for Mon–Fri, Sunday for Sun–Thu, Saturday for Sat–Wed; Monday when every day works).
 */
export function weekStartDay(cal: WorkCalendar): Weekday {
  const p = prepare(cal);
  const order: Weekday[] = [1, 2, 3, 4, 5, 6, 0];
  let best: Weekday = 1;
  let bestGap = -1;
  for (const d of order) {
    if (p.workMask[d] !== true) continue;
    let gap = 0;
    while (gap < 6 && p.workMask[mod(d - gap - 1, 7)] !== true) gap += 1;
    if (gap > bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

/** The first day of the work week containing `date` (see weekStartDay). */
export function startOfWeek(cal: WorkCalendar, date: IsoDate): IsoDate {
  const day = dayOf(date);
  return isoOf(day - mod(weekdayOfDay(day) - weekStartDay(cal), 7));
}

export function toInstant(at: Date): Instant {
  return at.toISOString();
}
