/**
 * The fault run at scale (`npm run bench:faults`): many seeds of tests/graph/faultRun.ts, each with
 * two users and thousands of operations under 429 + Retry-After, 503, 504 after commit, dropped
 * connections, 412 races, partial batches and pane reloads mid-flight. Prints the figures; fails
 * when anything was lost or duplicated, ended wrong, or went before its Retry-After.
 * KEPT_FAULT_SEEDS (default 30) and KEPT_FAULT_OPS (default 2000) change the size.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import type { FaultKind } from '../tests/fakes/graph/fakeGraph';
import { ALL_FAULTS, runFaults, type FaultFigures } from '../tests/graph/faultRun';

const SEEDS = Number(process.env.KEPT_FAULT_SEEDS ?? 30);
const OPERATIONS = Number(process.env.KEPT_FAULT_OPS ?? 2000);

it(`applies ${OPERATIONS} operations from two users exactly once, ${SEEDS} fault seeds`, async () => {
  const started = performance.now();
  const runs: FaultFigures[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    globalThis.indexedDB = new IDBFactory();
    const t = performance.now();
    const run = await runFaults({ seed, operations: OPERATIONS });
    runs.push(run);
    console.log(
      `seed ${String(seed).padStart(2)}: ${run.operations} operations, ${run.requests} requests, ` +
        `${ALL_FAULTS.reduce((n, k) => n + run.faults[k], 0)} faults, lost ${run.lost}, duplicated ${run.duplicated}, ` +
        `wrong ${run.wrong}, Retry-After violations ${run.retryAfterViolations} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    for (const problem of run.problems.slice(0, 5)) console.log(`         ${problem}`);
  }
  const sum = (pick: (r: FaultFigures) => number) => runs.reduce((n, r) => n + pick(r), 0);
  const faults = Object.fromEntries(ALL_FAULTS.map((k) => [k, sum((r) => r.faults[k])])) as Record<FaultKind, number>;
  const totals = {
    operations: sum((r) => r.operations),
    requests: sum((r) => r.requests),
    faults: sum((r) => ALL_FAULTS.reduce((n, k) => n + r.faults[k], 0)),
    lost: sum((r) => r.lost),
    duplicated: sum((r) => r.duplicated),
    wrong: sum((r) => r.wrong),
    retryAfterViolations: sum((r) => r.retryAfterViolations),
  };
  const lines = [
    '',
    `== Fault run: ${SEEDS} seeds × ${OPERATIONS} operations, two users`,
    `operations                ${totals.operations}`,
    `requests                  ${totals.requests}`,
    `faults injected           ${totals.faults}`,
    ...ALL_FAULTS.map((k) => `  ${k.padEnd(24)}${faults[k]}`),
    `conflicts redone by users ${sum((r) => r.conflictsRedone)}`,
    `lost                      ${totals.lost}`,
    `duplicated                ${totals.duplicated}`,
    `wrong final state         ${totals.wrong}`,
    `Retry-After violations    ${totals.retryAfterViolations}`,
    `wall time                 ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  console.log(lines.join('\n'));
  expect({
    lost: totals.lost,
    duplicated: totals.duplicated,
    wrong: totals.wrong,
    retryAfterViolations: totals.retryAfterViolations,
  }).toEqual({ lost: 0, duplicated: 0, wrong: 0, retryAfterViolations: 0 });
}, 3_600_000);
