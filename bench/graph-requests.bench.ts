/**
 * Graph requests per user action, counted at the in-process fake Graph (tests/fakes/graph).
 * Prints a table; asserts only what the design promises: one request to refresh an unchanged
 * overview. Run: npx vitest run --config vitest.bench.config.ts
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { teamId } from '../src/domain/ids';
import { createGraphStore, type GraphCommitmentStore } from '../src/store/graph';
import { commitmentToFields } from '../src/store/graph/mapping';
import { createFakeGraph, type FakeGraph } from '../tests/fakes/graph/fakeGraph';
import { tokensFor } from '../tests/fakes/graph/tokens';
import { aCommitment, anEmailSource, aStep } from '../tests/fixtures/commitments';

const rows: { action: string; requests: number; ms: number; note: string }[] = [];
let db = 0;

function storeOn(graph: FakeGraph): GraphCommitmentStore {
  return createGraphStore({
    getToken: tokensFor('alex@contoso.com'),
    groupId: graph.groupId,
    teamName: 'Facilities',
    fetch: graph.fetch,
    user: 'alex@contoso.com',
    dbName: `kept-bench-${++db}`,
    autoSync: false,
  });
}

async function measure<T>(graph: FakeGraph, action: string, note: string, run: () => Promise<T>): Promise<T> {
  const count = graph.mark();
  const start = performance.now();
  const result = await run();
  rows.push({ action, requests: count(), ms: Math.round(performance.now() - start), note });
  return result;
}

describe('Graph requests per user action', () => {
  afterAll(() => {
    const width = Math.max(...rows.map((r) => r.action.length));
    const lines = [
      '',
      'Graph requests per user action (fake Graph, page size 1000)',
      `${'action'.padEnd(width)}  requests      ms  note`,
      ...rows.map(
        (r) => `${r.action.padEnd(width)}  ${String(r.requests).padStart(8)}  ${String(r.ms).padStart(6)}  ${r.note}`,
      ),
    ];
    // stdout, not console: the table is the output of this script.
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  it('counts the everyday actions', async () => {
    const graph = createFakeGraph();
    graph.addMessage('AAMkAGbench=');
    const alex = storeOn(graph);
    await measure(graph, 'first use on a new team (provision list)', 'site, lists, create list, columns', () =>
      alex.list(),
    );

    const source = anEmailSource({ itemId: 'AAMkAGbench=' });
    const created = await measure(
      graph,
      'create (with follow-up flag)',
      'id made immutable once, then item + flag in one $batch',
      () => alex.create(aCommitment({ source, steps: [aStep(), aStep()] })),
    );
    await alex.saveSettings({ ...(await alex.getSettings(teamId('team-facilities'))), followUpReminders: 'off' });
    await measure(graph, 'create (flags off)', 'one POST', () => alex.create(aCommitment({ steps: [aStep()] })));
    await measure(graph, 'tick a step', 'one PATCH with If-Match', () =>
      alex.update({
        ...created,
        steps: created.steps.map((s, i) => (i === 0 ? { ...s, doneAt: '2026-11-03T10:00:00.000Z' } : s)),
      }),
    );
    await alex.sync();
    const refresh = await measure(graph, 'refresh an unchanged overview', 'one delta request', async () => {
      await alex.sync();
      return alex.list();
    });
    expect(refresh.length).toBeGreaterThan(0);
    expect(rows.at(-1)?.requests).toBe(1);
    if (source.kind !== 'email') throw new Error('fixture');
    await measure(graph, 'open the pane on an email (this device)', 'one delta request, then the mirror', () =>
      alex.findBySource({ kind: 'email', internetMessageId: source.internetMessageId }),
    );

    const fresh = storeOn(graph);
    await measure(graph, 'open the pane on an email (new device)', 'column check once a day + one filtered query', () =>
      fresh.findBySource({ kind: 'email', internetMessageId: source.internetMessageId }),
    );
    await measure(graph, 'open the pane again (new device, same day)', 'one filtered query', () =>
      fresh.findBySource({ kind: 'email', internetMessageId: source.internetMessageId }),
    );
    alex.close();
    fresh.close();
  });

  it('counts the first load of 10,000 items', async () => {
    const graph = createFakeGraph();
    const seeder = storeOn(graph);
    await seeder.list();
    graph.seedItems(
      Array.from({ length: 10_000 }, (_, i) =>
        commitmentToFields(aCommitment({ title: `Request ${i}`, steps: [aStep(), aStep(), aStep()] }), undefined),
      ),
    );
    seeder.close();
    const store = storeOn(graph);
    const listed = await measure(graph, 'first load of 10,000 items', 'column check + 10 delta pages of 1000', () =>
      store.list(),
    );
    expect(listed).toHaveLength(10_000);
    await measure(graph, 'refresh 10,000 unchanged', 'one delta request', () => store.sync());
    expect(rows.at(-1)?.requests).toBe(1);
    store.close();
  }, 300_000);
});
