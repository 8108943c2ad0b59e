import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, endOfBusinessDay } from './calendar';
import { commitmentId } from './ids';
import {
  computeMetrics,
  lastWeeksWindow,
  median,
  metricsBy,
  passedBefore,
  promiseOutcomes,
  slipDistribution,
  weeklyKeptTrend,
} from './metrics';
import { acknowledgedTime, commitmentTimes, statusAt } from './status';
import { aCommitment, aTeamSettings, anEntry } from './testing/aCommitment';
import type { Commitment, HistoryEntry } from './types';

// Window: November 2026 (UTC team, Mon–Fri 09–17); now is Monday 2026-11-30 12:00.
const settings = aTeamSettings();
const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
const now = new Date('2026-11-30T12:00:00Z');
let next = 0;
const make = (overrides: Parameters<typeof aCommitment>[0] = {}): Commitment =>
  aCommitment({ id: commitmentId(`m-${(next += 1)}`), acknowledgedAt: '2026-11-02T10:00:00.000Z', ...overrides });
const update = (at: string): HistoryEntry => anEntry({ kind: 'update-sent', note: '', onTrack: true }, at);
const concern = (at: string): HistoryEntry =>
  anEntry({ kind: 'concern-raised', risk: 'r', recovery: 'x', options: [] }, at);
const renegotiated = (at: string, from: string, to: string): HistoryEntry =>
  anEntry({ kind: 'renegotiated', from, to, recovery: 'x' }, at);

