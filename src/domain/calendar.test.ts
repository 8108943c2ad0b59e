import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_CALENDAR,
  addBusinessDays,
  addBusinessHours,
  addDays,
  businessDaysBetween,
  businessHoursBetween,
  daysBetween,
  endOfBusinessDay,
  isValidIsoDate,
  canonicalTimeZone,
  isValidTimeZone,
  isWorkDay,
  localDate,
  localMinuteOfDay,
  nextWorkDay,
  normalizeCalendar,
  startOfBusinessDay,
  startOfWeek,
  today,
  toInstant,
  weekStartDay,
  weekdayOf,
  zonedInstant,
} from './calendar';
import type { Weekday, WorkCalendar } from './types';

const MON_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];
const cal = (timeZone: string, workDays: readonly Weekday[] = MON_FRI, start = 540, end = 1020): WorkCalendar => ({
  timeZone,
  workDays,
  dayStartMinute: start,
  dayEndMinute: end,
});
const berlin = cal('Europe/Berlin');
const newYork = cal('America/New_York');
const sydney = cal('Australia/Sydney');
const kolkata = cal('Asia/Kolkata');
const riyadh = cal('Asia/Riyadh', [0, 1, 2, 3, 4]);
const satToWed = cal('Asia/Dubai', [6, 0, 1, 2, 3]);
const utc = DEFAULT_CALENDAR;
const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();

describe('ISO dates', () => {
  it('validates real calendar dates only', () => {
    expect(isValidIsoDate('2026-11-24')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-1-01')).toBe(false);
    expect(isValidIsoDate('2026-11-24T00:00:00Z')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
    expect(isValidIsoDate(' 2026-11-24')).toBe(false);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-24', 365)).toBe('2027-11-24');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-11-24')).toBe(2);
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });

  it('rejects a malformed date loudly instead of computing nonsense', () => {
    expect(() => addBusinessDays(utc, '2026-02-30', 1)).toThrow(RangeError);
    expect(() => businessDaysBetween(utc, 'soon', '2026-02-01')).toThrow(RangeError);
    expect(() => addBusinessDays(utc, '2026-02-02', Number.NaN)).toThrow(RangeError);
    expect(() => localDate(utc, new Date(Number.NaN))).toThrow(RangeError);
    expect(() => addBusinessHours(utc, new Date(0), 1e12)).toThrow(RangeError);
  });
});

