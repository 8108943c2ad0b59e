import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessHours,
  addDays,
  businessDaysBetween,
  businessHoursBetween,
  endOfBusinessDay,
  endOfBusinessDayAfter,
  isWorkDay,
  localDate,
  startOfBusinessDay,
  weekdayOf,
  zonedInstant,
} from './calendar';
import type { Weekday, WorkCalendar } from './types';

// Zones with DST in both hemispheres, half- and quarter-hour offsets, and a Sun–Thu country.
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Riyadh',
  'America/St_Johns',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
];

const calendarArb: fc.Arbitrary<WorkCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 23 * 60 }),
    length: fc.integer({ min: 15, max: 24 * 60 }),
  })
  .map(({ timeZone, workDays, start, length }) => ({
    timeZone,
    workDays: workDays as Weekday[],
    dayStartMinute: start,
    dayEndMinute: Math.min(1440, start + length),
  }));

/** Business-hours calendars (no window across 00:00–04:00, where DST switches happen). */
const officeCalendarArb: fc.Arbitrary<WorkCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    workDays: fc.constantFrom<Weekday[]>([1, 2, 3, 4, 5], [0, 1, 2, 3, 4], [6, 0, 1, 2, 3], [1, 3, 5], [2]),
    start: fc.integer({ min: 6 * 4, max: 12 * 4 }).map((q) => q * 15),
    hours: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ timeZone, workDays, start, hours }) => ({
    timeZone,
    workDays,
    dayStartMinute: start,
    dayEndMinute: start + hours * 60,
  }));

const dateArb = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2020-01-01', n));
const instantArb = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));
const isoDateInZone = (zone: string, d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);

/** Straight-line reference implementations: slow, obviously right. */
function naiveBusinessDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  const sign = to >= from ? 1 : -1;
  const [first, last] = sign === 1 ? [from, to] : [to, from];
  let count = 0;
  for (let d = first; d < last;) {
    d = addDays(d, 1);
    if (cal.workDays.includes(weekdayOf(d))) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

function naiveBusinessHoursBetween(cal: WorkCalendar, from: Date, to: Date): number {
  let total = 0;
  for (let d = addDays(localDate(cal, from), -1); d <= addDays(localDate(cal, to), 1); d = addDays(d, 1)) {
    if (!cal.workDays.includes(weekdayOf(d))) continue;
    const open = Math.max(from.getTime(), startOfBusinessDay(cal, d).getTime());
    const close = Math.min(to.getTime(), endOfBusinessDay(cal, d).getTime());
    if (close > open) total += close - open;
  }
  return total / 3_600_000;
}

describe('business days (properties)', () => {
  it('always lands on a working day', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: -400, max: 400 }), (cal, date, n) => {
        expect(isWorkDay(cal, addBusinessDays(cal, date, n))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('endOfBusinessDayAfter is the end of the business day n business days after the local date', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: -60, max: 60 }), (cal, at, n) => {
        const expected = endOfBusinessDay(cal, addBusinessDays(cal, localDate(cal, at), n));
        expect(endOfBusinessDayAfter(cal, at.getTime(), n)).toBe(expected.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: the business days between a date and date + n is n', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: -400, max: 400 }), (cal, date, n) => {
        // From a day off, only forward counting round-trips (Saturday − 1 = Friday, yet (Fri, Sat] holds 0 working days).
        fc.pre(n > 0 || isWorkDay(cal, date));
        expect(businessDaysBetween(cal, date, addBusinessDays(cal, date, n))).toBe(n);
        if (isWorkDay(cal, date)) expect(addBusinessDays(cal, addBusinessDays(cal, date, n), -n)).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('moves in the direction of n, and never further than needed', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 1, max: 60 }), (cal, date, n) => {
        const result = addBusinessDays(cal, date, n);
        expect(result > date).toBe(true);
        // The day before the result holds one working day fewer.
        expect(businessDaysBetween(cal, date, addDays(result, -1))).toBe(n - 1);
        expect(addBusinessDays(cal, date, -n) < date).toBe(true);
      }),
    );
  });

  it('counts like a day-by-day walk, and adds up over consecutive ranges', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, dateArb, dateArb, (cal, a, b, c) => {
        fc.pre(Math.abs(Date.parse(a) - Date.parse(b)) < 200 * 86_400_000);
        expect(businessDaysBetween(cal, a, b)).toBe(naiveBusinessDaysBetween(cal, a, b));
        expect(businessDaysBetween(cal, a, b) + businessDaysBetween(cal, b, a)).toBe(0);
        expect(businessDaysBetween(cal, a, b) + businessDaysBetween(cal, b, c)).toBe(businessDaysBetween(cal, a, c));
      }),
    );
  });
});

