import { describe, expect, it } from 'vitest';
import { formatMessage } from './i18n';
import { stepId } from './ids';
import {
  BUSINESS_DAYS_PER_OPEN_STEP,
  businessDaysLeft,
  riskReasonMessage,
  statusAt,
  statusExplanation,
  statusReasons,
  statusLabel,
} from './status';
import { aCommitment, aStep, aTeamSettings, anEntry, withHistory } from './testing/aCommitment';
import type { Commitment, WorkCalendar } from './types';

// Base commitment (see aCommitment): requested Mon 2026-11-02 09:00 UTC, target Fri 11-13,
// promised Tue 11-17, cadence 5 business days. Team: Mon–Fri 09–17 UTC, acknowledge within 4 h.
const settings = aTeamSettings();
const at = (iso: string): Date => new Date(iso);
const acknowledged = (overrides: Parameters<typeof aCommitment>[0] = {}): Commitment =>
  aCommitment({ acknowledgedAt: '2026-11-02T10:00:00.000Z', ...overrides });

describe('acknowledgement', () => {
  it('waits for acknowledgement until the team standard runs out, then reports the breach', () => {
    const c = aCommitment();
    const before = statusAt(c, settings, at('2026-11-02T10:00:00Z'));
    expect(before.kind).toBe('awaiting-acknowledgement');
    expect(before.awaitingAcknowledgement).toBe(true);
    expect(before.acknowledgeBy?.toISOString()).toBe('2026-11-02T13:00:00.000Z');
    expect(before.acknowledgementBreached).toBe(false);
    expect(before.nextUpdateDue).toBeUndefined();
    expect(statusAt(c, settings, at('2026-11-02T13:00:00Z')).acknowledgementBreached).toBe(false);
    const after = statusAt(c, settings, at('2026-11-02T13:00:01Z'));
    expect(after.acknowledgementBreached).toBe(true);
    expect(after.kind).toBe('awaiting-acknowledgement');
  });

  it('counts the standard in business hours over the weekend', () => {
    const c = aCommitment({ requestedAt: '2026-11-06T16:00:00.000Z' }); // Friday 16:00
    expect(statusAt(c, settings, at('2026-11-06T17:00:00Z')).acknowledgeBy?.toISOString()).toBe(
      '2026-11-09T12:00:00.000Z',
    );
    expect(statusAt(c, settings, at('2026-11-09T11:59:00Z')).acknowledgementBreached).toBe(false);
  });

  it('counts the standard across a DST weekend in the team zone', () => {
    const berlin: WorkCalendar = { ...settings.calendar, timeZone: 'Europe/Berlin' };
    const c = aCommitment({
      requestedAt: '2026-03-27T14:00:00.000Z',
      targetDate: '2026-04-08',
      promisedDate: '2026-04-10',
    });
    // Fri 15:00 CET + 4 h = 2 h on Friday + 2 h on Monday → Mon 11:00 CEST = 09:00 UTC.
    expect(
      statusAt(c, aTeamSettings({ calendar: berlin }), at('2026-03-27T15:00:00Z')).acknowledgeBy?.toISOString(),
    ).toBe('2026-03-30T09:00:00.000Z');
  });

  it('treats sharing the plan as an acknowledgement', () => {
    const c = withHistory(aCommitment(), anEntry({ kind: 'plan-shared' }, '2026-11-02T11:00:00.000Z'));
    const s = statusAt(c, settings, at('2026-11-03T10:00:00Z'));
    expect(s.awaitingAcknowledgement).toBe(false);
    expect(s.acknowledgeBy).toBeUndefined();
    expect(s.kind).toBe('on-track');
  });
});

