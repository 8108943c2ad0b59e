// The words of ConflictChoices join the catalog when that code loads (it is part of the lazily
// loaded forms that edit stored values): English at once, a translation when the page needs it.
import { registerMessages } from '../domain/i18n';
import { merge } from '../domain/i18n/en/merge';
import { registerTranslations } from '../domain/i18n/load';

registerMessages(merge);
registerTranslations({
  fi: () => import('../domain/i18n/fi/merge').then((m) => m.merge),
  fa: () => import('../domain/i18n/fa/merge').then((m) => m.merge),
  'zh-Hans': () => import('../domain/i18n/zh-Hans/merge').then((m) => m.merge),
});
