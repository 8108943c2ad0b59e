import type { UiLocale } from './i18n/locales';
import type { CommitmentId, HistoryId, StepId, TeamId } from './ids';

/**
 * A calendar date with no time, `YYYY-MM-DD`, read in the team's business time zone.
 * Target and promised dates are dates: "by Friday" means by the end of Friday's business day.
 */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC (`2026-11-25T09:30:00.000Z`). */
export type Instant = string;

export interface Person {
  readonly name: string;
  readonly email: string;
}

/** Where the request came from; the keys are what every surface uses to find the commitment again. */
export type CommitmentSource =
  | {
      readonly kind: 'email';
      readonly internetMessageId: string;
      readonly conversationId: string;
      /**
       * Outlook's id of the message: its immutable Graph id when `mailbox` is set (it survives the
       * user filing the email); on commitments stored before, the REST id Office.js gave, which
       * changes when the email is moved and is converted the first time it is used.
       */
      readonly itemId?: string;
      /** Whose mailbox `itemId` is in (the address of the user who recorded it); set with an immutable id. */
      readonly mailbox?: string;
      /** Outlook on the web link to the message. */
      readonly webLink?: string;
      readonly subject: string;
      readonly receivedAt: Instant;
    }
  | {
      readonly kind: 'meeting';
      /** Shared by every attendee's copy of the meeting. */
      readonly iCalUId?: string;
      /** The Teams join URL; the Teams meeting surfaces know the meeting by this. */
      readonly joinUrl?: string;
      readonly subject: string;
      readonly start: Instant;
      readonly end: Instant;
      readonly webLink?: string;
    }
  | { readonly kind: 'manual' };

export interface PlanStep {
  readonly id: StepId;
  readonly text: string;
  readonly dueDate?: IsoDate;
  readonly owner?: Person;
  readonly doneAt?: Instant;
}

export type FeedbackRating = 1 | 2 | 3 | 4 | 5;

export interface Feedback {
  readonly rating: FeedbackRating;
  readonly comment: string;
  readonly at: Instant;
}

interface HistoryBase {
  readonly id: HistoryId;
  readonly at: Instant;
  readonly by: Person;
}

/**
 * How Kept knows a message went out ("recorded when sent"): the host saw it in the mailbox's Sent
 * Items (`at` is when it was sent), or the user answered "Sent?" with yes where the host cannot tell.
 * A draft that merely opened is never recorded.
 */
export type SentProof = { readonly via: 'sent-items'; readonly at: Instant } | { readonly via: 'user' };

/** What the customer answered to a date proposed in a concern. */
export type ProposalAnswer = 'accepted' | 'kept-old-date';

/**
 * The latest message in the request's thread from someone other than the owner, as the owner's
 * pane last read it from their mailbox. Kept keeps it on the commitment because teammates cannot
 * read the owner's mailbox: the overview shows every teammate whose customer is waiting for an answer.
 */
export interface CustomerReply {
  /** When it arrived (the message's receivedDateTime). */
  readonly at: Instant;
  readonly from: Person;
  /** What it says, as plain text (whitespace collapsed, at most LIMITS.replyExcerpt characters); never markup. */
  readonly excerpt: string;
}

/**
 * Append-mostly log, in time order (actions append; a merge sorts by `at`); renegotiations stay
 * visible forever ("don't make excuses"). The open concern, a date still proposed and a "not on
 * track" update are read from it (src/domain/concerns.ts), so concurrent edits merge into one truth.
 */
export type HistoryEntry = HistoryBase &
  (
    | { readonly kind: 'created' }
    | { readonly kind: 'acknowledged' }
    | { readonly kind: 'plan-shared'; readonly sent?: SentProof }
    | { readonly kind: 'step-done'; readonly stepId: StepId; readonly done: boolean }
    | { readonly kind: 'update-sent'; readonly note: string; readonly onTrack: boolean; readonly sent?: SentProof }
    /**
     * The owner replied to the customer in the request's thread without a draft of Kept's (seen in
     * their mailbox, dated when it was sent). A message to the customer, so it counts as an update;
     * it says nothing about being on track, so it changes no risk.
     */
    | { readonly kind: 'replied'; readonly sent: SentProof }
    /** The owner recorded that the customer's reply acknowledged the last message (nothing else to do). */
    | { readonly kind: 'customer-acknowledged'; readonly reply: Instant; readonly from: Person }
    | {
        readonly kind: 'concern-raised';
        readonly risk: string;
        readonly recovery: string;
        readonly options: readonly string[];
        /** Offered to the customer; it becomes the promise only when they accept it. */
        readonly proposedDate?: IsoDate;
        readonly sent?: SentProof;
      }
    | {
        readonly kind: 'proposal-answered';
        readonly answer: ProposalAnswer;
        /** The date that was proposed. */
        readonly date: IsoDate;
        /** Kept the old date: what the owner does to keep it after all. */
        readonly recovery?: string;
        /** Recorded from the customer's reply that arrived at this instant. */
        readonly reply?: Instant;
      }
    | { readonly kind: 'concern-closed'; readonly note: string }
    | { readonly kind: 'renegotiated'; readonly from: IsoDate; readonly to: IsoDate; readonly recovery: string }
    | { readonly kind: 'plan-edited'; readonly changes: readonly PlanChange[] }
    | { readonly kind: 'flagged-at-risk'; readonly note: string }
    | { readonly kind: 'risk-cleared' }
    | { readonly kind: 'delivered'; readonly note: string; readonly sent?: SentProof }
    | { readonly kind: 'sign-off-requested'; readonly checker: Person; readonly sent?: SentProof }
    | { readonly kind: 'signed-off'; readonly checker: Person; readonly note: string }
    | {
        readonly kind: 'feedback';
        readonly rating: FeedbackRating;
        readonly comment: string;
        /** Recorded from the customer's reply that arrived at this instant. */
        readonly reply?: Instant;
      }
    | { readonly kind: 'cancelled'; readonly reason: string; readonly customerAgreed: boolean }
    | { readonly kind: 'reopened'; readonly reason: string; readonly was: 'delivered' | 'cancelled' }
    | { readonly kind: 'reassigned'; readonly from: Person; readonly to: Person; readonly note: string }
  );

