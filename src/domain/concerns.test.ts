import { describe, expect, it } from 'vitest';
import { actionBlocked, answerProposal, closeConcern, raiseConcern, recordUpdate, type ActionContext } from './actions';
import { endOfBusinessDay } from './calendar';
import { concernState } from './concerns';
import { formatMessage } from './i18n';
import { stepId } from './ids';
import { computeMetrics } from './metrics';
import { statusAt, statusReasons } from './status';
import { aCommitment, aStep, aTeamSettings, anEntry } from './testing/aCommitment';
import type { Commitment, SentProof } from './types';

// "Status never flatters": an open concern, a "not on track" update and a date merely proposed.
// Team: Mon–Fri 09–17 UTC. The commitment is acknowledged, promised Tuesday 17 November 2026.
const settings = aTeamSettings();
const ACK = '2026-11-02T10:00:00.000Z';
const base = (overrides: Parameters<typeof aCommitment>[0] = {}): Commitment =>
  aCommitment({
    acknowledgedAt: ACK,
    history: [anEntry({ kind: 'created' }, '2026-11-02T09:00:00.000Z'), anEntry({ kind: 'plan-shared' }, ACK)],
    ...overrides,
  });
const sent: SentProof = { via: 'user' };
let n = 0;
const ctx = (iso: string): ActionContext => ({
  now: new Date(iso),
  by: { name: 'Alex Owner', email: 'alex@contoso.example' },
  newId: () => `id-${++n}`,
});
const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const en = (ref: Parameters<typeof formatMessage>[1]) => formatMessage('en-GB', ref);
const MONDAY_9 = new Date('2026-11-09T10:00:00Z');

describe('an open concern makes the commitment at risk until it is resolved (item 1)', () => {
  it('a concern without a new date: at risk with the concern as its reason, until the concern is closed', () => {
    const c = base();
    expect(statusAt(c, settings, MONDAY_9).kind).toBe('on-track');
    const raised = value(
      raiseConcern(
        c,
        { risk: 'The vendor is late', recovery: 'Chase daily', options: [] },
        settings,
        ctx('2026-11-09T09:30:00Z'),
        sent,
      ),
    );
    const status = statusAt(raised, settings, MONDAY_9);
    expect(status.kind).toBe('at-risk');
    expect(status.atRisk).toBe(true);
    expect(status.riskReasons).toContainEqual(
      expect.objectContaining({ kind: 'concern-open', risk: 'The vendor is late' }),
    );
    expect(en(statusReasons(raised, status, settings).heading)).toBe('Why it is at risk');

    const closed = value(closeConcern(raised, 'The vendor delivered', ctx('2026-11-09T09:45:00Z')));
    expect(statusAt(closed, settings, MONDAY_9).kind).toBe('on-track');
    expect(actionBlocked(closed, 'close-concern')).not.toBeNull();
  });

  it('a later concern replaces the earlier one; delivery resolves it', () => {
    const first = value(
      raiseConcern(base(), { risk: 'first', recovery: 'x', options: [] }, settings, ctx('2026-11-09T09:00:00Z'), sent),
    );
    const second = value(
      raiseConcern(first, { risk: 'second', recovery: 'y', options: [] }, settings, ctx('2026-11-09T09:10:00Z'), sent),
    );
    expect(concernState(second).openConcern?.risk).toBe('second');
  });
});

describe('an update that says "not on track" (item 2)', () => {
  it('makes the commitment at risk until a later update says it is on track again', () => {
    const off = value(recordUpdate(base(), { note: '', onTrack: false }, ctx('2026-11-09T09:30:00Z'), sent));
    const status = statusAt(off, settings, MONDAY_9);
    expect(status.kind).toBe('at-risk');
    expect(status.riskReasons.map((r) => r.kind)).toContain('off-track-update');
    expect(en(statusReasons(off, status, settings).lines[0] ?? { key: 'common.close' })).toBe(
      'Your last update told the customer it is not on track for Tue 17 Nov.',
    );
    const back = value(recordUpdate(off, { note: '', onTrack: true }, ctx('2026-11-09T09:40:00Z'), sent));
    expect(statusAt(back, settings, MONDAY_9).kind).toBe('on-track');
  });

  it('schedules no next update after the promised date', () => {
    // Promised Tuesday 17th; an update on Monday 16th with a 5-day cadence would fall on the 23rd.
    const c = base({ promisedDate: '2026-11-17', steps: [] });
    const off = value(recordUpdate(c, { note: '', onTrack: false }, ctx('2026-11-16T10:00:00Z'), sent));
    const status = statusAt(off, settings, new Date('2026-11-16T11:00:00Z'));
    expect(status.nextUpdateDue?.toISOString()).toBe(endOfBusinessDay(settings.calendar, '2026-11-17').toISOString());
  });
});

