import type { CommitmentId, TeamId } from '../domain/ids';
import type { ListedCommitment } from '../domain/listed';
import type { Commitment, TeamSettings } from '../domain/types';

/**
 * The one storage port. Adapters: `local/` (IndexedDB, the embedded default) and `graph/`
 * (a SharePoint list through Microsoft Graph). Both pass tests/contract/commitmentStore.contract.ts.
 */
export type StoreErrorCode =
  | 'not-found'
  | 'conflict'
  | 'throttled'
  | 'unauthorized'
  | 'forbidden'
  | 'offline'
  | 'invalid'
  | 'quota'
  /** A reminder (the owner's To Do task) was refused; the commitment itself is saved. */
  | 'reminder'
  /** The local database cannot be used right now (blocked by another tab, failed to open). */
  | 'unavailable';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** For 'conflict': the stored commitment, so the UI can show both and keep what the user typed. */
  readonly current?: Commitment;
  /** For 'throttled': how long the service asked us to wait. */
  readonly retryAfterMs?: number;

  constructor(
    code: StoreErrorCode,
    message: string,
    options: { current?: Commitment; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    if (options.current !== undefined) this.current = options.current;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

export const isStoreError = (value: unknown): value is StoreError => value instanceof StoreError;

/** Server-side filters an adapter can apply cheaply (indexed columns on SharePoint). */
export interface CommitmentFilter {
  readonly teamId?: TeamId;
  readonly ownerEmail?: string;
  readonly customerEmail?: string;
  /** Only commitments neither delivered nor cancelled. */
  readonly openOnly?: boolean;
}

/** How a surface finds the commitments of the Outlook item or meeting it shows. */
export type SourceKey =
  | { readonly kind: 'email'; readonly internetMessageId: string }
  | { readonly kind: 'conversation'; readonly conversationId: string }
  | { readonly kind: 'meeting'; readonly iCalUId?: string; readonly joinUrl?: string };

export type StoreChange =
  | { readonly kind: 'upsert'; readonly commitment: Commitment }
  | { readonly kind: 'delete'; readonly id: CommitmentId }
  | { readonly kind: 'settings'; readonly settings: TeamSettings }
  /** Many things may have changed (a sync, another tab): re-read what you show. */
  | { readonly kind: 'refresh' }
  /** Only syncState() changed (a first load's progress, pending writes): nothing to re-read. */
  | { readonly kind: 'sync-state' };

export type Unsubscribe = () => void;

export interface SyncState {
  /** Writes saved on this device that the server has not confirmed yet. */
  readonly pendingWrites: number;
  readonly lastSyncedAt?: Date;
  readonly online: boolean;
  /** While a first load runs: how many items have arrived so far (the service gives no total). */
  readonly loadedItems?: number;
}

/** Something the last reads could not show; the data itself is left untouched. */
export type StoreProblem =
  /** A list item edited outside Kept so that it can no longer be read; left out until fixed. */
  | { readonly kind: 'unreadable-item'; readonly itemId?: string; readonly column: string; readonly problem: string }
  /** One team of several could not be read (see store/combined). */
  | { readonly kind: 'team-unavailable'; readonly teamId: TeamId; readonly error: unknown }
  /** A team that has not set Kept up (no list in its site): nothing to show, nothing was created. */
  | { readonly kind: 'team-not-set-up'; readonly teamId: TeamId; readonly teamName: string }
  /** The email a commitment came from is gone from the mailbox (deleted, archived): its follow-up flag is not kept. */
  | { readonly kind: 'message-missing'; readonly commitmentId: CommitmentId; readonly title: string };

export interface CommitmentStore {
  readonly kind: 'local' | 'graph';
  list(filter?: CommitmentFilter): Promise<Commitment[]>;
  /** Throws StoreError('not-found'). */
  get(id: CommitmentId): Promise<Commitment>;
  findBySource(key: SourceKey): Promise<Commitment[]>;
  /** Stores a commitment made by domain `createCommitment`; returns it at version 1. */
  create(commitment: Commitment): Promise<Commitment>;
  /**
   * `next.version` must be the version it was edited from. Returns the stored commitment with a new
   * version. A stale version is StoreError('conflict') carrying the current one, unless the adapter
   * can merge both changes safely (see domain/merge.ts); never a silent overwrite.
   */
  update(next: Commitment): Promise<Commitment>;
  /** Throws 'conflict' when expectedVersion is stale, 'not-found' when already gone. */
  delete(id: CommitmentId, expectedVersion: number): Promise<void>;
  subscribe(listener: (change: StoreChange) => void): Unsubscribe;
  /** Team settings; the defaults when none were saved yet (version 0). */
  getSettings(teamId: TeamId): Promise<TeamSettings>;
  /** `settings.version` must be the version read; returns the saved one. */
  saveSettings(settings: TeamSettings): Promise<TeamSettings>;
  /** Pulls remote changes (delta) and pushes queued writes; local adapter: re-reads its database. */
  sync(): Promise<SyncState>;
  syncState(): SyncState;
  /** What recent reads had to leave out, for the UI to say so; adapters that never leave anything out omit it. */
  readProblems?(): Promise<readonly StoreProblem[]>;
  /** Screens kept beside the data for the next visit; adapters that cannot keep them omit it. */
  readonly screens?: ScreenCache;
  close(): void;
}

/**
 * A screen worked out from the data (the overview's first screen), kept beside it so the next visit
 * can show it before it has read everything. Any change to commitments or settings, in this tab,
 * another tab or a sync, makes every kept screen stale, and a stale one is never handed back.
 */
export interface ScreenCache {
  /** The screen kept under `key`, or undefined when there is none or the data changed since. */
  read(key: string): Promise<unknown>;
  /**
   * Keeps `value` under `key`; true when kept. `basedOn` are the reads the screen was worked out
   * from (lists and settings, as this store returned them): nothing is kept if the data changed
   * after any of them, or for one this store did not return.
   */
  write(
    key: string,
    value: unknown,
    basedOn: readonly (readonly ListedCommitment[] | TeamSettings)[],
  ): Promise<boolean>;
  /**
   * Says that `held` is `read`, a list this store returned, held another way with nothing read
   * since (the overview holds closed commitments as their heads, domain listed.ts): a screen based
   * on `held` is based on `read`.
   */
  heldAs(read: readonly Commitment[], held: readonly ListedCommitment[]): void;
}
