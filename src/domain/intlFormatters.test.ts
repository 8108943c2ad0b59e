import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatList } from './format';
import { intlFormatter } from './intlFormatters';

describe('intlFormatter', () => {
  it('builds a formatter once per key and hands the same one back', () => {
    const build = vi.fn(() => new Intl.NumberFormat('fi'));
    const first = intlFormatter('test|fi', build);
    expect(intlFormatter('test|fi', build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    expect(intlFormatter('test|fa', () => new Intl.NumberFormat('fa'))).not.toBe(first);
  });

  it('keeps locales, zones and list types apart', () => {
    expect(formatDate('2026-11-27', 'en-GB')).toBe('Fri, 27 Nov 2026');
    expect(formatDate('2026-11-27', 'en-US')).toBe('Fri, Nov 27, 2026');
    const at = '2026-11-27T14:30:00Z';
    expect(formatDateTime(at, 'en-GB', 'Europe/London')).toBe('Fri, 27 Nov 2026, 14:30');
    expect(formatDateTime(at, 'en-GB', 'Asia/Tehran')).toBe('Fri, 27 Nov 2026, 18:00');
    // An unknown zone falls back to UTC, and stays a fallback when asked again.
    expect(formatDateTime(at, 'en-GB', 'Mars/Olympus')).toBe('Fri, 27 Nov 2026, 14:30');
    expect(formatDateTime(at, 'en-GB', 'Mars/Olympus')).toBe('Fri, 27 Nov 2026, 14:30');
    expect(formatList(['a', 'b', 'c'], 'en', 'conjunction')).toBe('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'en', 'disjunction')).toBe('a, b, or c');
  });
});