describe('time zones', () => {
  it('validates zone names with Intl', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('W. Europe Standard Time')).toBe(false);
  });

  it('gives the name Intl knows a zone by, asking Intl once per name', () => {
    const Original = Intl.DateTimeFormat;
    const built = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Original>
    ) {
      return new Original(...args);
    } as unknown as typeof Original);
    try {
      expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
      expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
      expect(isValidTimeZone('america/new_york')).toBe(true);
      expect(canonicalTimeZone('Not/AZoneAtAll')).toBeUndefined();
      expect(canonicalTimeZone('Not/AZoneAtAll')).toBeUndefined();
      expect(canonicalTimeZone(' ')).toBeUndefined();
      expect(canonicalTimeZone(undefined)).toBeUndefined();
      expect(built).toHaveBeenCalledTimes(2);
    } finally {
      built.mockRestore();
    }
  });

  it('falls back to UTC for an unknown zone instead of crashing', () => {
    const broken = cal('Not/AZone');
    expect(normalizeCalendar(broken).timeZone).toBe('UTC');
    expect(localDate(broken, at('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
    expect(iso(endOfBusinessDay(broken, '2026-11-24'))).toBe('2026-11-24T17:00:00.000Z');
  });

  it('repairs a calendar with no working days or an inverted day', () => {
    expect(normalizeCalendar(cal('UTC', [])).workDays).toEqual([1, 2, 3, 4, 5]);
    const inverted = normalizeCalendar(cal('UTC', MON_FRI, 1020, 540));
    expect([inverted.dayStartMinute, inverted.dayEndMinute]).toEqual([540, 1020]);
    expect(isWorkDay(cal('UTC', []), '2026-11-24')).toBe(true);
  });

  it('reads the local date in half-hour and far-east zones', () => {
    expect(localDate(kolkata, at('2026-11-24T18:29:59Z'))).toBe('2026-11-24');
    expect(localDate(kolkata, at('2026-11-24T18:30:00Z'))).toBe('2026-11-25');
    expect(localDate(sydney, at('2026-11-24T12:59:59Z'))).toBe('2026-11-24');
    expect(localDate(sydney, at('2026-11-24T13:00:00Z'))).toBe('2026-11-25');
    expect(localDate(newYork, at('2026-11-25T04:59:59Z'))).toBe('2026-11-24');
    expect(today(newYork, at('2026-11-25T05:00:00Z'))).toBe('2026-11-25');
    expect(localMinuteOfDay(kolkata, at('2026-11-24T03:30:00Z'))).toBe(9 * 60);
  });

  it('puts 09:00 and 17:00 at the right instants on both sides of each DST switch', () => {
    // Berlin springs forward on Sunday 2026-03-29 and falls back on Sunday 2026-10-25.
    expect(iso(endOfBusinessDay(berlin, '2026-03-27'))).toBe('2026-03-27T16:00:00.000Z');
    expect(iso(startOfBusinessDay(berlin, '2026-03-30'))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(endOfBusinessDay(berlin, '2026-10-23'))).toBe('2026-10-23T15:00:00.000Z');
    expect(iso(startOfBusinessDay(berlin, '2026-10-26'))).toBe('2026-10-26T08:00:00.000Z');
    // New York: 2026-03-08 and 2026-11-01.
    expect(iso(startOfBusinessDay(newYork, '2026-03-06'))).toBe('2026-03-06T14:00:00.000Z');
    expect(iso(startOfBusinessDay(newYork, '2026-03-09'))).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(endOfBusinessDay(newYork, '2026-10-30'))).toBe('2026-10-30T21:00:00.000Z');
    expect(iso(endOfBusinessDay(newYork, '2026-11-02'))).toBe('2026-11-02T22:00:00.000Z');
    // Sydney (southern hemisphere): DST ends 2026-04-05, starts 2026-10-04.
    expect(iso(startOfBusinessDay(sydney, '2026-04-03'))).toBe('2026-04-02T22:00:00.000Z');
    expect(iso(startOfBusinessDay(sydney, '2026-04-06'))).toBe('2026-04-05T23:00:00.000Z');
    expect(iso(startOfBusinessDay(sydney, '2026-10-02'))).toBe('2026-10-01T23:00:00.000Z');
    expect(iso(startOfBusinessDay(sydney, '2026-10-05'))).toBe('2026-10-04T22:00:00.000Z');
    // Kolkata never changes: 09:00 IST is 03:30 UTC.
    expect(iso(startOfBusinessDay(kolkata, '2026-03-30'))).toBe('2026-03-30T03:30:00.000Z');
    expect(iso(endOfBusinessDay(kolkata, '2026-03-30'))).toBe('2026-03-30T11:30:00.000Z');
  });

  it('moves a wall time in the spring gap forward and takes the first of two in the autumn overlap', () => {
    expect(iso(zonedInstant(berlin, '2026-03-29', 150))).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(iso(zonedInstant(berlin, '2026-10-25', 150))).toBe('2026-10-25T00:30:00.000Z'); // first 02:30
    expect(iso(zonedInstant(newYork, '2026-03-08', 150))).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(iso(zonedInstant(newYork, '2026-11-01', 90))).toBe('2026-11-01T05:30:00.000Z'); // first 01:30, EDT
  });
});

