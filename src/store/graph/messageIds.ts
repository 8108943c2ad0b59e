/**
 * Which Outlook message a commitment's follow-up flag goes on, and what Kept remembers about it.
 *
 * Stored in the mirror's `meta` store under `messages` (this device only): REST id → immutable id
 * conversions already made, and the ids Graph answered 404 for.
 *
 * Rules:
 * - A commitment recorded from Outlook keeps the message's immutable id and the mailbox it is in
 *   (`stamp`, once, when it is created), so its flag keeps working after the user files the email.
 * - A flag is set only in the mailbox the message is in: `/me/messages/{id}` of anyone else is 404.
 *   Commitments stored before ids were immutable have no mailbox: their owner's mailbox is assumed,
 *   and their REST id is converted the first time it is used (then remembered).
 * - A message Graph does not find (deleted, moved to an archive mailbox) gets no more flag requests
 *   and is reported by `problems()`, never dropped without a word.
 */
import type { CommitmentId } from '../../domain/ids';
import type { Commitment, CommitmentSource } from '../../domain/types';
import { StoreError, type StoreProblem } from '../Store';
import type { GraphCall } from './http/pipeline';
import { immutableMessageId } from './messages';
import type { MirrorDb } from './mirror';

const META_KEY = 'messages';

interface MessageMeta {
  /** REST (or immutable) id → immutable id. */
  readonly immutable: Readonly<Record<string, string>>;
  /** Ids Graph answered 404 for. */
  readonly missing: readonly string[];
}

export interface MessageIds {
  /** An email source with its immutable id and mailbox, when this user can convert it now; otherwise as given. */
  stamp(source: CommitmentSource): Promise<CommitmentSource>;
  /** The id to set `c`'s flag on, or undefined: another user's mailbox, or the message is gone. */
  flagTarget(c: Commitment): Promise<string | undefined>;
  /** Graph answered 404 for this message id. */
  missing(messageId: string): Promise<void>;
  /** The commitments whose email Graph no longer finds. */
  problems(commitments: readonly Commitment[]): Promise<StoreProblem[]>;
}

export const sameAddress = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

export function createMessageIds(options: {
  readonly call: GraphCall;
  readonly db: () => Promise<MirrorDb>;
  /** The signed-in user's address; without it no mailbox can be told apart, so no flag is set. */
  readonly user: string | undefined;
  readonly onChange: () => void;
}): MessageIds {
  const { call, db, user } = options;

  const read = async (): Promise<MessageMeta> =>
    ((await (await db()).get('meta', META_KEY)) as MessageMeta | undefined) ?? { immutable: {}, missing: [] };

  const write = async (change: (meta: MessageMeta) => MessageMeta) => {
    const mirror = await db();
    const tx = mirror.transaction('meta', 'readwrite');
    const current = ((await tx.store.get(META_KEY)) as MessageMeta | undefined) ?? { immutable: {}, missing: [] };
    await tx.store.put(change(current), META_KEY);
    await tx.done;
  };

  const missing = async (messageId: string) => {
    const meta = await read();
    const known = new Set([
      messageId,
      ...Object.entries(meta.immutable).flatMap(([k, v]) => (v === messageId ? [k] : [])),
    ]);
    if ([...known].every((id) => meta.missing.includes(id))) return;
    await write((m) => ({ ...m, missing: [...new Set([...m.missing, ...known])] }));
    options.onChange();
  };

  /** Converts once per id; undefined when the mailbox has no such message (then it is remembered as missing). */
  const convert = async (id: string): Promise<string | undefined> => {
    const meta = await read();
    if (meta.missing.includes(id)) return undefined;
    const known = meta.immutable[id];
    if (known !== undefined) return known;
    const found = await immutableMessageId(call, id);
    if (found === undefined) {
      await missing(id);
      return undefined;
    }
    await write((m) => ({ ...m, immutable: { ...m.immutable, [id]: found, [found]: found } }));
    return found;
  };

  return {
    async stamp(source) {
      if (source.kind !== 'email' || source.itemId === undefined || source.itemId === '') return source;
      if (source.mailbox !== undefined || user === undefined) return source;
      try {
        const immutable = await convert(source.itemId);
        // Not in this user's mailbox (a shared mailbox): nothing to flag, and it is reported.
        return immutable === undefined ? source : { ...source, itemId: immutable, mailbox: user };
      } catch (error) {
        // Offline or no consent yet: keep the REST id; it is converted when first used.
        if (error instanceof StoreError) return source;
        throw error;
      }
    },

    async flagTarget(c) {
      const s = c.source;
      if (s.kind !== 'email' || s.itemId === undefined || s.itemId === '') return undefined;
      if (s.mailbox !== undefined) {
        if (!sameAddress(s.mailbox, user)) return undefined;
        return (await read()).missing.includes(s.itemId) ? undefined : s.itemId;
      }
      // Stored before ids were immutable: the owner recorded it from their own mailbox.
      if (!sameAddress(c.owner.email, user)) return undefined;
      try {
        return await convert(s.itemId);
      } catch (error) {
        if (error instanceof StoreError) return (await read()).missing.includes(s.itemId) ? undefined : s.itemId;
        throw error;
      }
    },

    missing,

    async problems(commitments) {
      const meta = await read();
      if (meta.missing.length === 0) return [];
      const gone = new Set(meta.missing);
      return commitments
        .filter((c) => c.source.kind === 'email' && c.source.itemId !== undefined && gone.has(c.source.itemId))
        .filter(
          (c) => c.source.kind !== 'email' || c.source.mailbox === undefined || sameAddress(c.source.mailbox, user),
        )
        .map((c): StoreProblem => ({ kind: 'message-missing', commitmentId: c.id as CommitmentId, title: c.title }));
    },
  };
}
