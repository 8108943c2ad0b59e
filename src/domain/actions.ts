import type { MessageRef } from './i18n';
import type { Result } from './result';
import type { CommitmentInput, FieldError } from './validation';
import type {
  Commitment,
  CommitmentSource,
  FeedbackRating,
  Instant,
  IsoDate,
  Person,
  TeamSettings,
} from './types';
import type { StepId, TeamId } from './ids';

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

/** A new commitment at version 0 (the store assigns version 1), with a `created` history entry. */
export function createCommitment(
  request: NewCommitmentRequest,
  settings: TeamSettings,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

/** Edits plan, dates, people; a promised-date change after the plan was shared is recorded as a renegotiation. */
export function editCommitment(
  c: Commitment,
  input: CommitmentInput,
  settings: TeamSettings,
  ctx: ActionContext,
  recovery?: string,
): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

/** First share sets acknowledgedAt. */
export function sharePlan(c: Commitment, ctx: ActionContext): Commitment {
  throw new Error('TODO: implement');
}

export function acknowledge(c: Commitment, ctx: ActionContext): Commitment {
  throw new Error('TODO: implement');
}

export function setStepDone(c: Commitment, stepId: StepId, done: boolean, ctx: ActionContext): Commitment {
  throw new Error('TODO: implement');
}

export interface UpdateInput {
  readonly note: string;
  readonly onTrack: boolean;
}

export function recordUpdate(c: Commitment, update: UpdateInput, ctx: ActionContext): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

export interface ConcernInput {
  readonly risk: string;
  readonly recovery: string;
  readonly options: readonly string[];
  /** A new promised date; recorded as a renegotiation from the old one. */
  readonly proposedDate?: IsoDate;
}

export function raiseConcern(
  c: Commitment,
  concern: ConcernInput,
  settings: TeamSettings,
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

export function flagAtRisk(c: Commitment, note: string, ctx: ActionContext): Commitment {
  throw new Error('TODO: implement');
}

export function clearRiskFlag(c: Commitment, ctx: ActionContext): Commitment {
  throw new Error('TODO: implement');
}

export function deliver(c: Commitment, note: string, ctx: ActionContext): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

export function recordFeedback(
  c: Commitment,
  feedback: { readonly rating: FeedbackRating; readonly comment: string },
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

export function cancel(
  c: Commitment,
  cancellation: { readonly reason: string; readonly customerAgreed: boolean },
  ctx: ActionContext,
): Result<Commitment, FieldError[]> {
  throw new Error('TODO: implement');
}

/** Why an action is not allowed now (e.g. deliver on a cancelled commitment), or null. */
export function actionBlocked(
  c: Commitment,
  action: 'share' | 'update' | 'concern' | 'deliver' | 'feedback' | 'cancel' | 'tick',
): MessageRef | null {
  throw new Error('TODO: implement');
}
