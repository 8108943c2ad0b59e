import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { acknowledge, createCommitment, deliver, editCommitment, type ActionContext } from '../../domain/actions';
import { loadMessageLanguage } from '../../domain/i18n/load';
import { defaultMessageLanguage, sharedDraftLocale } from '../../domain/messageLanguage';
import type { MessageRef } from '../../domain/i18n';
import { err, ok, type Result } from '../../domain/result';
import { statusAt, type StatusKind } from '../../domain/status';
import type { Draft, RecapRow } from '../../domain/templates';
import type { Commitment, Person, TeamSettings } from '../../domain/types';
import type { CommitmentInput, FieldError } from '../../domain/validation';
import type { TeamsPost } from '../../hosts/HostContext';
import { isStoreError } from '../../store/Store';
import { describeError } from '../../ui/describeError';
import { useServices } from '../../ui/services';
import { useNow } from '../../ui/useNow';
import { useOpenDraft } from '../../ui/useOpenDraft';
import { useT } from '../../ui/useT';
import { useTeamSettings, type Loadable } from '../../ui/useTeamSettings';
import { meetingKey, meetingPeople, meetingSource, others, type MeetingItem } from './meetingPeople';
import { useLiveRefresh, type LiveRefreshState } from './useLiveRefresh';
import { useMeetingCommitments } from './useMeetingCommitments';

export interface ChecklistRow {
  readonly commitment: Commitment;
  readonly status: StatusKind;
}

/** What a failed action tells the form: messages by field, or one message for the whole action. */
export type ActionErrors =
  | readonly FieldError[]
  | {
      readonly general: string;
      /** For a conflict: the version someone else saved, to rebase what the user typed onto. */
      readonly current?: Commitment;
    };

export interface NewPromise {
  readonly title: string;
  readonly customer: Person;
  readonly owner: Person;
  readonly targetDate: string;
  readonly promisedDate: string;
}

export interface MeetingChecklistState {
  readonly meeting: MeetingItem;
  /** False for a meeting with neither iCalUId nor join URL (a new, unsaved appointment). */
  readonly canStore: boolean;
  readonly settings: Loadable<TeamSettings>;
  readonly rows: Loadable<readonly ChecklistRow[]>;
  /** The team's commitments, for the promised-date suggestion; empty until loaded. */
  readonly teamHistory: readonly Commitment[];
  readonly people: readonly Person[];
  readonly me: Person;
  readonly now: Date;
  readonly live: LiveRefreshState;
  addPromise(promise: NewPromise): Promise<Result<Commitment, ActionErrors>>;
  /** Ticking a row = delivering the commitment (final: the domain has no "undeliver"). */
  deliverRow(c: Commitment, note: string): Promise<Result<Commitment, ActionErrors>>;
  savePlan(c: Commitment, input: CommitmentInput): Promise<Result<Commitment, ActionErrors>>;
  sendRecap(): Promise<void>;
  /** The recap as it would be sent now; undefined while the promises are loading. */
  recapDraft(): Promise<Draft | undefined>;
  /** Posts in the meeting's chat; absent where there is no chat or no Teams (an Outlook appointment). */
  readonly postRecapToChat?: (post: TeamsPost) => Promise<void>;
  /** People the recap goes to: the attendees except me, or the rows' people when the host gave no attendees. */
  readonly recapRecipients: readonly Person[];
}

const general = (text: string): ActionErrors => ({ general: text });

export const isFieldErrors = (errors: ActionErrors): errors is readonly FieldError[] => Array.isArray(errors);

