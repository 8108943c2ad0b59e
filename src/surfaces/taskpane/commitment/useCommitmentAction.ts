import { useCallback, useState } from 'react';
import type { ActionContext } from '../../../domain/actions';
import type * as TemplatesModule from '../../../domain/templates';
import type { Draft } from '../../../domain/templates';

/** The message templates, loaded on the first action: opening a pane never needs them. */
export type Templates = typeof TemplatesModule;
/** The templates and the words of the language the draft is written in (the customer's). */
const loadTemplates = (language: string): Promise<Templates> =>
  Promise.all([import('../../../domain/templates'), loadMessageLanguage(language)]).then(([templates]) => templates);
import { loadMessageLanguage } from '../../../domain/i18n/load';
import { draftLocale } from '../../../domain/messageLanguage';
import type { Commitment } from '../../../domain/types';
import { isStoreError } from '../../../store/Store';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { useOpenDraft } from '../../../ui/useOpenDraft';
import { useT } from '../../../ui/useT';

export interface ActionOutcome {
  readonly ok: boolean;
  /** What failed, for a form that reacts to it (a conflict carries the stored commitment). */
  readonly error?: unknown;
}

export interface CommitmentActionRunner {
  readonly busy: boolean;
  /** The last failure, worded for people (a conflict says the typed text is kept). */
  readonly error: string | null;
  readonly conflict: boolean;
  /** The locale drafts for this commitment are written in: its customer's message language. */
  readonly draftLocale: string;
  clearError(): void;
  context(): ActionContext;
  /**
   * Saves `build`'s commitment, then opens its draft for the customer. The draft is built before
   * anything is saved, so a failure leaves nothing half-written; the draft opens only once the
   * history entry is stored, so the record never claims a message that was not drafted.
   */
  run(build: (ctx: ActionContext, templates: Templates) => { next: Commitment; draft?: Draft }): Promise<ActionOutcome>;
}

export function useCommitmentAction(commitment: Commitment, onConflict?: () => void): CommitmentActionRunner {
  const { store, host, clock, newId } = useServices();
  const openDraft = useOpenDraft();
  const { t, locale } = useT();
  const language = draftLocale(commitment, locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const context = useCallback((): ActionContext => ({ now: clock.now(), by: host.user, newId }), [clock, host, newId]);

  const run = useCallback<CommitmentActionRunner['run']>(
    async (build) => {
      setError(null);
      setConflict(false);
      let built: { next: Commitment; draft?: Draft };
      try {
        built = build(context(), await loadTemplates(language));
      } catch (failure) {
        setError(describeError(failure, { t }));
        return { ok: false, error: failure };
      }
      setBusy(true);
      try {
        if (built.next !== commitment) await store.update(built.next);
        if (built.draft !== undefined) {
          const replying = host.currentItem()?.kind === 'email';
          await openDraft({
            mode: replying ? 'reply' : 'new',
            to: [commitment.customer],
            subject: built.draft.subject,
            html: built.draft.html,
            text: built.draft.text,
            lang: built.draft.lang,
            dir: built.draft.dir,
          });
        }
        return { ok: true };
      } catch (failure) {
        setError(describeError(failure, { t }));
        if (isStoreError(failure) && failure.code === 'conflict') {
          setConflict(true);
          onConflict?.();
        }
        return { ok: false, error: failure };
      } finally {
        setBusy(false);
      }
    },
    [commitment, context, host, language, onConflict, openDraft, store, t],
  );

  return { busy, error, conflict, draftLocale: language, clearError: () => setError(null), context, run };
}
