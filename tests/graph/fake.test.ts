import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitment } from '../fixtures/commitments';
import { storeFor } from './helpers';

afterEach(() => {
  delete process.env.KEPT_GRAPH_RECORD;
});

describe('the fake Graph', () => {
  it('appends every request to KEPT_GRAPH_RECORD as one JSON line, token redacted', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kept-record-')), 'requests.jsonl');
    process.env.KEPT_GRAPH_RECORD = file;
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    await store.create(aCommitment());
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(graph.requests.length);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['method', 'url', 'headers', 'body']);
    expect(first).toMatchObject({ method: 'GET', body: null, headers: { authorization: 'Bearer <redacted>' } });
    expect(lines.some((l) => l.includes('"method":"POST"'))).toBe(true);
    store.close();
  });

  it('expires delta tokens with 410 Gone, and the store starts over without losing items', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    const c = await store.create(aCommitment());
    await store.list();
    graph.expireDeltaTokens();
    await store.sync();
    expect((await store.list()).map((x) => x.id)).toEqual([c.id]);
    expect(graph.requests.filter((r) => r.url.includes('/items/delta')).length).toBeGreaterThanOrEqual(3);
    store.close();
  });

  it('refuses a filter on a column that is not indexed, as SharePoint does on big lists', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    await store.list();
    const site = encodeURIComponent(graph.siteId);
    const list = graph.list()!.id;
    const res = await graph.fetch(
      `https://graph.microsoft.com/v1.0/sites/${site}/lists/${list}/items?$filter=${encodeURIComponent("fields/KeptOwnerName eq 'x'")}`,
      { headers: { Authorization: 'Bearer alex|Sites.ReadWrite.All' } },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
    store.close();
  });
});
