import type { Instant, IsoDate, WorkCalendar } from './types';

// Business calendar in an IANA time zone, correct across DST changes. Pure: uses Intl only.

export const DEFAULT_CALENDAR: WorkCalendar = {
  timeZone: 'UTC',
  workDays: [1, 2, 3, 4, 5],
  dayStartMinute: 9 * 60,
  dayEndMinute: 17 * 60,
};

/** The calendar date of `at` in the calendar's time zone. */
export function localDate(cal: WorkCalendar, at: Date): IsoDate {
  throw new Error('TODO: implement');
}

/** Today's date in the calendar's zone. */
export function today(cal: WorkCalendar, now: Date): IsoDate {
  return localDate(cal, now);
}

export function isWorkDay(cal: WorkCalendar, date: IsoDate): boolean {
  throw new Error('TODO: implement');
}

/** Adds n business days (n may be negative); from a non-working day, counting starts at the next working day. */
export function addBusinessDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  throw new Error('TODO: implement');
}

/** Working days in (from, to]; negative when to is before from. */
export function businessDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  throw new Error('TODO: implement');
}

/** The instant the business day of `date` ends (e.g. 17:00 local). */
export function endOfBusinessDay(cal: WorkCalendar, date: IsoDate): Date {
  throw new Error('TODO: implement');
}

/** The instant the business day of `date` starts (e.g. 09:00 local). */
export function startOfBusinessDay(cal: WorkCalendar, date: IsoDate): Date {
  throw new Error('TODO: implement');
}

/** Adds business hours, skipping nights, weekends and non-working days. */
export function addBusinessHours(cal: WorkCalendar, at: Date, hours: number): Date {
  throw new Error('TODO: implement');
}

/** Business hours elapsed between two instants (0 when to <= from). */
export function businessHoursBetween(cal: WorkCalendar, from: Date, to: Date): number {
  throw new Error('TODO: implement');
}

/** Calendar-day arithmetic on ISO dates (no time zone involved). */
export function addDays(date: IsoDate, n: number): IsoDate {
  throw new Error('TODO: implement');
}

export function isValidIsoDate(value: string): value is IsoDate {
  throw new Error('TODO: implement');
}

export function toInstant(at: Date): Instant {
  return at.toISOString();
}