describe('computeMetrics', () => {
  it('reports nothing to measure as null, never as 0 or 100', () => {
    const m = computeMetrics([], settings, november, now);
    expect(m).toMatchObject({
      total: 0,
      promisesKeptPct: null,
      deliveredEarlyPct: null,
      updatesOnTimePct: null,
      concernsInTimePct: null,
      medianHoursToAcknowledge: null,
      averageSatisfaction: null,
      deliveredCount: 0,
      feedbackCount: 0,
    });
    expect(Object.values(m.countsByStatus).every((n) => n === 0)).toBe(true);
  });

  it('judges promises by the promise in force: kept when delivered by its day, broken when the day ended without it', () => {
    const m = computeMetrics(
      [
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-16T10:00:00.000Z' }), // early
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-17T16:00:00.000Z' }), // on time
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-18T10:00:00.000Z' }), // late: broken
        make({ promisedDate: '2026-11-20', deliveredAt: '2026-11-18T10:00:00.000Z' }), // early
        make({ promisedDate: '2026-10-20', deliveredAt: '2026-10-21T10:00:00.000Z' }), // broke before the window
        // Cancelled after its date passed undelivered: that promise was broken.
        make({
          promisedDate: '2026-11-17',
          deliveredAt: '2026-11-18T10:00:00.000Z',
          cancelledAt: '2026-11-19T10:00:00.000Z',
        }),
        // Cancelled before its date: no promise was judged.
        make({ promisedDate: '2026-11-27', cancelledAt: '2026-11-19T10:00:00.000Z' }),
      ],
      settings,
      november,
      now,
    );
    expect(m.deliveredCount).toBe(4);
    expect(m).toMatchObject({ keptCount: 3, brokenCount: 2, renegotiatedInTimeCount: 0 });
    expect(m.promisesKeptPct).toBe(60);
    expect(m.deliveredEarlyPct).toBe(40);
  });

  it('counts an overdue, undelivered promise as broken: a person with one never shows 100% (item 3)', () => {
    const kept = make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-16T10:00:00.000Z' });
    const overdue = make({ promisedDate: '2026-11-20' }); // now is the 30th: ten days past, not delivered
    expect(computeMetrics([kept, overdue], settings, november, now)).toMatchObject({
      promisesKeptPct: 50,
      keptCount: 1,
      brokenCount: 1,
    });
    // A customer whose only promise is overdue: 0%, not "nothing to measure".
    const [only] = metricsBy('customer', [overdue], settings, november, now);
    expect(only?.metrics.promisesKeptPct).toBe(0);
    // A promise not yet due is not judged either way.
    const future = make({ promisedDate: '2026-12-04', targetDate: '2026-12-02' });
    expect(computeMetrics([future], settings, november, now).promisesKeptPct).toBeNull();
  });

  it('counts later dates agreed before the old one passed beside kept and broken, never as either (item 4)', () => {
    const inTime = make({
      promisedDate: '2026-11-20',
      deliveredAt: '2026-11-20T10:00:00.000Z',
      history: [
        concern('2026-11-09T10:00:00.000Z'),
        renegotiated('2026-11-10T10:00:00.000Z', '2026-11-17', '2026-11-20'),
      ],
    });
    const afterTheDate = make({
      promisedDate: '2026-11-24',
      deliveredAt: '2026-11-24T10:00:00.000Z',
      history: [renegotiated('2026-11-19T10:00:00.000Z', '2026-11-17', '2026-11-24')],
    });
    expect(computeMetrics([inTime], settings, november, now)).toMatchObject({
      keptCount: 1,
      brokenCount: 0,
      renegotiatedInTimeCount: 1,
      promisesKeptPct: 100,
    });
    expect(computeMetrics([afterTheDate], settings, november, now)).toMatchObject({
      keptCount: 1,
      brokenCount: 1,
      renegotiatedInTimeCount: 0,
      promisesKeptPct: 50,
    });
  });

  it('counts deliveries verified by their checker (missing rule: the checker signs off)', () => {
    const checker = { name: 'Kim', email: 'kim@contoso.example' };
    const m = computeMetrics(
      [
        make({
          checker,
          deliveredAt: '2026-11-16T10:00:00.000Z',
          signedOff: { by: checker, at: '2026-11-17T10:00:00.000Z' },
        }),
        make({ checker, deliveredAt: '2026-11-16T10:00:00.000Z' }),
        make({ deliveredAt: '2026-11-16T10:00:00.000Z' }), // no checker: not part of the figure
      ],
      settings,
      november,
      now,
    );
    expect(m).toMatchObject({ verifiedCount: 1, verifiedPct: 50, deliveredCount: 3 });
    expect(computeMetrics([make()], settings, november, now).verifiedPct).toBeNull();
  });

  it('measures each update against the time it was due, and counts a due update never sent as missed', () => {
    // Acknowledged Mon 11-02: due 11-09 17:00. Update 11-09 16:00 on time → due 11-16 17:00.
    // Update 11-17 10:00 late → due 11-24 17:00; delivered 11-20 before it: nothing more due.
    const diligent = make({
      history: [update('2026-11-09T16:00:00.000Z'), update('2026-11-17T10:00:00.000Z')],
      promisedDate: '2026-11-25',
      deliveredAt: '2026-11-20T10:00:00.000Z',
    });
    // Acknowledged 11-02, never updated, still open: the update due 11-09 17:00 was missed.
    const silent = make({ promisedDate: '2026-12-18', targetDate: '2026-12-15' });
    // Acknowledged 11-02 and delivered before any update fell due: nothing to measure.
    const quick = make({ deliveredAt: '2026-11-05T10:00:00.000Z' });
    expect(computeMetrics([diligent], settings, november, now).updatesOnTimePct).toBe(50);
    expect(computeMetrics([silent], settings, november, now).updatesOnTimePct).toBe(0);
    expect(computeMetrics([quick], settings, november, now).updatesOnTimePct).toBeNull();
    const all = computeMetrics([diligent, silent, quick], settings, november, now);
    expect(all.updatesOnTimePct).toBeCloseTo(100 / 3, 10);
  });

  it('counts a reply the owner sent in the thread as an update, on time or late', () => {
    const replied = (at: string) => anEntry({ kind: 'replied', sent: { via: 'sent-items', at } }, at);
    const inThread = make({
      history: [replied('2026-11-09T16:00:00.000Z'), replied('2026-11-17T10:00:00.000Z')],
      promisedDate: '2026-11-25',
      deliveredAt: '2026-11-20T10:00:00.000Z',
    });
    expect(computeMetrics([inThread], settings, november, now).updatesOnTimePct).toBe(50);
  });

  it('does not count an update that is not yet due as missed', () => {
    const fresh = make({
      acknowledgedAt: '2026-11-27T10:00:00.000Z',
      promisedDate: '2026-12-18',
      targetDate: '2026-12-15',
    });
    expect(computeMetrics([fresh], settings, november, now).updatesOnTimePct).toBeNull();
  });

  it('measures concerns raised before the original promised date on slipped commitments', () => {
    const told = make({
      promisedDate: '2026-11-17',
      history: [
        concern('2026-11-09T10:00:00.000Z'),
        renegotiated('2026-11-09T11:00:00.000Z', '2026-11-10', '2026-11-17'),
      ],
    });
    const silentlyLate = make({ promisedDate: '2026-11-10', deliveredAt: '2026-11-12T10:00:00.000Z' });
    const toldTooLate = make({
      promisedDate: '2026-11-20',
      deliveredAt: '2026-11-19T10:00:00.000Z',
      history: [
        concern('2026-11-11T10:00:00.000Z'),
        renegotiated('2026-11-11T11:00:00.000Z', '2026-11-10', '2026-11-20'),
      ],
    });
    const pulledIn = make({
      promisedDate: '2026-11-10',
      deliveredAt: '2026-11-10T10:00:00.000Z',
      history: [renegotiated('2026-11-05T10:00:00.000Z', '2026-11-12', '2026-11-10')],
    });
    const stillOverdue = make({ promisedDate: '2026-11-20', targetDate: '2026-11-18' });
    const kept = make({ promisedDate: '2026-11-20', deliveredAt: '2026-11-20T10:00:00.000Z' });
    const m = computeMetrics([told, silentlyLate, toldTooLate, pulledIn, stillOverdue, kept], settings, november, now);
    expect(m.concernsInTimePct).toBe(25);
    expect(computeMetrics([told], settings, november, now).concernsInTimePct).toBe(100);
    expect(computeMetrics([pulledIn, kept], settings, november, now).concernsInTimePct).toBeNull();
  });

  it('takes the median business hours to acknowledge', () => {
    const acked = (requestedAt: string, acknowledgedAt: string) => make({ requestedAt, acknowledgedAt });
    const list = [
      acked('2026-11-02T09:00:00.000Z', '2026-11-02T11:00:00.000Z'), // 2 h
      acked('2026-11-06T16:00:00.000Z', '2026-11-09T10:00:00.000Z'), // Fri 16:00 → Mon 10:00 = 2 h
      acked('2026-11-03T09:00:00.000Z', '2026-11-03T15:00:00.000Z'), // 6 h
    ];
    expect(computeMetrics(list, settings, november, now).medianHoursToAcknowledge).toBe(2);
    // Sharing the plan acknowledges too: 5 h.
    const viaPlan = aCommitment({
      id: commitmentId('plan'),
      requestedAt: '2026-11-04T09:00:00.000Z',
      history: [anEntry({ kind: 'plan-shared' }, '2026-11-04T14:00:00.000Z')],
    });
    expect(computeMetrics([...list, viaPlan], settings, november, now).medianHoursToAcknowledge).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('averages satisfaction over feedback received in the window', () => {
    const rated = (rating: 1 | 2 | 3 | 4 | 5, at: string) =>
      make({ deliveredAt: '2026-11-05T10:00:00.000Z', feedback: { rating, comment: '', at } });
    const m = computeMetrics(
      [
        rated(5, '2026-11-06T10:00:00.000Z'),
        rated(4, '2026-11-07T10:00:00.000Z'),
        rated(2, '2026-11-08T10:00:00.000Z'),
        rated(1, '2026-12-02T10:00:00.000Z'),
      ],
      settings,
      november,
      now,
    );
    expect(m.feedbackCount).toBe(3);
    expect(m.averageSatisfaction).toBeCloseTo(11 / 3, 10);
  });

  it('counts the commitments in play during the window by their status now', () => {
    const m = computeMetrics(
      [
        make({ promisedDate: '2026-12-18', targetDate: '2026-12-15', history: [update('2026-11-27T10:00:00.000Z')] }), // on track
        make({ promisedDate: '2026-11-20' }), // overdue
        aCommitment({
          id: commitmentId('new'),
          requestedAt: '2026-11-30T11:00:00.000Z',
          promisedDate: '2026-12-18',
          targetDate: '2026-12-15',
        }),
        make({ deliveredAt: '2026-11-10T10:00:00.000Z' }),
        make({ cancelledAt: '2026-11-10T10:00:00.000Z' }),
        make({ deliveredAt: '2026-10-10T10:00:00.000Z', requestedAt: '2026-10-01T10:00:00.000Z' }), // closed before
        make({ requestedAt: '2026-12-02T10:00:00.000Z' }), // requested after
      ],
      settings,
      november,
      now,
    );
    expect(m.total).toBe(5);
    expect(m.countsByStatus).toEqual({
      'awaiting-acknowledgement': 1,
      'on-track': 1,
      'update-due': 0,
      'at-risk': 0,
      overdue: 1,
      delivered: 1,
      cancelled: 1,
    });
  });
});

describe('metricsBy', () => {
  it('groups by owner e-mail, case-insensitively, sorted by name', () => {
    const zoe = { name: 'Zoe', email: 'zoe@contoso.example' };
    const ann = { name: 'Ann', email: 'ann@contoso.example' };
    const groups = metricsBy(
      'owner',
      [
        make({ owner: zoe, promisedDate: '2026-11-17', deliveredAt: '2026-11-18T10:00:00.000Z' }),
        make({
          owner: { ...zoe, email: 'ZOE@contoso.example' },
          promisedDate: '2026-11-17',
          deliveredAt: '2026-11-17T10:00:00.000Z',
        }),
        make({ owner: ann, promisedDate: '2026-11-17', deliveredAt: '2026-11-16T10:00:00.000Z' }),
      ],
      settings,
      november,
      now,
    );
    expect(groups.map((g) => [g.person.name, g.metrics.deliveredCount, g.metrics.promisesKeptPct])).toEqual([
      ['Ann', 1, 100],
      ['Zoe', 2, 50],
    ]);
  });

  it('groups by customer', () => {
    const groups = metricsBy(
      'customer',
      [make(), make({ customer: { name: 'Bo', email: 'bo@x.example' } })],
      settings,
      november,
      now,
    );
    expect(groups.map((g) => g.person.name)).toEqual(['Bo', 'Casey Customer']);
  });
});

describe('weeklyKeptTrend', () => {
  it('gives every work week in the window, with null for weeks without deliveries', () => {
    const trend = weeklyKeptTrend(
      [
        make({ promisedDate: '2026-11-04', deliveredAt: '2026-11-04T10:00:00.000Z' }),
        make({ promisedDate: '2026-11-04', deliveredAt: '2026-11-05T10:00:00.000Z' }),
        make({ promisedDate: '2026-11-20', deliveredAt: '2026-11-19T10:00:00.000Z' }),
      ],
      settings,
      november,
    );
    expect(trend).toEqual([
      { weekStart: '2026-10-26', judged: 0, kept: 0, keptPct: null },
      { weekStart: '2026-11-02', judged: 2, kept: 1, keptPct: 50 },
      { weekStart: '2026-11-09', judged: 0, kept: 0, keptPct: null },
      { weekStart: '2026-11-16', judged: 1, kept: 1, keptPct: 100 },
      { weekStart: '2026-11-23', judged: 0, kept: 0, keptPct: null },
      { weekStart: '2026-11-30', judged: 0, kept: 0, keptPct: null },
    ]);
  });

  it('starts weeks on Sunday for a Sun–Thu team', () => {
    const riyadh = aTeamSettings({
      calendar: { timeZone: 'Asia/Riyadh', workDays: [0, 1, 2, 3, 4], dayStartMinute: 540, dayEndMinute: 1020 },
    });
    // Riyadh is UTC+3: 2026-11-14T21:00Z is the midnight starting Sunday the 15th; 00:00Z is already 03:00 that Sunday.
    const weeks = (to: string) =>
      weeklyKeptTrend([], riyadh, { from: new Date('2026-10-31T21:00:00Z'), to: new Date(to) }).map((w) => w.weekStart);
    expect(weeks('2026-11-14T21:00:00Z')).toEqual(['2026-11-01', '2026-11-08']);
    expect(weeks('2026-11-15T00:00:00Z')).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
  });

  it('"last 13 weeks" is exactly 13 work weeks, this one included (item 8)', () => {
    const wednesday = new Date('2026-11-25T10:00:00Z');
    const window = lastWeeksWindow(settings, wednesday, 13);
    expect(window.from.toISOString()).toBe('2026-08-31T00:00:00.000Z');
    const weeks = weeklyKeptTrend([], settings, window, wednesday);
    expect(weeks).toHaveLength(13);
    expect(weeks[0]?.weekStart).toBe('2026-08-31');
    expect(weeks.at(-1)?.weekStart).toBe('2026-11-23');
  });

  it('returns nothing for an empty or inverted window', () => {
    expect(weeklyKeptTrend([], settings, { from: november.to, to: november.from })).toEqual([]);
  });
});

describe('slipDistribution', () => {
  it('counts deliveries by business days late (negative early), in order', () => {
    const dist = slipDistribution(
      [
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-19T10:00:00.000Z' }), // +2
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-13T10:00:00.000Z' }), // -2 (Fri before Tue)
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-17T10:00:00.000Z' }), // 0
        make({ promisedDate: '2026-11-17', deliveredAt: '2026-11-17T12:00:00.000Z' }), // 0
        make({ promisedDate: '2026-11-13', deliveredAt: '2026-11-14T10:00:00.000Z' }), // Saturday after Friday: still late, +1
      ],
      settings,
      november,
    );
    // Every day between the earliest and the latest has its bucket, empty ones included (item 8).
    expect([...dist.entries()]).toEqual([
      [-2, 1],
      [-1, 0],
      [0, 2],
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('metrics invariants (properties)', () => {
  const commitmentArb = fc
    .record({
      requestedDay: fc.integer({ min: 0, max: 90 }),
      promisedIn: fc.integer({ min: 0, max: 30 }),
      acknowledgedAfterHours: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      deliveredIn: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      cancelled: fc.boolean(),
      owner: fc.constantFrom('a', 'b', 'c'),
      updates: fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 4 }),
      rating: fc.option(fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5), { nil: undefined }),
    })
    .map((r): Commitment => {
      const requested = Date.UTC(2026, 9, 1) + r.requestedDay * 86_400_000;
      const at = (hours: number) => new Date(requested + hours * 3_600_000).toISOString();
      const day = at(0).slice(0, 10);
      const deliveredAt = r.deliveredIn !== undefined ? at(r.deliveredIn * 24) : undefined;
      return aCommitment({
        id: commitmentId(`p-${(next += 1)}`),
        owner: { name: r.owner, email: `${r.owner}@x.example` },
        requestedAt: at(0),
        targetDate: addDays(day, r.promisedIn),
        promisedDate: addDays(day, r.promisedIn),
        ...(r.acknowledgedAfterHours !== undefined ? { acknowledgedAt: at(r.acknowledgedAfterHours) } : {}),
        history: r.updates.map((h) => update(at(h))),
        ...(deliveredAt !== undefined ? { deliveredAt } : {}),
        ...(r.cancelled ? { cancelledAt: at(30) } : {}),
        ...(deliveredAt !== undefined && r.rating !== undefined
          ? { feedback: { rating: r.rating, comment: '', at: deliveredAt } }
          : {}),
      });
    });

  it('keeps percentages in 0–100 or null, counts adding up, and groups partitioning the whole', () => {
    fc.assert(
      fc.property(fc.array(commitmentArb, { maxLength: 30 }), (list) => {
        const m = computeMetrics(list, settings, november, now);
        for (const value of [m.promisesKeptPct, m.deliveredEarlyPct, m.updatesOnTimePct, m.concernsInTimePct]) {
          if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
        }
        expect(Object.values(m.countsByStatus).reduce((a, b) => a + b, 0)).toBe(m.total);
        expect((m.deliveredEarlyPct ?? 0) <= (m.promisesKeptPct ?? 0)).toBe(true);
        expect(m.promisesKeptPct === null).toBe(m.keptCount + m.brokenCount === 0);
        // Every open commitment whose promise passed before now (inside the window) is broken.
        const overdueInWindow = list.filter(
          (c) =>
            c.deliveredAt === undefined &&
            c.cancelledAt === undefined &&
            statusAt(c, settings, now).overdue &&
            endOfBusinessDay(settings.calendar, c.promisedDate) >= november.from,
        ).length;
        expect(m.brokenCount).toBeGreaterThanOrEqual(overdueInWindow);
        const groups = metricsBy('owner', list, settings, november, now);
        expect(groups.reduce((sum, g) => sum + g.metrics.total, 0)).toBe(m.total);
        expect(groups.reduce((sum, g) => sum + g.metrics.deliveredCount, 0)).toBe(m.deliveredCount);
        expect(groups.reduce((sum, g) => sum + g.metrics.brokenCount, 0)).toBe(m.brokenCount);
        const trend = weeklyKeptTrend(list, settings, november, now);
        expect(trend.reduce((sum, w) => sum + w.judged, 0)).toBe(m.keptCount + m.brokenCount);
        const slips = slipDistribution(list, settings, november);
        expect([...slips.values()].reduce((a, b) => a + b, 0)).toBe(m.deliveredCount);
      }),
      { numRuns: 200 },
    );
  });
});

describe('commitments passed over by a window (passedBefore)', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 5, 1);
  const at = (ms: number) => new Date(ms).toISOString();
  const entryArb = fc.record({
    afterHours: fc.integer({ min: 0, max: 120 * 24 }),
    kind: fc.constantFrom('update', 'concern', 'renegotiated', 'replied'),
  });
  const commitmentArb = fc
    .record({
      requestedDay: fc.integer({ min: 0, max: 120 }),
      promisedIn: fc.integer({ min: 0, max: 30 }),
      acknowledgedAfterHours: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      closedAfterHours: fc.option(fc.integer({ min: 0, max: 90 * 24 }), { nil: undefined }),
      cancelled: fc.boolean(),
      entries: fc.array(entryArb, { maxLength: 5 }),
      feedbackAfterHours: fc.option(fc.integer({ min: 0, max: 60 * 24 }), { nil: undefined }),
    })
    .map((r): Commitment => {
      const requested = start + r.requestedDay * DAY;
      const day = at(requested).slice(0, 10);
      const promisedDate = addDays(day, r.promisedIn);
      const closedAt = r.closedAfterHours === undefined ? undefined : at(requested + r.closedAfterHours * 3_600_000);
      // Entries may come after the close: a reply in the thread, a renegotiation before a reopen.
      const history = r.entries.map(({ afterHours, kind }) => {
        const when = at(requested + afterHours * 3_600_000);
        if (kind === 'update') return update(when);
        if (kind === 'concern') return concern(when);
        if (kind === 'renegotiated') return renegotiated(when, promisedDate, addDays(promisedDate, 5));
        return anEntry({ kind: 'replied', sent: { via: 'user' } }, when);
      });
      return aCommitment({
        id: commitmentId(`pb-${(next += 1)}`),
        requestedAt: at(requested),
        targetDate: promisedDate,
        promisedDate,
        ...(r.acknowledgedAfterHours !== undefined
          ? { acknowledgedAt: at(requested + r.acknowledgedAfterHours * 3_600_000) }
          : {}),
        history,
        ...(closedAt !== undefined ? (r.cancelled ? { cancelledAt: closedAt } : { deliveredAt: closedAt }) : {}),
        ...(closedAt !== undefined && r.feedbackAfterHours !== undefined
          ? { feedback: { rating: 4, comment: '', at: at(Date.parse(closedAt) + r.feedbackAfterHours * 3_600_000) } }
          : {}),
      });
    });
  const windowArb = fc
    .record({ fromDay: fc.integer({ min: 0, max: 200 }), days: fc.integer({ min: 1, max: 120 }) })
    .map(({ fromDay, days }) => ({
      from: new Date(start + fromDay * DAY),
      to: new Date(start + (fromDay + days) * DAY),
    }));

  it('passes over only what no figure of the window would count', () => {
    fc.assert(
      fc.property(commitmentArb, windowArb, (c, window) => {
        const from = window.from.getTime();
        const nowMs = window.to.getTime();
        if (!passedBefore(c, commitmentTimes(c), from)) return;
        const closed = Date.parse(c.cancelledAt ?? c.deliveredAt ?? '');
        expect(closed < from).toBe(true);
        for (const judged of promiseOutcomes(c, settings.calendar, nowMs)) expect(judged.at < from).toBe(true);
        expect((acknowledgedTime(c) ?? -Infinity) < from).toBe(true);
        for (const entry of c.history) expect(Date.parse(entry.at) < from).toBe(true);
        if (c.feedback !== undefined) expect(Date.parse(c.feedback.at) < from).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  // Requested, acknowledged and delivered in October, before the November window.
  const closedInOctober = {
    requestedAt: '2026-10-20T09:00:00.000Z',
    acknowledgedAt: '2026-10-20T10:00:00.000Z',
    promisedDate: '2026-10-23',
    deliveredAt: '2026-10-22T10:00:00.000Z',
  };
  const inNovember = (...list: Commitment[]) => computeMetrics(list, settings, november, now);

  it('still counts what a closed commitment recorded in the window: a late acknowledgement, feedback, a reply', () => {
    const m = inNovember(
      make({ ...closedInOctober, acknowledgedAt: '2026-11-02T10:00:00.000Z' }),
      make({ ...closedInOctober, feedback: { rating: 2, comment: '', at: '2026-11-03T10:00:00.000Z' } }),
    );
    // Tuesday 20 October 09:00 to Monday 2 November 10:00: 9 business days and an hour.
    expect(m.medianHoursToAcknowledge).toBe(73);
    expect(m.feedbackCount).toBe(1);
    expect(m.averageSatisfaction).toBe(2);
    // Closed before the window: not in play during it.
    expect(m.total).toBe(0);
  });

  it('still counts a commitment whose cancellation cannot be read as in play, whenever it was delivered', () => {
    const m = inNovember(make({ ...closedInOctober, cancelledAt: 'not a time' }));
    expect(m.total).toBe(1);
    expect(m.countsByStatus.cancelled).toBe(1);
  });

  it('still counts an update that fell due in the window before a delivery recorded beside a cancellation', () => {
    const m = inNovember(
      make({
        ...closedInOctober,
        cancelledAt: '2026-10-21T10:00:00.000Z',
        deliveredAt: '2026-11-20T10:00:00.000Z',
        history: [update('2026-10-28T10:00:00.000Z')],
      }),
    );
    // The update after 28 October fell due on 4 November, before the delivery: missed, in November.
    expect(m.updatesOnTimePct).toBe(0);
  });
});
