/**
 * One CommitmentStore over several teams' stores — the personal tab "My commitments" shows what the
 * signed-in user owns across every team they belong to, and each team keeps its commitments in its
 * own store (with Graph: one SharePoint list per team site). This adapter stores nothing itself: it
 * routes writes to the part of the commitment's team and merges what the parts read.
 *
 * Rules it keeps:
 * - Writes and settings go to the part of `teamId`; a team outside the set is StoreError('invalid').
 *   `delete` (which names no team) goes to the part that last answered for that id, or asks them all.
 * - Reads (`list`, `findBySource`) ask every part at once. One team's site being unreachable must not
 *   hide the others: a read rejects only when EVERY asked part failed; otherwise it returns what the
 *   others gave and `problems()` says which teams are missing and why, until a later read of that
 *   team succeeds.
 * - `get` is not-found only when every part said not-found; if a part could not answer, its error is
 *   thrown instead, because "not found" would be a guess.
 * - Sync state: pending writes are summed, online only when every part is, last synced is the
 *   oldest part's (absent until every part has synced).
 */
import type { CommitmentId, TeamId } from '../../domain/ids';
import type { Commitment, TeamSettings } from '../../domain/types';
import {
  isStoreError,
  StoreError,
  type CommitmentFilter,
  type CommitmentStore,
  type SourceKey,
  type StoreChange,
  type StoreProblem,
  type SyncState,
  type Unsubscribe,
} from '../Store';

export type CombinedParts =
  ReadonlyMap<TeamId, CommitmentStore> | readonly { readonly teamId: TeamId; readonly store: CommitmentStore }[];

/** A team whose last read failed: its commitments are missing from what the combined store returned. */
export interface PartProblem {
  readonly teamId: TeamId;
  readonly operation: 'list' | 'findBySource' | 'get' | 'sync';
  readonly error: unknown;
}

export interface CombinedCommitmentStore extends CommitmentStore {
  /** The teams this store spans, in the order given. */
  readonly teamIds: readonly TeamId[];
  /** Teams left out of the latest reads because their store failed; empty when every team answered. */
  problems(): readonly PartProblem[];
  /** Teams that could not be read, plus what each team's own store left out. */
  readProblems(): Promise<readonly StoreProblem[]>;
}

interface Part {
  readonly teamId: TeamId;
  readonly store: CommitmentStore;
}

