import type { actions } from './actions';
import { common } from './common';
import type { commitment } from './commitment';
import { domain } from './domain';
import type { meeting } from './meeting';
import type { merge } from './merge';
import type { overview } from './overview';
import { rules } from './rules';
import { shell } from './shell';
import type { taskpane } from './taskpane';
import type { teamTools } from './teamTools';

/**
 * English, the source locale. Each area owns one file; keys are prefixed with the file's name.
 * The core is always loaded; a surface's own strings (taskpane, overview, meeting, and the actions
 * the task pane and the overview share) are registered
 * by that surface's code (`registerMessages`), so a page downloads only the words it shows.
 */
export const en = { ...common, ...domain, ...rules, ...shell };
export type EnglishCatalog = typeof en &
  typeof actions &
  typeof commitment &
  typeof taskpane &
  typeof overview &
  typeof meeting &
  typeof merge &
  typeof teamTools;
