import {
  endOfBusinessDayAfter,
  addBusinessHours,
  businessDaysBetween,
  endOfBusinessDay,
  isValidIsoDate,
  isWorkDay,
  localDate,
} from './calendar';
import type { MessageRef } from './i18n';
import { msg } from './i18n';
import type { StepId } from './ids';
import { instantMs } from './instant';
import { concernState, type ConcernState } from './concerns';
import { customerReplyWaiting } from './replyRules';
import type { Commitment, CommitmentHead, HistoryEntry, Instant, IsoDate, TeamSettings, WorkCalendar } from './types';

export type StatusKind =
  'awaiting-acknowledgement' | 'on-track' | 'update-due' | 'at-risk' | 'overdue' | 'delivered' | 'cancelled';

export type RiskReason =
  | { readonly kind: 'target-after-promised'; readonly targetDate: IsoDate; readonly promisedDate: IsoDate }
  | { readonly kind: 'step-overdue'; readonly stepId: StepId; readonly stepText: string; readonly dueDate: IsoDate }
  | {
      readonly kind: 'not-enough-time';
      readonly openSteps: number;
      readonly businessDaysNeeded: number;
      readonly businessDaysLeft: number;
    }
  | { readonly kind: 'flagged'; readonly note: string }
  /** A concern was raised and not resolved (closed, or its new date accepted by the customer). */
  | {
      readonly kind: 'concern-open';
      readonly risk: string;
      readonly raisedAt: Instant;
      readonly proposedDate?: IsoDate;
    }
  /** The last update told the customer it is not on track. */
  | { readonly kind: 'off-track-update'; readonly sentAt: Instant; readonly promisedDate: IsoDate }
  /** The promise is later than the date the requester said they need it by. */
  | { readonly kind: 'after-needed-by'; readonly neededBy: IsoDate; readonly promisedDate: IsoDate };

/** early: delivered before the promised date; on-time: on it; late: after it. */
export type DeliveryOutcome = 'early' | 'on-time' | 'late';

export interface CommitmentStatus {
  /** The one word to show; precedence cancelled > delivered > overdue > at-risk > update-due > awaiting-acknowledgement > on-track. */
  readonly kind: StatusKind;
  readonly awaitingAcknowledgement: boolean;
  /** The instant the team's acknowledgement standard runs out (when not yet acknowledged). */
  readonly acknowledgeBy?: Date;
  readonly acknowledgementBreached: boolean;
  /** When the next customer update is due (open commitments that were acknowledged). */
  readonly nextUpdateDue?: Date;
  readonly updateOverdue: boolean;
  /** How late the update is, in business days after the day it was due (0: due earlier today). */
  readonly updateLateBusinessDays?: number;
  /** At risk and not yet overdue (an overdue promise has its own status and lane). */
  readonly atRisk: boolean;
  /** What endangers the promise; for an overdue one, what still stands beside the broken date. */
  readonly riskReasons: readonly RiskReason[];
  /** Past the end of the promised date's business day and not delivered. */
  readonly overdue: boolean;
  /** How long the promise is broken, in business days after the promised date (0: it broke today). */
  readonly overdueBusinessDays?: number;
  /** A date offered to the customer in a concern, awaiting their answer (it is not the promise yet). */
  readonly proposedDate?: IsoDate;
  readonly delivery?: DeliveryOutcome;
  /** Open = neither delivered nor cancelled. */
  readonly open: boolean;
  /** The customer's latest reply is not answered yet (replyRules.ts); also after delivery, never once cancelled. */
  readonly customerReplyWaiting: boolean;
}

