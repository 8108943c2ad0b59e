import { useCallback, useState } from 'react';
import {
  deliver as deliverAction,
  raiseConcern as raiseConcernAction,
  recordUpdate,
  setStepDone,
  type ActionContext,
  type ConcernInput,
  type UpdateInput,
} from '../../../domain/actions';
import type { StepId } from '../../../domain/ids';
import { loadMessageLanguage } from '../../../domain/i18n/load';
import { draftLocale } from '../../../domain/messageLanguage';
import type { Result } from '../../../domain/result';
import { concernDraft, deliveryDraft, updateDraft, type Draft } from '../../../domain/templates';
import type { Commitment, TeamSettings } from '../../../domain/types';
import type { FieldError } from '../../../domain/validation';
import { isStoreError } from '../../../store/Store';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { useOpenDraft } from '../../../ui/useOpenDraft';
import { useT } from '../../../ui/useT';
import '../messages';

export interface ActionState {
  readonly busy: boolean;
  /** Worded failure of the last action (store error, draft error); the form keeps its input. */
  readonly error?: string;
  readonly fieldErrors: readonly FieldError[];
  readonly notice?: string;
}

/**
 * The drawer's actions, the same domain actions as the task pane's: compute the next commitment
 * (validation included), build the customer's draft before anything is saved (a draft that cannot
 * be built saves nothing), save with the version it was based on, then open the draft. A conflict
 * is shown, the list is re-read, and what the user typed stays in the form.
 */
export function useCommitmentActions(commitment: Commitment, settings: TeamSettings, onConflict: () => void) {
  const { store, host, clock, newId } = useServices();
  const openDraft = useOpenDraft();
  const translator = useT();
  const language = draftLocale(commitment, translator.locale);
  const [state, setState] = useState<ActionState>({ busy: false, fieldErrors: [] });

  const context = useCallback((): ActionContext => ({ now: clock.now(), by: host.user, newId }), [clock, host, newId]);

  const run = useCallback(
    async (
      compute: (ctx: ActionContext) => Result<Commitment, FieldError[]> | Commitment,
      makeDraft?: () => Draft,
    ): Promise<boolean> => {
      const outcome = compute(context());
      const result: Result<Commitment, FieldError[]> = 'ok' in outcome ? outcome : { ok: true, value: outcome };
      if (!result.ok) {
        setState({ busy: false, fieldErrors: result.error });
        return false;
      }
      if (result.value === commitment) return true;
      let draft: Draft | undefined;
      try {
        // The draft is worded in the customer's language, whose words may not be loaded yet.
        if (makeDraft !== undefined) await loadMessageLanguage(language);
        draft = makeDraft?.();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setState({ busy: false, fieldErrors: [], error: translator.t('overview.action.draftFailed', { detail }) });
        return false;
      }
      setState({ busy: true, fieldErrors: [] });
      try {
        await store.update(result.value);
      } catch (error) {
        if (isStoreError(error) && error.code === 'conflict') onConflict();
        setState({ busy: false, fieldErrors: [], error: describeError(error, translator) });
        return false;
      }
      if (draft !== undefined) {
        await openDraft({
          mode: 'new',
          to: [commitment.customer],
          subject: draft.subject,
          html: draft.html,
          text: draft.text,
          lang: draft.lang,
          dir: draft.dir,
        });
      }
      setState({
        busy: false,
        fieldErrors: [],
        notice: translator.t(draft === undefined ? 'overview.drawer.saved' : 'overview.action.recorded'),
      });
      return true;
    },
    [commitment, context, language, onConflict, openDraft, store, translator],
  );

  return {
    state,
    clearMessages: useCallback(() => setState((s) => ({ busy: s.busy, fieldErrors: [] })), []),
    tickStep: (id: StepId, done: boolean) => run((ctx) => setStepDone(commitment, id, done, ctx)),
    logUpdate: (update: UpdateInput) =>
      run(
        (ctx) => recordUpdate(commitment, update, ctx),
        () => updateDraft(commitment, update, settings, language),
      ),
    raiseConcern: (concern: ConcernInput) =>
      run(
        (ctx) => raiseConcernAction(commitment, concern, settings, ctx),
        () => concernDraft(commitment, concern, settings, language),
      ),
    deliver: (note: string) =>
      run(
        (ctx) => deliverAction(commitment, note, ctx),
        () => deliveryDraft(commitment, note, settings, language),
      ),
  };
}
