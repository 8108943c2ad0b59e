import { describe, expect, it } from 'vitest';
import { isComplete, listedOf, listedStatusAt } from './listed';
import { statusAt } from './status';
import { CASEY, aCommitment, aStep, aTeamSettings, anEntry, withHistory } from './testing/aCommitment';
import type { Instant } from './types';

const settings = aTeamSettings();
const NOW = new Date('2026-11-06T10:00:00.000Z');
const DELIVERED = '2026-11-04T12:00:00.000Z' as Instant;

const delivered = withHistory(
  aCommitment({
    steps: [aStep()],
    acceptanceCriteria: 'Signed by finance',
    deliveredAt: DELIVERED,
    // A reply after the delivery waits for the owner: the status says so from the head alone.
    customerReply: { at: '2026-11-05T10:00:00.000Z' as Instant, from: CASEY, excerpt: 'One figure is off' },
  }),
  anEntry({ kind: 'delivered', note: 'Done' }, DELIVERED),
);

describe('what a long list holds of a commitment', () => {
  it('holds an open commitment in full, as the same object', () => {
    const open = aCommitment({ steps: [aStep()] });
    expect(listedOf(open)).toBe(open);
  });

  it('holds a closed one as its head: every field but its plan, criteria, history and reply, as they were', () => {
    const listed = listedOf(delivered);
    expect(isComplete(listed)).toBe(false);
    const {
      steps: _steps,
      acceptanceCriteria: _criteria,
      history: _history,
      customerReply: _reply,
      ...head
    } = delivered;
    expect(listed).toEqual({ ...head, customerReplyWaiting: true });
  });

  it('reads the status of the full commitment, a waiting reply after delivery included', () => {
    const status = listedStatusAt(listedOf(delivered), settings, NOW);
    expect(status).toEqual(statusAt(delivered, settings, NOW));
    expect(status).toMatchObject({ kind: 'delivered', customerReplyWaiting: true });
    const cancelled = { ...delivered, cancelledAt: DELIVERED };
    expect(listedStatusAt(listedOf(cancelled), settings, NOW)).toEqual(statusAt(cancelled, settings, NOW));
  });

  it('keeps in full a commitment whose delivery time cannot be read: every rule reads it as open', () => {
    const unreadable = aCommitment({ deliveredAt: 'not a time' as Instant });
    expect(listedOf(unreadable)).toBe(unreadable);
    expect(statusAt(unreadable, settings, NOW).open).toBe(true);
  });
});
