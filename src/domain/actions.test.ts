import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  actionBlocked,
  cancel,
  clearRiskFlag,
  createCommitment,
  deliver,
  editCommitment,
  flagAtRisk,
  raiseConcern,
  recordFeedback,
  recordUpdate,
  setStepDone,
  sharePlan,
  toCommitmentInput,
  type ActionContext,
  type NewCommitmentRequest,
} from './actions';
import { DEFAULT_CALENDAR } from './calendar';
import { stepId, teamId, type StepId } from './ids';
import type { Result } from './result';
import type { Commitment, FeedbackRating, HistoryEntry, TeamSettings } from './types';
import type { CommitmentInput, FieldError } from './validation';

const settings: TeamSettings = {
  teamId: teamId('team-1'),
  teamName: 'IT Service Desk',
  version: 1,
  acknowledgeWithinHours: 4,
  defaultCadenceDays: 5,
  defaultBufferDays: 2,
  calendar: { ...DEFAULT_CALENDAR, timeZone: 'Europe/Berlin' },
  followUpFlags: false,
};

const omar = { name: 'Omar Haddad', email: 'omar@contoso.com' };
const dana = { name: 'Dana Fischer', email: 'dana@contoso.com' };

/** A clock and id source that tests move by hand. */
function context(iso = '2026-11-25T10:00:00.000Z', by = omar): ActionContext & { at(iso: string): ActionContext } {
  let n = 0;
  const newId = (): string => `id-${++n}`;
  return { now: new Date(iso), by, newId, at: (later: string) => ({ now: new Date(later), by, newId }) };
}

const formInput = (overrides: Partial<CommitmentInput> = {}): CommitmentInput => ({
  title: 'Quarterly access review for Finance',
  customer: dana,
  owner: omar,
  steps: [
    { text: 'Export the access list', dueDate: '2026-11-27' },
    { text: 'Review with the data owners', dueDate: '2026-12-02' },
  ],
  acceptanceCriteria: 'Every account has an owner and a reason.',
  targetDate: '2026-12-03',
  promisedDate: '2026-12-07',
  updateCadenceDays: 5,
  ...overrides,
});

const request = (overrides: Partial<CommitmentInput> = {}): NewCommitmentRequest => ({
  input: formInput(overrides),
  teamId: teamId('team-1'),
  source: {
    kind: 'email',
    internetMessageId: '<abc@contoso.com>',
    conversationId: 'conv-1',
    subject: 'Access review?',
    receivedAt: '2026-11-25T08:00:00.000Z',
  },
  requestedAt: '2026-11-25T08:00:00.000Z',
});

function value<T>(result: Result<T, FieldError[]>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errorsOf<T>(result: Result<T, FieldError[]>): [string, string][] {
  if (result.ok) throw new Error('expected an error');
  return result.error.map((e) => [e.field, e.message.key]);
}

const fresh = (ctx = context()): Commitment => value(createCommitment(request(), settings, ctx));
const kinds = (c: Commitment): HistoryEntry['kind'][] => c.history.map((h) => h.kind);
const last = (c: Commitment): HistoryEntry => {
  const h = c.history[c.history.length - 1];
  if (h === undefined) throw new Error('no history');
  return h;
};
const stepAt = (c: Commitment, i: number): StepId => {
  const s = c.steps[i];
  if (s === undefined) throw new Error('no step');
  return s.id;
};

/** Deep-freezes a value so any mutation in an action throws in strict mode. */
function frozen<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    Object.values(v).forEach(frozen);
    Object.freeze(v);
  }
  return v;
}

