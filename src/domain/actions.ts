import { isValidIsoDate, localDate } from './calendar';
import { msg, type MessageRef } from './i18n';
import { commitmentId, historyId, stepId, type StepId, type TeamId } from './ids';
import { sameValue } from './merge';
import { err, ok, type Result } from './result';
import {
  LIMITS,
  normalizeCommitmentInput,
  tooLong,
  validateCommitmentInput,
  validateText,
  type CommitmentInput,
  type FieldError,
} from './validation';
import type {
  PlanChange,
  Commitment,
  CommitmentSource,
  FeedbackRating,
  HistoryEntry,
  Instant,
  IsoDate,
  Person,
  PlanStep,
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
  return { ...body, id: historyId(ctx.newId()), at: ctx.now.toISOString(), by: ctx.by } as HistoryEntry;
}

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

const isOpen = (c: Commitment): boolean => c.deliveredAt === undefined && c.cancelledAt === undefined;

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
    updateCadenceDays: c.updateCadenceDays,
    ...(c.messageLanguage !== undefined ? { messageLanguage: c.messageLanguage } : {}),
  };
}

/**
 * Edits plan, dates, people; a promised-date change after the plan was shared is recorded as a
 * renegotiation. Moving the promise later after sharing needs the recovery action (field
 * `recovery`): the customer sees a plan, not an excuse. Dates that did not change are not
 * checked against today, so an old commitment stays editable.
 */
export function editCommitment(
  c: Commitment,
  input: CommitmentInput,
  settings: TeamSettings,
  ctx: ActionContext,
  recovery?: string,
): Result<Commitment, FieldError[]> {
  const normalized = normalizeCommitmentInput(input);
  const errors = validateCommitmentInput(normalized, teamToday(settings, ctx.now), {
    previous: { targetDate: c.targetDate, promisedDate: c.promisedDate },
  });
  const recoveryText = recovery?.trim() ?? '';
  const shared = c.history.some((h) => h.kind === 'plan-shared');
  const moved = normalized.promisedDate !== c.promisedDate;
  if (moved && shared && normalized.promisedDate > c.promisedDate && recoveryText === '')
    errors.push({ field: 'recovery', message: msg('domain.validation.renegotiationRecoveryRequired') });
  const recoveryLong = tooLong('recovery', recoveryText, LIMITS.note);
  if (recoveryLong) errors.push(recoveryLong);
  if (errors.length > 0) return err(errors);

  const base = normalized.checker === undefined ? without(c, 'checker') : c;
  const changes: Partial<Commitment> = {
    title: normalized.title,
    customer: normalized.customer,
    owner: normalized.owner,
    ...(normalized.checker !== undefined ? { checker: normalized.checker } : {}),
    steps: buildSteps(normalized, c.steps, ctx),
    acceptanceCriteria: normalized.acceptanceCriteria,
    targetDate: normalized.targetDate,
    promisedDate: normalized.promisedDate,
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
      ? [{ kind: 'renegotiated' as const, from: c.promisedDate, to: normalized.promisedDate, recovery: recoveryText }]
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
    ['cadence', before.updateCadenceDays !== after.updateCadenceDays],
    ['language', before.messageLanguage !== after.messageLanguage],
  ];
  return checks.filter(([, changed]) => changed).map(([change]) => change);
}

/** Any message to the customer acknowledges the request; the first one sets acknowledgedAt. */
const acknowledgedNow = (c: Commitment, ctx: ActionContext): Partial<Commitment> =>
  c.acknowledgedAt === undefined ? { acknowledgedAt: ctx.now.toISOString() } : {};

/** First share sets acknowledgedAt. */
export function sharePlan(c: Commitment, ctx: ActionContext): Commitment {
  if (actionBlocked(c, 'share')) return c;
  return next(c, acknowledgedNow(c, ctx), [{ kind: 'plan-shared' }], ctx);
}

