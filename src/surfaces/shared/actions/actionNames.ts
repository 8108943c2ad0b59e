import type { Commitment } from '../../../domain/types';
import { draftKey } from '../usePersistentDraft';

/** The actions that open a form (share plan, asking the checker, clearing a flag and editing work differently). */
export type ActionFormName =
  | 'update'
  | 'concern'
  | 'answer'
  | 'close-concern'
  | 'deliver'
  | 'sign-off'
  | 'feedback'
  | 'flag'
  | 'reassign'
  | 'cancel'
  | 'reopen';

export const ACTION_FORM_NAMES: readonly ActionFormName[] = [
  'update',
  'concern',
  'answer',
  'close-concern',
  'deliver',
  'sign-off',
  'feedback',
  'flag',
  'reassign',
  'cancel',
  'reopen',
];

/** Where an action form keeps its unsaved text (see usePersistentDraft). */
export const actionDraftKey = (c: Commitment, action: ActionFormName) => draftKey(c.id, action);

/** A form with unsaved text reopens by itself after a reload. */
export function actionWithUnsavedText(c: Commitment): ActionFormName | null {
  try {
    return ACTION_FORM_NAMES.find((a) => localStorage.getItem(actionDraftKey(c, a)) !== null) ?? null;
  } catch {
    return null;
  }
}

/** Forgets a form's unsaved text (after what it described was recorded). */
export function forgetActionDraft(c: Commitment, action: ActionFormName): void {
  try {
    localStorage.removeItem(actionDraftKey(c, action));
  } catch {
    // Nothing stored when storage is unavailable.
  }
}
