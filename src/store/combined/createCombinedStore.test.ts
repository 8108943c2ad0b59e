import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitmentId, teamId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import { aCommitment, ALEX, anEmailSource, MEGAN, NESTOR, OTHER_TEAM, TEAM } from '../../../tests/fixtures/commitments';
import { createLocalStore } from '../local';
import { isStoreError, StoreError, type CommitmentStore, type StoreChange, type SyncState } from '../Store';
import { createCombinedStore, type CombinedCommitmentStore } from './createCombinedStore';

// The contract suite (tests/contract/combined.contract.test.ts) covers the port; these tests cover
// what only the combined store does: routing by team, partial failure, fan-in and sums.

const THIRD_TEAM = teamId('team-legal');
let run = 0;
const opened: CommitmentStore[] = [];

function localPart(name: string): CommitmentStore {
  const store = createLocalStore({ dbName: `combined-unit-${++run}-${name}` });
  opened.push(store);
  return store;
}

/** A part whose calls can be made to fail, as a team site that is unreachable or forbids the user. */
function flaky(store: CommitmentStore) {
  let failure: StoreError | undefined;
  const fail = <T>(call: () => Promise<T>): Promise<T> => (failure === undefined ? call() : Promise.reject(failure));
  const part: CommitmentStore = {
    ...store,
    list: (filter) => fail(() => store.list(filter)),
    get: (id) => fail(() => store.get(id)),
    findBySource: (key) => fail(() => store.findBySource(key)),
    sync: () => fail(() => store.sync()),
  };
  return {
    part,
    failWith(error: StoreError | undefined) {
      failure = error;
    },
  };
}

/** A part with a sync state the test sets. */
function withState(store: CommitmentStore, state: SyncState, kind: 'local' | 'graph' = store.kind): CommitmentStore {
  return { ...store, kind, syncState: () => state, sync: async () => state };
}

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (isStoreError(error)) return error;
    throw error;
  }
  throw new Error('Expected a StoreError, but the call succeeded.');
}

const ids = (items: readonly Commitment[]) => items.map((c) => c.id).sort();

let combined: CombinedCommitmentStore | undefined;
afterEach(() => {
  combined?.close();
  combined = undefined;
  for (const store of opened.splice(0)) store.close();
});

