import { formatShortDate } from '../format';
import { formatMessage, t } from '../i18n';
import { statusLabel, type StatusKind } from '../status';
import { greetingName } from '../templates';
import type { CommitmentHead, Person } from '../types';

export interface NudgeItem {
  readonly commitment: CommitmentHead;
  readonly status: StatusKind;
  /** A link that opens it in Kept (the host's commitment link). */
  readonly link: string;
}

/**
 * "Nudge the owner": a message to a colleague (not to the customer) about the commitments of theirs
 * that need a look, in the colleague's language, for the sender to edit before it goes.
 */
export function nudgeDraft(
  owner: Person,
  items: readonly NudgeItem[],
  sender: Person,
  locale: string,
): { subject: string; text: string } {
  const w = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const lines = items.map(({ commitment: c, status, link }) =>
    [
      `- ${w('teamTools.nudgeDraft.line', {
        title: c.title,
        customer: c.customer.name || c.customer.email,
        status: formatMessage(locale, statusLabel(status)),
        date: formatShortDate(c.promisedDate, locale),
      })}`,
      `  ${link}`,
    ].join('\n'),
  );
  return {
    subject: w('teamTools.nudgeDraft.subject', { count: items.length }),
    text: [
      w('teamTools.nudgeDraft.greeting', { name: greetingName(owner) }),
      w('teamTools.nudgeDraft.intro', { count: items.length }),
      lines.join('\n'),
      w('teamTools.nudgeDraft.ask'),
      `${w('teamTools.nudgeDraft.thanks')}\n${sender.name || sender.email}`,
    ]
      .join('\n\n')
      .concat('\n'),
  };
}
