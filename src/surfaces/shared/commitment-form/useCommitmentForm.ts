import { useMemo, useState } from 'react';
import { editCommitment, teamToday, toCommitmentInput } from '../../../domain/actions';
import type { MessageRef } from '../../../domain/i18n';
import { stepId } from '../../../domain/ids';
import { rebaseEdit, sameValue, settleConflict, type EditConflict, type ListRules } from '../../../domain/merge';
import { suggestPromisedDate, type PromiseSuggestion } from '../../../domain/suggestion';
import { catalogLocale, isUiLocale, type UiLocale } from '../../../domain/i18n/locales';
import { rememberedLanguage } from '../../../domain/messageLanguage';
import type { Commitment, Person, TeamSettings } from '../../../domain/types';
import {
  promiseAfterNeededBy,
  sameEmail,
  validateCommitmentInput,
  type CommitmentInput,
  type FieldError,
} from '../../../domain/validation';
import type { HostItem } from '../../../hosts/HostContext';
import { draftKey, editDraftKey, usePersistentDraft, type PersistentDraft } from '../usePersistentDraft';

type Email = Extract<HostItem, { kind: 'email' }>;

/** What the form is for: a new commitment on an email, or the plan of a saved one. */
export type CommitmentFormSource =
  { readonly kind: 'create'; readonly email: Email } | { readonly kind: 'edit'; readonly commitment: Commitment };

export interface StepDraft {
  /** Stable React key for the row while steps are added, removed and moved. */
  readonly key: string;
  /** The saved step this row edits (edit form): keeping it keeps the step's tick and its history lines. */
  readonly id?: string;
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
  /** The requester's own date; '' when they gave none. Optional in stored drafts of older versions. */
  readonly neededBy?: string;
  readonly cadence: string;
  /** The customer's language for drafts, once the user picked one (until then it follows the customer). */
  readonly messageLanguage?: string;
  /**
   * Edit form only: the version of the commitment the form is based on. When someone else saves a
   * newer one, what they changed is merged into the form (rebaseOnto), never overwritten by it.
   */
  readonly baseVersion?: number;
  /** Edit form only: the fields as stored at baseVersion, what the user's changes are measured from. */
  readonly base?: CommitmentFormFields;
  /** Edit form only: what the user and someone else both changed, differently, and the user's pick. */
  readonly conflicts?: readonly FormConflict[];
  /** Edit form only: someone else's save was merged into the form. */
  readonly merged?: boolean;
}

/** The fields the user edits, without what the edit form keeps about versions. */
export type CommitmentFormFields = Omit<CommitmentFormValue, 'baseVersion' | 'base' | 'conflicts' | 'merged'>;

export type FormConflict = EditConflict & { readonly chosen?: 'mine' | 'theirs' };

/** Steps merge by step id (a row the user added has none yet: its row key stands in), text, date and owner each on their own. */
export const FORM_LISTS: ListRules<CommitmentFormFields> = {
  steps: { id: (row) => formStepId(row), attributes: ['text', 'dueDate', 'ownerEmail'] },
};

/** A step row's id in a merge: the saved step's id, or for a row the user added, its row key. */
export const formStepId = (row: StepDraft): string => row.id ?? `new:${row.key}`;

export function formFields(value: CommitmentFormValue): CommitmentFormFields {
  const { baseVersion: _version, base: _base, conflicts: _conflicts, merged: _merged, ...fields } = value;
  return fields;
}

/**
 * The form moved onto a newer stored version: fields the user did not touch take the stored values,
 * the user's changes stay, and what both changed becomes a question (the form holds the user's
 * value until they pick). Saving then goes on top of `current`.
 */
export function rebaseOnto(value: CommitmentFormValue, current: Commitment): CommitmentFormValue {
  const theirs = storedFields(current);
  const state = rebaseEdit(
    { value: formFields(value), base: value.base, conflicts: value.conflicts ?? [] },
    theirs,
    FORM_LISTS,
  );
  // Merged: the stored fields differ from what the form was based on (not merely a newer version number).
  const merged = value.merged === true || value.base === undefined || !sameValue(theirs, value.base);
  return { ...state.value, baseVersion: current.version, base: theirs, conflicts: state.conflicts, merged };
}