describe('business days', () => {
  it('recognises working days of each kind of work week', () => {
    expect(isWorkDay(berlin, '2026-11-27')).toBe(true); // Friday
    expect(isWorkDay(berlin, '2026-11-28')).toBe(false);
    expect(isWorkDay(riyadh, '2026-11-27')).toBe(false); // Friday off
    expect(isWorkDay(riyadh, '2026-11-29')).toBe(true); // Sunday on
    expect(isWorkDay(satToWed, '2026-11-28')).toBe(true); // Saturday on
    expect(isWorkDay(satToWed, '2026-11-26')).toBe(false); // Thursday off
  });

  it('adds business days over weekends, in both directions', () => {
    expect(addBusinessDays(utc, '2026-11-27', 1)).toBe('2026-11-30'); // Fri + 1 = Mon
    expect(addBusinessDays(utc, '2026-11-24', 3)).toBe('2026-11-27');
    expect(addBusinessDays(utc, '2026-11-24', 4)).toBe('2026-11-30');
    expect(addBusinessDays(utc, '2026-11-24', 10)).toBe('2026-12-08');
    expect(addBusinessDays(utc, '2026-11-30', -1)).toBe('2026-11-27'); // Mon − 1 = Fri
    expect(addBusinessDays(utc, '2026-11-25', -5)).toBe('2026-11-18');
    expect(addBusinessDays(utc, '2026-11-25', 0)).toBe('2026-11-25');
  });

  it('counts from a weekend as from the next working day', () => {
    expect(addBusinessDays(utc, '2026-11-28', 0)).toBe('2026-11-30'); // Sat + 0 = Mon
    expect(addBusinessDays(utc, '2026-11-28', 1)).toBe('2026-11-30'); // Sat + 1 = Mon (first working day after)
    expect(addBusinessDays(utc, '2026-11-29', 2)).toBe('2026-12-01');
    expect(addBusinessDays(utc, '2026-11-28', -1)).toBe('2026-11-27'); // Sat − 1 = Fri
    expect(nextWorkDay(utc, '2026-11-29')).toBe('2026-11-30');
  });

  it('adds business days in Sun–Thu and Sat–Wed weeks', () => {
    expect(addBusinessDays(riyadh, '2026-11-26', 1)).toBe('2026-11-29'); // Thu + 1 = Sun
    expect(addBusinessDays(riyadh, '2026-11-29', -1)).toBe('2026-11-26');
    expect(addBusinessDays(riyadh, '2026-11-27', 0)).toBe('2026-11-29'); // Fri → Sun
    expect(addBusinessDays(satToWed, '2026-11-25', 1)).toBe('2026-11-28'); // Wed + 1 = Sat
    expect(addBusinessDays(satToWed, '2026-11-28', 4)).toBe('2026-12-02'); // Sat + 4 = Wed
    expect(addBusinessDays(satToWed, '2026-11-28', 5)).toBe('2026-12-05'); // … + 1 = next Sat
  });

  it('counts working days in (from, to], negative backwards', () => {
    expect(businessDaysBetween(utc, '2026-11-27', '2026-11-30')).toBe(1);
    expect(businessDaysBetween(utc, '2026-11-24', '2026-11-24')).toBe(0);
    expect(businessDaysBetween(utc, '2026-11-30', '2026-11-27')).toBe(-1);
    expect(businessDaysBetween(utc, '2026-11-28', '2026-11-29')).toBe(0);
    expect(businessDaysBetween(utc, '2025-12-31', '2026-12-31')).toBe(261);
    expect(businessDaysBetween(riyadh, '2026-11-26', '2026-11-29')).toBe(1);
    expect(businessDaysBetween(satToWed, '2026-11-25', '2026-11-28')).toBe(1);
  });

  it('handles long ranges arithmetically', () => {
    expect(addBusinessDays(utc, '2025-12-31', 261)).toBe('2026-12-31');
    expect(businessDaysBetween(utc, '2000-01-01', '2100-01-01')).toBe(26090);
    expect(addBusinessDays(utc, '2100-01-01', -26090)).toBe('1999-12-31'); // (Fri 1999-12-31, Fri 2100-01-01] holds 26090 working days
  });
});

