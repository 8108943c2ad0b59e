import { common } from './common';
import { domain } from './domain';
import { rules } from './rules';
import { shell } from './shell';

/**
 * The core of this language, loaded on demand (../load.ts): every page's words and the drafts'.
 * The surfaces' parts (taskpane.ts, overview.ts, meeting.ts) are loaded by each surface's messages.ts.
 */
export const core = { ...common, ...domain, ...rules, ...shell };
