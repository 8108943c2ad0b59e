import { teamId as toTeamId } from '../domain/ids';
import type { HostContext, HostItem, ThemeName } from '../hosts/HostContext';
import { createBrowserHost, type BrowserHost } from '../hosts/browser/createBrowserHost';
import { demoWorld, type DemoWorld } from '../hosts/browser/demoData';
import { demoTeamName, demoUser } from '../hosts/browser/demoPeople';
import { syntheticCommitments } from '../hosts/browser/syntheticData';
import { defaultTeamSettings } from '../store/defaultSettings';
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

const DEMO_TEAM = toTeamId('demo-team');
const LOCAL_DB = 'kept';
const SEEDED_KEY = 'kept.demo.seededAt';

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

  // Standalone: a demo world stands in for Outlook and Teams.
  const settings = { ...defaultTeamSettings(DEMO_TEAM, demoTeamName, timeZone), version: 1 };
  const seedDemo = async () => {
    const now = clock.now();
    const world = demoWorld(now, settings);
    const extra = params.seed === undefined ? [] : syntheticCommitments(params.seed, now, settings);
    await store.replaceAll([...world.commitments, ...extra], [settings]);
    localStorage.setItem(SEEDED_KEY, now.toISOString());
    localStorage.removeItem('kept.demo.categories');
    return world;
  };

  let world: DemoWorld;
  const seededAt = localStorage.getItem(SEEDED_KEY);
  if (seededAt === null || params.reset || params.seed !== undefined) {
    world = await seedDemo();
  } else {
    // The demo inbox keeps the dates it was seeded with, so saved commitments still match their emails.
    const stored = await store.getSettings(DEMO_TEAM);
    world = demoWorld(new Date(seededAt), stored.version > 0 ? stored : settings);
  }

  const initialItem = findDemoItem(world, params.item ?? params.meeting);
  const host2 = createBrowserHost({
    user: demoUser,
    locale: params.lang ?? navigator.language ?? 'en-GB',
    theme: params.theme ?? preferredTheme(),
    team: { id: DEMO_TEAM, name: demoTeamName },
    ...(initialItem === undefined ? {} : { initialItem }),
    ...(params.commitment === undefined ? {} : { initialCommitmentId: params.commitment }),
    overviewUrl,
  });

  return {
    services: {
      store,
      host: host2,
      clock,
      newId,
      teamId: DEMO_TEAM,
      storageDescription: t(host2.locale, 'shell.storage.demo'),
    },
    standalone: {
      host: host2,
      world,
      resetDemo: async () => {
        await seedDemo();
      },
    },
    ...(notice === undefined ? {} : { notice }),
  };
}

export function findDemoItem(world: DemoWorld, key: string | undefined): HostItem | undefined {
  if (key === undefined) return undefined;
  return (
    world.emails.find((e) => e.itemId === key || e.internetMessageId === key) ??
    world.meetings.find((m) => m.iCalUId === key || m.joinUrl === key)
  );
}

function preferredTheme(): ThemeName {
  if (typeof matchMedia !== 'function') return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'high-contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
