import { loadLocale } from '../domain/i18n/load';
import type { HostContext } from '../hosts/HostContext';
import type { JoinedTeam } from '../store/graph';
import type { BrowserHost } from '../hosts/browser/createBrowserHost';
import type { DemoWorld } from '../hosts/browser/demoData';
import { createLocalStore } from '../store/local';
import { teamsLinkAppIdFromEnv } from './buildConfig';
import type { Services } from '../ui/services';
import type { PageParams } from './params';

/**
 * The composition root: the only place that picks the host and the store. Office.js and teams-js
 * load only when the page is opened by Outlook or Teams (`?host=`), and only through import().
 */
export interface Composition {
  readonly services: Services;
  /** Standalone mode only: the demo world and its controls. */
  readonly standalone?: Standalone;
  /** Why we are not where the URL asked (e.g. Outlook could not be reached, no Microsoft 365 storage). */
  readonly notice?: 'outlook-unavailable' | 'teams-unavailable' | 'graph-not-configured' | 'no-teams';
  /** Signed in, but Outlook does not know the team: the user picks one once (then compose again). */
  readonly teamChoice?: TeamChoice;
}

export interface TeamChoice {
  teams(): Promise<JoinedTeam[]>;
  choose(team: JoinedTeam): Promise<void>;
}

export interface Standalone {
  readonly host: BrowserHost;
  readonly world: DemoWorld;
  /** Which data the page shows: the user's demo data, or synthetic commitments in a database of their own. */
  readonly dataset: { readonly kind: 'demo' } | { readonly kind: 'synthetic'; readonly count: number };
  resetDemo(): Promise<void>;
}

const LOCAL_DB = 'kept';

/** `?seed=N` data lives in its own database, so it never replaces what the user did with the demo data. */
export const syntheticDbName = (count: number): string => `kept-synthetic-${count}`;

export async function compose(
  params: PageParams,
  overviewUrl: string,
  /** This page references Office.js in its <head> (outlook.html): the only page Outlook may open. */
  officePage = false,
): Promise<Composition> {
  const clock = { now: () => new Date() };
  let notice: Composition['notice'];
  let host: HostContext | undefined;

  if (params.host === 'outlook' && !officePage) {
    console.warn('Kept: Outlook opens outlook.html (Office.js in its <head>); this page runs standalone.');
    notice = 'outlook-unavailable';
  } else if (params.host === 'outlook') {
    try {
      const { createOutlookHost } = await import('../hosts/outlook');
      const appId = teamsLinkAppIdFromEnv();
      host = await createOutlookHost(appId === undefined ? {} : { appId });
    } catch (error) {
      console.warn('Kept: Outlook is not available, running standalone.', error);
      notice = 'outlook-unavailable';
    }
  } else if (params.host === 'teams') {
    const { createTeamsHost } = await import('../hosts/teams');
    const linkAppId = teamsLinkAppIdFromEnv();
    host = await createTeamsHost({ timeoutMs: 3000, ...(linkAppId === undefined ? {} : { linkAppId }) });
    if (host === undefined) notice = 'teams-unavailable';
  } else if (params.host === 'web') {
    // A link's fallback: the team's real data in a browser tab, never the demo.
    const { createWebHost } = await import('../hosts/web/createWebHost');
    const appId = teamsLinkAppIdFromEnv();
    host = createWebHost({
      ...(appId === undefined ? {} : { appId }),
      locale: params.lang ?? (navigator.language || 'en'),
      theme: params.theme ?? 'light',
      overviewUrl: new URL('overview.html', window.location.href).href,
      ...(params.team === undefined ? {} : { groupId: params.team }),
      ...(params.commitment === undefined ? {} : { initialCommitmentId: params.commitment }),
    });
  }

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  // Only opened where it is used: with Microsoft 365 storage the Graph store keeps its own mirror.
  let local: ReturnType<typeof createLocalStore> | undefined;
  const localStore = () => (local ??= createLocalStore({ dbName: LOCAL_DB, defaultTimeZone: timeZone }));

  if (host !== undefined) {
    // The page's words in the host's language, before anything is worded (storage line, first render).
    await loadLocale(host.locale);
    const { composeForHost } = await import('./composeForHost');
    return composeForHost({
      host,
      clock,
      localStore,
      view: params.view,
      ...(notice === undefined ? {} : { notice }),
    });
  }

  // Standalone: a demo world stands in for Outlook and Teams (loaded only here, never inside Office).
  const { composeStandalone } = await import('./composeStandalone');
  return composeStandalone({
    params,
    store:
      params.seed === undefined
        ? localStore()
        : createLocalStore({ dbName: syntheticDbName(params.seed), defaultTimeZone: timeZone }),
    clock,
    overviewUrl,
    timeZone,
    ...(notice === undefined ? {} : { notice }),
  });
}
