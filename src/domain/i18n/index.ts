import { en, type EnglishCatalog } from './en';

/**
 * The one message catalog. Every user-facing string is a key here, so a locale is one more file.
 * A message is a template with `{name}` placeholders, or a function for plurals and grammar.
 */
export type MessageParams = Readonly<Record<string, string | number>>;
export type MessageTemplate = string | ((params: MessageParams, locale: string) => string);
export type MessageKey = keyof EnglishCatalog;

/** A message not yet worded: domain results carry these; the UI words them for the reader's locale. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

type Catalog = Partial<Record<MessageKey, MessageTemplate>>;

const english: Catalog = { ...en };
const catalogs: Record<string, Catalog> = { en: english };

/** Adds a surface's strings to the catalog (each surface's `messages.ts` calls it once). */
export function registerMessages(messages: Catalog, locale = 'en'): void {
  catalogs[locale] = Object.assign(catalogs[locale] ?? {}, messages);
}

function templateFor(locale: string, key: MessageKey): MessageTemplate {
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0] ?? 'en';
  // A string not (yet) translated falls back to English; a key nobody registered shows as itself,
  // which tests that read the screen catch at once.
  return catalogs[lower]?.[key] ?? catalogs[language]?.[key] ?? english[key] ?? key;
}

export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const template = templateFor(locale, key);
  if (typeof template === 'function') return template(params, locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

export function formatMessage(locale: string, ref: MessageRef): string {
  return t(locale, ref.key, ref.params);
}

export const msg = (key: MessageKey, params?: MessageParams): MessageRef =>
  params === undefined ? { key } : { key, params };

/** Picks the plural form with Intl.PluralRules; `#` is replaced by the formatted count. */
export function plural(forms: { one: string; other: string; zero?: string }, countParam = 'count'): MessageTemplate {
  return (params, locale) => {
    const count = Number(params[countParam] ?? 0);
    const rule = new Intl.PluralRules(locale).select(count);
    const form = count === 0 && forms.zero !== undefined ? forms.zero : rule === 'one' ? forms.one : forms.other;
    return form
      .replace(/#/g, new Intl.NumberFormat(locale).format(count))
      .replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : String(value);
      });
  };
}
