// This surface's strings join the catalog when its code loads (see src/domain/i18n/en/index.ts):
// English at once, the translations when the page's language needs them (src/domain/i18n/load.ts).
// Every file of the surface that words something imports this module for that side effect.
import { registerMessages } from '../../domain/i18n';
import { meeting } from '../../domain/i18n/en/meeting';
import { registerTranslations } from '../../domain/i18n/load';

registerMessages(meeting);
registerTranslations({
  fi: () => import('../../domain/i18n/fi/meeting').then((m) => m.meeting),
  fa: () => import('../../domain/i18n/fa/meeting').then((m) => m.meeting),
  'zh-Hans': () => import('../../domain/i18n/zh-Hans/meeting').then((m) => m.meeting),
});