// The rules, in the product's words (each one is tested in status.test.ts):
// - Acknowledged: `acknowledgedAt`, or failing that the first customer contact in the history
//   (acknowledged, plan shared, update sent, concern raised): sharing the plan acknowledges too.
// - acknowledgeBy = requestedAt + settings.acknowledgeWithinHours business hours; breached when
//   `now` is past it and the commitment is open and still not acknowledged.
// - Customer contact = acknowledgement, plan shared, update sent, concern raised, a reply the owner
//   sent in the request's thread (seen in their mailbox). The next update
//   is due at the end of the business day `updateCadenceDays` business days after the local date
//   of the last contact (a cadence below 1 falls back to the team default, then to 5) — but never
//   after the end of the promised business day: the customer hears before the promise comes due.
// - At risk (open commitments only), every reason that applies: target after promised; an open
//   step whose due date's business day has ended; not enough time, counting ONE business day per
//   open step against the working days left from today through the promised date (today counts
//   while its business day has not ended); flagged by hand; an open concern (until it is closed
//   or the customer accepts its new date); a last update that said "not on track"; a promise later
//   than the date the requester needs it by.
// - Overdue: open and `now` past the end of the promised date's business day. It takes precedence
//   over at risk (atRisk is false); "not enough time" is then no reason any more (none is left).
// - Delivery outcome: the local date of deliveredAt against the (current) promised date.

/** Business days the "not enough time" rule reserves for each open step. */
export const BUSINESS_DAYS_PER_OPEN_STEP = 1;
const FALLBACK_CADENCE_DAYS = 5;

const CONTACT_KINDS: ReadonlySet<HistoryEntry['kind']> = new Set([
  'acknowledged',
  'plan-shared',
  'update-sent',
  'concern-raised',
  'replied',
]);

/** True for history entries that are a message to the customer (they reset the update clock). */
export function isCustomerContact(entry: HistoryEntry): boolean {
  return CONTACT_KINDS.has(entry.kind);
}

/**
 * A commitment's instants as epoch ms (undefined: absent or unreadable), read once where one
 * commitment is judged several ways: the metrics of a big team read each of them many times over.
 */
export interface CommitmentTimes {
  /** Of each history entry, by its index. */
  readonly history: readonly (number | undefined)[];
  readonly requested: number | undefined;
  /** `acknowledgedAt` as recorded (acknowledgedTime also counts the first customer contact). */
  readonly acknowledged: number | undefined;
  readonly delivered: number | undefined;
  readonly cancelled: number | undefined;
}

export function commitmentTimes(c: Commitment): CommitmentTimes {
  const history = new Array<number | undefined>(c.history.length);
  for (let i = 0; i < history.length; i += 1) history[i] = instantMs((c.history[i] as HistoryEntry).at);
  return {
    history,
    requested: instantMs(c.requestedAt),
    acknowledged: instantMs(c.acknowledgedAt),
    delivered: instantMs(c.deliveredAt),
    cancelled: instantMs(c.cancelledAt),
  };
}

/** First and last customer contact (acknowledgedAt included), read in one pass over the history. */
function contactTimes(c: Commitment, times?: CommitmentTimes): { first: number | undefined; last: number | undefined } {
  const explicit = times === undefined ? instantMs(c.acknowledgedAt) : times.acknowledged;
  let first: number | undefined;
  let last = explicit;
  c.history.forEach((entry, i) => {
    if (!isCustomerContact(entry)) return;
    const at = times === undefined ? instantMs(entry.at) : times.history[i];
    if (at === undefined) return;
    if (first === undefined || at < first) first = at;
    if (last === undefined || at > last) last = at;
  });
  return { first: explicit ?? first, last };
}

/** When the commitment was acknowledged: acknowledgedAt, else the first customer contact. */
export function acknowledgedTime(c: Commitment, times?: CommitmentTimes): number | undefined {
  return contactTimes(c, times).first;
}

/** The last customer contact (acknowledgement included), or undefined when there was none. */
export function lastContactTime(c: Commitment): number | undefined {
  return contactTimes(c).last;
}

/** The cadence that applies: the commitment's, else the team's, else 5 business days. */
export function cadenceDays(c: Commitment, settings: TeamSettings): number {
  const usable = (days: number) => Number.isFinite(days) && days >= 1;
  if (usable(c.updateCadenceDays)) return Math.round(c.updateCadenceDays);
  if (usable(settings.defaultCadenceDays)) return Math.round(settings.defaultCadenceDays);
  return FALLBACK_CADENCE_DAYS;
}

