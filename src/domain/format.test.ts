import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTime,
  dayNumber,
  daysBetween,
  formatBusinessDays,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeDate,
  formatRelativeTime,
  formatShortDate,
  formatMailbox,
  localeDirection,
  safeLocale,
} from './format';

describe('formatDate', () => {
  it.each([
    ['en-GB', 'Fri, 27 Nov 2026'],
    ['en-US', 'Fri, Nov 27, 2026'],
    ['de-DE', 'Fr., 27. Nov. 2026'],
    ['ja-JP', '2026年11月27日(金)'],
  ])('formats a calendar date for %s', (locale, expected) => {
    expect(formatDate('2026-11-27', locale)).toBe(expected);
  });

  it('is RTL-friendly for Arabic and Hebrew (formats without throwing, keeps the year)', () => {
    expect(formatDate('2026-11-27', 'he-IL')).toContain('2026');
    expect(formatDate('2026-11-27', 'ar-EG')).toMatch(/٢٠٢٦|2026/);
  });

  it('never shifts the day, whatever the process time zone (dates are read as calendar dates)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const day = Number(iso.slice(8, 10));
        expect(formatDate(iso, 'en-GB')).toContain(` ${day} `);
      }),
    );
  });

  it('returns something that is not a date as it was', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formatDate('2026-11-27', 'not a locale!!')).toBe(formatDate('2026-11-27', 'en'));
    expect(safeLocale('')).toBe('en');
    expect(safeLocale('EN-gb')).toBe('en-GB');
  });

  it('short dates leave out the weekday', () => {
    expect(formatShortDate('2026-11-27', 'en-GB')).toBe('27 Nov 2026');
  });
});

describe('dayNumber and daysBetween', () => {
  it('rejects impossible dates', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '20261101', ''])
      expect(dayNumber(bad)).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
  });

  it('counts calendar days across DST and year ends', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-27', '2026-11-20')).toBe(-7);
    expect(daysBetween('x', '2026-11-20')).toBeNull();
  });
});

describe('formatDateTime', () => {
  const at = '2026-11-27T13:30:00.000Z';

  it('shows the instant in the given zone', () => {
    expect(formatDateTime(at, 'en-GB', 'Europe/Berlin')).toBe('Fri, 27 Nov 2026, 14:30');
    expect(formatDateTime(at, 'en-US', 'America/New_York')).toBe('Fri, Nov 27, 2026, 8:30 AM');
    expect(formatDateTime(new Date(at), 'en-GB', 'Asia/Tokyo')).toBe('Fri, 27 Nov 2026, 22:30');
  });

  it('shows the next day where the zone is already there', () => {
    expect(formatDateTime('2026-11-27T20:00:00.000Z', 'en-GB', 'Pacific/Auckland')).toContain('Sat, 28 Nov 2026');
  });

  it('falls back to UTC for an unknown zone and returns garbage input as it was', () => {
    expect(formatDateTime(at, 'en-GB', 'Mars/Olympus')).toBe('Fri, 27 Nov 2026, 13:30');
    expect(formatDateTime('not a time', 'en-GB', 'UTC')).toBe('not a time');
  });
});

