import { isValidIsoDate, localDate } from './calendar';
import { concernState } from './concerns';
import { msg, type MessageRef } from './i18n';
import { commitmentId, historyId, stepId, type StepId, type TeamId } from './ids';
import { sameValue } from './merge';
import { err, ok, type Result } from './result';
import {
  LIMITS,
  normalizeCommitmentInput,
  sameEmail,
  tooLong,
  validateCommitmentInput,
  validatePerson,
  validateText,
  type CommitmentInput,
  type FieldError,
} from './validation';
import type {
  PlanChange,
  Commitment,
  CommitmentSource,
  CustomerReply,
  FeedbackRating,
  HistoryEntry,
  Instant,
  IsoDate,
  Person,
  PlanStep,
  SentProof,
  TeamSettings,
} from './types';

// Every action returns a new commitment (the input is never mutated), appends one or more history
// entries and sets updatedAt. Actions whose signature returns a plain Commitment leave it unchanged
// (the very same object) when the action does not apply — the UI asks `actionBlocked` first, and a
// caller can tell "nothing happened" by identity. Actions returning a Result say why in the error.

/** Everything an action needs from the outside world, passed in. */
export interface ActionContext {
  readonly now: Date;
  readonly by: Person;
  /** Fresh unique ids (crypto.randomUUID in the app, a counter in tests). */
  readonly newId: () => string;
}

export interface NewCommitmentRequest {
  readonly input: CommitmentInput;
  readonly teamId: TeamId;
  readonly source: CommitmentSource;
  readonly requestedAt: Instant;
}

/** Distributes Omit over the history union, so each kind keeps its own fields. */
type EntryBody = HistoryEntry extends infer E ? (E extends HistoryEntry ? Omit<E, 'id' | 'at' | 'by'> : never) : never;

function entry(body: EntryBody, ctx: ActionContext): HistoryEntry {
  // A message seen in Sent Items enters the history when it was sent, not when Kept noticed.
  const at = 'sent' in body && body.sent?.via === 'sent-items' ? body.sent.at : ctx.now.toISOString();
  return { ...body, id: historyId(ctx.newId()), at, by: ctx.by } as HistoryEntry;
}

/** The instant a message action happened: when it was sent where the mailbox tells, else now. */
const sentAt = (sent: SentProof | undefined, ctx: ActionContext): string =>
  sent?.via === 'sent-items' ? sent.at : ctx.now.toISOString();

/** The new commitment: the changed fields, the appended entries, updatedAt. */
function next(
  c: Commitment,
  changes: Partial<Commitment>,
  entries: readonly EntryBody[],
  ctx: ActionContext,
): Commitment {
  return {
    ...c,
    ...changes,
    history: [...c.history, ...entries.map((body) => entry(body, ctx))],
    updatedAt: ctx.now.toISOString(),
  };
}

/** Drops an optional key: with exactOptionalPropertyTypes a key set to undefined is not "absent". */
function without<K extends keyof Commitment>(c: Commitment, key: K): Commitment {
  const copy: { -readonly [P in keyof Commitment]?: Commitment[P] } = { ...c };
  delete copy[key];
  return copy as Commitment;
}

const blockedError = (field: string, reason: MessageRef): FieldError[] => [{ field, message: reason }];

const isValidInstant = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(new Date(value).getTime());

/** The team's calendar date now: what "in the past" means for dates. */
export const teamToday = (settings: TeamSettings, now: Date): IsoDate => localDate(settings.calendar, now);

function buildSteps(input: CommitmentInput, previous: readonly PlanStep[], ctx: ActionContext): PlanStep[] {
  const unused = new Map(previous.map((step) => [step.id as string, step]));
  return input.steps.map((s) => {
    // Keep a step's identity (and so its doneAt) when the form names it; an input without an id
    // that repeats an existing step's text is the same step, so a form that does not track ids
    // still does not reopen finished work on every edit.
    let match = s.id !== undefined ? unused.get(s.id) : undefined;
    if (match === undefined && s.id === undefined) match = [...unused.values()].find((p) => p.text === s.text);
    if (match !== undefined) unused.delete(match.id);
    return {
      id: match?.id ?? stepId(ctx.newId()),
      text: s.text,
      ...(s.dueDate !== undefined ? { dueDate: s.dueDate } : {}),
      ...(s.owner !== undefined ? { owner: s.owner } : {}),
      ...(match?.doneAt !== undefined ? { doneAt: match.doneAt } : {}),
    };
  });
}

