import type { MessageRef } from './i18n';
import type { IsoDate, Person } from './types';

/** Limits keep one item well inside a SharePoint multi-line text column and a readable email. */
export const LIMITS = {
  title: 255,
  name: 255,
  email: 320,
  acceptanceCriteria: 4000,
  stepText: 500,
  steps: 50,
  note: 4000,
  options: 10,
  cadenceDaysMin: 1,
  cadenceDaysMax: 60,
} as const;

export interface StepInput {
  readonly text: string;
  readonly dueDate?: IsoDate;
  readonly owner?: Person;
}

/** What a person types into the create/edit form. */
export interface CommitmentInput {
  readonly title: string;
  readonly customer: Person;
  readonly owner: Person;
  readonly checker?: Person;
  readonly steps: readonly StepInput[];
  readonly acceptanceCriteria: string;
  readonly targetDate: IsoDate;
  readonly promisedDate: IsoDate;
  readonly updateCadenceDays: number;
}

/** `field` names the form field (`title`, `promisedDate`, `steps.2.dueDate`, …) so the UI puts the message beside it. */
export interface FieldError {
  readonly field: string;
  readonly message: MessageRef;
}

/** Empty list = valid. `today` is the team's local date. */
export function validateCommitmentInput(input: CommitmentInput, today: IsoDate): FieldError[] {
  throw new Error('TODO: implement');
}

export function isValidEmail(value: string): boolean {
  throw new Error('TODO: implement');
}