export function useMeetingChecklist(meeting: MeetingItem): MeetingChecklistState {
  const { store, host, clock, newId, teamId } = useServices();
  const translator = useT();
  const openDraft = useOpenDraft();
  const settings = useTeamSettings();
  const key = useMemo(() => meetingKey(meeting), [meeting]);
  const query = useMeetingCommitments(key);
  const { reread } = query;
  const now = useNow(60_000);
  const [teamHistory, setTeamHistory] = useState<readonly Commitment[]>([]);

  // The suggestion learns from the team's deliveries. Read once per panel, not on every change:
  // a meeting panel must not re-read thousands of commitments each time a row is ticked.
  useEffect(() => {
    let live = true;
    store.list({ teamId }).then(
      (all) => live && setTeamHistory(all),
      () => undefined, // Without history the suggestion uses the team's default buffer.
    );
    return () => {
      live = false;
    };
  }, [store, teamId]);

  useBackfillMeetingKeys(meeting, query.state === 'ready' ? query.value : undefined);

  const live = useLiveRefresh(
    useCallback(async () => {
      await store.sync();
      await reread();
    }, [store, reread]),
  );

  const rows = useMemo<Loadable<readonly ChecklistRow[]>>(() => {
    if (query.state !== 'ready') return query;
    if (settings.state !== 'ready') return settings.state === 'error' ? settings : { state: 'loading' };
    return {
      state: 'ready',
      value: query.value.map((commitment) => ({ commitment, status: statusAt(commitment, settings.value, now).kind })),
    };
  }, [query, settings, now]);

  const people = useMemo(() => meetingPeople(meeting), [meeting]);
  const me = host.user;

  const context = useCallback((): ActionContext => ({ now: clock.now(), by: host.user, newId }), [clock, host, newId]);

  /** Runs a store write; a StoreError becomes one worded message, nothing is thrown at the form. */
  const guarded = useCallback(
    async (write: () => Promise<Commitment>): Promise<Result<Commitment, ActionErrors>> => {
      try {
        return ok(await write());
      } catch (error) {
        if (isStoreError(error) && error.code === 'conflict' && error.current !== undefined)
          return err({ general: describeError(error, translator), current: error.current });
        return err(general(describeError(error, translator)));
      }
    },
    [translator],
  );

  const addPromise = useCallback(
    async (promise: NewPromise): Promise<Result<Commitment, ActionErrors>> => {
      if (settings.state !== 'ready') return err(general(translator.t('common.loading')));
      const ctx = context();
      const created = createCommitment(
        {
          input: {
            title: promise.title,
            customer: promise.customer,
            owner: promise.owner,
            steps: [],
            acceptanceCriteria: '',
            targetDate: promise.targetDate,
            promisedDate: promise.promisedDate,
            updateCadenceDays: settings.value.defaultCadenceDays,
            // The language the team last wrote to this customer in, else the promiser's own.
            messageLanguage: defaultMessageLanguage(promise.customer.email, teamHistory, translator.locale),
          },
          teamId,
          source: meetingSource(meeting),
          requestedAt: ctx.now.toISOString(),
        },
        settings.value,
        ctx,
      );
      if (!created.ok) return err(created.error);
      // Promised face to face in the meeting: the customer heard it, so it is acknowledged.
      const acknowledged = acknowledge(created.value, ctx);
      return guarded(() => store.create(acknowledged));
    },
    [settings, translator, context, teamId, meeting, guarded, store, teamHistory],
  );

  const deliverRow = useCallback(
    async (c: Commitment, note: string): Promise<Result<Commitment, ActionErrors>> => {
      const first = deliver(c, note, context());
      if (!first.ok) return err(first.error);
      try {
        return ok(await store.update(first.value));
      } catch (error) {
        // Someone else changed the row meanwhile (an attendee added a plan): deliver their version.
        if (!isStoreError(error) || error.code !== 'conflict' || error.current === undefined)
          return err(general(describeError(error, translator)));
        const current = error.current;
        if (current.deliveredAt !== undefined) return ok(current);
        const again = deliver(current, note, context());
        if (!again.ok) return err(again.error);
        return guarded(() => store.update(again.value));
      }
    },
    [context, store, translator, guarded],
  );

  const savePlan = useCallback(
    async (c: Commitment, input: CommitmentInput): Promise<Result<Commitment, ActionErrors>> => {
      if (settings.state !== 'ready') return err(general(translator.t('common.loading')));
      const edited = editCommitment(c, input, settings.value, context());
      if (!edited.ok) return err(edited.error);
      return guarded(() => store.update(edited.value));
    },
    [settings, translator, context, guarded, store],
  );

  const recapRecipients = useMemo(() => {
    const attendees = others(people, me);
    if (attendees.length > 0) return attendees;
    const fromRows: Person[] = [];
    for (const row of query.state === 'ready' ? query.value : []) {
      for (const person of [row.owner, row.customer]) {
        if (!fromRows.some((p) => p.email.toLowerCase() === person.email.toLowerCase())) fromRows.push(person);
      }
    }
    return others(fromRows, me);
  }, [people, me, query]);

  /** The recap as drafted now: the standing promises, in the customers' language when they share one. */
  const recapDraft = useCallback(async (): Promise<Draft | undefined> => {
    if (query.state !== 'ready') return undefined;
    // A cancelled promise is no longer a promise: the recap lists what still stands or was delivered.
    const standing = query.value.filter((c) => c.cancelledAt === undefined);
    const language = sharedDraftLocale(standing, translator.locale);
    await loadMessageLanguage(language);
    const recapRows: RecapRow[] = standing.map((c) => ({
      owner: c.owner,
      customer: c.customer,
      title: c.title,
      promisedDate: c.promisedDate,
      done: c.deliveredAt !== undefined,
    }));
    // The message templates load with the first recap: showing the checklist never needs them.
    const { meetingRecapDraft } = await import('../../domain/templates');
    return meetingRecapDraft(meeting.subject, recapRows, language, me);
  }, [query, meeting.subject, translator.locale, me]);

  const sendRecap = useCallback(async () => {
    const draft = await recapDraft();
    // One message to every attendee.
    if (draft !== undefined) await openDraft({ mode: 'new', to: recapRecipients, ...draft }, 'attendees');
  }, [recapDraft, openDraft, recapRecipients]);

  // The meeting's chat, where Kept may post in Teams for the user (a Teams meeting, Teams at hand).
  const chatId = meeting.chatId;
  const teamwork = host.teamwork;
  const postRecapToChat = useMemo(
    () =>
      chatId === undefined || teamwork === undefined
        ? undefined
        : (post: TeamsPost) => teamwork.postToChat(chatId, post),
    [chatId, teamwork],
  );

  return {
    meeting,
    canStore: key !== undefined,
    settings,
    rows,
    teamHistory,
    people,
    me,
    now,
    live,
    addPromise,
    deliverRow,
    savePlan,
    sendRecap,
    recapDraft,
    ...(postRecapToChat === undefined ? {} : { postRecapToChat }),
    recapRecipients,
  };
}