describe('updates', () => {
  it('is due at the end of the business day, cadence business days after the last contact', () => {
    const c = acknowledged();
    const s = statusAt(c, settings, at('2026-11-03T10:00:00Z'));
    expect(s.kind).toBe('on-track');
    expect(s.nextUpdateDue?.toISOString()).toBe('2026-11-09T17:00:00.000Z');
    expect(statusAt(c, settings, at('2026-11-09T17:00:00Z')).updateOverdue).toBe(false);
    const late = statusAt(c, settings, at('2026-11-09T17:00:01Z'));
    expect(late.updateOverdue).toBe(true);
    expect(late.kind).toBe('update-due');
  });

  it('restarts the clock with each update or concern', () => {
    const c = withHistory(
      acknowledged(),
      anEntry({ kind: 'update-sent', note: 'Half done', onTrack: true }, '2026-11-06T15:00:00.000Z'),
    );
    expect(statusAt(c, settings, at('2026-11-10T10:00:00Z')).nextUpdateDue?.toISOString()).toBe(
      '2026-11-13T17:00:00.000Z',
    );
    const concern = withHistory(
      c,
      anEntry({ kind: 'concern-raised', risk: 'x', recovery: 'y', options: [] }, '2026-11-10T09:00:00.000Z'),
    );
    expect(statusAt(concern, settings, at('2026-11-10T10:00:00Z')).nextUpdateDue?.toISOString()).toBe(
      '2026-11-17T17:00:00.000Z',
    );
  });

  it('does not restart the clock for internal events such as ticking a step', () => {
    const c = withHistory(
      acknowledged(),
      anEntry({ kind: 'step-done', stepId: stepId('s-1'), done: true }, '2026-11-05T10:00:00.000Z'),
    );
    expect(statusAt(c, settings, at('2026-11-05T11:00:00Z')).nextUpdateDue?.toISOString()).toBe(
      '2026-11-09T17:00:00.000Z',
    );
  });

  it('counts an update sent on a weekend from the next working day', () => {
    const c = withHistory(
      acknowledged(),
      anEntry({ kind: 'update-sent', note: '', onTrack: true }, '2026-11-07T12:00:00.000Z'),
    );
    expect(statusAt(c, settings, at('2026-11-09T10:00:00Z')).nextUpdateDue?.toISOString()).toBe(
      '2026-11-13T17:00:00.000Z',
    );
  });

  it('falls back to the team cadence when the commitment has none', () => {
    const c = acknowledged({ updateCadenceDays: 0 });
    const s = statusAt(c, aTeamSettings({ defaultCadenceDays: 2 }), at('2026-11-02T12:00:00Z'));
    expect(s.nextUpdateDue?.toISOString()).toBe('2026-11-04T17:00:00.000Z');
  });

  it('uses the team work week: Thursday + 1 business day is Sunday in Riyadh', () => {
    const riyadh = aTeamSettings({
      calendar: { timeZone: 'Asia/Riyadh', workDays: [0, 1, 2, 3, 4], dayStartMinute: 540, dayEndMinute: 1020 },
    });
    const c = aCommitment({
      acknowledgedAt: '2026-11-05T08:00:00.000Z',
      updateCadenceDays: 1,
      targetDate: '2026-11-19',
      promisedDate: '2026-11-23',
    });
    expect(statusAt(c, riyadh, at('2026-11-05T09:00:00Z')).nextUpdateDue?.toISOString()).toBe(
      '2026-11-08T14:00:00.000Z',
    );
  });
});

