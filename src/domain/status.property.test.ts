import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, endOfBusinessDay, isWorkDay, localDate, localMinuteOfDay, zonedInstant } from './calendar';
import { stepId } from './ids';
import { isComplete, listedOf, listedStatusAt } from './listed';
import { commitmentTimes, statusAt, statusKindAt, type CommitmentStatus, type StatusKind } from './status';
import { statusStableUntil } from './statusStableUntil';
import { aCommitment, aTeamSettings, anEntry } from './testing/aCommitment';
import type { Commitment, HistoryEntry, TeamSettings, Weekday } from './types';

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 5);

const settingsArb: fc.Arbitrary<TeamSettings> = fc
  .record({
    timeZone: fc.constantFrom(
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Asia/Riyadh',
    ),
    workDays: fc.constantFrom<Weekday[]>([1, 2, 3, 4, 5], [0, 1, 2, 3, 4], [6, 0, 1, 2, 3]),
    ack: fc.integer({ min: 0, max: 24 }),
    cadence: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ timeZone, workDays, ack, cadence }) =>
    aTeamSettings({
      acknowledgeWithinHours: ack,
      defaultCadenceDays: cadence,
      calendar: { timeZone, workDays, dayStartMinute: 540, dayEndMinute: 1020 },
    }),
  );

/** Minutes after BASE, within a year. */
const minuteArb = fc.integer({ min: 0, max: 365 * 24 * 60 });
const instant = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();
const dateAfter = (minutes: number, days: number) =>
  addDays(new Date(BASE + minutes * 60_000).toISOString().slice(0, 10), days);

/** Mostly absent: most generated commitments should be open. */
const sometimes = (arb: fc.Arbitrary<number>): fc.Arbitrary<number | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const commitmentArb: fc.Arbitrary<Commitment> = fc
  .record({
    requested: minuteArb,
    ackAfter: fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 }), { nil: undefined }),
    targetDays: fc.integer({ min: 0, max: 40 }),
    promisedDays: fc.integer({ min: 0, max: 45 }),
    cadence: fc.integer({ min: 0, max: 10 }),
    steps: fc.array(
      fc.record({
        dueDays: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
        doneAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 60 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    contacts: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: 60 * 24 * 60 }),
        kind: fc.constantFrom('plan-shared', 'update-sent', 'update-off-track', 'concern-raised', 'step-done'),
      }),
      { maxLength: 5 },
    ),
    deliveredAfter: sometimes(fc.integer({ min: 0, max: 90 * 24 * 60 })),
    cancelledAfter: sometimes(fc.integer({ min: 0, max: 90 * 24 * 60 })),
    flagged: fc.boolean(),
  })
  .map((r) => {
    const history: HistoryEntry[] = r.contacts.map(({ after, kind }) => {
      const at = instant(r.requested + after);
      switch (kind) {
        case 'plan-shared':
          return anEntry({ kind: 'plan-shared' }, at);
        case 'update-sent':
          return anEntry({ kind: 'update-sent', note: '', onTrack: true }, at);
        case 'update-off-track':
          return anEntry({ kind: 'update-sent', note: '', onTrack: false }, at);
        case 'concern-raised':
          return anEntry({ kind: 'concern-raised', risk: '', recovery: '', options: [] }, at);
        default:
          return anEntry({ kind: 'step-done', stepId: stepId('s-0'), done: true }, at);
      }
    });
    return aCommitment({
      requestedAt: instant(r.requested),
      ...(r.ackAfter !== undefined ? { acknowledgedAt: instant(r.requested + r.ackAfter) } : {}),
      targetDate: dateAfter(r.requested, r.targetDays),
      promisedDate: dateAfter(r.requested, r.promisedDays),
      updateCadenceDays: r.cadence,
      steps: r.steps.map((s, i) => ({
        id: stepId(`s-${i}`),
        text: `Step ${i}`,
        ...(s.dueDays !== undefined ? { dueDate: dateAfter(r.requested, s.dueDays) } : {}),
        ...(s.doneAfter !== undefined ? { doneAt: instant(r.requested + s.doneAfter) } : {}),
      })),
      history,
      ...(r.deliveredAfter !== undefined ? { deliveredAt: instant(r.requested + r.deliveredAfter) } : {}),
      ...(r.cancelledAfter !== undefined ? { cancelledAt: instant(r.requested + r.cancelledAfter) } : {}),
      ...(r.flagged ? { flaggedAtRisk: { note: 'by hand', at: instant(r.requested) } } : {}),
    });
  });

const nowArb = fc.integer({ min: 0, max: 400 * DAY }).map((ms) => new Date(BASE + ms));

