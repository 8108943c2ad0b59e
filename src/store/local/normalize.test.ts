import { describe, expect, it } from 'vitest';
import { aCommitment, aMeetingSource, ALEX, aStep, MEGAN } from '../../../tests/fixtures/commitments';
import { normalizeCommitment, stringPool } from './normalize';

describe('normalizing with a string pool', () => {
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
    const pool = stringPool();
    for (const record of records) {
      expect(normalizeCommitment(structuredClone(record), pool)).toEqual(normalizeCommitment(structuredClone(record)));
    }
  });
});
