import { describe, expect, it } from 'vitest';
import { isStoreError, type StoreError } from '../../src/store/Store';
import { createPipeline } from '../../src/store/graph/http/pipeline';
import { provisionList } from '../../src/store/graph/provision';
import { COLUMNS, LIST_DISPLAY_NAME } from '../../src/store/graph/schema';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment, aMeetingSource } from '../fixtures/commitments';
import { storeFor } from './helpers';

function setup() {
  const graph = createFakeGraph();
  const tokens = tokensFor('alex@contoso.com');
  const call = createPipeline({
    fetch: graph.fetch,
    getToken: tokens,
    now: () => new Date(),
    retry: { maxRetries: 0, delaySeconds: 0 },
  });
  return { graph, tokens, call };
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (isStoreError(error)) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('provisioning the team list', () => {
  it('creates the list in the group site with every column, the queried ones indexed', async () => {
    const { graph, call, tokens } = setup();
    const result = await provisionList(call, graph.groupId);
    expect(result.created).toBe(true);
    const list = graph.list();
    expect(list?.displayName).toBe(LIST_DISPLAY_NAME);
    for (const spec of COLUMNS) {
      const column = list?.columns.find((c) => c.name === spec.name);
      expect(column, spec.name).toBeDefined();
      expect(column?.indexed, spec.name).toBe(spec.indexed);
    }
    const indexed = list?.columns.filter((c) => c.indexed).map((c) => c.name);
    expect(indexed).toEqual(
      expect.arrayContaining([
        'KeptStatus',
        'KeptOwnerEmail',
        'KeptNextUpdateDue',
        'KeptPromisedDate',
        'KeptSourceMessageId',
        'KeptSourceMeetingKey',
      ]),
    );
    // Sites.Manage.All only for creating; everything else with Sites.ReadWrite.All.
    expect(tokens.asked.filter((s) => s.includes('Sites.Manage.All'))).toHaveLength(1);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('is idempotent: a second run finds the list and changes nothing', async () => {
    const { graph, call, tokens } = setup();
    const first = await provisionList(call, graph.groupId);
    const count = graph.mark();
    const second = await provisionList(call, graph.groupId, first);
    expect(second).toMatchObject({ listId: first.listId, created: false, repaired: [] });
    expect(graph.requests.slice(-count()).every((r) => r.method === 'GET')).toBe(true);
    expect(tokens.asked.filter((s) => s.includes('Sites.Manage.All'))).toHaveLength(1);
  });

  it('repairs deleted columns and dropped indexes one request at a time, so none meets a Save Conflict', async () => {
    // The fake answers parallel changes to one list's columns as SharePoint does (409 Save Conflict).
    const { graph, call } = setup();
    const first = await provisionList(call, graph.groupId);
    graph.changeColumnByHand('KeptSteps', 'delete');
    graph.changeColumnByHand('KeptHistory', 'delete');
    graph.changeColumnByHand('KeptOwnerEmail', { indexed: false });
    graph.changeColumnByHand('KeptStatus', { indexed: false });
    const count = graph.mark();
    const repaired = await provisionList(call, graph.groupId, first);
    expect([...repaired.repaired].sort()).toEqual(['KeptHistory', 'KeptOwnerEmail', 'KeptStatus', 'KeptSteps']);
    expect(repaired.unindexed).toEqual([]);
    for (const name of ['KeptOwnerEmail', 'KeptStatus'])
      expect(graph.list()?.columns.find((c) => c.name === name)?.indexed, name).toBe(true);
    for (const name of ['KeptSteps', 'KeptHistory'])
      expect(
        graph.list()?.columns.some((c) => c.name === name),
        name,
      ).toBe(true);
    const writes = graph.requests.slice(-count()).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.url.replace(/^.*\/lists\/[^/]+/, '')}`)).toEqual([
      'POST /columns',
      'POST /columns',
      expect.stringMatching(/^PATCH \/columns\/[^/]+$/),
      expect.stringMatching(/^PATCH \/columns\/[^/]+$/),
    ]);
  });

  it('tries an index again after a 409 Save Conflict, and says so when SharePoint keeps answering it', async () => {
    const { graph } = setup();
    let conflicts = 0;
    const fetch: typeof graph.fetch = async (input, init = {}) => {
      if (init.method === 'PATCH' && /\/columns\//.test(String(input)) && conflicts > 0) {
        conflicts--;
        return new Response(JSON.stringify({ error: { code: 'conflict', message: 'Save Conflict.' } }), {
          status: 409,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return graph.fetch(input, init);
    };
    const call = createPipeline({
      fetch,
      getToken: tokensFor('alex@contoso.com'),
      now: () => new Date(),
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    const first = await provisionList(call, graph.groupId);
    graph.changeColumnByHand('KeptOwnerEmail', { indexed: false });
    conflicts = 2;
    const repaired = await provisionList(call, graph.groupId, first);
    expect(repaired.repaired).toEqual(['KeptOwnerEmail']);
    expect(graph.list()?.columns.find((c) => c.name === 'KeptOwnerEmail')?.indexed).toBe(true);

    graph.changeColumnByHand('KeptOwnerEmail', { indexed: false });
    conflicts = 10;
    const error = await rejection(provisionList(call, graph.groupId, first));
    expect(error.code).toBe('throttled');
    expect(error.message).toMatch(/Save Conflict.*KeptOwnerEmail/);
    expect(graph.list()?.columns.find((c) => c.name === 'KeptOwnerEmail')?.indexed).toBe(false);
  });

  it('reads the columns back after creating the list and indexes those that came back unindexed', async () => {
    const graph = createFakeGraph({ indexing: { createUnindexed: true } });
    const call = createPipeline({ fetch: graph.fetch, getToken: tokensFor('alex@contoso.com'), now: () => new Date() });
    const result = await provisionList(call, graph.groupId);
    expect(result.unindexed).toEqual([]);
    for (const spec of COLUMNS.filter((c) => c.indexed))
      expect(graph.list()?.columns.find((c) => c.name === spec.name)?.indexed, spec.name).toBe(true);
  });

  it('works with a column SharePoint will not index: the result names it, and lookups read the mirror instead', async () => {
    const graph = createFakeGraph({ indexing: { refuseIndex: ['KeptSourceJoinKey'] } });
    const call = createPipeline({ fetch: graph.fetch, getToken: tokensFor('alex@contoso.com'), now: () => new Date() });
    const result = await provisionList(call, graph.groupId);
    expect(result.unindexed).toEqual(['KeptSourceJoinKey']);
    expect(result.repaired).not.toContain('KeptSourceJoinKey');

    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    const writer = storeFor(graph, 'alex@contoso.com');
    const made = await writer.create(aCommitment({ source: aMeetingSource({ joinUrl }) }));
    writer.close();
    // A device without a full mirror looks the meeting up: no refused $filter reaches SharePoint.
    const reader = storeFor(graph, 'megan@contoso.com');
    const found = await reader.findBySource({ kind: 'meeting', joinUrl });
    expect(found.map((c) => c.id)).toEqual([made.id]);
    expect(graph.requests.some((r) => decodeURIComponent(r.url).includes('fields/KeptSourceJoinKey'))).toBe(false);
    reader.close();
  });

  it('falls back to the mirror when a filter is refused as "not indexed" (an index dropped since the last check)', async () => {
    const graph = createFakeGraph();
    const writer = storeFor(graph, 'alex@contoso.com');
    const made = await writer.create(aCommitment({ source: aMeetingSource({ iCalUId: 'ical-42' }) }));
    writer.close();
    const reader = storeFor(graph, 'megan@contoso.com');
    await reader.get(made.id);
    graph.changeColumnByHand('KeptSourceMeetingKey', { indexed: false });
    const found = await reader.findBySource({ kind: 'meeting', iCalUId: 'ical-42' });
    expect(found.map((c) => c.id)).toEqual([made.id]);
    reader.close();
  });

  it('checks a 409 on a column repair: a hand-made column with the same display name stops with its name', async () => {
    const { graph, call } = setup();
    const first = await provisionList(call, graph.groupId);
    graph.changeColumnByHand('KeptSteps', 'delete');
    // Someone made their own "Plan steps (JSON)" column: SharePoint answers the repair with 409.
    const list = graph.list();
    list?.columns.push({
      id: 'hand-made',
      name: 'PlanSteps',
      displayName: 'Plan steps (JSON)',
      indexed: false,
      text: { allowMultipleLines: true },
    });
    const error = await rejection(provisionList(call, graph.groupId, first));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('KeptSteps');
    expect(error.message).toContain('PlanSteps');
  });

  it('stops with a clear error naming a column whose type was changed by hand, and writes nothing', async () => {
    const { graph, call } = setup();
    const first = await provisionList(call, graph.groupId);
    graph.changeColumnByHand('KeptCadenceDays', { text: { allowMultipleLines: false } });
    const count = graph.mark();
    const error = await rejection(provisionList(call, graph.groupId, first));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('KeptCadenceDays');
    expect(error.message).toContain('Update every');
    expect(graph.requests.slice(-count()).every((r) => r.method === 'GET')).toBe(true);
  });

  it('says when the list was renamed by hand', async () => {
    const { graph, call } = setup();
    const first = await provisionList(call, graph.groupId);
    graph.renameListByHand('Old stuff');
    const error = await rejection(provisionList(call, graph.groupId, first));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('renamed to "Old stuff"');
  });

  it('gives forbidden to someone who is not a member of the team', async () => {
    const graph = createFakeGraph({ members: ['megan@contoso.com'] });
    const store = storeFor(graph, 'alex@contoso.com');
    const error = await rejection(store.list());
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/member of the team/);
    store.close();
  });

  it('a store finds a column changed by hand when a write is refused, and keeps the write', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    await store.create(aCommitment());
    graph.changeColumnByHand('KeptAcceptance', 'delete');
    graph.changeColumnByHand('KeptCadenceDays', { text: { allowMultipleLines: false } });
    const c = await store.create(aCommitment());
    expect(store.syncState().pendingWrites).toBe(1);
    const error = await rejection(store.sync());
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('KeptCadenceDays');
    expect(graph.items().some((i) => i.fields.KeptId === c.id)).toBe(false);
    // Fixed by hand: the queued write goes through.
    graph.changeColumnByHand('KeptCadenceDays', { number: {} });
    await store.sync();
    expect(store.syncState().pendingWrites).toBe(0);
    expect(graph.items().filter((i) => i.fields.KeptId === c.id)).toHaveLength(1);
    store.close();
  });
});