/** A new commitment at version 0 (the store assigns version 1), with a `created` history entry. */
export function createCommitment(
  request: NewCommitmentRequest,
  settings: TeamSettings,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const input = normalizeCommitmentInput(request.input);
  const errors = validateCommitmentInput(input, teamToday(settings, ctx.now));
  if (!isValidInstant(request.requestedAt))
    errors.push({
      field: 'requestedAt',
      message: msg('domain.validation.instantInvalid', { value: request.requestedAt.slice(0, 60) }),
    });
  if (errors.length > 0) return err(errors);

  const at = ctx.now.toISOString();
  const id = commitmentId(ctx.newId());
  const commitment: Commitment = {
    id,
    version: 0,
    teamId: request.teamId,
    title: input.title,
    customer: input.customer,
    owner: input.owner,
    ...(input.checker !== undefined ? { checker: input.checker } : {}),
    source: request.source,
    requestedAt: request.requestedAt,
    steps: buildSteps(input, [], ctx),
    acceptanceCriteria: input.acceptanceCriteria,
    targetDate: input.targetDate,
    promisedDate: input.promisedDate,
    ...(input.neededBy !== undefined ? { neededBy: input.neededBy } : {}),
    updateCadenceDays: input.updateCadenceDays,
    ...(input.messageLanguage !== undefined ? { messageLanguage: input.messageLanguage } : {}),
    history: [entry({ kind: 'created' }, ctx)],
    createdAt: at,
    updatedAt: at,
  };
  return ok(commitment);
}

/** The form values of an existing commitment (step ids included), to prefill an edit form. */
export function toCommitmentInput(c: Commitment): CommitmentInput {
  return {
    title: c.title,
    customer: c.customer,
    owner: c.owner,
    ...(c.checker !== undefined ? { checker: c.checker } : {}),
    steps: c.steps.map((s) => ({
      id: s.id,
      text: s.text,
      ...(s.dueDate !== undefined ? { dueDate: s.dueDate } : {}),
      ...(s.owner !== undefined ? { owner: s.owner } : {}),
    })),
    acceptanceCriteria: c.acceptanceCriteria,
    targetDate: c.targetDate,
    promisedDate: c.promisedDate,
    ...(c.neededBy !== undefined ? { neededBy: c.neededBy } : {}),
    updateCadenceDays: c.updateCadenceDays,
    ...(c.messageLanguage !== undefined ? { messageLanguage: c.messageLanguage } : {}),
  };
}

/**
 * Edits plan, dates, people. Once the customer has seen the plan, the promise is theirs too: an
 * earlier date is recorded as a renegotiation, and a later one is refused — it is proposed in a
 * concern and becomes the promise when the customer accepts it (answerProposal). Dates that did
 * not change are not checked against today, so an old commitment stays editable. The owner is
 * changed with `reassign`, never by an edit.
 */
