import { authConfigFromEnv } from '../auth/config';
import { t } from '../domain/i18n';
import { teamId as toTeamId } from '../domain/ids';
import type { HostContext, HostPreferences } from '../hosts/HostContext';
import type { JoinedTeam } from '../store/graph';
import type { CommitmentStore } from '../store/Store';
import type { Clock } from '../ui/services';
import type { Composition } from './compose';
import { withMeetingKeys, type MeetingHandle } from './meetingKeysHost';
import { withSentItems } from './sentItemsHost';
import { withActivityNotifications } from './activityNotifier';
import { withDocuments, withTeamwork } from './teamworkHost';
import { newId } from './newId';

/** The team the user picked once in Outlook: `{ "id": groupId, "name": displayName }`, roaming. */
export const TEAM_PREFERENCE = 'kept.team';

export interface SavedTeam {
  readonly id: string;
  readonly name: string;
}

export function readSavedTeam(preferences: HostPreferences | undefined): SavedTeam | undefined {
  try {
    const raw = preferences?.get(TEAM_PREFERENCE) ?? localStorage.getItem(TEAM_PREFERENCE);
    const parsed: unknown = raw === null || raw === undefined ? undefined : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { id, name } = parsed as Record<string, unknown>;
    return typeof id === 'string' && id !== '' ? { id, name: typeof name === 'string' ? name : '' } : undefined;
  } catch {
    return undefined;
  }
}

async function saveTeam(preferences: HostPreferences | undefined, team: SavedTeam): Promise<void> {
  const value = JSON.stringify(team);
  if (preferences !== undefined) await preferences.set(TEAM_PREFERENCE, value);
  else localStorage.setItem(TEAM_PREFERENCE, value);
}

/**
 * Inside Outlook or Teams: the team's SharePoint list through Microsoft Graph when this build has an
 * app registration (VITE_KEPT_CLIENT_ID), otherwise the local store — and the page says so.
 * MSAL and the Graph client arrive with `import('./connectGraph')`, never in a first load.
 */
export async function composeForHost(options: {
  host: HostContext;
  clock: Clock;
  localStore: () => CommitmentStore;
  notice?: NonNullable<Composition['notice']>;
  /** The overview page's `?view=`: 'mine' in the Teams personal tab ("My commitments"). @default 'team' */
  view?: 'team' | 'mine';
}): Promise<Composition> {
  const { host: hostAsGiven, clock, localStore } = options;
  // Saved views: the host's roaming settings where it has them (Outlook), else this device.
  const host = withDocuments(hostAsGiven);
  const localServices = () => ({
    services: {
      store: localStore(),
      host,
      clock,
      newId,
      teamId: host.team()?.id ?? toTeamId(`personal:${host.user.email.toLowerCase()}`),
      storageDescription: t(host.locale, 'shell.storage.local'),
    },
  });
  const local = (notice: NonNullable<Composition['notice']>): Composition => ({
    ...localServices(),
    notice: options.notice ?? notice,
  });

  if (authConfigFromEnv() === undefined) return local('graph-not-configured');

  if (host.kind === 'teams' && host.team() === undefined && options.view === 'mine') {
    // The personal tab has no team in its context: "My commitments" spans every team the user is in.
    const { connectGraphAcrossTeams, storageTeamsCache } = await import('./connectGraphAcrossTeams');
    const across = await connectGraphAcrossTeams({
      hostKind: host.kind,
      loginHint: host.user.email,
      teamsCache: storageTeamsCache(`kept.joinedTeams:${host.user.email.toLowerCase()}`),
    });
    if (across.status === 'not-configured') return local('graph-not-configured');
    if (across.status === 'no-teams') return local('no-teams');
    const acrossHost = withTeamwork(hostAsGiven, across.teamwork);
    const notifying = withActivityNotifications(across.store, acrossHost.teamwork, host.user);
    return {
      services: {
        store: notifying.store,
        activity: notifying.activity,
        host: acrossHost,
        clock,
        newId,
        teamId: across.teamId,
        storageDescription: t(host.locale, 'shell.storage.graphAllTeams'),
      },
      ...(options.notice === undefined ? {} : { notice: options.notice }),
    };
  }

  const { connectGraph } = await import('./connectGraph');
  const team = host.team();
  const saved = team?.groupId === undefined ? readSavedTeam(host.preferences) : undefined;
  const groupId = team?.groupId ?? saved?.id;
  const teamName = team?.name ?? saved?.name;
  const connection = await connectGraph({
    hostKind: host.kind,
    // The web host knows no user until sign-in: an empty hint would make single sign-on fail.
    ...(host.user.email === '' ? {} : { loginHint: host.user.email }),
    ...(groupId === undefined ? {} : { groupId }),
    ...(teamName === undefined ? {} : { teamName }),
  });

  switch (connection.status) {
    case 'not-configured':
      return local('graph-not-configured');
    case 'needs-team':
      return {
        ...localServices(),
        teamChoice: {
          teams: () => connection.listJoinedTeams(),
          choose: (chosen: JoinedTeam) => saveTeam(host.preferences, { id: chosen.id, name: chosen.displayName }),
        },
      };
    case 'connected': {
      const meetingKeys = (meeting: MeetingHandle) =>
        meeting.kind === 'chat' ? connection.meetingChatKeys(meeting.id) : connection.meetingKeys(meeting.id);
      // Teams notifications, posts and roaming saved views, for every host signed in to Microsoft 365.
      const connectedHost = withTeamwork(
        hostAsGiven.kind === 'outlook'
          ? withSentItems(withMeetingKeys(hostAsGiven, meetingKeys), connection)
          : hostAsGiven.kind === 'teams'
            ? withMeetingKeys(hostAsGiven, meetingKeys)
            : hostAsGiven,
        connection.teamwork,
      );
      const notifying = withActivityNotifications(connection.store, connectedHost.teamwork, host.user);
      return {
        services: {
          store: notifying.store,
          activity: notifying.activity,
          // Neither Office.js (an appointment) nor the Teams context (a meeting) gives the iCalUId or
          // join URL: look them up so every surface finds the same meeting's commitments.
          // Outlook can also tell when a drafted reply was sent: Kept records it then, not when the draft opens.
          host: connectedHost,
          clock,
          newId,
          teamId: connection.teamId,
          storageDescription: t(host.locale, 'shell.storage.graph', { team: connection.teamName }),
        },
        ...(options.notice === undefined ? {} : { notice: options.notice }),
      };
    }
  }
}
