import { isValidIsoDate } from './calendar';
import { msg, type MessageRef } from './i18n';
import type { StepId } from './ids';
import { isUiLocale, type UiLocale } from './i18n/locales';
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
  /** Characters of a customer's reply kept on the commitment (the start of what they wrote). */
  replyExcerpt: 200,
} as const;

export interface StepInput {
  /** The step this input edits (editCommitment keeps its id and doneAt); absent for a new step. */
  readonly id?: StepId;
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
  /** The requester's own date, when they gave one; blank = not given. */
  readonly neededBy?: IsoDate;
  readonly updateCadenceDays: number;
  /** The customer's language for drafts; absent leaves the commitment's as it is (or the sender's). */
  readonly messageLanguage?: UiLocale;
}

/** `field` names the form field (`title`, `promisedDate`, `steps.2.dueDate`, …) so the UI puts the message beside it. */
export interface FieldError {
  readonly field: string;
  readonly message: MessageRef;
}

export interface ValidationOptions {
  /**
   * Dates an existing commitment already has. Editing the title of a commitment whose target has
   * passed must not fail on "target in the past": a date is only checked against today when it changes.
   */
  readonly previous?: { readonly targetDate: IsoDate; readonly promisedDate: IsoDate };
}

/** Length as people count it: code points, so one emoji or CJK character counts once. */
export const textLength = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};

/** Messages echo what was typed, cut short so a 100 KB paste does not become a 100 KB message. */
const echo = (value: string): string => {
  const chars = Array.from(value);
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : value;
};

export const tooLong = (field: string, value: string, max: number): FieldError | null => {
  const length = textLength(value);
  return length > max ? { field, message: msg('domain.validation.tooLong', { length, max }) } : null;
};

/**
 * Blank as a reader sees it: whitespace, but also zero-width spaces, joiners, BOMs and control
 * characters, which `trim()` keeps and which would show as an empty title.
 */
export const isBlank = (value: string): boolean => !/[^\s\p{Cc}\p{Cf}\p{Z}]/u.test(value);

/** Title, name, note…: required (after trimming) and within the limit. */
export function validateText(
  field: string,
  value: string,
  max: number,
  required: MessageRef | null = null,
): FieldError[] {
  if (required !== null && isBlank(value)) return [{ field, message: required }];
  const long = tooLong(field, value, max);
  return long ? [long] : [];
}

/**
 * Pragmatic address check for Microsoft 365 mailboxes: dot-atom local part (apostrophes allowed,
 * O'Brien@contoso.com is real), a domain of DNS labels with a dot, no spaces, quotes or angle brackets.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?:xn--)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isValidEmail(value: string): boolean {
  if (value.length > LIMITS.email) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  if (/^\d+$/.test(tld)) return false;
  return labels.every((label) => LABEL.test(label));
}

/** A person picked or typed in the form; the name may be empty (the email then stands in for it). */
export function validatePerson(field: string, person: Person): FieldError[] {
  const errors: FieldError[] = [];
  const nameTooLong = tooLong(`${field}.name`, person.name, LIMITS.name);
  if (nameTooLong) errors.push(nameTooLong);
  const email = person.email.trim();
  if (email === '') errors.push({ field: `${field}.email`, message: msg('domain.validation.emailRequired') });
  else if (!isValidEmail(email))
    errors.push({ field: `${field}.email`, message: msg('domain.validation.emailInvalid', { value: echo(email) }) });
  return errors;
}

/** An optional person left empty in the form (checker, step owner) counts as not given. */
export const isBlankPerson = (person: Person | undefined): boolean =>
  person === undefined || (person.name.trim() === '' && person.email.trim() === '');

export const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A required calendar date; the error says "choose a date" or "not a date". */
export function validateDate(field: string, value: string): FieldError | null {
  if (value.trim() === '') return { field, message: msg('domain.validation.dateRequired') };
  const valid: boolean = isValidIsoDate(value);
  if (!valid) return { field, message: msg('domain.validation.dateInvalid', { value: echo(value) }) };
  return null;
}

export function validateCadence(field: string, days: number): FieldError | null {
  const ok = Number.isInteger(days) && days >= LIMITS.cadenceDaysMin && days <= LIMITS.cadenceDaysMax;
  return ok
    ? null
    : {
        field,
        message: msg('domain.validation.cadenceRange', { min: LIMITS.cadenceDaysMin, max: LIMITS.cadenceDaysMax }),
      };
}

const trimPerson = (person: Person): Person => {
  const email = person.email.trim();
  return { name: person.name.trim() || email, email };
};

/**
 * What gets stored from a form: text trimmed, a blank checker or step owner dropped, a blank step
 * date dropped, a missing name replaced by the email. Validation accepts the raw input too.
 */
