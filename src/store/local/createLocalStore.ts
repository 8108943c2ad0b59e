/**
 * The embedded store: everything lives in this browser profile, in the IndexedDB database named by
 * `dbName` (object stores `commitments` and `settings`, layout and migrations in ./schema.ts).
 * Nothing leaves the device. Other tabs on the same database hear about each change through a
 * BroadcastChannel (`kept-store:<dbName>` unless `channelName` says otherwise).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CommitmentId, TeamId } from '../../domain/ids';
import type { Commitment, TeamSettings } from '../../domain/types';
import { defaultTeamSettings } from '../defaultSettings';
import {
  StoreError,
  type CommitmentFilter,
  type CommitmentStore,
  type ScreenCache,
  type SourceKey,
  type StoreChange,
  type SyncState,
  type Unsubscribe,
} from '../Store';
import { openError, toStoreError, UNAVAILABLE } from './errors';

// The checks run before a write, never before a page's first render: they load with the first write.
const checks = () => import('../checks');
import { mapInSlices } from '../mapInSlices';
import { readInPages } from '../readInPages';
import { normalizeCommitment, normalizeSettings, readPool, type ReadPool } from '../normalize';
import {
  COMMITMENTS,
  DB_VERSION,
  emailKey,
  joinUrlKey,
  migrate,
  SETTINGS,
  toRow,
  type CommitmentRow,
  type KeptDB,
} from './schema';
import { forgetScreens, keptScreens, readStamp, SCREENS, type ReadStamps, type ScreensStore } from '../keptScreens';

export interface LocalStoreOptions {
  /** One database per name: the standalone app, each test and each demo use their own. */
  readonly dbName: string;
  /** Tabs sharing this channel name hear each other's changes. Default `kept-store:<dbName>`. */
  readonly channelName?: string;
  /** IANA zone for the default team settings (the browser's or mailbox's zone); 'UTC' otherwise. */
  readonly defaultTimeZone?: string;
  /**
   * How long an upgrade waits for older tabs to let go of the database before it gives up with a
   * clear error. Default 3 s.
   */
  readonly blockedTimeoutMs?: number;
  /** Clock for `lastSyncedAt`; replaceable in tests. */
  readonly now?: () => Date;
}

export interface LocalCommitmentStore extends CommitmentStore {
  readonly kind: 'local';
  readonly screens: ScreenCache;
  /**
   * Replaces every commitment and every team's settings in one transaction ("reset demo data"):
   * either all of it is stored or nothing changes. Versions are kept as given (at least 1 for
   * commitments); subscribers get one 'refresh'.
   */
  replaceAll(commitments: readonly Commitment[], settings?: readonly TeamSettings[]): Promise<void>;
  /** Removes every commitment and all settings. */
  clear(): Promise<void>;
}

type Db = IDBPDatabase<KeptDB>;
type WriteTx<Names extends ArrayLike<StoreNames<KeptDB>>> = IDBPTransaction<KeptDB, Names, 'readwrite'>;

const CHANNEL_MESSAGE = 'kept-store-change';
const noop = () => undefined;