/** The user's pick for one question: the field takes that side's value. */
function choose(value: CommitmentFormValue, path: string, side: 'mine' | 'theirs'): CommitmentFormValue {
  const state = settleConflict(
    { value: formFields(value), base: value.base, conflicts: value.conflicts ?? [] },
    path,
    side,
    FORM_LISTS,
  );
  const { baseVersion, base, merged } = value;
  return {
    ...state.value,
    conflicts: state.conflicts,
    ...(baseVersion !== undefined ? { baseVersion } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(merged !== undefined ? { merged } : {}),
  };
}

const isConflict = (v: unknown): v is FormConflict =>
  v !== null &&
  typeof v === 'object' &&
  typeof (v as Record<string, unknown>)['path'] === 'string' &&
  [undefined, 'mine', 'theirs'].includes((v as Record<string, unknown>)['chosen'] as string | undefined);

const isStepDraft = (v: unknown): v is StepDraft =>
  v !== null &&
  typeof v === 'object' &&
  ['key', 'text', 'dueDate', 'ownerEmail'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string') &&
  ['undefined', 'string'].includes(typeof (v as Record<string, unknown>)['id']);

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
  (v as { steps: unknown[] }).steps.every(isStepDraft) &&
  ['undefined', 'string'].includes(typeof (v as Record<string, unknown>)['neededBy']) &&
  ['undefined', 'string'].includes(typeof (v as Record<string, unknown>)['messageLanguage']) &&
  ['undefined', 'number'].includes(typeof (v as Record<string, unknown>)['baseVersion']) &&
  ((v as Record<string, unknown>)['base'] === undefined || isFormValue((v as Record<string, unknown>)['base'])) &&
  ((v as Record<string, unknown>)['conflicts'] === undefined ||
    (Array.isArray((v as Record<string, unknown>)['conflicts']) &&
      ((v as Record<string, unknown>)['conflicts'] as unknown[]).every(isConflict))) &&
  ['undefined', 'boolean'].includes(typeof (v as Record<string, unknown>)['merged']);

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
    neededBy: '',
    cadence: String(settings?.defaultCadenceDays ?? 5),
  };
}

/** The edit form filled from a saved commitment; each step row keeps the step's id. */
export function fromCommitment(c: Commitment): CommitmentFormValue {
  const fields = storedFields(c);
  return { ...fields, baseVersion: c.version, base: fields };
}

function storedFields(c: Commitment): CommitmentFormFields {
  const input = toCommitmentInput(c);
  return {
    title: input.title,
    customerName: input.customer.name,
    customerEmail: input.customer.email,
    steps: input.steps.map((s, i) => ({
      key: s.id ?? `step-${i}`,
      ...(s.id !== undefined ? { id: s.id } : {}),
      text: s.text,
      dueDate: s.dueDate ?? '',
      ownerEmail: s.owner?.email ?? '',
    })),
    acceptanceCriteria: input.acceptanceCriteria,
    checkerName: input.checker?.name ?? '',
    checkerEmail: input.checker?.email ?? '',
    targetDate: input.targetDate,
    promisedDate: input.promisedDate,
    neededBy: input.neededBy ?? '',
    cadence: String(input.updateCadenceDays),
    ...(input.messageLanguage !== undefined ? { messageLanguage: input.messageLanguage } : {}),
  };
}

/**
 * What the domain validates and stores. An unparsable cadence becomes NaN so the domain words the
 * error. `saved` is the commitment being edited: a step owner whose email did not change keeps the
 * name it was saved with (the form only shows the email).
 */
