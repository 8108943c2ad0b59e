import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ActionContext } from '../../../domain/actions';
import { formatMessage } from '../../../domain/i18n';
import { loadMessageLanguage } from '../../../domain/i18n/load';
import { draftLocale } from '../../../domain/messageLanguage';
import {
  checkMessageAction,
  messageActionName,
  messageRecipient,
  recordSentMessage,
  repliesInThread,
  type MessageAction,
} from '../../../domain/messageActions';
import type { Result } from '../../../domain/result';
import type * as TemplatesModule from '../../../domain/templates';
import type { Commitment, SentProof, TeamSettings } from '../../../domain/types';
import { sameEmail, type FieldError } from '../../../domain/validation';
import { isStoreError } from '../../../store/Store';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { useOpenDraft } from '../../../ui/useOpenDraft';
import { useT } from '../../../ui/useT';
import { draftReader } from '../usePersistentDraft';
import { forgetActionDraft, type ActionFormName } from './actionNames';
import { readPending, writePending, type PendingMessage } from './pendingMessage';
import { pendingReply, rememberWatermark, threadChanges, threadWatermark } from './threadRefresh';
import '../messages';

/**
 * The message templates and the words of the language the message is written in (the customer's),
 * loaded on the first message: opening a pane never needs them.
 */
const loadTemplates = (language: string): Promise<typeof TemplatesModule> =>
  Promise.all([import('../../../domain/templates'), loadMessageLanguage(language)]).then(([templates]) => templates);

/** A reply sent up to this long before the draft opened is not it (clocks of host and mailbox differ a little). */
const CLOCK_SKEW_MS = 2 * 60_000;

export interface ActionOutcome {
  readonly ok: boolean;
  /** Messages beside the fields, when the domain refused what was typed. */
  readonly fieldErrors?: readonly FieldError[];
  /** What failed, for a form that reacts to it (a conflict carries the stored commitment). */
  readonly error?: unknown;
}

export type SentCheck = 'idle' | 'checking' | 'not-yet';

/**
 * The owner's pane reading the request's thread: not at all (not the owner, no mailbox, not from an
 * email), reading, read, waiting for the user to allow it (consent is asked only when they press),
 * or failed (offline, throttled: the message says why; nothing is lost, the next refresh tries again).
 */
export type ThreadState =
  | { readonly status: 'off' | 'idle' | 'reading' | 'read' | 'needs-consent' }
  | { readonly status: 'failed'; readonly message: string };

export interface CommitmentActions {
  readonly busy: boolean;
  /** The last failure, worded for people (a conflict says the typed text is kept). */
  readonly error: string | null;
  /** What the last action did, worded for people. */
  readonly notice: string | null;
  readonly conflict: boolean;
  /** A message drafted and not yet known to be sent. */
  readonly pending: PendingMessage | null;
  readonly sentCheck: SentCheck;
  /** Why Kept could not look in Sent Items, when it asked the user instead. */
  readonly sentCheckFailure: string | null;
  clearMessages(): void;
  context(): ActionContext;
  /** Saves what `build` computes from the commitment as it is now (no message goes with it). */
  run(
    build: (c: Commitment, ctx: ActionContext) => Commitment | Result<Commitment, FieldError[]>,
  ): Promise<ActionOutcome>;
  /** Checks and drafts a message action; it is recorded only once sent. */
  send(action: MessageAction, form?: ActionFormName): Promise<ActionOutcome>;
  /** The user's answer to "Sent?": only a yes records anything. */
  answerSent(sent: boolean): Promise<ActionOutcome>;
  /** Looks for the reply in Sent Items now; `byUser` when the user asked (sign-in may be shown). */
  checkSentItems(byUser?: boolean): Promise<void>;
  /** The request's thread, as the owner's pane reads it. */
  readonly thread: ThreadState;
  /** Reads what arrived in the thread since the last read (one request); `byUser`: consent may be asked. */
  refreshThread(byUser?: boolean): Promise<void>;
}

/**
 * The actions on one commitment, for every surface: compute the next commitment in the domain
 * (validation included), save it with the version it was based on, and word what happened. A
 * message action ("recorded when sent") is drafted first and recorded only when the host saw it in
 * Sent Items or the user says it was sent; until then it waits here, and in localStorage with the
 * unsaved drafts (pendingMessage.ts). A
 * conflict is shown, the commitment re-read, and what the user typed stays in the form.
 */
