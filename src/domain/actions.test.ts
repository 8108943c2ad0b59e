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
  reassign,
  recordSignOff,
  reopen,
  requestSignOff,
  answerProposal,
  closeConcern,
  setStepDone,
  sharePlan,
  toCommitmentInput,
  type ActionContext,
  type NewCommitmentRequest,
} from './actions';
import { DEFAULT_CALENDAR } from './calendar';
import { stepId, teamId, type StepId } from './ids';
import type { Result } from './result';
import type { Commitment, FeedbackRating, HistoryEntry, SentProof, TeamSettings } from './types';
import type { CommitmentInput, FieldError } from './validation';

const settings: TeamSettings = {
  teamId: teamId('team-1'),
  teamName: 'IT Service Desk',
  version: 1,
  acknowledgeWithinHours: 4,
  defaultCadenceDays: 5,
  defaultBufferDays: 2,
  calendar: { ...DEFAULT_CALENDAR, timeZone: 'Europe/Berlin' },
  followUpReminders: 'off',
};

const omar = { name: 'Omar Haddad', email: 'omar@contoso.com' };
/** The user answered "Sent?" with yes. */
const SENT: SentProof = { via: 'user' };
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
    const once = sharePlan(c, ctx.at('2026-11-25T11:00:00.000Z'), SENT);
    expect(once.acknowledgedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(once.updatedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(last(once)).toMatchObject({ kind: 'plan-shared', by: omar, at: '2026-11-25T11:00:00.000Z' });
    const twice = sharePlan(once, ctx.at('2026-11-26T11:00:00.000Z'), SENT);
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
    const c = sharePlan(acknowledge(fresh(ctx), ctx), ctx, SENT);
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
    const c = value(recordUpdate(fresh(ctx), { note: '  Export done. ', onTrack: true }, ctx, SENT));
    expect(last(c)).toMatchObject({ kind: 'update-sent', note: 'Export done.', onTrack: true });
    expect(c.acknowledgedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('rejects a note over the limit', () => {
    const ctx = context();
    expect(errorsOf(recordUpdate(fresh(ctx), { note: 'x'.repeat(4001), onTrack: true }, ctx, SENT))).toEqual([
      ['note', 'domain.validation.tooLong'],
    ]);
  });

  it('is blocked after delivery', () => {
    const ctx = context();
    const c = value(deliver(fresh(ctx), '', ctx));
    expect(errorsOf(recordUpdate(c, { note: '', onTrack: true }, ctx, SENT))).toEqual([
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
    const c = value(raiseConcern(fresh(ctx), concern, settings, ctx, SENT));
    expect(c.promisedDate).toBe('2026-12-07');
    expect(last(c)).toMatchObject({
      kind: 'concern-raised',
      risk: concern.risk,
      recovery: concern.recovery,
      options: ['Deputies review by 7 December', 'Owners review by 11 December'],
    });
    expect('proposedDate' in last(c)).toBe(false);
  });

  it('a proposed date is only proposed: the promise stays until the customer answers (answerProposal)', () => {
    const ctx = context();
    const before = frozen(fresh(ctx));
    const c = value(raiseConcern(before, { ...concern, proposedDate: '2026-12-11' }, settings, ctx, SENT));
    expect(c.promisedDate).toBe('2026-12-07');
    expect(kinds(c).slice(-1)).toEqual(['concern-raised']);
    expect(last(c)).toMatchObject({ kind: 'concern-raised', proposedDate: '2026-12-11' });
  });

  it('proposing the same date is not a renegotiation', () => {
    const ctx = context();
    const c = value(raiseConcern(fresh(ctx), { ...concern, proposedDate: '2026-12-07' }, settings, ctx, SENT));
    expect(kinds(c)).toEqual(['created', 'concern-raised']);
  });

  it('requires the risk and the recovery action, not someone to blame', () => {
    const ctx = context();
    expect(errorsOf(raiseConcern(fresh(ctx), { risk: ' ', recovery: '', options: [] }, settings, ctx, SENT))).toEqual([
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
    expect(errorsOf(raiseConcern(fresh(ctx), { ...concern, proposedDate }, settings, ctx, SENT))).toEqual([
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
    expect(errorsOf(raiseConcern(c, { ...concern, proposedDate: '2026-12-03' }, settings, ctx, SENT))).toEqual([
      ['proposedDate', 'domain.validation.stepAfterProposed'],
    ]);
    const ticked = setStepDone(c, stepAt(c, 0), true, ctx);
    expect(raiseConcern(ticked, { ...concern, proposedDate: '2026-12-03' }, settings, ctx, SENT).ok).toBe(true);
  });

  it('rejects too many options', () => {
    const ctx = context();
    const options = Array.from({ length: 11 }, (_, i) => `Option ${i}`);
    expect(errorsOf(raiseConcern(fresh(ctx), { ...concern, options }, settings, ctx, SENT))).toEqual([
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
  const actions = ['share', 'update', 'concern', 'deliver', 'feedback', 'cancel', 'tick', 'reopen'] as const;

  it('allows everything but feedback and reopening on an open commitment', () => {
    expect(actions.map((a) => actionBlocked(open, a)?.key ?? null)).toEqual([
      null,
      null,
      null,
      null,
      'domain.blocked.feedbackBeforeDelivery',
      null,
      null,
      'domain.blocked.notClosed',
    ]);
  });

  it('after delivery, a closed state: feedback and reopen only, no unticking of steps (item 6)', () => {
    expect(actions.map((a) => actionBlocked(delivered, a)?.key ?? null)).toEqual([
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      null,
      'domain.blocked.delivered',
      'domain.blocked.delivered',
      null,
    ]);
    const ticked = delivered.steps.find((s) => s.doneAt !== undefined) ?? delivered.steps[0];
    expect(setStepDone(delivered, ticked?.id ?? stepId('x'), false, ctx)).toBe(delivered);
    expect(setStepDone(delivered, ticked?.id ?? stepId('x'), true, ctx)).toBe(delivered);
    expect(actionBlocked(delivered, 'edit')?.key).toBe('domain.blocked.delivered');
  });

  it('blocks everything but reopening on a cancelled commitment (item 6)', () => {
    expect(
      actions
        .filter((a) => a !== 'reopen')
        .every((a) => actionBlocked(cancelled, a)?.key === 'domain.blocked.cancelled'),
    ).toBe(true);
    expect(actionBlocked(cancelled, 'reopen')).toBeNull();
    expect(sharePlan(cancelled, ctx, SENT)).toBe(cancelled);
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

  it('after sharing, a later promise is refused: it is proposed in a concern and needs the customer (item 4)', () => {
    const ctx = context();
    const shared = sharePlan(fresh(ctx), ctx, SENT);
    expect(errorsOf(editCommitment(shared, formInput({ promisedDate: '2026-12-09' }), settings, ctx))).toEqual([
      ['promisedDate', 'domain.validation.laterPromiseNeedsConcern'],
    ]);
  });

  it('after sharing, an earlier promise is one renegotiation line, not also a plan edit', () => {
    const ctx = context();
    const shared = sharePlan(fresh(ctx), ctx, SENT);
    const earlier = value(editCommitment(shared, formInput({ promisedDate: '2026-12-04' }), settings, ctx));
    expect(kinds(earlier).slice(-1)).toEqual(['renegotiated']);
    expect(last(earlier)).toMatchObject({ kind: 'renegotiated', from: '2026-12-07', to: '2026-12-04', recovery: '' });
  });

  it('keeps, changes and clears the date the requester needs it by', () => {
    const ctx = context();
    const c = fresh(ctx);
    const withNeed = value(editCommitment(c, formInput({ neededBy: '2026-12-08' }), settings, ctx));
    expect(withNeed.neededBy).toBe('2026-12-08');
    expect(last(withNeed)).toMatchObject({ kind: 'plan-edited', changes: ['neededBy'] });
    const cleared = value(editCommitment(withNeed, formInput({ neededBy: '' }), settings, ctx));
    expect('neededBy' in cleared).toBe(false);
    expect(errorsOf(editCommitment(c, formInput({ neededBy: 'soon' }), settings, ctx))).toEqual([
      ['neededBy', 'domain.validation.neededByInvalid'],
    ]);
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

describe('recorded when sent (item 5)', () => {
  it('a message seen in Sent Items enters the history when it was sent, and says so', () => {
    const ctx = context('2026-11-25T15:00:00.000Z');
    const c = fresh(context());
    const sentAt = '2026-11-25T11:20:00.000Z';
    const shared = sharePlan(c, ctx, { via: 'sent-items', at: sentAt });
    expect(last(shared)).toMatchObject({ kind: 'plan-shared', at: sentAt, sent: { via: 'sent-items', at: sentAt } });
    expect(shared.acknowledgedAt).toBe(sentAt);
    const update = value(recordUpdate(shared, { note: '', onTrack: true }, ctx, { via: 'user' }));
    expect(last(update)).toMatchObject({ kind: 'update-sent', at: '2026-11-25T15:00:00.000Z', sent: { via: 'user' } });
  });

  it('a delivery recorded without a message says nothing was sent; with one, how Kept knows', () => {
    const ctx = context();
    expect('sent' in last(value(deliver(fresh(ctx), 'done', ctx)))).toBe(false);
    expect(last(value(deliver(fresh(ctx), 'done', ctx, { via: 'user' })))).toMatchObject({ sent: { via: 'user' } });
  });
});

describe('reopen (item 6)', () => {
  it('reopens a delivered or cancelled commitment with a reason, and only those', () => {
    const ctx = context();
    const open = fresh(ctx);
    expect(errorsOf(reopen(open, 'x', ctx))).toEqual([['action', 'domain.blocked.notClosed']]);
    const delivered = value(deliver(open, '', ctx));
    expect(errorsOf(reopen(delivered, ' ', ctx))).toEqual([['reason', 'domain.validation.reopenReasonRequired']]);
    const again = value(reopen(delivered, 'The export misses December', ctx.at('2026-11-26T09:00:00.000Z')));
    expect(again.deliveredAt).toBeUndefined();
    expect(last(again)).toMatchObject({ kind: 'reopened', was: 'delivered', reason: 'The export misses December' });
    const cancelled = value(cancel(open, { reason: 'Not needed', customerAgreed: true }, ctx));
    const back = value(reopen(cancelled, 'Needed after all', ctx));
    expect('cancelledAt' in back).toBe(false);
    expect(actionBlocked(back, 'update')).toBeNull();
  });
});

describe('reassign', () => {
  it('hands the commitment to another owner, never to the checker or the same person', () => {
    const ctx = context();
    const c = value(createCommitment(request({ checker: { name: 'Kim', email: 'kim@contoso.com' } }), settings, ctx));
    const moved = value(reassign(c, { name: 'Dana Fischer', email: ' dana@contoso.com ' }, 'Omar is on leave', ctx));
    expect(moved.owner).toEqual(dana);
    expect(last(moved)).toMatchObject({ kind: 'reassigned', from: omar, to: dana, note: 'Omar is on leave' });
    expect(errorsOf(reassign(c, omar, '', ctx))).toEqual([['owner.email', 'domain.validation.sameOwner']]);
    expect(errorsOf(reassign(c, { name: 'Kim', email: 'KIM@contoso.com' }, '', ctx))).toEqual([
      ['owner.email', 'domain.validation.checkerIsOwner'],
    ]);
    expect(errorsOf(reassign(c, { name: '', email: 'not-an-email' }, '', ctx))).toEqual([
      ['owner.email', 'domain.validation.emailInvalid'],
    ]);
  });
});

describe('the checker signs off (missing rule)', () => {
  it('asks the checker once delivered and records who signed off and when', () => {
    const ctx = context();
    const kim = { name: 'Kim Lee', email: 'kim@contoso.com' };
    const c = value(createCommitment(request({ checker: kim }), settings, ctx));
    expect(errorsOf(requestSignOff(c, ctx, SENT))).toEqual([['action', 'domain.blocked.signOffBeforeDelivery']]);
    const delivered = value(deliver(c, '', ctx));
    const asked = value(requestSignOff(delivered, ctx, SENT));
    expect(last(asked)).toMatchObject({ kind: 'sign-off-requested', checker: kim, sent: SENT });
    const signed = value(recordSignOff(asked, 'Checked every account', ctx.at('2026-11-27T09:00:00.000Z')));
    expect(signed.signedOff).toEqual({ by: kim, at: '2026-11-27T09:00:00.000Z' });
    expect(last(signed)).toMatchObject({ kind: 'signed-off', checker: kim, note: 'Checked every account' });
    const withoutChecker = value(deliver(fresh(ctx), '', ctx));
    expect(errorsOf(recordSignOff(withoutChecker, '', ctx))).toEqual([['action', 'domain.blocked.noChecker']]);
    // Reopening undoes the sign-off: a new delivery is checked again.
    expect(value(reopen(signed, 'Missed a region', ctx)).signedOff).toBeUndefined();
  });
});

describe('immutability', () => {
  it('no action mutates its input', () => {
    const ctx = context();
    const c = frozen(fresh(ctx));
    const snapshot = JSON.stringify(c);
    const delivered = frozen(value(deliver(c, 'done', ctx)));
    sharePlan(c, ctx, SENT);
    acknowledge(c, ctx);
    setStepDone(c, stepAt(c, 0), true, ctx);
    value(recordUpdate(c, { note: 'n', onTrack: false }, ctx, SENT));
    const raised = value(
      raiseConcern(c, { risk: 'r', recovery: 'x', options: [], proposedDate: '2026-12-10' }, settings, ctx, SENT),
    );
    value(answerProposal(frozen(raised), { answer: 'accepted' }, ctx));
    value(closeConcern(frozen(raised), '', ctx));
    value(reopen(delivered, 'Not finished', ctx));
    value(reassign(c, dana, '', ctx));
    clearRiskFlag(flagAtRisk(c, 'n', ctx), ctx);
    value(recordFeedback(delivered, { rating: 3, comment: '' }, ctx));
    value(cancel(c, { reason: 'r', customerAgreed: false }, ctx));
    value(editCommitment(c, formInput({ title: 'Other' }), settings, ctx));
    expect(JSON.stringify(c)).toBe(snapshot);
  });
});
