// Stores: what the user typed into a task pane form that is not saved yet (the create form, an
// action form such as "Send update"), as JSON in the browser's localStorage under
// `kept.draft.<internetMessageId>` (create form of an email), `kept.draft.<commitmentId>.<action>`
// (action forms) or `kept.draft.<commitmentId>.edit` (the plan of a saved commitment). An entry is written on the first keystroke and removed when the form is saved or
// discarded, so an error, a failed save, a closed pane or a reload never loses typed text.
// Only the text the user typed is kept there, on this device; it never leaves the browser.
import { useState } from 'react';

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

function read<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (raw === null || raw === undefined) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return accept(parsed) ? parsed : undefined;
  } catch {
    return undefined;
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
  const load = (): { value: T; dirty: boolean } => {
    const stored = read(key, accept);
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
      let kept = true;
      try {
        const store = storage();
        if (store === undefined) kept = false;
        else store.setItem(key, JSON.stringify(value));
      } catch {
        kept = false;
      }
      return { key, value, dirty: true, kept };
    });

  const clear = () => {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to forget when storage is unavailable.
    }
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
