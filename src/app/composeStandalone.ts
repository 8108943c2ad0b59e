import { t } from '../domain/i18n';
import { loadLocale } from '../domain/i18n/load';
import { pickLocale } from '../domain/i18n/locales';
import { teamId as toTeamId } from '../domain/ids';
import type { HostItem } from '../hosts/HostContext';
import { createBrowserHost } from '../hosts/browser/createBrowserHost';
import { browserLanguages } from '../hosts/browserLanguages';
import { demoWorld, type DemoWorld } from '../hosts/browser/demoData';
import { DEMO_THREAD_KEY } from '../hosts/browser/demoMailbox';
import { demoTeamName, demoUser, teammates } from '../hosts/browser/demoPeople';
import { clearDemoTeams, createDemoTeamwork } from '../hosts/browser/demoTeams';
import { withActivityNotifications } from './activityNotifier';
import { deviceDocuments } from './teamworkHost';
import { defaultTeamSettings } from '../store/defaultSettings';
import type { LocalCommitmentStore } from '../store/local';
import type { Clock } from '../ui/services';
import type { Composition } from './compose';
import { newId } from './newId';
import { preferredTheme } from './preferredTheme';
import type { PageParams } from './params';

const DEMO_TEAM = toTeamId('demo-team');
/**
 * localStorage: when the demo data was seeded, so the demo inbox keeps the dates its commitments
 * refer to; one key per database (the user's demo data, and each `?seed=N` set of synthetic data).
 */
const seededKey = (seed: number | undefined) =>
  seed === undefined ? 'kept.demo.seededAt' : `kept.demo.seededAt.synthetic-${seed}`;

/** Standalone mode: the browser host over the demo world, seeded into the local store on first run. */
export async function composeStandalone(options: {
  params: PageParams;
  store: LocalCommitmentStore;
  clock: Clock;
  overviewUrl: string;
  timeZone: string;
  notice?: NonNullable<Composition['notice']>;
}): Promise<Composition> {
  const { params, store, clock, overviewUrl, timeZone, notice } = options;
  // `?lang=` first, then the browser's languages; the words load while the demo data is prepared.
  const locale = pickLocale([params.lang, ...browserLanguages()]);
  const wordsLoaded = loadLocale(locale);
  const settings = { ...defaultTeamSettings(DEMO_TEAM, demoTeamName, timeZone), version: 1 };
  const key = seededKey(params.seed);
  // `store` is the database for this data set (compose picks it): synthetic data never lands in the demo's.
  const seedDemo = async () => {
    const now = clock.now();
    const world = demoWorld(now, settings);
    // Synthetic data is made once, when its page first opens: its generator loads only then.
    const extra =
      params.seed === undefined
        ? []
        : (await import('../hosts/browser/syntheticData')).syntheticCommitments(params.seed, now, settings);
    await store.replaceAll([...world.commitments, ...extra], [settings]);
    localStorage.setItem(key, now.toISOString());
    if (params.seed === undefined) {
      localStorage.removeItem('kept.demo.categories');
      localStorage.removeItem(DEMO_THREAD_KEY);
      clearDemoTeams();
    }
    return world;
  };

  let demo: () => DemoWorld;
  const seededAt = localStorage.getItem(key);
  if (seededAt === null || params.reset) {
    const seeded = await seedDemo();
    demo = () => seeded;
  } else {
    const stored = await store.getSettings(DEMO_TEAM);
    // The demo's emails and meetings are worked out when a page first asks for them (the simulated
    // Outlook, the meeting, an item in the URL): the overview, the page a big team opens, never does.
    let world: DemoWorld | undefined;
    demo = () => (world ??= demoWorld(new Date(seededAt), stored.version > 0 ? stored : settings));
  }

  const itemKey = params.item ?? params.meeting;
  const initialItem = itemKey === undefined ? undefined : findDemoItem(demo(), itemKey);
  const browserHost = createBrowserHost({
    user: demoUser,
    locale,
    theme: params.theme ?? preferredTheme(),
    team: { id: DEMO_TEAM, name: demoTeamName },
    ...(initialItem === undefined ? {} : { initialItem }),
    ...(params.commitment === undefined ? {} : { initialCommitmentId: params.commitment }),
    overviewUrl,
    now: () => clock.now(),
  });
  // The demo's Teams: notifications and posts land in a simulated Teams the demo pages show; saved
  // views stay on this device.
  const teamwork = createDemoTeamwork({
    me: demoUser,
    members: [demoUser, ...Object.values(teammates)],
    link: (id) => browserHost.commitmentLink(id),
  });
  const host: typeof browserHost = { ...browserHost, teamwork, documents: deviceDocuments(demoUser.email) };
  const notifying = withActivityNotifications(store, teamwork, demoUser);

  await wordsLoaded;
  return {
    services: {
      store: notifying.store,
      activity: notifying.activity,
      host,
      clock,
      newId,
      teamId: DEMO_TEAM,
      storageDescription:
        params.seed === undefined
          ? t(host.locale, 'shell.storage.demo')
          : t(host.locale, 'shell.storage.synthetic', { count: params.seed }),
    },
    standalone: {
      host,
      get world() {
        return demo();
      },
      dataset: params.seed === undefined ? { kind: 'demo' } : { kind: 'synthetic', count: params.seed },
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
