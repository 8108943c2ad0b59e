import type { Commitment, TeamSettings } from '../../../domain/types';
import { draftKey } from '../usePersistentDraft';
import type { CommitmentActionRunner } from './useCommitmentAction';

export type ActionName = 'update' | 'concern' | 'deliver' | 'feedback' | 'cancel' | 'flag';

export const ACTION_NAMES: readonly ActionName[] = ['update', 'concern', 'deliver', 'feedback', 'cancel', 'flag'];

/** Where an action form keeps its unsaved text (see usePersistentDraft). */
export const actionDraftKey = (c: Commitment, action: ActionName) => draftKey(c.id, action);

export interface ActionFormProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  readonly runner: CommitmentActionRunner;
  /** The form closes; what was typed stays stored until saved or discarded. */
  readonly onClose: () => void;
}