describe('createCombinedStore', () => {
  it("stores each commitment and each team's settings in its own team's store", async () => {
    const facilities = localPart('facilities');
    const finance = localPart('finance');
    combined = createCombinedStore(
      new Map([
        [TEAM, facilities],
        [OTHER_TEAM, finance],
      ]),
    );

    const ours = await combined.create(aCommitment({ teamId: TEAM }));
    const theirs = await combined.create(aCommitment({ teamId: OTHER_TEAM }));
    expect(ids(await facilities.list())).toEqual([ours.id]);
    expect(ids(await finance.list())).toEqual([theirs.id]);

    const updated = await combined.update({ ...theirs, title: 'Budget sign-off' });
    expect((await finance.get(theirs.id)).title).toBe('Budget sign-off');
    await combined.delete(updated.id, updated.version);
    expect(await finance.list()).toEqual([]);
    expect(ids(await facilities.list())).toEqual([ours.id]);

    const saved = await combined.saveSettings({ ...(await combined.getSettings(OTHER_TEAM)), defaultCadenceDays: 7 });
    expect((await finance.getSettings(OTHER_TEAM)).defaultCadenceDays).toBe(7);
    expect((await facilities.getSettings(OTHER_TEAM)).version).toBe(0);
    expect(saved.defaultCadenceDays).toBe(7);
  });

  it('refuses a commitment or settings of a team outside the set as invalid, and stores nothing', async () => {
    const facilities = localPart('facilities');
    combined = createCombinedStore([{ teamId: TEAM, store: facilities }]);
    const stranger = aCommitment({ teamId: THIRD_TEAM });

    const created = await storeError(combined.create(stranger));
    expect(created.code).toBe('invalid');
    expect(created.message).toBe(
      'This commitment belongs to a team that is not one of the teams shown here. Open it from that team in Teams.',
    );
    expect((await storeError(combined.update(stranger))).code).toBe('invalid');
    expect((await storeError(combined.getSettings(THIRD_TEAM))).code).toBe('invalid');
    const settings = await facilities.getSettings(TEAM);
    expect((await storeError(combined.saveSettings({ ...settings, teamId: THIRD_TEAM }))).code).toBe('invalid');
    expect(await facilities.list()).toEqual([]);
  });

  it('will not move a commitment to another team by an update', async () => {
    combined = createCombinedStore([
      { teamId: TEAM, store: localPart('facilities') },
      { teamId: OTHER_TEAM, store: localPart('finance') },
    ]);
    const created = await combined.create(aCommitment({ teamId: TEAM }));
    const error = await storeError(combined.update({ ...created, teamId: OTHER_TEAM }));
    expect(error.code).toBe('invalid');
    expect(await combined.get(created.id)).toEqual(created);
  });

  it('finds, updates and deletes commitments it has not seen yet, in whichever team holds them', async () => {
    const facilities = localPart('facilities');
    const finance = localPart('finance');
    const held = await finance.create(aCommitment({ teamId: OTHER_TEAM }));
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance },
    ]);
    expect(await combined.get(held.id)).toEqual(held);

    const fresh = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance },
    ]);
    await fresh.delete(held.id, held.version);
    expect(await finance.list()).toEqual([]);
    expect((await storeError(fresh.delete(held.id, held.version))).code).toBe('not-found');
  });

  it('merges every team into one list, oldest first, and asks only the team a filter names', async () => {
    const facilities = localPart('facilities');
    const finance = localPart('finance');
    const financeList = vi.spyOn(finance, 'list');
    const late = await facilities.create(aCommitment({ teamId: TEAM, createdAt: '2026-11-05T09:00:00.000Z' }));
    const early = await finance.create(aCommitment({ teamId: OTHER_TEAM, createdAt: '2026-11-01T09:00:00.000Z' }));
    const nestors = await finance.create(
      aCommitment({ teamId: OTHER_TEAM, owner: NESTOR, createdAt: '2026-11-03T09:00:00.000Z' }),
    );
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance },
    ]);

    expect((await combined.list()).map((c) => c.id)).toEqual([early.id, nestors.id, late.id]);
    expect(ids(await combined.list({ ownerEmail: ALEX.email }))).toEqual(ids([early, late]));
    financeList.mockClear();
    expect(await combined.list({ teamId: TEAM })).toEqual([late]);
    expect(financeList).not.toHaveBeenCalled();
    expect(await combined.list({ teamId: THIRD_TEAM })).toEqual([]);
  });

  it("still shows the other teams when one team's store fails, and says which team is missing", async () => {
    const facilities = localPart('facilities');
    const finance = flaky(localPart('finance'));
    const ours = await facilities.create(aCommitment({ teamId: TEAM, customer: MEGAN }));
    const theirs = await finance.part.create(aCommitment({ teamId: OTHER_TEAM, customer: MEGAN }));
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance.part },
    ]);
    expect(combined.problems()).toEqual([]);

    const forbidden = new StoreError('forbidden', 'You are not a member of Finance.');
    finance.failWith(forbidden);
    expect(await combined.list()).toEqual([ours]);
    expect(combined.problems()).toEqual([{ teamId: OTHER_TEAM, operation: 'list', error: forbidden }]);
    expect(await combined.readProblems()).toEqual([{ kind: 'team-unavailable', teamId: OTHER_TEAM, error: forbidden }]);
    if (ours.source.kind !== 'email') throw new Error('fixture is not an email');
    expect(await combined.findBySource({ kind: 'email', internetMessageId: ours.source.internetMessageId })).toEqual([
      ours,
    ]);
    expect(combined.problems().map((p) => [p.teamId, p.operation])).toEqual([[OTHER_TEAM, 'findBySource']]);

    finance.failWith(undefined);
    expect(ids(await combined.list({ customerEmail: MEGAN.email }))).toEqual(ids([ours, theirs]));
    expect(combined.problems()).toEqual([]);
  });

  it('rejects a read only when every team failed', async () => {
    const facilities = flaky(localPart('facilities'));
    const finance = flaky(localPart('finance'));
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities.part },
      { teamId: OTHER_TEAM, store: finance.part },
    ]);
    facilities.failWith(new StoreError('offline', 'No network.'));
    finance.failWith(new StoreError('offline', 'No network.'));
    expect((await storeError(combined.list())).code).toBe('offline');
    expect((await storeError(combined.findBySource({ kind: 'conversation', conversationId: 'x' }))).code).toBe(
      'offline',
    );
    expect(combined.problems().map((p) => p.teamId)).toEqual([TEAM, OTHER_TEAM]);
  });

  it('says not-found only when every team answered, and otherwise the error of the team that could not', async () => {
    const facilities = localPart('facilities');
    const finance = flaky(localPart('finance'));
    const ours = await facilities.create(aCommitment({ teamId: TEAM, source: anEmailSource() }));
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance.part },
    ]);
    const missing = commitmentId('not-anywhere');
    expect((await storeError(combined.get(missing))).code).toBe('not-found');

    finance.failWith(new StoreError('offline', 'No network.'));
    expect(await combined.get(ours.id)).toEqual(ours);
    const error = await storeError(combined.get(missing));
    expect(error.code).toBe('offline');
    expect(combined.problems().map((p) => [p.teamId, p.operation])).toEqual([[OTHER_TEAM, 'get']]);
  });

  it("tells one listener about every team's changes, including writes made to a team's store directly", async () => {
    const facilities = localPart('facilities');
    const finance = localPart('finance');
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance },
    ]);
    const heard: StoreChange[] = [];
    const unsubscribe = combined.subscribe((change) => heard.push(change));

    const ours = await combined.create(aCommitment({ teamId: TEAM }));
    const elsewhere = await finance.create(aCommitment({ teamId: OTHER_TEAM }));
    await combined.saveSettings({ ...(await combined.getSettings(OTHER_TEAM)), defaultBufferDays: 3 });
    await vi.waitFor(() => {
      const upserted = heard.flatMap((c) => (c.kind === 'upsert' ? [c.commitment.id] : []));
      expect(upserted).toEqual(expect.arrayContaining([ours.id, elsewhere.id]));
      expect(heard.some((c) => c.kind === 'settings' && c.settings.teamId === OTHER_TEAM)).toBe(true);
    });

    // A direct write taught the combined store where the commitment lives: delete needs no search.
    const financeGet = vi.spyOn(finance, 'get');
    const facilitiesGet = vi.spyOn(facilities, 'get');
    await combined.delete(elsewhere.id, elsewhere.version);
    expect(facilitiesGet).not.toHaveBeenCalled();
    expect(financeGet).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'delete', id: elsewhere.id }));

    unsubscribe();
    const count = heard.length;
    await combined.create(aCommitment({ teamId: OTHER_TEAM }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveLength(count);
  });

  it('sums pending writes, is online only when every team is, and reports the oldest sync', async () => {
    const older = new Date('2026-11-24T08:00:00Z');
    const newer = new Date('2026-11-24T09:30:00Z');
    combined = createCombinedStore([
      { teamId: TEAM, store: withState(localPart('a'), { pendingWrites: 2, online: true, lastSyncedAt: newer }) },
      {
        teamId: OTHER_TEAM,
        store: withState(localPart('b'), { pendingWrites: 3, online: false, lastSyncedAt: older }),
      },
    ]);
    expect(combined.syncState()).toEqual({ pendingWrites: 5, online: false, lastSyncedAt: older });
    expect(await combined.sync()).toEqual({ pendingWrites: 5, online: false, lastSyncedAt: older });

    const neverSynced = createCombinedStore([
      { teamId: TEAM, store: withState(localPart('c'), { pendingWrites: 1, online: true, lastSyncedAt: newer }) },
      { teamId: OTHER_TEAM, store: withState(localPart('d'), { pendingWrites: 0, online: true }) },
    ]);
    expect(neverSynced.syncState()).toEqual({ pendingWrites: 1, online: true });
    neverSynced.close();
  });

  it('syncs every team, keeps going past one that fails, and fails only when all do', async () => {
    const facilities = localPart('facilities');
    const finance = flaky(localPart('finance'));
    combined = createCombinedStore([
      { teamId: TEAM, store: facilities },
      { teamId: OTHER_TEAM, store: finance.part },
    ]);
    const facilitiesSync = vi.spyOn(facilities, 'sync');
    finance.failWith(new StoreError('throttled', 'Slow down.'));
    const state = await combined.sync();
    expect(facilitiesSync).toHaveBeenCalledTimes(1);
    expect(state.pendingWrites).toBe(0);
    expect(combined.problems().map((p) => [p.teamId, p.operation])).toEqual([[OTHER_TEAM, 'sync']]);

    const alone = flaky(localPart('alone'));
    const onlyOne = createCombinedStore([{ teamId: THIRD_TEAM, store: alone.part }]);
    alone.failWith(new StoreError('offline', 'No network.'));
    expect((await storeError(onlyOne.sync())).code).toBe('offline');
    onlyOne.close();
  });

  it("is a 'graph' store only when every team's store is", () => {
    const state: SyncState = { pendingWrites: 0, online: true };
    const allGraph = createCombinedStore([
      { teamId: TEAM, store: withState(localPart('g1'), state, 'graph') },
      { teamId: OTHER_TEAM, store: withState(localPart('g2'), state, 'graph') },
    ]);
    const mixed = createCombinedStore([
      { teamId: TEAM, store: withState(localPart('m1'), state, 'graph') },
      { teamId: OTHER_TEAM, store: localPart('m2') },
    ]);
    expect(allGraph.kind).toBe('graph');
    expect(mixed.kind).toBe('local');
    expect(allGraph.teamIds).toEqual([TEAM, OTHER_TEAM]);
    allGraph.close();
    mixed.close();
  });

  it('closes every team store once, however often it is closed, and refuses a team given twice', () => {
    const first = localPart('x');
    const second = localPart('y');
    const closeFirst = vi.spyOn(first, 'close');
    const closeSecond = vi.spyOn(second, 'close');
    const store = createCombinedStore([
      { teamId: TEAM, store: first },
      { teamId: OTHER_TEAM, store: second },
    ]);
    store.close();
    store.close();
    expect(closeFirst).toHaveBeenCalledTimes(1);
    expect(closeSecond).toHaveBeenCalledTimes(1);

    expect(() =>
      createCombinedStore([
        { teamId: TEAM, store: first },
        { teamId: TEAM, store: second },
      ]),
    ).toThrow(/given twice/);
  });
});
