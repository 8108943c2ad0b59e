import { describe, expect, it } from 'vitest';
import { aCommitment, aMeetingSource, ALEX, aStep, MEGAN } from '../../../tests/fixtures/commitments';
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
