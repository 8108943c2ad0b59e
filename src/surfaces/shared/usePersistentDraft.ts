// Stores: what the user typed into a form that is not saved yet (the create form, an action form
// such as "Send update", in the task pane or the overview's details), in the browser's localStorage
// under `kept.draft.<internetMessageId>` (create form of an email), `kept.draft.<commitmentId>.<action>`
// (action forms), `kept.draft.<commitmentId>.edit` (the plan of a saved commitment) or
// `kept.draft.<commitmentId>.pending` (a drafted message waiting to be known as sent, see
// actions/pendingMessage.ts), as JSON `{ savedAt, by, value }`: when and by whom it was typed. An entry is written on the first
// keystroke and removed when the form is saved or discarded, so an error, a failed save, a closed
// pane or a reload never loses typed text. It is customer text on a device that may be shared, so
// it does not stay forever: after DRAFT_LIFETIME_MS, when its commitment is deleted or cancelled,
// and when someone else opens the pane (the previous user signed out) it is removed.
// Only the text the user typed is kept there, on this device; it never leaves the browser.
import { useEffect, useState } from 'react';
import { useServices } from '../../ui/services';

const PREFIX = 'kept.draft.';

export const draftKey = (...parts: readonly string[]): string => PREFIX + parts.join('.');

/** Where the edit form of a saved commitment keeps its unsaved changes. */
export const editDraftKey = (commitmentId: string): string => draftKey(commitmentId, 'edit');

/** localStorage can be missing (privacy modes) or throw (quota, disabled): the form then lives in memory only. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Unsaved text older than this is forgotten: the request has moved on, and the text should not linger. */
export const DRAFT_LIFETIME_MS = 14 * 24 * 60 * 60_000;

interface StoredDraft {
  /** Epoch ms of the last keystroke. */
  readonly savedAt: number;
  /** The signed-in user who typed it (email, lower case). */
  readonly by: string;
  readonly value: unknown;
}

/** Who reads, and when: a draft is theirs if they typed it within DRAFT_LIFETIME_MS. */
export interface Reader {
  readonly now: Date;
  readonly user: string;
}

const userKey = (email: string) => email.trim().toLowerCase();

/** The signed-in user reading drafts now. */
export const draftReader = (now: Date, email: string): Reader => ({ now, user: userKey(email) });

function isStoredDraft(value: unknown): value is StoredDraft {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.savedAt === 'number' && typeof v.by === 'string' && 'value' in v;
}

const belongsTo = (draft: StoredDraft, reader: Reader) =>
  draft.by === reader.user && reader.now.getTime() - draft.savedAt <= DRAFT_LIFETIME_MS;

export function removeStoredDraft(key: string) {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

/** A stored draft, if it is the reader's and not expired (another user's or an expired one is removed). */
export function readStoredDraft<T>(key: string, accept: (value: unknown) => value is T, reader: Reader): T | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (raw === null || raw === undefined) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!isStoredDraft(parsed)) return accept(parsed) ? parsed : undefined; // written before drafts were dated
    if (!belongsTo(parsed, reader)) {
      removeStoredDraft(key);
      return undefined;
    }
    return accept(parsed.value) ? (parsed.value as T) : undefined;
  } catch {
    return undefined;
  }
}

function draftKeys(): string[] {
  const store = storage();
  if (store === undefined) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX) === true) keys.push(key);
  }
  return keys;
}

/**
 * Removes drafts that are too old or were typed by someone else (the previous user signed out of
 * Outlook on this browser); dates the ones written before drafts were dated, so they expire too.
 */
export function sweepDrafts(reader: Reader): void {
  try {
    for (const key of draftKeys()) {
      const raw = storage()?.getItem(key);
      if (raw === null || raw === undefined) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        removeStoredDraft(key);
        continue;
      }
      if (!isStoredDraft(parsed)) {
        const dated: StoredDraft = { savedAt: reader.now.getTime(), by: reader.user, value: parsed };
        storage()?.setItem(key, JSON.stringify(dated));
      } else if (!belongsTo(parsed, reader)) removeStoredDraft(key);
    }
  } catch {
    // Storage unavailable or full: nothing was kept there to sweep.
  }
}

