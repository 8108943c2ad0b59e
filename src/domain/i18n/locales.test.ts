import { describe, expect, it } from 'vitest';
import { formatDate } from '../format';
import { catalogFor, dateLocale, languageName, localeDirection, pickLocale } from './locales';

describe('which catalog serves a tag', () => {
  it.each([
    ['en-GB', 'en'],
    ['fi-FI', 'fi'],
    ['fa', 'fa'],
    ['fa-AF', 'fa'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-Hant', undefined],
    ['ar-SA', undefined],
    ['not a tag', undefined],
  ])('%s → %s', (tag, expected) => expect(catalogFor(tag)).toBe(expected));

  it('picks the first candidate Kept speaks, keeping its region', () => {
    expect(pickLocale(['de-DE', undefined, '', 'fi-fi', 'en'])).toBe('fi-FI');
    expect(pickLocale(['zh-TW', 'sv'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('writes right to left only for right-to-left languages', () => {
    expect(['fa-IR', 'fa', 'ar', 'fi', 'zh-CN', 'en'].map(localeDirection)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  it('names each language in itself, as a list item', () => {
    expect((['en', 'fi', 'fa', 'zh-Hans'] as const).map(languageName)).toEqual([
      'English',
      'Suomi',
      'فارسی',
      '简体中文',
    ]);
  });
});

describe('dates in Persian', () => {
  it('are Gregorian, in Persian words and digits, unless the tag asks for the Solar Hijri calendar', () => {
    expect(dateLocale('fa')).toBe('fa-u-ca-gregory');
    expect(formatDate('2026-11-27', 'fa')).toBe('جمعه ۲۷ نوامبر ۲۰۲۶');
    expect(dateLocale('fa-IR-u-ca-persian')).toBe('fa-IR-u-ca-persian');
    expect(formatDate('2026-11-27', 'fa-IR-u-ca-persian')).toContain('آذر');
  });

  it('leave other locales as they are', () => {
    expect(formatDate('2026-11-27', 'fi-FI')).toBe('pe 27.11.2026');
    expect(formatDate('2026-11-27', 'zh-CN')).toBe('2026年11月27日周五');
  });
});
