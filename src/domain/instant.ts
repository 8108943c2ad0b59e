// Instants are stored as ISO strings ("2026-11-24T12:00:00.000Z" from toISOString, "…:00Z" from
// Graph). Status and metrics read the same instants hundreds of thousands of times for a large team,
// and Date.parse was the largest single cost there; the canonical UTC forms are read digit by digit
// and anything else goes to Date.parse, so the result is always what Date.parse says.

import { daysFromCivil, daysInMonth } from './civilDays';

const [ZERO, DASH, T, COLON, DOT, Z] = [48, 45, 84, 58, 46, 90];
const DAY_MS = 86_400_000;

/** Two ASCII digits at `i` as a number, or a negative number when either is not a digit. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - ZERO;
  const b = s.charCodeAt(i + 1) - ZERO;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

/** "YYYY-MM-DDTHH:MM:SS[.sss]Z" with every field in range, else undefined (the caller asks Date.parse). */
function canonicalUtc(s: string): number | undefined {
  const length = s.length;
  const withMillis = length === 24;
  if (!(withMillis || length === 20) || s.charCodeAt(length - 1) !== Z) return undefined;
  if (s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH || s.charCodeAt(10) !== T) return undefined;
  if (s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return undefined;
  const century = two(s, 0);
  const yy = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  // Date.UTC and Date.parse differ on years 0–99; such instants go the slow way.
  if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let millis = 0;
  if (withMillis) {
    const hundreds = s.charCodeAt(20) - ZERO;
    const rest = two(s, 21);
    if (s.charCodeAt(19) !== DOT || hundreds >>> 0 > 9 || rest < 0) return undefined;
    millis = hundreds * 100 + rest;
  }
  const year = century * 100 + yy;
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
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
