import { formatDate } from '../../../domain/format';
import { msg, type MessageRef } from '../../../domain/i18n';
import type { RiskReason } from '../../../domain/status';
import type { Commitment, HistoryEntry } from '../../../domain/types';

/** Why a commitment is at risk, in the catalog's words. */
export function riskReasonMessage(reason: RiskReason): MessageRef {
  switch (reason.kind) {
    case 'target-after-promised':
      return msg('rules.risk.target-after-promised', {
        targetDate: reason.targetDate,
        promisedDate: reason.promisedDate,
      });
    case 'step-overdue':
      return msg('rules.risk.step-overdue', { stepText: reason.stepText, dueDate: reason.dueDate });
    case 'not-enough-time':
      return msg('rules.risk.not-enough-time', {
        openSteps: reason.openSteps,
        businessDaysNeeded: reason.businessDaysNeeded,
        businessDaysLeft: reason.businessDaysLeft,
      });
    case 'flagged':
      return reason.note.trim() === ''
        ? msg('rules.risk.flagged-no-note')
        : msg('rules.risk.flagged', { note: reason.note });
  }
}

/** One line of the history timeline; names and dates already worded for the reader. */
export function historyMessage(entry: HistoryEntry, c: Commitment, locale: string): MessageRef {
  const by = entry.by.name || entry.by.email;
  switch (entry.kind) {
    case 'created':
    case 'acknowledged':
    case 'plan-shared':
    case 'risk-cleared':
    case 'delivered':
      return msg(`domain.history.${entry.kind}`, { by });
    case 'step-done': {
      const step = c.steps.find((s) => s.id === entry.stepId)?.text;
      return msg(entry.done ? 'domain.history.step-done' : 'domain.history.step-reopened', {
        by,
        step: step ?? '…',
      });
    }
    case 'update-sent':
      return msg(entry.onTrack ? 'domain.history.update-sent' : 'domain.history.update-sent-off-track', { by });
    case 'concern-raised':
      return msg('domain.history.concern-raised', { by, risk: entry.risk });
    case 'renegotiated': {
      const params = { by, from: formatDate(entry.from, locale), to: formatDate(entry.to, locale) };
      return entry.recovery.trim() === ''
        ? msg('domain.history.renegotiated-no-recovery', params)
        : msg('domain.history.renegotiated', { ...params, recovery: entry.recovery });
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
export function historyDetail(entry: HistoryEntry): string | undefined {
  switch (entry.kind) {
    case 'update-sent':
    case 'delivered':
      return entry.note.trim() === '' ? undefined : entry.note;
    case 'feedback':
      return entry.comment.trim() === '' ? undefined : entry.comment;
    case 'concern-raised':
      // The recovery action is in the one-line text of the renegotiation; the options are not.
      return entry.options.length > 0 ? entry.options.join(' · ') : entry.recovery;
    default:
      return undefined;
  }
}