describe('a proposed date stays proposed until the customer answers (item 4)', () => {
  const concern = {
    risk: 'Data arrives late',
    recovery: 'Work the weekend shift',
    options: [],
    proposedDate: '2026-11-20',
  };

  it('does not move the promise: the old date stands, the proposal waits for an answer', () => {
    const raised = value(raiseConcern(base(), concern, settings, ctx('2026-11-09T09:30:00Z'), sent));
    expect(raised.promisedDate).toBe('2026-11-17');
    expect(raised.history.some((h) => h.kind === 'renegotiated')).toBe(false);
    const status = statusAt(raised, settings, MONDAY_9);
    expect(status.proposedDate).toBe('2026-11-20');
    expect(status.kind).toBe('at-risk');
    // Judged against the promise in force: the 17th passes undelivered → overdue, not "at risk".
    expect(statusAt(raised, settings, new Date('2026-11-18T10:00:00Z')).kind).toBe('overdue');
  });

  it('accepted: the proposed date becomes the promise, renegotiated in time, and the concern is resolved', () => {
    const raised = value(raiseConcern(base(), concern, settings, ctx('2026-11-09T09:30:00Z'), sent));
    const accepted = value(answerProposal(raised, { answer: 'accepted' }, ctx('2026-11-10T10:00:00Z')));
    expect(accepted.promisedDate).toBe('2026-11-20');
    expect(accepted.history.filter((h) => h.kind === 'renegotiated')).toEqual([
      expect.objectContaining({ from: '2026-11-17', to: '2026-11-20', recovery: 'Work the weekend shift' }),
    ]);
    expect(concernState(accepted)).toEqual({});
    expect(statusAt(accepted, settings, new Date('2026-11-16T10:00:00Z')).kind).toBe('on-track');
    // Past the old date, judged against the new promise: not overdue (the update clock runs on).
    expect(statusAt(accepted, settings, new Date('2026-11-18T10:00:00Z'))).toMatchObject({
      overdue: false,
      atRisk: false,
    });
    const delivered = { ...accepted, deliveredAt: '2026-11-19T10:00:00.000Z' };
    const m = computeMetrics([delivered], settings, november, new Date('2026-11-30T12:00:00Z'));
    expect(m).toMatchObject({ keptCount: 1, brokenCount: 0, renegotiatedInTimeCount: 1, promisesKeptPct: 100 });
  });

  it('kept the old date: the promise stands, the recovery plan is recorded, and the concern stays open', () => {
    const raised = value(raiseConcern(base(), concern, settings, ctx('2026-11-09T09:30:00Z'), sent));
    const missing = answerProposal(raised, { answer: 'kept-old-date', recovery: ' ' }, ctx('2026-11-10T10:00:00Z'));
    expect(missing.ok).toBe(false);
    const kept = value(
      answerProposal(raised, { answer: 'kept-old-date', recovery: 'Two people on it' }, ctx('2026-11-10T10:00:00Z')),
    );
    expect(kept.promisedDate).toBe('2026-11-17');
    expect(kept.history.at(-1)).toMatchObject({
      kind: 'proposal-answered',
      answer: 'kept-old-date',
      date: '2026-11-20',
      recovery: 'Two people on it',
    });
    const status = statusAt(kept, settings, new Date('2026-11-10T11:00:00Z'));
    expect(status.proposedDate).toBeUndefined();
    expect(status.kind).toBe('at-risk');
    expect(actionBlocked(kept, 'answer-proposal')).not.toBeNull();
  });

  it('a renegotiation recorded after the old date passed counts the old promise as broken', () => {
    const raised = value(raiseConcern(base(), concern, settings, ctx('2026-11-09T09:30:00Z'), sent));
    const late = value(answerProposal(raised, { answer: 'accepted' }, ctx('2026-11-18T10:00:00Z')));
    const m = computeMetrics(
      [{ ...late, deliveredAt: '2026-11-19T10:00:00.000Z' }],
      settings,
      november,
      new Date('2026-11-30T12:00:00Z'),
    );
    expect(m).toMatchObject({ keptCount: 1, brokenCount: 1, renegotiatedInTimeCount: 0, promisesKeptPct: 50 });
  });

  it('answering is offered only while a date is proposed', () => {
    expect(answerProposal(base(), { answer: 'accepted' }, ctx('2026-11-10T10:00:00Z')).ok).toBe(false);
    const noDate = value(
      raiseConcern(base(), { ...concern, proposedDate: '' }, settings, ctx('2026-11-09T09:30:00Z'), sent),
    );
    expect(actionBlocked(noDate, 'answer-proposal')).not.toBeNull();
  });

  it('a step due after the promised date is not what a proposal needs to move', () => {
    const c = base({ steps: [aStep({ id: stepId('s-1'), dueDate: '2026-11-16' })] });
    expect(value(raiseConcern(c, concern, settings, ctx('2026-11-09T09:30:00Z'), sent)).promisedDate).toBe(
      '2026-11-17',
    );
  });
});

const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