export type HistoryKind = HistoryEntry['kind'];

/** What an edit of the plan changed, for its history line (a promised-date move is a renegotiation). */
export type PlanChange =
  | 'title'
  | 'customer'
  | 'owner'
  | 'checker'
  | 'steps'
  | 'criteria'
  | 'target'
  | 'promised'
  | 'neededBy'
  | 'cadence'
  | 'language';

export interface Commitment {
  readonly id: CommitmentId;
  /** Optimistic concurrency: an update must name the version it was based on. */
  readonly version: number;
  readonly teamId: TeamId;
  readonly title: string;
  readonly customer: Person;
  readonly owner: Person;
  /** A third person who verifies the result against the acceptance criteria. */
  readonly checker?: Person;
  readonly source: CommitmentSource;
  readonly requestedAt: Instant;
  readonly acknowledgedAt?: Instant;
  readonly steps: readonly PlanStep[];
  /** "Done means…" */
  readonly acceptanceCriteria: string;
  /** Internal target date. */
  readonly targetDate: IsoDate;
  /** Date told to the customer: the promise in force (a date proposed in a concern is not, until accepted). */
  readonly promisedDate: IsoDate;
  /** The requester's own date ("Finance closes the books on the 5th"); a promise after it is flagged. */
  readonly neededBy?: IsoDate;
  readonly updateCadenceDays: number;
  /**
   * The language drafts to the customer are written in (share plan, update, concern, delivery…),
   * whatever language the sender's pane is in. Absent: the sender's own language.
   */
  readonly messageLanguage?: UiLocale;
  /** Set by hand with "flag at risk"; cleared by hand. */
  readonly flaggedAtRisk?: { readonly note: string; readonly at: Instant };
  readonly deliveredAt?: Instant;
  /** The checker confirmed the delivery meets the acceptance criteria: who and when. */
  readonly signedOff?: { readonly by: Person; readonly at: Instant };
  readonly cancelledAt?: Instant;
  readonly feedback?: Feedback;
  /** The customer's latest reply in the request's thread, as the owner's pane last read it. */
  readonly customerReply?: CustomerReply;
  readonly history: readonly HistoryEntry[];
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/**
 * What a list of commitments shows, filters and sorts on: a commitment without its plan, its
 * acceptance criteria, its history and the customer's last reply. A long list holds its closed
 * commitments as this (listed.ts).
 */
export type CommitmentHead = Omit<Commitment, 'steps' | 'acceptanceCriteria' | 'history' | 'customerReply'>;

/** Sunday = 0 … Saturday = 6, as `Date.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WorkCalendar {
  /** IANA zone, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  readonly workDays: readonly Weekday[];
  /** Minutes after local midnight the business day starts (540 = 09:00). */
  readonly dayStartMinute: number;
  /** Minutes after local midnight the business day ends (1020 = 17:00). */
  readonly dayEndMinute: number;
}

/** The team's service standards. */
export interface TeamSettings {
  readonly teamId: TeamId;
  readonly teamName: string;
  readonly version: number;
  /** Acknowledge a request within N business hours. */
  readonly acknowledgeWithinHours: number;
  /** Default update cadence in business days. */
  readonly defaultCadenceDays: number;
  /** Default buffer between target and promised date, in business days, used until there is history. */
  readonly defaultBufferDays: number;
  readonly calendar: WorkCalendar;
  /** Where the owner is reminded of the next update and the promise (Graph mode; the demo shows it too). */
  readonly followUpReminders: FollowUpReminders;
}

/**
 * One setting, three choices: the Outlook follow-up flag on the request email, a task in the
 * owner's Microsoft To Do, or no reminders. Replaces the old `followUpFlags: boolean` (read as
 * 'outlookFlag' / 'off', see store/followUpReminders.ts).
 */
export type FollowUpReminders = 'outlookFlag' | 'todoTask' | 'off';