describe('risk', () => {
  it('flags a target after the promised date', () => {
    const s = statusAt(acknowledged({ targetDate: '2026-11-18' }), settings, at('2026-11-03T10:00:00Z'));
    expect(s.kind).toBe('at-risk');
    expect(s.riskReasons).toEqual([
      { kind: 'target-after-promised', targetDate: '2026-11-18', promisedDate: '2026-11-17' },
    ]);
  });

  it('flags an open step once its due day has ended, and not a done one', () => {
    const c = acknowledged({
      steps: [
        aStep({ id: stepId('s-1'), text: 'Export', dueDate: '2026-11-04' }),
        aStep({ id: stepId('s-2'), text: 'Review', dueDate: '2026-11-04', doneAt: '2026-11-04T12:00:00.000Z' }),
        aStep({ id: stepId('s-3'), text: 'Sign off', dueDate: '2026-11-12' }),
      ],
    });
    expect(statusAt(c, settings, at('2026-11-04T16:59:59Z')).atRisk).toBe(false);
    const s = statusAt(c, settings, at('2026-11-04T17:00:01Z'));
    expect(s.kind).toBe('at-risk');
    expect(s.riskReasons).toEqual([{ kind: 'step-overdue', stepId: 's-1', stepText: 'Export', dueDate: '2026-11-04' }]);
  });

  it(`needs ${BUSINESS_DAYS_PER_OPEN_STEP} business day per open step before the promised date`, () => {
    const steps = (n: number) =>
      Array.from({ length: n }, (_, i) => aStep({ id: stepId(`s-${i}`), text: `Step ${i}` }));
    // Monday 11-16 10:00, promised Tuesday 11-17: Monday (still open) and Tuesday are left.
    const monday = at('2026-11-16T10:00:00Z');
    expect(businessDaysLeft(settings.calendar, '2026-11-17', monday)).toBe(2);
    expect(statusAt(acknowledged({ steps: steps(2) }), settings, monday).atRisk).toBe(false);
    const three = statusAt(acknowledged({ steps: steps(3) }), settings, monday);
    expect(three.riskReasons).toEqual([
      { kind: 'not-enough-time', openSteps: 3, businessDaysNeeded: 3, businessDaysLeft: 2 },
    ]);
    // After Monday's close only Tuesday is left.
    const evening = statusAt(acknowledged({ steps: steps(2) }), settings, at('2026-11-16T17:30:00Z'));
    expect(evening.riskReasons).toEqual([
      { kind: 'not-enough-time', openSteps: 2, businessDaysNeeded: 2, businessDaysLeft: 1 },
    ]);
    // Done steps need no time.
    const done = steps(3).map((s, i) => (i === 0 ? { ...s, doneAt: '2026-11-10T10:00:00.000Z' } : s));
    expect(statusAt(acknowledged({ steps: done }), settings, monday).atRisk).toBe(false);
  });

  it('does not count today when it is not a working day', () => {
    expect(businessDaysLeft(settings.calendar, '2026-11-17', at('2026-11-15T10:00:00Z'))).toBe(2);
    expect(businessDaysLeft(settings.calendar, '2026-11-13', at('2026-11-15T10:00:00Z'))).toBe(0);
  });

  it('flags by hand, with every applicable reason listed', () => {
    const c = acknowledged({
      targetDate: '2026-11-18',
      flaggedAtRisk: { note: 'Vendor is late', at: '2026-11-03T09:00:00.000Z' },
    });
    const s = statusAt(c, settings, at('2026-11-03T10:00:00Z'));
    expect(s.riskReasons.map((r) => r.kind)).toEqual(['target-after-promised', 'flagged']);
  });
});

