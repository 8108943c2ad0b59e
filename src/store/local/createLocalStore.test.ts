import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitmentId, teamId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import { aCommitment, aMeetingSource, OTHER_TEAM, TEAM } from '../../../tests/fixtures/commitments';
import { defaultTeamSettings } from '../defaultSettings';
import type { StoreChange } from '../Store';
import { UNAVAILABLE } from './errors';
import { createLocalStore, type LocalCommitmentStore } from './createLocalStore';
import { DB_VERSION } from './schema';

const opened: LocalCommitmentStore[] = [];
let sequence = 0;
function aStore(dbName = `local-${++sequence}`, options: { channelName?: string } = {}) {
  const store = createLocalStore({ dbName, ...options });
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.unstubAllGlobals();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('createLocalStore: changes seen by other tabs', () => {
  it('tells a second store on the same database about every change, and only once', async () => {
    const tabA = aStore('shared');
    const tabB = aStore('shared');
    const heardByA: StoreChange[] = [];
    const heardByB: StoreChange[] = [];
    tabA.subscribe((change) => heardByA.push(change));
    tabB.subscribe((change) => heardByB.push(change));

    const heard = (count: number) => vi.waitFor(() => expect(heardByB).toHaveLength(count));
    const created = await tabA.create(aCommitment());
    await heard(1);
    const updated = await tabA.update({ ...created, title: 'Changed in tab A' });
    await heard(2);
    await tabA.delete(updated.id, updated.version);
    await heard(3);
    const settings = await tabA.saveSettings({ ...defaultTeamSettings(TEAM), defaultCadenceDays: 2 });
    await heard(4);
    expect(await tabB.getSettings(TEAM)).toEqual(settings);
    const demo = aCommitment();
    await tabA.replaceAll([demo]);
    await heard(5);
    expect(heardByB).toEqual([
      { kind: 'upsert', commitment: created },
      { kind: 'upsert', commitment: updated },
      { kind: 'delete', id: created.id },
      { kind: 'settings', settings },
      { kind: 'refresh' },
    ]);
    // Tab A heard its own changes directly, not a second time through the channel.
    expect(heardByA).toEqual(heardByB);
    expect(await tabB.list()).toEqual([demo]);
  });

  it('reports what is stored, not an older message that arrived late', async () => {
    const tabB = aStore('late', { channelName: 'late-channel' });
    const created = await tabB.create(aCommitment());
    const current = await tabB.update({ ...created, title: 'Current' });
    const heard: StoreChange[] = [];
    tabB.subscribe((change) => heard.push(change));
    const slowTab = new BroadcastChannel('late-channel');
    slowTab.postMessage({ type: 'kept-store-change', change: { kind: 'upsert', commitment: created } });
    slowTab.postMessage({ type: 'kept-store-change', change: { kind: 'upsert', commitment: aCommitment() } });
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard[0]).toEqual({ kind: 'upsert', commitment: current });
    // A commitment the database does not have (deleted meanwhile) is reported as deleted.
    expect(heard[1]?.kind).toBe('delete');
    slowTab.close();
  });

  it('keeps databases with different names apart', async () => {
    const one = aStore('db-one');
    const two = aStore('db-two');
    const heard: StoreChange[] = [];
    two.subscribe((change) => heard.push(change));
    const created = await one.create(aCommitment());
    const heardByOne: StoreChange[] = [];
    one.subscribe((change) => heardByOne.push(change));
    await one.update({ ...created, title: 'x' });
    // Give a stray broadcast time to arrive before asserting it did not.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
    await expect(two.get(created.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('ignores channel messages that are not store changes', async () => {
    const store = aStore('noise', { channelName: 'noisy' });
    const heard: StoreChange[] = [];
    store.subscribe((change) => heard.push(change));
    const sender = new BroadcastChannel('noisy');
    sender.postMessage('hello');
    sender.postMessage({ type: 'kept-store-change', change: { kind: 'upsert', commitment: { title: 'no id' } } });
    sender.postMessage({ type: 'kept-store-change', change: { kind: 'delete', id: 42 } });
    sender.postMessage({ type: 'kept-store-change', change: { kind: 'refresh' } });
    await vi.waitFor(() => expect(heard).toEqual([{ kind: 'refresh' }]));
    sender.close();
  });

  it('works without BroadcastChannel: this tab still hears its own changes', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const store = aStore();
    const heard: StoreChange[] = [];
    store.subscribe((change) => heard.push(change));
    const created = await store.create(aCommitment());
    expect(heard).toEqual([{ kind: 'upsert', commitment: created }]);
  });

  it('keeps telling the other listeners when one throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = aStore();
    const heard: StoreChange[] = [];
    store.subscribe(() => {
      throw new Error('broken listener');
    });
    store.subscribe((change) => heard.push(change));
    await store.create(aCommitment());
    expect(heard).toHaveLength(1);
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe('createLocalStore: kept screens', () => {
  it('forgets a screen when another tab changes the data', async () => {
    const tabA = aStore('screens-shared');
    const tabB = aStore('screens-shared');
    const created = await tabA.create(aCommitment());
    await tabA.screens.write('team', { first: [created.id] }, [await tabA.list({ teamId: TEAM })]);
    expect(await tabB.screens.read('team')).toEqual({ first: [created.id] });
    await tabB.update({ ...created, title: 'Renamed in the other tab' });
    expect(await tabA.screens.read('team')).toBeUndefined();
  });

  it('keeps no screen when the write that would make it stale fails: nothing changed', async () => {
    const store = aStore();
    const created = await store.create(aCommitment());
    await store.screens.write('team', 'kept', [await store.list({ teamId: TEAM })]);
    await expect(store.update({ ...created, version: created.version + 5, title: 'stale' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await store.screens.read('team')).toBe('kept');
  });
});

describe('createLocalStore: storage errors', () => {
  it('turns a full disk into a quota error and stores nothing', async () => {
    const store = aStore();
    const kept = await store.create(aCommitment());
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const heard: StoreChange[] = [];
    store.subscribe((change) => heard.push(change));

    const lost = aCommitment();
    await expect(store.create(lost)).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    await expect(store.update({ ...kept, title: 'Will not fit' })).rejects.toMatchObject({ code: 'quota' });
    await expect(store.saveSettings(defaultTeamSettings(TEAM))).rejects.toMatchObject({ code: 'quota' });
    await expect(store.replaceAll([aCommitment()])).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();

    expect(heard).toEqual([]);
    expect(await store.list()).toEqual([kept]);
    await expect(store.get(lost.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.getSettings(TEAM)).version).toBe(0);
  });

  it('refuses a malformed commitment as invalid before it reaches the database', async () => {
    const store = aStore();
    await expect(store.create(aCommitment({ id: commitmentId('') }))).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.create({ ...aCommitment(), owner: undefined } as unknown as Commitment)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('owner'),
    });
    await expect(store.create(aCommitment({ steps: 'none' as never }))).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      store.saveSettings({ ...defaultTeamSettings(TEAM), acknowledgeWithinHours: Number.NaN }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await store.list()).toEqual([]);
  });

  it('refuses a value IndexedDB cannot clone as invalid', async () => {
    const store = aStore();
    const withFunction = { ...aCommitment(), extra: () => 1 } as unknown as Commitment;
    await expect(store.create(withFunction)).rejects.toMatchObject({ code: 'invalid' });
    expect(await store.list()).toEqual([]);
  });

  it('skips a row it cannot read instead of failing the whole list', async () => {
    const store = aStore('damaged');
    const good = await store.create(aCommitment());
    const db = await openDB('damaged', DB_VERSION);
    await db.put('commitments', { id: 'damaged-1', teamId: TEAM, commitment: 'garbage' });
    db.close();
    expect(await store.list()).toEqual([good]);
    await expect(store.get(commitmentId('damaged-1'))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('rejects every call after close, and close twice is harmless', async () => {
    const store = aStore();
    await store.create(aCommitment());
    store.close();
    store.close();
    await expect(store.list()).rejects.toMatchObject({ code: UNAVAILABLE });
  });
});

describe('createLocalStore: long reads', () => {
  it('reads thousands of commitments in pages and returns exactly those the filter asks for', async () => {
    const store = aStore();
    // Two teams and two owners interleaved by id, so every page of one team's ids holds the other's too.
    const all = Array.from({ length: 2_500 }, (_, i) =>
      aCommitment({
        id: commitmentId(`c-${String(i).padStart(5, '0')}`),
        teamId: i % 2 === 0 ? TEAM : OTHER_TEAM,
        owner:
          i % 3 === 0 ? { name: 'Ada', email: 'ada@contoso.example' } : { name: 'Ben', email: 'ben@contoso.example' },
        createdAt: new Date(Date.UTC(2026, 0, 1) + (2_500 - i) * 60_000).toISOString(),
      }),
    );
    await store.replaceAll(all);

    const team = await store.list({ teamId: TEAM });
    expect(team).toHaveLength(1_250);
    expect(team.every((c) => c.teamId === TEAM)).toBe(true);
    // Oldest first, as every list is.
    expect(team.map((c) => c.id)).toEqual(
      all
        .filter((c) => c.teamId === TEAM)
        .map((c) => c.id)
        .reverse(),
    );
    expect(await store.list()).toHaveLength(2_500);
    const ada = await store.list({ ownerEmail: 'ADA@contoso.example' });
    expect(ada).toHaveLength(834);
    expect(new Set(ada.map((c) => c.owner.email))).toEqual(new Set(['ada@contoso.example']));
    expect(await store.list({ teamId: teamId('nobody') })).toEqual([]);
  });
});

describe('createLocalStore: lookups', () => {
  it('compares emails without regard to case', async () => {
    const store = aStore();
    const created = await store.create(
      aCommitment({
        owner: { name: 'A', email: 'Adele.Vance@Contoso.com' },
        customer: { name: 'B', email: 'B@X.com' },
      }),
    );
    expect(await store.list({ ownerEmail: 'adele.vance@contoso.com' })).toEqual([created]);
    expect(await store.list({ customerEmail: 'b@x.COM', teamId: TEAM })).toEqual([created]);
  });

  it('matches a join URL however much of it was percent-encoded', async () => {
    const store = aStore();
    const created = await store.create(
      aCommitment({
        source: aMeetingSource({ joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0' }),
      }),
    );
    const decoded = 'https://teams.microsoft.com/l/meetup-join/19:meeting_X@thread.v2/0';
    expect(await store.findBySource({ kind: 'meeting', joinUrl: decoded })).toEqual([created]);
    expect(await store.findBySource({ kind: 'meeting', joinUrl: '' })).toEqual([]);
    expect(await store.findBySource({ kind: 'meeting' })).toEqual([]);
  });

  it('does not match a meeting without a join URL to an empty key', async () => {
    const store = aStore();
    await store.create(aCommitment({ source: aMeetingSource({ iCalUId: 'ical-1', joinUrl: '' }) }));
    expect(await store.findBySource({ kind: 'meeting', joinUrl: '' })).toEqual([]);
    expect(await store.findBySource({ kind: 'meeting', iCalUId: 'ical-1' })).toHaveLength(1);
  });
});

describe('createLocalStore: replaceAll (reset demo data)', () => {
  it('replaces every commitment and every team setting in one go, and says refresh once', async () => {
    const store = aStore();
    const old = await store.create(aCommitment());
    await store.saveSettings(defaultTeamSettings(OTHER_TEAM));
    const heard: StoreChange[] = [];
    store.subscribe((change) => heard.push(change));

    const demo = [aCommitment({ version: 4 }), aCommitment({ teamId: OTHER_TEAM })];
    const settings = { ...defaultTeamSettings(TEAM, 'Facilities'), defaultBufferDays: 3 };
    await store.replaceAll(demo, [settings]);

    expect(heard).toEqual([{ kind: 'refresh' }]);
    expect(await store.list()).toEqual(demo);
    await expect(store.get(old.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.getSettings(TEAM)).toEqual(settings);
    expect((await store.getSettings(OTHER_TEAM)).version).toBe(0);
    // Replaced data behaves like any other: optimistic versions continue from what was given.
    expect((await store.update({ ...demo[0]!, title: 'Edited' })).version).toBe(5);
    expect((await store.saveSettings(settings)).version).toBe(1);
  });

  it('changes nothing when one item is bad or a write fails halfway', async () => {
    const store = aStore();
    const kept = await store.create(aCommitment());
    const duplicate = aCommitment();
    await expect(store.replaceAll([duplicate, duplicate])).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.replaceAll([aCommitment(), aCommitment({ title: 5 as never })])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('Commitment 2'),
    });

    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 3) throw quotaError();
      return realPut.apply(this, args);
    });
    await expect(store.replaceAll([aCommitment(), aCommitment(), aCommitment()])).rejects.toMatchObject({
      code: 'quota',
    });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([kept]);
  });

  it('clear() empties the database', async () => {
    const store = aStore();
    await store.create(aCommitment());
    await store.saveSettings(defaultTeamSettings(TEAM));
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect((await store.getSettings(TEAM)).version).toBe(0);
  });
});

describe('createLocalStore: sync state', () => {
  it('has nothing pending and reads online from the browser', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const at = new Date('2026-11-24T10:00:00.000Z');
    const store = createLocalStore({ dbName: 'sync', now: () => at });
    opened.push(store);
    expect(store.syncState()).toEqual({ pendingWrites: 0, online: false });
    expect(await store.sync()).toEqual({ pendingWrites: 0, online: false, lastSyncedAt: at });
  });

  it('counts as online where the environment cannot tell', () => {
    vi.stubGlobal('navigator', undefined);
    expect(aStore().syncState().online).toBe(true);
  });

  it('gives the default settings in the time zone it was told', async () => {
    const store = createLocalStore({ dbName: 'tz', defaultTimeZone: 'Asia/Tokyo' });
    opened.push(store);
    expect(await store.getSettings(teamId('t'))).toEqual(defaultTeamSettings(teamId('t'), '', 'Asia/Tokyo'));
  });
});
