// The team tools' words (overview tools, Teams notifications, the demo's simulated Teams) join the
// catalog when this code loads — always lazily, so no page's first load carries them. A nudge or a
// digest may be written in another language than the page's: loadDraftLanguage brings that one too.
import { registerMessages } from '../domain/i18n';
import { teamTools } from '../domain/i18n/en/teamTools';
import { loadMessageLanguage, registerTranslations, type TranslationLoaders } from '../domain/i18n/load';
import { catalogLocale } from '../domain/i18n/locales';

const loaders: TranslationLoaders = {
  fi: () => import('../domain/i18n/fi/teamTools').then((m) => m.teamTools),
  fa: () => import('../domain/i18n/fa/teamTools').then((m) => m.teamTools),
  'zh-Hans': () => import('../domain/i18n/zh-Hans/teamTools').then((m) => m.teamTools),
};

registerMessages(teamTools);
registerTranslations(loaders);

/** The words of a message written in `locale` (a colleague's language), which may not be the page's. */
export async function loadDraftLanguage(locale: string): Promise<void> {
  await loadMessageLanguage(locale);
  const target = catalogLocale(locale);
  if (target !== 'en') registerMessages(await loaders[target](), target);
}
