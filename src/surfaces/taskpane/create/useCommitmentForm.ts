import { useMemo, useState } from 'react';
import { teamToday } from '../../../domain/actions';
import type { MessageRef } from '../../../domain/i18n';
import { suggestPromisedDate, type PromiseSuggestion } from '../../../domain/suggestion';
import type { Commitment, Person, TeamSettings } from '../../../domain/types';
import { validateCommitmentInput, type CommitmentInput, type FieldError } from '../../../domain/validation';
import type { HostItem } from '../../../hosts/HostContext';
import { draftKey, usePersistentDraft, type PersistentDraft } from '../usePersistentDraft';

type Email = Extract<HostItem, { kind: 'email' }>;

export interface StepDraft {
  /** Stable React key for the row while steps are added, removed and moved. */
  readonly key: string;
  readonly text: string;
  readonly dueDate: string;
  /** Step owners are given by email only: the name is optional in the domain and the pane is narrow. */
  readonly ownerEmail: string;
}

/** The create form as typed: every field a string, so nothing the user typed is rejected before validation. */
export interface CommitmentFormValue {
  readonly title: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly steps: readonly StepDraft[];
  readonly acceptanceCriteria: string;
  readonly checkerName: string;
  readonly checkerEmail: string;
  readonly targetDate: string;
  readonly promisedDate: string;
  readonly cadence: string;
}

const isStepDraft = (v: unknown): v is StepDraft =>
  v !== null &&
  typeof v === 'object' &&
  ['key', 'text', 'dueDate', 'ownerEmail'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

const FIELDS = [
  'title',
  'customerName',
  'customerEmail',
  'acceptanceCriteria',
  'checkerName',
  'checkerEmail',
  'targetDate',
  'promisedDate',
  'cadence',
] as const;

export const isFormValue = (v: unknown): v is CommitmentFormValue =>
  v !== null &&
  typeof v === 'object' &&
  FIELDS.every((k) => typeof (v as Record<string, unknown>)[k] === 'string') &&
  Array.isArray((v as { steps?: unknown }).steps) &&
  (v as { steps: unknown[] }).steps.every(isStepDraft);

/** The form prefilled from the email: title from the subject, customer from the sender. */
export function prefill(email: Email, settings: TeamSettings | undefined): CommitmentFormValue {
  return {
    title: email.subject,
    customerName: email.from.name,
    customerEmail: email.from.email,
    steps: [],
    acceptanceCriteria: '',
    checkerName: '',
    checkerEmail: '',
    targetDate: '',
    promisedDate: '',
    cadence: String(settings?.defaultCadenceDays ?? 5),
  };
}

/** What the domain validates and stores. An unparsable cadence becomes NaN so the domain words the error. */
export function toInput(value: CommitmentFormValue, owner: Person): CommitmentInput {
  const cadence = value.cadence.trim() === '' ? Number.NaN : Number(value.cadence);
  const checker = { name: value.checkerName, email: value.checkerEmail };
  return {
    title: value.title,
    customer: { name: value.customerName, email: value.customerEmail },
    owner,
    ...(checker.name.trim() !== '' || checker.email.trim() !== '' ? { checker } : {}),
    steps: value.steps.map((s) => ({
      text: s.text,
      ...(s.dueDate.trim() !== '' ? { dueDate: s.dueDate } : {}),
      ...(s.ownerEmail.trim() !== '' ? { owner: { name: '', email: s.ownerEmail } } : {}),
    })),
    acceptanceCriteria: value.acceptanceCriteria,
    targetDate: value.targetDate,
    promisedDate: value.promisedDate,
    updateCadenceDays: cadence,
  };
}

/** The fields the form shows a message beside; anything else is listed above the Save button. */
export const FORM_FIELDS = new Set([
  'title',
  'customer.name',
  'customer.email',
  'checker.name',
  'checker.email',
  'acceptanceCriteria',
  'targetDate',
  'promisedDate',
  'updateCadenceDays',
  'steps',
]);
const STEP_FIELD = /^steps\.\d+\.(text|dueDate|owner\.email|owner\.name)$/;

export const shownBesideField = (field: string): boolean => FORM_FIELDS.has(field) || STEP_FIELD.test(field);

/** A suggestion only when the target is a date; the domain may reject odd input, which then shows no suggestion. */
function suggestionFor(
  target: string,
  team: readonly Commitment[],
  settings: TeamSettings | undefined,
): PromiseSuggestion | undefined {
  if (settings === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(target)) return undefined;
  try {
    return suggestPromisedDate(target, team, settings);
  } catch {
    return undefined;
  }
}

export interface CommitmentFormState {
  readonly draft: PersistentDraft<CommitmentFormValue>;
  readonly value: CommitmentFormValue;
  readonly errors: readonly FieldError[];
  /** Messages appear after the first Save attempt, then follow every keystroke. */
  readonly showErrors: boolean;
  setShowErrors(show: boolean): void;
  errorFor(field: string): MessageRef | undefined;
  readonly suggestion: PromiseSuggestion | undefined;
  update<K extends keyof CommitmentFormValue>(field: K, value: CommitmentFormValue[K]): void;
  updateStep(index: number, patch: Partial<Omit<StepDraft, 'key'>>): void;
  addStep(): void;
  removeStep(index: number): void;
  moveStep(index: number, by: -1 | 1): void;
  input(): CommitmentInput;
}

export function useCommitmentForm(options: {
  readonly email: Email;
  readonly settings: TeamSettings | undefined;
  readonly team: readonly Commitment[];
  readonly owner: Person;
  readonly now: Date;
  readonly newId: () => string;
}): CommitmentFormState {
  const { email, settings, team, owner, now, newId } = options;
  const draft = usePersistentDraft(draftKey(email.internetMessageId), () => prefill(email, settings), isFormValue);
  const [showErrors, setShowErrors] = useState(false);
  const value = draft.value;

  const today = settings === undefined ? now.toISOString().slice(0, 10) : teamToday(settings, now);
  const errors = useMemo(() => validateCommitmentInput(toInput(value, owner), today), [value, owner, today]);
  const suggestion = useMemo(() => suggestionFor(value.targetDate, team, settings), [value.targetDate, team, settings]);

  const setSteps = (change: (steps: StepDraft[]) => StepDraft[]) =>
    draft.set((previous) => ({ ...previous, steps: change([...previous.steps]) }));

  return {
    draft,
    value,
    errors,
    showErrors,
    setShowErrors,
    errorFor: (field) => (showErrors ? errors.find((e) => e.field === field)?.message : undefined),
    suggestion,
    update: (field, next) => draft.set((previous) => ({ ...previous, [field]: next })),
    updateStep: (index, patch) => setSteps((steps) => steps.map((s, i) => (i === index ? { ...s, ...patch } : s))),
    addStep: () => setSteps((steps) => [...steps, { key: newId(), text: '', dueDate: '', ownerEmail: '' }]),
    removeStep: (index) => setSteps((steps) => steps.filter((_, i) => i !== index)),
    moveStep: (index, by) =>
      setSteps((steps) => {
        const target = index + by;
        const a = steps[index];
        const b = steps[target];
        if (a === undefined || b === undefined) return steps;
        steps[index] = b;
        steps[target] = a;
        return steps;
      }),
    input: () => toInput(value, owner),
  };
}
