// Stores: a message Kept drafted and is waiting to hear was sent ("recorded when sent"): the action
// with what was typed, when the draft opened, and how Kept will know (the reply in Sent Items, or the
// user's answer). It is kept with the unsaved drafts (usePersistentDraft.ts), in localStorage under
// `kept.draft.<commitmentId>.pending`, dated and signed by its user, so the same housekeeping applies:
// written when the draft opens, removed when it is recorded or the user says it was not sent, when its
// commitment is deleted or cancelled, after 14 days, and when someone else opens the pane. A pane
// closed while the user writes the reply picks up where it was. It never leaves the device.
import type { MessageAction } from '../../../domain/messageActions';
import type { Instant } from '../../../domain/types';
import { draftKey, readStoredDraft, removeStoredDraft, writeStoredDraft, type Reader } from '../usePersistentDraft';
import type { ActionFormName } from './actionNames';

export interface PendingMessage {
  readonly action: MessageAction;
  /** The form it came from, whose typed text is forgotten once the message is recorded. */
  readonly form?: ActionFormName;
  /** When the draft opened: a reply sent after it is this message. */
  readonly openedAt: Instant;
  /** sent-items: the host looks for the reply in this conversation; ask: the user says whether it went. */
  readonly confirm: { readonly via: 'sent-items'; readonly conversationId: string } | { readonly via: 'ask' };
}

const key = (commitmentId: string) => draftKey(commitmentId, 'pending');

const MESSAGE_KINDS = new Set(['share', 'update', 'concern', 'deliver', 'sign-off-request']);

function isPending(value: unknown): value is PendingMessage {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const action = v.action as Record<string, unknown> | null | undefined;
  const confirm = v.confirm as Record<string, unknown> | null | undefined;
  return (
    typeof v.openedAt === 'string' &&
    action !== null &&
    typeof action === 'object' &&
    MESSAGE_KINDS.has(String(action.kind)) &&
    confirm !== null &&
    typeof confirm === 'object' &&
    (confirm.via === 'ask' || (confirm.via === 'sent-items' && typeof confirm.conversationId === 'string'))
  );
}

export function readPending(commitmentId: string, reader: Reader): PendingMessage | null {
  return readStoredDraft(key(commitmentId), isPending, reader) ?? null;
}

/** Kept in memory only when localStorage is unavailable: the question is still asked in this session. */
export function writePending(commitmentId: string, pending: PendingMessage | null, reader: Reader): void {
  if (pending === null) removeStoredDraft(key(commitmentId));
  else writeStoredDraft(key(commitmentId), pending, reader);
}
