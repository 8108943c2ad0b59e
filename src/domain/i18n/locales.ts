// Which languages Kept speaks, and how a tag from a host or a browser maps onto them. No imports:
// every catalog file, format.ts and the hosts use it without pulling the catalog in.

/** The catalogs that exist. English is the source; the others are loaded when used. */
export const UI_LOCALES = ['en', 'fi', 'fa', 'zh-Hans'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type TranslatedLocale = Exclude<UiLocale, 'en'>;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ['fi', 'fa', 'zh-Hans'];

export const isUiLocale = (value: unknown): value is UiLocale => (UI_LOCALES as readonly unknown[]).includes(value);

/** Intl rejects malformed tags with a RangeError; nothing we show may break on a bad tag. */
export function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The catalog that serves a tag, or undefined when Kept has none for it. Chinese is served in
 * Simplified script only: zh, zh-CN, zh-SG, zh-Hans… get `zh-Hans`; zh-TW, zh-HK, zh-MO and
 * zh-Hant get nothing (so English), because Traditional readers are not served by Simplified
 * characters and mainland vocabulary (默认/預設, 信息/訊息, 任务窗格/工作窗格).
 */
export function catalogFor(tag: string): UiLocale | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  switch (locale.language) {
    case 'en':
    case 'fi':
    case 'fa':
      return locale.language;
    case 'zh':
      return locale.maximize().script === 'Hans' ? 'zh-Hans' : undefined;
    default:
      return undefined;
  }
}

/** The catalog for a tag Kept already chose (see pickLocale); English for anything else. */
export const catalogLocale = (tag: string): UiLocale => catalogFor(tag) ?? 'en';

/**
 * The UI locale: the first candidate Kept has a catalog for, kept as given (so `fi-FI`, `en-GB`
 * and `zh-SG` keep their regional formats), else English. Hosts pass their own language first and
 * the browser's languages after it.
 */
export function pickLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || candidate.trim() === '') continue;
    if (catalogFor(candidate) !== undefined) return safeLocale(candidate);
  }
  return 'en';
}

/**
 * Dates are Gregorian in every locale unless the tag asks for another calendar (`-u-ca-persian`).
 * CLDR's default for Persian is the Solar Hijri calendar, but every date a user types goes through
 * the browser's date field, which is Gregorian, and the same promised date appears in the
 * customer's email and in Outlook's calendar: one calendar keeps the promise unambiguous.
 */
export function dateLocale(locale: string): string {
  const safe = safeLocale(locale);
  if (/-u(?:-[a-z0-9]{2,8})*-ca-/i.test(safe)) return safe;
  try {
    return new Intl.Locale(safe, { calendar: 'gregory' }).toString();
  } catch {
    return safe;
  }
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);

/** Text direction of a locale, for `dir` on pages and drafts. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const language = safeLocale(locale).split('-')[0]?.toLowerCase() ?? 'en';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** A language's name in that language ("Suomi", "فارسی", "简体中文"), as language pickers list it. */
export function languageName(locale: UiLocale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    // A list item starts a sentence: "suomi" is written "Suomi" there.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}
