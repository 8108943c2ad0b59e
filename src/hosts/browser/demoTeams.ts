/**
 * Stores: the demo's simulated Teams — the activity feed notifications and the posts Kept made —
 * as a JSON list in localStorage under `kept.demo.teams` (newest last, at most 200), so the task
 * pane, the overview and the meeting page (separate pages) all see the same Teams. "Reset demo data"
 * empties it.
 */
import type { ActivityKind, ActivityNotice } from '../../domain/teamTools/activity';
import type { Person } from '../../domain/types';
import { TeamworkError, type HostTeamwork, type TeamsPost, type Unsubscribe } from '../HostContext';

export const DEMO_TEAMS_KEY = 'kept.demo.teams';
const MAX_ENTRIES = 200;

export type DemoTeamsEntry =
  | {
      readonly kind: 'notification';
      readonly id: string;
      readonly at: string;
      readonly activity: ActivityKind;
      readonly from: Person;
      readonly to: Person;
      readonly title: string;
      readonly step?: string;
      /** Where the notification takes its reader: the commitment in the (demo) overview. */
      readonly link: string;
    }
  | {
      readonly kind: 'post';
      readonly id: string;
      readonly at: string;
      readonly place: 'channel' | 'meeting-chat';
      readonly from: Person;
      readonly subject?: string;
      /** Escaped HTML, as it would go to Teams. */
      readonly html: string;
    };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readDemoTeams(storage: Storage = localStorage): DemoTeamsEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DEMO_TEAMS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as DemoTeamsEntry[]) : [];
  } catch {
    return [];
  }
}

const listeners = new Set<() => void>();

/** Calls `listener` when this page or another tab changes the simulated Teams. */
export function subscribeDemoTeams(listener: () => void): Unsubscribe {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DEMO_TEAMS_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function clearDemoTeams(storage: Storage = localStorage): void {
  storage.removeItem(DEMO_TEAMS_KEY);
  for (const listener of [...listeners]) listener();
}

/**
 * The demo's Teams, as HostTeamwork: a notification lands in the simulated feed when Kept is
 * "installed" for its recipient — the demo team's members and everyone in the demo's organisation
 * (an admin installed it for the whole tenant); anyone outside is refused the way Microsoft 365
 * refuses someone without the app (forbidden), and nothing is added.
 */
export function createDemoTeamwork(options: {
  readonly me: Person;
  readonly members: readonly Person[];
  readonly link: (commitmentId: string) => string;
  readonly now?: () => Date;
  readonly storage?: Storage;
}): HostTeamwork {
  const storage = options.storage ?? localStorage;
  const now = options.now ?? (() => new Date());
  let counter = 0;
  const add = (entry: DemoTeamsEntry) => {
    const entries = [...readDemoTeams(storage), entry].slice(-MAX_ENTRIES);
    storage.setItem(DEMO_TEAMS_KEY, JSON.stringify(entries));
    for (const listener of [...listeners]) listener();
  };
  const id = () => `${now().getTime().toString(36)}-${(counter += 1)}`;
  const domain = (email: string) => email.trim().toLowerCase().split('@')[1] ?? '';
  const installed = (person: Person) =>
    domain(person.email) === domain(options.me.email) ||
    options.members.some((m) => m.email.trim().toLowerCase() === person.email.trim().toLowerCase());
  const post = (place: 'channel' | 'meeting-chat', message: TeamsPost) =>
    add({
      kind: 'post',
      id: id(),
      at: now().toISOString(),
      place,
      from: options.me,
      ...(message.subject === undefined ? {} : { subject: message.subject }),
      html: message.html,
    });
  return {
    async notify(notice: ActivityNotice) {
      if (!installed(notice.to))
        throw new TeamworkError(
          'forbidden',
          `Kept is not installed in Teams for ${notice.to.email} (in this demo, only people in the demo's organisation have it).`,
        );
      add({
        kind: 'notification',
        id: id(),
        at: now().toISOString(),
        activity: notice.kind,
        from: options.me,
        to: notice.to,
        title: notice.title,
        ...(notice.step === undefined ? {} : { step: notice.step }),
        link: options.link(notice.commitmentId),
      });
    },
    async postToChat(_chatId, message) {
      post('meeting-chat', message);
    },
    channel: { name: 'General', post: async (message) => post('channel', message) },
  };
}