/**
 * When the update after a contact at `contactMs` is due: end of the business day, cadence business
 * days later, but not after `promiseEndMs` (the end of the promised business day) when the contact
 * came before it — no next update falls after the promise.
 */
export function updateDueAfter(cal: WorkCalendar, contactMs: number, cadence: number, promiseEndMs?: number): Date {
  return new Date(updateDueMs(cal, contactMs, cadence, promiseEndMs));
}

/** The same as epoch ms, for the metrics that ask it for every contact. */
export function updateDueMs(cal: WorkCalendar, contactMs: number, cadence: number, promiseEndMs?: number): number {
  const due = endOfBusinessDayAfter(cal, contactMs, cadence);
  return promiseEndMs !== undefined && contactMs < promiseEndMs && promiseEndMs < due ? promiseEndMs : due;
}

/** Delivery outcome of a delivery at `deliveredMs` against `promisedDate`. */
export function deliveryOutcome(cal: WorkCalendar, deliveredMs: number, promisedDate: IsoDate): DeliveryOutcome {
  const delivered = localDate(cal, new Date(deliveredMs));
  return delivered < promisedDate ? 'early' : delivered === promisedDate ? 'on-time' : 'late';
}

/** Working days left from today through `promisedDate`; today counts while its business day has not ended. */
export function businessDaysLeft(cal: WorkCalendar, promisedDate: IsoDate, now: Date): number {
  const day = localDate(cal, now);
  const todayCounts = isWorkDay(cal, day) && now.getTime() < endOfBusinessDay(cal, day).getTime();
  return Math.max(0, businessDaysBetween(cal, day, promisedDate) + (todayCounts ? 1 : 0));
}

/**
 * Every reason the promise is in danger, in the order they are shown; with `firstOnly`, the first
 * reason found and no more (all the status word needs to know).
 */
function riskReasonsOf(
  c: Commitment,
  cal: WorkCalendar,
  nowMs: number,
  now: Date,
  overdue: boolean,
  concerns: ConcernState,
  firstOnly = false,
): RiskReason[] {
  const reasons: RiskReason[] = [];
  /** Adds a reason; true when that is all the caller needs. */
  const found = (reason: RiskReason): boolean => {
    reasons.push(reason);
    return firstOnly;
  };
  const promisedValid = isValidIsoDate(c.promisedDate);
  if (promisedValid && isValidIsoDate(c.targetDate) && c.targetDate > c.promisedDate) {
    if (found({ kind: 'target-after-promised', targetDate: c.targetDate, promisedDate: c.promisedDate }))
      return reasons;
  }
  let openSteps = 0;
  for (const step of c.steps) {
    if (step.doneAt !== undefined) continue;
    openSteps += 1;
    if (step.dueDate !== undefined && isValidIsoDate(step.dueDate)) {
      if (nowMs > endOfBusinessDay(cal, step.dueDate).getTime()) {
        if (found({ kind: 'step-overdue', stepId: step.id, stepText: step.text, dueDate: step.dueDate }))
          return reasons;
      }
    }
  }
  // Once the promise has passed no time is left by definition: "overdue" says it, not this.
  if (openSteps > 0 && promisedValid && !overdue) {
    const needed = openSteps * BUSINESS_DAYS_PER_OPEN_STEP;
    const left = businessDaysLeft(cal, c.promisedDate, now);
    if (needed > left) {
      const reason: RiskReason = {
        kind: 'not-enough-time',
        openSteps,
        businessDaysNeeded: needed,
        businessDaysLeft: left,
      };
      if (found(reason)) return reasons;
    }
  }
  if (c.flaggedAtRisk !== undefined && found({ kind: 'flagged', note: c.flaggedAtRisk.note })) return reasons;
  if (concerns.openConcern !== undefined) {
    const reason: RiskReason = {
      kind: 'concern-open',
      risk: concerns.openConcern.risk,
      raisedAt: concerns.openConcern.at,
      ...(concerns.proposal !== undefined ? { proposedDate: concerns.proposal.date } : {}),
    };
    if (found(reason)) return reasons;
  }
  if (concerns.offTrack !== undefined) {
    if (found({ kind: 'off-track-update', sentAt: concerns.offTrack.at, promisedDate: c.promisedDate })) return reasons;
  }
  if (c.neededBy !== undefined && promisedValid && isValidIsoDate(c.neededBy) && c.promisedDate > c.neededBy) {
    found({ kind: 'after-needed-by', neededBy: c.neededBy, promisedDate: c.promisedDate });
  }
  return reasons;
}

