// Follow-up flags on the request email survive the user filing it: Kept keeps the message's immutable
// id (https://learn.microsoft.com/graph/outlook-immutable-id), flags only the mailbox the email is in,
// and a message Graph no longer finds is reported, never dropped without a word.
import { describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graph';
import { commitmentToFields } from '../../src/store/graph/mapping';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment, ALEX, anEmailSource } from '../fixtures/commitments';
import { REMINDER_SIGNAL_TIME } from '../../src/store/graph/followUp';
import { storeFor, virtualClock } from './helpers';

const ME = ALEX.email;
const REST_ID = 'AAMkAGrequest1=';

// The flag is due when the promise is; what moves with each update is its reminder (followUp.ts).
const dueOf = (graph: FakeGraph, id: string) => graph.messages.get(id)?.extended?.[REMINDER_SIGNAL_TIME];

const messageRequests = (graph: FakeGraph, from = 0) =>
  graph.requests.slice(from).flatMap((r) => {
    if (r.url.includes('/me/messages/')) return [{ url: r.url, prefer: r.headers.prefer }];
    const batch = (r.body as { requests?: { url: string; headers?: Record<string, string> }[] } | null)?.requests;
    return (batch ?? [])
      .filter((sub) => sub.url.startsWith('/me/messages/'))
      .map((sub) => ({ url: sub.url, prefer: sub.headers?.Prefer }));
  });

function nextUpdate(c: ReturnType<typeof aCommitment>, at: string) {
  return {
    ...c,
    history: [
      ...c.history,
      { id: `h-${at}` as never, kind: 'update-sent' as const, note: 'On track', onTrack: true, at, by: c.owner },
    ],
    updatedAt: at,
  };
}

/** A mailbox with the request email, a clock, and the owner's store that recorded a commitment from it. */
async function recorded(title = 'Desks for floor 3') {
  const clock = virtualClock('2026-11-02T10:00:00.000Z');
  const graph = createFakeGraph({ now: clock.now });
  graph.addMessage(REST_ID, 'Desks please', ME);
  const store = storeFor(graph, ME, { now: clock.now });
  const created = await store.create(aCommitment({ title, source: anEmailSource({ itemId: REST_ID }) }));
  /** Three days on, the owner sends an update: the flag's due date moves. */
  const updateLater = async (c: typeof created, on = store) => {
    clock.advance(3 * 24 * 3600_000);
    return on.update(nextUpdate(c, clock.now().toISOString()));
  };
  return { clock, graph, store, created, updateLater };
}

describe('Outlook message ids that survive a move', () => {
  it('stores the immutable id and the mailbox once, and asks for immutable ids on every message request', async () => {
    const graph = createFakeGraph();
    const message = graph.addMessage(REST_ID, 'Desks please', ME);
    const store = storeFor(graph, ME);
    const created = await store.create(aCommitment({ source: anEmailSource({ itemId: REST_ID }) }));
    expect(created.source).toMatchObject({ kind: 'email', itemId: message.immutableId, mailbox: ME });
    const stored = graph.items()[0]?.fields.KeptSource as string;
    expect(JSON.parse(stored)).toMatchObject({ itemId: message.immutableId, mailbox: ME });
    expect(message.flag.flagStatus).toBe('flagged');
    const sent = messageRequests(graph);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.prefer === 'IdType="ImmutableId"')).toBe(true);
    store.close();
  });

  it('keeps moving the flag after the user files the email in another folder', async () => {
    const { graph, store, created, updateLater } = await recorded();
    const firstDue = dueOf(graph, REST_ID);
    graph.moveMessage(REST_ID); // filed: the REST id Office.js gave no longer exists
    await updateLater(created);
    expect(dueOf(graph, REST_ID)! > firstDue!).toBe(true);
    expect(await store.readProblems()).toEqual([]);
    store.close();
  });

  it('shows a message that was deleted, and stops sending it flags', async () => {
    const { graph, store, created, updateLater } = await recorded('Desks for floor 3');
    graph.deleteMessage(REST_ID);
    const updated = await updateLater(created);
    expect(await store.readProblems()).toEqual([
      { kind: 'message-missing', commitmentId: created.id, title: 'Desks for floor 3' },
    ]);
    const before = graph.requests.length;
    await updateLater(updated);
    expect(messageRequests(graph, before)).toEqual([]);
    store.close();
  });

  it("a teammate's change never reaches into the owner's mailbox", async () => {
    const { clock, graph, store, created, updateLater } = await recorded();
    store.close();
    const teammate = storeFor(graph, 'megan@contoso.com', { now: clock.now });
    const before = graph.requests.length;
    await updateLater(await teammate.get(created.id), teammate);
    expect(messageRequests(graph, before)).toEqual([]);
    expect(await teammate.readProblems()).toEqual([]);
    teammate.close();
  });

  it('converts the REST id of a commitment stored before on first use, and keeps flagging after a move', async () => {
    const clock = virtualClock('2026-11-02T10:00:00.000Z');
    const graph = createFakeGraph({ now: clock.now });
    graph.addMessage(REST_ID, 'Desks please', ME);
    // Stored by an earlier Kept: the REST id Office.js gave, no mailbox.
    const old = aCommitment({ source: anEmailSource({ itemId: REST_ID }) });
    await storeFor(graph, ME).list();
    graph.seedItems([commitmentToFields(old, undefined)]);
    const store = storeFor(graph, ME, { now: clock.now });
    clock.advance(24 * 3600_000);
    const first = await store.update(nextUpdate(await store.get(old.id), clock.now().toISOString()));
    expect(graph.messages.get(REST_ID)?.flag.flagStatus).toBe('flagged');
    const due = dueOf(graph, REST_ID);
    graph.moveMessage(REST_ID);
    clock.advance(3 * 24 * 3600_000);
    await store.update(nextUpdate(first, clock.now().toISOString()));
    expect(dueOf(graph, REST_ID)! > due!).toBe(true);
    expect(await store.readProblems()).toEqual([]);
    store.close();
  });

  it('shows a commitment stored before whose email was filed before it could be converted', async () => {
    const graph = createFakeGraph();
    graph.addMessage(REST_ID, 'Desks please', ME);
    const old = aCommitment({ title: 'Chairs for the new starters', source: anEmailSource({ itemId: REST_ID }) });
    await storeFor(graph, ME).list();
    graph.seedItems([commitmentToFields(old, undefined)]);
    graph.moveMessage(REST_ID);
    const store = createGraphStore({
      getToken: tokensFor(ME),
      groupId: graph.groupId,
      teamName: 'Facilities',
      fetch: graph.fetch,
      user: ME,
      dbName: 'kept-messages-old-moved',
      autoSync: false,
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    await store.update(nextUpdate(await store.get(old.id), '2026-11-05T10:00:00.000Z'));
    expect(await store.readProblems()).toEqual([
      { kind: 'message-missing', commitmentId: old.id, title: 'Chairs for the new starters' },
    ]);
    store.close();
  });
});