const isOpen = (c: Commitment) => c.deliveredAt === undefined && c.cancelledAt === undefined;
const byCreation = (a: Commitment, b: Commitment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function fromRow(row: unknown, pool?: ReadPool): Commitment | undefined {
  return typeof row === 'object' && row !== null
    ? normalizeCommitment((row as { commitment?: unknown }).commitment, pool)
    : undefined;
}

function matches(c: Commitment, filter: CommitmentFilter): boolean {
  if (filter.teamId !== undefined && c.teamId !== filter.teamId) return false;
  if (filter.ownerEmail !== undefined && emailKey(c.owner.email) !== emailKey(filter.ownerEmail)) return false;
  if (filter.customerEmail !== undefined && emailKey(c.customer.email) !== emailKey(filter.customerEmail)) return false;
  if (filter.openOnly === true && !isOpen(c)) return false;
  return true;
}

const conflict = (message: string, current?: Commitment) =>
  new StoreError('conflict', message, current === undefined ? {} : { current });

function readOnline(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean' ? navigator.onLine : true;
}

export function createLocalStore(options: LocalStoreOptions): LocalCommitmentStore {
  const { dbName, defaultTimeZone } = options;
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 3000;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(change: StoreChange) => void>();
  let dbPromise: Promise<Db> | undefined;
  let closed = false;
  let lastSyncedAt: Date | undefined;
  const readStamps: ReadStamps = new WeakMap();

  function openDatabase(): Promise<Db> {
    return new Promise<Db>((resolve, reject) => {
      let gaveUp = false;
      let blockedTimer: ReturnType<typeof setTimeout> | undefined;
      let upgradeError: unknown;
      let opened: Db | undefined;
      openDB<KeptDB>(dbName, DB_VERSION, {
        upgrade(db, oldVersion, newVersion, tx) {
          // The open request reports an aborted upgrade; its transaction's own promise need not.
          tx.done.catch(noop);
          // idb ignores what upgrade returns: a failed migration must abort the upgrade itself,
          // or the database would open half-migrated.
          migrate(db, oldVersion, newVersion ?? DB_VERSION, tx).catch((error: unknown) => {
            upgradeError = error;
            try {
              tx.abort();
            } catch {
              // already finished
            }
          });
        },
        blocked() {
          // Another tab holds an older version open and did not let go.
          blockedTimer ??= setTimeout(() => {
            gaveUp = true;
            reject(
              new StoreError(
                UNAVAILABLE,
                `Kept's local database "${dbName}" is held open by another Kept tab or window running an older version. ` +
                  'Close the other Kept tabs and reload this page.',
              ),
            );
          }, blockedTimeoutMs);
        },
        blocking() {
          // A newer Kept in another tab wants to upgrade: step aside; the next call reopens.
          opened?.close();
          dbPromise = undefined;
        },
        terminated() {
          dbPromise = undefined;
          emit({ kind: 'refresh' }, false);
        },
      }).then(
        (db) => {
          clearTimeout(blockedTimer);
          if (gaveUp) {
            db.close();
            return;
          }
          opened = db;
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(blockedTimer);
          if (gaveUp) return;
          if (upgradeError !== undefined) {
            const detail = upgradeError instanceof Error ? upgradeError.message : String(upgradeError);
            reject(
              new StoreError(
                UNAVAILABLE,
                `Kept could not upgrade its local database "${dbName}": ${detail}. Nothing was changed.`,
                {
                  cause: upgradeError,
                },
              ),
            );
            return;
          }
          reject(openError(error, dbName));
        },
      );
    });
  }

  function database(): Promise<Db> {
    if (closed)
      return Promise.reject(new StoreError(UNAVAILABLE, "Kept's local database was closed; reload the page."));
    if (dbPromise === undefined) {
      const opening = openDatabase();
      dbPromise = opening;
      // A failed open is retried on the next call instead of failing forever.
      opening.catch(() => {
        if (dbPromise === opening) dbPromise = undefined;
      });
    }
    return dbPromise;
  }

  async function read<T>(action: string, run: (db: Db) => Promise<T>): Promise<T> {
    const db = await database();
    try {
      return await run(db);
    } catch (error) {
      throw toStoreError(error, action);
    }
  }

  /**
   * One readwrite transaction: the read that checks the version and the write commit together or not
   * at all. Every write also makes the kept screens stale, in the same transaction: a screen can
   * never outlive the data it was worked out from.
   */
  async function write<T>(
    action: string,
    names: readonly (typeof COMMITMENTS | typeof SETTINGS)[],
    run: (tx: WriteTx<StoreNames<KeptDB>[]>) => Promise<T>,
  ): Promise<T> {
    const db = await database();
    let tx: WriteTx<StoreNames<KeptDB>[]>;
    try {
      tx = db.transaction([...names, SCREENS], 'readwrite');
    } catch (error) {
      throw toStoreError(error, action);
    }
    const done = tx.done;
    done.catch(noop);
    try {
      await forgetScreens(tx.objectStore(SCREENS));
      const result = await run(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already committed or aborted
      }
      if (error instanceof StoreError) throw error;
      // A transaction aborted at commit (e.g. out of quota) reports why on tx.error.
      throw toStoreError(tx.error ?? error, action);
    }
  }

  function notify(change: StoreChange) {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not keep the others from hearing about the change.
        console.error('A Kept store listener failed', error);
      }
    }
  }

  /**
   * A message from another tab can be older than the database by the time it arrives (two tabs
   * writing at once), so an upsert or settings change is reported as what is stored now. One queue
   * keeps the reports in the order the messages came.
   */
  async function freshen(change: StoreChange): Promise<StoreChange> {
    if (change.kind === 'upsert') {
      try {
        return { kind: 'upsert', commitment: await store.get(change.commitment.id) };
      } catch (error) {
        if (error instanceof StoreError && error.code === 'not-found')
          return { kind: 'delete', id: change.commitment.id };
        throw error;
      }
    }
    if (change.kind === 'settings')
      return { kind: 'settings', settings: await store.getSettings(change.settings.teamId) };
    return change;
  }

  let remoteChanges: Promise<void> = Promise.resolve();
  const channel = openChannel(options.channelName ?? `kept-store:${dbName}`, (data) => {
    const change = readChannelMessage(data, defaultTimeZone);
    if (change === undefined) return;
    remoteChanges = remoteChanges
      .then(() => freshen(change))
      .then(
        (fresh) => {
          if (!closed) notify(fresh);
        },
        () => {
          // Could not read it back: let listeners re-read whatever they show.
          if (!closed) notify({ kind: 'refresh' });
        },
      );
  });

  function emit(change: StoreChange, broadcast = true) {
    notify(change);
    if (broadcast && channel !== undefined) {
      try {
        channel.postMessage({ type: CHANNEL_MESSAGE, change });
      } catch {
        // Other tabs catch up on their next read; this tab already knows.
      }
    }
  }

  function syncState(): SyncState {
    const online = readOnline();
    return lastSyncedAt === undefined ? { pendingWrites: 0, online } : { pendingWrites: 0, online, lastSyncedAt };
  }

  const store: LocalCommitmentStore = {
    kind: 'local',

    list(filter: CommitmentFilter = {}) {
      return read('listing commitments', async (db) => {
        // The rows and the stamp in one transaction: the stamp says which data this read saw.
        const tx = db.transaction([COMMITMENTS, SCREENS]);
        const table = tx.objectStore(COMMITMENTS);
        const stamp = readStamp(tx.objectStore(SCREENS));
        let ids: string[];
        if (filter.ownerEmail !== undefined) {
          ids = await table.index('ownerEmail').getAllKeys(emailKey(filter.ownerEmail));
        } else if (filter.customerEmail !== undefined) {
          ids = await table.index('customerEmail').getAllKeys(emailKey(filter.customerEmail));
        } else if (filter.teamId !== undefined) {
          ids = await table.index('teamId').getAllKeys(filter.teamId);
        } else {
          ids = await table.getAllKeys();
        }
        const rows = await readInPages((range) => table.getAll(range), ids);
        const seen = await stamp;
        const pool = readPool();
        const list = (await mapInSlices(rows, (row) => fromRow(row, pool)))
          .filter((c): c is Commitment => c !== undefined && matches(c, filter))
          .sort(byCreation);
        readStamps.set(list, seen);
        return list;
      });
    },

    get(id: CommitmentId) {
      return read('reading a commitment', async (db) => {
        const row = await db.get(COMMITMENTS, id);
        if (row === undefined) throw new StoreError('not-found', `There is no commitment with id "${id}".`);
        const commitment = fromRow(row);
        if (commitment === undefined) throw new StoreError('invalid', `The stored commitment "${id}" cannot be read.`);
        return commitment;
      });
    },

    findBySource(key: SourceKey) {
      return read('finding commitments for an item', async (db) => {
        const lookups: Promise<CommitmentRow[]>[] = [];
        const lookup = (index: 'internetMessageId' | 'conversationId' | 'iCalUId' | 'joinUrl', value?: string) => {
          if (value !== undefined && value !== '') lookups.push(db.getAllFromIndex(COMMITMENTS, index, value));
        };
        if (key.kind === 'email') lookup('internetMessageId', key.internetMessageId);
        else if (key.kind === 'conversation') lookup('conversationId', key.conversationId);
        else {
          // Either key identifies the meeting: Outlook knows the iCalUId, a Teams meeting its join URL.
          lookup('iCalUId', key.iCalUId);
          lookup('joinUrl', key.joinUrl === undefined ? undefined : joinUrlKey(key.joinUrl));
        }
        const byId = new Map<string, Commitment>();
        for (const row of (await Promise.all(lookups)).flat()) {
          const commitment = fromRow(row);
          if (commitment !== undefined) byId.set(commitment.id, commitment);
        }
        return [...byId.values()].sort(byCreation);
      });
    },

    async create(commitment: Commitment) {
      const problem = (await checks()).commitmentProblem(commitment);
      if (problem !== undefined) throw new StoreError('invalid', `The commitment cannot be saved: ${problem}.`);
      const stored: Commitment = { ...commitment, version: 1 };
      await write('saving a new commitment', [COMMITMENTS], async (tx) => {
        const rows = tx.objectStore(COMMITMENTS);
        const existing = await rows.get(commitment.id);
        if (existing !== undefined) {
          throw conflict(`A commitment with id "${commitment.id}" already exists.`, fromRow(existing));
        }
        await rows.add(toRow(stored));
      });
      emit({ kind: 'upsert', commitment: stored });
      return stored;
    },

    async update(next: Commitment) {
      const problem = (await checks()).commitmentProblem(next);
      if (problem !== undefined) throw new StoreError('invalid', `The commitment cannot be saved: ${problem}.`);
      const stored = await write('saving a commitment', [COMMITMENTS], async (tx) => {
        const rows = tx.objectStore(COMMITMENTS);
        const row = await rows.get(next.id);
        if (row === undefined) throw new StoreError('not-found', `The commitment "${next.title}" was deleted.`);
        const current = fromRow(row);
        if (current === undefined)
          throw new StoreError('invalid', `The stored commitment "${next.id}" cannot be read.`);
        if (current.version !== next.version) {
          throw conflict(`"${current.title}" was changed by someone else since you opened it.`, current);
        }
        const updated: Commitment = { ...next, version: current.version + 1 };
        await rows.put(toRow(updated));
        return updated;
      });
      emit({ kind: 'upsert', commitment: stored });
      return stored;
    },

    async delete(id: CommitmentId, expectedVersion: number) {
      await write('deleting a commitment', [COMMITMENTS], async (tx) => {
        const rows = tx.objectStore(COMMITMENTS);
        const row = await rows.get(id);
        if (row === undefined) throw new StoreError('not-found', `There is no commitment with id "${id}".`);
        const current = fromRow(row);
        if (current !== undefined && current.version !== expectedVersion) {
          throw conflict(`"${current.title}" was changed by someone else since you opened it.`, current);
        }
        await rows.delete(id);
      });
      emit({ kind: 'delete', id });
    },

    subscribe(listener: (change: StoreChange) => void): Unsubscribe {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    getSettings(teamId: TeamId) {
      return read('reading team settings', async (db) => {
        const tx = db.transaction([SETTINGS, SCREENS]);
        const [saved, stamp] = await Promise.all([
          tx.objectStore(SETTINGS).get(teamId),
          readStamp(tx.objectStore(SCREENS)),
        ]);
        const settings = normalizeSettings(saved, defaultTimeZone) ?? defaultTeamSettings(teamId, '', defaultTimeZone);
        readStamps.set(settings, stamp);
        return settings;
      });
    },

    async saveSettings(settings: TeamSettings) {
      const problem = (await checks()).settingsProblem(settings);
      if (problem !== undefined) throw new StoreError('invalid', `The team settings cannot be saved: ${problem}.`);
      const stored = await write('saving team settings', [SETTINGS], async (tx) => {
        const saved = normalizeSettings(await tx.objectStore(SETTINGS).get(settings.teamId), defaultTimeZone);
        const currentVersion = saved?.version ?? 0;
        if (settings.version !== currentVersion) {
          throw new StoreError('conflict', 'The team settings were changed by someone else since you opened them.');
        }
        const updated: TeamSettings = { ...settings, version: currentVersion + 1 };
        await tx.objectStore(SETTINGS).put(updated);
        return updated;
      });
      emit({ kind: 'settings', settings: stored });
      return stored;
    },

    async sync() {
      // Nothing to push or pull: re-reading proves the database still answers.
      await read('refreshing', (db) => db.count(COMMITMENTS));
      lastSyncedAt = now();
      return syncState();
    },

    syncState,

    screens: keptScreens(
      async (mode) => {
        const tx = (await database()).transaction(SCREENS, mode);
        // idb types put/clear as absent on a read-only store; keptScreens writes only in 'readwrite'.
        return { store: tx.store as unknown as ScreensStore, done: tx.done };
      },
      readStamps,
      toStoreError,
    ),

    async replaceAll(commitments: readonly Commitment[], settings: readonly TeamSettings[] = []) {
      const { commitmentProblem, settingsProblem } = await checks();
      const ids = new Set<string>();
      for (const [index, commitment] of commitments.entries()) {
        const problem = commitmentProblem(commitment);
        if (problem !== undefined)
          throw new StoreError('invalid', `Commitment ${index + 1} cannot be saved: ${problem}.`);
        if (ids.has(commitment.id)) throw new StoreError('invalid', `Commitment id "${commitment.id}" appears twice.`);
        ids.add(commitment.id);
      }
      for (const item of settings) {
        const problem = settingsProblem(item);
        if (problem !== undefined)
          throw new StoreError('invalid', `The settings of team "${item.teamId}" cannot be saved: ${problem}.`);
      }
      await write('replacing all data', [COMMITMENTS, SETTINGS], async (tx) => {
        const commitmentStore = tx.objectStore(COMMITMENTS);
        const settingsStore = tx.objectStore(SETTINGS);
        // If a put throws halfway, the transaction aborts and the requests already made reject:
        // each is handled here so none surfaces as an unhandled rejection.
        const requests: Promise<unknown>[] = [];
        const track = (request: Promise<unknown>) => {
          request.catch(noop);
          requests.push(request);
        };
        track(commitmentStore.clear());
        track(settingsStore.clear());
        for (const c of commitments) track(commitmentStore.put(toRow({ ...c, version: Math.max(1, c.version) })));
        for (const s of settings) track(settingsStore.put({ ...s }));
        await Promise.all(requests);
      });
      emit({ kind: 'refresh' });
    },

    clear() {
      return store.replaceAll([], []);
    },

    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel?.close();
      const opening = dbPromise;
      dbPromise = undefined;
      opening?.then((db) => db.close(), noop);
    },
  };
  return store;
}

