import { statusAt } from '../../domain/status';
import { mergeConcurrent } from '../../domain/merge';
import type { Commitment } from '../../domain/types';
import { StoreError } from '../Store';
import { itemsUrl, type GraphContext } from './context';
import { MAX_BATCH, sendBatch, type BatchAnswer } from './http/batch';
import { errorForResponse, isOk, retryAfterMs, statusOf } from './http/errors';
import type { GraphRequest } from './http/types';
import {
  commitmentFromItem,
  commitmentToFields,
  itemETag,
  MappingError,
  settingsFromItem,
  settingsToFields,
  withoutNulls,
  type Fields,
  type ListItemLike,
} from './mapping';
import { reminderProperties } from './followUp';
import { isReminder, sameContent, withRecent, type ItemRecord, type OutboxEntry } from './mirror';
import type { ListLocation } from './provision';
import { SCOPES } from './scopes';
import { applyServerItems, fetchItem, itemsWhere, pullDelta } from './sync';
import { keepRefusal, takeRefusal } from './refusals';
import { createTodoTasks, type TodoStep } from './todo';
import { holdKey, readKeyWaits } from './waits';

/**
 * Sends queued writes (IndexedDB `outbox`, see ./mirror.ts) to the list, oldest first; writes to
 * different items go together in one `$batch`, writes to the same item strictly in order.
 *
 * Exactly once: before a batch leaves, its entries are marked in flight in IndexedDB. An answer
 * that says nothing was applied (4xx) clears the mark; one that leaves it open (a dropped
 * connection, a timeout, a closed pane, 429, 5xx) keeps it. A create still marked is looked up by
 * its KeptId before it is sent again — on start, before anything else is sent, and before every
 * later attempt — and is sent again only when the lookup finds nothing and the first request can
 * no longer arrive (IN_FLIGHT_SETTLE_MS after it left). Updates and deletes carry If-Match, so a
 * repeat meets a 412 (recognised because the list already holds the same content) or a 404.
 * Every answer of a batch is handled, whatever the others said. A Retry-After is kept durably for
 * the request (the entry's "not before"), for the item (./waits.ts) and, when a whole request was
 * throttled, for the store (the pipeline's gate). A 412 re-reads the item before the next attempt
 * and merges with domain/merge.ts; what cannot be merged is dropped from the queue and reported as
 * a conflict carrying the stored commitment.
 */
export interface Outbox {
  /**
   * Runs until nothing can be sent now; one run at a time. Rejects with the error that stopped it.
   * 'manual' (a write, a sync, back online) also retries writes backing off after a network failure.
   */
  flush(reason?: 'manual' | 'timer'): Promise<void>;
  /** Resolves with the server's answer for entry `seq`, or `optimistic` if it is still queued after a flush. */
  settle<T>(seq: number, optimistic: T): Promise<T>;
  /** Queued commitment and settings writes (follow-up flags not counted). */
  pending(): number;
  refreshPending(): Promise<number>;
  /**
   * The oldest error of a queued write nobody was waiting for (a conflict found by a background
   * flush), kept in IndexedDB until taken, so a closed pane does not lose it.
   */
  takeFailure(): Promise<StoreError | undefined>;
  /** Epoch ms when the next deferred write may go, if any. */
  nextDueAt(): Promise<number | undefined>;
  readonly online: () => boolean;
}

type Plan =
  | { readonly entry: OutboxEntry; readonly done: true }
  | {
      readonly entry: OutboxEntry;
      readonly done: false;
      readonly request: GraphRequest;
      readonly sent?: Fields;
      readonly itemId?: string;
      /** A To Do task's POST (todo.ts): its answer names the task Kept must remember. */
      readonly createsTask?: boolean;
    };

interface Waiter {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * How long after it left a request may still reach SharePoint (our own timeout is 30 s; the server
 * may go on after a gateway gave up). After this, a create that a KeptId lookup does not find never
 * will be on the list. An assumption with room to spare; it cannot be measured without a tenant.
 */
export const IN_FLIGHT_SETTLE_MS = 60_000;
/** KeptIds per lookup request (`$filter` with `or`, on the indexed KeptId column). */
const LOOKUP_CHUNK = 15;

/** What an answer (or its absence) says about the attempt that was in flight. */
type Attempt =
  /** Nothing: it may still arrive (dropped connection, timeout, 504), or it was not sent at all. */
  | 'unknown'
  /** The server is done with it, applied or not (429, 503 and other 5xx): a lookup now is conclusive. */
  | 'answered'
  /** Not applied (4xx). */
  | 'refused';

interface Deferral {
  readonly waitMs: number;
  /** Nothing sends it earlier, not even a manual sync (a Retry-After, or a create that may still arrive). */
  readonly strict?: boolean;
  /** The wait is a Retry-After for this request: it holds every write to the same item too. */
  readonly retryAfter?: boolean;
  readonly attempt?: Attempt;
  readonly recheck?: boolean;
  readonly race?: boolean;
}

const MAX_BACKOFF_MS = 5 * 60_000;
const backoff = (attempts: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 12));
/** A write that keeps meeting a 412 after merging is given up as a conflict. */
const MAX_412 = 8;

