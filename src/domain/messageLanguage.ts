import { catalogFor, catalogLocale, type UiLocale } from './i18n/locales';
import type { Commitment } from './types';

// The language of a commitment's messages to its customer. The pane speaks its user's language;
// drafts speak the customer's. Nothing extra is stored to remember a customer's language: the
// team's own commitments remember it (the latest one for that customer that has one).

/**
 * The locale a draft is worded in: the commitment's message language, or the sender's. The sender's
 * own tag is kept when it is the same language, so an en-GB sender writes dates the British way.
 */
export function draftLocale(c: Pick<Commitment, 'messageLanguage'>, senderLocale: string): string {
  if (c.messageLanguage === undefined || c.messageLanguage === catalogFor(senderLocale)) return senderLocale;
  return c.messageLanguage;
}

/** When a commitment's message language was chosen: at creation, or by the last edit that changed it. */
function languageChosenAt(c: Commitment): string {
  let at = c.createdAt;
  for (const h of c.history) if (h.kind === 'plan-edited' && h.changes.includes('language') && h.at > at) at = h.at;
  return at;
}

/** The language the team last chose for this customer's messages, if any. */
export function rememberedLanguage(customerEmail: string, team: readonly Commitment[]): UiLocale | undefined {
  const email = customerEmail.trim().toLowerCase();
  if (email === '') return undefined;
  let latest: { language: UiLocale; at: string } | undefined;
  for (const c of team) {
    if (c.messageLanguage === undefined || c.customer.email.trim().toLowerCase() !== email) continue;
    const at = languageChosenAt(c);
    if (latest === undefined || at > latest.at) latest = { language: c.messageLanguage, at };
  }
  return latest?.language;
}

/** A new commitment's message language: the customer's remembered one, else the sender's own. */
export const defaultMessageLanguage = (
  customerEmail: string,
  team: readonly Commitment[],
  senderLocale: string,
): UiLocale => rememberedLanguage(customerEmail, team) ?? catalogLocale(senderLocale);

/**
 * One language for a message to several customers (a meeting recap): theirs when they all share
 * it, else the sender's.
 */
export function sharedDraftLocale(commitments: readonly Commitment[], senderLocale: string): string {
  const languages = new Set(commitments.map((c) => c.messageLanguage ?? catalogLocale(senderLocale)));
  const [only] = languages;
  return languages.size === 1 && only !== undefined
    ? draftLocale({ messageLanguage: only }, senderLocale)
    : senderLocale;
}