function openChannel(name: string, onMessage: (data: unknown) => void): BroadcastChannel | undefined {
  // Older WebViews (and some test environments) have no BroadcastChannel: this tab still hears its own changes.
  if (typeof BroadcastChannel === 'undefined') return undefined;
  try {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent) => onMessage(event.data);
    // Node keeps a process alive for an open channel; a browser has no unref.
    (channel as { unref?: () => void }).unref?.();
    return channel;
  } catch {
    return undefined;
  }
}

/** A message from another tab is data like any other: check it before anyone acts on it. */
function readChannelMessage(data: unknown, timeZone: string | undefined): StoreChange | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { type?: unknown; change?: unknown };
  if (message.type !== CHANNEL_MESSAGE || typeof message.change !== 'object' || message.change === null)
    return undefined;
  const change = message.change as { kind?: unknown; commitment?: unknown; id?: unknown; settings?: unknown };
  switch (change.kind) {
    case 'upsert': {
      const commitment = normalizeCommitment(change.commitment);
      return commitment === undefined ? undefined : { kind: 'upsert', commitment };
    }
    case 'delete':
      return typeof change.id === 'string' ? { kind: 'delete', id: change.id as CommitmentId } : undefined;
    case 'settings': {
      const settings = normalizeSettings(change.settings, timeZone);
      return settings === undefined ? undefined : { kind: 'settings', settings };
    }
    case 'refresh':
      return { kind: 'refresh' };
    default:
      return undefined;
  }
}