export function editCommitment(
  c: Commitment,
  input: CommitmentInput,
  settings: TeamSettings,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const normalized = normalizeCommitmentInput({ ...input, owner: c.owner });
  const errors = validateCommitmentInput(normalized, teamToday(settings, ctx.now), {
    previous: { targetDate: c.targetDate, promisedDate: c.promisedDate },
  });
  const blocked = actionBlocked(c, 'edit');
  if (blocked) errors.push({ field: 'action', message: blocked });
  const shared = c.history.some((h) => h.kind === 'plan-shared');
  const moved = normalized.promisedDate !== c.promisedDate;
  if (moved && shared && normalized.promisedDate > c.promisedDate && !errors.some((e) => e.field === 'promisedDate'))
    errors.push({ field: 'promisedDate', message: msg('domain.validation.laterPromiseNeedsConcern') });
  if (errors.length > 0) return err(errors);

  let base = normalized.checker === undefined ? without(c, 'checker') : c;
  if (normalized.neededBy === undefined) base = without(base, 'neededBy');
  const changes: Partial<Commitment> = {
    title: normalized.title,
    customer: normalized.customer,
    ...(normalized.checker !== undefined ? { checker: normalized.checker } : {}),
    steps: buildSteps(normalized, c.steps, ctx),
    acceptanceCriteria: normalized.acceptanceCriteria,
    targetDate: normalized.targetDate,
    promisedDate: normalized.promisedDate,
    ...(normalized.neededBy !== undefined ? { neededBy: normalized.neededBy } : {}),
    updateCadenceDays: normalized.updateCadenceDays,
    ...(normalized.messageLanguage !== undefined ? { messageLanguage: normalized.messageLanguage } : {}),
  };
  const renegotiated = moved && shared;
  const edited = planChanges(c, { ...base, ...changes } as Commitment).filter(
    // A promised date moved after sharing has its own line: the renegotiation.
    (change) => !(renegotiated && change === 'promised'),
  );
  const entries: EntryBody[] = [
    ...(edited.length > 0 ? [{ kind: 'plan-edited' as const, changes: edited }] : []),
    ...(renegotiated
      ? [{ kind: 'renegotiated' as const, from: c.promisedDate, to: normalized.promisedDate, recovery: '' }]
      : []),
  ];
  if (entries.length === 0) return ok(c);
  return ok(next(base, changes, entries, ctx));
}

/** Which parts of the plan an edit changed, compared by value. */
function planChanges(before: Commitment, after: Commitment): PlanChange[] {
  const differs = (a: unknown, b: unknown) => !sameValue(a, b);
  const stepShape = (c: Commitment) => c.steps.map(({ id, text, dueDate, owner }) => ({ id, text, dueDate, owner }));
  const checks: [PlanChange, boolean][] = [
    ['title', before.title !== after.title],
    ['customer', differs(before.customer, after.customer)],
    ['owner', differs(before.owner, after.owner)],
    ['checker', differs(before.checker, after.checker)],
    ['steps', differs(stepShape(before), stepShape(after))],
    ['criteria', before.acceptanceCriteria !== after.acceptanceCriteria],
    ['target', before.targetDate !== after.targetDate],
    ['promised', before.promisedDate !== after.promisedDate],
    ['neededBy', before.neededBy !== after.neededBy],
    ['cadence', before.updateCadenceDays !== after.updateCadenceDays],
    ['language', before.messageLanguage !== after.messageLanguage],
  ];
  return checks.filter(([, changed]) => changed).map(([change]) => change);
}

/** Any message to the customer acknowledges the request; the first one sets acknowledgedAt. */
const acknowledgedAt = (c: Commitment, at: string): Partial<Commitment> =>
  c.acknowledgedAt === undefined ? { acknowledgedAt: at } : {};

const acknowledgedNow = (c: Commitment, ctx: ActionContext): Partial<Commitment> =>
  acknowledgedAt(c, ctx.now.toISOString());

/** First share sets acknowledgedAt. Recorded once the plan was sent (`sent` says how Kept knows). */
export function sharePlan(c: Commitment, ctx: ActionContext, sent: SentProof): Commitment {
  if (actionBlocked(c, 'share')) return c;
  return next(c, acknowledgedAt(c, sentAt(sent, ctx)), [{ kind: 'plan-shared', sent }], ctx);
}

/** Acknowledges the request without sharing a plan yet; a second acknowledgement changes nothing. */
export function acknowledge(c: Commitment, ctx: ActionContext): Commitment {
  if (c.acknowledgedAt !== undefined || c.cancelledAt !== undefined) return c;
  return next(c, acknowledgedNow(c, ctx), [{ kind: 'acknowledged' }], ctx);
}

/** A message the user said was sent ("Sent?") is the one the mailbox shows sent up to this long before. */
const CONFIRMED_WITHIN_MS = 30 * 60_000;

/**
 * Records a reply the owner sent in the request's thread without a draft of Kept's, as their mailbox
 * shows it: dated when it was sent, a message to the customer (it acknowledges the request and
 * counts as an update). Nothing changes for a cancelled commitment, or when it is already recorded.
 */
