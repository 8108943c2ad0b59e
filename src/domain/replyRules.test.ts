import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusAt } from './status';
import { customerReplyState, customerReplyWaiting } from './replyRules';
import { ALEX, CASEY, aCommitment, aTeamSettings, anEntry, withHistory } from './testing/aCommitment';
import type { Commitment, HistoryEntry } from './types';

const REPLY_AT = '2026-11-05T10:00:00.000Z';
const BEFORE = '2026-11-05T09:00:00.000Z';
const AFTER = '2026-11-05T11:00:00.000Z';
const replied = (overrides: Partial<Commitment> = {}) =>
  aCommitment({ customerReply: { at: REPLY_AT, from: CASEY, excerpt: 'Any news?' }, ...overrides });
const settings = aTeamSettings();
const NOW = new Date('2026-11-06T10:00:00.000Z');

describe('when a customer’s reply counts as answered', () => {
  it('no reply: nothing is waiting', () => {
    expect(customerReplyState(aCommitment())).toBeUndefined();
    expect(statusAt(aCommitment(), settings, NOW).customerReplyWaiting).toBe(false);
  });

  it('a reply with nothing after it waits for the owner', () => {
    expect(customerReplyState(replied())?.answered).toBe(false);
    expect(statusAt(replied(), settings, NOW).customerReplyWaiting).toBe(true);
  });

  it.each<[string, HistoryEntry]>([
    ['an update', anEntry({ kind: 'update-sent', note: '', onTrack: true }, AFTER)],
    ['a concern', anEntry({ kind: 'concern-raised', risk: 'r', recovery: 'x', options: [] }, AFTER)],
    ['the plan', anEntry({ kind: 'plan-shared' }, AFTER)],
    ['a reply in the thread', anEntry({ kind: 'replied', sent: { via: 'sent-items', at: AFTER } }, AFTER)],
    ['the delivery note', anEntry({ kind: 'delivered', note: '', sent: { via: 'user' } }, AFTER)],
  ])('a later message from the owner answers it: %s', (_, entry) => {
    expect(customerReplyState(withHistory(replied(), entry))?.answered).toBe(true);
  });

  it('a message from the owner sent before the reply does not answer it', () => {
    const c = withHistory(replied(), anEntry({ kind: 'update-sent', note: '', onTrack: true }, BEFORE));
    expect(customerReplyState(c)?.answered).toBe(false);
  });

  it('a delivery ticked off without a message, a plan edit or a step ticked do not answer it', () => {
    const c = withHistory(
      replied(),
      anEntry({ kind: 'delivered', note: '' }, AFTER),
      anEntry({ kind: 'plan-edited', changes: ['title'] }, AFTER),
      anEntry({ kind: 'flagged-at-risk', note: '' }, AFTER),
    );
    expect(customerReplyState(c)?.answered).toBe(false);
  });

  it.each<[string, HistoryEntry]>([
    ['acknowledged', anEntry({ kind: 'customer-acknowledged', reply: REPLY_AT, from: CASEY }, AFTER)],
    [
      'accepted',
      anEntry({ kind: 'proposal-answered', answer: 'accepted', date: '2026-11-20', reply: REPLY_AT }, AFTER),
    ],
    ['rated', anEntry({ kind: 'feedback', rating: 4, comment: '', reply: REPLY_AT }, AFTER)],
  ])('a meaning recorded for the reply answers it: %s', (_, entry) => {
    expect(customerReplyState(withHistory(replied(), entry))?.answered).toBe(true);
  });

  it('a meaning recorded for an earlier reply does not answer a newer one; the same meaning typed by hand neither', () => {
    const older = anEntry({ kind: 'customer-acknowledged', reply: BEFORE, from: CASEY }, AFTER);
    const byHand = anEntry({ kind: 'feedback', rating: 5, comment: 'said so on the phone' }, AFTER);
    expect(customerReplyState(withHistory(replied(), older, byHand))?.answered).toBe(false);
  });

  it('a cancelled commitment waits for nobody; a delivered one still shows the reply waiting', () => {
    expect(customerReplyWaiting(replied({ cancelledAt: AFTER }))).toBe(false);
    const delivered = replied({ deliveredAt: BEFORE });
    expect(statusAt(delivered, settings, NOW).customerReplyWaiting).toBe(true);
    expect(statusAt(replied({ cancelledAt: AFTER }), settings, NOW).customerReplyWaiting).toBe(false);
  });

  it('property: answered exactly when an owner message came after the reply or a meaning names it (or a later one)', () => {
    const minutes = fc.integer({ min: -600, max: 600 });
    const entryArb = fc.oneof(
      minutes.map((m) => ({ m, entry: { kind: 'update-sent', note: '', onTrack: true } as const, message: true })),
      minutes.map((m) => ({ m, entry: { kind: 'plan-edited', changes: ['title'] } as const, message: false })),
      fc.tuple(minutes, fc.integer({ min: -600, max: 600 })).map(([m, r]) => ({
        m,
        entry: { kind: 'customer-acknowledged', reply: r, from: CASEY } as const,
        message: false,
      })),
    );
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 6 }), (generated) => {
        const at = (m: number) => new Date(Date.parse(REPLY_AT) + m * 60_000).toISOString();
        const entries = generated.map(({ m, entry }) =>
          anEntry(entry.kind === 'customer-acknowledged' ? { ...entry, reply: at(entry.reply) } : entry, at(m), ALEX),
        );
        const expected = generated.some(({ m, entry, message }) =>
          entry.kind === 'customer-acknowledged' ? entry.reply >= 0 : message && m > 0,
        );
        const c = withHistory(replied(), ...entries);
        expect(customerReplyState(c)?.answered).toBe(expected);
        expect(statusAt(c, settings, NOW).customerReplyWaiting).toBe(!expected);
      }),
    );
  });
});
