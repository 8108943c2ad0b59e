import { formatDate, formatShortDate } from '../format';
import { t } from '../i18n';
import { promiseOutcomes } from '../metrics';
import { statusAt } from '../status';
import type { Commitment, Person, TeamSettings } from '../types';
import { localDate } from '../calendar';

export interface DigestItem {
  readonly title: string;
  readonly owner: Person;
  readonly customer: Person;
  readonly promisedDate: string;
}

/** The team's week: promises judged in it, and what needs attention now. */
export interface TeamDigest {
  readonly from: Date;
  readonly to: Date;
  readonly kept: number;
  /** Of `kept`, delivered before the promised day. */
  readonly early: number;
  readonly broken: number;
  readonly atRisk: readonly DigestItem[];
  readonly updatesOverdue: readonly DigestItem[];
  /**
   * The customer's latest reply waits for the owner (as the overview's lane counts it: a reply after
   * delivery waits too, a cancelled commitment's does not).
   */
  readonly unanswered: readonly DigestItem[];
}

const DAY_MS = 86_400_000;
const item = (c: Commitment): DigestItem => ({
  title: c.title,
  owner: c.owner,
  customer: c.customer,
  promisedDate: c.promisedDate,
});

/** The last seven days up to `now`: promises kept (early) and broken in them, at risk and updates overdue now. */
export function teamDigest(commitments: readonly Commitment[], settings: TeamSettings, now: Date): TeamDigest {
  const from = new Date(now.getTime() - 7 * DAY_MS);
  let kept = 0;
  let early = 0;
  let broken = 0;
  const atRisk: DigestItem[] = [];
  const updatesOverdue: DigestItem[] = [];
  const unanswered: DigestItem[] = [];
  for (const c of commitments) {
    for (const o of promiseOutcomes(c, settings.calendar, now.getTime())) {
      if (o.at < from.getTime()) continue;
      if (o.outcome === 'kept' || o.outcome === 'kept-early') kept += 1;
      if (o.outcome === 'kept-early') early += 1;
      if (o.outcome === 'broken') broken += 1;
    }
    const status = statusAt(c, settings, now);
    if (status.customerReplyWaiting) unanswered.push(item(c));
    if (!status.open) continue;
    if (status.atRisk) atRisk.push(item(c));
    if (status.updateOverdue) updatesOverdue.push(item(c));
  }
  return { from, to: now, kept, early, broken, atRisk, updatesOverdue, unanswered };
}

/** The digest as an editable draft for the team channel or an email, in the team lead's language. */
export function digestDraft(
  digest: TeamDigest,
  teamName: string,
  settings: TeamSettings,
  locale: string,
): { subject: string; text: string } {
  const w = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const day = (d: Date) => formatDate(localDate(settings.calendar, d), locale);
  const range = { from: day(digest.from), to: day(digest.to) };
  const line = (i: DigestItem) =>
    `- ${w('teamTools.digestDraft.item', {
      title: i.title,
      owner: i.owner.name || i.owner.email,
      customer: i.customer.name || i.customer.email,
      date: formatShortDate(i.promisedDate, locale),
    })}`;
  const section = (heading: string, items: readonly DigestItem[]) =>
    items.length === 0 ? heading : [heading, ...items.map(line)].join('\n');
  const parts = [
    w('teamTools.digestDraft.intro', range),
    [
      w('teamTools.digestDraft.kept', { count: digest.kept }),
      w('teamTools.digestDraft.early', { count: digest.early }),
      w('teamTools.digestDraft.broken', { count: digest.broken }),
    ].join('\n'),
    section(w('teamTools.digestDraft.atRisk', { count: digest.atRisk.length }), digest.atRisk),
    section(w('teamTools.digestDraft.updatesOverdue', { count: digest.updatesOverdue.length }), digest.updatesOverdue),
    section(w('teamTools.digestDraft.unanswered', { count: digest.unanswered.length }), digest.unanswered),
    w('teamTools.digestDraft.close'),
  ];
  return {
    subject: w('teamTools.digestDraft.subject', { team: teamName, ...range }),
    text: `${parts.join('\n\n')}\n`,
  };
}