export function recordOwnerReply(c: Commitment, sentAtInstant: Instant, ctx: ActionContext): Commitment {
  if (c.cancelledAt !== undefined || !isValidInstant(sentAtInstant)) return c;
  const at = new Date(sentAtInstant).toISOString();
  // Seen in Sent Items already; or confirmed by the user ("Sent?") shortly after it went out.
  const sentMs = Date.parse(at);
  const known = c.history.some(
    (h) =>
      'sent' in h &&
      h.sent !== undefined &&
      (h.sent.via === 'sent-items'
        ? h.sent.at === at
        : Date.parse(h.at) >= sentMs && Date.parse(h.at) - sentMs <= CONFIRMED_WITHIN_MS),
  );
  if (known) return c;
  const sent: SentProof = { via: 'sent-items', at };
  return next(c, c.deliveredAt === undefined ? acknowledgedAt(c, at) : {}, [{ kind: 'replied', sent }], ctx);
}

/** Keeps the customer's latest reply on the commitment; an older or the same reply changes nothing. */
export function noteCustomerReply(c: Commitment, reply: CustomerReply, ctx: ActionContext): Commitment {
  if (!isValidInstant(reply.at)) return c;
  const current = c.customerReply;
  if (current !== undefined && Date.parse(current.at) >= Date.parse(reply.at)) return c;
  return next(c, { customerReply: reply }, [], ctx);
}

/** The owner records that the customer's latest reply acknowledged the last message: nothing else to do. */
export function recordCustomerAcknowledged(c: Commitment, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const reply = c.customerReply;
  if (reply === undefined) return err(blockedError('action', msg('domain.blocked.noReply')));
  if (c.cancelledAt !== undefined) return err(blockedError('action', msg('domain.blocked.cancelled')));
  return ok(next(c, {}, [{ kind: 'customer-acknowledged', reply: reply.at, from: reply.from }], ctx));
}

/** Ticks or unticks a step; ticking a ticked step (or an unknown one) changes nothing. */
export function setStepDone(c: Commitment, id: StepId, done: boolean, ctx: ActionContext): Commitment {
  if (actionBlocked(c, 'tick')) return c;
  const step = c.steps.find((s) => s.id === id);
  if (step === undefined || (step.doneAt !== undefined) === done) return c;
  const steps = c.steps.map((s) => {
    if (s.id !== id) return s;
    if (done) return { ...s, doneAt: ctx.now.toISOString() };
    const { doneAt: _doneAt, ...open } = s;
    return open;
  });
  return next(c, { steps }, [{ kind: 'step-done', stepId: id, done }], ctx);
}

export interface UpdateInput {
  readonly note: string;
  /** "Still on track for the promised date?" — no makes the commitment at risk until a later update says yes. */
  readonly onTrack: boolean;
}

/** Records a progress update sent to the customer (the note may be empty: the draft lists the steps). */
export function recordUpdate(
  c: Commitment,
  update: UpdateInput,
  ctx: ActionContext,
  sent: SentProof,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'update');
  if (blocked) return err(blockedError('action', blocked));
  const note = update.note.trim();
  const long = tooLong('note', note, LIMITS.note);
  if (long) return err([long]);
  return ok(
    next(c, acknowledgedAt(c, sentAt(sent, ctx)), [{ kind: 'update-sent', note, onTrack: update.onTrack, sent }], ctx),
  );
}

export interface ConcernInput {
  readonly risk: string;
  readonly recovery: string;
  readonly options: readonly string[];
  /** A new date offered to the customer; it becomes the promise only when they accept it (answerProposal). */
  readonly proposedDate?: IsoDate;
}

/** Options as they go to the customer: trimmed, blank ones dropped. */
export const concernOptions = (options: readonly string[]): string[] =>
  options.map((o) => o.trim()).filter((o) => o !== '');

/**
 * Validates a concern. The form asks what is at risk, the recovery action and the options — never
 * who is to blame. A proposed date must be today or later, not before the target, and not before
 * a step of the plan.
 */