describe('overdue, delivered, cancelled', () => {
  it('is overdue once the promised business day has ended', () => {
    const c = acknowledged({
      history: [anEntry({ kind: 'update-sent', note: '', onTrack: true }, '2026-11-16T10:00:00.000Z')],
    });
    expect(statusAt(c, settings, at('2026-11-17T17:00:00Z')).overdue).toBe(false);
    const s = statusAt(c, settings, at('2026-11-17T17:00:01Z'));
    expect(s.overdue).toBe(true);
    expect(s.kind).toBe('overdue');
  });

  it('puts overdue above at risk and update due (an overdue promise is not also "at risk")', () => {
    const c = acknowledged({ flaggedAtRisk: { note: '', at: '2026-11-03T09:00:00.000Z' } });
    const s = statusAt(c, settings, at('2026-11-20T10:00:00Z'));
    expect([s.overdue, s.atRisk, s.updateOverdue]).toEqual([true, false, true]);
    expect(s.riskReasons.map((r) => r.kind)).toEqual(['flagged']);
    expect(s.kind).toBe('overdue');
  });

  it('puts at risk above update due', () => {
    const c = acknowledged({ flaggedAtRisk: { note: 'x', at: '2026-11-03T09:00:00.000Z' } });
    const s = statusAt(c, settings, at('2026-11-10T10:00:00Z'));
    expect([s.atRisk, s.updateOverdue]).toEqual([true, true]);
    expect(s.kind).toBe('at-risk');
  });

  it('tells early, on-time and late deliveries apart by the local delivery date', () => {
    const outcome = (deliveredAt: string) =>
      statusAt(acknowledged({ deliveredAt }), settings, at('2026-12-01T10:00:00Z'));
    expect(outcome('2026-11-16T16:00:00.000Z').delivery).toBe('early');
    expect(outcome('2026-11-17T23:59:00.000Z').delivery).toBe('on-time');
    expect(outcome('2026-11-18T00:01:00.000Z').delivery).toBe('late');
    const s = outcome('2026-11-20T10:00:00.000Z');
    expect(s).toMatchObject({ kind: 'delivered', open: false, overdue: false, atRisk: false, updateOverdue: false });
    expect(s.nextUpdateDue).toBeUndefined();
  });

  it('reads the delivery date in the team zone (Kolkata, +05:30)', () => {
    const kolkata = aTeamSettings({ calendar: { ...settings.calendar, timeZone: 'Asia/Kolkata' } });
    const late = acknowledged({ deliveredAt: '2026-11-17T18:30:00.000Z' }); // 00:00 on the 18th in Kolkata
    expect(statusAt(late, kolkata, at('2026-12-01T10:00:00Z')).delivery).toBe('late');
    const onTime = acknowledged({ deliveredAt: '2026-11-17T18:29:00.000Z' });
    expect(statusAt(onTime, kolkata, at('2026-12-01T10:00:00Z')).delivery).toBe('on-time');
  });

  it('is cancelled above everything, never at risk', () => {
    const c = acknowledged({
      cancelledAt: '2026-11-05T10:00:00.000Z',
      targetDate: '2026-11-20',
      flaggedAtRisk: { note: 'x', at: '2026-11-03T09:00:00.000Z' },
    });
    const s = statusAt(c, settings, at('2026-12-01T10:00:00Z'));
    expect(s).toMatchObject({ kind: 'cancelled', open: false, atRisk: false, overdue: false, riskReasons: [] });
  });

  it('shares one frozen status among commitments that closed the same way, and only those', () => {
    const now = at('2026-12-01T10:00:00Z');
    const early = statusAt(acknowledged({ deliveredAt: '2026-11-16T16:00:00.000Z' }), settings, now);
    const alsoEarly = statusAt(
      acknowledged({ title: 'Another', deliveredAt: '2026-11-12T09:00:00.000Z' }),
      settings,
      now,
    );
    const late = statusAt(acknowledged({ deliveredAt: '2026-11-18T00:01:00.000Z' }), settings, now);
    const cancelled = statusAt(acknowledged({ cancelledAt: '2026-11-05T10:00:00.000Z' }), settings, now);
    expect(alsoEarly).toBe(early);
    expect(Object.isFrozen(early) && Object.isFrozen(early.riskReasons)).toBe(true);
    expect(new Set([early, late, cancelled]).size).toBe(3);
    expect([early.delivery, late.delivery, cancelled.kind]).toEqual(['early', 'late', 'cancelled']);
  });

  it('survives dates a person broke by editing the list by hand', () => {
    const c = acknowledged({ promisedDate: 'next week', targetDate: '', requestedAt: 'yesterday' });
    const s = statusAt(c, settings, at('2026-11-10T10:00:00Z'));
    expect(s.overdue).toBe(false);
    expect(s.open).toBe(true);
  });
});

