import { formatDate, formatList } from './format';
import { msg, t, type MessageRef } from './i18n';
import type { Commitment, HistoryEntry, PlanChange } from './types';

const PLAN_CHANGE_ORDER: readonly PlanChange[] = [
  'title',
  'customer',
  'owner',
  'checker',
  'steps',
  'criteria',
  'target',
  'promised',
  'neededBy',
  'cadence',
  'language',
];

const name = (person: { readonly name: string; readonly email: string }): string => person.name || person.email;

/** One line of a commitment's history, in the catalog's words; dates formatted for the reader. */
export function historyEntryMessage(entry: HistoryEntry, c: Commitment, locale: string): MessageRef {
  const by = entry.by.name || entry.by.email;
  switch (entry.kind) {
    case 'created':
    case 'acknowledged':
    case 'plan-shared':
    case 'risk-cleared':
    case 'delivered':
      return msg(`domain.history.${entry.kind}`, { by });
    case 'step-done': {
      // A step removed from the plan since keeps its line in the history, unnamed.
      const step = c.steps.find((s) => s.id === entry.stepId)?.text ?? t(locale, 'domain.history.unknownStep');
      return msg(entry.done ? 'domain.history.step-done' : 'domain.history.step-reopened', { by, step });
    }
    case 'update-sent':
      return msg(entry.onTrack ? 'domain.history.update-sent' : 'domain.history.update-sent-off-track', { by });
    case 'replied':
      return msg('domain.history.replied', { by });
    case 'customer-acknowledged':
      return msg('domain.history.customer-acknowledged', { by, customer: name(entry.from) });
    case 'concern-raised':
      return entry.proposedDate === undefined
        ? msg('domain.history.concern-raised', { by, risk: entry.risk })
        : msg('domain.history.concern-raised-proposed', {
            by,
            risk: entry.risk,
            date: formatDate(entry.proposedDate, locale),
          });
    case 'proposal-answered':
      return msg(
        entry.answer === 'accepted' ? 'domain.history.proposal-accepted' : 'domain.history.proposal-kept-old-date',
        { by, customer: name(c.customer), date: formatDate(entry.date, locale) },
      );
    case 'concern-closed':
      return entry.note.trim() === ''
        ? msg('domain.history.concern-closed-no-note', { by })
        : msg('domain.history.concern-closed', { by, note: entry.note });
    case 'sign-off-requested':
      return msg('domain.history.sign-off-requested', { by, checker: name(entry.checker) });
    case 'signed-off':
      return msg('domain.history.signed-off', { by, checker: name(entry.checker) });
    case 'reopened':
      return msg(
        entry.was === 'delivered' ? 'domain.history.reopened-delivered' : 'domain.history.reopened-cancelled',
        {
          by,
          reason: entry.reason,
        },
      );
    case 'reassigned':
      return msg('domain.history.reassigned', { by, from: name(entry.from), to: name(entry.to) });
    case 'renegotiated': {
      const params = { by, from: formatDate(entry.from, locale), to: formatDate(entry.to, locale) };
      return entry.recovery.trim() === ''
        ? msg('domain.history.renegotiated-no-recovery', params)
        : msg('domain.history.renegotiated', { ...params, recovery: entry.recovery });
    }
    case 'plan-edited': {
      const changed = PLAN_CHANGE_ORDER.filter((change) => entry.changes.includes(change)).map((change) =>
        t(locale, `domain.history.change.${change}`),
      );
      return msg('domain.history.plan-edited', { by, changes: formatList(changed, locale) });
    }
    case 'flagged-at-risk':
      return msg('domain.history.flagged-at-risk', { by, note: entry.note });
    case 'feedback':
      return msg('domain.history.feedback', { by, rating: entry.rating });
    case 'cancelled':
      return msg(entry.customerAgreed ? 'domain.history.cancelled-agreed' : 'domain.history.cancelled', {
        by,
        reason: entry.reason,
      });
  }
}

/** The free text a history entry carries beyond its one line (notes, comments, options), if any. */
export function historyEntryDetail(entry: HistoryEntry): string | undefined {
  switch (entry.kind) {
    case 'update-sent':
    case 'delivered':
      return entry.note.trim() === '' ? undefined : entry.note;
    case 'feedback':
      return entry.comment.trim() === '' ? undefined : entry.comment;
    case 'concern-raised':
      // The recovery action is in the one-line text of the renegotiation; the options are not.
      return entry.options.length > 0 ? entry.options.join(' · ') : entry.recovery;
    case 'proposal-answered':
      return entry.recovery === undefined || entry.recovery.trim() === '' ? undefined : entry.recovery;
    case 'signed-off':
    case 'reassigned':
      return entry.note.trim() === '' ? undefined : entry.note;
    default:
      return undefined;
  }
}

/**
 * How Kept knows a message entry's message went out ("recorded when sent"): seen in Sent Items,
 * or confirmed by the person who sent it. Undefined for entries that are no message, and for
 * entries recorded before Kept asked.
 */
export function historySentNote(entry: HistoryEntry): MessageRef | undefined {
  if (!('sent' in entry) || entry.sent === undefined) return undefined;
  return entry.sent.via === 'sent-items'
    ? msg('domain.history.sent.sent-items')
    : msg('domain.history.sent.user', { by: entry.by.name || entry.by.email });
}