/** Every unsaved form of a commitment (its plan, its actions): nothing can be done with them once it is gone. */
export function clearDraftsOf(commitmentId: string): void {
  for (const key of draftKeys()) if (key.startsWith(draftKey(commitmentId, ''))) removeStoredDraft(key);
}

/**
 * Draft housekeeping for a surface with forms (the task pane, the overview with its details): sweeps
 * once before the forms below read their drafts, and
 * clears a commitment's drafts when it is deleted or cancelled (here or anywhere this store hears of).
 */
export function useDraftHousekeeping(): void {
  const { clock, host, store } = useServices();
  // A state initializer runs once, during the first render, before any child reads a draft.
  useState(() => sweepDrafts(draftReader(clock.now(), host.user.email)));
  useEffect(
    () =>
      store.subscribe((change) => {
        if (change.kind === 'delete') clearDraftsOf(change.id);
        else if (change.kind === 'upsert' && change.commitment.cancelledAt !== undefined)
          clearDraftsOf(change.commitment.id);
      }),
    [store],
  );
}

/** Stores a draft dated and signed by its reader; false when storage refused it (the text lives in memory only). */
export function writeStoredDraft(key: string, value: unknown, reader: Reader): boolean {
  try {
    const store = storage();
    if (store === undefined) return false;
    store.setItem(key, JSON.stringify({ savedAt: reader.now.getTime(), by: reader.user, value } satisfies StoredDraft));
    return true;
  } catch {
    return false;
  }
}

export interface PersistentDraft<T> {
  readonly value: T;
  /** True when the value came from (or was written to) local storage: the user has unsaved input. */
  readonly dirty: boolean;
  /** False when the last write to local storage failed (quota, disabled): the text is in memory only. */
  readonly kept: boolean;
  set(update: T | ((previous: T) => T)): void;
  /** After a save or a discard: forget the stored copy and go back to `initial`. */
  clear(): void;
}

/**
 * Form state that survives reloads. `accept` checks what is read back, because the stored JSON may
 * come from an older version of the form or have been edited by hand.
 */
export function usePersistentDraft<T>(
  key: string,
  initial: () => T,
  accept: (value: unknown) => value is T,
): PersistentDraft<T> {
  const { clock, host } = useServices();
  const reader = (): Reader => draftReader(clock.now(), host.user.email);
  const load = (): { value: T; dirty: boolean } => {
    const stored = readStoredDraft(key, accept, reader());
    return stored === undefined ? { value: initial(), dirty: false } : { value: stored, dirty: true };
  };
  const [state, setState] = useState(() => ({ key, ...load(), kept: true }));

  // Another item selected in a pinned pane: show that item's own draft (state adjusted while rendering).
  let current = state;
  if (state.key !== key) {
    current = { key, ...load(), kept: true };
    setState(current);
  }

  const set = (update: T | ((previous: T) => T)) =>
    setState((previous) => {
      const base = previous.key === key ? previous.value : load().value;
      const value = typeof update === 'function' ? (update as (p: T) => T)(base) : update;
      // Writing the same JSON twice (React may call an updater twice in development) is harmless.
      return { key, value, dirty: true, kept: writeStoredDraft(key, value, reader()) };
    });

  const clear = () => {
    removeStoredDraft(key);
    setState({ key, value: initial(), dirty: false, kept: true });
  };

  return { value: current.value, dirty: current.dirty, kept: current.kept, set, clear };
}

/** A type guard for plain objects whose listed keys are strings (the shape of most action forms). */
export const hasStringFields =
  <K extends string>(...keys: readonly K[]) =>
  (value: unknown): value is Record<K, string> =>
    value !== null &&
    typeof value === 'object' &&
    keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