export function validateConcern(c: Commitment, concern: ConcernInput, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  errors.push(...validateText('risk', concern.risk, LIMITS.note, msg('domain.validation.riskRequired')));
  errors.push(...validateText('recovery', concern.recovery, LIMITS.note, msg('domain.validation.recoveryRequired')));
  const options = concernOptions(concern.options);
  if (options.length > LIMITS.options)
    errors.push({
      field: 'options',
      message: msg('domain.validation.tooManyOptions', { max: LIMITS.options, count: options.length }),
    });
  concern.options.forEach((option, index) => {
    const long = tooLong(`options.${index}`, option.trim(), LIMITS.stepText);
    if (long) errors.push(long);
  });
  const proposed = concern.proposedDate?.trim();
  if (proposed !== undefined && proposed !== '') {
    // The guard narrows `string` to never on its false branch (IsoDate is a string), hence the plain boolean.
    const validDate: boolean = isValidIsoDate(proposed);
    if (!validDate)
      errors.push({
        field: 'proposedDate',
        message: msg('domain.validation.dateInvalid', { value: proposed.slice(0, 60) }),
      });
    else if (proposed < today) errors.push({ field: 'proposedDate', message: msg('domain.validation.proposedInPast') });
    else if (proposed < c.targetDate)
      errors.push({ field: 'proposedDate', message: msg('domain.validation.proposedBeforeTarget') });
    else if (c.steps.some((s) => s.doneAt === undefined && s.dueDate !== undefined && s.dueDate > proposed))
      errors.push({ field: 'proposedDate', message: msg('domain.validation.stepAfterProposed') });
  }
  return errors;
}

/**
 * Records the concern as sent. It stays open — the commitment at risk — until it is closed or the
 * customer accepts the date it proposes. A proposed date is only proposed: the promise in force
 * does not move until the customer's answer is recorded (answerProposal).
 */
export function raiseConcern(
  c: Commitment,
  concern: ConcernInput,
  settings: TeamSettings,
  ctx: ActionContext,
  sent: SentProof,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'concern');
  if (blocked) return err(blockedError('action', blocked));
  const errors = validateConcern(c, concern, teamToday(settings, ctx.now));
  if (errors.length > 0) return err(errors);

  const proposed = concern.proposedDate?.trim() || undefined;
  const body: EntryBody = {
    kind: 'concern-raised',
    risk: concern.risk.trim(),
    recovery: concern.recovery.trim(),
    options: concernOptions(concern.options),
    ...(proposed !== undefined && proposed !== c.promisedDate ? { proposedDate: proposed } : {}),
    sent,
  };
  return ok(next(c, acknowledgedAt(c, sentAt(sent, ctx)), [body], ctx));
}

/** What the customer answered to the proposed date: accepted it, or kept the old date (with the recovery plan). */
export type ProposalAnswerInput =
  { readonly answer: 'accepted' } | { readonly answer: 'kept-old-date'; readonly recovery: string };

/**
 * Records the customer's answer to the date proposed in the open concern. Accepted: the proposed
 * date becomes the promise (a renegotiation from → to, with the concern's recovery action) and the
 * concern is resolved. Kept the old date: the promise stands and the owner's recovery plan is
 * recorded; the concern stays open until it is closed. A later issue records the same answers from
 * the customer's replies: this is the one place they take effect.
 */
export function answerProposal(
  c: Commitment,
  input: ProposalAnswerInput,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'answer-proposal');
  if (blocked) return err(blockedError('action', blocked));
  const proposal = concernState(c).proposal;
  if (proposal === undefined) return err(blockedError('action', msg('domain.blocked.noProposal')));
  if (input.answer === 'kept-old-date') {
    const recovery = input.recovery.trim();
    const errors = validateText('recovery', recovery, LIMITS.note, msg('domain.validation.keptDateRecoveryRequired'));
    if (errors.length > 0) return err(errors);
    return ok(
      next(c, {}, [{ kind: 'proposal-answered', answer: 'kept-old-date', date: proposal.date, recovery }], ctx),
    );
  }
  const concern = [...c.history].reverse().find((h) => h.kind === 'concern-raised');
  const recovery = concern?.kind === 'concern-raised' ? concern.recovery : '';
  return ok(
    next(
      c,
      { promisedDate: proposal.date },
      [
        { kind: 'proposal-answered', answer: 'accepted', date: proposal.date },
        { kind: 'renegotiated', from: c.promisedDate, to: proposal.date, recovery },
      ],
      ctx,
    ),
  );
}

