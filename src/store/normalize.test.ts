import { describe, expect, it } from 'vitest';
import { historyId } from '../domain/ids';
import { aCommitment, aMeetingSource, ALEX, anEmailSource, aStep, MEGAN } from '../../tests/fixtures/commitments';
import { normalizeCommitment, readPool } from './normalize';

describe('normalizing with a read pool', () => {
  const records = [
    aCommitment({
      owner: ALEX,
      customer: MEGAN,
      steps: [aStep({ text: 'Draft', owner: MEGAN, dueDate: '2026-12-02' })],
    }),
    aCommitment({
      owner: MEGAN,
      customer: ALEX,
      checker: ALEX,
      source: aMeetingSource(),
      neededBy: '2026-12-04',
      signedOff: { by: ALEX, at: '2026-12-03T10:00:00Z' },
      customerReply: { at: '2026-12-03T11:00:00Z', from: MEGAN, excerpt: 'Thanks' },
    }),
  ];

  it('gives the same commitments as a read without one, field for field', () => {
    const pool = readPool();
    for (const record of records) {
      expect(normalizeCommitment(structuredClone(record), pool)).toEqual(normalizeCommitment(structuredClone(record)));
    }
  });

  it('gives one person object for one person, however many times a read meets them', () => {
    const pool = readPool();
    const [a, b] = records.map((record) => normalizeCommitment(structuredClone(record), pool)!);
    expect(a!.owner).toBe(b!.customer);
    expect(a!.customer).toBe(b!.owner);
    expect(a!.steps[0]!.owner).toBe(b!.owner);
    // Without a pool each is its own object, as before.
    expect(normalizeCommitment(structuredClone(records[0]))!.owner).not.toBe(
      normalizeCommitment(structuredClone(records[1]))!.customer,
    );
  });
});

describe('normalizing a stored commitment', () => {
  const at = '2026-11-24T09:30:00.000Z';
  const later = '2026-11-26T15:00:00.000Z';
  // One action stamps one moment in several fields: the read keeps every value as stored.
  const record = aCommitment({
    source: anEmailSource({ receivedAt: at }),
    requestedAt: at,
    acknowledgedAt: at,
    steps: [aStep({ text: 'Draft', doneAt: later }), aStep({ text: 'Ship' })],
    flaggedAtRisk: { note: 'Supplier', at: later },
    deliveredAt: later,
    feedback: { rating: 5, comment: 'Great', at: later },
    history: [
      { id: historyId('h-1'), at, by: ALEX, kind: 'created' },
      { id: historyId('h-2'), at, by: ALEX, kind: 'acknowledged' },
      { id: historyId('h-3'), at: later, by: ALEX, kind: 'delivered', note: 'Done' },
    ],
    createdAt: at,
    updatedAt: later,
  });

  it('keeps every field as stored, instants shared within the record or not', () => {
    expect(normalizeCommitment(structuredClone(record))).toEqual(record);
    expect(normalizeCommitment(structuredClone(record), readPool())).toEqual(record);
  });

  it('drops a step or history entry it cannot read, and keeps the rest in order', () => {
    const stored = structuredClone(record) as unknown as { steps: unknown[]; history: unknown[] };
    stored.steps.splice(1, 0, 'not a step');
    stored.history.splice(1, 0, { id: 'h-x', at, kind: 'a kind from a later version' });
    const read = normalizeCommitment(stored)!;
    expect(read.steps).toEqual(record.steps);
    expect(read.history).toEqual(record.history);
  });

  it('gives every commitment with no steps or history one shared, read-only empty list', () => {
    const a = normalizeCommitment(structuredClone(aCommitment({ steps: [], history: [] })))!;
    const b = normalizeCommitment(structuredClone(aCommitment({ steps: ['?'] as never })))!;
    expect(a.steps).toEqual([]);
    expect(a.steps).toBe(a.history);
    expect(b.steps).toBe(a.steps);
    expect(Object.isFrozen(a.steps)).toBe(true);
  });

  it('gives every request recorded by hand one shared, read-only source', () => {
    const [a, b] = [aCommitment({ source: { kind: 'manual' } }), aCommitment({ source: { kind: 'manual' } })].map(
      (stored) => normalizeCommitment(structuredClone(stored))!,
    );
    expect(a!.source).toEqual({ kind: 'manual' });
    expect(a!.source).toBe(b!.source);
    expect(Object.isFrozen(a!.source)).toBe(true);
  });
});