/** The message for one field, worded; undefined when the field has none. */
export function fieldMessage(
  errors: ActionErrors | undefined,
  fmt: (ref: MessageRef) => string,
  ...fields: readonly string[]
): string | undefined {
  if (errors === undefined || !isFieldErrors(errors)) return undefined;
  const found = errors.find((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
  return found === undefined ? undefined : fmt(found.message);
}

/**
 * A promise found by one key learns the other: a row added in Teams (join URL only) gets the
 * iCalUId when a surface that knows both opens the meeting, so Outlook finds it too. Best effort,
 * once per row per panel: a conflict or an offline store just leaves it for the next surface.
 */
function useBackfillMeetingKeys(meeting: MeetingItem, rows: readonly Commitment[] | undefined) {
  const { store } = useServices();
  const tried = useRef(new Set<string>());
  useEffect(() => {
    if (rows === undefined) return;
    const iCalUId = meeting.iCalUId?.trim() || undefined;
    const joinUrl = meeting.joinUrl?.trim() || undefined;
    for (const c of rows) {
      if (c.source.kind !== 'meeting' || tried.current.has(c.id)) continue;
      const addICal = iCalUId !== undefined && c.source.iCalUId === undefined;
      const addJoin = joinUrl !== undefined && c.source.joinUrl === undefined;
      if (!addICal && !addJoin) continue;
      tried.current.add(c.id);
      const source = {
        ...c.source,
        ...(addICal ? { iCalUId } : {}),
        ...(addJoin ? { joinUrl } : {}),
      };
      store.update({ ...c, source }).catch(() => undefined);
    }
  }, [store, meeting, rows]);
}
