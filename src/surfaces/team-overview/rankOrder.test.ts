import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByRank, ranksOf } from './rankOrder';

const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

describe('ranksOf', () => {
  it('gives equal values one rank, and ranks in the order compare gives', () => {
    expect(ranksOf([30, 10, 20, 10, 30], byNumber)).toEqual({ ranks: Int32Array.from([2, 0, 1, 0, 2]), count: 3 });
  });

  it('gives one rank to different values that compare equal', () => {
    const caseless = (a: string, b: string) => byNumber(a.toLowerCase().localeCompare(b.toLowerCase()), 0);
    const { ranks, count } = ranksOf(['b', 'A', 'a', 'B', 'c'], caseless);
    expect([...ranks]).toEqual([1, 0, 0, 1, 2]);
    expect(count).toBe(3);
  });

  it('ranks nothing', () => {
    expect(ranksOf([], byNumber)).toEqual({ ranks: new Int32Array(0), count: 0 });
  });

  it('keeps +Infinity last', () => {
    const { ranks, count } = ranksOf([Infinity, 5, -Infinity, 5], byNumber);
    expect([...ranks]).toEqual([2, 1, 0, 1]);
    expect(count).toBe(3);
  });
});

describe('orderByRank', () => {
  it('orders as a stable sort by rank, then tie, does', () => {
    const row = fc.record({ value: fc.integer({ min: 0, max: 6 }), tie: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const tie = (i: number, j: number) => rows[i]!.tie - rows[j]!.tie;
        const ranked = ranksOf(
          rows.map((r) => r.value),
          byNumber,
        );
        const expected = rows.map((_, i) => i).sort((i, j) => rows[i]!.value - rows[j]!.value || tie(i, j));
        expect([...orderByRank(ranked, tie)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('compares only positions of equal rank', () => {
    const values = [3, 1, 2, 1, 3, 3];
    const asked: [number, number][] = [];
    orderByRank(ranksOf(values, byNumber), (i, j) => {
      asked.push([i, j]);
      return 0;
    });
    expect(asked.length).toBeGreaterThan(0);
    for (const [i, j] of asked) expect(values[i]).toBe(values[j]);
  });
});
