// Instants are stored as ISO strings ("2026-11-24T12:00:00.000Z" from toISOString, "…:00Z" from
// Graph). Status and metrics read the same instants hundreds of thousands of times for a large team,
// and Date.parse was the largest single cost there; the canonical UTC forms are read digit by digit
// and anything else goes to Date.parse, so the result is always what Date.parse says.

const [ZERO, DASH, T, COLON, DOT, Z] = [48, 45, 84, 58, 46, 90];

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** "YYYY-MM-DDTHH:MM:SS[.sss]Z" with every field in range, else undefined (the caller asks Date.parse). */
function canonicalUtc(s: string): number | undefined {
  const withMillis = s.length === 24;
  if (!(withMillis || s.length === 20) || s.charCodeAt(s.length - 1) !== Z) return undefined;
  const at = (i: number) => s.charCodeAt(i);
  if (at(4) !== DASH || at(7) !== DASH || at(10) !== T || at(13) !== COLON || at(16) !== COLON) return undefined;
  if (withMillis && at(19) !== DOT) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  const millis = withMillis ? digits(s, 20, 3) : 0;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) return undefined;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; Date.parse does not. Such instants go the slow way.
  return year < 100 ? undefined : ms;
}

/** Epoch milliseconds of an ISO instant, or undefined when absent or unreadable (as Date.parse reads it). */
export function instantMs(instant: string | undefined): number | undefined {
  if (instant === undefined) return undefined;
  const fast = canonicalUtc(instant);
  if (fast !== undefined) return fast;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The same, NaN when absent or unreadable: every comparison with it is false, so it never wins. */
export const instantOrNaN = (instant: string | undefined): number => instantMs(instant) ?? Number.NaN;
