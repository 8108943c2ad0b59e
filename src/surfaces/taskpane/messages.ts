// This surface's strings join the catalog when its code loads (see src/domain/i18n/en/index.ts):
// English at once, the translations when the page's language needs them (src/domain/i18n/load.ts).
// Every file of the surface that words something imports this module for that side effect.
import { registerMessages } from '../../domain/i18n';
import { taskpane } from '../../domain/i18n/en/taskpane';
import { registerTranslations } from '../../domain/i18n/load';

registerMessages(taskpane);
registerTranslations({
  fi: () => import('../../domain/i18n/fi/taskpane').then((m) => m.taskpane),
  fa: () => import('../../domain/i18n/fa/taskpane').then((m) => m.taskpane),
  'zh-Hans': () => import('../../domain/i18n/zh-Hans/taskpane').then((m) => m.taskpane),
});
