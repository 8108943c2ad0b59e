import { ConflictChoices } from '../../../ui/ConflictChoices';
import { useT } from '../../../ui/useT';
import { conflictChoices } from './conflictChoices';
import type { CommitmentFormState } from './useCommitmentForm';

export interface EditConflictsProps {
  readonly form: CommitmentFormState;
  /** Save attempts while a question was left unanswered (see ConflictChoices). */
  readonly unansweredAttempts: number;
}

/**
 * The edit form's part after someone else saved meanwhile: loaded only then (CreateCommitmentForm
 * imports it lazily), so the create form and an undisturbed edit never carry it.
 */
export function EditConflicts({ form, unansweredAttempts }: EditConflictsProps) {
  const { t, locale } = useT();
  return (
    <ConflictChoices
      choices={conflictChoices(form.conflicts, form.value, t, locale)}
      merged={form.merged}
      unansweredAttempts={unansweredAttempts}
      onChoose={form.choose}
    />
  );
}
