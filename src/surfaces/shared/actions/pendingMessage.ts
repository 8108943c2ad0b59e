// Stores: a message Kept drafted and is waiting to hear was sent ("recorded when sent"), as JSON in
// the browser's localStorage under `kept.pending.<commitmentId>`: the action with what was typed,
// when the draft opened, and how Kept will know (the reply in Sent Items, or the user's answer).
// Written when the draft opens, removed when it is recorded or the user says it was not sent, so a
// pane closed while the user writes the reply picks up where it was. It never leaves the device.
import type { MessageAction } from '../../../domain/messageActions';
import type { Instant } from '../../../domain/types';
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

const key = (commitmentId: string) => `kept.pending.${commitmentId}`;

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

export function readPending(commitmentId: string): PendingMessage | null {
  try {
    const raw = localStorage.getItem(key(commitmentId));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return isPending(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Kept in memory only when localStorage is unavailable: the question is still asked in this session. */
export function writePending(commitmentId: string, pending: PendingMessage | null): void {
  try {
    if (pending === null) localStorage.removeItem(key(commitmentId));
    else localStorage.setItem(key(commitmentId), JSON.stringify(pending));
  } catch {
    // Nothing more to do: the pending message lives in the component's state.
  }
}
