// Lookups on a SharePoint list as it behaves when it is big (tests/fakes/graph/sharePointRules.ts):
// one indexed field per filter, a list past the list view threshold refuses a filter it would have to
// scan (with 400 or 500: the status is not documented, both are handled), and the answer is always
// to read the list into the mirror once — never a lookup that fails, or says "throttled", forever.
import { describe, expect, it } from 'vitest';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitment, aMeetingSource, anEmailSource } from '../fixtures/commitments';
import { commitmentToFields } from '../../src/store/graph/mapping';
import { storeFor, virtualClock } from './helpers';

/** The `$filter` of each filtered request since `count` was taken. */
const filtersSince = (graph: FakeGraph, count: () => number) =>
  graph.requests
    .slice(-count())
    .map((r) => new URL(r.url).searchParams.get('$filter'))
    .filter((f): f is string => f !== null);

const columnsOf = (filter: string) => [...new Set([...filter.matchAll(/fields\/(\w+) eq/g)].map((m) => m[1]))];

describe('lookups on a big list', () => {
  it('finds a meeting by iCalUId or join link with one indexed column per request', async () => {
    const graph = createFakeGraph();
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_big%40thread.v2/0';
    const writer = storeFor(graph, 'alex@contoso.com');
    const byLink = await writer.create(aCommitment({ title: 'By link', source: aMeetingSource({ joinUrl }) }));
    const byUid = await writer.create(
      aCommitment({ title: 'By uid', source: aMeetingSource({ iCalUId: 'ical-big' }) }),
    );
    writer.close();

    const reader = storeFor(graph, 'megan@contoso.com');
    const count = graph.mark();
    const found = await reader.findBySource({ kind: 'meeting', iCalUId: 'ical-big', joinUrl });
    expect(found.map((c) => c.title).sort()).toEqual(['By link', 'By uid']);
    expect(found.map((c) => c.id).sort()).toEqual([byLink.id, byUid.id].sort());
    const filters = filtersSince(graph, count);
    expect(filters.map(columnsOf)).toEqual([['KeptSourceMeetingKey'], ['KeptSourceJoinKey']]);
    reader.close();
  });

  for (const status of [400, 500] as const) {
    it(`reads the mirror when a list past the threshold refuses a filter with ${status}, and stops filtering`, async () => {
      const clock = virtualClock();
      const graph = createFakeGraph({ now: clock.now, largeList: { threshold: 30, status } });
      const writer = storeFor(graph, 'alex@contoso.com', { now: clock.now });
      const wanted = await writer.create(
        aCommitment({ title: 'The one', source: anEmailSource({ internetMessageId: '<wanted@contoso.com>' }) }),
      );
      for (let i = 0; i < 35; i++) await writer.create(aCommitment({ title: `Other ${i}` }));
      writer.close();
      const reader = storeFor(graph, 'megan@contoso.com', { now: clock.now });
      await reader.findBySource({ kind: 'email', internetMessageId: '<another@contoso.com>' });
      // Since the reader's column check, the index on the message id column was dropped by hand: on a
      // list this big SharePoint answers with the threshold, not with "not indexed".
      graph.changeColumnByHand('KeptSourceMessageId', { indexed: false });

      const found = await reader.findBySource({ kind: 'email', internetMessageId: '<wanted@contoso.com>' });
      expect(found.map((c) => c.id)).toEqual([wanted.id]);
      // The mirror is complete now: the next lookup refreshes it with the delta link, no filter.
      const count = graph.mark();
      const again = await reader.findBySource({ kind: 'email', internetMessageId: '<wanted@contoso.com>' });
      expect(again.map((c) => c.id)).toEqual([wanted.id]);
      expect(filtersSince(graph, count)).toEqual([]);
      reader.close();
    });
  }

  it('opens a commitment by id on a fresh device although the KeptId filter is refused with 500', async () => {
    const graph = createFakeGraph({ largeList: { threshold: 10, status: 500 } });
    const writer = storeFor(graph, 'alex@contoso.com');
    const made = await writer.create(aCommitment({ title: 'Open me' }));
    for (let i = 0; i < 12; i++) await writer.create(aCommitment({ title: `Other ${i}` }));
    writer.close();
    const reader = storeFor(graph, 'megan@contoso.com');
    await reader.findBySource({ kind: 'email', internetMessageId: '<another@contoso.com>' });
    graph.changeColumnByHand('KeptId', { indexed: false });

    // Not "throttled" (a 500 of a filtered read says nothing about load), and not forever.
    expect((await reader.get(made.id)).title).toBe('Open me');
    reader.close();
  });

  it('confirms a create in flight by reading the mirror when KeptId could not be indexed (no filter on it)', async () => {
    const clock = virtualClock();
    const graph = createFakeGraph({ now: clock.now, indexing: { refuseIndex: ['KeptId'] } });
    const store = storeFor(graph, 'alex@contoso.com', { now: clock.now });
    await store.create(aCommitment({ title: 'Warm-up' }));
    // The create reaches SharePoint, but the gateway gives up on the answer: it stays in flight.
    graph.faults.next.push('504-after-commit');
    const made = aCommitment({ title: 'Maybe there' });
    await store.create(made);
    expect(store.syncState().pendingWrites).toBe(1);

    clock.advance(61_000);
    const count = graph.mark();
    await store.sync();
    expect(store.syncState().pendingWrites).toBe(0);
    expect(graph.items().filter((i) => i.fields.KeptId === made.id)).toHaveLength(1);
    expect(filtersSince(graph, count).filter((f) => f.includes('fields/KeptId'))).toEqual([]);
    expect((await store.get(made.id)).title).toBe('Maybe there');
    store.close();
  });
});

describe('reading a mirror of thousands', () => {
  it('lists every commitment of a 2,500-item list, compact, and finds an email’s among them, from the mirror read in pages', async () => {
    const graph = createFakeGraph();
    const seeder = storeFor(graph, 'alex@contoso.com');
    await seeder.list();
    const wanted = aCommitment({
      title: 'Needle',
      source: anEmailSource({ internetMessageId: '<needle@contoso.com>' }),
    });
    graph.seedItems(
      [...Array.from({ length: 2_499 }, (_, i) => aCommitment({ title: `Request ${i}` })), wanted].map((c) =>
        commitmentToFields(c, undefined),
      ),
    );
    seeder.close();

    const store = storeFor(graph, 'megan@contoso.com');
    const listed = await store.list();
    expect(listed).toHaveLength(2_500);
    expect(new Set(listed.map((c) => c.id)).size).toBe(2_500);
    // Read compact, as the local store reads (src/store/normalize.ts): one object per person.
    expect(listed[0]!.owner).toEqual(listed[1]!.owner);
    expect(listed[0]!.owner).toBe(listed[1]!.owner);
    const found = await store.findBySource({ kind: 'email', internetMessageId: '<needle@contoso.com>' });
    expect(found.map((c) => c.id)).toEqual([wanted.id]);
    store.close();
  }, 60_000);
});