describe('createCommitment', () => {
  it('creates version 0 with the form values, step ids and a created entry', () => {
    const c = fresh();
    expect(c).toMatchObject({
      id: 'id-1',
      version: 0,
      teamId: 'team-1',
      title: 'Quarterly access review for Finance',
      customer: dana,
      owner: omar,
      targetDate: '2026-12-03',
      promisedDate: '2026-12-07',
      updateCadenceDays: 5,
      requestedAt: '2026-11-25T08:00:00.000Z',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(c.steps).toEqual([
      { id: 'id-2', text: 'Export the access list', dueDate: '2026-11-27' },
      { id: 'id-3', text: 'Review with the data owners', dueDate: '2026-12-02' },
    ]);
    expect(c.history).toEqual([{ id: 'id-4', kind: 'created', at: '2026-11-25T10:00:00.000Z', by: omar }]);
    expect(c.acknowledgedAt).toBeUndefined();
    expect('checker' in c).toBe(false);
  });

  it('stores trimmed values', () => {
    const c = value(
      createCommitment(
        request({
          title: '  Access review ',
          customer: { name: '', email: ' dana@contoso.com' },
          checker: { name: '', email: '' },
        }),
        settings,
        context(),
      ),
    );
    expect(c.title).toBe('Access review');
    expect(c.customer).toEqual({ name: 'dana@contoso.com', email: 'dana@contoso.com' });
    expect('checker' in c).toBe(false);
  });

  it('returns every field error and creates nothing', () => {
    expect(
      errorsOf(createCommitment(request({ title: ' ', promisedDate: '2026-11-24', steps: [] }), settings, context())),
    ).toEqual([
      ['title', 'domain.validation.titleRequired'],
      ['promisedDate', 'domain.validation.promisedInPast'],
    ]);
  });

  it("reads 'today' in the team's time zone: late on the 24th in UTC is already the 25th in Berlin", () => {
    const ctx = context('2026-11-24T23:30:00.000Z');
    const ok = createCommitment(
      request({ targetDate: '2026-11-25', promisedDate: '2026-11-25', steps: [] }),
      settings,
      ctx,
    );
    expect(ok.ok).toBe(true);
    const tokyo = { ...settings, calendar: { ...settings.calendar, timeZone: 'Pacific/Honolulu' } };
    expect(
      errorsOf(
        createCommitment(request({ targetDate: '2026-11-24', promisedDate: '2026-11-24', steps: [] }), settings, ctx),
      ),
    ).toEqual([
      ['targetDate', 'domain.validation.targetInPast'],
      ['promisedDate', 'domain.validation.promisedInPast'],
    ]);
    expect(
      createCommitment(request({ targetDate: '2026-11-24', promisedDate: '2026-11-24', steps: [] }), tokyo, ctx).ok,
    ).toBe(true);
  });

  it('rejects a requestedAt that is not an instant', () => {
    const r = { ...request(), requestedAt: 'yesterday' };
    expect(errorsOf(createCommitment(r, settings, context()))).toEqual([
      ['requestedAt', 'domain.validation.instantInvalid'],
    ]);
  });
});

describe('sharePlan and acknowledge', () => {
  it('first share sets acknowledgedAt and records plan-shared; a second share keeps the first time', () => {
    const ctx = context();
    const c = frozen(fresh(ctx));
    const once = sharePlan(c, ctx.at('2026-11-25T11:00:00.000Z'));
    expect(once.acknowledgedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(once.updatedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(last(once)).toMatchObject({ kind: 'plan-shared', by: omar, at: '2026-11-25T11:00:00.000Z' });
    const twice = sharePlan(once, ctx.at('2026-11-26T11:00:00.000Z'));
    expect(twice.acknowledgedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(kinds(twice)).toEqual(['created', 'plan-shared', 'plan-shared']);
    expect(c.history).toHaveLength(1);
  });

  it('acknowledge sets acknowledgedAt once', () => {
    const ctx = context();
    const c = acknowledge(fresh(ctx), ctx.at('2026-11-25T10:05:00.000Z'));
    expect(c.acknowledgedAt).toBe('2026-11-25T10:05:00.000Z');
    expect(kinds(c)).toEqual(['created', 'acknowledged']);
    expect(acknowledge(c, ctx)).toBe(c);
  });

  it('history ids are unique', () => {
    const ctx = context();
    const c = sharePlan(acknowledge(fresh(ctx), ctx), ctx);
    expect(new Set(c.history.map((h) => h.id)).size).toBe(3);
  });
});

describe('setStepDone', () => {
  it('ticks and unticks a step with a history entry each time, without touching the others', () => {
    const ctx = context();
    const c = frozen(fresh(ctx));
    const s = stepAt(c, 0);
    const done = setStepDone(c, s, true, ctx.at('2026-11-26T09:00:00.000Z'));
    expect(done.steps[0]?.doneAt).toBe('2026-11-26T09:00:00.000Z');
    expect(done.steps[1]).toBe(c.steps[1]);
    expect(last(done)).toMatchObject({ kind: 'step-done', stepId: s, done: true });
    const undone = setStepDone(done, s, false, ctx.at('2026-11-26T10:00:00.000Z'));
    expect(undone.steps[0]).toEqual({ id: s, text: 'Export the access list', dueDate: '2026-11-27' });
    expect('doneAt' in (undone.steps[0] ?? {})).toBe(false);
    expect(last(undone)).toMatchObject({ kind: 'step-done', stepId: s, done: false });
  });

  it('changes nothing for an unknown step or a step already in that state', () => {
    const ctx = context();
    const c = fresh(ctx);
    expect(setStepDone(c, stepId('nope'), true, ctx)).toBe(c);
    expect(setStepDone(c, stepAt(c, 0), false, ctx)).toBe(c);
  });

  it('is blocked on a cancelled commitment', () => {
    const ctx = context();
    const c = value(cancel(fresh(ctx), { reason: 'No longer needed', customerAgreed: true }, ctx));
    expect(setStepDone(c, stepAt(c, 0), true, ctx)).toBe(c);
  });
});

describe('recordUpdate', () => {
  it('records the note and whether we are on track, and acknowledges', () => {
    const ctx = context();
    const c = value(recordUpdate(fresh(ctx), { note: '  Export done. ', onTrack: true }, ctx));
    expect(last(c)).toMatchObject({ kind: 'update-sent', note: 'Export done.', onTrack: true });
    expect(c.acknowledgedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('rejects a note over the limit', () => {
    const ctx = context();
    expect(errorsOf(recordUpdate(fresh(ctx), { note: 'x'.repeat(4001), onTrack: true }, ctx))).toEqual([
      ['note', 'domain.validation.tooLong'],
    ]);
  });

  it('is blocked after delivery', () => {
    const ctx = context();
    const c = value(deliver(fresh(ctx), '', ctx));
    expect(errorsOf(recordUpdate(c, { note: '', onTrack: true }, ctx))).toEqual([
      ['action', 'domain.blocked.delivered'],
    ]);
  });
});

describe('raiseConcern', () => {
  const concern = {
    risk: 'The data owners are on leave until 4 December.',
    recovery: 'I asked their deputies to review instead.',
    options: ['Deputies review by 7 December', ' ', 'Owners review by 11 December'],
  };

  it('records what is at risk, the recovery and the options (blank options dropped), without a new date', () => {
    const ctx = context();
    const c = value(raiseConcern(fresh(ctx), concern, settings, ctx));
    expect(c.promisedDate).toBe('2026-12-07');
    expect(last(c)).toMatchObject({
      kind: 'concern-raised',
      risk: concern.risk,
      recovery: concern.recovery,
      options: ['Deputies review by 7 December', 'Owners review by 11 December'],
    });
    expect('proposedDate' in last(c)).toBe(false);
  });

  it('a proposed date moves the promise and records the renegotiation from → to with the recovery', () => {
    const ctx = context();
    const before = frozen(fresh(ctx));
    const c = value(raiseConcern(before, { ...concern, proposedDate: '2026-12-11' }, settings, ctx));
    expect(c.promisedDate).toBe('2026-12-11');
    expect(c.history.slice(-2)).toMatchObject([
      { kind: 'concern-raised', proposedDate: '2026-12-11' },
      { kind: 'renegotiated', from: '2026-12-07', to: '2026-12-11', recovery: concern.recovery },
    ]);
    expect(before.promisedDate).toBe('2026-12-07');
  });

  it('proposing the same date is not a renegotiation', () => {
    const ctx = context();
    const c = value(raiseConcern(fresh(ctx), { ...concern, proposedDate: '2026-12-07' }, settings, ctx));
    expect(kinds(c)).toEqual(['created', 'concern-raised']);
  });

  it('requires the risk and the recovery action, not someone to blame', () => {
    const ctx = context();
    expect(errorsOf(raiseConcern(fresh(ctx), { risk: ' ', recovery: '', options: [] }, settings, ctx))).toEqual([
      ['risk', 'domain.validation.riskRequired'],
      ['recovery', 'domain.validation.recoveryRequired'],
    ]);
  });

  it.each([
    ['2026-11-24', 'domain.validation.proposedInPast'],
    ['2026-12-02', 'domain.validation.proposedBeforeTarget'],
    ['2026-13-02', 'domain.validation.dateInvalid'],
  ])('rejects the proposed date %s', (proposedDate, key) => {
    const ctx = context();
    expect(errorsOf(raiseConcern(fresh(ctx), { ...concern, proposedDate }, settings, ctx))).toEqual([
      ['proposedDate', key],
    ]);
  });

  it('rejects a proposed date before an open step, but not before a finished one', () => {
    const ctx = context();
    const c = value(
      createCommitment(
        request({ targetDate: '2026-12-01', steps: [{ text: 'Late step', dueDate: '2026-12-05' }] }),
        settings,
        ctx,
      ),
    );
    expect(errorsOf(raiseConcern(c, { ...concern, proposedDate: '2026-12-03' }, settings, ctx))).toEqual([
      ['proposedDate', 'domain.validation.stepAfterProposed'],
    ]);
    const ticked = setStepDone(c, stepAt(c, 0), true, ctx);
    expect(raiseConcern(ticked, { ...concern, proposedDate: '2026-12-03' }, settings, ctx).ok).toBe(true);
  });

  it('rejects too many options', () => {
    const ctx = context();
    const options = Array.from({ length: 11 }, (_, i) => `Option ${i}`);
    expect(errorsOf(raiseConcern(fresh(ctx), { ...concern, options }, settings, ctx))).toEqual([
      ['options', 'domain.validation.tooManyOptions'],
    ]);
  });
});

describe('flagAtRisk and clearRiskFlag', () => {
  it('flags with a note and clears the flag, both in history', () => {
    const ctx = context();
    const flagged = flagAtRisk(fresh(ctx), ' Vendor is late ', ctx);
    expect(flagged.flaggedAtRisk).toEqual({ note: 'Vendor is late', at: '2026-11-25T10:00:00.000Z' });
    const cleared = clearRiskFlag(flagged, ctx);
    expect('flaggedAtRisk' in cleared).toBe(false);
    expect(kinds(cleared)).toEqual(['created', 'flagged-at-risk', 'risk-cleared']);
  });

  it('clearing an unflagged commitment changes nothing; flagging a closed one neither', () => {
    const ctx = context();
    const c = fresh(ctx);
    expect(clearRiskFlag(c, ctx)).toBe(c);
    const delivered = value(deliver(c, '', ctx));
    expect(flagAtRisk(delivered, 'x', ctx)).toBe(delivered);
  });
});

describe('deliver, recordFeedback, cancel', () => {
  it('deliver sets deliveredAt and records the note; delivering twice is blocked', () => {
    const ctx = context();
    const c = value(deliver(fresh(ctx), 'Report attached.', ctx.at('2026-12-04T15:00:00.000Z')));
    expect(c.deliveredAt).toBe('2026-12-04T15:00:00.000Z');
    expect(last(c)).toMatchObject({ kind: 'delivered', note: 'Report attached.' });
    expect(errorsOf(deliver(c, '', ctx))).toEqual([['action', 'domain.blocked.delivered']]);
  });

  it('feedback only after delivery, rating 1–5', () => {
    const ctx = context();
    const open = fresh(ctx);
    expect(errorsOf(recordFeedback(open, { rating: 5, comment: '' }, ctx))).toEqual([
      ['action', 'domain.blocked.feedbackBeforeDelivery'],
    ]);
    const delivered = value(deliver(open, '', ctx));
    for (const rating of [0, 6, 2.5, Number.NaN]) {
      expect(errorsOf(recordFeedback(delivered, { rating: rating as FeedbackRating, comment: '' }, ctx))).toEqual([
        ['rating', 'domain.validation.ratingRange'],
      ]);
    }
    const rated = value(recordFeedback(delivered, { rating: 4, comment: ' Quick, thanks ' }, ctx));
    expect(rated.feedback).toEqual({ rating: 4, comment: 'Quick, thanks', at: '2026-11-25T10:00:00.000Z' });
    expect(last(rated)).toMatchObject({ kind: 'feedback', rating: 4, comment: 'Quick, thanks' });
    const again = value(recordFeedback(rated, { rating: 5, comment: '' }, ctx));
    expect(again.feedback?.rating).toBe(5);
    expect(kinds(again).filter((k) => k === 'feedback')).toHaveLength(2);
  });

  it('cancel needs a reason and notes whether the customer agreed', () => {
    const ctx = context();
    const c = fresh(ctx);
    expect(errorsOf(cancel(c, { reason: '  ', customerAgreed: true }, ctx))).toEqual([
      ['reason', 'domain.validation.reasonRequired'],
    ]);
    const cancelled = value(cancel(c, { reason: 'Project stopped', customerAgreed: true }, ctx));
    expect(cancelled.cancelledAt).toBe('2026-11-25T10:00:00.000Z');
    expect(last(cancelled)).toMatchObject({ kind: 'cancelled', reason: 'Project stopped', customerAgreed: true });
  });
});

describe('actionBlocked', () => {
  const ctx = context();
  const open = fresh(ctx);
  const delivered = value(deliver(open, '', ctx));
  const cancelled = value(cancel(open, { reason: 'Not needed', customerAgreed: false }, ctx));
  const noSteps = value(createCommitment(request({ steps: [] }), settings, ctx));
  const actions = ['share', 'update', 'concern', 'deliver', 'feedback', 'cancel', 'tick'] as const;

  it('allows everything but feedback on an open commitment', () => {
    expect(actions.map((a) => actionBlocked(open, a)?.key ?? null)).toEqual([
      null,
      null,
      null,
      null,
      'domain.blocked.feedbackBeforeDelivery',
      null,
      null,
    ]);
  });

  it('after delivery allows only feedback and ticking', () => {
    expect(actions.map((a) => actionBlocked(delivered, a)?.key ?? null)).toEqual([
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      null,
      'domain.blocked.delivered',
      null,
    ]);
  });

  it('blocks everything on a cancelled commitment', () => {
    expect(actions.every((a) => actionBlocked(cancelled, a)?.key === 'domain.blocked.cancelled')).toBe(true);
    expect(sharePlan(cancelled, ctx)).toBe(cancelled);
    expect(errorsOf(deliver(cancelled, '', ctx))).toEqual([['action', 'domain.blocked.cancelled']]);
  });

  it('says there is nothing to tick on a plan without steps', () => {
    expect(actionBlocked(noSteps, 'tick')?.key).toBe('domain.blocked.noSteps');
  });
});

describe('editCommitment', () => {
  it('keeps step ids and doneAt for steps the form names, and adds new steps', () => {
    const ctx = context();
    const c = setStepDone(fresh(ctx), stepId('id-2'), true, ctx);
    const form = toCommitmentInput(c);
    const edited = value(
      editCommitment(
        c,
        {
          ...form,
          title: 'Access review (Finance)',
          steps: [...form.steps, { text: 'Sign-off', dueDate: '2026-12-03' }],
        },
        settings,
        ctx,
      ),
    );
    expect(edited.title).toBe('Access review (Finance)');
    expect(edited.steps.map((s) => [s.id, s.doneAt !== undefined])).toEqual([
      ['id-2', true],
      ['id-3', false],
      ['id-6', false],
    ]);
    expect(kinds(edited)).toEqual(['created', 'step-done', 'plan-edited']);
    expect(edited.history.at(-1)).toMatchObject({ kind: 'plan-edited', changes: ['title', 'steps'] });
    expect(edited.version).toBe(c.version);
  });

  it('matches steps by text when the form does not send ids, so finished work stays finished', () => {
    const ctx = context();
    const c = setStepDone(fresh(ctx), stepId('id-2'), true, ctx);
    const reordered = { ...formInput(), steps: [...formInput().steps].reverse() };
    const edited = value(editCommitment(c, reordered, settings, ctx));
    expect(edited.steps.map((s) => [s.id, s.doneAt !== undefined])).toEqual([
      ['id-3', false],
      ['id-2', true],
    ]);
  });

  it('removes the checker when the form clears it', () => {
    const ctx = context();
    const c = value(createCommitment(request({ checker: { name: 'Chen', email: 'chen@contoso.com' } }), settings, ctx));
    const edited = value(
      editCommitment(c, { ...toCommitmentInput(c), checker: { name: '', email: '' } }, settings, ctx),
    );
    expect('checker' in edited).toBe(false);
  });

  it('before the plan is shared, a new promised date is a plain edit', () => {
    const ctx = context();
    const edited = value(editCommitment(fresh(ctx), formInput({ promisedDate: '2026-12-09' }), settings, ctx));
    expect(edited.promisedDate).toBe('2026-12-09');
    expect(kinds(edited)).toEqual(['created', 'plan-edited']);
    expect(edited.history.at(-1)).toMatchObject({ kind: 'plan-edited', changes: ['promised'] });
  });

  it('an edit that changes nothing records nothing and returns the same commitment', () => {
    const ctx = context();
    const c = fresh(ctx);
    expect(value(editCommitment(c, toCommitmentInput(c), settings, ctx))).toBe(c);
  });

  it('after sharing, a later promise is one renegotiation line, not also a plan edit', () => {
    const ctx = context();
    const c = sharePlan(fresh(ctx), ctx);
    const edited = value(
      editCommitment(c, { ...toCommitmentInput(c), promisedDate: '2026-12-09' }, settings, ctx, 'Extra tester'),
    );
    expect(kinds(edited).slice(-1)).toEqual(['renegotiated']);
  });

  it('after sharing, moving the promise later needs a recovery and is recorded as a renegotiation', () => {
    const ctx = context();
    const shared = sharePlan(fresh(ctx), ctx);
    expect(errorsOf(editCommitment(shared, formInput({ promisedDate: '2026-12-09' }), settings, ctx))).toEqual([
      ['recovery', 'domain.validation.renegotiationRecoveryRequired'],
    ]);
    const edited = value(
      editCommitment(shared, formInput({ promisedDate: '2026-12-09' }), settings, ctx, 'Added a second reviewer'),
    );
    expect(last(edited)).toMatchObject({
      kind: 'renegotiated',
      from: '2026-12-07',
      to: '2026-12-09',
      recovery: 'Added a second reviewer',
    });
    const earlier = value(editCommitment(shared, formInput({ promisedDate: '2026-12-04' }), settings, ctx));
    expect(last(earlier)).toMatchObject({ kind: 'renegotiated', from: '2026-12-07', to: '2026-12-04', recovery: '' });
  });

  it('an old commitment whose dates have passed can still be edited', () => {
    const ctx = context();
    const c = fresh(ctx);
    const later = ctx.at('2026-12-20T10:00:00.000Z');
    const edited = editCommitment(c, { ...toCommitmentInput(c), title: 'Renamed' }, settings, later);
    expect(edited.ok).toBe(true);
  });

  it('validates like create', () => {
    const ctx = context();
    expect(errorsOf(editCommitment(fresh(ctx), formInput({ title: '' }), settings, ctx))).toEqual([
      ['title', 'domain.validation.titleRequired'],
    ]);
  });
});

describe('immutability', () => {
  it('no action mutates its input', () => {
    const ctx = context();
    const c = frozen(fresh(ctx));
    const snapshot = JSON.stringify(c);
    const delivered = frozen(value(deliver(c, 'done', ctx)));
    sharePlan(c, ctx);
    acknowledge(c, ctx);
    setStepDone(c, stepAt(c, 0), true, ctx);
    value(recordUpdate(c, { note: 'n', onTrack: false }, ctx));
    value(raiseConcern(c, { risk: 'r', recovery: 'x', options: [], proposedDate: '2026-12-10' }, settings, ctx));
    clearRiskFlag(flagAtRisk(c, 'n', ctx), ctx);
    value(recordFeedback(delivered, { rating: 3, comment: '' }, ctx));
    value(cancel(c, { reason: 'r', customerAgreed: false }, ctx));
    value(editCommitment(c, formInput({ title: 'Other' }), settings, ctx));
    expect(JSON.stringify(c)).toBe(snapshot);
  });
});