/** Closes the open concern: the risk is resolved (a date still proposed is withdrawn with it). */
export function closeConcern(c: Commitment, note: string, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'close-concern');
  if (blocked) return err(blockedError('action', blocked));
  const text = note.trim();
  const long = tooLong('note', text, LIMITS.note);
  if (long) return err([long]);
  return ok(next(c, {}, [{ kind: 'concern-closed', note: text }], ctx));
}

/** Flags the commitment at risk by hand (the UI checks the note's length with `validateText`). */
export function flagAtRisk(c: Commitment, note: string, ctx: ActionContext): Commitment {
  if (actionBlocked(c, 'flag')) return c;
  const text = note.trim();
  return next(
    c,
    { flaggedAtRisk: { note: text, at: ctx.now.toISOString() } },
    [{ kind: 'flagged-at-risk', note: text }],
    ctx,
  );
}

export function clearRiskFlag(c: Commitment, ctx: ActionContext): Commitment {
  if (c.flaggedAtRisk === undefined) return c;
  return next(without(c, 'flaggedAtRisk'), {}, [{ kind: 'risk-cleared' }], ctx);
}

/**
 * Records the delivery. `sent` says how Kept knows the delivery note went to the customer; without
 * it the delivery is recorded with no message (a promise ticked off in the meeting checklist).
 */
export function deliver(
  c: Commitment,
  note: string,
  ctx: ActionContext,
  sent?: SentProof,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'deliver');
  if (blocked) return err(blockedError('action', blocked));
  const text = note.trim();
  const long = tooLong('note', text, LIMITS.note);
  if (long) return err([long]);
  const at = sentAt(sent, ctx);
  return ok(
    next(
      c,
      { ...acknowledgedAt(c, at), deliveredAt: at },
      [{ kind: 'delivered', note: text, ...(sent !== undefined ? { sent } : {}) }],
      ctx,
    ),
  );
}

/** Records that the checker was asked (a message, recorded once sent) to check the result against the criteria. */
export function requestSignOff(c: Commitment, ctx: ActionContext, sent: SentProof): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'sign-off');
  if (blocked || c.checker === undefined)
    return err(blockedError('action', blocked ?? msg('domain.blocked.noChecker')));
  return ok(next(c, {}, [{ kind: 'sign-off-requested', checker: c.checker, sent }], ctx));
}

/** The checker confirmed the delivery meets the acceptance criteria: who and when. */
export function recordSignOff(c: Commitment, note: string, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'sign-off');
  if (blocked || c.checker === undefined)
    return err(blockedError('action', blocked ?? msg('domain.blocked.noChecker')));
  const text = note.trim();
  const long = tooLong('note', text, LIMITS.note);
  if (long) return err([long]);
  return ok(
    next(
      c,
      { signedOff: { by: c.checker, at: ctx.now.toISOString() } },
      [{ kind: 'signed-off', checker: c.checker, note: text }],
      ctx,
    ),
  );
}

/** The customer's answer to "How did we do?"; a later answer replaces the earlier one, history keeps both. */
export function recordFeedback(
  c: Commitment,
  feedback: { readonly rating: FeedbackRating; readonly comment: string },
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'feedback');
  if (blocked) return err(blockedError('action', blocked));
  const errors: FieldError[] = [];
  const rating: number = feedback.rating;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    errors.push({ field: 'rating', message: msg('domain.validation.ratingRange') });
  const comment = feedback.comment.trim();
  const long = tooLong('comment', comment, LIMITS.note);
  if (long) errors.push(long);
  if (errors.length > 0) return err(errors);
  return ok(
    next(
      c,
      { feedback: { rating: feedback.rating, comment, at: ctx.now.toISOString() } },
      [{ kind: 'feedback', rating: feedback.rating, comment }],
      ctx,
    ),
  );
}

