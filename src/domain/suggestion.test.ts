import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './calendar';
import { formatMessage } from './i18n';
import { commitmentId } from './ids';
import {
  defaultBufferNote,
  HISTORY_SIZE,
  MAX_BUFFER_DAYS,
  MIN_HISTORY,
  percentile,
  recentSlips,
  suggestionFromToday,
  suggestPromisedDate,
} from './suggestion';
import { aCommitment, aTeamSettings } from './testing/aCommitment';
import type { Commitment, TeamSettings } from './types';

const settings = aTeamSettings({ defaultBufferDays: 2 });
const cal = settings.calendar;

/** A delivered commitment with target Mon 2026-10-05 that slipped `slip` business days. */
function delivered(slip: number, i = 0, overrides: Parameters<typeof aCommitment>[0] = {}): Commitment {
  const day = addBusinessDays(cal, '2026-10-05', slip);
  return aCommitment({
    id: commitmentId(`d-${i}`),
    targetDate: '2026-10-05',
    promisedDate: '2026-10-09',
    deliveredAt: `${day}T12:00:00.000Z`,
    ...overrides,
  });
}

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5], 80)).toBe(4);
    expect(percentile([5, 1, 4, 2, 3], 80)).toBe(4);
    expect(percentile([0, 0, 0, 0, 10], 80)).toBe(0);
    expect(percentile([0, 0, 0, 10, 10], 80)).toBe(10);
    expect(percentile([7], 80)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 80)).toBe(8);
    expect(() => percentile([], 80)).toThrow(RangeError);
  });
});

describe('suggestPromisedDate', () => {
  it('uses the team default buffer until there are enough deliveries', () => {
    const team = [delivered(5, 1), delivered(5, 2), delivered(5, 3), delivered(5, 4), aCommitment()];
    const s = suggestPromisedDate('2026-11-20', team, settings);
    expect(s).toMatchObject({ basis: 'default', bufferDays: 2, sampleSize: 4, promisedDate: '2026-11-24' });
    expect(formatMessage('en', s.explanation)).toBe(
      'Target + 2 business days, the team’s default buffer, until 5 deliveries teach Kept better (4 so far).',
    );
  });

  it('learns the 80th percentile of slips from the team history', () => {
    const team = [0, 1, 1, 2, 3].map((slip, i) => delivered(slip, i));
    expect(team.length).toBe(MIN_HISTORY);
    const s = suggestPromisedDate('2026-11-20', team, settings); // Friday
    expect(s).toMatchObject({ basis: 'history', bufferDays: 2, sampleSize: 5, promisedDate: '2026-11-24' });
    expect(formatMessage('en', s.explanation)).toBe(
      'Target + 2 business days: 80% of the team’s last 5 deliveries were at most that late against their target.',
    );
  });

  it('counts early deliveries as negative slips and never suggests less than the target', () => {
    const team = [-3, -2, -2, -1, -1, 0].map((slip, i) => delivered(slip, i));
    const s = suggestPromisedDate('2026-11-18', team, settings);
    expect(s).toMatchObject({ basis: 'history', bufferDays: 0, promisedDate: '2026-11-18' });
    expect(formatMessage('en', s.explanation)).toBe(
      'The target itself: 80% of the team’s last 6 deliveries came on or before their target.',
    );
  });

  it('caps a habitually late team at the maximum buffer and says so', () => {
    const team = [20, 25, 30, 30, 40].map((slip, i) => delivered(slip, i));
    const s = suggestPromisedDate('2026-11-02', team, settings);
    expect(s.bufferDays).toBe(MAX_BUFFER_DAYS);
    expect(s.promisedDate).toBe('2026-11-23');
    expect(formatMessage('en', s.explanation)).toBe(
      'Target + 15 business days, the most Kept suggests: the team’s last 5 deliveries slipped more (80% within 30 business days).',
    );
  });

  it('learns from the most recent deliveries only', () => {
    const old = Array.from({ length: HISTORY_SIZE }, (_, i) =>
      delivered(10, i, {
        targetDate: '2026-01-05',
        deliveredAt: `${addBusinessDays(cal, '2026-01-05', 10)}T12:00:00.000Z`,
      }),
    );
    const recent = Array.from({ length: HISTORY_SIZE }, (_, i) => delivered(1, 100 + i));
    const s = suggestPromisedDate('2026-11-20', [...old, ...recent], settings);
    expect(s).toMatchObject({ bufferDays: 1, sampleSize: HISTORY_SIZE });
  });

  it('ignores open, cancelled and broken commitments', () => {
    const team = [
      ...[1, 1, 1, 1].map((slip, i) => delivered(slip, i)),
      delivered(9, 10, { cancelledAt: '2026-10-20T10:00:00.000Z' }),
      delivered(9, 11, { targetDate: 'soon' }),
      delivered(9, 12, { deliveredAt: 'yesterday' }),
      aCommitment(),
    ];
    expect(recentSlips(team, settings)).toEqual([1, 1, 1, 1]);
    expect(suggestPromisedDate('2026-11-20', team, settings).basis).toBe('default');
  });

  it('lands on a working day of the team calendar', () => {
    const riyadh: TeamSettings = aTeamSettings({
      defaultBufferDays: 1,
      calendar: { timeZone: 'Asia/Riyadh', workDays: [0, 1, 2, 3, 4], dayStartMinute: 540, dayEndMinute: 1020 },
    });
    expect(suggestPromisedDate('2026-11-26', [], riyadh).promisedDate).toBe('2026-11-29'); // Thu + 1 = Sun
    expect(suggestPromisedDate('2026-11-28', [], aTeamSettings({ defaultBufferDays: 0 })).promisedDate).toBe(
      '2026-11-30',
    );
  });

  it('clamps a nonsensical default buffer', () => {
    expect(suggestPromisedDate('2026-11-20', [], aTeamSettings({ defaultBufferDays: -4 })).bufferDays).toBe(0);
    expect(suggestPromisedDate('2026-11-20', [], aTeamSettings({ defaultBufferDays: 99 })).bufferDays).toBe(
      MAX_BUFFER_DAYS,
    );
    expect(suggestPromisedDate('2026-11-20', [], aTeamSettings({ defaultBufferDays: Number.NaN })).bufferDays).toBe(0);
  });
});

