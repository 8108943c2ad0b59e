import { describe, expect, it } from 'vitest';
import { teamId } from '../../src/domain/ids';
import type { Commitment } from '../../src/domain/types';
import { describeError } from '../../src/ui/describeError';
import { t } from '../../src/domain/i18n';
import '../../src/domain/i18n/en/common';
import { isStoreError } from '../../src/store/Store';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment, ALEX, anEmailSource, MEGAN } from '../fixtures/commitments';
import { IN_FLIGHT_SETTLE_MS } from '../../src/store/graph/outbox';
import { storeFor, virtualClock } from './helpers';

const USER = ALEX.email;
const TEAM = teamId('team-facilities');

async function onTodo(graph: FakeGraph, overrides: Parameters<typeof storeFor>[2] = {}) {
  const store = storeFor(graph, USER, overrides);
  const settings = await store.getSettings(TEAM);
  await store.saveSettings({ ...settings, followUpReminders: 'todoTask' });
  return store;
}

/** A store on the To Do choice, with the fake on the same virtual clock. */
async function clockedTodo() {
  const clock = virtualClock('2026-11-02T10:00:00.000Z');
  const graph = createFakeGraph({ now: clock.now });
  return { clock, graph, store: await onTodo(graph, { now: clock.now }) };
}

const keptTasks = (graph: FakeGraph) =>
  graph.todo.tasks(USER).filter((t) => t.linkedResources.some((r) => r.applicationName === 'Kept'));

const updateSent = (c: Commitment, at: string): Commitment => ({
  ...c,
  history: [
    ...c.history,
    { id: `h-upd-${at}` as never, kind: 'update-sent', note: 'On track', onTrack: true, at, by: c.owner },
  ],
  updatedAt: at,
});

