import { describe, expect, it } from 'vitest';
import { HISTORY_KINDS, historyEntryDetail, historyEntryMessage } from './history';
import { formatMessage } from './i18n';
import { stepId } from './ids';
import { aCommitment, anEntry, aStep } from './testing/aCommitment';
import type { HistoryEntry } from './types';

const c = aCommitment({ steps: [aStep({ id: stepId('s1'), text: 'Load the <history>' })] });
const line = (entry: HistoryEntry, locale = 'en-GB') => formatMessage(locale, historyEntryMessage(entry, c, locale));
const AT = '2026-11-25T10:00:00.000Z';

describe('historyEntryMessage', () => {
  it('words a plan edit with the changed parts in reading order, as a list', () => {
    const entry = anEntry({ kind: 'plan-edited', changes: ['target', 'steps', 'criteria'] }, AT);
    expect(line(entry)).toBe('Alex Owner edited the plan: steps, acceptance criteria and target date');
  });

  it('names a ticked step, and still words a step that was removed from the plan since', () => {
    expect(line(anEntry({ kind: 'step-done', stepId: stepId('s1'), done: true }, AT))).toBe(
      'Alex Owner completed “Load the <history>”',
    );
    expect(line(anEntry({ kind: 'step-done', stepId: stepId('gone'), done: true }, AT))).toBe(
      'Alex Owner completed “a step”',
    );
  });

  it('formats renegotiated dates for the reader and keeps the recovery action', () => {
    const entry = anEntry({ kind: 'renegotiated', from: '2026-12-01', to: '2026-12-04', recovery: 'Pair on it' }, AT);
    expect(line(entry)).toMatch(/1 Dec 2026.*4 Dec 2026.*Pair on it/);
    expect(
      line(anEntry({ kind: 'renegotiated', from: '2026-12-01', to: '2026-12-04', recovery: ' ' }, AT)),
    ).not.toMatch(/Recovery/);
  });

  it('words every kind of entry (no key shows through)', () => {
    const bodies: Record<string, HistoryEntry> = {
      created: anEntry({ kind: 'created' }, AT),
      acknowledged: anEntry({ kind: 'acknowledged' }, AT),
      'plan-shared': anEntry({ kind: 'plan-shared' }, AT),
      'step-done': anEntry({ kind: 'step-done', stepId: stepId('s1'), done: false }, AT),
      'update-sent': anEntry({ kind: 'update-sent', note: 'n', onTrack: false }, AT),
      'concern-raised': anEntry({ kind: 'concern-raised', risk: 'r', recovery: 'x', options: [] }, AT),
      renegotiated: anEntry({ kind: 'renegotiated', from: '2026-12-01', to: '2026-12-02', recovery: 'x' }, AT),
      'plan-edited': anEntry({ kind: 'plan-edited', changes: ['title'] }, AT),
      'flagged-at-risk': anEntry({ kind: 'flagged-at-risk', note: 'n' }, AT),
      'risk-cleared': anEntry({ kind: 'risk-cleared' }, AT),
      delivered: anEntry({ kind: 'delivered', note: 'n' }, AT),
      feedback: anEntry({ kind: 'feedback', rating: 4, comment: 'c' }, AT),
      cancelled: anEntry({ kind: 'cancelled', reason: 'r', customerAgreed: true }, AT),
    };
    expect(new Set(Object.keys(bodies))).toEqual(HISTORY_KINDS);
    for (const entry of Object.values(bodies)) {
      const text = line(entry);
      expect(text).toContain('Alex Owner');
      expect(text).not.toMatch(/domain\.history\./);
    }
  });
});

describe('historyEntryDetail', () => {
  it('gives the free text an entry carries, and nothing for blank notes', () => {
    expect(historyEntryDetail(anEntry({ kind: 'update-sent', note: 'Halfway', onTrack: true }, AT))).toBe('Halfway');
    expect(historyEntryDetail(anEntry({ kind: 'delivered', note: '  ' }, AT))).toBeUndefined();
    expect(
      historyEntryDetail(anEntry({ kind: 'concern-raised', risk: 'r', recovery: 'x', options: ['A', 'B'] }, AT)),
    ).toBe('A · B');
  });
});
