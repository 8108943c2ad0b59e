/**
 * What the Graph store keeps on this device, in the IndexedDB database `dbName`
 * (default `kept-graph:<groupId>`):
 * - `items`: one record per list item: the commitment as the server last confirmed it, its list
 *   item id and eTag, the optimistic local version while writes are queued, and the last few
 *   versions (so an edit made from a slightly old version can still be merged).
 * - `outbox`: writes not yet confirmed by the server, in the order they were made. They survive a
 *   reload, a closed task pane and a network loss.
 * - `settings`: each team's settings item (server's and queued local version).
 * - `meta`: where the list is (site id, list id, when its columns were last checked), the delta
 *   link, whether the mirror holds the whole list, the mailbox calendar, and the waits Graph asked
 *   for (./waits.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Commitment, TeamSettings } from '../../domain/types';
import { StoreError } from '../Store';
import type { TodoTaskPlan } from './todoTask';

export interface ItemRecord {
  /** The commitment id (KeptId), or `item:<list item id>` for an item without a readable KeptId. */
  readonly id: string;
  readonly itemId?: string;
  readonly eTag?: string;
  /** Last confirmed by the server; undefined while a create is queued or when unreadable. */
  readonly server?: Commitment;
  /** The local view while writes are queued: a commitment, or null for a queued delete. */
  readonly local?: Commitment | null;
  /** Recent versions by number, for three-way merges of edits made from an older version. */
  readonly recent: readonly Commitment[];
  /**
   * Recent versions this device showed while its writes were queued. Their numbers are guesses
   * and may be taken on the server by someone else's write, so a base is picked by content too.
   */
  readonly shown?: readonly Commitment[];
  /** The server's item cannot be read (hand-edited): which column and why. */
  readonly problem?: { readonly column: string; readonly problem: string };
}

export interface FollowUpFlag {
  readonly flagStatus: 'flagged' | 'complete' | 'notFlagged';
  readonly startDateTime?: { readonly dateTime: string; readonly timeZone: string };
  readonly dueDateTime?: { readonly dateTime: string; readonly timeZone: string };
  readonly completedDateTime?: { readonly dateTime: string; readonly timeZone: string };
}

interface EntryBase {
  readonly seq?: number;
  /** Writes with the same key apply in order; different keys may go in one batch. */
  readonly key: string;
  readonly attempts: number;
  /** Epoch ms before which the entry should not be sent (Retry-After, or backoff after a network failure). */
  readonly notBefore: number;
  /**
   * A strict wait: nothing sends it earlier, not even a manual sync (a Retry-After, or a create
   * that may still reach the list, see `inFlight`).
   */
  readonly serverWait?: boolean;
  /** 412s met in a row after merging; a write that keeps losing the race is given up as a conflict. */
  readonly races?: number;
  /**
   * Written before the request leaves, and kept while no answer says it did not happen (a dropped
   * connection, a timeout, a closed pane, 429 or 5xx): the write may be on the list. A create (a
   * POST) is looked up by its KeptId before it is sent again. `settledBy`: from then on the request
   * can no longer arrive, so a lookup that finds nothing means it never will.
   */
  readonly inFlight?: { readonly sentAt: number; readonly settledBy: number };
  /** The item changed on the server (412): read it again before the next attempt. */
  readonly recheck?: boolean;
}

export type OutboxEntry = EntryBase &
  (
    | { readonly kind: 'create'; readonly commitment: Commitment }
    | { readonly kind: 'update'; readonly base: Commitment; readonly next: Commitment }
    /** `expected`: the commitment as it was shown when deleted; a different one on the server is a conflict. */
    | { readonly kind: 'delete'; readonly id: string; readonly expected: Commitment }
    | { readonly kind: 'settings'; readonly base: TeamSettings; readonly next: TeamSettings }
    | {
        readonly kind: 'flag';
        readonly messageId: string;
        readonly flag: FollowUpFlag;
        /** The reminder that goes with it (followUp.ts); absent in entries queued before reminders. */
        readonly reminderAt?: string | null;
      }
    | {
        readonly kind: 'todo';
        /** Whose To Do it goes in (the signed-in user who queued it): the task ids Kept remembers are theirs. */
        readonly user: string;
        readonly commitmentId: string;
        readonly task: TodoTaskPlan;
      }
  );

