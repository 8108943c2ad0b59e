// The strings of the commitment view and the actions both the task pane and the overview show join
// the catalog when this code loads (see src/domain/i18n/en/index.ts): English at once, the
// translations when the page's language needs them (src/domain/i18n/load.ts). A surface that loads
// this code lazily awaits translationsReady() before rendering it.
import { registerMessages } from '../../domain/i18n';
import { actions } from '../../domain/i18n/en/actions';
import { commitment } from '../../domain/i18n/en/commitment';
import { registerTranslations } from '../../domain/i18n/load';

registerMessages({ ...actions, ...commitment });
registerTranslations({
  fi: () =>
    Promise.all([import('../../domain/i18n/fi/actions'), import('../../domain/i18n/fi/commitment')]).then(([a, c]) => ({
      ...a.actions,
      ...c.commitment,
    })),
  fa: () =>
    Promise.all([import('../../domain/i18n/fa/actions'), import('../../domain/i18n/fa/commitment')]).then(([a, c]) => ({
      ...a.actions,
      ...c.commitment,
    })),
  'zh-Hans': () =>
    Promise.all([import('../../domain/i18n/zh-Hans/actions'), import('../../domain/i18n/zh-Hans/commitment')]).then(
      ([a, c]) => ({ ...a.actions, ...c.commitment }),
    ),
});