/** The one word, by the precedence CommitmentStatus.kind documents, from the flags of an open commitment. */
function openKind(overdue: boolean, atRisk: boolean, updateOverdue: boolean, awaiting: boolean): StatusKind {
  if (overdue) return 'overdue';
  if (atRisk) return 'at-risk';
  if (updateOverdue) return 'update-due';
  return awaiting ? 'awaiting-acknowledgement' : 'on-track';
}

/**
 * A closed commitment's status depends on nothing but how it closed, so the few there are (kind,
 * delivery, reply waiting) are made once and shared, frozen: a team's overview holds one status per
 * commitment, and most of a team's commitments are long delivered.
 */
const closedStatuses = new Map<string, CommitmentStatus>();

function closedStatus(
  kind: 'cancelled' | 'delivered',
  delivery: DeliveryOutcome | undefined,
  replyWaiting: boolean,
): CommitmentStatus {
  const key = `${kind} ${delivery ?? ''} ${replyWaiting}`;
  let shared = closedStatuses.get(key);
  if (shared === undefined) {
    const closed: Mutable<CommitmentStatus> = {
      kind,
      awaitingAcknowledgement: false,
      acknowledgementBreached: false,
      updateOverdue: false,
      atRisk: false,
      riskReasons: Object.freeze([]),
      overdue: false,
      open: false,
      customerReplyWaiting: replyWaiting,
    };
    if (delivery !== undefined) closed.delivery = delivery;
    closedStatuses.set(key, (shared = Object.freeze(closed)));
  }
  return shared;
}

const closedKind = (c: CommitmentHead): 'cancelled' | 'delivered' =>
  c.cancelledAt !== undefined ? 'cancelled' : 'delivered';

/** The end of the promised date's business day, or undefined when the date cannot be read. */
export const promiseEndOf = (c: CommitmentHead, cal: WorkCalendar): number | undefined =>
  isValidIsoDate(c.promisedDate) ? endOfBusinessDay(cal, c.promisedDate).getTime() : undefined;

/**
 * Closed: delivered at an instant that can be read, or cancelled. A delivery time that cannot be read
 * leaves the commitment open, as every rule reads it.
 */
export const isClosed = (c: CommitmentHead, deliveredMs = instantMs(c.deliveredAt)): boolean =>
  deliveredMs !== undefined || c.cancelledAt !== undefined;

/**
 * The status of a closed commitment. It no longer changes with time, and of the history it reads only
 * whether a customer's reply waits (`replyWaiting`): a list can hold a closed commitment without its
 * history (listed.ts) and still show its status.
 */
export function closedStatusOf(
  c: CommitmentHead,
  cal: WorkCalendar,
  replyWaiting: boolean,
  deliveredMs = instantMs(c.deliveredAt),
): CommitmentStatus {
  const delivery =
    deliveredMs !== undefined && isValidIsoDate(c.promisedDate)
      ? deliveryOutcome(cal, deliveredMs, c.promisedDate)
      : undefined;
  return closedStatus(closedKind(c), delivery, replyWaiting);
}

