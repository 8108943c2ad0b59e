import { en, type EnglishCatalog } from './en';
import { catalogLocale, type UiLocale } from './locales';
import { fill, type MessageParams, type MessageTemplate } from './wording';

/**
 * The one message catalog. Every user-facing string is a key here. English (en/) is the source and
 * always loaded; fi/, fa/ and zh-Hans/ hold the same keys, split the same way, and are loaded when
 * used (load.ts). A message is a template with `{name}` placeholders, or a function for plurals and
 * grammar (wording.ts).
 */
export type { MessageParams, MessageTemplate } from './wording';
export { plural } from './wording';
export type MessageKey = keyof EnglishCatalog;

/** A message not yet worded: domain results carry these; the UI words them for the reader's locale. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Some keys of the catalog, in one language. */
export type CatalogPart = Partial<Record<MessageKey, MessageTemplate>>;
/** A translation of one English catalog file: the same keys, each worded for that language. */
export type Translation<English> = { readonly [K in keyof English]?: MessageTemplate };

const english: CatalogPart = { ...en };
const catalogs: Partial<Record<UiLocale, CatalogPart>> = { en: english };

/** Adds a part of a catalog (each surface's `messages.ts` adds its English part; load.ts the translations). */
export function registerMessages(messages: CatalogPart, locale: UiLocale = 'en'): void {
  catalogs[locale] = Object.assign(catalogs[locale] ?? {}, messages);
}

// t() runs for every cell of a 10,000-row table: the tag → catalog answer is kept.
const catalogOfTag = new Map<string, UiLocale>();
function catalogOf(locale: string): UiLocale {
  let found = catalogOfTag.get(locale);
  if (found === undefined) {
    found = catalogLocale(locale);
    catalogOfTag.set(locale, found);
  }
  return found;
}

function templateFor(locale: string, key: MessageKey): MessageTemplate {
  // A string not (yet) translated falls back to English (the completeness test fails on it); a key
  // nobody registered shows as itself, which tests that read the screen catch at once.
  return catalogs[catalogOf(locale)]?.[key] ?? english[key] ?? key;
}

export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const template = templateFor(locale, key);
  return typeof template === 'function' ? template(params, locale) : fill(template, params, locale);
}

export function formatMessage(locale: string, ref: MessageRef): string {
  return t(locale, ref.key, ref.params);
}

export const msg = (key: MessageKey, params?: MessageParams): MessageRef =>
  params === undefined ? { key } : { key, params };
