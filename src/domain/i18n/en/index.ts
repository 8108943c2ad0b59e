import { common } from './common';
import { domain } from './domain';
import { meeting } from './meeting';
import { overview } from './overview';
import { rules } from './rules';
import { shell } from './shell';
import { taskpane } from './taskpane';

/** English, the source locale. Each surface owns one file; keys are prefixed with the file's name. */
export const en = { ...common, ...domain, ...rules, ...shell, ...taskpane, ...overview, ...meeting };
export type EnglishCatalog = typeof en;