export function toInput(
  value: CommitmentFormValue,
  owner: Person,
  saved?: Commitment,
  messageLanguage: string | undefined = value.messageLanguage,
): CommitmentInput {
  const cadence = value.cadence.trim() === '' ? Number.NaN : Number(value.cadence);
  const checker = { name: value.checkerName, email: value.checkerEmail };
  const stepOwner = (s: StepDraft): Person => {
    const before = s.id === undefined ? undefined : saved?.steps.find((p) => p.id === s.id)?.owner;
    return before !== undefined && sameEmail(before.email, s.ownerEmail) ? before : { name: '', email: s.ownerEmail };
  };
  return {
    title: value.title,
    customer: { name: value.customerName, email: value.customerEmail },
    owner,
    ...(checker.name.trim() !== '' || checker.email.trim() !== '' ? { checker } : {}),
    steps: value.steps.map((s) => ({
      ...(s.id !== undefined ? { id: stepId(s.id) } : {}),
      text: s.text,
      ...(s.dueDate.trim() !== '' ? { dueDate: s.dueDate } : {}),
      ...(s.ownerEmail.trim() !== '' ? { owner: stepOwner(s) } : {}),
    })),
    acceptanceCriteria: value.acceptanceCriteria,
    targetDate: value.targetDate,
    promisedDate: value.promisedDate,
    ...((value.neededBy ?? '').trim() !== '' ? { neededBy: value.neededBy ?? '' } : {}),
    updateCadenceDays: cadence,
    ...(isUiLocale(messageLanguage) ? { messageLanguage } : {}),
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
  'neededBy',
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
  today: string,
  neededBy: string,
): PromiseSuggestion | undefined {
  if (settings === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(target)) return undefined;
  try {
    return suggestPromisedDate(target, team, settings, {
      today,
      ...(neededBy.trim() !== '' ? { neededBy: neededBy.trim() } : {}),
    });
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
  /** The language drafts to this customer will be written in: picked, remembered for the customer, or the user's. */
  readonly messageLanguage: UiLocale;
  /** The promise is later than the date the requester needs it by (a warning, not an error). */
  readonly afterNeededBy: MessageRef | null;
  update<K extends keyof CommitmentFormValue>(field: K, value: CommitmentFormValue[K]): void;
  updateStep(index: number, patch: Partial<Omit<StepDraft, 'key'>>): void;
  addStep(): void;
  removeStep(index: number): void;
  moveStep(index: number, by: -1 | 1): void;
  /** What the form would store: its value now, or `from` (a value just computed, not rendered yet). */
  input(from?: CommitmentFormValue): CommitmentInput;
  /** Edit form: what both the user and someone else changed, and the user's picks. */
  readonly conflicts: readonly FormConflict[];
  /** Edit form: someone else's save was merged into the form. */
  readonly merged: boolean;
  choose(path: string, side: 'mine' | 'theirs'): void;
  /** Edit form: merges a newer stored version into the form (after the store said 'conflict'). */
  rebase(current: Commitment): void;
}

/** The edit form's messages are exactly the domain's: editCommitment run on what is typed, nothing stored. */
function editErrors(
  c: Commitment,
  value: CommitmentFormValue,
  settings: TeamSettings,
  now: Date,
): readonly FieldError[] {
  const preview = { now, by: c.owner, newId: () => 'preview' };
  const result = editCommitment(c, toInput(value, c.owner, c), settings, preview);
  return result.ok ? [] : result.error;
}

export function useCommitmentForm(options: {
  readonly source: CommitmentFormSource;
  readonly settings: TeamSettings | undefined;
  readonly team: readonly Commitment[];
  /** Who owns a new commitment (the signed-in user); an edit keeps the commitment's owner. */
  readonly owner: Person;
  readonly now: Date;
  readonly newId: () => string;
  /** The pane's locale: a new customer's messages default to it. */
  readonly locale: string;
  /**
   * Edit form: false while its own save is on its way. The store shows that write at once (a newer
   * version), and it is not someone else's change to merge into the form.
   */
  readonly followStored?: boolean;
}): CommitmentFormState {
  const { source, settings, team, now, newId, locale, followStored = true } = options;
  const saved = source.kind === 'edit' ? source.commitment : undefined;
  const owner = saved?.owner ?? options.owner;
  const draft = usePersistentDraft(
    source.kind === 'edit' ? editDraftKey(source.commitment.id) : draftKey(source.email.internetMessageId),
    () => (source.kind === 'edit' ? fromCommitment(source.commitment) : prefill(source.email, settings)),
    isFormValue,
  );
  const [showErrors, setShowErrors] = useState(false);
  const value = draft.value;

  // An edit form nobody typed into yet follows the saved commitment (a tick or a change from
  // another device), so it never saves stale values it was merely showing. One the user typed into
  // takes the newer version's changes where the user did not type, and asks where both did.
  const stale = saved !== undefined && !draft.dirty && value.baseVersion !== saved.version;
  if (stale) draft.clear();
  else if (followStored && saved !== undefined && draft.dirty && (value.baseVersion ?? -1) < saved.version) {
    draft.set((previous) => ((previous.baseVersion ?? -1) < saved.version ? rebaseOnto(previous, saved) : previous));
  }

  const today = settings === undefined ? now.toISOString().slice(0, 10) : teamToday(settings, now);
  const errors = useMemo(
    () =>
      saved !== undefined && settings !== undefined
        ? editErrors(saved, value, settings, now)
        : validateCommitmentInput(toInput(value, owner), today),
    [saved, value, settings, owner, today, now],
  );
  const neededBy = value.neededBy ?? '';
  const suggestion = useMemo(
    () => suggestionFor(value.targetDate, team, settings, today, neededBy),
    [value.targetDate, team, settings, today, neededBy],
  );
  const afterNeededBy = promiseAfterNeededBy({ promisedDate: value.promisedDate, neededBy });
  // Until the user picks, a new commitment follows the customer typed (the team remembers their
  // language); a saved one keeps its own, or the sender's when it never had one.
  const pickedLanguage = isUiLocale(value.messageLanguage) ? value.messageLanguage : undefined;
  const remembered = useMemo(
    () => (saved === undefined ? rememberedLanguage(value.customerEmail, team) : undefined),
    [saved, value.customerEmail, team],
  );
  const messageLanguage = pickedLanguage ?? remembered ?? catalogLocale(locale);

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
    messageLanguage,
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
    afterNeededBy,
    // A new commitment always stores its language, so the next one for this customer finds it; a
    // saved one stores the language the form holds (picked, or merged from someone else's save).
    input: (from = value) => toInput(from, owner, saved, saved === undefined ? messageLanguage : from.messageLanguage),
    conflicts: value.conflicts ?? [],
    merged: value.merged === true,
    choose: (path, side) => draft.set((previous) => choose(previous, path, side)),
    // On what the form holds when it runs (the user may have typed while the save was on its way).
    // Whatever its version number says: in Graph mode this device's own unsent write and the list's
    // answer can carry the same number.
    rebase: (current) => draft.set((previous) => rebaseOnto(previous, current)),
  };
}
