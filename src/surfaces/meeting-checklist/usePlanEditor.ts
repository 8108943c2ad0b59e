import { useRef, useState, type RefObject } from 'react';
import { toCommitmentInput } from '../../domain/actions';
import type { StepId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import { useT } from '../../ui/useT';
import { isFieldErrors, type MeetingChecklistState } from './useMeetingChecklist';
import './messages';

export interface StepDraft {
  /** React key: stable while the list is edited. */
  readonly key: string;
  readonly id?: StepId;
  readonly text: string;
  readonly dueDate: string;
  readonly done: boolean;
}

export interface PlanEditorState {
  readonly steps: readonly StepDraft[];
  readonly criteria: string;
  readonly targetDate: string;
  readonly promisedDate: string;
  readonly errors: Readonly<Record<string, string>>;
  readonly notice: string | undefined;
  readonly busy: boolean;
  /** Focus target after "Add step". */
  readonly lastStepRef: RefObject<HTMLInputElement | null>;
  addStep(): void;
  removeStep(key: string): void;
  setStep(key: string, change: Partial<Pick<StepDraft, 'text' | 'dueDate'>>): void;
  setCriteria(value: string): void;
  setTargetDate(value: string): void;
  setPromisedDate(value: string): void;
  /** Resolves true when saved. */
  save(): Promise<boolean>;
}

const SHOWN = new Set(['acceptanceCriteria', 'targetDate', 'promisedDate']);

const draftsOf = (c: Commitment): StepDraft[] =>
  c.steps.map((s) => ({ key: s.id, id: s.id, text: s.text, dueDate: s.dueDate ?? '', done: s.doneAt !== undefined }));

/** The inline "Add plan" editor: steps, acceptance criteria and dates of one meeting promise. */
export function usePlanEditor(checklist: MeetingChecklistState, commitment: Commitment): PlanEditorState {
  const { t, fmt } = useT();
  const [base, setBase] = useState(commitment);
  const [steps, setSteps] = useState<StepDraft[]>(() => {
    const existing = draftsOf(commitment);
    return existing.length > 0 ? existing : [{ key: 'new-0', text: '', dueDate: '', done: false }];
  });
  const [criteria, setCriteria] = useState(commitment.acceptanceCriteria);
  const [targetDate, setTargetDate] = useState(commitment.targetDate);
  const [promisedDate, setPromisedDate] = useState(commitment.promisedDate);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const counter = useRef(1);
  const lastStepRef = useRef<HTMLInputElement>(null);

  const save = async (): Promise<boolean> => {
    if (busy) return false;
    // A step row left blank is not a step: dropping it beats an error on an empty line.
    const kept = steps.filter((s) => s.id !== undefined || s.text.trim() !== '' || s.dueDate.trim() !== '');
    const input = {
      ...toCommitmentInput(base),
      steps: kept.map((s) => ({
        ...(s.id !== undefined ? { id: s.id } : {}),
        text: s.text,
        ...(s.dueDate.trim() !== '' ? { dueDate: s.dueDate } : {}),
      })),
      acceptanceCriteria: criteria,
      targetDate,
      promisedDate,
    };
    setBusy(true);
    const result = await checklist.savePlan(base, input);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setNotice(undefined);
      return true;
    }
    const failure = result.error;
    if (!isFieldErrors(failure)) {
      if (failure.current !== undefined) {
        // Keep every typed value; from now on it is an edit of the version someone else saved.
        setBase(failure.current);
        setNotice(t('meeting.plan.conflictKept'));
      } else {
        setNotice(failure.general);
      }
      return false;
    }
    const next: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const error of failure) {
      // Errors name fields of the submitted list; map step indexes back to the rows on screen.
      const match = /^steps\.(\d+)\.(\w+)/.exec(error.field);
      const row = match ? kept[Number(match[1])] : undefined;
      const field = row !== undefined && match ? `step:${row.key}:${match[2]}` : (error.field.split('.')[0] ?? '');
      if (field.startsWith('step:') || SHOWN.has(field)) next[field] ??= fmt(error.message);
      else elsewhere.push(fmt(error.message));
    }
    // Fields this editor does not show (a title someone emptied elsewhere, too many steps): said once, above Save.
    if (elsewhere.length > 0) next.general = elsewhere.join(' ');
    setErrors(next);
    setNotice(undefined);
    return false;
  };

  return {
    steps,
    criteria,
    targetDate,
    promisedDate,
    errors,
    notice,
    busy,
    lastStepRef,
    addStep: () =>
      setSteps((list) => [...list, { key: `new-${counter.current++}`, text: '', dueDate: '', done: false }]),
    removeStep: (key) => setSteps((list) => list.filter((s) => s.key !== key)),
    setStep: (key, change) => setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s))),
    setCriteria,
    setTargetDate,
    setPromisedDate,
    save,
  };
}
