import { formatDate } from '../../../domain/format';
import { isUiLocale, languageName } from '../../../domain/i18n/locales';
import { conflictTarget } from '../../../domain/merge';
import type { ConflictChoice } from '../../../ui/ConflictChoices';
import type { Translator } from '../../../ui/useT';
import {
  FORM_LISTS,
  formStepId,
  type CommitmentFormValue,
  type FormConflict,
  type StepDraft,
} from './useCommitmentForm';

const FIELD_LABELS = {
  title: 'taskpane.create.title',
  customerName: 'taskpane.create.customerName',
  customerEmail: 'taskpane.create.customerEmail',
  messageLanguage: 'taskpane.create.messageLanguage',
  acceptanceCriteria: 'taskpane.create.criteria',
  checkerName: 'taskpane.create.checkerName',
  checkerEmail: 'taskpane.create.checkerEmail',
  targetDate: 'taskpane.create.targetDate',
  promisedDate: 'taskpane.create.promisedDate',
  neededBy: 'taskpane.create.neededBy',
  cadence: 'taskpane.create.cadence',
} as const;

const STEP_LABELS = {
  text: 'taskpane.step.text',
  dueDate: 'taskpane.step.dueDate',
  ownerEmail: 'taskpane.step.owner',
} as const;

const DATES: ReadonlySet<string> = new Set(['targetDate', 'promisedDate', 'neededBy', 'dueDate']);
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * The questions of the edit form worded for people: each names the field as the form labels it
 * (a step by its place in the form) and shows both values as the form would (dates formatted,
 * languages by name, a step by its text, an order as the steps' texts).
 */
export function conflictChoices(
  conflicts: readonly FormConflict[],
  value: CommitmentFormValue,
  t: Translator['t'],
  locale: string,
): ConflictChoice[] {
  const stepText = (id: string, ...sides: unknown[]) => {
    for (const side of [value.steps, ...sides]) {
      const step = Array.isArray(side) ? (side as StepDraft[]).find((s) => formStepId(s) === id) : undefined;
      if (step !== undefined) return step.text;
    }
    return id;
  };
  return conflicts.map((conflict) => {
    const target = conflictTarget(conflict.path, FORM_LISTS);
    const show = (side: unknown, attribute: string): string | null => {
      if (side === undefined || side === null) return null;
      if (typeof side !== 'string') return String(side);
      if (DATES.has(attribute) && isDate(side)) return formatDate(side, locale);
      if (attribute === 'messageLanguage' && isUiLocale(side)) return languageName(side);
      return side;
    };
    const common = { path: conflict.path, chosen: conflict.chosen };
    if (target.field !== 'steps') {
      const key = (FIELD_LABELS as Record<string, (typeof FIELD_LABELS)[keyof typeof FIELD_LABELS]>)[target.field];
      return {
        ...common,
        label: key === undefined ? target.field : t(key),
        mine: show(conflict.mine, target.field),
        theirs: show(conflict.theirs, target.field),
      };
    }
    if (target.id === undefined) {
      // The order of the steps: each side's texts in its order.
      const order = (ids: unknown) =>
        Array.isArray(ids) ? ids.map((id) => stepText(String(id), conflict.mine, conflict.theirs)).join(' · ') : null;
      return { ...common, label: t('merge.order'), mine: order(conflict.mine), theirs: order(conflict.theirs) };
    }
    const at = value.steps.findIndex((s) => formStepId(s) === target.id);
    const n = at >= 0 ? at + 1 : value.steps.length + 1;
    if (target.attribute === undefined) {
      // A whole step one side removed and the other edited.
      const text = (side: unknown) => (side === undefined ? null : (side as StepDraft).text);
      return {
        ...common,
        label: t('taskpane.step.group', { n }),
        mine: text(conflict.mine),
        theirs: text(conflict.theirs),
      };
    }
    const key = STEP_LABELS[target.attribute as keyof typeof STEP_LABELS];
    return {
      ...common,
      label: t(key, { n }),
      mine: show(conflict.mine, target.attribute),
      theirs: show(conflict.theirs, target.attribute),
    };
  });
}
