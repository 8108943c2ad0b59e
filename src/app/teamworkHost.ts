import type { HostContext, HostDocuments, HostPreferences, HostTeamwork, TeamworkFailure } from '../hosts/HostContext';
import { TeamworkError } from '../hosts/HostContext';
import type { TeamworkClient } from '../store/graph';
import { isStoreError } from '../store/Store';

const FAILURES: readonly TeamworkFailure[] = [
  'forbidden',
  'throttled',
  'unauthorized',
  'offline',
  'not-found',
  'invalid',
];
const TEAMS_LINK = /^https:\/\/teams\.microsoft\.com\//;

/** A Graph failure in the words the surfaces know (a 412 on a document is a conflict they retry). */
function asTeamworkError(error: unknown): unknown {
  if (!isStoreError(error) || error.code === 'conflict') return error;
  const code = (FAILURES as readonly string[]).includes(error.code) ? (error.code as TeamworkFailure) : 'invalid';
  return new TeamworkError(code, error.message, { cause: error });
}

const translated =
  <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      throw asTeamworkError(error);
    }
  };

/**
 * Graph mode: Teams notifications and posts for the signed-in user, and saved views in their
 * OneDrive app folder (roaming). A notification opens the commitment in Kept's Teams tab (the
 * host's commitment link); where the host can make no Teams link, Kept says so instead of sending
 * a link Teams would refuse.
 */
export function withTeamwork(
  host: HostContext,
  client: TeamworkClient,
): HostContext & { readonly teamwork: HostTeamwork } {
  const team = host.team();
  const teamId = team?.groupId;
  const channelId = team?.channelId;
  const teamwork: HostTeamwork = {
    notify: translated(async (notice) => {
      const link = host.commitmentLink(notice.commitmentId, notice.teamId);
      if (!TEAMS_LINK.test(link))
        throw new TeamworkError('no-link', 'Kept has no Teams app id here, so Teams could not open the commitment.');
      await client.notify(notice, link);
    }),
    postToChat: translated((chatId, post) => client.postToChat(chatId, post)),
    ...(teamId === undefined || channelId === undefined
      ? {}
      : {
          channel: {
            name: team?.channelName ?? '',
            post: translated((post) => client.postToChannel(teamId, channelId, post)),
          },
        }),
  };
  const documents: HostDocuments = {
    reach: 'roaming',
    read: translated((name) => client.readDocument(name)),
    write: translated((name, value) => client.writeDocument(name, value)),
  };
  return { ...host, teamwork, documents };
}

/** Outlook's roaming settings (kept with the mailbox) as documents: they follow the user. */
export function preferenceDocuments(preferences: HostPreferences): HostDocuments {
  return {
    reach: 'roaming',
    read: async (name) => {
      const raw = preferences.get(`kept.doc.${name}`);
      return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
    },
    write: (name, value) => preferences.set(`kept.doc.${name}`, JSON.stringify(value)),
  };
}

/** This browser's storage, per user: where no host keeps documents that roam. */
export function deviceDocuments(userEmail: string, given?: Pick<Storage, 'getItem' | 'setItem'>): HostDocuments {
  const key = (name: string) => `kept.doc.${userEmail.trim().toLowerCase()}.${name}`;
  // The browser's storage is reached only when a document is read or written, not when composing.
  const storage = () => given ?? localStorage;
  return {
    reach: 'device',
    read: async (name) => {
      const raw = storage().getItem(key(name));
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    write: async (name, value) => storage().setItem(key(name), JSON.stringify(value)),
  };
}

/** Documents for a host without Microsoft 365 storage: roaming settings where the host has them, else this device. */
export function withDocuments(host: HostContext): HostContext {
  if (host.documents !== undefined) return host;
  return {
    ...host,
    documents:
      host.preferences !== undefined ? preferenceDocuments(host.preferences) : deviceDocuments(host.user.email),
  };
}
