import { registerMessages, type CatalogPart } from './index';
import { catalogLocale, type TranslatedLocale } from './locales';

// Translations arrive on demand, so a page downloads only its reader's language: the core (common,
// domain, rules, shell) through the loaders below, and each surface's own part through the loaders
// its `messages.ts` registers. The page awaits loadLocale before its first render (app/mount.tsx);
// a draft in the customer's language awaits loadMessageLanguage (only the core holds draft wording).

export type TranslationLoaders = Readonly<Record<TranslatedLocale, () => Promise<CatalogPart>>>;

const core: TranslationLoaders = {
  fi: () => import('./fi').then((m) => m.core),
  fa: () => import('./fa').then((m) => m.core),
  'zh-Hans': () => import('./zh-Hans').then((m) => m.core),
};
const surfaceParts: TranslationLoaders[] = [];
const loading = new Map<() => Promise<CatalogPart>, Promise<void>>();
/** Languages the UI is shown in; a surface part registered later (a lazy chunk) loads for them too. */
const uiLanguages = new Set<TranslatedLocale>();

function loadPart(loaders: TranslationLoaders, locale: TranslatedLocale): Promise<void> {
  const loader = loaders[locale];
  let done = loading.get(loader);
  if (done === undefined) {
    done = loader().then((messages) => registerMessages(messages, locale));
    // A failed download (offline) may be tried again by the next caller.
    done.catch(() => loading.delete(loader));
    loading.set(loader, done);
  }
  return done;
}

/** A surface's translations (its `messages.ts` registers them beside its English part). */
export function registerTranslations(loaders: TranslationLoaders): void {
  surfaceParts.push(loaders);
}

/** Loads everything registered so far in the UI's language; English needs nothing. */
export async function loadLocale(locale: string): Promise<void> {
  const target = catalogLocale(locale);
  if (target === 'en') return;
  uiLanguages.add(target);
  await Promise.all([core, ...surfaceParts].map((loaders) => loadPart(loaders, target)));
}

/** For a lazily loaded surface: its part, in every language the UI is already shown in. */
export async function translationsReady(): Promise<void> {
  await Promise.all(
    [...uiLanguages].flatMap((locale) => [core, ...surfaceParts].map((loaders) => loadPart(loaders, locale))),
  );
}

/** The wording of customer messages (drafts) in a language, which may not be the UI's. */
export async function loadMessageLanguage(locale: string): Promise<void> {
  const target = catalogLocale(locale);
  if (target !== 'en') await loadPart(core, target);
}
