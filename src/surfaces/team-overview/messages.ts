// This surface's strings join the catalog when its code loads (see src/domain/i18n/en/index.ts):
// English at once, the translations when the page's language needs them (src/domain/i18n/load.ts).
// Every file of the surface that words something imports this module for that side effect.
import { registerMessages } from '../../domain/i18n';
import { overview } from '../../domain/i18n/en/overview';
import { registerTranslations } from '../../domain/i18n/load';

registerMessages(overview);
registerTranslations({
  fi: () => import('../../domain/i18n/fi/overview').then((m) => m.overview),
  fa: () => import('../../domain/i18n/fa/overview').then((m) => m.overview),
  'zh-Hans': () => import('../../domain/i18n/zh-Hans/overview').then((m) => m.overview),
});