describe('zones (properties)', () => {
  it('reads the same local date as Intl does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, instant) => {
        const cal: WorkCalendar = { timeZone: zone, workDays: [1], dayStartMinute: 0, dayEndMinute: 60 };
        expect(localDate(cal, instant)).toBe(isoDateInZone(zone, instant));
      }),
      { numRuns: 1000 },
    );
  });

  it('places the business day inside its own date, start before end', () => {
    fc.assert(
      fc.property(officeCalendarArb, dateArb, (cal, date) => {
        const start = startOfBusinessDay(cal, date);
        const end = endOfBusinessDay(cal, date);
        expect(start.getTime()).toBeLessThan(end.getTime());
        expect(localDate(cal, start)).toBe(date);
        expect(localDate(cal, new Date(end.getTime() - 1))).toBe(date);
        expect(zonedInstant(cal, date, cal.dayStartMinute).getTime()).toBe(start.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('business hours (properties)', () => {
  it('round-trips from any start: the hours between x and x + h is h', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 1, max: 400 * 4 }), (cal, from, quarters) => {
        const hours = quarters / 4;
        const to = addBusinessHours(cal, from, hours);
        expect(businessHoursBetween(cal, from, to)).toBeCloseTo(hours, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips backwards too', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 1, max: 400 * 4 }), (cal, to, quarters) => {
        const hours = quarters / 4;
        const from = addBusinessHours(cal, to, -hours);
        expect(businessHoursBetween(cal, from, to)).toBeCloseTo(hours, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('ends inside a working day’s business window', () => {
    fc.assert(
      fc.property(officeCalendarArb, instantArb, fc.integer({ min: 1, max: 200 }), (cal, from, hours) => {
        const to = addBusinessHours(cal, from, hours);
        const day = localDate(cal, to);
        expect(isWorkDay(cal, day)).toBe(true);
        expect(to.getTime()).toBeGreaterThan(startOfBusinessDay(cal, day).getTime());
        expect(to.getTime()).toBeLessThanOrEqual(endOfBusinessDay(cal, day).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in the hours added', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.nat(300), fc.nat(300), (cal, from, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addBusinessHours(cal, from, lo).getTime()).toBeLessThanOrEqual(
          addBusinessHours(cal, from, hi).getTime(),
        );
      }),
    );
  });

  it('counts like a day-by-day walk, whole weeks skipped or not, across DST', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 120 * 24 * 60 }), (cal, from, minutes) => {
        const to = new Date(from.getTime() + minutes * 60_000);
        expect(businessHoursBetween(cal, from, to)).toBeCloseTo(naiveBusinessHoursBetween(cal, from, to), 6);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive over a split point', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.nat(60 * 24 * 60), fc.nat(60 * 24 * 60), (cal, a, m1, m2) => {
        const b = new Date(a.getTime() + m1 * 60_000);
        const c = new Date(b.getTime() + m2 * 60_000);
        expect(businessHoursBetween(cal, a, b) + businessHoursBetween(cal, b, c)).toBeCloseTo(
          businessHoursBetween(cal, a, c),
          6,
        );
      }),
    );
  });
});
