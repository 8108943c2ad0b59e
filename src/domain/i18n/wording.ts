import { intlFormatter } from '../intlFormatters';
import { dateLocale, localeDirection } from './locales';

// The building blocks of a message: placeholders, plural forms, numbers and dates in the reader's
// locale. Every catalog file (English and the translations) words its messages with these, so a
// translation chunk carries its words and nothing else.

export type MessageParams = Readonly<Record<string, string | number>>;
/** A template with `{name}` placeholders, or a function for plurals and grammar. */
export type MessageTemplate = string | ((params: MessageParams, locale: string) => string);

/**
 * Plural forms by CLDR category (Intl.PluralRules): English and Finnish use one/other, Persian
 * one/other (where "one" also covers 0), Chinese only other. `zero` is not CLDR's category but an
 * explicit wording for exactly 0 ("No promises yet"), in any language.
 */
export interface PluralForms {
  readonly other: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly zero?: string;
}

/** A number in the locale's digits and separators (Persian gets ۱۲٫۵). */
export function formatNumberIn(locale: string, value: number, maximumFractionDigits = 3): string {
  const format = intlFormatter(
    `numberIn|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  );
  return format.format(value);
}

/** Unicode first-strong isolate and its end (FSI … PDI). */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/** Hebrew, Arabic (Persian), Syriac, Thaana, N'Ko and their presentation forms: strong right-to-left letters. */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A value set into a sentence, isolated where its direction could disturb the sentence: every value
 * in a right-to-left sentence (an English title or a Latin name keeps its own order and cannot carry
 * the sentence's punctuation or numbers to the wrong side), and a right-to-left value in a
 * left-to-right one ("Avery Chen for سارا احمدی · 3 Dec 2026" keeps the date after the name).
 */
export function isolate(value: string, locale: string): string {
  if (value === '') return value;
  return localeDirection(locale) === 'rtl' || RIGHT_TO_LEFT_LETTER.test(value)
    ? `${ISOLATE_START}${value}${ISOLATE_END}`
    : value;
}

/** Replaces `{name}` with the parameter; numbers are written in the locale's digits, text isolated in RTL. */
export function fill(template: string, params: MessageParams, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumberIn(locale, value) : isolate(value, locale);
  });
}

function formFor(forms: PluralForms, count: number, locale: string): string {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  const category = intlFormatter(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return (category === 'zero' ? undefined : forms[category]) ?? forms.other;
}

/** The form for `count`, with `#` replaced by the count in the locale's digits (one decimal at most). */
export function countPhrase(forms: PluralForms, count: unknown, locale: string): string {
  const n = Number(count ?? 0);
  return formFor(forms, n, locale).replace(/#/g, formatNumberIn(locale, n, 1));
}

/** A message whose form follows a count (`#` is the count; `{name}` placeholders are filled too). */
export function plural(forms: PluralForms, countParam = 'count'): MessageTemplate {
  return (params, locale) => {
    const n = Number(params[countParam] ?? 0);
    return fill(formFor(forms, n, locale).replace(/#/g, formatNumberIn(locale, n)), params, locale);
  };
}

/** A number parameter as the locale writes it (one decimal at most); text is shown as given. */
export const num = (value: string | number | undefined, locale: string): string =>
  typeof value === 'number' ? formatNumberIn(locale, value, 1) : String(value);

/** A percentage given as 0–100, as the locale writes it ("80 %" in Finnish, "۸۰٪" in Persian). */
export const percent = (value: string | number | undefined, locale: string, maximumFractionDigits = 1): string =>
  intlFormatter(
    `percentIn|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  ).format(Number(value) / 100);

/** A metric's percentage (`{value}` 0–100, whole): the same template in every language, Intl words it. */
export const wholePercent: MessageTemplate = (params, locale) => percent(params.value, locale, 0);

/** An ISO date (a day with no time, so no zone) as "Fri 27 Nov" in the locale; anything else as given. */
export function isoDay(value: string | number | undefined, locale: string): string {
  const text = String(value ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return text;
  const format = intlFormatter(`isoDay|${locale}`, () => {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(dateLocale(locale), options);
    } catch {
      return new Intl.DateTimeFormat('en', options);
    }
  });
  const at = new Date(0);
  at.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return format.format(at);
}

/** A function template whose date parameters (ISO days) are formatted for the reader. */
export const withDates =
  (render: (p: MessageParams, date: (name: string) => string, locale: string) => string): MessageTemplate =>
  (params, locale) =>
    render(params, (name) => isoDay(params[name], locale), locale);
