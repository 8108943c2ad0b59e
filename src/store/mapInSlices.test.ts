import { describe, expect, it } from 'vitest';
import { mapInSlices } from './mapInSlices';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('mapInSlices', () => {
  it('maps every item, in order', async () => {
    expect(await mapInSlices(numbers(1_000), (n) => n * 2)).toEqual(numbers(1_000).map((n) => n * 2));
    expect(await mapInSlices([], (n: number) => n)).toEqual([]);
  });

  it('gives the browser a turn once a slice has taken more than 8 ms, and not before', async () => {
    let clock = 0;
    const mapped: number[] = [];
    // Each item takes 1 ms: the clock is looked at every 64 items, and 64 ms is past the slice.
    const done = mapInSlices(
      numbers(200),
      (n) => {
        clock += 1;
        mapped.push(n);
        return n;
      },
      () => clock,
    );
    // What ran before the first turn was given, synchronously: one slice.
    expect(mapped).toHaveLength(64);
    await done;
    expect(mapped).toHaveLength(200);
  });

  it('runs a quick map in one go', async () => {
    const mapped: number[] = [];
    const done = mapInSlices(
      numbers(5_000),
      (n) => mapped.push(n),
      () => 0,
    );
    expect(mapped).toHaveLength(5_000);
    await done;
  });
});