describe('the suggestion never lies about dates (item 7, missing rule: needed by)', () => {
  const en = (ref: Parameters<typeof formatMessage>[1] | undefined) =>
    ref === undefined ? undefined : formatMessage('en-GB', ref);

  it('never suggests a date in the past: a past target counts from today', () => {
    // Target Monday 2 Nov has passed on Wednesday 25 Nov; default buffer 2 → Friday 27 Nov, not Wednesday 4 Nov.
    const s = suggestPromisedDate('2026-11-02', [], settings, { today: '2026-11-25' });
    expect(s.promisedDate).toBe('2026-11-27');
    expect(s.promisedDate >= '2026-11-25').toBe(true);
    expect(en(s.fromToday)).toBe('The target (Mon 2 Nov) has passed, so the buffer counts from today.');
    expect(suggestPromisedDate('2026-11-26', [], settings, { today: '2026-11-25' }).fromToday).toBeUndefined();
  });

  it('says so when the suggestion is after the date the customer needs it by', () => {
    const s = suggestPromisedDate('2026-11-20', [], settings, { neededBy: '2026-11-23' });
    expect(s.promisedDate).toBe('2026-11-24');
    expect(en(s.afterNeededBy)).toBe(
      'That is after Mon 23 Nov, the date the customer needs it by: agree a date with them, or plan a faster way.',
    );
    expect(suggestPromisedDate('2026-11-20', [], settings, { neededBy: '2026-11-24' }).afterNeededBy).toBeUndefined();
  });

  it('words a suggestion with no target field from today, never as "Target + …" (item 8)', () => {
    const s = suggestPromisedDate('2026-11-30', [], settings);
    expect(en(suggestionFromToday(s, 3))).toBe(
      '3 business days to do it, plus the team’s default buffer of 2 business days.',
    );
  });

  it('says when the default buffer stops mattering and what replaced it (item 8)', () => {
    expect(en(defaultBufferNote([delivered(1, 1)], settings))).toBe(
      'Used until the team has 5 deliveries (1 so far); from then on Kept learns the buffer from how late past deliveries were.',
    );
    const team = [1, 1, 1, 1, 3].map((slip, i) => delivered(slip, i));
    expect(en(defaultBufferNote(team, settings))).toBe(
      'No longer used: the team has 5 deliveries (5 are enough), so Kept suggests the buffer it learned from them, 1 business day.',
    );
  });
});