export function normalizeCommitmentInput(input: CommitmentInput): CommitmentInput {
  const steps = input.steps.map((step): StepInput => {
    const dueDate = step.dueDate?.trim();
    return {
      ...(step.id !== undefined ? { id: step.id } : {}),
      text: step.text.trim(),
      ...(dueDate ? { dueDate } : {}),
      ...(step.owner !== undefined && !isBlankPerson(step.owner) ? { owner: trimPerson(step.owner) } : {}),
    };
  });
  return {
    title: input.title.trim(),
    customer: trimPerson(input.customer),
    owner: trimPerson(input.owner),
    ...(input.checker !== undefined && !isBlankPerson(input.checker) ? { checker: trimPerson(input.checker) } : {}),
    steps,
    acceptanceCriteria: input.acceptanceCriteria.trim(),
    targetDate: input.targetDate.trim(),
    promisedDate: input.promisedDate.trim(),
    ...(input.neededBy !== undefined && input.neededBy.trim() !== '' ? { neededBy: input.neededBy.trim() } : {}),
    updateCadenceDays: input.updateCadenceDays,
    // Only a language Kept writes drafts in; anything else (a hand-edited value) is dropped.
    ...(isUiLocale(input.messageLanguage) ? { messageLanguage: input.messageLanguage } : {}),
  };
}

/**
 * The promise is later than the date the requester needs it by: not an error (sometimes it cannot
 * be helped), but the form says so before saving and the status keeps saying so (at risk).
 */
export function promiseAfterNeededBy(input: Pick<CommitmentInput, 'promisedDate' | 'neededBy'>): MessageRef | null {
  const neededBy = input.neededBy?.trim() ?? '';
  const promised = input.promisedDate.trim();
  if (!isValidIsoDate(neededBy) || !isValidIsoDate(promised) || promised <= neededBy) return null;
  return msg('domain.validation.promiseAfterNeededBy', { neededBy, promisedDate: promised });
}

/** Empty list = valid. `today` is the team's local date. ISO dates compare correctly as strings. */
export function validateCommitmentInput(
  input: CommitmentInput,
  today: IsoDate,
  options: ValidationOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const push = (error: FieldError | null): void => {
    if (error) errors.push(error);
  };

  errors.push(...validateText('title', input.title, LIMITS.title, msg('domain.validation.titleRequired')));
  errors.push(...validatePerson('customer', input.customer));
  errors.push(...validatePerson('owner', input.owner));
  if (input.checker !== undefined && !isBlankPerson(input.checker)) {
    errors.push(...validatePerson('checker', input.checker));
    if (input.checker.email.trim() !== '') {
      if (sameEmail(input.checker.email, input.owner.email))
        errors.push({ field: 'checker.email', message: msg('domain.validation.checkerIsOwner') });
      else if (sameEmail(input.checker.email, input.customer.email))
        errors.push({ field: 'checker.email', message: msg('domain.validation.checkerIsCustomer') });
    }
  }
  push(tooLong('acceptanceCriteria', input.acceptanceCriteria, LIMITS.acceptanceCriteria));

  const targetError = validateDate('targetDate', input.targetDate);
  const promisedError = validateDate('promisedDate', input.promisedDate);
  push(targetError);
  push(promisedError);
  const previous = options.previous;
  if (!targetError && input.targetDate < today && input.targetDate !== previous?.targetDate)
    errors.push({ field: 'targetDate', message: msg('domain.validation.targetInPast') });
  const neededBy = input.neededBy?.trim() ?? '';
  const neededByValid: boolean = neededBy === '' || isValidIsoDate(neededBy);
  if (!neededByValid)
    errors.push({ field: 'neededBy', message: msg('domain.validation.neededByInvalid', { value: echo(neededBy) }) });
  if (!promisedError) {
    if (input.promisedDate < today && input.promisedDate !== previous?.promisedDate)
      errors.push({ field: 'promisedDate', message: msg('domain.validation.promisedInPast') });
    else if (!targetError && input.promisedDate < input.targetDate)
      errors.push({ field: 'promisedDate', message: msg('domain.validation.promisedBeforeTarget') });
  }

  if (input.steps.length > LIMITS.steps)
    errors.push({
      field: 'steps',
      message: msg('domain.validation.tooManySteps', { max: LIMITS.steps, count: input.steps.length }),
    });
  input.steps.forEach((step, index) => {
    const field = `steps.${index}`;
    errors.push(
      ...validateText(`${field}.text`, step.text, LIMITS.stepText, msg('domain.validation.stepTextRequired')),
    );
    if (step.dueDate !== undefined && step.dueDate !== '') {
      const dueError = validateDate(`${field}.dueDate`, step.dueDate);
      push(dueError);
      if (!dueError && !promisedError && step.dueDate > input.promisedDate)
        errors.push({ field: `${field}.dueDate`, message: msg('domain.validation.stepAfterPromised') });
    }
    if (step.owner !== undefined && !isBlankPerson(step.owner))
      errors.push(...validatePerson(`${field}.owner`, step.owner));
  });

  push(validateCadence('updateCadenceDays', input.updateCadenceDays));
  return errors;
}