/** Entries that only remind (a flag, a To Do task): never counted as pending, never blocking a save. */
export const isReminder = (entry: OutboxEntry): entry is Extract<OutboxEntry, { kind: 'flag' | 'todo' }> =>
  entry.kind === 'flag' || entry.kind === 'todo';

export interface SiteMeta {
  readonly siteId: string;
  readonly listId: string;
  /** Indexed columns SharePoint left unindexed at the last check (see provision.ts). */
  readonly unindexed?: readonly string[];
  /** Epoch ms of the last column check. */
  readonly verifiedAt: number;
}

export interface DeltaMeta {
  readonly deltaLink?: string;
  /** The mirror holds every item of the list (a full enumeration finished). */
  readonly complete: boolean;
  readonly lastSyncedAt?: number;
}

export interface SettingsRecord {
  /** `settings:<teamId>`, the KeptId of the settings item. */
  readonly key: string;
  readonly itemId?: string;
  readonly eTag?: string;
  readonly server?: TeamSettings;
  readonly local?: TeamSettings;
}

interface MirrorSchema extends DBSchema {
  items: { key: string; value: ItemRecord; indexes: { byItemId: string } };
  outbox: { key: number; value: OutboxEntry; indexes: { byKey: string } };
  settings: { key: string; value: SettingsRecord };
  meta: { key: string; value: unknown };
}

export type MirrorDb = IDBPDatabase<MirrorSchema>;
/** A write across the three stores: a record and its outbox entry commit together or not at all. */
export type WriteTx = IDBPTransaction<MirrorSchema, ['items', 'settings', 'outbox'], 'readwrite'>;

export async function openMirror(dbName: string): Promise<MirrorDb> {
  try {
    return await openDB<MirrorSchema>(dbName, 1, {
      upgrade(db) {
        const items = db.createObjectStore('items', { keyPath: 'id' });
        items.createIndex('byItemId', 'itemId');
        const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        outbox.createIndex('byKey', 'key');
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('meta');
      },
    });
  } catch (error) {
    throw new StoreError('offline', `Kept could not open its offline copy on this device (${String(error)}).`, {
      cause: error,
    });
  }
}

/** The commitment as this device shows it: queued writes first, then the server's. */
export function viewOf(record: ItemRecord | undefined): Commitment | undefined {
  if (record === undefined) return undefined;
  if (record.local === null) return undefined;
  return record.local ?? record.server;
}

/** Same content, whatever the version numbers (keys sorted, so property order does not matter). */
export function sameContent<T extends { readonly version: number }>(a: T | undefined, b: T | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonical({ ...a, version: 0 }) === canonical({ ...b, version: 0 });
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const RECENT = 8;

/**
 * The version an edit was made from: same number, and among several with that number (one this
 * device showed before the server numbered someone else's write the same) the closest in content.
 */
export function baseFor(record: ItemRecord, edited: Commitment): Commitment | undefined {
  const candidates = [...(record.shown ?? []), ...record.recent].filter((c) => c.version === edited.version);
  let best: Commitment | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(candidate, edited);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: Commitment, b: Commitment): number {
  const steps = new Map(a.steps.map((s) => [s.id, canonical(s)]));
  const stepDiff =
    b.steps.filter((s) => steps.get(s.id) !== canonical(s)).length + Math.abs(a.steps.length - b.steps.length);
  const historyA = new Set(a.history.map((h) => h.id));
  const historyB = new Set(b.history.map((h) => h.id));
  const historyDiff =
    [...historyA].filter((id) => !historyB.has(id)).length + [...historyB].filter((id) => !historyA.has(id)).length;
  const keys = new Set(
    [...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'steps' && k !== 'history' && k !== 'version'),
  );
  const fieldDiff = [...keys].filter(
    (k) =>
      canonical((a as unknown as Record<string, unknown>)[k]) !==
      canonical((b as unknown as Record<string, unknown>)[k]),
  ).length;
  return stepDiff + historyDiff + fieldDiff;
}
export function withRecent(recent: readonly Commitment[], c: Commitment): Commitment[] {
  return [...recent.filter((r) => r.version !== c.version), c].sort((a, b) => a.version - b.version).slice(-RECENT);
}
