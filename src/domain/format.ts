import { t } from './i18n';
import { dateLocale, localeDirection, safeLocale } from './i18n/locales';

export { localeDirection, safeLocale } from './i18n/locales';
import type { Instant, IsoDate } from './types';
import { intlFormatter } from './intlFormatters';
import { isValidTimeZone } from './calendar';

// Locale formatting for drafts and the UI. Pure: the locale, the time zone and "now" are passed in.
// A bad locale tag (from a host or a user setting) never throws: it falls back to English.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not a real calendar date. */
export function dayNumber(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it. Years 0–99 are remapped by Date.UTC.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/**
 * A calendar date for people, e.g. "Fri, 27 Nov 2026" (en-GB) or "Fri, Nov 27, 2026" (en-US).
 * The date is read as a calendar date in UTC, so no time zone can move it to the day before.
 * Something that is not a date is returned as it was (the caller escapes it like any user text).
 */
export function formatDate(isoDate: IsoDate, locale: string): string {
  const day = dayNumber(isoDate);
  if (day === null) return isoDate;
  return intlFormatter(
    `date|${locale}`,
    () =>
      new Intl.DateTimeFormat(dateLocale(locale), {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(new Date(day * DAY_MS));
}

/** A short date without the weekday, for tables: "27 Nov 2026". */
export function formatShortDate(isoDate: IsoDate, locale: string): string {
  const day = dayNumber(isoDate);
  if (day === null) return isoDate;
  return intlFormatter(
    `shortDate|${locale}`,
    () =>
      new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(day * DAY_MS));
}

/**
 * The hour as the locale writes it in its own short time: "09:00" in British English and Chinese,
 * "9.00" in Finnish, "9:00 AM" in American English. Asked for `hour: 'numeric'`, V8 drops the zero
 * that its ranges keep, so a list read "4:34" beside "06:04–07:04".
 */
function hourStyle(locale: string): { hour: 'numeric' | '2-digit' } {
  const shortTime = intlFormatter(
    `shortTime|${locale}`,
    () => new Intl.DateTimeFormat(dateLocale(locale), { timeStyle: 'short', timeZone: 'UTC' }),
  );
  const hour = shortTime.formatToParts(Date.UTC(2026, 0, 1, 4)).find((part) => part.type === 'hour')?.value ?? '';
  return { hour: hour.length === 2 ? '2-digit' : 'numeric' };
}

/** Date and time in a given IANA zone; an unknown zone (a hand-edited setting) falls back to UTC. */
function dateTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return intlFormatter(`dateTime|${locale}|${timeZone}`, () => {
    // An unknown zone name must not break a draft.
    const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
    return new Intl.DateTimeFormat(dateLocale(locale), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...hourStyle(locale),
      minute: '2-digit',
      timeZone: zone,
    });
  });
}

/** A time of day in a given IANA zone, as the locale writes it: "14:30", "2:30 PM", "14.30". */
export function formatTime(instant: Instant | Date, locale: string, timeZone: string): string {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return typeof instant === 'string' ? instant : '';
  return intlFormatter(`time|${locale}|${timeZone}`, () => {
    const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
    return new Intl.DateTimeFormat(dateLocale(locale), { ...hourStyle(locale), minute: '2-digit', timeZone: zone });
  }).format(at);
}

const relativeFormat = (locale: string): Intl.RelativeTimeFormat =>
  intlFormatter(`relative|${locale}`, () => new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' }));

/** An instant shown in a given IANA zone, e.g. "Fri, 27 Nov 2026, 14:30". An unknown zone falls back to UTC. */
export function formatDateTime(instant: Instant | Date, locale: string, timeZone: string): string {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return typeof instant === 'string' ? instant : '';
  return dateTimeFormat(locale, timeZone).format(at);
}

/** A meeting's time, the shared parts said once: "Wed, 25 Nov 2026, 09:00 – 10:00". */
export function formatDateTimeRange(start: Instant, end: Instant, locale: string, timeZone: string): string {
  const from = new Date(start);
  const to = new Date(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
    return `${formatDateTime(start, locale, timeZone)} – ${formatDateTime(end, locale, timeZone)}`;
  }
  return dateTimeFormat(locale, timeZone).formatRange(from, to);
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`), or null when either is not a date. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/**
 * "tomorrow", "in 3 days", "2 days ago", "today" for a calendar date relative to `today`
 * (the team's local date, from calendar.localDate). Weeks are not used: people plan in days.
 */
export function formatRelativeDate(isoDate: IsoDate, today: IsoDate, locale: string): string {
  const days = daysBetween(today, isoDate);
  if (days === null) return isoDate;
  return relativeFormat(locale).format(days, 'day');
}

/** "in 5 minutes", "3 hours ago", "in 2 days" for an instant relative to `now`, in the largest unit that fits. */
export function formatRelativeTime(instant: Instant | Date, now: Date, locale: string): string {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return typeof instant === 'string' ? instant : '';
  const seconds = (at.getTime() - now.getTime()) / 1000;
  const format = relativeFormat(locale);
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(0, 'minute');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** "3 business days" (Intl has no business-day unit, so the catalog words it). */
export function formatBusinessDays(count: number, locale: string): string {
  return t(safeLocale(locale), 'domain.format.businessDays', { count });
}

/**
 * A percentage given as 0–100 (as metrics.ts reports it), e.g. "87%" / "87 %" (de).
 * null (nothing to measure) shows a dash, never a fake 0%.
 */
export function formatPercent(pct: number | null, locale: string, maximumFractionDigits = 0): string {
  if (pct === null || !Number.isFinite(pct)) return t(safeLocale(locale), 'domain.format.notAvailable');
  return intlFormatter(
    `percent|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(safeLocale(locale), { style: 'percent', maximumFractionDigits }),
  ).format(pct / 100);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return t(safeLocale(locale), 'domain.format.notAvailable');
  return intlFormatter(
    `number|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(safeLocale(locale), { maximumFractionDigits }),
  ).format(value);
}

/** "Ana, Ben and Chen" (conjunction) or "Ana, Ben or Chen" (disjunction), in the locale's words. */
export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string {
  return intlFormatter(
    `list|${locale}|${type}`,
    () => new Intl.ListFormat(safeLocale(locale), { style: 'long', type }),
  ).format(items);
}

/**
 * Picked options joined by the locale's list separator, without "and" ("A, B" / "A، B" / "A、B"):
 * the separator a conjunction list puts between its first two items.
 */
export function formatChoices(items: readonly string[], locale: string): string {
  const parts = intlFormatter(
    `list|${locale}|conjunction`,
    () => new Intl.ListFormat(safeLocale(locale), { style: 'long', type: 'conjunction' }),
  ).formatToParts(['a', 'b', 'c']);
  const separator = parts.find((part) => part.type === 'literal')?.value ?? ', ';
  return items.join(separator);
}

/**
 * "Name <address>". In a right-to-left line the name is isolated with its own direction and the
 * address kept left to right, or the brackets would swap sides; left-to-right lines need neither.
 */
export function formatMailbox(person: { readonly name: string; readonly email: string }, locale: string): string {
  const rtl = localeDirection(locale) === 'rtl';
  const address = rtl ? `\u2066<${person.email}>\u2069` : `<${person.email}>`;
  const name = person.name.trim();
  if (name === '' || name === person.email) return address;
  return `${rtl ? `\u2068${name}\u2069` : name} ${address}`;
}
