import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { commitmentId, teamId } from '../../domain/ids';
import { aCommitment, aMeetingSource, ALEX, MEGAN } from '../../../tests/fixtures/commitments';
import { UNAVAILABLE } from './errors';
import { createLocalStore } from './createLocalStore';
import { DB_VERSION, migrate, MIGRATIONS, type KeptDB } from './schema';

/** Builds a database exactly as version 1 of the schema left it, with the rows given. */
async function versionOneDatabase(dbName: string, commitments: unknown[], settings: unknown[] = []) {
  const db = await openDB<KeptDB>(dbName, 1, {
    upgrade(database, oldVersion, _newVersion, tx) {
      void migrate(database, oldVersion, 1, tx);
    },
  });
  const tx = db.transaction(['commitments', 'settings'], 'readwrite');
  for (const row of commitments) void tx.objectStore('commitments').put(row as never);
  for (const row of settings) void tx.objectStore('settings').put(row as never);
  await tx.done;
  db.close();
}

describe('local database migrations', () => {
  it('has one step per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('moves version 1 rows to version 2 and makes them findable by every index', async () => {
    const current = aCommitment({ owner: { name: 'Alex', email: 'AlexW@Contoso.com' }, customer: MEGAN });
    const meeting = aCommitment({ source: aMeetingSource(), owner: MEGAN });
    await versionOneDatabase('migrate-v1', [current, meeting]);

    const store = createLocalStore({ dbName: 'migrate-v1' });
    expect(await store.get(current.id)).toEqual(current);
    expect(await store.list({ ownerEmail: 'alexw@contoso.com' })).toEqual([current]);
    expect(await store.list({ customerEmail: MEGAN.email })).toHaveLength(2);
    if (current.source.kind !== 'email' || meeting.source.kind !== 'meeting') throw new Error('fixture kinds');
    expect(await store.findBySource({ kind: 'email', internetMessageId: current.source.internetMessageId })).toEqual([
      current,
    ]);
    expect(await store.findBySource({ kind: 'conversation', conversationId: current.source.conversationId })).toEqual([
      current,
    ]);
    expect(await store.findBySource({ kind: 'meeting', joinUrl: meeting.source.joinUrl! })).toEqual([meeting]);
    expect(await store.findBySource({ kind: 'meeting', iCalUId: meeting.source.iCalUId! })).toEqual([meeting]);
    store.close();
  });

  it('fills the fields an older record lacks instead of crashing', async () => {
    const old = {
      id: 'old-1',
      teamId: 'team-facilities',
      title: 'Fix the projector',
      customer: { name: 'Megan', email: MEGAN.email },
      owner: ALEX,
      requestedAt: '2026-10-01T08:00:00.000Z',
      targetDate: '2026-10-05',
      promisedDate: '2026-10-07',
      steps: [{ text: 'Order a lamp' }, 'not a step'],
      history: [{ id: 'h1', kind: 'created', at: '2026-10-01T08:00:00.000Z' }, { kind: 'something-new' }],
      feedback: { rating: 9, comment: 'out of range' },
    };
    await versionOneDatabase('migrate-old', [old]);
    const store = createLocalStore({ dbName: 'migrate-old' });

    const read = await store.get(commitmentId('old-1'));
    expect(read).toMatchObject({
      id: 'old-1',
      version: 1,
      title: 'Fix the projector',
      source: { kind: 'manual' },
      acceptanceCriteria: '',
      updateCadenceDays: 5,
      createdAt: '2026-10-01T08:00:00.000Z',
      updatedAt: '2026-10-01T08:00:00.000Z',
      steps: [{ id: 'step-1', text: 'Order a lamp' }],
      history: [{ id: 'h1', kind: 'created', by: { name: '', email: '' } }],
    });
    expect(read.feedback).toBeUndefined();
    expect(await store.list({ teamId: teamId('team-facilities') })).toEqual([read]);

    // Once read, it saves like any other commitment.
    const saved = await store.update({ ...read, acceptanceCriteria: 'The projector shows slides.' });
    expect(saved.version).toBe(2);
    store.close();
  });

  it('keeps saved settings and fills settings fields added later from the defaults', async () => {
    await versionOneDatabase(
      'migrate-settings',
      [],
      [{ teamId: 'team-a', teamName: 'A', version: 3, defaultCadenceDays: 2 }],
    );
    const store = createLocalStore({ dbName: 'migrate-settings', defaultTimeZone: 'Europe/Paris' });
    const settings = await store.getSettings(teamId('team-a'));
    expect(settings).toMatchObject({
      teamId: 'team-a',
      teamName: 'A',
      version: 3,
      defaultCadenceDays: 2,
      acknowledgeWithinHours: 4,
      followUpReminders: 'outlookFlag',
      calendar: { timeZone: 'Europe/Paris', workDays: [1, 2, 3, 4, 5] },
    });
    store.close();
  });

  it('reads the old follow-up flag switch as the reminder choice (on: the Outlook flag, off: none)', async () => {
    await versionOneDatabase(
      'migrate-flag-switch',
      [],
      [
        { teamId: 'team-on', teamName: 'On', version: 2, followUpFlags: true },
        { teamId: 'team-off', teamName: 'Off', version: 2, followUpFlags: false },
        { teamId: 'team-todo', teamName: 'To Do', version: 2, followUpReminders: 'todoTask' },
      ],
    );
    const store = createLocalStore({ dbName: 'migrate-flag-switch' });
    expect((await store.getSettings(teamId('team-on'))).followUpReminders).toBe('outlookFlag');
    expect((await store.getSettings(teamId('team-off'))).followUpReminders).toBe('off');
    expect((await store.getSettings(teamId('team-todo'))).followUpReminders).toBe('todoTask');
    expect(await store.getSettings(teamId('team-off'))).not.toHaveProperty('followUpFlags');
    store.close();
  });

  it('leaves the old database untouched when a migration fails halfway, and retries on the next call', async () => {
    const first = aCommitment();
    const second = aCommitment();
    await versionOneDatabase('migrate-fails', [first, second]);
    const realUpdate = IDBCursor.prototype.update;
    let updates = 0;
    const failing = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value) {
      if (++updates === 2) throw new DOMException('disk went away', 'UnknownError');
      return realUpdate.call(this, value);
    });
    const store = createLocalStore({ dbName: 'migrate-fails' });
    await expect(store.list()).rejects.toMatchObject({
      code: UNAVAILABLE,
      message: expect.stringContaining('upgrade'),
    });

    const raw = await openDB('migrate-fails');
    expect(raw.version).toBe(1);
    expect(await raw.getAll('commitments')).toEqual([first, second]);
    raw.close();

    failing.mockRestore();
    expect(await store.list()).toEqual([first, second]);
    store.close();
  });

  it('reports a database written by a newer Kept clearly, without touching it', async () => {
    const newer = await openDB('from-the-future', DB_VERSION + 1);
    newer.close();
    const store = createLocalStore({ dbName: 'from-the-future' });
    await expect(store.list()).rejects.toMatchObject({
      name: 'StoreError',
      code: UNAVAILABLE,
      message: expect.stringContaining('newer version'),
    });
    store.close();
  });

  it('gives up with a clear error when an older tab will not let go of the database', async () => {
    // An old tab that ignores versionchange keeps the upgrade blocked.
    const old = await openDB('held-open', 1, {
      upgrade(database, oldVersion, _newVersion, tx) {
        void migrate(database as never, oldVersion, 1, tx as never);
      },
    });
    const store = createLocalStore({ dbName: 'held-open', blockedTimeoutMs: 50 });
    await expect(store.list()).rejects.toMatchObject({
      code: UNAVAILABLE,
      message: expect.stringContaining('another Kept tab'),
    });

    // Once the old tab is gone, the next call opens (and migrates) normally.
    old.close();
    expect(await store.list()).toEqual([]);
    store.close();
  });
});
