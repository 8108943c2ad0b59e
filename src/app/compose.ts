import { teamId as toTeamId } from '../domain/ids';
import type { HostContext } from '../hosts/HostContext';
import type { BrowserHost } from '../hosts/browser/createBrowserHost';
import type { DemoWorld } from '../hosts/browser/demoData';
import { t } from '../domain/i18n';
import { createLocalStore } from '../store/local';
import type { Services } from '../ui/services';
import { newId } from './newId';
import type { PageParams } from './params';

/**
 * The composition root: the only place that picks the host and the store. Office.js and teams-js
 * load only when the page is opened by Outlook or Teams (`?host=`), and only through import().
 */
export interface Composition {
  readonly services: Services;
  /** Standalone mode only: the demo world and its controls. */
  readonly standalone?: Standalone;
  /** Why we are not where the URL asked (e.g. Outlook could not be reached). */
  readonly notice?: 'outlook-unavailable' | 'teams-unavailable';
}

export interface Standalone {
  readonly host: BrowserHost;
  readonly world: DemoWorld;
  resetDemo(): Promise<void>;
}

const LOCAL_DB = 'kept';

export async function compose(params: PageParams, overviewUrl: string): Promise<Composition> {
  const clock = { now: () => new Date() };
  let notice: Composition['notice'];
  let host: HostContext | undefined;

  if (params.host === 'outlook') {
    try {
      const { createOutlookHost } = await import('../hosts/outlook');
      host = await createOutlookHost();
    } catch (error) {
      console.warn('Kept: Outlook is not available, running standalone.', error);
      notice = 'outlook-unavailable';
    }
  } else if (params.host === 'teams') {
    const { createTeamsHost } = await import('../hosts/teams');
    host = await createTeamsHost({ timeoutMs: 3000 });
    if (host === undefined) notice = 'teams-unavailable';
  }

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const store = createLocalStore({ dbName: LOCAL_DB, defaultTimeZone: timeZone });

  if (host !== undefined) {
    const teamId = host.team()?.id ?? toTeamId(`personal:${host.user.email.toLowerCase()}`);
    return {
      services: { store, host, clock, newId, teamId, storageDescription: t(host.locale, 'shell.storage.local') },
      ...(notice === undefined ? {} : { notice }),
    };
  }

  // Standalone: a demo world stands in for Outlook and Teams (loaded only here, never inside Office).
  const { composeStandalone } = await import('./composeStandalone');
  return composeStandalone({
    params,
    store,
    clock,
    overviewUrl,
    timeZone,
    ...(notice === undefined ? {} : { notice }),
  });
}
