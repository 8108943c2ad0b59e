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

/** The fake's SharePoint strictness (tests/fakes/graph/sharePointRules.ts), request by request. */
describe('the fake Graph fails the way SharePoint does', () => {
  const auth = { Authorization: 'Bearer alex|Sites.ReadWrite.All Sites.Manage.All' };
  async function ready(options: Parameters<typeof createFakeGraph>[0] = {}, items = 1) {
    const graph = createFakeGraph(options);
    const store = storeFor(graph, 'alex@contoso.com');
    for (let i = 0; i < items; i++) await store.create(aCommitment({ title: `Item ${i}` }));
    store.close();
    const base = `https://graph.microsoft.com/v1.0/sites/${encodeURIComponent(graph.siteId)}/lists/${graph.list()!.id}`;
    const get = (filter: string) =>
      graph.fetch(`${base}/items?$expand=fields&$filter=${encodeURIComponent(filter)}`, { headers: auth });
    return { graph, base, get };
  }

  it('filters one indexed field at a time (listitem-list), or refuses with 400', async () => {
    const { get } = await ready();
    expect((await get("(fields/KeptId eq 'a') or (fields/KeptId eq 'b')")).status).toBe(200);
    const both = await get("(fields/KeptSourceMeetingKey eq 'a') or (fields/KeptSourceJoinKey eq 'b')");
    expect(both.status).toBe(400);
    expect(await both.text()).toMatch(/only one indexed field/);
  });

  it('a list past the threshold refuses an unindexed filter with the threshold error, as 400 or 500', async () => {
    for (const status of [400, 500] as const) {
      const { graph, get } = await ready({ largeList: { threshold: 3, status } }, 5);
      expect((await get("fields/KeptId eq 'a'")).status, 'indexed, one match').toBe(200);
      graph.changeColumnByHand('KeptId', { indexed: false });
      const refused = await get("fields/KeptId eq 'a'");
      expect(refused.status).toBe(status);
      expect(await refused.text()).toMatch(/exceeds the list view threshold/);
    }
  });

  it('answers parallel column changes in one $batch with 409 Save Conflict, unapplied; dependsOn orders them', async () => {
    const { graph, base } = await ready();
    const columns = graph.list()!.columns;
    const id = (name: string) => columns.find((c) => c.name === name)!.id;
    graph.changeColumnByHand('KeptStatus', { indexed: false });
    graph.changeColumnByHand('KeptOwnerEmail', { indexed: false });
    const url = (name: string) => `${base.replace('https://graph.microsoft.com/v1.0', '')}/columns/${id(name)}`;
    const patch = (n: string, name: string, dependsOn?: string[]) => ({
      id: n,
      method: 'PATCH',
      url: url(name),
      headers: { 'Content-Type': 'application/json' },
      body: { indexed: true },
      ...(dependsOn === undefined ? {} : { dependsOn }),
    });
    const batch = async (requests: unknown[]) => {
      const res = await graph.fetch('https://graph.microsoft.com/v1.0/$batch', {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests }),
      });
      return ((await res.json()) as { responses: { id: string; status: number }[] }).responses.map((r) => r.status);
    };
    expect(await batch([patch('1', 'KeptStatus'), patch('2', 'KeptOwnerEmail')])).toEqual([200, 409]);
    expect(columns.find((c) => c.name === 'KeptOwnerEmail')?.indexed).toBe(false);
    graph.changeColumnByHand('KeptStatus', { indexed: false });
    expect(await batch([patch('1', 'KeptStatus'), patch('2', 'KeptOwnerEmail', ['1'])])).toEqual([200, 200]);
    expect(columns.find((c) => c.name === 'KeptOwnerEmail')?.indexed).toBe(true);
  });

  it('takes If-Match only in the item’s own eTag form unless told to take either', async () => {
    for (const forms of ['item-only', 'either'] as const) {
      const { graph, base } = await ready({ ifMatchForms: forms });
      const item = graph.items()[0]!;
      const plain = item.eTag.replace(/[{}]/g, '').toLowerCase();
      const res = await graph.fetch(`${base}/items/${item.id}/fields`, {
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': plain },
        body: JSON.stringify({ Title: 'Renamed' }),
      });
      expect(res.status, forms).toBe(forms === 'item-only' ? 412 : 200);
    }
  });

  it('serves delta pages of the service’s size, not of $top, and the store still reads every item', async () => {
    const graph = createFakeGraph({ deltaPaging: { kind: 'service', servicePage: 7 } });
    const writer = storeFor(graph, 'alex@contoso.com');
    for (let i = 0; i < 30; i++) await writer.create(aCommitment({ title: `Item ${i}` }));
    writer.close();
    const reader = storeFor(graph, 'megan@contoso.com');
    expect(await reader.list()).toHaveLength(30);
    const pages = graph.requests.filter((r) => r.url.includes('/items/delta'));
    expect(pages).toHaveLength(5);
    expect(new URL(pages[0]!.url).searchParams.get('$top')).toBe('1000');
    reader.close();
  });
});
