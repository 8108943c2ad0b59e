import { describe, expect, it } from 'vitest';
import { isStoreError } from '../../src/store/Store';
import { REMINDER_SET, REMINDER_SIGNAL_TIME } from '../../src/store/graph/followUp';
import { commitmentToFields } from '../../src/store/graph/mapping';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitment, anEmailSource, aStep } from '../fixtures/commitments';
import { storeFor, virtualClock } from './helpers';

const offline = async (): Promise<Response> => {
  throw new TypeError('fetch failed');
};

describe('Graph store: outbox, mirror and exactly-once writes', () => {
  it('keeps writes made offline across a reload and sends each exactly once', async () => {
    const graph = createFakeGraph();
    const dbName = 'kept-graph-reload';
    const first = storeFor(graph, 'alex@contoso.com', { dbName, fetch: offline });
    const a = await first.create(aCommitment({ title: 'Made on the train' }));
    const b = await first.create(aCommitment({ title: 'Also offline' }));
    const b2 = await first.update({ ...b, title: 'Also offline, edited' });
    expect(first.syncState()).toMatchObject({ pendingWrites: 3, online: false });
    expect((await first.get(a.id)).title).toBe('Made on the train');
    first.close();

    // The pane is opened again later, with a network.
    const second = storeFor(graph, 'alex@contoso.com', { dbName });
    expect((await second.get(b.id)).title).toBe('Also offline, edited');
    const state = await second.sync();
    expect(state.pendingWrites).toBe(0);
    const titles = graph
      .items()
      .map((i) => i.fields.Title)
      .sort();
    expect(titles).toEqual(['Also offline, edited', 'Made on the train']);
    expect((await second.get(b2.id)).version).toBe(2);
    second.close();
  });

  it('does not create twice when the answer to a create was lost', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    await store.list(); // provisioned and mirrored
    graph.faults.next.push('drop-after');
    const c = await store.create(aCommitment());
    expect(store.syncState().pendingWrites).toBe(1);
    expect(graph.items()).toHaveLength(1); // the server did it
    await store.sync();
    expect(store.syncState().pendingWrites).toBe(0);
    expect(graph.items().filter((i) => i.fields.KeptId === c.id)).toHaveLength(1);
    expect((await store.get(c.id)).version).toBe(1);
    store.close();
  });

  it('does not apply an update twice when its answer was lost', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    const c = await store.create(aCommitment({ steps: [aStep()] }));
    graph.faults.next.push('drop-after');
    await store.update({ ...c, title: 'Renamed once' });
    const versionOnServer = graph.items()[0]?.eTag;
    await store.sync();
    expect(graph.items()[0]?.eTag).toBe(versionOnServer); // the retry found it done, wrote nothing
    expect((await store.get(c.id)).title).toBe('Renamed once');
    store.close();
  });

  it('waits out Retry-After on 429 before sending the write again', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now, faults: { retryAfterSeconds: 30 } });
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now });
    await store.list();
    graph.faults.next.push('429');
    const c = await store.create(aCommitment());
    expect(store.syncState().pendingWrites).toBe(1);
    const count = graph.mark();
    clock.advance(10_000);
    await store.sync();
    expect(count()).toBe(0); // not even the delta: the store is told to wait
    expect(store.syncState().pendingWrites).toBe(1);
    clock.advance(21_000);
    await store.sync();
    expect(store.syncState().pendingWrites).toBe(0);
    expect(graph.items().map((i) => i.fields.KeptId)).toEqual([c.id]);
    expect(graph.retryAfterViolations).toBe(0);
    store.close();
  });

  it('refreshes an unchanged mirror with one delta request, and sees other people’s changes', async () => {
    const graph = createFakeGraph();
    const alex = storeFor(graph, 'alex@contoso.com');
    const megan = storeFor(graph, 'megan@contoso.com');
    const c = await alex.create(aCommitment());
    expect(await megan.list()).toHaveLength(1);
    let count = graph.mark();
    await megan.sync();
    expect(count()).toBe(1);
    await alex.update({ ...c, title: 'Changed by Alex' });
    await alex.delete((await alex.create(aCommitment())).id, 1);
    count = graph.mark();
    await megan.sync();
    expect(count()).toBe(1);
    expect((await megan.list()).map((x) => x.title)).toEqual(['Changed by Alex']);
    alex.close();
    megan.close();
  });

  it('merges two people ticking different steps at the same time (412 → re-read → merge)', async () => {
    const graph = createFakeGraph();
    const alex = storeFor(graph, 'alex@contoso.com');
    const megan = storeFor(graph, 'megan@contoso.com');
    const c = await alex.create(aCommitment({ steps: [aStep(), aStep()] }));
    const meganCopy = (await megan.list())[0]!;
    await alex.update({
      ...c,
      steps: c.steps.map((s, i) => (i === 0 ? { ...s, doneAt: '2026-11-03T10:00:00.000Z' } : s)),
    });
    const merged = await megan.update({
      ...meganCopy,
      steps: meganCopy.steps.map((s, i) => (i === 1 ? { ...s, doneAt: '2026-11-03T10:01:00.000Z' } : s)),
    });
    expect(merged.steps.map((s) => s.doneAt)).toEqual(['2026-11-03T10:00:00.000Z', '2026-11-03T10:01:00.000Z']);
    expect(graph.requests.some((r) => r.headers['if-match'] !== undefined)).toBe(true);
    alex.close();
    megan.close();
  });

  it('returns a conflict carrying the stored commitment when both changed the title', async () => {
    const graph = createFakeGraph();
    const alex = storeFor(graph, 'alex@contoso.com');
    const megan = storeFor(graph, 'megan@contoso.com');
    const c = await alex.create(aCommitment());
    const meganCopy = (await megan.list())[0]!;
    await alex.update({ ...c, title: 'Alex’s title' });
    let error: unknown;
    await megan.update({ ...meganCopy, title: 'Megan’s title' }).catch((e: unknown) => (error = e));
    expect(isStoreError(error) && error.code).toBe('conflict');
    expect(isStoreError(error) && error.current?.title).toBe('Alex’s title');
    expect(graph.items()[0]?.fields.Title).toBe('Alex’s title');
    expect((await megan.get(c.id)).title).toBe('Alex’s title');
    alex.close();
    megan.close();
  });

  it('finds the commitment of an email with one filtered request on a fresh device', async () => {
    const graph = createFakeGraph();
    const alex = storeFor(graph, 'alex@contoso.com');
    const source = anEmailSource({ internetMessageId: "<o'brien+1@contoso.com>" });
    const c = await alex.create(aCommitment({ source }));
    const fresh = storeFor(graph, 'alex@contoso.com', {});
    await fresh.findBySource({ kind: 'conversation', conversationId: 'warm-up' }); // provisioning check
    const count = graph.mark();
    expect(await fresh.findBySource({ kind: 'email', internetMessageId: "<o'brien+1@contoso.com>" })).toEqual([c]);
    expect(count()).toBe(1);
    expect(graph.requests.at(-1)?.url).toContain("eq%20'%3Co''brien%2B1%40contoso.com%3E'");
    alex.close();
    fresh.close();
  });

  it('shows an item edited into nonsense by hand as a problem, not as data', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    const good = await store.create(aCommitment());
    const bad = await store.create(aCommitment());
    const badItem = graph.items().find((i) => i.fields.KeptId === bad.id)!;
    graph.editByHand(badItem.id, { KeptSteps: '[{ oops' });
    await store.sync();
    expect((await store.list()).map((c) => c.id)).toEqual([good.id]);
    expect(await store.problems()).toEqual([expect.objectContaining({ id: bad.id, column: 'KeptSteps' })]);
    // Through the port, for the UI's banner.
    expect(await store.readProblems()).toEqual([
      expect.objectContaining({ kind: 'unreadable-item', itemId: badItem.id, column: 'KeptSteps' }),
    ]);
    let error: unknown;
    await store.get(bad.id).catch((e: unknown) => (error = e));
    expect(isStoreError(error) && error.code).toBe('invalid');
    expect(isStoreError(error) && error.message).toContain('KeptSteps');
    store.close();
  });

  it('flags the request email in Outlook, moves its reminder with each update and completes it on delivery', async () => {
    const clock = virtualClock('2026-11-02T10:00:00.000Z');
    const graph = createFakeGraph({ now: clock.now });
    graph.addMessage('AAMkAGmsg1=');
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now });
    const count = graph.mark();
    const c = await store.create(aCommitment({ source: anEmailSource({ itemId: 'AAMkAGmsg1=' }) }));
    expect(graph.messages.get('AAMkAGmsg1=')?.flag).toMatchObject({
      flagStatus: 'flagged',
      dueDateTime: { timeZone: 'UTC' },
    });
    expect(graph.requests.slice(-count()).some((r) => r.url.endsWith('/$batch'))).toBe(true); // item + flag in one request
    const firstReminder = graph.messages.get('AAMkAGmsg1=')?.extended?.[REMINDER_SIGNAL_TIME] ?? '';
    clock.advance(3 * 24 * 3600_000);
    const updated = await store.update({
      ...c,
      history: [
        ...c.history,
        {
          id: 'h-upd' as never,
          kind: 'update-sent',
          note: 'On track',
          onTrack: true,
          at: clock.now().toISOString(),
          by: c.owner,
        },
      ],
      updatedAt: clock.now().toISOString(),
    });
    const movedReminder = graph.messages.get('AAMkAGmsg1=')?.extended?.[REMINDER_SIGNAL_TIME] ?? '';
    expect(movedReminder > firstReminder).toBe(true);
    await store.update({ ...updated, deliveredAt: clock.now().toISOString() });
    expect(graph.messages.get('AAMkAGmsg1=')?.flag.flagStatus).toBe('complete');
    store.close();
  });

  it('keeps the promise as the flag’s due date and the next update due as its reminder; an update moves the reminder, delivery turns it off', async () => {
    const clock = virtualClock('2026-11-02T10:00:00.000Z');
    const graph = createFakeGraph({ now: clock.now });
    graph.addMessage('AAMkAGmsg3=');
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now });
    const c = await store.create(aCommitment({ source: anEmailSource({ itemId: 'AAMkAGmsg3=' }) }));
    const message = () => graph.messages.get('AAMkAGmsg3=')!;
    const due = () => (message().flag.dueDateTime as { dateTime: string }).dateTime;
    const reminder = () => message().extended?.[REMINDER_SIGNAL_TIME];
    // Due when the promise is (the end of the promised business day), not when the next update is.
    expect(due().slice(0, 10)).toBe(c.promisedDate);
    expect(message().extended?.[REMINDER_SET]).toBe('true');
    const firstReminder = reminder();
    expect(Date.parse(firstReminder!)).toBeLessThan(Date.parse(`${due()}Z`));

    clock.advance(24 * 3600_000);
    const acknowledged = await store.update({
      ...c,
      acknowledgedAt: clock.now().toISOString(),
      history: [
        ...c.history,
        { id: 'h-ack' as never, kind: 'acknowledged', at: clock.now().toISOString(), by: c.owner },
      ],
      updatedAt: clock.now().toISOString(),
    });
    // Acknowledged: the reminder moves to the first update's due time; the due date stays the promise.
    const moved = reminder();
    expect(moved! > firstReminder!).toBe(true);
    expect(due().slice(0, 10)).toBe(c.promisedDate);

    await store.update({ ...acknowledged, deliveredAt: clock.now().toISOString() });
    expect(message().flag.flagStatus).toBe('complete');
    expect(message().extended?.[REMINDER_SET]).toBe('false');
    store.close();
  });

  it('sends no flag when the team turned follow-up flags off', async () => {
    const graph = createFakeGraph();
    graph.addMessage('AAMkAGmsg2=');
    const store = storeFor(graph, 'alex@contoso.com');
    const settings = await store.getSettings('team-facilities' as never);
    await store.saveSettings({ ...settings, followUpReminders: 'off' });
    await store.create(aCommitment({ source: anEmailSource({ itemId: 'AAMkAGmsg2=' }) }));
    expect(graph.messages.get('AAMkAGmsg2=')?.flag.flagStatus).toBe('notFlagged');
    expect(graph.requests.some((r) => r.url.includes('/me/messages/'))).toBe(false);
    store.close();
  });
});

describe('Graph store: progress of a first load', () => {
  it('reports the items received page by page, then nothing once the load is over', async () => {
    const graph = createFakeGraph({ maxPage: 100 });
    const seeder = storeFor(graph, 'alex@contoso.com');
    await seeder.list();
    graph.seedItems(
      Array.from({ length: 350 }, (_, i) => commitmentToFields(aCommitment({ title: `Request ${i}` }), undefined)),
    );
    seeder.close();

    const store = storeFor(graph, 'alex@contoso.com', { pageSize: 100 });
    const seen: (number | undefined)[] = [];
    store.subscribe((change) => {
      if (change.kind === 'sync-state') seen.push(store.syncState().loadedItems);
    });
    expect(await store.list()).toHaveLength(350);
    // Four pages: progress after each page that has a next one, then "over".
    expect(seen).toEqual([100, 200, 300, undefined]);
    expect(store.syncState().loadedItems).toBeUndefined();

    // An unchanged refresh is one page: no progress to report.
    seen.length = 0;
    await store.sync();
    expect(seen).toEqual([]);
    store.close();
  });
});