describe('relative dates and times', () => {
  it.each([
    ['2026-11-25', 'today'],
    ['2026-11-26', 'tomorrow'],
    ['2026-11-24', 'yesterday'],
    ['2026-11-28', 'in 3 days'],
    ['2026-11-23', '2 days ago'],
  ])('%s relative to 2026-11-25 is %j', (date, expected) => {
    expect(formatRelativeDate(date, '2026-11-25', 'en')).toBe(expected);
  });

  it('words relative dates in other locales', () => {
    expect(formatRelativeDate('2026-11-28', '2026-11-25', 'de')).toBe('in 3 Tagen');
  });

  it('picks the largest unit that fits for instants', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    expect(formatRelativeTime('2026-11-25T12:00:20.000Z', now, 'en')).toBe('this minute');
    expect(formatRelativeTime('2026-11-25T12:05:00.000Z', now, 'en')).toBe('in 5 minutes');
    expect(formatRelativeTime('2026-11-25T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(new Date('2026-11-28T12:00:00.000Z'), now, 'en')).toBe('in 3 days');
    expect(formatRelativeTime('garbage', now, 'en')).toBe('garbage');
  });

  it('words business days with plurals from the catalog', () => {
    expect(formatBusinessDays(1, 'en')).toBe('1 business day');
    expect(formatBusinessDays(3, 'en')).toBe('3 business days');
    expect(formatBusinessDays(1200, 'en-US')).toBe('1,200 business days');
  });
});

describe('numbers, percentages and lists', () => {
  it('formats 0–100 percentages for the locale and a dash when there is nothing to measure', () => {
    expect(formatPercent(87, 'en')).toBe('87%');
    expect(formatPercent(87.5, 'en', 1)).toBe('87.5%');
    expect(formatPercent(87, 'de-DE')).toBe('87\u00a0%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });

  it('formats numbers', () => {
    expect(formatNumber(4.25, 'en')).toBe('4.3');
    expect(formatNumber(4.25, 'de')).toBe('4,3');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });

  it('joins lists in the locale’s words', () => {
    expect(formatList(['Ana', 'Ben', 'Chen'], 'en')).toBe('Ana, Ben, and Chen');
    expect(formatList(['Ana', 'Ben'], 'en', 'disjunction')).toBe('Ana or Ben');
    expect(formatList(['Ana', 'Ben'], 'de')).toBe('Ana und Ben');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('localeDirection', () => {
  it.each([
    ['ar-SA', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['en-US', 'ltr'],
    ['ja', 'ltr'],
    ['bogus tag', 'ltr'],
  ])('%s is %s', (locale, dir) => expect(localeDirection(locale)).toBe(dir));
});

describe('formatDateTimeRange', () => {
  it('says the shared day once for a meeting within one day', () => {
    const text = formatDateTimeRange('2026-11-25T09:00:00Z', '2026-11-25T10:00:00Z', 'en-GB', 'Europe/London');
    expect(text).toMatch(/^Wed, 25 Nov 2026, 09:00\s*–\s*10:00$/);
  });

  it('falls back to two full instants when the end is before the start', () => {
    const text = formatDateTimeRange('2026-11-25T10:00:00Z', '2026-11-25T09:00:00Z', 'en-GB', 'UTC');
    expect(text).toBe('Wed, 25 Nov 2026, 10:00 – Wed, 25 Nov 2026, 09:00');
  });

  // V8 drops the zero of `hour: 'numeric'` in a single time and keeps it in a range's.
  it.each([
    ['en-GB', 'Wed, 25 Nov 2026, 04:34', /^Wed, 25 Nov 2026, 06:04\s*–\s*07:04$/, /^04:34$/],
    ['zh-Hans', '2026年11月25日周三 04:34', /06:04\s*–\s*07:04$/, /^04:34$/],
    ['fi', 'ke 25.11.2026 klo 4.34', /^ke 25\.11\.2026 6\.04\s*–\s*7\.04$/, /^4\.34$/],
    ['en-US', 'Wed, Nov 25, 2026, 4:34 AM', /^Wed, Nov 25, 2026, 6:04\s*–\s*7:04\sAM$/, /^4:34\sAM$/],
  ])('%s writes the hour the same way in a time, a range and a time of day', (locale, single, range, time) => {
    expect(formatDateTime('2026-11-25T04:34:00Z', locale, 'UTC')).toBe(single);
    expect(formatDateTimeRange('2026-11-25T06:04:00Z', '2026-11-25T07:04:00Z', locale, 'UTC')).toMatch(range);
    expect(formatTime('2026-11-25T04:34:00Z', locale, 'UTC')).toMatch(time);
  });
});

describe('formatMailbox', () => {
  it('isolates the name and keeps the address left to right, so a Persian line cannot swap the brackets', () => {
    expect(formatMailbox({ name: 'سارا احمدی', email: 'sara@contoso.com' }, 'fa')).toBe(
      '\u2068سارا احمدی\u2069 \u2066<sara@contoso.com>\u2069',
    );
    expect(formatMailbox({ name: '', email: 'sara@contoso.com' }, 'fa')).toBe('\u2066<sara@contoso.com>\u2069');
    expect(formatMailbox({ name: 'Sara Ahmadi', email: 'sara@contoso.com' }, 'en')).toBe(
      'Sara Ahmadi <sara@contoso.com>',
    );
  });
});
