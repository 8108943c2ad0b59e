import { describe, expect, it } from 'vitest';
import { historyEntryDetail, historyEntryMessage, historySentNote } from './history';
import { HISTORY_KINDS } from './historyKinds';
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
      replied: anEntry({ kind: 'replied', sent: { via: 'sent-items', at: AT } }, AT),
      'customer-acknowledged': anEntry(
        { kind: 'customer-acknowledged', reply: AT, from: { name: 'Kim', email: 'k@x.example' } },
        AT,
      ),
      'concern-raised': anEntry({ kind: 'concern-raised', risk: 'r', recovery: 'x', options: [] }, AT),
      renegotiated: anEntry({ kind: 'renegotiated', from: '2026-12-01', to: '2026-12-02', recovery: 'x' }, AT),
      'plan-edited': anEntry({ kind: 'plan-edited', changes: ['title'] }, AT),
      'flagged-at-risk': anEntry({ kind: 'flagged-at-risk', note: 'n' }, AT),
      'risk-cleared': anEntry({ kind: 'risk-cleared' }, AT),
      delivered: anEntry({ kind: 'delivered', note: 'n' }, AT),
      feedback: anEntry({ kind: 'feedback', rating: 4, comment: 'c' }, AT),
      cancelled: anEntry({ kind: 'cancelled', reason: 'r', customerAgreed: true }, AT),
      'proposal-answered': anEntry({ kind: 'proposal-answered', answer: 'accepted', date: '2026-12-04' }, AT),
      'concern-closed': anEntry({ kind: 'concern-closed', note: '' }, AT),
      'sign-off-requested': anEntry({ kind: 'sign-off-requested', checker: { name: 'Kim', email: 'k@x.example' } }, AT),
      'signed-off': anEntry({ kind: 'signed-off', checker: { name: 'Kim', email: 'k@x.example' }, note: '' }, AT),
      reopened: anEntry({ kind: 'reopened', reason: 'r', was: 'delivered' }, AT),
      reassigned: anEntry(
        {
          kind: 'reassigned',
          from: { name: 'A', email: 'a@x.example' },
          to: { name: 'B', email: 'b@x.example' },
          note: '',
        },
        AT,
      ),
    };
    expect(new Set(Object.keys(bodies))).toEqual(HISTORY_KINDS);
    for (const entry of Object.values(bodies)) {
      const text = line(entry);
      expect(text).toContain('Alex Owner');
      expect(text).not.toMatch(/domain\.history\./);
    }
  });
});

describe('historySentNote (item 5: the history says how Kept knows it was sent)', () => {
  it('says "seen in Sent Items" or "as … confirmed", and nothing for entries that are no message', () => {
    const sentItems = anEntry({ kind: 'plan-shared', sent: { via: 'sent-items', at: AT } }, AT);
    const confirmed = anEntry({ kind: 'update-sent', note: '', onTrack: true, sent: { via: 'user' } }, AT);
    const en = (entry: HistoryEntry) => {
      const note = historySentNote(entry);
      return note === undefined ? undefined : formatMessage('en', note);
    };
    expect(en(sentItems)).toBe('Seen in Sent Items');
    expect(en(confirmed)).toBe('Sent, as Alex Owner confirmed');
    expect(en(anEntry({ kind: 'step-done', stepId: stepId('s1'), done: true }, AT))).toBeUndefined();
  });

  it('tells a proposal apart from a renegotiation in the history line (item 4)', () => {
    expect(
      line(
        anEntry(
          { kind: 'concern-raised', risk: 'Late data', recovery: 'x', options: [], proposedDate: '2026-12-04' },
          AT,
        ),
      ),
    ).toBe('Alex Owner raised a concern and proposed Fri, 4 Dec 2026: Late data');
    expect(line(anEntry({ kind: 'proposal-answered', answer: 'kept-old-date', date: '2026-12-04' }, AT))).toBe(
      'Alex Owner recorded that Casey Customer keeps the old date instead of Fri, 4 Dec 2026; the recovery plan follows',
    );
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
