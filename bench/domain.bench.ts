import { test } from 'vitest';
import { addDays } from '../src/domain/calendar';
import { commitmentId, historyId, stepId, teamId } from '../src/domain/ids';
import { computeMetrics, metricsBy } from '../src/domain/metrics';
import { statusAt } from '../src/domain/status';
import { buildRows, DEFAULT_SORT, sortRows } from '../src/surfaces/team-overview/overviewModel';
import { suggestPromisedDate } from '../src/domain/suggestion';
import type { Commitment, HistoryEntry, Person, TeamSettings } from '../src/domain/types';

// Time to derive status, the overview's sort and the metrics for 1k, 10k and 100k synthetic commitments. Prints only:
// timings depend on the machine, so there is nothing fair to assert.

const NOW = new Date('2026-11-24T12:00:00.000Z');
const WINDOW = { from: new Date('2026-08-26T00:00:00.000Z'), to: new Date('2026-11-25T00:00:00.000Z') };
const settings: TeamSettings = {
  teamId: teamId('bench'),
  teamName: 'Bench',
  version: 1,
  acknowledgeWithinHours: 4,
  defaultCadenceDays: 5,
  defaultBufferDays: 2,
  // A DST zone on purpose: the offset lookups are the expensive part.
  calendar: { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5], dayStartMinute: 540, dayEndMinute: 1020 },
  followUpReminders: 'off',
};

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people: Person[] = Array.from({ length: 40 }, (_, i) => ({
  name: `Person ${i}`,
  email: `p${i}@contoso.example`,
}));

function synthetic(count: number): Commitment[] {
  const rnd = random(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const start = Date.parse('2026-05-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const requested = start + Math.floor(rnd() * 200 * 86_400_000);
    const at = (hoursLater: number) => new Date(requested + hoursLater * 3_600_000).toISOString();
    const day = at(0).slice(0, 10);
    const targetDate = addDays(day, 3 + Math.floor(rnd() * 20));
    const promisedDate = addDays(targetDate, Math.floor(rnd() * 5));
    const by = pick(people);
    const history: HistoryEntry[] = [{ id: historyId(`h${i}-0`), at: at(0), by, kind: 'created' }];
    const acknowledged = rnd() < 0.9;
    if (acknowledged) history.push({ id: historyId(`h${i}-1`), at: at(rnd() * 30), by, kind: 'plan-shared' });
    for (let u = 0; u < Math.floor(rnd() * 4); u += 1) {
      history.push({
        id: historyId(`h${i}-u${u}`),
        at: at(40 + u * 100 + rnd() * 80),
        by,
        kind: 'update-sent',
        note: '',
        onTrack: true,
      });
    }
    if (rnd() < 0.15) {
      history.push({
        id: historyId(`h${i}-c`),
        at: at(200),
        by,
        kind: 'concern-raised',
        risk: '',
        recovery: '',
        options: [],
      });
    }
    const deliveredAt = rnd() < 0.6 ? at(24 * (5 + rnd() * 30)) : undefined;
    return {
      id: commitmentId(`c${i}`),
      version: 1,
      teamId: settings.teamId,
      title: `Request ${i}`,
      customer: pick(people),
      owner: by,
      source: { kind: 'manual' },
      requestedAt: at(0),
      ...(acknowledged ? { acknowledgedAt: at(rnd() * 30) } : {}),
      steps: Array.from({ length: Math.floor(rnd() * 5) }, (_, s) => ({
        id: stepId(`s${i}-${s}`),
        text: `Step ${s}`,
        dueDate: addDays(day, s * 2 + 1),
        ...(rnd() < 0.5 ? { doneAt: at(24 * s) } : {}),
      })),
      acceptanceCriteria: '',
      targetDate,
      promisedDate,
      updateCadenceDays: 5,
      ...(deliveredAt !== undefined ? { deliveredAt } : {}),
      ...(deliveredAt === undefined && rnd() < 0.05 ? { cancelledAt: at(48) } : {}),
      ...(rnd() < 0.05 ? { flaggedAtRisk: { note: 'vendor', at: at(50) } } : {}),
      ...(deliveredAt !== undefined && rnd() < 0.3
        ? { feedback: { rating: (1 + Math.floor(rnd() * 5)) as 1 | 2 | 3 | 4 | 5, comment: '', at: deliveredAt } }
        : {}),
      history,
      createdAt: at(0),
      updatedAt: at(0),
    };
  });
}

/**
 * Untimed runs for this long before the timed ones: one run at 1k is over before the JIT has
 * optimised the code, and made 1k read four times slower per commitment than 10k.
 */
const WARM_UP_MS = 300;

/** Median of `runs` timed runs after the warm-up (so the JIT and the zone caches are warm at every size). */
function medianMs(run: () => unknown, runs = 5): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  do run();
  while (performance.now() < warmUntil);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)] as number;
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

test('domain benchmark: status, sort, metrics and the suggestion for 1k, 10k and 100k commitments', () => {
  const rows: string[] = [];
  const perThousand: Record<string, number[]> = {};
  for (const count of [1_000, 10_000, 100_000]) {
    const commitments = synthetic(count);
    const tableRows = buildRows(commitments, settings, NOW);
    const figures = {
      statusAt: medianMs(() => commitments.map((c) => statusAt(c, settings, NOW))),
      'sort by status': medianMs(() => sortRows(tableRows, DEFAULT_SORT, 'en')),
      'sort by title': medianMs(() => sortRows(tableRows, { key: 'title', direction: 'ascending' }, 'en')),
      computeMetrics: medianMs(() => computeMetrics(commitments, settings, WINDOW, NOW)),
      'metricsBy owner': medianMs(() => metricsBy('owner', commitments, settings, WINDOW, NOW)),
      suggestPromisedDate: medianMs(() => suggestPromisedDate('2026-12-01', commitments, settings)),
    };
    rows.push(
      `${String(count).padStart(7)} commitments: ` +
        Object.entries(figures)
          .map(([name, value]) => `${name} ${ms(value)}`)
          .join(' · '),
    );
    for (const [name, value] of Object.entries(figures)) (perThousand[name] ??= []).push(value / (count / 1000));
  }
  const metrics = computeMetrics(synthetic(1_000), settings, WINDOW, NOW);
  console.log(
    [
      `Domain benchmark (Europe/Berlin calendar; medians of 5 runs after ${WARM_UP_MS} ms of warm-up runs):`,
      ...rows,
      'Per 1,000 commitments at 1k / 10k / 100k (equal figures = linear):',
      ...Object.entries(perThousand).map(
        ([name, values]) => `  ${name.padEnd(20)} ${values.map((v) => v.toFixed(2)).join(' / ')} ms`,
      ),
      `(sanity: 1k sample keeps ${metrics.promisesKeptPct?.toFixed(0) ?? '–'}% of promises, ${metrics.deliveredCount} delivered)`,
      'Goals (issue 16): sort ≤ 150 ms and computeMetrics ≤ 300 ms at 100k.',
    ].join('\n'),
  );
});