export function cancel(
  c: Commitment,
  cancellation: { readonly reason: string; readonly customerAgreed: boolean },
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'cancel');
  if (blocked) return err(blockedError('action', blocked));
  const reason = cancellation.reason.trim();
  const errors = validateText('reason', reason, LIMITS.note, msg('domain.validation.reasonRequired'));
  if (errors.length > 0) return err(errors);
  return ok(
    next(
      c,
      { cancelledAt: ctx.now.toISOString() },
      [{ kind: 'cancelled', reason, customerAgreed: cancellation.customerAgreed }],
      ctx,
    ),
  );
}

/**
 * Delivered and cancelled are closed states; reopening is the one deliberate way back, with the
 * reason in the history. A reopened delivery must be delivered (and signed off) again.
 */
export function reopen(c: Commitment, reason: string, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'reopen');
  if (blocked) return err(blockedError('action', blocked));
  const text = reason.trim();
  const errors = validateText('reason', text, LIMITS.note, msg('domain.validation.reopenReasonRequired'));
  if (errors.length > 0) return err(errors);
  const was = c.cancelledAt !== undefined ? 'cancelled' : 'delivered';
  const base = without(without(without(c, 'cancelledAt'), 'deliveredAt'), 'signedOff');
  return ok(next(base, {}, [{ kind: 'reopened', reason: text, was }], ctx));
}

/** Hands the commitment to another owner; the checker must stay a third person. */
export function reassign(
  c: Commitment,
  to: Person,
  note: string,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'reassign');
  if (blocked) return err(blockedError('action', blocked));
  const owner = { name: to.name.trim() || to.email.trim(), email: to.email.trim() };
  const errors = validatePerson('owner', owner);
  if (errors.length === 0 && sameEmail(owner.email, c.owner.email))
    errors.push({ field: 'owner.email', message: msg('domain.validation.sameOwner') });
  else if (errors.length === 0 && c.checker !== undefined && sameEmail(owner.email, c.checker.email))
    errors.push({ field: 'owner.email', message: msg('domain.validation.checkerIsOwner') });
  const text = note.trim();
  const long = tooLong('note', text, LIMITS.note);
  if (long) errors.push(long);
  if (errors.length > 0) return err(errors);
  return ok(next(c, { owner }, [{ kind: 'reassigned', from: c.owner, to: owner, note: text }], ctx));
}

export type ActionName =
  | 'share'
  | 'update'
  | 'concern'
  | 'answer-proposal'
  | 'close-concern'
  | 'deliver'
  | 'sign-off'
  | 'feedback'
  | 'cancel'
  | 'reopen'
  | 'reassign'
  | 'edit'
  | 'flag'
  | 'tick';

/**
 * Why an action is not allowed now, or null. Delivered and cancelled are closed states: a cancelled
 * commitment can only be reopened; a delivered one can still be signed off and rated, and reopened.
 */
export function actionBlocked(c: Commitment, action: ActionName): MessageRef | null {
  const closed = c.deliveredAt !== undefined || c.cancelledAt !== undefined;
  if (action === 'reopen') return closed ? null : msg('domain.blocked.notClosed');
  if (c.cancelledAt !== undefined) return msg('domain.blocked.cancelled');
  switch (action) {
    case 'feedback':
      return c.deliveredAt === undefined ? msg('domain.blocked.feedbackBeforeDelivery') : null;
    case 'sign-off':
      if (c.checker === undefined) return msg('domain.blocked.noChecker');
      return c.deliveredAt === undefined ? msg('domain.blocked.signOffBeforeDelivery') : null;
    case 'tick':
      if (c.deliveredAt !== undefined) return msg('domain.blocked.delivered');
      return c.steps.length === 0 ? msg('domain.blocked.noSteps') : null;
    case 'answer-proposal':
      if (c.deliveredAt !== undefined) return msg('domain.blocked.delivered');
      return concernState(c).proposal === undefined ? msg('domain.blocked.noProposal') : null;
    case 'close-concern':
      if (c.deliveredAt !== undefined) return msg('domain.blocked.delivered');
      return concernState(c).openConcern === undefined ? msg('domain.blocked.noOpenConcern') : null;
    case 'share':
    case 'update':
    case 'concern':
    case 'deliver':
    case 'cancel':
    case 'reassign':
    case 'edit':
    case 'flag':
      return c.deliveredAt !== undefined ? msg('domain.blocked.delivered') : null;
  }
}