/** The documented precedence, recomputed from the flags. */
function expectedKind(s: CommitmentStatus, c: Commitment): StatusKind {
  if (c.cancelledAt !== undefined) return 'cancelled';
  if (c.deliveredAt !== undefined) return 'delivered';
  if (s.overdue) return 'overdue';
  if (s.atRisk) return 'at-risk';
  if (s.updateOverdue) return 'update-due';
  if (s.awaitingAcknowledgement) return 'awaiting-acknowledgement';
  return 'on-track';
}

describe('status rules (properties)', () => {
  it('reads the same status from what a long list holds of a commitment (listed.ts) as from all of it', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const listed = listedOf(c);
        expect(listedStatusAt(listed, settings, now)).toEqual(statusAt(c, settings, now));
        // Open commitments are held in full: their statuses still move with time and read the plan.
        expect(isComplete(listed)).toBe(statusAt(c, settings, now).open);
      }),
      { numRuns: 1000 },
    );
  });

  it('chooses the kind by the documented precedence of its flags', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const s = statusAt(c, settings, now);
        expect(s.kind).toBe(expectedKind(s, c));
        expect(s.open).toBe(c.deliveredAt === undefined && c.cancelledAt === undefined);
        // An overdue promise has its own status and lane: it is not also "at risk".
        expect(s.atRisk).toBe(!s.overdue && s.riskReasons.length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same word from the word alone (statusKindAt, what the metrics count) as from the whole status', () => {
    // What the commitments above never have: a date the requester needs it by (sometimes before the
    // promise), an acknowledgement entry, an instant or a promised date that cannot be read.
    const twistArb = fc.record({
      neededDays: fc.option(fc.integer({ min: -10, max: 45 }), { nil: undefined }),
      twist: fc.constantFrom('none', 'acknowledged', 'unreadable-delivery', 'unreadable-contact', 'bad-promise'),
    });
    fc.assert(
      fc.property(commitmentArb, twistArb, settingsArb, nowArb, (base, { neededDays, twist }, settings, now) => {
        let c: Commitment =
          neededDays === undefined ? base : { ...base, neededBy: addDays(base.targetDate, neededDays) };
        if (twist === 'acknowledged')
          c = { ...c, history: [...c.history, anEntry({ kind: 'acknowledged' }, c.requestedAt)] };
        if (twist === 'unreadable-delivery') c = { ...c, deliveredAt: 'when it was ready' };
        if (twist === 'unreadable-contact')
          c = { ...c, history: [...c.history, anEntry({ kind: 'plan-shared' }, 'soon')] };
        if (twist === 'bad-promise') c = { ...c, promisedDate: '2026-02-30' };
        const kind = statusAt(c, settings, now).kind;
        expect(statusKindAt(c, settings, now)).toBe(kind);
        expect(statusKindAt(c, settings, now, commitmentTimes(c))).toBe(kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('never calls a delivered commitment overdue, at risk or due an update', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        fc.pre(c.deliveredAt !== undefined);
        const s = statusAt(c, settings, now);
        expect(s).toMatchObject({
          overdue: false,
          atRisk: false,
          updateOverdue: false,
          acknowledgementBreached: false,
        });
        if (c.cancelledAt === undefined) {
          expect(s.kind).toBe('delivered');
          expect(s.delivery).toBeDefined();
        }
      }),
    );
  });

  it('never calls a cancelled commitment at risk or overdue', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        fc.pre(c.cancelledAt !== undefined);
        const s = statusAt(c, settings, now);
        expect(s.kind).toBe('cancelled');
        expect(s.riskReasons).toEqual([]);
        expect(s.overdue).toBe(false);
      }),
    );
  });

  it('once overdue, stays overdue as time goes on while undelivered; breaches and step delays only grow', () => {
    fc.assert(
      fc.property(
        commitmentArb,
        settingsArb,
        nowArb,
        fc.integer({ min: 0, max: 60 * DAY }),
        (c, settings, t1, delta) => {
          const { deliveredAt: _delivered, cancelledAt: _cancelled, ...open } = c;
          const t2 = new Date(t1.getTime() + delta);
          const s1 = statusAt(open, settings, t1);
          const s2 = statusAt(open, settings, t2);
          if (s1.overdue) expect(s2.overdue).toBe(true);
          if (s1.acknowledgementBreached) expect(s2.acknowledgementBreached).toBe(true);
          if (s1.updateOverdue) expect(s2.updateOverdue).toBe(true);
          // "Not enough time" turns into "overdue" once the promise passes; the other delays only grow.
          const late = (s: CommitmentStatus) =>
            s.riskReasons.filter((r) => r.kind !== 'flagged' && r.kind !== 'not-enough-time').map((r) => r.kind);
          for (const kind of late(s1)) expect(late(s2)).toContain(kind);
          if (s1.riskReasons.some((r) => r.kind === 'not-enough-time'))
            expect(s2.overdue || s2.riskReasons.some((r) => r.kind === 'not-enough-time')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('waits for acknowledgement exactly when nothing acknowledged it, and then sets a deadline', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const s = statusAt(c, settings, now);
        if (!s.open) return;
        const contacted =
          c.acknowledgedAt !== undefined || c.history.some((h) => h.kind !== 'created' && h.kind !== 'step-done');
        expect(s.awaitingAcknowledgement).toBe(!contacted);
        expect(s.acknowledgeBy !== undefined).toBe(!contacted);
        expect(s.nextUpdateDue !== undefined).toBe(contacted);
        if (s.acknowledgeBy !== undefined) {
          expect(s.acknowledgeBy.getTime()).toBeGreaterThanOrEqual(Date.parse(c.requestedAt));
          expect(s.acknowledgementBreached).toBe(now.getTime() > s.acknowledgeBy.getTime());
        }
      }),
    );
  });

  it('makes the next update due at the close of a business day after the last contact, never after the promise', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const due = statusAt(c, settings, now).nextUpdateDue;
        if (due === undefined) return;
        const cal = settings.calendar;
        const promiseEnd = endOfBusinessDay(cal, c.promisedDate).getTime();
        expect(localMinuteOfDay(cal, due)).toBe(cal.dayEndMinute);
        const contacts = [
          c.acknowledgedAt ?? '',
          ...c.history.filter((h) => h.kind !== 'created' && h.kind !== 'step-done').map((h) => h.at),
        ];
        const last = Math.max(...contacts.filter((x) => x !== '').map((x) => Date.parse(x)));
        expect(due.getTime()).toBeGreaterThan(last);
        if (last < promiseEnd) expect(due.getTime()).toBeLessThanOrEqual(promiseEnd);
        // The close of a working day, or the close of the promised day itself when that came first.
        expect(isWorkDay(cal, localDate(cal, due)) || due.getTime() === promiseEnd).toBe(true);
      }),
    );
  });

  it('keeps an open concern or a "not on track" last update at risk until the promise passes', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const s = statusAt(c, settings, now);
        if (!s.open) return;
        const concernRaised = c.history.some((h) => h.kind === 'concern-raised');
        const lastUpdate = c.history.filter((h) => h.kind === 'update-sent').at(-1);
        const offTrack = lastUpdate?.kind === 'update-sent' && !lastUpdate.onTrack;
        if (concernRaised || offTrack) {
          expect(s.kind).toBe(s.overdue ? 'overdue' : 'at-risk');
          expect(s.riskReasons.some((r) => r.kind === (concernRaised ? 'concern-open' : 'off-track-update'))).toBe(
            true,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the local delivery date on the outcome', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const s = statusAt(c, settings, now);
        if (s.delivery === undefined || c.deliveredAt === undefined) return;
        const delivered = localDate(settings.calendar, new Date(c.deliveredAt));
        const expected = delivered < c.promisedDate ? 'early' : delivered === c.promisedDate ? 'on-time' : 'late';
        expect(s.delivery).toBe(expected);
      }),
    );
  });

  it('says the same until the instant statusStableUntil gives, day for day', () => {
    fc.assert(
      fc.property(
        commitmentArb,
        settingsArb,
        // Near the commitment's own deadlines, where its status changes.
        fc.integer({ min: -DAY, max: 30 * DAY }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (c, settings, offset, fraction) => {
          const now = new Date(Date.parse(c.requestedAt) + offset);
          const before = statusAt(c, settings, now);
          const until = statusStableUntil(c, settings, before, now);
          expect(until).toBeGreaterThan(now.getTime());
          // The last millisecond before it, and any instant from now until then.
          const span = until - 1 - now.getTime();
          for (const later of [until - 1, now.getTime() + Math.floor(fraction * span)]) {
            expect(statusAt(c, settings, new Date(later))).toEqual(before);
            expect(localDate(settings.calendar, new Date(later))).toBe(localDate(settings.calendar, now));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never reaches past the next local midnight, where the counts by the day move on', () => {
    fc.assert(
      fc.property(commitmentArb, settingsArb, nowArb, (c, settings, now) => {
        const until = statusStableUntil(c, settings, statusAt(c, settings, now), now);
        expect(until).toBeLessThanOrEqual(zonedMidnightAfter(settings, now));
        expect(localDate(settings.calendar, new Date(until - 1))).toBe(localDate(settings.calendar, now));
      }),
      { numRuns: 500 },
    );
  });
});

function zonedMidnightAfter(settings: TeamSettings, now: Date): number {
  const cal = settings.calendar;
  return zonedInstant(cal, addDays(localDate(cal, now), 1), 0).getTime();
}
