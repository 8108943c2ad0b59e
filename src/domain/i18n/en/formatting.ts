import type { MessageParams, MessageTemplate } from '../index';

// Small helpers the English templates share: dates with no zone, plural counts, numbers.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (a day with no time, so no zone) in the reader's locale; anything else is shown as given. */
export function isoDate(value: string | number | undefined, locale: string): string {
  const text = String(value ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return text;
  let format = dateFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    }
    dateFormats.set(locale, format);
  }
  const at = new Date(0);
  at.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return format.format(at);
}

/** `#` in the form for the count's plural category, replaced by the formatted count. */
export function count(forms: { one: string; other: string; zero?: string }, value: unknown, locale: string): string {
  const n = Number(value ?? 0);
  const form =
    n === 0 && forms.zero !== undefined
      ? forms.zero
      : new Intl.PluralRules(locale).select(n) === 'one'
        ? forms.one
        : forms.other;
  return form.replace(/#/g, new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n));
}

export const num = (value: string | number | undefined, locale: string): string =>
  typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) : String(value);

export const withDates =
  (render: (p: MessageParams, date: (name: string) => string, locale: string) => string): MessageTemplate =>
  (params, locale) =>
    render(params, (name) => isoDate(params[name], locale), locale);
