import type { ConcernInput, UpdateInput } from './actions';
import type { Commitment, Person, TeamSettings } from './types';

/** A message for the customer: the sender edits it in the reply form before it goes. */
export interface Draft {
  readonly subject: string;
  /** Every user value escaped. */
  readonly html: string;
  readonly text: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  throw new Error('TODO: implement');
}

export function planDraft(c: Commitment, settings: TeamSettings, locale: string): Draft {
  throw new Error('TODO: implement');
}

export function updateDraft(c: Commitment, update: UpdateInput, settings: TeamSettings, locale: string): Draft {
  throw new Error('TODO: implement');
}

export function concernDraft(c: Commitment, concern: ConcernInput, settings: TeamSettings, locale: string): Draft {
  throw new Error('TODO: implement');
}

export function deliveryDraft(c: Commitment, note: string, settings: TeamSettings, locale: string): Draft {
  throw new Error('TODO: implement');
}

export interface RecapRow {
  readonly owner: Person;
  readonly customer: Person;
  readonly title: string;
  readonly promisedDate: string;
  readonly done: boolean;
}

/** "Send recap" after a meeting: every promise with its owner and date. */
export function meetingRecapDraft(meetingSubject: string, rows: readonly RecapRow[], locale: string): Draft {
  throw new Error('TODO: implement');
}
