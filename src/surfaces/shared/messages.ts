// The strings of the commitment view and the actions both the task pane and the overview show join the catalog when this
// code loads (see src/domain/i18n/en/index.ts).
import { registerMessages } from '../../domain/i18n';
import { actions } from '../../domain/i18n/en/actions';
import { commitment } from '../../domain/i18n/en/commitment';

registerMessages({ ...actions, ...commitment });
