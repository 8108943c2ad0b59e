import { localeDirection, safeLocale } from '../format';
import { escapeHtml, FONT, isolatesToSpans } from '../templates';

/** A message to colleagues (a nudge, the weekly digest) after the sender edited its text. */
export interface TeamMessage {
  readonly subject: string;
  /** The text as edited: the plain-text version of the message. */
  readonly text: string;
  /** The same text as HTML: every character escaped, paragraphs and line breaks kept. */
  readonly html: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Plain text as the HTML body of an email, a Teams chat or channel message: everything escaped
 * (what people typed is never markup), a blank line starts a paragraph, a line break stays one, and
 * the message carries its language and direction.
 */
export function textToHtml(text: string, locale: string): string {
  const dir = localeDirection(locale);
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p style="margin:0 0 12px">${isolatesToSpans(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`);
  return `<div dir="${dir}" lang="${escapeHtml(safeLocale(locale))}" style="${FONT};text-align:${dir === 'rtl' ? 'right' : 'left'}">${paragraphs.join('')}</div>`;
}

/** The message as it goes: the edited subject and text, the HTML made from them. */
export function teamMessage(subject: string, text: string, locale: string): TeamMessage {
  return {
    subject: subject.replace(/[\u2068\u2069]/g, '').trim(),
    text,
    html: textToHtml(text, locale),
    lang: safeLocale(locale),
    dir: localeDirection(locale),
  };
}
