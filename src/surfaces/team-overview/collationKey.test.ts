import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleCollationKey, textOrder } from './collationKey';

const LOCALES = ['en', 'fi', 'fa', 'zh-Hans'];
// A small alphabet makes long common prefixes (and so the digit runs and spaces) meet often.
const narrowText = fc.string({ unit: fc.constantFrom(...'aAvVwWyYzZ 0019'), maxLength: 12 });
const anyText = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '),
  maxLength: 16,
});
const simpleText = fc.oneof(narrowText, anyText);

describe('the simple collation key orders as the collator does', () => {
  it.each(LOCALES)('in %s, for texts of Latin letters, digits and spaces', (locale) => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    fc.assert(
      fc.property(simpleText, simpleText, (a, b) => {
        expect(Math.sign(textOrder([a, b], collator)(0, 1))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(LOCALES)('in %s, for typical titles with numbers', (locale) => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const titles = [
      'Request 9',
      'Request 10',
      'request 010',
      'Request',
      'Request 2 draft',
      'Q3 report',
      'Q10 report',
      'a b',
      'ab',
    ];
    const order = textOrder(titles, collator);
    const byKey = titles
      .map((_, i) => i)
      .sort(order)
      .map((i) => titles[i]!);
    const byCollator = [...titles].sort(collator.compare);
    expect(byKey.map((t) => simpleCollationKey(t) ?? t)).toEqual(byCollator.map((t) => simpleCollationKey(t) ?? t));
  });

  it('keys a text of any length, and a text that needs no change as itself', () => {
    expect(simpleCollationKey('request 007 a0b')).toBe('request 17 a0b');
    expect(simpleCollationKey('plain words')).toBe('plain words');
    expect(simpleCollationKey('')).toBe('');
    // Longer than the reused buffer, and made in more than one chunk of codes.
    const long = 'Step 1 '.repeat(2000);
    expect(simpleCollationKey(long)).toBe('step 11 '.repeat(2000));
    expect(simpleCollationKey('A9')).toBe('a19');
  });

  it('leaves everything else to the collator', () => {
    expect(simpleCollationKey('Zoë')).toBeUndefined();
    expect(simpleCollationKey('گزارش')).toBeUndefined();
    expect(simpleCollationKey('报告')).toBeUndefined();
    expect(simpleCollationKey('Report – final')).toBeUndefined();
    expect(simpleCollationKey('Invoice 12345678901')).toBeUndefined();
    const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
    expect(textOrder(['Öljy', 'Zeta'], collator)(0, 1)).toBeGreaterThan(0);
  });
});
