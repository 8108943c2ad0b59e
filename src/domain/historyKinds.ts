import type { HistoryKind } from './types';

// Apart from history.ts (which words each entry), so a store that checks what it reads back does
// not bring the history's wording into every page's first load.

/** Every kind of history entry, for stores that check what they read back. */
export const HISTORY_KINDS: ReadonlySet<HistoryKind> = new Set<HistoryKind>(
  Object.keys({
    created: true,
    acknowledged: true,
    'plan-shared': true,
    'step-done': true,
    'update-sent': true,
    replied: true,
    'customer-acknowledged': true,
    'concern-raised': true,
    'proposal-answered': true,
    'concern-closed': true,
    renegotiated: true,
    'plan-edited': true,
    'flagged-at-risk': true,
    'risk-cleared': true,
    delivered: true,
    'sign-off-requested': true,
    'signed-off': true,
    feedback: true,
    cancelled: true,
    reopened: true,
    reassigned: true,
    // The record type makes a kind added to HistoryEntry fail to compile until it is listed here.
  } satisfies Record<HistoryKind, true>) as HistoryKind[],
);