describe('business hours', () => {
  it('adds hours inside a day and rolls over nights and weekends', () => {
    expect(iso(addBusinessHours(utc, at('2026-11-24T10:00:00Z'), 3))).toBe('2026-11-24T13:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-24T16:00:00Z'), 2))).toBe('2026-11-25T10:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-27T15:00:00Z'), 4))).toBe('2026-11-30T11:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-28T12:00:00Z'), 1))).toBe('2026-11-30T10:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-24T20:00:00Z'), 0.5))).toBe('2026-11-25T09:30:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-24T20:00:00Z'), 0))).toBe('2026-11-24T20:00:00.000Z');
  });

  it('ends a sum that fills the day exactly at the close, not the next morning', () => {
    expect(iso(addBusinessHours(utc, at('2026-11-24T09:00:00Z'), 8))).toBe('2026-11-24T17:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-24T09:00:00Z'), 40))).toBe('2026-11-30T17:00:00.000Z');
  });

  it('goes back in time with negative hours', () => {
    expect(iso(addBusinessHours(utc, at('2026-11-30T10:00:00Z'), -2))).toBe('2026-11-27T16:00:00.000Z');
    expect(iso(addBusinessHours(utc, at('2026-11-30T17:00:00Z'), -80))).toBe('2026-11-17T09:00:00.000Z');
  });

  it('adds hours over a DST weekend in Berlin, New York and Sydney', () => {
    // Friday 16:00 local + 3h = 1h on Friday + 2h on Monday → Monday 11:00 local, in the new offset.
    expect(iso(addBusinessHours(berlin, at('2026-03-27T15:00:00Z'), 3))).toBe('2026-03-30T09:00:00.000Z');
    expect(iso(addBusinessHours(berlin, at('2026-10-23T14:00:00Z'), 3))).toBe('2026-10-26T10:00:00.000Z');
    expect(iso(addBusinessHours(newYork, at('2026-03-06T21:00:00Z'), 3))).toBe('2026-03-09T15:00:00.000Z');
    expect(iso(addBusinessHours(sydney, at('2026-04-03T05:00:00Z'), 3))).toBe('2026-04-06T01:00:00.000Z');
  });

  it('counts business hours between instants', () => {
    expect(businessHoursBetween(utc, at('2026-11-24T10:00:00Z'), at('2026-11-24T12:30:00Z'))).toBe(2.5);
    expect(businessHoursBetween(utc, at('2026-11-27T16:00:00Z'), at('2026-11-30T10:00:00Z'))).toBe(2);
    expect(businessHoursBetween(utc, at('2026-11-28T00:00:00Z'), at('2026-11-29T23:00:00Z'))).toBe(0);
    expect(businessHoursBetween(utc, at('2026-11-30T10:00:00Z'), at('2026-11-27T16:00:00Z'))).toBe(0);
    expect(businessHoursBetween(berlin, at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(2);
    expect(businessHoursBetween(kolkata, at('2026-11-24T03:30:00Z'), at('2026-11-24T11:30:00Z'))).toBe(8);
  });

  it('counts a whole year exactly, skipping whole weeks', () => {
    const year = (c: WorkCalendar) =>
      businessHoursBetween(c, zonedInstant(c, '2026-01-01', 0), zonedInstant(c, '2027-01-01', 0));
    // 2026 has 261 Mondays–Fridays and 261 Sundays–Thursdays (it starts and ends on a Thursday).
    expect(year(utc)).toBe(261 * 8);
    expect(year(berlin)).toBe(261 * 8);
    expect(year(newYork)).toBe(261 * 8);
    expect(year(sydney)).toBe(261 * 8);
    expect(year(riyadh)).toBe(261 * 8);
    expect(year(satToWed)).toBe(261 * 8 - 8); // Sat–Wed: 260 such days
    expect(businessHoursBetween(utc, at('2025-12-31T23:00:00Z'), at('2027-01-01T13:00:00Z'))).toBe(261 * 8 + 4);
  });

  it('measures real elapsed hours on the DST days of a 24-hour calendar', () => {
    const allDay = cal('Europe/Berlin', [0, 1, 2, 3, 4, 5, 6], 0, 1440);
    const day = (d: string) => businessHoursBetween(allDay, startOfBusinessDay(allDay, d), endOfBusinessDay(allDay, d));
    expect(day('2026-03-29')).toBe(23);
    expect(day('2026-10-25')).toBe(25);
    expect(day('2026-11-24')).toBe(24);
    expect(businessHoursBetween(allDay, at('2026-03-22T00:00:00Z'), at('2026-04-05T00:00:00Z'))).toBe(14 * 24);
  });
});

describe('weeks', () => {
  it('starts the work week after the weekend', () => {
    expect(weekStartDay(utc)).toBe(1);
    expect(weekStartDay(riyadh)).toBe(0);
    expect(weekStartDay(satToWed)).toBe(6);
    expect(weekStartDay(cal('UTC', [0, 1, 2, 3, 4, 5, 6]))).toBe(1);
    expect(startOfWeek(utc, '2026-11-29')).toBe('2026-11-23');
    expect(startOfWeek(utc, '2026-11-30')).toBe('2026-11-30');
    expect(startOfWeek(riyadh, '2026-11-26')).toBe('2026-11-22');
    expect(startOfWeek(satToWed, '2026-11-27')).toBe('2026-11-21');
  });

  it('formats instants as ISO strings', () => {
    expect(toInstant(at('2026-11-24T09:30:00Z'))).toBe('2026-11-24T09:30:00.000Z');
  });
});