describe('wording', () => {
  const en = (ref: Parameters<typeof formatMessage>[1]) => formatMessage('en', ref);

  it('words every status and risk reason in one friendly line', () => {
    expect(en(statusLabel('update-due'))).toBe('Update overdue');
    expect(
      en(riskReasonMessage({ kind: 'target-after-promised', targetDate: '2026-11-18', promisedDate: '2026-11-17' })),
    ).toBe('The target date (Wed, Nov 18) is after the date promised (Tue, Nov 17).');
    expect(
      en(riskReasonMessage({ kind: 'not-enough-time', openSteps: 3, businessDaysNeeded: 3, businessDaysLeft: 1 })),
    ).toBe('3 open steps still to do and only 1 business day is left before the promised date.');
    expect(
      en(riskReasonMessage({ kind: 'not-enough-time', openSteps: 1, businessDaysNeeded: 1, businessDaysLeft: 0 })),
    ).toBe('1 open step still to do and no business day is left before the promised date.');
    expect(en(riskReasonMessage({ kind: 'flagged', note: 'Vendor is late' }))).toBe('Flagged at risk: Vendor is late');
    expect(en(riskReasonMessage({ kind: 'flagged', note: ' ' }))).toBe('Flagged at risk by hand.');
    expect(
      en(riskReasonMessage({ kind: 'step-overdue', stepId: stepId('s'), stepText: 'Export', dueDate: '2026-11-04' })),
    ).toBe('“Export” was due Wed, Nov 4 and is not done.');
  });

  it('explains the status with its most important reason', () => {
    const c = aCommitment();
    const breached = statusAt(c, settings, at('2026-11-03T10:00:00Z'));
    expect(en(statusExplanation(c, breached, settings))).toBe(
      'Not acknowledged within the team’s standard of 4 business hours.',
    );
    const late = acknowledged({ deliveredAt: '2026-11-18T10:00:00.000Z' });
    expect(en(statusExplanation(late, statusAt(late, settings, at('2026-11-20T10:00:00Z')), settings))).toBe(
      'Delivered late',
    );
    const overdue = acknowledged();
    expect(en(statusExplanation(overdue, statusAt(overdue, settings, at('2026-11-20T10:00:00Z')), settings))).toBe(
      'The promise for Tue, Nov 17 passed 3 business days ago, not delivered.',
    );
  });

  it('explains an overdue promise as overdue, never as "at risk … no business day is left" (item 8)', () => {
    // Two open steps, promised Tuesday 17th; on Friday 20th the promise is three business days broken.
    const c = acknowledged({
      steps: [aStep({ id: stepId('s-1'), text: 'Export' }), aStep({ id: stepId('s-2'), text: 'Review' })],
    });
    const s = statusAt(c, settings, at('2026-11-20T10:00:00Z'));
    const reasons = statusReasons(c, s, settings);
    expect(en(reasons.heading)).toBe('Why it is overdue');
    const lines = reasons.lines.map(en);
    expect(lines[0]).toBe('The promise for Tue, Nov 17 passed 3 business days ago, not delivered.');
    expect(lines.join(' ')).not.toMatch(/no business day is left|at risk/);
    expect(s.riskReasons.map((r) => r.kind)).not.toContain('not-enough-time');
    // The same two steps a day before the promise: that is "at risk", with its own heading.
    const before = statusAt(c, settings, at('2026-11-17T10:00:00Z'));
    expect(en(statusReasons(c, before, settings).heading)).toBe('Why it is at risk');
  });

  it('says how late an overdue update is, not just "update due" (item 8)', () => {
    // Last contact Monday 2nd, cadence 5: the update was due at the close of Monday 9th.
    const c = acknowledged({ promisedDate: '2026-11-30', targetDate: '2026-11-27' });
    const s = statusAt(c, settings, at('2026-11-12T10:00:00Z'));
    expect(s.kind).toBe('update-due');
    expect(s.updateLateBusinessDays).toBe(3);
    const reasons = statusReasons(c, s, settings);
    expect(en(reasons.heading)).toBe('Why an update is overdue');
    expect(reasons.lines.map(en)).toEqual(['The update to the customer was due Mon, Nov 9: 3 business days late.']);
    expect(en(statusExplanation(c, s, settings))).toBe(
      'The update to the customer was due Mon, Nov 9: 3 business days late.',
    );
  });

  it('flags a promise after the date the requester needs it by (missing rule: needed by)', () => {
    const c = acknowledged({ neededBy: '2026-11-13', promisedDate: '2026-11-17' });
    const s = statusAt(c, settings, at('2026-11-04T10:00:00Z'));
    expect(s.kind).toBe('at-risk');
    expect(s.riskReasons).toContainEqual({
      kind: 'after-needed-by',
      neededBy: '2026-11-13',
      promisedDate: '2026-11-17',
    });
    expect(statusReasons(c, s, settings).lines.map(en)).toContain(
      'Promised for Tue, Nov 17, after Fri, Nov 13, the date the customer said they need it by.',
    );
    expect(statusAt({ ...c, neededBy: '2026-11-17' }, settings, at('2026-11-04T10:00:00Z')).kind).toBe('on-track');
  });
});
