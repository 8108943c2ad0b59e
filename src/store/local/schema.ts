import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Commitment, TeamSettings } from '../../domain/types';
import { SCREENS, type ScreensRecord } from '../keptScreens';
import { normalizeCommitment } from '../normalize';

/**
 * Layout of the local database (one IndexedDB database per `dbName`, on this device only):
 * - `commitments`: one row per commitment, key `id`. The commitment itself is kept untouched in
 *   `row.commitment`; beside it sit the lookup keys the indexes need (lower-cased emails, source
 *   message/conversation/meeting keys), so a query never scans every row.
 * - `settings`: one TeamSettings per team, key `teamId`.
 */
export interface CommitmentRow {
  readonly id: string;
  readonly teamId: string;
  readonly ownerEmail?: string;
  readonly customerEmail?: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly iCalUId?: string;
  readonly joinUrl?: string;
  readonly commitment: Commitment;
}

export interface KeptDB extends DBSchema {
  commitments: {
    key: string;
    value: CommitmentRow;
    indexes: {
      teamId: string;
      ownerEmail: string;
      customerEmail: string;
      internetMessageId: string;
      conversationId: string;
      iCalUId: string;
      joinUrl: string;
    };
  };
  settings: { key: string; value: TeamSettings };
  /** Kept screens and the stamp every write moves on (../keptScreens.ts). */
  screens: { key: string; value: ScreensRecord };
}

export const COMMITMENTS = 'commitments';
export const SETTINGS = 'settings';

/** Emails compare case-insensitively (Exchange and SharePoint do too). */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/**
 * Teams and Outlook hand out the same join URL percent-encoded to different degrees; compare the
 * decoded form. A URL that does not decode is compared as written.
 */
export function joinUrlKey(url: string): string {
  const trimmed = url.trim();
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return trimmed;
  }
}

export function toRow(commitment: Commitment): CommitmentRow {
  const row: Record<string, unknown> = { id: commitment.id, teamId: commitment.teamId, commitment };
  const put = (key: keyof CommitmentRow, value: string | undefined) => {
    // An empty key stays out of the index: '' must not match every row without that key.
    if (value !== undefined && value !== '') row[key] = value;
  };
  put('ownerEmail', emailKey(commitment.owner.email));
  put('customerEmail', emailKey(commitment.customer.email));
  const source = commitment.source;
  if (source.kind === 'email') {
    put('internetMessageId', source.internetMessageId);
    put('conversationId', source.conversationId);
  } else if (source.kind === 'meeting') {
    put('iCalUId', source.iCalUId);
    put('joinUrl', source.joinUrl === undefined ? undefined : joinUrlKey(source.joinUrl));
  }
  return row as unknown as CommitmentRow;
}

type UpgradeTx = IDBPTransaction<KeptDB, StoreNames<KeptDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<KeptDB>, tx: UpgradeTx) => Promise<void> | void;

/**
 * MIGRATIONS[n] takes the database from version n to n + 1. Append only: a shipped step never changes,
 * because a browser somewhere still holds a database at that version.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: commitments stored as they are, found by team only; settings per team.
  (db) => {
    const commitments = db.createObjectStore(COMMITMENTS, { keyPath: 'id' });
    commitments.createIndex('teamId', 'teamId');
    db.createObjectStore(SETTINGS, { keyPath: 'teamId' });
  },
  // 1 → 2: rows wrap the commitment with the lookup keys; indexes for owner, customer and source keys.
  async (_db, tx) => {
    const store = tx.objectStore(COMMITMENTS);
    for (const name of [
      'ownerEmail',
      'customerEmail',
      'internetMessageId',
      'conversationId',
      'iCalUId',
      'joinUrl',
    ] as const) {
      store.createIndex(name, name);
    }
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const commitment = normalizeCommitment(cursor.value);
      if (commitment === undefined) continue;
      await cursor.update(toRow(commitment));
    }
    // Settings keep their layout; fields added later are filled from the defaults when read.
  },
  // 2 → 3: screens worked out from the data (the overview's first screen), kept beside it.
  (db) => {
    db.createObjectStore(SCREENS);
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export async function migrate(db: IDBPDatabase<KeptDB>, oldVersion: number, newVersion: number, tx: UpgradeTx) {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`No migration from database version ${version}`);
    // Synchronous steps run in the same turn, so schema changes happen while the upgrade is surely active.
    const pending = step(db, tx);
    if (pending !== undefined) await pending;
  }
}