export function useCommitmentActions(
  commitment: Commitment,
  settings: TeamSettings,
  onConflict?: () => void,
): CommitmentActions {
  const { store, host, clock, newId } = useServices();
  const openDraft = useOpenDraft();
  const translator = useT();
  const { t, locale } = translator;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const reader = useCallback(() => draftReader(clock.now(), host.user.email), [clock, host]);
  const [pending, setPendingState] = useState<PendingMessage | null>(() => readPending(commitment.id, reader()));
  const [sentCheck, setSentCheck] = useState<SentCheck>('idle');
  const [sentCheckFailure, setSentCheckFailure] = useState<string | null>(null);
  // Only the owner's pane reads the thread: it is the owner's mailbox, and their replies are the updates.
  const threadWatched =
    host.mailbox !== undefined &&
    commitment.source.kind === 'email' &&
    commitment.source.conversationId !== '' &&
    commitment.cancelledAt === undefined &&
    sameEmail(host.user.email, commitment.owner.email);
  const [threadRead, setThread] = useState<ThreadState>({ status: 'idle' });
  const thread: ThreadState = threadWatched ? threadRead : { status: 'off' };
  // The commitment as it is now, for actions that finish after a re-render (a message sent later).
  const latest = useRef(commitment);
  useLayoutEffect(() => {
    latest.current = commitment;
  }, [commitment]);

  const setPending = useCallback(
    (next: PendingMessage | null) => {
      writePending(commitment.id, next, reader());
      setPendingState(next);
    },
    [commitment.id, reader],
  );

  const context = useCallback((): ActionContext => ({ now: clock.now(), by: host.user, newId }), [clock, host, newId]);

  const words = useCallback(
    (errors: readonly FieldError[]) => errors.map((e) => formatMessage(locale, e.message)).join(' '),
    [locale],
  );

  /** Saves `next`; a conflict is retried once on the stored version when `retry` can redo the change there. */
  const save = useCallback(
    async (next: Commitment, retry?: (current: Commitment) => Commitment | undefined): Promise<ActionOutcome> => {
      setBusy(true);
      try {
        await store.update(next);
        return { ok: true };
      } catch (first: unknown) {
        let failure = first;
        const stored = isStoreError(first) && first.code === 'conflict' ? first.current : undefined;
        const again = stored !== undefined && retry !== undefined ? retry(stored) : undefined;
        if (again !== undefined) {
          try {
            await store.update(again);
            return { ok: true };
          } catch (second: unknown) {
            failure = second;
          }
        }
        setError(describeError(failure, translator));
        if (isStoreError(failure) && failure.code === 'conflict') {
          setConflict(true);
          onConflict?.();
        }
        return { ok: false, error: failure };
      } finally {
        setBusy(false);
      }
    },
    [onConflict, store, translator],
  );

  const run = useCallback<CommitmentActions['run']>(
    async (build) => {
      setError(null);
      setNotice(null);
      setConflict(false);
      const c = latest.current;
      const outcome = build(c, context());
      const result: Result<Commitment, FieldError[]> = 'ok' in outcome ? outcome : { ok: true, value: outcome };
      if (!result.ok) return { ok: false, fieldErrors: result.error };
      if (result.value === c) return { ok: true };
      const saved = await save(result.value);
      if (saved.ok) setNotice(t('actions.saved'));
      return saved;
    },
    [context, save, t],
  );

  const record = useCallback(
    async (message: PendingMessage, proof: SentProof): Promise<ActionOutcome> => {
      const apply = (c: Commitment) => recordSentMessage(c, message.action, settings, context(), proof);
      const result = apply(latest.current);
      if (!result.ok) {
        // It went to the customer but no longer applies (someone delivered meanwhile): say so, keep nothing pending.
        setError(words(result.error));
        setPending(null);
        return { ok: false, fieldErrors: result.error };
      }
      const saved = await save(result.value, (current) => {
        const again = apply(current);
        return again.ok ? again.value : undefined;
      });
      if (saved.ok) {
        setPending(null);
        if (message.form !== undefined) forgetActionDraft(latest.current, message.form);
        setNotice(t('actions.sent.recorded', { message: formatMessage(locale, messageActionName(message.action)) }));
      }
      return saved;
    },
    [context, locale, save, setPending, settings, t, words],
  );

  const send = useCallback<CommitmentActions['send']>(
    async (action, form) => {
      setError(null);
      setNotice(null);
      setConflict(false);
      setSentCheckFailure(null);
      setSentCheck('idle');
      const c = latest.current;
      const errors = checkMessageAction(c, action, settings, context());
      if (errors.length > 0) return { ok: false, fieldErrors: errors };
      let draft: TemplatesModule.Draft;
      try {
        // Every message is worded and dated in the commitment's message language, not the pane's.
        const language = draftLocale(c, locale);
        const templates = await loadTemplates(language);
        // The delivery note says "early" or "on time" as it will be once recorded.
        const preview = recordSentMessage(c, action, settings, context(), { via: 'user' });
        draft = templates.messageDraft(
          action.kind === 'deliver' && preview.ok ? preview.value : c,
          action,
          settings,
          language,
        );
      } catch (failure) {
        const detail = failure instanceof Error ? failure.message : String(failure);
        setError(t('actions.draftFailed', { detail }));
        return { ok: false, error: failure };
      }
      const item = host.currentItem();
      const conversationId =
        item?.kind === 'email' && repliesInThread(c, action) && item.conversationId !== ''
          ? item.conversationId
          : undefined;
      const openedAt = clock.now().toISOString();
      const recipient = messageRecipient(c, action);
      const shown = await openDraft(
        {
          mode: conversationId !== undefined ? 'reply' : 'new',
          to: [recipient],
          subject: draft.subject,
          html: draft.html,
          text: draft.text,
          lang: draft.lang,
          dir: draft.dir,
        },
        // The request to sign off goes to the checker, a colleague.
        action.kind === 'sign-off-request' && c.checker !== undefined ? 'colleague' : 'customer',
      );
      // Only a reply opened in the host's own form can be found in Sent Items; otherwise ask once.
      const watch = shown === 'opened' && conversationId !== undefined && host.mailbox !== undefined;
      setPending({
        action,
        ...(form !== undefined ? { form } : {}),
        openedAt,
        confirm: watch ? { via: 'sent-items', conversationId } : { via: 'ask' },
      });
      return { ok: true };
    },
    [clock, context, host, locale, openDraft, setPending, settings, t],
  );

  const answerSent = useCallback<CommitmentActions['answerSent']>(
    async (sent) => {
      const message = pending;
      if (message === null) return { ok: true };
      setError(null);
      if (!sent) {
        setPending(null);
        setNotice(t('actions.sent.notRecorded', { message: formatMessage(locale, messageActionName(message.action)) }));
        return { ok: true };
      }
      return record(message, { via: 'user' });
    },
    [locale, pending, record, setPending, t],
  );

  const checkSentItems = useCallback(
    async (byUser = false) => {
      const message = pending;
      const mailbox = host.mailbox;
      if (message === null || message.confirm.via !== 'sent-items') return;
      if (mailbox === undefined) {
        setPending({ ...message, confirm: { via: 'ask' } });
        return;
      }
      setSentCheck('checking');
      try {
        const since = new Date(Date.parse(message.openedAt) - CLOCK_SKEW_MS).toISOString();
        const found = await mailbox.sentInConversation(message.confirm.conversationId, since, {
          mayAskToSignIn: byUser,
        });
        const reply = found.find((m) => Date.parse(m.sentAt) >= Date.parse(since));
        if (reply === undefined) {
          setSentCheck('not-yet');
          return;
        }
        setSentCheck('idle');
        await record(message, { via: 'sent-items', at: reply.sentAt });
      } catch (failure) {
        // The mailbox cannot tell (consent refused, offline): ask the user once instead.
        setSentCheck('idle');
        setSentCheckFailure(t('actions.sent.cannotCheck', { detail: describeError(failure, translator) }));
        setPending({ ...message, confirm: { via: 'ask' } });
      }
    },
    [host.mailbox, pending, record, setPending, t, translator],
  );

  const reading = useRef(false);
  const refreshThread = useCallback(
    async (byUser = false) => {
      const mailbox = host.mailbox;
      const c = latest.current;
      if (!threadWatched || mailbox === undefined || c.source.kind !== 'email' || reading.current) return;
      const after = threadWatermark(c, host.user.email);
      if (after === undefined) return;
      reading.current = true;
      const message = pending;
      const waiting = message?.confirm.via === 'sent-items';
      setThread({ status: 'reading' });
      if (waiting) setSentCheck('checking');
      try {
        let page;
        try {
          page = await mailbox.threadSince(c.source.conversationId, after, { mayAskToSignIn: byUser });
        } catch (failure) {
          const consent = isStoreError(failure) && failure.code === 'unauthorized' && !byUser;
          setThread(
            consent
              ? { status: 'needs-consent' }
              : {
                  status: 'failed',
                  // Nothing of a read is queued: throttled, it is simply read at the next refresh.
                  message:
                    isStoreError(failure) && failure.code === 'throttled'
                      ? t('actions.reply.throttled')
                      : t('actions.reply.failed', { detail: describeError(failure, translator) }),
                },
          );
          if (waiting && message !== null) {
            // The mailbox cannot tell (consent refused, offline): ask the user once instead.
            setSentCheck('idle');
            setSentCheckFailure(t('actions.sent.cannotCheck', { detail: describeError(failure, translator) }));
            setPending({ ...message, confirm: { via: 'ask' } });
          }
          return;
        }
        const waited = pendingReply(message, page, CLOCK_SKEW_MS);
        const { next, recorded } = threadChanges(latest.current, page, waited, settings, context());
        if (next !== latest.current) {
          const saved = await save(next, (current) => threadChanges(current, page, waited, settings, context()).next);
          if (!saved.ok) {
            setThread({ status: 'idle' });
            if (waiting) setSentCheck('idle');
            return;
          }
        }
        rememberWatermark(c, host.user.email, page);
        setThread({ status: 'read' });
        if (waited !== undefined && recorded !== undefined) {
          setSentCheck('idle');
          setPending(null);
          if (!recorded.ok) setError(words(recorded.error));
          else {
            if (waited.message.form !== undefined) forgetActionDraft(latest.current, waited.message.form);
            setNotice(
              t('actions.sent.recorded', { message: formatMessage(locale, messageActionName(waited.message.action)) }),
            );
          }
        } else if (waiting) setSentCheck('not-yet');
      } finally {
        reading.current = false;
      }
    },
    [context, host, locale, pending, save, setPending, settings, t, threadWatched, translator, words],
  );

  // One read per refresh: where the pane reads the thread, that read also finds the reply it waits for.
  const poll = useCallback(
    (byUser = false) => (threadWatched ? refreshThread(byUser) : checkSentItems(byUser)),
    [checkSentItems, refreshThread, threadWatched],
  );
  const check = useRef(poll);
  useLayoutEffect(() => {
    check.current = poll;
  }, [poll]);

  // The owner's pane reads the thread when it opens, when the window gets focus again (at most once a
  // minute), and when the host says the conversation changed (the demo inbox).
  const conversationId = commitment.source.kind === 'email' ? commitment.source.conversationId : '';
  const lastRead = useRef(0);
  useEffect(() => {
    if (!threadWatched) return;
    const read = (force: boolean) => {
      const now = Date.now();
      if (!force && now - lastRead.current < 60_000) return;
      lastRead.current = now;
      void check.current();
    };
    read(true);
    const onFocus = () => read(false);
    window.addEventListener('focus', onFocus);
    const stop = host.mailbox?.onThreadChanged?.((changed) => {
      if (changed === conversationId) read(true);
    });
    return () => {
      window.removeEventListener('focus', onFocus);
      stop?.();
    };
  }, [conversationId, host.mailbox, threadWatched]);

  // A pane reopened on a message it was waiting for looks in Sent Items at once, then every little while.
  const watching = pending?.confirm.via === 'sent-items';
  const openedAt = pending?.openedAt;
  useEffect(() => {
    if (!watching) return;
    // Just opened: the reply is being written, not sent. Reopened later: it may be sent already
    // (the owner's pane has just read the thread, which looked for it).
    const reopened = openedAt === undefined || clock.now().getTime() - Date.parse(openedAt) > 10_000;
    if (reopened && !threadWatched) void check.current();
    const timer = window.setInterval(() => void check.current(), 20_000);
    const onFocus = () => void check.current();
    // The owner's pane reads on focus already (above).
    if (!threadWatched) window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
    // Only entering the waiting state starts the watch; the time it opened is read once then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watching]);

  return {
    busy,
    error,
    notice,
    conflict,
    pending,
    sentCheck,
    sentCheckFailure,
    clearMessages: useCallback(() => {
      setError(null);
      setNotice(null);
    }, []),
    context,
    run,
    send,
    answerSent,
    checkSentItems: poll,
    thread,
    refreshThread,
  };
}
