import { describe, expect, it } from 'vitest';
import type { GraphCommitmentStore } from '../../src/store/graph';
import { IN_FLIGHT_SETTLE_MS } from '../../src/store/graph/outbox';
import { isStoreError, type StoreError } from '../../src/store/Store';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitment } from '../fixtures/commitments';
import { storeFor, virtualClock } from './helpers';

/**
 * The outbox's exactly-once rules, one situation at a time (tests/graph/fault.test.ts mixes them
 * at random): every answer of a batch is handled, a create in flight when the pane closes is
 * looked up before it is sent again, and a Retry-After outlives the pane.
 */

const withKeptId = (graph: FakeGraph, id: string) => graph.items().filter((i) => i.fields.KeptId === id);

describe('Graph outbox: every answer of a batch is handled', () => {
  it('confirms a create and keeps a later Retry-After although an earlier answer of the batch failed', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now, faults: { retryAfterSeconds: 1 } });
    let rereadsFail = false;
    const fetch: FakeGraph['fetch'] = async (input, init = {}) => {
      // The re-read of an item after a 412 loses its connection.
      if (rereadsFail && (init.method ?? 'GET') === 'GET' && /\/items\/\d+\?/.test(String(input)))
        throw new TypeError('fetch failed');
      return graph.fetch(input, init);
    };
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now, fetch });
    const x = await store.create(aCommitment({ title: 'X' }));
    const y = await store.create(aCommitment({ title: 'Y' }));

    // A 429 on a whole request holds the store back for a second, so the next three writes queue up.
    graph.faults.next.push('429');
    await store.update({ ...x, title: 'X, renamed' });
    const z = aCommitment({ title: 'Z' });
    await store.create(z);
    await store.update({ ...y, title: 'Y, renamed' });
    expect(store.syncState().pendingWrites).toBe(3);

    // They go in one batch: X meets a 412 (and its re-read fails), Z is created, Y is throttled for 30 s.
    graph.faults.retryAfterSeconds = 30;
    graph.faults.nextInBatch = ['412', undefined, '429'];
    rereadsFail = true;
    clock.advance(1_500);
    await store.sync().catch(() => undefined);
    expect(graph.subAnswers.slice(-3).map((a) => a.replace(/^.*→ /, ''))).toEqual(['412', '201', '429']);
    rereadsFail = false;

    clock.advance(1_000);
    await store.sync();
    expect(withKeptId(graph, z.id)).toHaveLength(1); // Z's 201 was taken, not POSTed again
    expect(graph.violations).toEqual([]); // Y waited for its Retry-After
    clock.advance(30_000);
    await store.sync();

    expect(store.syncState().pendingWrites).toBe(0);
    expect(withKeptId(graph, z.id)).toHaveLength(1);
    expect(withKeptId(graph, x.id)[0]?.fields.Title).toBe('X, renamed');
    expect(withKeptId(graph, y.id)[0]?.fields.Title).toBe('Y, renamed');
    expect((await store.get(z.id)).title).toBe('Z');
    expect(graph.retryAfterViolations).toBe(0);
    store.close();
  });
});

describe('Graph outbox: a create in flight when the task pane closes', () => {
  /**
   * Alex creates a commitment and closes the pane while the POST is on its way: it reaches the
   * server at once, later (after the new pane started), or never. The new pane opens on the same
   * IndexedDB.
   */
  async function closedWhileCreating(fate: 'arrives' | 'arrives later' | 'never arrives') {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now });
    const dbName = `kept-closed-${fate}`;
    let closing: GraphCommitmentStore | undefined;
    let late: (() => Promise<unknown>) | undefined;
    const fetch: FakeGraph['fetch'] = async (input, init = {}) => {
      if (closing === undefined || init.method !== 'POST') return graph.fetch(input, init);
      // The pane is gone: nothing it does from here reaches IndexedDB or the network.
      closing.close();
      closing = undefined;
      const deliver = () => graph.fetch(input, init);
      if (fate === 'arrives') await deliver();
      else if (fate === 'arrives later') late = deliver;
      throw new TypeError('fetch failed (the task pane was closed)');
    };
    const first = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName, fetch });
    await first.list();
    closing = first;
    const c = aCommitment({ title: 'Made just before closing the pane' });
    await first.create(c).catch(() => undefined);
    expect(closing).toBeUndefined();
    const second = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName });
    return { clock, graph, c, second, arriveNow: async () => late?.() };
  }

  it('is found by its KeptId when the new pane starts, and never made twice', async () => {
    const { graph, c, second } = await closedWhileCreating('arrives');
    await second.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    expect(second.syncState().pendingWrites).toBe(0);
    // Deleting it leaves no twin that others would still see.
    const shown = await second.get(c.id);
    await second.delete(c.id, shown.version);
    expect(withKeptId(graph, c.id)).toHaveLength(0);
    second.close();
  });

  it('is not sent again while the first request may still arrive', async () => {
    const { clock, graph, c, second, arriveNow } = await closedWhileCreating('arrives later');
    await second.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(0); // looked up, not found, not sent again yet
    expect(second.syncState().pendingWrites).toBe(1);
    await arriveNow();
    clock.advance(IN_FLIGHT_SETTLE_MS + 1_000);
    await second.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    expect(second.syncState().pendingWrites).toBe(0);
    expect((await second.get(c.id)).title).toBe('Made just before closing the pane');
    second.close();
  });

  it('is sent again once the first request can no longer arrive', async () => {
    const { clock, graph, c, second } = await closedWhileCreating('never arrives');
    await second.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(0);
    clock.advance(IN_FLIGHT_SETTLE_MS + 1_000);
    await second.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    expect(second.syncState().pendingWrites).toBe(0);
    second.close();
  });
});

