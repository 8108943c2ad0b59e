import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from './instant';

const asDateParse = (s: string): number | undefined => {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('instantMs reads instants exactly as Date.parse does', () => {
  it('for every instant toISOString writes, and the same without milliseconds (Graph’s form)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00.000Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString();
          expect(instantMs(iso)).toBe(d.getTime());
          const seconds = `${iso.slice(0, 19)}Z`;
          expect(instantMs(seconds)).toBe(asDateParse(seconds));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('for field values out of range or malformed, which Date.parse may roll over or refuse', () => {
    const field = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(
        field(9999),
        field(99),
        field(99),
        field(99),
        field(99),
        field(99),
        field(999),
        fc.boolean(),
        (y, mo, d, h, mi, s, ms, millis) => {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${millis ? `.${pad(ms, 3)}` : ''}Z`;
          expect(instantMs(text)).toBe(asDateParse(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    '2026-02-30T00:00:00.000Z',
    '2024-02-29T10:00:00.000Z',
    '2026-01-01T24:00:00.000Z',
    '2026-01-01T23:59:60.000Z',
    '0099-06-01T00:00:00.000Z',
    '+002026-01-01T00:00:00.000Z',
    '2026-01-01T00:00:00.5Z',
    '2026-01-01T12:00:00+02:00',
    '2026-01-01',
    '2026-1a-01T00:00:00.000Z',
    '',
    'not a date',
  ])('%j', (text) => {
    expect(instantMs(text)).toBe(asDateParse(text));
  });

  it('absent is absent', () => {
    expect(instantMs(undefined)).toBeUndefined();
  });
});
