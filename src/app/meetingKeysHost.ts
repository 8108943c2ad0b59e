import type { HostContext, HostItem, Unsubscribe } from '../hosts/HostContext';

type Meeting = Extract<HostItem, { kind: 'meeting' }>;

/** What a lookup may find; either key may be missing (a meeting that is not online has no join URL). */
export interface FoundMeetingKeys {
  readonly iCalUId?: string;
  readonly joinUrl?: string;
  /** The meeting's title, for a host that knew none (Teams: the meeting chat's topic). */
  readonly subject?: string;
}

/** What the host knows a meeting by: Outlook's REST id of the appointment, or the Teams meeting chat. */
export type MeetingHandle =
  { readonly kind: 'event'; readonly id: string } | { readonly kind: 'chat'; readonly id: string };

/** Keys looked up in one pane session; a pane that stays pinned all day sees a few hundred meetings at most. */
const MAX_REMEMBERED = 200;

const present = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};

/** A meeting no surface could find yet: a saved Outlook appointment or a Teams meeting chat, but neither key. */
function handleOf(item: HostItem | undefined): MeetingHandle | undefined {
  if (item?.kind !== 'meeting' || present(item.iCalUId) !== undefined || present(item.joinUrl) !== undefined)
    return undefined;
  const chatId = present(item.chatId);
  if (chatId !== undefined) return { kind: 'chat', id: chatId };
  const itemId = present(item.itemId);
  return itemId === undefined ? undefined : { kind: 'event', id: itemId };
}

const handleKey = (handle: MeetingHandle) => `${handle.kind}:${handle.id}`;

function usable(found: FoundMeetingKeys | undefined): FoundMeetingKeys | undefined {
  const iCalUId = present(found?.iCalUId);
  const joinUrl = present(found?.joinUrl);
  const subject = present(found?.subject);
  if (iCalUId === undefined && joinUrl === undefined) return undefined;
  return {
    ...(iCalUId === undefined ? {} : { iCalUId }),
    ...(joinUrl === undefined ? {} : { joinUrl }),
    ...(subject === undefined ? {} : { subject }),
  };
}

/**
 * Outlook's appointment gives Kept a REST id, and a Teams meeting panel the meeting chat's id, but
 * neither the iCalUId nor the join URL that the other surfaces know the meeting by. This host looks
 * them up (`resolve`: Graph's event-get for an appointment, chat-get for a Teams meeting) and shows the
 * meeting with them, so every surface finds the same commitments:
 * - once per item: found keys are remembered by REST id or chat id; lookups of the same id share one request;
 * - until they arrive the item is shown with `keysPending`, then re-emitted through onItemChanged
 *   (with the keys, or as Outlook gave it when none were found);
 * - a failed or empty lookup leaves the item as it was (the checklist explains) and is tried again
 *   the next time that item is selected; nothing is thrown at the UI;
 * - a lookup that ends after the user selected another item changes nothing on screen;
 * - items that already have a key, emails and "nothing selected" pass through as the same objects.
 * It follows the inner host only while someone listens, so a discarded composition leaves nothing behind.
 */
export function withMeetingKeys(
  host: HostContext,
  resolve: (meeting: MeetingHandle) => Promise<FoundMeetingKeys>,
): HostContext {
  const found = new Map<string, FoundMeetingKeys>();
  const inFlight = new Map<string, Promise<FoundMeetingKeys | undefined>>();
  const listeners = new Set<(item: HostItem | undefined) => void>();
  let stopFollowing: Unsubscribe | undefined;
  let adopted = false;
  /** The item as the inner host gave it, and what this host shows for it (the same object or one with keys). */
  let raw: HostItem | undefined;
  let shown: HostItem | undefined;

  const withKeys = (item: Meeting, { subject, ...keys }: FoundMeetingKeys): HostItem => ({
    ...item,
    ...keys,
    ...(item.subject === '' && subject !== undefined ? { subject } : {}),
  });

  const remember = (restId: string, keys: FoundMeetingKeys) => {
    found.delete(restId);
    found.set(restId, keys);
    if (found.size > MAX_REMEMBERED) {
      const oldest = found.keys().next().value;
      if (oldest !== undefined) found.delete(oldest);
    }
  };

  const lookUp = (handle: MeetingHandle): Promise<FoundMeetingKeys | undefined> => {
    const key = handleKey(handle);
    const pending = inFlight.get(key);
    if (pending !== undefined) return pending;
    // `resolve` may throw synchronously or reject: both mean "no keys" for this selection.
    let answer: Promise<FoundMeetingKeys>;
    try {
      answer = resolve(handle);
    } catch (error) {
      answer = Promise.reject(error);
    }
    const started = answer
      .then(usable, () => undefined)
      .then((keys) => {
        inFlight.delete(key);
        if (keys !== undefined) remember(key, keys);
        return keys;
      });
    inFlight.set(key, started);
    return started;
  };

  const emit = () => {
    for (const listener of [...listeners]) listener(shown);
  };

  const adopt = (next: HostItem | undefined) => {
    adopted = true;
    raw = next;
    const handle = handleOf(next);
    if (handle === undefined || next?.kind !== 'meeting') {
      shown = next;
      return;
    }
    const known = found.get(handleKey(handle));
    if (known !== undefined) {
      shown = withKeys(next, known);
      return;
    }
    // While the lookup runs the surfaces say "finding this meeting", not "sign in".
    shown = { ...next, keysPending: true };
    void lookUp(handle).then((keys) => {
      // Only for the selection it was asked for: a later ItemChanged wins over a slow answer.
      if (raw !== next) return;
      shown = keys === undefined ? next : withKeys(next, keys);
      emit();
    });
  };

  /** Catches up with the inner host when nobody listened while it changed. */
  const sync = () => {
    const current = host.currentItem();
    if (!adopted || current !== raw) adopt(current);
  };

  const follow = () => {
    stopFollowing = host.onItemChanged((next) => {
      if (!adopted || next !== raw) adopt(next);
      emit();
    });
  };

  return {
    kind: host.kind,
    user: host.user,
    locale: host.locale,
    dir: host.dir,
    theme: () => host.theme(),
    onThemeChange: (listener) => host.onThemeChange(listener),
    team: () => host.team(),
    currentItem: () => {
      sync();
      return shown;
    },
    onItemChanged: (listener) => {
      if (listeners.size === 0) {
        sync();
        follow();
      }
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        stopFollowing?.();
        stopFollowing = undefined;
      };
    },
    openDraft: (draft) => host.openDraft(draft),
    tagCurrentItem: (category) => host.tagCurrentItem(category),
    commitmentLink: (id, teamId) => host.commitmentLink(id, teamId),
    initialCommitmentId: () => host.initialCommitmentId(),
    ...(host.preferences === undefined ? {} : { preferences: host.preferences }),
  };
}