describe('Graph outbox: a create that may have reached SharePoint is looked up before it is sent again', () => {
  it('after a 429 that came back although the item was made', async () => {
    // https://learn.microsoft.com/answers/questions/5529013 (Microsoft Q&A): a request in a batch
    // "may successfully complete the operation but still return a 429 error".
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now });
    let throttleAfterCommit = false;
    const fetch: FakeGraph['fetch'] = async (input, init = {}) => {
      const response = await graph.fetch(input, init);
      if (!throttleAfterCommit || init.method !== 'POST') return response;
      throttleAfterCommit = false;
      return new Response(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests.' } }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
      });
    };
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now, fetch });
    await store.list();
    throttleAfterCommit = true;
    const c = await store.create(aCommitment());
    expect(store.syncState().pendingWrites).toBe(1);
    clock.advance(1_500);
    await store.sync();
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    expect(store.syncState().pendingWrites).toBe(0);
    store.close();
  });

  it('after a 504 from the gateway and after a timeout, both once the item was made', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now });
    let hangAfterCommit = false;
    const fetch: FakeGraph['fetch'] = async (input, init = {}) => {
      const response = await graph.fetch(input, init);
      if (!hangAfterCommit || init.method !== 'POST') return response;
      hangAfterCommit = false;
      // Applied, but the answer never comes: our own timeout aborts the request.
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    };
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now, fetch, timeoutMs: 20 });
    await store.list();
    graph.faults.next.push('504-after-commit');
    const a = await store.create(aCommitment({ title: 'Answered 504' }));
    expect(store.syncState().pendingWrites).toBe(1);
    hangAfterCommit = true;
    // This write's flush first finds A by its KeptId, then B's POST times out.
    const b = await store.create(aCommitment({ title: 'Timed out' }));
    expect(withKeptId(graph, a.id)).toHaveLength(1);
    expect(store.syncState().pendingWrites).toBe(1);
    clock.advance(5_000);
    await store.sync();
    expect(withKeptId(graph, a.id)).toHaveLength(1);
    expect(withKeptId(graph, b.id)).toHaveLength(1);
    expect(store.syncState().pendingWrites).toBe(0);
    store.close();
  });
});

describe('Graph outbox: Retry-After outlives the task pane', () => {
  it('sends nothing from a reopened pane before the wait the service asked for is over', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now, faults: { retryAfterSeconds: 30 } });
    const dbName = 'kept-throttled-reload';
    const first = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName });
    await first.list();
    graph.faults.next.push('429');
    const c = await first.create(aCommitment());
    first.close();

    const second = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName });
    const count = graph.mark();
    clock.advance(5_000);
    await second.sync();
    expect(count()).toBe(0);
    clock.advance(26_000);
    await second.sync();
    expect(second.syncState().pendingWrites).toBe(0);
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    expect(graph.violations).toEqual([]);
    second.close();
  });
});

describe('Graph outbox: a write refused in the background is reported, even after a reload', () => {
  it('tells the next sync of a reopened pane that a delete was not done because someone changed the commitment', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now, faults: { retryAfterSeconds: 1 } });
    const dbName = 'kept-refused-reload';
    const alex = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName });
    const megan = storeFor(graph, 'megan@contoso.com', { now: clock.now });
    const c = await alex.create(aCommitment({ title: 'Order the new chairs' }));
    // Alex deletes it, but the service asks to wait: the delete stays queued, nobody waits for it.
    graph.faults.next.push('429');
    await alex.delete(c.id, c.version);
    // Meanwhile Megan renames it.
    await megan.update({ ...(await megan.get(c.id)), title: 'Order the new chairs (12, not 10)' });
    // Alex's next write sends the queued delete, which meets Megan's change and is refused.
    clock.advance(1_500);
    await alex.create(aCommitment({ title: 'Something else' }));
    expect(withKeptId(graph, c.id)).toHaveLength(1);
    alex.close();

    const reopened = storeFor(graph, 'alex@contoso.com', { now: clock.now, dbName });
    let refused: StoreError | undefined;
    await reopened.sync().catch((error: unknown) => {
      if (isStoreError(error)) refused = error;
    });
    expect(refused?.code).toBe('conflict');
    expect(refused?.current?.title).toBe('Order the new chairs (12, not 10)');
    expect((await reopened.get(c.id)).title).toBe('Order the new chairs (12, not 10)');
    await reopened.sync(); // reported once
    reopened.close();
    megan.close();
  });
});