/** `times`: the commitment's instants when the caller has read them already (metrics), else read here. */
export function statusAt(c: Commitment, settings: TeamSettings, now: Date, times?: CommitmentTimes): CommitmentStatus {
  const cal = settings.calendar;
  const nowMs = now.getTime();
  const deliveredMs = times === undefined ? instantMs(c.deliveredAt) : times.delivered;
  if (isClosed(c, deliveredMs)) return closedStatusOf(c, cal, customerReplyWaiting(c), deliveredMs);
  const contacts = contactTimes(c, times);
  const awaitingAcknowledgement = contacts.first === undefined;
  let acknowledgeBy: Date | undefined;
  let acknowledgementBreached = false;
  const requestedMs = times === undefined ? instantMs(c.requestedAt) : times.requested;
  if (awaitingAcknowledgement && requestedMs !== undefined) {
    const hours = Number.isFinite(settings.acknowledgeWithinHours) ? Math.max(0, settings.acknowledgeWithinHours) : 0;
    acknowledgeBy = addBusinessHours(cal, new Date(requestedMs), hours);
    acknowledgementBreached = nowMs > acknowledgeBy.getTime();
  }

  const promiseEndMs = promiseEndOf(c, cal);
  // Today's date only for the two "how late" counts (most commitments are neither late nor overdue).
  const today = () => localDate(cal, now);
  let nextUpdateDue: Date | undefined;
  if (contacts.last !== undefined)
    nextUpdateDue = updateDueAfter(cal, contacts.last, cadenceDays(c, settings), promiseEndMs);
  const updateOverdue = nextUpdateDue !== undefined && nowMs > nextUpdateDue.getTime();
  const updateLateBusinessDays =
    updateOverdue && nextUpdateDue !== undefined
      ? Math.max(0, businessDaysBetween(cal, localDate(cal, nextUpdateDue), today()))
      : undefined;

  const overdue = promiseEndMs !== undefined && nowMs > promiseEndMs;
  const concerns = concernState(c);
  const riskReasons = riskReasonsOf(c, cal, nowMs, now, overdue, concerns);
  const atRisk = !overdue && riskReasons.length > 0;

  const kind = openKind(overdue, atRisk, updateOverdue, awaitingAcknowledgement);

  // Optional fields are set only when they have a value (exactOptionalPropertyTypes), without the
  // spread objects that cost more than the rules themselves on a large team's overview.
  const status: Mutable<CommitmentStatus> = {
    kind,
    awaitingAcknowledgement,
    acknowledgementBreached,
    updateOverdue,
    atRisk,
    riskReasons,
    overdue,
    open: true,
    customerReplyWaiting: customerReplyWaiting(c),
  };
  if (acknowledgeBy !== undefined) status.acknowledgeBy = acknowledgeBy;
  if (nextUpdateDue !== undefined) status.nextUpdateDue = nextUpdateDue;
  if (updateLateBusinessDays !== undefined) status.updateLateBusinessDays = updateLateBusinessDays;
  if (overdue) status.overdueBusinessDays = Math.max(0, businessDaysBetween(cal, c.promisedDate, today()));
  if (concerns.proposal !== undefined) status.proposedDate = concerns.proposal.date;
  return status;
}

/**
 * The status word alone, as `statusAt(c, settings, now, times).kind` gives it, working out only what
 * decides it, in the order of precedence: an overdue promise needs nothing more, and one reason for
 * risk no other. The metrics count every commitment of their window by it.
 */
