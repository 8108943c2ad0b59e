/**
 * connectGraphAcrossTeams — the Microsoft 365 storage of the personal tab "My commitments", which
 * Teams opens with no team in its context. Load it ONLY with import(), like ./connectGraph.
 *
 * It signs in exactly as connectGraph does (it asks connectGraph for a connection without a team),
 * lists the user's teams (`/me/joinedTeams`) and opens one Graph store per team — each team's own
 * SharePoint list and its own IndexedDB mirror, the same ones that team's channel tab uses — behind
 * one combined store (src/store/combined). Results:
 * - `{ status: 'not-configured' }`: no app registration in this build → local store.
 * - `{ status: 'no-teams' }`: signed in, but the user belongs to no team → local store, with a notice.
 * - `{ status: 'connected', store, teams, teamId, … }`: `teamId` is the first team's id (the one whose
 *   settings a team-scoped widget reads); writes go to each commitment's own team.
 *
 * Stores: the list of the user's teams, in `teamsCache` when given (the app passes localStorage,
 * key `kept.joinedTeams:<email>`). A remembered list opens the tab at once, from the mirrors, with or
 * without a network; it is refreshed in the background for the next visit.
 */
import { teamId as toTeamId, type TeamId } from '../domain/ids';
import type { WorkCalendar } from '../domain/types';
import { createCombinedStore, type CombinedCommitmentStore } from '../store/combined';
import { createGraphStore, type JoinedTeam } from '../store/graph';
import { connectGraph, type ConnectGraphOptions, type GraphConnection } from './connectGraph';

/** Where the user's teams are remembered between visits. */
export interface TeamsCache {
  read(): JoinedTeam[] | undefined;
  write(teams: readonly JoinedTeam[]): void;
}

export interface ConnectAcrossTeamsOptions extends Omit<ConnectGraphOptions, 'groupId' | 'teamName'> {
  /** Remembers the user's teams between visits, so opening the tab waits for no `/me/joinedTeams`. */
  readonly teamsCache?: TeamsCache;
}

type SignedIn = Omit<Extract<GraphConnection, { status: 'needs-team' }>, 'status'>;

export type AcrossTeamsConnection =
  | { readonly status: 'not-configured' }
  | (SignedIn & { readonly status: 'no-teams' })
  | (SignedIn & {
      readonly status: 'connected';
      readonly store: CombinedCommitmentStore;
      /** The teams the store spans, sorted by name. */
      readonly teams: readonly JoinedTeam[];
      readonly teamId: TeamId;
      /** Words it with `shell.storage.graphAllTeams`. */
      readonly storageDescription: 'graph';
      /** No single team: the personal tab is about the user, not a team. */
      readonly teamName: '';
      /** Outlook working hours as a business calendar (the user's, the same from every team's store). */
      workCalendar(): Promise<WorkCalendar>;
    });

export async function connectGraphAcrossTeams(options: ConnectAcrossTeamsOptions): Promise<AcrossTeamsConnection> {
  const { teamsCache, ...signInOptions } = options;
  const signedIn = await connectGraph(signInOptions);
  if (signedIn.status === 'not-configured') return { status: 'not-configured' };
  if (signedIn.status !== 'needs-team') throw new Error(`connectGraph without a team answered "${signedIn.status}".`);
  const { status: _status, ...signed } = signedIn;

  const remembered = teamsCache?.read();
  let teams: JoinedTeam[];
  if (remembered !== undefined && remembered.length > 0) {
    // Offline first: open the remembered teams' mirrors at once, and refresh the list for next time
    // (a team joined since appears on the next visit; one left since is reported by problems()).
    teams = remembered;
    void signed.listJoinedTeams().then(
      (fresh) => teamsCache?.write(fresh),
      () => undefined,
    );
  } else {
    teams = await signed.listJoinedTeams();
    teamsCache?.write(teams);
  }
  if (teams.length === 0) return { ...signed, status: 'no-teams' };

  const parts = teams.map((team) => ({
    teamId: toTeamId(team.id),
    store: createGraphStore({
      getToken: signed.getToken,
      groupId: team.id,
      teamName: team.displayName,
      // Only a member who opens Kept in the team sets it up (and consents to Sites.Manage.All).
      setUpList: false,
      ...(options.loginHint === undefined ? {} : { user: options.loginHint }),
      ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    }),
  }));
  const first = parts[0]!;
  return {
    ...signed,
    status: 'connected',
    store: createCombinedStore(parts),
    teams,
    teamId: first.teamId,
    storageDescription: 'graph',
    teamName: '',
    workCalendar: () => first.store.workCalendar(),
  };
}

const isJoinedTeam = (value: unknown): value is JoinedTeam =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  (value as { id: string }).id !== '' &&
  typeof (value as { displayName?: unknown }).displayName === 'string';

/**
 * A TeamsCache in Web Storage (default: localStorage). Unreadable or unwritable storage (blocked in a
 * sandboxed frame, full, edited by hand) only means nothing is remembered.
 */
export function storageTeamsCache(
  key: string,
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined = () => globalThis.localStorage,
): TeamsCache {
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
        if (!Array.isArray(parsed)) return undefined;
        return parsed.filter(isJoinedTeam).map((t) => ({ id: t.id, displayName: t.displayName }));
      } catch {
        return undefined;
      }
    },
    write(teams) {
      try {
        storage()?.setItem(key, JSON.stringify(teams.map((t) => ({ id: t.id, displayName: t.displayName }))));
      } catch {
        // Not remembered: the next visit needs Graph to list the teams, nothing else is lost.
      }
    },
  };
}
