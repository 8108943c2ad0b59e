import type { MessageRef } from '../../../domain/i18n';
import { msg } from '../../../domain/i18n';
import type { RiskReason } from '../../../domain/status';
import type { Commitment, HistoryEntry } from '../../../domain/types';

// Turns domain facts into catalog references; the drawer words them with the reader's locale.

export function riskMessage(reason: RiskReason): MessageRef {
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
        businessDaysLeft: reason.businessDaysLeft,
        businessDaysNeeded: reason.businessDaysNeeded,
      });
    case 'flagged':
      return reason.note.trim() === ''
        ? msg('rules.risk.flagged-no-note')
        : msg('rules.risk.flagged', { note: reason.note });
  }
}

/** One history line; dates inside (renegotiations) are passed already formatted by `date`. */
export function historyMessage(
  entry: HistoryEntry,
  c: Commitment,
  date: (iso: string) => string,
  unknownStep: string,
): MessageRef {
  const by = entry.by.name || entry.by.email;
  switch (entry.kind) {
    case 'step-done': {
      const step = c.steps.find((s) => s.id === entry.stepId)?.text;
      return msg(entry.done ? 'domain.history.step-done' : 'domain.history.step-reopened', {
        by,
        step: step ?? unknownStep,
      });
    }
    case 'update-sent':
      return msg(entry.onTrack ? 'domain.history.update-sent' : 'domain.history.update-sent-off-track', { by });
    case 'concern-raised':
      return msg('domain.history.concern-raised', { by, risk: entry.risk });
    case 'renegotiated':
      return entry.recovery.trim() === ''
        ? msg('domain.history.renegotiated-no-recovery', { by, from: date(entry.from), to: date(entry.to) })
        : msg('domain.history.renegotiated', {
            by,
            from: date(entry.from),
            to: date(entry.to),
            recovery: entry.recovery,
          });
    case 'flagged-at-risk':
      return msg('domain.history.flagged-at-risk', { by, note: entry.note });
    case 'feedback':
      return msg('domain.history.feedback', { by, rating: entry.rating });
    case 'cancelled':
      return msg(entry.customerAgreed ? 'domain.history.cancelled-agreed' : 'domain.history.cancelled', {
        by,
        reason: entry.reason,
      });
    case 'created':
    case 'acknowledged':
    case 'plan-shared':
    case 'risk-cleared':
    case 'delivered':
      return msg(`domain.history.${entry.kind}`, { by });
  }
}

/** Where the request came from, and a link to open it if we have one. */
export function sourceLink(c: Commitment): { kind: 'email' | 'meeting'; href: string } | undefined {
  const s = c.source;
  if (s.kind === 'email' && s.webLink !== undefined && isHttp(s.webLink)) return { kind: 'email', href: s.webLink };
  if (s.kind === 'meeting') {
    const href = s.webLink ?? s.joinUrl;
    if (href !== undefined && isHttp(href)) return { kind: 'meeting', href };
  }
  return undefined;
}

/** Only http(s) links are opened: a stored `javascript:` URL must never become a link. */
function isHttp(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
