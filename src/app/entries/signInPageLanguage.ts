import { loadLocale } from '../../domain/i18n/load';
import { localeDirection } from '../../domain/i18n/locales';

/**
 * The sign-in pages (auth.html, auth-relay.html, auth-dialog.html, auth-teams.html) speak the browser's
 * language, as the rest of Kept does: `lang` and `dir` at once, the words once they have downloaded
 * (English until then, and if they cannot download).
 */
export async function signInPageLanguage(): Promise<string> {
  const locale = navigator.language || 'en';
  document.documentElement.lang = locale;
  document.documentElement.dir = localeDirection(locale);
  await loadLocale(locale).catch((error: unknown) => console.warn('Kept: translations did not load', error));
  return locale;
}