describe('Graph store: the owner’s Microsoft To Do task', () => {
  it('creates one task in Kept’s own list, due at the promise, reminding at the next update, linked to the request', async () => {
    const { graph, store } = await clockedTodo();
    const c = await store.create(
      aCommitment({ source: anEmailSource({ webLink: 'https://outlook.office.com/mail/id/AAMk1' }) }),
    );
    const kept = graph.todo.lists(USER).find((l) => l.displayName === 'Kept');
    expect(kept?.wellknownListName).toBe('none');
    expect(kept?.tasks).toHaveLength(1);
    const task = kept!.tasks[0]!;
    expect(task.title).toContain(c.title);
    expect(task.status).toBe('notStarted');
    expect(task.dueDateTime).toMatchObject({ timeZone: 'UTC' });
    expect(task.dueDateTime!.dateTime.slice(0, 10)).toBe(c.promisedDate);
    expect(task.isReminderOn).toBe(true);
    expect(Date.parse(`${task.reminderDateTime!.dateTime}Z`)).toBeLessThan(
      Date.parse(`${task.dueDateTime!.dateTime}Z`),
    );
    expect(task.linkedResources).toEqual([
      expect.objectContaining({
        applicationName: 'Kept',
        externalId: c.id,
        webUrl: 'https://outlook.office.com/mail/id/AAMk1',
      }),
    ]);
    // The Outlook flag is the other choice: no mail request at all.
    expect(graph.requests.some((r) => r.url.includes('/me/messages'))).toBe(false);
    expect(graph.scopeFailures).toEqual([]);
    store.close();
  });

  it('moves the reminder with each update and completes the task on delivery, in the same task', async () => {
    const { clock, graph, store } = await clockedTodo();
    const c = await store.create(aCommitment());
    const task = () => keptTasks(graph)[0]!;
    const first = task().reminderDateTime!.dateTime;
    clock.advance(3 * 24 * 3600_000);
    const updated = await store.update(updateSent(c, clock.now().toISOString()));
    expect(keptTasks(graph)).toHaveLength(1);
    expect(task().reminderDateTime!.dateTime > first).toBe(true);
    expect(task().dueDateTime!.dateTime.slice(0, 10)).toBe(c.promisedDate);

    await store.update({ ...updated, deliveredAt: clock.now().toISOString() });
    expect(keptTasks(graph)).toHaveLength(1);
    expect(task()).toMatchObject({ status: 'completed', isReminderOn: false });
    expect(task().completedDateTime).toMatchObject({ timeZone: 'UTC' });
    store.close();
  });

  const lookups = (graph: FakeGraph) =>
    graph.requests.filter((r) => decodeURIComponent(r.url).includes('$expand=linkedResources'));

  it('makes one task when the answer to its POST was lost: once it can no longer arrive, it is found by its linked resource', async () => {
    const { clock, graph, store } = await clockedTodo();
    await store.create(aCommitment({ title: 'Warm-up' })); // Kept's list exists now
    graph.faults.next.push('drop-after');
    const c = await store.create(aCommitment({ title: 'Answer lost' }));
    const mine = () => keptTasks(graph).filter((t) => t.linkedResources[0]?.externalId === c.id);
    expect(mine()).toHaveLength(1);
    await store.update({ ...(await store.get(c.id)), title: 'Answer lost, renamed' });
    await store.sync(); // held: a second POST now could make a twin, and nothing is looked up yet
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.title).not.toContain('renamed');
    expect(lookups(graph)).toHaveLength(0);
    clock.advance(IN_FLIGHT_SETTLE_MS + 1000);
    await store.sync();
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.title).toContain('Answer lost, renamed');
    expect(lookups(graph)).toHaveLength(1); // looked up only because the answer was lost
    store.close();
  });

  it('waits until a POST that may be on its way can no longer arrive before sending another', async () => {
    const { clock, graph, store } = await clockedTodo();
    await store.create(aCommitment({ title: 'Warm-up' }));
    graph.faults.next.push('drop-before'); // never arrived, but Kept cannot tell it from a lost answer
    const c = await store.create(aCommitment({ title: 'Not arrived' }));
    const mine = () => keptTasks(graph).filter((t) => t.linkedResources[0]?.externalId === c.id);
    await store.sync(); // held (the commitment's own create too)
    expect(mine()).toHaveLength(0);
    clock.advance(IN_FLIGHT_SETTLE_MS + 1000);
    await store.sync(); // looked for, not found: made once
    expect(lookups(graph).length).toBeGreaterThan(0);
    expect(mine()).toHaveLength(1);
    expect(graph.items().filter((i) => i.fields.KeptId === c.id)).toHaveLength(1);
    store.close();
  });

  it('does not look tasks up when nothing was in doubt; one read of Kept’s list, page by page, settles every doubt', async () => {
    const { clock, graph, store } = await clockedTodo();
    for (let i = 0; i < 12; i++) await store.create(aCommitment({ title: `Request ${i}` }));
    expect(lookups(graph)).toHaveLength(0);
    const doubtful = [];
    for (const title of ['The thirteenth', 'The fourteenth']) {
      graph.faults.next.push('drop-after');
      doubtful.push(await store.create(aCommitment({ title })));
    }
    clock.advance(IN_FLIGHT_SETTLE_MS + 1000);
    for (const c of doubtful) await store.update({ ...(await store.get(c.id)), title: `${c.title}, renamed` });
    await store.sync();
    expect(keptTasks(graph)).toHaveLength(14);
    for (const c of doubtful)
      expect(keptTasks(graph).filter((t) => t.title.includes(`${c.title}, renamed`))).toHaveLength(1);
    // 14 tasks at 10 a page, read once for both: the lookup followed @odata.nextLink.
    expect(lookups(graph)).toHaveLength(2);
    store.close();
  });

  it('waits out a 429 with Retry-After, then writes the task once', async () => {
    const clock = virtualClock('2026-11-02T10:00:00.000Z');
    const graph = createFakeGraph({ now: clock.now, faults: { retryAfterSeconds: 30 } });
    const store = await onTodo(graph, { now: clock.now });
    await store.create(aCommitment({ title: 'Warm-up' }));
    graph.faults.nextInBatch = [undefined, '429'];
    const c = await store.create(aCommitment({ title: 'Throttled reminder' }));
    const mine = () => keptTasks(graph).filter((t) => t.linkedResources[0]?.externalId === c.id);
    expect(graph.items().some((i) => i.fields.KeptId === c.id)).toBe(true);
    expect(mine()).toHaveLength(0);
    expect(store.syncState().pendingWrites).toBe(0); // a reminder is never a pending save
    clock.advance(31_000);
    await store.sync();
    expect(mine()).toHaveLength(1);
    store.close();
  });

  it('tells the owner when To Do refuses (403 without Tasks.ReadWrite) and loses nothing of the commitment', async () => {
    const graph = createFakeGraph();
    const plain = tokensFor(USER);
    // A token without the To Do scope (an admin revoked it after consent): Graph answers 403.
    const withoutTasks = Object.assign(
      async (scopes: readonly string[]) => plain(scopes.filter((s) => s !== 'Tasks.ReadWrite')),
      { asked: plain.asked },
    );
    const store = await onTodo(graph, { getToken: withoutTasks });
    const c = await store.create(aCommitment({ title: 'Saved anyway' }));
    expect(graph.items().filter((i) => i.fields.KeptId === c.id)).toHaveLength(1);
    expect((await store.get(c.id)).title).toBe('Saved anyway');
    expect(graph.todo.tasks(USER)).toHaveLength(0);
    const error = await store.sync().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isStoreError(error) && error.code).toBe('reminder');
    expect(describeError(error, { t: (key, params) => t('en', key, params) })).toContain('Microsoft To Do');
    expect(store.syncState().pendingWrites).toBe(0);
    await expect(store.sync()).resolves.toMatchObject({ pendingWrites: 0 }); // told once
    expect((await store.get(c.id)).title).toBe('Saved anyway');
    store.close();
  });

  it('goes on without the task when the user refuses consent for Tasks.ReadWrite, and says so once', async () => {
    const graph = createFakeGraph();
    const store = await onTodo(graph, { getToken: tokensFor(USER, { refuse: ['Tasks.ReadWrite'] }) });
    const c = await store.create(aCommitment({ title: 'Saved without a task' }));
    await store.update({ ...c, title: 'Edited without a task' });
    expect(graph.items().filter((i) => i.fields.KeptId === c.id)).toHaveLength(1);
    expect(graph.items().find((i) => i.fields.KeptId === c.id)?.fields.Title).toBe('Edited without a task');
    expect(graph.todo.tasks(USER)).toHaveLength(0);
    const error = await store.sync().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isStoreError(error) && error.code).toBe('reminder');
    expect(store.syncState().pendingWrites).toBe(0);
    await expect(store.sync()).resolves.toMatchObject({ pendingWrites: 0 }); // once, not once per change
    store.close();
  });

  it('asks for Tasks.ReadWrite only when the team chose To Do', async () => {
    const graph = createFakeGraph();
    const tokens = tokensFor(USER);
    const store = storeFor(graph, USER, { getToken: tokens });
    await store.create(aCommitment());
    expect(tokens.asked.flat()).not.toContain('Tasks.ReadWrite');
    await store.saveSettings({ ...(await store.getSettings(TEAM)), followUpReminders: 'todoTask' });
    await store.create(aCommitment());
    expect(tokens.asked.flat()).toContain('Tasks.ReadWrite');
    store.close();
  });

  it('does not make the task again after the owner deleted it in To Do', async () => {
    const { clock, graph, store } = await clockedTodo();
    const c = await store.create(aCommitment());
    graph.todo.deleteTask(USER, keptTasks(graph)[0]!.id);
    clock.advance(3 * 24 * 3600_000);
    const updated = await store.update(updateSent(c, clock.now().toISOString()));
    await store.update({ ...updated, title: 'Renamed after the task was deleted' });
    await expect(store.sync()).resolves.toMatchObject({ pendingWrites: 0 });
    expect(keptTasks(graph)).toHaveLength(0);
    store.close();
  });

  it('makes Kept’s list again when the owner deleted the whole list', async () => {
    const graph = createFakeGraph();
    const store = await onTodo(graph);
    await store.create(aCommitment({ title: 'First' }));
    graph.todo.deleteList(USER, graph.todo.lists(USER).find((l) => l.displayName === 'Kept')!.id);
    await store.create(aCommitment({ title: 'Second' }));
    await store.sync();
    expect(graph.todo.lists(USER).filter((l) => l.displayName === 'Kept')).toHaveLength(1);
    expect(keptTasks(graph).map((t) => t.title)).toEqual([expect.stringContaining('Second')]);
    store.close();
  });

  it('puts tasks only in the owner’s own To Do, and completes the old owner’s task on reassignment', async () => {
    const graph = createFakeGraph();
    const store = await onTodo(graph);
    await store.create(aCommitment({ owner: MEGAN }));
    expect(graph.todo.tasks(USER)).toHaveLength(0);
    const mine = await store.create(aCommitment({ owner: ALEX }));
    expect(keptTasks(graph)).toHaveLength(1);
    await store.update({ ...mine, owner: MEGAN });
    expect(keptTasks(graph)[0]).toMatchObject({ status: 'completed', isReminderOn: false });
    store.close();
  });

  it('completes the task of a commitment its owner deleted', async () => {
    const graph = createFakeGraph();
    const store = await onTodo(graph);
    const c = await store.create(aCommitment());
    await store.delete(c.id, c.version);
    expect(keptTasks(graph)).toEqual([expect.objectContaining({ status: 'completed', isReminderOn: false })]);
    store.close();
  });
});