export function statusKindAt(c: Commitment, settings: TeamSettings, now: Date, times?: CommitmentTimes): StatusKind {
  const deliveredMs = times === undefined ? instantMs(c.deliveredAt) : times.delivered;
  if (isClosed(c, deliveredMs)) return closedKind(c);
  const cal = settings.calendar;
  const nowMs = now.getTime();
  const promiseEndMs = promiseEndOf(c, cal);
  if (promiseEndMs !== undefined && nowMs > promiseEndMs) return 'overdue';
  if (riskReasonsOf(c, cal, nowMs, now, false, concernState(c), true).length > 0) return 'at-risk';
  const contacts = contactTimes(c, times);
  const updateOverdue =
    contacts.last !== undefined && nowMs > updateDueMs(cal, contacts.last, cadenceDays(c, settings), promiseEndMs);
  return openKind(false, false, updateOverdue, contacts.first === undefined);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The status word, for badges and filters. */
export function statusLabel(kind: StatusKind): MessageRef {
  return msg(`rules.status.${kind}`);
}

/** One line a person reads next to a risk. */
export function riskReasonMessage(reason: RiskReason): MessageRef {
  switch (reason.kind) {
    case 'target-after-promised':
      return msg('rules.risk.target-after-promised', {
        targetDate: reason.targetDate,
        promisedDate: reason.promisedDate,
      });
    case 'step-overdue':
      return msg('rules.risk.step-overdue', { stepText: reason.stepText, dueDate: reason.dueDate });
    case 'not-enough-time':
      return msg('rules.risk.not-enough-time', {
        openSteps: reason.openSteps,
        businessDaysNeeded: reason.businessDaysNeeded,
        businessDaysLeft: reason.businessDaysLeft,
      });
    case 'flagged':
      return reason.note.trim() === ''
        ? msg('rules.risk.flagged-no-note')
        : msg('rules.risk.flagged', { note: reason.note });
    case 'concern-open':
      return reason.proposedDate !== undefined
        ? msg('rules.risk.concern-open-proposed', { risk: reason.risk, proposedDate: reason.proposedDate })
        : msg('rules.risk.concern-open', { risk: reason.risk });
    case 'off-track-update':
      return msg('rules.risk.off-track-update', { promisedDate: reason.promisedDate });
    case 'after-needed-by':
      return msg('rules.risk.after-needed-by', { neededBy: reason.neededBy, promisedDate: reason.promisedDate });
  }
}

/**
 * Why the commitment has its status, as every surface shows it: a heading that names the status
 * ("Why it is overdue", not "Why it is at risk" for a broken promise) and its lines, the main
 * reason first. Empty lines for a status that needs no explaining (on track, delivered, cancelled).
 */
export interface StatusReasons {
  readonly heading: MessageRef;
  readonly lines: readonly MessageRef[];
}

export function statusReasons(c: Commitment, status: CommitmentStatus, settings: TeamSettings): StatusReasons {
  const lines: MessageRef[] = [];
  if (status.overdue) {
    lines.push(msg('rules.reason.overdue', { promisedDate: c.promisedDate, days: status.overdueBusinessDays ?? 0 }));
  }
  for (const reason of status.riskReasons) lines.push(riskReasonMessage(reason));
  if (status.updateOverdue && status.nextUpdateDue !== undefined) {
    lines.push(
      msg('rules.reason.update-late', {
        dueDate: localDate(settings.calendar, status.nextUpdateDue),
        days: status.updateLateBusinessDays ?? 0,
      }),
    );
  }
  if (status.acknowledgementBreached) {
    lines.push(msg('rules.statusHint.awaiting-acknowledgement-breached', { hours: settings.acknowledgeWithinHours }));
  }
  const heading =
    status.kind === 'overdue' || status.kind === 'at-risk' || status.kind === 'update-due'
      ? msg(`rules.reasons.${status.kind}`)
      : msg('rules.reasons.other');
  return { heading, lines };
}

/** One line saying why the commitment has its status. */
export function statusExplanation(c: Commitment, status: CommitmentStatus, settings: TeamSettings): MessageRef {
  switch (status.kind) {
    case 'awaiting-acknowledgement':
      return status.acknowledgementBreached
        ? msg('rules.statusHint.awaiting-acknowledgement-breached', { hours: settings.acknowledgeWithinHours })
        : msg('rules.statusHint.awaiting-acknowledgement');
    case 'overdue':
    case 'at-risk':
    case 'update-due':
      return statusReasons(c, status, settings).lines[0] ?? msg(`rules.statusHint.${status.kind}`);
    case 'delivered':
      return status.delivery !== undefined
        ? msg(`rules.delivery.${status.delivery}`)
        : msg('rules.statusHint.delivered');
    default:
      return msg(`rules.statusHint.${status.kind}`);
  }
}