/** Acknowledges the request without sharing a plan yet; a second acknowledgement changes nothing. */
export function acknowledge(c: Commitment, ctx: ActionContext): Commitment {
  if (c.acknowledgedAt !== undefined || c.cancelledAt !== undefined) return c;
  return next(c, acknowledgedNow(c, ctx), [{ kind: 'acknowledged' }], ctx);
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
  readonly onTrack: boolean;
}

/** Records a progress update sent to the customer (the note may be empty: the draft lists the steps). */
export function recordUpdate(c: Commitment, update: UpdateInput, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'update');
  if (blocked) return err(blockedError('action', blocked));
  const note = update.note.trim();
  const long = tooLong('note', note, LIMITS.note);
  if (long) return err([long]);
  return ok(next(c, acknowledgedNow(c, ctx), [{ kind: 'update-sent', note, onTrack: update.onTrack }], ctx));
}

export interface ConcernInput {
  readonly risk: string;
  readonly recovery: string;
  readonly options: readonly string[];
  /** A new promised date; recorded as a renegotiation from the old one. */
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

/** Records the concern; a proposed date different from the promise becomes a renegotiation (from → to, with the recovery). */
export function raiseConcern(
  c: Commitment,
  concern: ConcernInput,
  settings: TeamSettings,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'concern');
  if (blocked) return err(blockedError('action', blocked));
  const errors = validateConcern(c, concern, teamToday(settings, ctx.now));
  if (errors.length > 0) return err(errors);

  const risk = concern.risk.trim();
  const recovery = concern.recovery.trim();
  const options = concernOptions(concern.options);
  const proposed = concern.proposedDate?.trim() || undefined;
  const entries: EntryBody[] = [
    { kind: 'concern-raised', risk, recovery, options, ...(proposed !== undefined ? { proposedDate: proposed } : {}) },
  ];
  const changes: Partial<Commitment> = acknowledgedNow(c, ctx);
  if (proposed !== undefined && proposed !== c.promisedDate) {
    entries.push({ kind: 'renegotiated', from: c.promisedDate, to: proposed, recovery });
    return ok(next(c, { ...changes, promisedDate: proposed }, entries, ctx));
  }
  return ok(next(c, changes, entries, ctx));
}

/** Flags the commitment at risk by hand (the UI checks the note's length with `validateText`). */
export function flagAtRisk(c: Commitment, note: string, ctx: ActionContext): Commitment {
  if (!isOpen(c)) return c;
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

export function deliver(c: Commitment, note: string, ctx: ActionContext): Result<Commitment, FieldError[]> {
  const blocked = actionBlocked(c, 'deliver');
  if (blocked) return err(blockedError('action', blocked));
  const text = note.trim();
  const long = tooLong('note', text, LIMITS.note);
  if (long) return err([long]);
  return ok(
    next(
      c,
      { ...acknowledgedNow(c, ctx), deliveredAt: ctx.now.toISOString() },
      [{ kind: 'delivered', note: text }],
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

/** Why an action is not allowed now (e.g. deliver on a cancelled commitment), or null. */
export function actionBlocked(
  c: Commitment,
  action: 'share' | 'update' | 'concern' | 'deliver' | 'feedback' | 'cancel' | 'tick',
): MessageRef | null {
  if (c.cancelledAt !== undefined) return msg('domain.blocked.cancelled');
  switch (action) {
    case 'feedback':
      return c.deliveredAt === undefined ? msg('domain.blocked.feedbackBeforeDelivery') : null;
    case 'tick':
      // Ticking stays possible after delivery: the record of which steps were finished can be tidied up.
      return c.steps.length === 0 ? msg('domain.blocked.noSteps') : null;
    case 'share':
    case 'update':
    case 'concern':
    case 'deliver':
    case 'cancel':
      return c.deliveredAt !== undefined ? msg('domain.blocked.delivered') : null;
  }
}
