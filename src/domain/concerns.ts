import type { Commitment, Instant, IsoDate } from './types';

/**
 * What the history says is still unresolved. Read from the history (not stored beside it), so two
 * people's concurrent changes merge into one answer: the history is merged as a union.
 *
 * - Open concern: the last "concern raised" that was not resolved since. It is resolved when the
 *   customer accepts the date it proposed, when it is closed by hand, or when the commitment is
 *   delivered or cancelled. A later concern replaces an earlier one.
 * - Proposed date: the date the open concern offered, until the customer's answer is recorded
 *   (accepted: it becomes the promise; kept the old date: the old promise stands with a recovery
 *   plan, and the concern stays open until closed). A proposal of the date already promised is none.
 * - Off track: the last update told the customer "not on track", and since then no update said
 *   "on track", no new date was agreed, and no concern was closed.
 * The history is in time order (actions append; a merge sorts by `at`).
 */
export interface ConcernState {
  readonly openConcern?: { readonly risk: string; readonly at: Instant };
  readonly proposal?: { readonly date: IsoDate; readonly at: Instant };
  readonly offTrack?: { readonly at: Instant };
}

const NONE: ConcernState = {};

export function concernState(c: Commitment): ConcernState {
  let openConcern: ConcernState['openConcern'];
  let proposal: ConcernState['proposal'];
  let offTrack: ConcernState['offTrack'];
  // The promise in force when each concern was raised: a proposal of that same date proposes nothing.
  let promised = firstPromise(c);
  for (const entry of c.history) {
    switch (entry.kind) {
      case 'concern-raised':
        openConcern = { risk: entry.risk, at: entry.at };
        proposal =
          entry.proposedDate !== undefined && entry.proposedDate !== promised
            ? { date: entry.proposedDate, at: entry.at }
            : undefined;
        break;
      case 'proposal-answered':
        if (entry.answer === 'accepted') {
          openConcern = undefined;
          offTrack = undefined;
        }
        proposal = undefined;
        break;
      case 'renegotiated':
        promised = entry.to;
        offTrack = undefined;
        break;
      case 'concern-closed':
      case 'delivered':
      case 'cancelled':
        openConcern = undefined;
        proposal = undefined;
        offTrack = undefined;
        break;
      case 'update-sent':
        offTrack = entry.onTrack ? undefined : { at: entry.at };
        break;
      default:
        break;
    }
  }
  if (openConcern === undefined && proposal === undefined && offTrack === undefined) return NONE;
  return {
    ...(openConcern === undefined ? {} : { openConcern }),
    ...(proposal === undefined ? {} : { proposal }),
    ...(offTrack === undefined ? {} : { offTrack }),
  };
}

/** The promise made first: the `from` of the first renegotiation, or the promise in force when there was none. */
export function firstPromise(c: Commitment): IsoDate {
  for (const entry of c.history) if (entry.kind === 'renegotiated') return entry.from;
  return c.promisedDate;
}