const byCreation = (a: Commitment, b: Commitment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const isNotFound = (error: unknown) => isStoreError(error) && error.code === 'not-found';

export function createCombinedStore(parts: CombinedParts): CombinedCommitmentStore {
  const list: Part[] = Array.isArray(parts)
    ? (parts as readonly Part[]).map(({ teamId, store }) => ({ teamId, store }))
    : [...(parts as ReadonlyMap<TeamId, CommitmentStore>)].map(([teamId, store]) => ({ teamId, store }));
  const byTeam = new Map<TeamId, Part>();
  for (const part of list) {
    if (byTeam.has(part.teamId)) throw new Error(`createCombinedStore: team "${part.teamId}" is given twice.`);
    byTeam.set(part.teamId, part);
  }

  /** Which part last answered for a commitment: `delete` names no team, and `get` asks that part first. */
  const home = new Map<CommitmentId, TeamId>();
  const failures = new Map<TeamId, PartProblem>();
  const listeners = new Set<(change: StoreChange) => void>();
  let closed = false;

  const remember = (teamId: TeamId, commitments: readonly Commitment[]) => {
    for (const c of commitments) home.set(c.id, teamId);
  };

  function emit(change: StoreChange) {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('Kept: a store listener failed', error);
      }
    }
  }

  // One subscription per part for the store's lifetime: it keeps `home` current and fans changes in.
  const unsubscribes: Unsubscribe[] = list.map((part) =>
    part.store.subscribe((change) => {
      if (change.kind === 'upsert') home.set(change.commitment.id, part.teamId);
      else if (change.kind === 'delete' && home.get(change.id) === part.teamId) home.delete(change.id);
      emit(change);
    }),
  );

  function partFor(teamId: TeamId, whose: 'This commitment belongs' | 'These settings belong'): Part {
    const part = byTeam.get(teamId);
    if (part === undefined) {
      throw new StoreError(
        'invalid',
        // Words for people (describeError shows them): a group id means nothing to them.
        `${whose} to a team that is not one of the teams shown here. Open it from that team in Teams.`,
      );
    }
    return part;
  }

  /**
   * Asks the parts at once. Fulfilled parts clear their problem, failed ones record it; rejects with
   * the first part's error only when every part failed (so nothing could be shown at all).
   */
  async function fromParts<T>(
    asked: readonly Part[],
    operation: PartProblem['operation'],
    read: (store: CommitmentStore) => Promise<T>,
  ): Promise<{ part: Part; value: T }[]> {
    const settled = await Promise.allSettled(asked.map((part) => read(part.store)));
    const answered: { part: Part; value: T }[] = [];
    let firstError: { error: unknown } | undefined;
    settled.forEach((result, index) => {
      const part = asked[index]!;
      if (result.status === 'fulfilled') {
        failures.delete(part.teamId);
        answered.push({ part, value: result.value });
      } else {
        failures.set(part.teamId, { teamId: part.teamId, operation, error: result.reason });
        firstError ??= { error: result.reason };
      }
    });
    if (answered.length === 0 && firstError !== undefined) throw firstError.error;
    return answered;
  }

  function merge(answers: readonly { part: Part; value: Commitment[] }[]): Commitment[] {
    const seen = new Map<CommitmentId, Commitment>();
    for (const { part, value } of answers) {
      remember(part.teamId, value);
      // Parts normally hold disjoint teams; if two hold the same id, the first part given wins.
      for (const c of value) if (!seen.has(c.id)) seen.set(c.id, c);
    }
    return [...seen.values()].sort(byCreation);
  }

  async function locate(id: CommitmentId): Promise<{ part: Part; commitment: Commitment }> {
    const knownTeam = home.get(id);
    const known = knownTeam === undefined ? undefined : byTeam.get(knownTeam);
    if (known !== undefined) {
      try {
        return { part: known, commitment: await known.store.get(id) };
      } catch (error) {
        if (!isNotFound(error)) {
          failures.set(known.teamId, { teamId: known.teamId, operation: 'get', error });
          throw error;
        }
        home.delete(id);
      }
    }
    const others = list.filter((part) => part !== known);
    const settled = await Promise.allSettled(others.map((part) => part.store.get(id)));
    let unanswered: { error: unknown } | undefined;
    for (const [index, result] of settled.entries()) {
      const part = others[index]!;
      if (result.status === 'fulfilled') {
        home.set(id, part.teamId);
        return { part, commitment: result.value };
      }
      if (!isNotFound(result.reason)) {
        failures.set(part.teamId, { teamId: part.teamId, operation: 'get', error: result.reason });
        unanswered ??= { error: result.reason };
      }
    }
    if (unanswered !== undefined) throw unanswered.error;
    throw new StoreError('not-found', `There is no commitment with id "${id}" in any of these teams.`);
  }

  function syncState(states: readonly SyncState[] = list.map((part) => part.store.syncState())): SyncState {
    let pendingWrites = 0;
    let online = true;
    let oldest: Date | undefined;
    let everySynced = true;
    let loadedItems: number | undefined;
    for (const state of states) {
      pendingWrites += state.pendingWrites;
      if (state.loadedItems !== undefined) loadedItems = (loadedItems ?? 0) + state.loadedItems;
      online &&= state.online;
      if (state.lastSyncedAt === undefined) everySynced = false;
      else if (oldest === undefined || state.lastSyncedAt < oldest) oldest = state.lastSyncedAt;
    }
    return {
      pendingWrites,
      online,
      ...(everySynced && oldest !== undefined ? { lastSyncedAt: oldest } : {}),
      ...(loadedItems !== undefined ? { loadedItems } : {}),
    };
  }

  return {
    kind: list.length > 0 && list.every((part) => part.store.kind === 'graph') ? 'graph' : 'local',
    teamIds: list.map((part) => part.teamId),

    problems: () => [...failures.values()],

    async readProblems() {
      const unavailable = [...failures.values()].map((failure): StoreProblem => ({
        kind: 'team-unavailable',
        teamId: failure.teamId,
        error: failure.error,
      }));
      const inside = await Promise.all(
        list.map((part) => part.store.readProblems?.().catch(() => []) ?? Promise.resolve([])),
      );
      return [...unavailable, ...inside.flat()];
    },

    async list(filter: CommitmentFilter = {}) {
      const asked = filter.teamId === undefined ? list : list.filter((part) => part.teamId === filter.teamId);
      return merge(await fromParts(asked, 'list', (store) => store.list(filter)));
    },

    async get(id: CommitmentId) {
      return (await locate(id)).commitment;
    },

    async findBySource(key: SourceKey) {
      return merge(await fromParts(list, 'findBySource', (store) => store.findBySource(key)));
    },

    async create(commitment: Commitment) {
      const part = partFor(commitment.teamId, 'This commitment belongs');
      const elsewhere = home.get(commitment.id);
      if (elsewhere !== undefined && elsewhere !== part.teamId) {
        throw new StoreError('conflict', `A commitment with id "${commitment.id}" already exists in another team.`);
      }
      const created = await part.store.create(commitment);
      home.set(created.id, part.teamId);
      return created;
    },

    async update(next: Commitment) {
      const part = partFor(next.teamId, 'This commitment belongs');
      const stored = home.get(next.id);
      if (stored !== undefined && stored !== next.teamId) {
        throw new StoreError(
          'invalid',
          'A commitment cannot be moved to another team here. Create it again in the other team instead.',
        );
      }
      const updated = await part.store.update(next);
      home.set(updated.id, part.teamId);
      return updated;
    },

    async delete(id: CommitmentId, expectedVersion: number) {
      const { part } = await locate(id);
      await part.store.delete(id, expectedVersion);
      home.delete(id);
    },

    subscribe(listener: (change: StoreChange) => void): Unsubscribe {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    async getSettings(teamId: TeamId): Promise<TeamSettings> {
      return partFor(teamId, 'These settings belong').store.getSettings(teamId);
    },

    async saveSettings(settings: TeamSettings): Promise<TeamSettings> {
      return partFor(settings.teamId, 'These settings belong').store.saveSettings(settings);
    },

    async sync() {
      const settled = await fromParts(list, 'sync', (store) => store.sync());
      const synced = new Map(settled.map(({ part, value }) => [part, value]));
      return syncState(list.map((part) => synced.get(part) ?? part.store.syncState()));
    },

    syncState: () => syncState(),

    close() {
      if (closed) return;
      closed = true;
      for (const unsubscribe of unsubscribes) unsubscribe();
      listeners.clear();
      for (const part of list) part.store.close();
    },
  };
}