/** A refused To Do task, in words for the owner (describeError: common.error.reminder). */
const todoRefused = (error: unknown) =>
  new StoreError(
    'reminder',
    `Microsoft To Do refused the reminder task${error instanceof Error ? ` (${error.message})` : ''}.`,
    { cause: error },
  );

export function createOutbox(ctx: GraphContext): Outbox {
  const todo = createTodoTasks({ call: ctx.call, db: ctx.db });
  const waiters = new Map<number, Waiter>();
  let pendingCount = 0;
  let online = true;
  let running: Promise<void> | undefined;
  let again: false | 'manual' | 'timer' = false;
  let flagsRefused = false;
  /** In-flight creates were resolved once since this outbox was made (a pane opened or reloaded). */
  let started = false;

  const seqOf = (entry: OutboxEntry) => entry.seq as number;

  async function refreshPending() {
    const db = await ctx.db();
    pendingCount = (await db.getAll('outbox')).filter((e) => !isReminder(e)).length;
    return pendingCount;
  }

  async function nextUpdateDue(c: Commitment): Promise<{ due?: Date; flagDue?: Date }> {
    const settings = await ctx.settingsFor(c.teamId);
    const status = statusAt(c, settings, ctx.now());
    const flagDue = status.nextUpdateDue ?? status.acknowledgeBy;
    return { ...(status.nextUpdateDue ? { due: status.nextUpdateDue } : {}), ...(flagDue ? { flagDue } : {}) };
  }

  async function fieldsFor(c: Commitment): Promise<Fields> {
    const { due } = await nextUpdateDue(c);
    return commitmentToFields(c, due?.toISOString());
  }

  // ------------------------------------------------------------------ outcomes

  function finish(seq: number, value: unknown) {
    waiters.get(seq)?.resolve(value);
    waiters.delete(seq);
  }

  /** Puts the entry back with a wait; an entry already confirmed or dropped meanwhile stays gone. */
  async function defer(entry: OutboxEntry, d: Deferral) {
    const db = await ctx.db();
    const nowMs = ctx.now().getTime();
    const tx = db.transaction('outbox', 'readwrite');
    const stored = await tx.store.get(seqOf(entry));
    if (stored !== undefined) {
      const { inFlight, recheck, ...rest } = stored;
      const still =
        inFlight === undefined || d.attempt === 'refused'
          ? undefined
          : d.attempt === 'answered'
            ? { ...inFlight, settledBy: Math.min(inFlight.settledBy, nowMs) }
            : inFlight;
      await tx.store.put({
        ...rest,
        attempts: stored.attempts + 1,
        notBefore: nowMs + d.waitMs,
        serverWait: d.strict === true,
        ...(d.race === true ? { races: (stored.races ?? 0) + 1 } : {}),
        ...(still !== undefined ? { inFlight: still } : {}),
        ...(d.recheck === true || recheck === true ? { recheck: true } : {}),
      });
    }
    await tx.done;
    if (d.retryAfter === true) await holdKey(db, entry.key, nowMs + d.waitMs, nowMs);
  }

  /** The last attempt is known: it did not reach the list, or it is read back from there. */
  async function clearInFlight(entry: OutboxEntry) {
    const db = await ctx.db();
    const tx = db.transaction('outbox', 'readwrite');
    const stored = await tx.store.get(seqOf(entry));
    if (stored?.inFlight !== undefined) {
      const { inFlight: _inFlight, ...rest } = stored;
      await tx.store.put(rest);
    }
    await tx.done;
  }

  /** Marks entries in flight (durably, before the request leaves), or back as they were when it did not leave. */
  async function markSent(entries: readonly OutboxEntry[], sent: boolean) {
    const db = await ctx.db();
    const nowMs = ctx.now().getTime();
    const tx = db.transaction('outbox', 'readwrite');
    for (const entry of entries) {
      const stored = await tx.store.get(seqOf(entry));
      if (stored === undefined) continue;
      const { inFlight: _inFlight, recheck: _recheck, ...rest } = stored;
      const inFlight = sent ? { sentAt: nowMs, settledBy: nowMs + IN_FLIGHT_SETTLE_MS } : entry.inFlight;
      await tx.store.put({
        ...rest,
        ...(inFlight !== undefined ? { inFlight } : {}),
        ...(!sent && entry.recheck === true ? { recheck: true } : {}),
      });
    }
    await tx.done;
  }

  /** Drops the entry and every later write to the same key; the item shows the server's version again. */
  async function reject(entry: OutboxEntry, error: StoreError) {
    const db = await ctx.db();
    const tx = db.transaction(['outbox', 'items', 'settings', 'meta'], 'readwrite');
    const dropped = await tx.objectStore('outbox').index('byKey').getAll(entry.key);
    for (const e of dropped) await tx.objectStore('outbox').delete(seqOf(e));
    // A write nobody on this page waits for (a background flush) is kept until a sync() reports it,
    // even if the pane is closed first; a reminder is never reported.
    const heard = entry.kind === 'flag' || dropped.some((e) => waiters.has(seqOf(e)));
    if (!heard) await keepRefusal(tx.objectStore('meta'), error, entry.kind === 'todo');
    let shown: Commitment | undefined;
    if (entry.kind === 'settings') {
      const record = await tx.objectStore('settings').get(entry.key);
      if (record !== undefined) {
        const { local: _local, ...rest } = record;
        await tx.objectStore('settings').put(rest);
      }
    } else if (!isReminder(entry)) {
      const record = await tx.objectStore('items').get(entry.key);
      if (record !== undefined) {
        const { local: _local, ...rest } = record;
        if (rest.server === undefined && rest.problem === undefined) await tx.objectStore('items').delete(entry.key);
        else await tx.objectStore('items').put(rest);
        shown = rest.server;
      }
    }
    await tx.done;
    if (!isReminder(entry)) {
      ctx.emit(shown !== undefined ? { kind: 'upsert', commitment: shown } : { kind: 'refresh' });
    }
    for (const e of dropped) {
      waiters.get(seqOf(e))?.reject(error);
      waiters.delete(seqOf(e));
    }
  }

  async function confirmCommitment(entry: OutboxEntry, item: ListItemLike) {
    const read = commitmentFromItem(item);
    if (!read.ok) {
      await reject(
        entry,
        new StoreError(
          'invalid',
          `Saved, but the list answered with an unreadable item: ${read.column} ${read.problem}.`,
        ),
      );
      return;
    }
    await confirmStored(entry, read.value, read.itemId, read.eTag);
  }

  async function confirmStored(entry: OutboxEntry, c: Commitment, itemId: string, eTag: string) {
    const db = await ctx.db();
    const tx = db.transaction(['outbox', 'items'], 'readwrite');
    await tx.objectStore('outbox').delete(seqOf(entry));
    const remaining = await tx.objectStore('outbox').index('byKey').count(entry.key);
    const record = await tx.objectStore('items').get(c.id);
    const next: ItemRecord = {
      id: c.id,
      itemId,
      eTag,
      server: c,
      recent: withRecent(record?.recent ?? [], c),
      ...(record?.shown !== undefined ? { shown: record.shown } : {}),
      ...(remaining > 0 && record?.local !== undefined ? { local: record.local } : {}),
    };
    await tx.objectStore('items').put(next);
    await tx.done;
    if (remaining === 0) ctx.emit({ kind: 'upsert', commitment: c });
    finish(seqOf(entry), c);
  }

  async function confirmDelete(entry: OutboxEntry) {
    const db = await ctx.db();
    const tx = db.transaction(['outbox', 'items'], 'readwrite');
    await tx.objectStore('outbox').delete(seqOf(entry));
    if ((await tx.objectStore('outbox').index('byKey').count(entry.key)) === 0)
      await tx.objectStore('items').delete(entry.key);
    await tx.done;
    finish(seqOf(entry), undefined);
  }

  async function confirmSettings(entry: OutboxEntry, item: ListItemLike) {
    const read = settingsFromItem(item);
    if (!read.ok) {
      await reject(
        entry,
        new StoreError('invalid', `Saved, but the list answered with unreadable settings: ${read.problem}.`),
      );
      return;
    }
    const db = await ctx.db();
    const tx = db.transaction(['outbox', 'settings'], 'readwrite');
    await tx.objectStore('outbox').delete(seqOf(entry));
    const remaining = await tx.objectStore('outbox').index('byKey').count(entry.key);
    const record = await tx.objectStore('settings').get(entry.key);
    await tx.objectStore('settings').put({
      key: entry.key,
      itemId: read.itemId,
      eTag: read.eTag,
      server: read.value,
      ...(remaining > 0 && record?.local !== undefined ? { local: record.local } : {}),
    });
    await tx.done;
    if (remaining === 0) ctx.emit({ kind: 'settings', settings: read.value });
    finish(seqOf(entry), read.value);
  }

  /**
   * A To Do task Graph refused (403 without Tasks.ReadWrite, 400): dropped, and reported once by the
   * next sync() like any refused write (refusals.ts); the commitment's own write is another entry
   * and is not touched. A wait (429, 5xx, no network) keeps it for later.
   */
  async function todoFailed(entry: OutboxEntry, error: unknown) {
    const status = statusOf(error);
    const transient =
      error instanceof StoreError &&
      (error.code === 'offline' || error.code === 'throttled' || (status !== undefined && status >= 500));
    if (transient) {
      const wait = error.retryAfterMs;
      await defer(entry, { waitMs: wait ?? backoff(entry.attempts), strict: wait !== undefined });
    } else await reject(entry, todoRefused(error));
  }

  async function drop(entry: OutboxEntry) {
    const db = await ctx.db();
    await db.delete('outbox', seqOf(entry));
    finish(seqOf(entry), undefined);
  }

  // ------------------------------------------------------------------ preparing requests

  /**
   * The list items with these KeptIds (one request per LOOKUP_CHUNK, on the indexed column), or
   * 'mirror' when SharePoint will not filter on KeptId (recorded unindexed, or the filter refused):
   * then the whole list was read into the mirror, as fetchWhere does, and the items are there.
   */
  async function lookup(loc: ListLocation, keptIds: readonly string[]): Promise<Map<string, ListItemLike> | 'mirror'> {
    const found = new Map<string, ListItemLike>();
    for (let start = 0; start < keptIds.length; start += LOOKUP_CHUNK) {
      const chunk = keptIds.slice(start, start + LOOKUP_CHUNK);
      const items = await itemsWhere(ctx, loc, { column: 'KeptId', values: chunk }, chunk.length * 2);
      if (items === 'refused') {
        await pullDelta(ctx);
        return 'mirror';
      }
      for (const item of items) {
        const id = item.fields?.KeptId;
        if (typeof id === 'string' && !found.has(id)) found.set(id, item);
      }
    }
    return found;
  }

  /** A create's item as the mirror holds it from the list (after a full read), if it is there. */
  async function mirrored(entry: OutboxEntry): Promise<{ c?: Commitment; itemId: string; eTag: string } | undefined> {
    const db = await ctx.db();
    const record = entry.kind === 'settings' ? await db.get('settings', entry.key) : await db.get('items', entry.key);
    if (record?.itemId === undefined || record.eTag === undefined) return undefined;
    const c = entry.kind === 'settings' ? undefined : (record as ItemRecord).server;
    if (entry.kind !== 'settings' && c === undefined) return undefined;
    return { ...(c === undefined ? {} : { c }), itemId: record.itemId, eTag: record.eTag };
  }

  /** Entries whose next request would be a POST (a create, or a settings item not on the list yet). */
  async function createsInFlight(entries: readonly OutboxEntry[]): Promise<OutboxEntry[]> {
    const db = await ctx.db();
    const creates: OutboxEntry[] = [];
    for (const entry of entries) {
      if (entry.inFlight === undefined) continue;
      if (entry.kind === 'create') creates.push(entry);
      else if (entry.kind === 'settings' && (await db.get('settings', entry.key))?.itemId === undefined)
        creates.push(entry);
    }
    return creates;
  }

  /**
   * Settles creates that may be on the list: found by KeptId → confirmed (a settings item: read into
   * the mirror); not found and past `settledBy` → never arrived, may be sent; otherwise held until
   * then. Returns the entries that may be prepared now, in their order.
   */
  async function resolveInFlight(loc: ListLocation, entries: readonly OutboxEntry[]): Promise<OutboxEntry[]> {
    const creates = await createsInFlight(entries);
    if (creates.length === 0) return [...entries];
    const found = await lookup(
      loc,
      creates.map((e) => e.key),
    );
    const nowMs = ctx.now().getTime();
    const held = new Set<number>();
    const db = await ctx.db();
    for (const entry of creates) {
      const item = found === 'mirror' ? undefined : found.get(entry.key);
      const inMirror = found === 'mirror' ? await mirrored(entry) : undefined;
      const settledBy = entry.inFlight?.settledBy ?? 0;
      if (item !== undefined && entry.kind === 'create') {
        await confirmCommitment(entry, item);
        held.add(seqOf(entry));
      } else if (inMirror?.c !== undefined && entry.kind === 'create') {
        await confirmStored(entry, inMirror.c, inMirror.itemId, inMirror.eTag);
        held.add(seqOf(entry));
      } else if (item !== undefined || inMirror !== undefined || nowMs >= settledBy) {
        if (item !== undefined) await applyServerItems(ctx, [item]);
        await clearInFlight(entry);
      } else {
        // Not there yet, but the request may still arrive: sending it again now could make a twin.
        await defer(entry, { waitMs: settledBy - nowMs, strict: true });
        held.add(seqOf(entry));
      }
    }
    const fresh = await Promise.all(entries.map((e) => db.get('outbox', seqOf(e))));
    return fresh.filter((e): e is OutboxEntry => e !== undefined && !held.has(seqOf(e)));
  }

  const conflictWith = (current: Commitment | undefined, message: string) =>
    new StoreError('conflict', message, current === undefined ? {} : { current });

  /** https://learn.microsoft.com/graph/api/listitem-update: PATCH …/items/{id}/fields with If-Match. */
  function patchFields(entry: OutboxEntry, url: string, itemId: string, eTag: string, sent: Fields): Plan {
    return {
      entry,
      done: false,
      sent,
      itemId,
      request: {
        method: 'PATCH',
        url: `${url}/${encodeURIComponent(itemId)}/fields`,
        scopes: SCOPES.items,
        headers: { 'If-Match': itemETag(eTag) },
        body: sent,
      },
    };
  }

  /** After a 412: the item as the server holds it now (or gone), into the mirror. */
  async function recheck(entry: OutboxEntry) {
    const db = await ctx.db();
    const itemId =
      entry.kind === 'settings'
        ? (await db.get('settings', entry.key))?.itemId
        : (await db.get('items', entry.key))?.itemId;
    if (itemId === undefined) return;
    const fresh = await fetchItem(ctx, itemId);
    await applyServerItems(ctx, [fresh ?? { id: itemId, deleted: { state: 'deleted' } }]);
  }

  async function prepare(entry: OutboxEntry, loc: ListLocation): Promise<Plan> {
    const db = await ctx.db();
    const url = itemsUrl(loc);
    if (entry.recheck === true) await recheck(entry);
    switch (entry.kind) {
      case 'create': {
        const seen = await db.get('items', entry.key);
        if (seen?.server !== undefined && seen.itemId !== undefined && seen.eTag !== undefined) {
          // A delta already brought the item in: an earlier attempt created it.
          await confirmStored(entry, seen.server, seen.itemId, seen.eTag);
          return { entry, done: true };
        }
        const sent = withoutNulls(await fieldsFor(entry.commitment));
        // https://learn.microsoft.com/graph/api/listitem-create
        return {
          entry,
          done: false,
          sent,
          request: { method: 'POST', url, scopes: SCOPES.items, body: { fields: sent } },
        };
      }
      case 'update': {
        const record = await db.get('items', entry.key);
        if (record?.problem !== undefined) {
          await reject(
            entry,
            new StoreError(
              'invalid',
              `This commitment cannot be saved: in the list, ${record.problem.column} ${record.problem.problem}.`,
            ),
          );
          return { entry, done: true };
        }
        if (record?.itemId === undefined || record.eTag === undefined || record.server === undefined) {
          await reject(entry, new StoreError('not-found', `"${entry.next.title}" was deleted by someone else.`));
          return { entry, done: true };
        }
        const server = record.server;
        if (sameContent(server, entry.next)) {
          // Already there: the answer to an earlier attempt was lost on the way back.
          await confirmStored(entry, server, record.itemId, record.eTag);
          return { entry, done: true };
        }
        let payload: Commitment;
        if (sameContent(server, entry.base)) payload = { ...entry.next, version: server.version + 1 };
        else {
          const merged = mergeConcurrent(entry.base, entry.next, server);
          if (!merged.ok) {
            await reject(
              entry,
              conflictWith(
                server,
                `"${server.title}" was changed by someone else at the same time (${merged.conflictingFields.join(', ')}).`,
              ),
            );
            return { entry, done: true };
          }
          payload = { ...merged.merged, version: server.version + 1 };
        }
        const sent = await fieldsFor(payload);
        return patchFields(entry, url, record.itemId, record.eTag, sent);
      }
      case 'delete': {
        const record = await db.get('items', entry.key);
        if (record?.itemId === undefined || record.eTag === undefined) {
          await confirmDelete(entry);
          return { entry, done: true };
        }
        if (record.server !== undefined && !sameContent(record.server, entry.expected)) {
          await reject(
            entry,
            conflictWith(record.server, `"${record.server.title}" was changed by someone else, so it was not deleted.`),
          );
          return { entry, done: true };
        }
        // https://learn.microsoft.com/graph/api/listitem-delete
        return {
          entry,
          done: false,
          itemId: record.itemId,
          request: {
            method: 'DELETE',
            url: `${url}/${encodeURIComponent(record.itemId)}`,
            scopes: SCOPES.items,
            headers: { 'If-Match': itemETag(record.eTag) },
          },
        };
      }
      case 'settings': {
        let record = await db.get('settings', entry.key);
        if (record?.itemId === undefined) {
          const found = await lookup(loc, [entry.key]);
          const item = found === 'mirror' ? undefined : found.get(entry.key);
          if (item !== undefined) await applyServerItems(ctx, [item]);
          if (item !== undefined || found === 'mirror') record = await db.get('settings', entry.key);
        }
        const sent = settingsToFields(entry.next);
        if (record?.itemId === undefined || record.eTag === undefined) {
          return {
            entry,
            done: false,
            sent,
            request: { method: 'POST', url, scopes: SCOPES.items, body: { fields: sent } },
          };
        }
        if (sameContent(record.server, entry.next)) {
          await confirmSettings(entry, {
            id: record.itemId,
            eTag: record.eTag,
            fields: { ...settingsToFields(entry.next), '@odata.etag': record.eTag },
          });
          return { entry, done: true };
        }
        if (record.server !== undefined && !sameContent(record.server, entry.base)) {
          await reject(
            entry,
            new StoreError('conflict', 'The team settings were changed by someone else at the same time.'),
          );
          return { entry, done: true };
        }
        return patchFields(entry, url, record.itemId, record.eTag, sent);
      }
      case 'todo': {
        let step: TodoStep;
        try {
          step = await todo.step(entry, ctx.now().getTime());
        } catch (error) {
          await todoFailed(entry, error);
          return { entry, done: true };
        }
        if (step.kind === 'dismissed') {
          await drop(entry);
          return { entry, done: true };
        }
        if (step.kind === 'wait') {
          await defer(entry, { waitMs: step.untilMs - ctx.now().getTime(), strict: true });
          return { entry, done: true };
        }
        return { entry, done: false, request: step.request, createsTask: step.creates };
      }
      case 'flag':
        // https://learn.microsoft.com/graph/api/message-update (flag: followupFlag; the reminder: followUp.ts)
        return {
          entry,
          done: false,
          request: {
            method: 'PATCH',
            url: `/me/messages/${encodeURIComponent(entry.messageId)}`,
            scopes: SCOPES.followUpFlags,
            body: {
              flag: entry.flag,
              ...(entry.reminderAt === undefined
                ? {}
                : { singleValueExtendedProperties: reminderProperties(entry.reminderAt) }),
            },
          },
        };
    }
  }

  // ------------------------------------------------------------------ answers

  async function handle(plan: Extract<Plan, { done: false }>, answer: BatchAnswer): Promise<StoreError | undefined> {
    const { entry } = plan;
    const status = answer.status;
    const now = ctx.now();
    if (isOk(status)) {
      switch (entry.kind) {
        case 'create':
          await confirmCommitment(entry, answer.body as ListItemLike);
          return;
        case 'update': {
          const fields = (answer.body ?? {}) as Record<string, unknown>;
          const item: ListItemLike = { id: plan.itemId ?? '', fields };
          if (typeof fields['@odata.etag'] === 'string' && commitmentFromItem(item).ok)
            await confirmCommitment(entry, item);
          else {
            const fresh = plan.itemId === undefined ? undefined : await fetchItem(ctx, plan.itemId);
            if (fresh === undefined)
              await reject(entry, new StoreError('not-found', 'The commitment was deleted by someone else.'));
            else await confirmCommitment(entry, fresh);
          }
          return;
        }
        case 'delete':
          await confirmDelete(entry);
          return;
        case 'settings': {
          const body = (answer.body ?? {}) as Record<string, unknown>;
          const item: ListItemLike =
            'fields' in body ? (body as unknown as ListItemLike) : { id: plan.itemId ?? '', fields: body };
          await confirmSettings(entry, item);
          return;
        }
        case 'flag':
          await drop(entry);
          return;
        case 'todo': {
          const id = (answer.body as { id?: unknown } | undefined)?.id;
          if (plan.createsTask === true && typeof id === 'string') await todo.remember(entry, id);
          await drop(entry);
          return;
        }
      }
    }
    if (status === 429 || status >= 500) {
      // Answered by the service (applied or not), except a gateway's 504: the server may go on.
      const wait = retryAfterMs(answer.headers, now);
      await defer(entry, {
        waitMs: wait ?? backoff(entry.attempts),
        strict: wait !== undefined,
        retryAfter: wait !== undefined,
        attempt: status === 504 ? 'unknown' : 'answered',
      });
      return;
    }
    if (entry.kind === 'todo') {
      if (status === 404) {
        // todo.ts: the owner deleted the task (stop), or Kept's list is gone (made again next time).
        await todo.notFound(entry, plan.createsTask === true);
        if (plan.createsTask === true) await defer(entry, { waitMs: 0, attempt: 'refused' });
        else await drop(entry);
      } else
        await reject(
          entry,
          todoRefused(errorForResponse({ status, headers: new Headers(answer.headers), body: answer.body }, now)),
        );
      return;
    }
    if (entry.kind === 'flag') {
      // A reminder is a nicety: a moved or deleted email, or no consent for Mail.ReadWrite, drops it.
      await drop(entry);
      return;
    }
    const error = errorForResponse({ status, headers: new Headers(answer.headers), body: answer.body }, now);
    switch (status) {
      case 412: {
        if ((entry.races ?? 0) >= MAX_412) {
          const record = await (await ctx.db()).get('items', entry.key);
          await reject(entry, conflictWith(record?.server, 'Someone else keeps changing this commitment; try again.'));
          return;
        }
        // Re-read before the next attempt (in prepare), so this answer needs no request of its own.
        await defer(entry, { waitMs: 0, attempt: 'refused', recheck: true, race: true });
        return;
      }
      case 404:
        if (entry.kind === 'delete') await confirmDelete(entry);
        else if (entry.kind === 'create') {
          await ctx.location(true);
          await defer(entry, { waitMs: 0, attempt: 'refused' });
        } else if (entry.kind === 'settings') {
          const db = await ctx.db();
          await db.delete('settings', entry.key);
          await defer(entry, { waitMs: 0, attempt: 'refused' });
        } else {
          await reject(entry, new StoreError('not-found', `"${entry.next.title}" was deleted by someone else.`));
        }
        return;
      case 409:
        if (entry.kind === 'create') {
          // "Already exists": looked up by KeptId before it goes again.
          await defer(entry, { waitMs: 0, attempt: 'answered' });
          return;
        }
        await reject(entry, error);
        return;
      case 401:
        // Keep the write; it goes once the user signs in again.
        await defer(entry, { waitMs: 0, attempt: 'refused' });
        return error;
      case 400:
        // Probably a column changed by hand: re-check (and repair what can be repaired), then try once more.
        await clearInFlight(entry);
        try {
          await ctx.location(true);
        } catch (checkError) {
          return checkError instanceof StoreError ? checkError : error;
        }
        if (entry.attempts < 1) await defer(entry, { waitMs: 0, attempt: 'refused' });
        else await reject(entry, error);
        return;
      default:
        await reject(entry, error);
        return;
    }
  }

  // ------------------------------------------------------------------ the loop

  /**
   * On start (a new pane, a reload): every create that may be on the list is looked up before
   * anything is sent, whatever its wait — the pane that sent it is gone and cannot tell.
   */
  async function resolveOnStart() {
    const db = await ctx.db();
    const heads = new Map<string, OutboxEntry>();
    for (const entry of await db.getAll('outbox')) if (!heads.has(entry.key)) heads.set(entry.key, entry);
    const creates = await createsInFlight([...heads.values()]);
    if (creates.length > 0) await resolveInFlight(await ctx.location(), creates);
  }

  /** What a failed request says about the attempts it carried (see Attempt). */
  function attemptAfter(error: unknown): Attempt | 'not-sent' {
    const status = statusOf(error);
    if (status !== undefined)
      return status === 504 ? 'unknown' : status === 429 || status >= 500 ? 'answered' : 'refused';
    // No HTTP answer: the connection dropped or timed out (it may have arrived), or the request
    // never left (held back by a Retry-After, no token).
    return error instanceof StoreError && error.code === 'offline' ? 'unknown' : 'not-sent';
  }

  async function flushOnce(manual: boolean): Promise<'idle' | 'progress' | 'waiting'> {
    if (!started) {
      await resolveOnStart();
      started = true;
    }
    const db = await ctx.db();
    const all = await db.getAll('outbox');
    if (all.length === 0) return 'idle';
    const nowMs = ctx.now().getTime();
    const waits = await readKeyWaits(db);
    const seen = new Set<string>();
    const picked: OutboxEntry[] = [];
    for (const entry of all) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      // Retry-After is always honoured, for the request and for its item; a backoff after a network
      // failure only paces the automatic retries, so a write or a manual sync tries again at once.
      if ((waits[entry.key] ?? 0) > nowMs) continue;
      if (entry.notBefore > nowMs && (entry.serverWait === true || !manual)) continue;
      if (isReminder(entry) && flagsRefused) {
        if (entry.kind === 'todo') await reject(entry, todoRefused(new StoreError('unauthorized', 'No consent.')));
        else await drop(entry);
        continue;
      }
      if (picked.length < MAX_BATCH) picked.push(entry);
    }
    if (picked.length === 0) return 'waiting';

    let sending: Extract<Plan, { done: false }>[] = [];
    let marked = false;
    let answers: BatchAnswer[];
    try {
      const loc = await ctx.location();
      const plans: Plan[] = [];
      for (const entry of await resolveInFlight(loc, picked)) {
        try {
          plans.push(await prepare(entry, loc));
        } catch (error) {
          if (error instanceof MappingError) {
            await reject(entry, new StoreError('invalid', `This commitment cannot be saved: ${error.message}.`));
            plans.push({ entry, done: true });
          } else throw error;
        }
      }
      sending = plans.filter((p): p is Extract<Plan, { done: false }> => !p.done);
      if (sending.length === 0) return 'progress';
      await markSent(
        sending.map((p) => p.entry),
        true,
      );
      marked = true;
      answers = await sendBatch(
        ctx.call,
        sending.map((p) => p.request),
      );
      online = true;
    } catch (error) {
      const attempt = marked ? attemptAfter(error) : 'not-sent';
      if (attempt === 'not-sent' && marked)
        await markSent(
          sending.map((p) => p.entry),
          false,
        );
      if (error instanceof StoreError && error.code === 'unauthorized' && picked.some(isReminder) && !flagsRefused) {
        // No consent for Mail.ReadWrite or Tasks.ReadWrite: go on without reminders rather than
        // without saving (a refused To Do task is reported, see todoRefused).
        flagsRefused = true;
        return 'progress';
      }
      const offline = error instanceof StoreError && error.code === 'offline';
      if (offline) online = false;
      const wait = error instanceof StoreError && error.retryAfterMs !== undefined ? error.retryAfterMs : undefined;
      const deferred = marked ? sending.map((p) => p.entry) : picked;
      for (const entry of deferred) {
        await defer(entry, {
          waitMs: wait ?? backoff(entry.attempts),
          strict: wait !== undefined,
          attempt: attempt === 'not-sent' ? 'unknown' : attempt,
        });
      }
      throw error;
    }
    // Every answer is handled, whatever the ones before it said.
    let stop: StoreError | undefined;
    for (const [i, plan] of sending.entries()) {
      const answer = answers[i] ?? { status: 503, headers: {}, body: undefined };
      try {
        const error = await handle(plan, answer);
        stop ??= error;
      } catch (error) {
        // Handling needed another request (a re-read, a column check) or the database, and that
        // failed: the entry stays, still marked in flight if the answer left it open.
        const wait = error instanceof StoreError ? error.retryAfterMs : undefined;
        await defer(plan.entry, { waitMs: wait ?? backoff(plan.entry.attempts), strict: wait !== undefined });
        stop ??= error instanceof StoreError ? error : new StoreError('offline', String(error), { cause: error });
      }
    }
    if (stop !== undefined) throw stop;
    return 'progress';
  }

  /**
   * Two tabs (or a pane and a tab) on the same database must not send the same queued write at
   * once: where the Web Locks API exists, one flush at a time holds the outbox lock.
   */
  function exclusive(run: () => Promise<void>): Promise<void> {
    const locks = (
      globalThis.navigator as { locks?: { request(name: string, fn: () => Promise<void>): Promise<void> } } | undefined
    )?.locks;
    return locks === undefined ? run() : locks.request(`kept-outbox:${ctx.lockName}`, run);
  }

  async function loop() {
    try {
      await exclusive(drain);
    } finally {
      running = undefined;
      await refreshPending();
    }
  }

  async function drain() {
    while (again) {
      const manual = again === 'manual';
      again = false;
      for (let round = 0; round < 1000; round++) {
        const result = await flushOnce(manual && round === 0);
        if (result !== 'progress') break;
      }
    }
  }

  return {
    flush(reason: 'manual' | 'timer' = 'manual') {
      if (again !== 'manual') again = reason;
      running ??= loop();
      return running;
    },
    async settle<T>(seq: number, optimistic: T): Promise<T> {
      let settled = false;
      const outcome = new Promise<T>((resolve, reject) => {
        waiters.set(seq, {
          resolve: (v) => {
            settled = true;
            resolve(v as T);
          },
          reject: (e) => {
            settled = true;
            reject(e);
          },
        });
      });
      // Handled below; without this Node reports the rejection before we get to it.
      outcome.catch(() => undefined);
      await this.flush().catch(() => undefined);
      if (!settled) {
        waiters.delete(seq);
        return optimistic;
      }
      return outcome;
    },
    pending: () => pendingCount,
    refreshPending,
    takeFailure: async () => takeRefusal(await ctx.db()),
    async nextDueAt() {
      const db = await ctx.db();
      const all = await db.getAll('outbox');
      const waits = await readKeyWaits(db);
      return all.length === 0 ? undefined : Math.min(...all.map((e) => Math.max(e.notBefore, waits[e.key] ?? 0)));
    },
    online: () => online,
  };
}
