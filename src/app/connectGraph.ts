/**
 * connectGraph — the lazy door to Microsoft 365 storage. Load it ONLY with import():
 *
 *   import { authConfigFromEnv } from '../auth/config';   // tiny, no MSAL
 *   if (authConfigFromEnv()) {
 *     const { connectGraph } = await import('./connectGraph');   // MSAL + Graph store chunk
 *     const connection = await connectGraph({ hostKind: host.kind, groupId, teamName, loginHint: host.user.email });
 *   }
 *
 * so MSAL and the Graph client never land in the initial chunk. Result shapes:
 * - `{ status: 'not-configured' }`: no VITE_KEPT_CLIENT_ID at build time → stay on the local store
 *   and say so in the UI.
 * - `{ status: 'needs-team', listJoinedTeams }`: signed in, but no team known (Outlook before the
 *   user picked one). Show the picker with `listJoinedTeams()`, remember the choice (roaming
 *   settings), call connectGraph again with its `id` as groupId and `displayName` as teamName.
 * - `{ status: 'connected', store, … }`: the Graph CommitmentStore for the team; `teamId` is the
 *   group id (a team's id in Graph); `storageDescription` is 'graph' (word it via the catalog).
 * Sign-in is not forced here: the first store call asks for a token (silent first, popup or the
 * host's prompt only if needed), so opening the pane costs no UI when the user is signed in.
 */
import { authConfigFromEnv } from '../auth/config';
import type { AuthConfig, TokenProvider } from '../auth/types';
import { teamId as toTeamId, type TeamId } from '../domain/ids';
import type { ThreadPage } from '../domain/replyActions';
import type { WorkCalendar } from '../domain/types';
import type { HostKind } from '../hosts/HostContext';
import {
  createGraphStore,
  createTeamworkClient,
  listJoinedTeams,
  meetingChatKeys,
  meetingKeys,
  sentInConversation,
  threadSince,
  type GraphCommitmentStore,
  type JoinedTeam,
  type MeetingKeys,
  type SentItem,
  type TeamworkClient,
} from '../store/graph';
import type { FetchLike } from '../store/graph';

export interface ConnectGraphOptions {
  readonly hostKind: HostKind;
  /** The team's Microsoft 365 group id (Teams: from the context; Outlook: the user's saved choice). */
  readonly groupId?: string;
  readonly teamName?: string;
  /** The signed-in user's email from the host, for single sign-on. */
  readonly loginHint?: string;
  /** Replace sign-in (tests, or a host that already has one). Default: MSAL for the host. */
  readonly tokenProvider?: TokenProvider;
  /** Default: authConfigFromEnv(). */
  readonly authConfig?: AuthConfig;
  readonly fetch?: FetchLike;
}

interface Signed {
  /** Token function the lead may reuse (e.g. for the Outlook team picker). */
  readonly getToken: TokenProvider;
  /** How MSAL signs in for this host (src/auth/msal.ts); 'provided': a tokenProvider was given. */
  readonly signInMode: 'nested' | 'office-dialog' | 'teams-window' | 'popup' | 'provided';
  listJoinedTeams(): Promise<JoinedTeam[]>;
  /** Teams notifications and posts, and the user's app folder documents (each scope asked when first used). */
  readonly teamwork: TeamworkClient;
}

export type GraphConnection =
  | { readonly status: 'not-configured' }
  | (Signed & { readonly status: 'needs-team' })
  | (Signed & {
      readonly status: 'connected';
      readonly store: GraphCommitmentStore;
      readonly teamId: TeamId;
      /** 'graph', like compose's 'local': the lead words it through the message catalog (with teamName). */
      readonly storageDescription: 'graph';
      readonly teamName: string;
      /** Outlook working hours as a business calendar (MailboxSettings.Read; may ask for consent). */
      workCalendar(): Promise<WorkCalendar>;
      /**
       * The iCalUId and Teams join URL of an Outlook appointment from its REST id (Calendars.Read; may
       * ask for consent). Throws StoreError; src/app/meetingKeysHost.ts turns a failure into "no keys".
       */
      meetingKeys(restId: string): Promise<MeetingKeys>;
      /**
       * The join URL and title of the Teams meeting whose chat the Teams context names (Chat.ReadBasic;
       * may ask for consent). Throws StoreError.
       */
      meetingChatKeys(chatId: string): Promise<MeetingKeys & { readonly subject?: string }>;
      /**
       * What the user sent in a conversation since an instant (Mail.ReadBasic; consent asked only when
       * `interactive`). Throws StoreError; src/app/sentItemsHost.ts offers it to the surfaces.
       */
      sentInConversation(conversationId: string, since: string, interactive: boolean): Promise<SentItem[]>;
      /**
       * The newest messages of the request's thread since the last one seen (Mail.Read; consent asked
       * only when `interactive`). Throws StoreError.
       */
      threadSince(conversationId: string, after: string, interactive: boolean): Promise<ThreadPage>;
    });

export async function connectGraph(options: ConnectGraphOptions): Promise<GraphConnection> {
  let getToken = options.tokenProvider;
  let signInMode: Signed['signInMode'] = 'provided';
  if (getToken === undefined) {
    const config = options.authConfig ?? authConfigFromEnv();
    if (config === undefined) return { status: 'not-configured' };
    const { createMsalSignIn } = await import('../auth/msal');
    const signIn = await createMsalSignIn({
      config,
      host: options.hostKind,
      ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
    });
    getToken = signIn.getToken;
    signInMode = signIn.mode;
  }
  const tokens = getToken;
  const signed: Signed = {
    getToken: tokens,
    signInMode,
    listJoinedTeams: () => listJoinedTeams(tokens, options.fetch === undefined ? {} : { fetch: options.fetch }),
    teamwork: createTeamworkClient({
      getToken: tokens,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
  };
  if (options.groupId === undefined || options.groupId === '') return { ...signed, status: 'needs-team' };
  const teamName = options.teamName ?? '';
  const store = createGraphStore({
    getToken: tokens,
    groupId: options.groupId,
    teamName,
    ...(options.loginHint === undefined ? {} : { user: options.loginHint }),
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
  });
  return {
    ...signed,
    status: 'connected',
    store,
    teamId: toTeamId(options.groupId),
    storageDescription: 'graph',
    teamName,
    workCalendar: () => store.workCalendar(),
    meetingKeys: (restId) => meetingKeys(tokens, restId, options.fetch === undefined ? {} : { fetch: options.fetch }),
    meetingChatKeys: (chatId) =>
      meetingChatKeys(tokens, chatId, options.fetch === undefined ? {} : { fetch: options.fetch }),
    sentInConversation: (conversationId, since, interactive) =>
      sentInConversation(tokens, conversationId, since, {
        interactive,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      }),
    threadSince: (conversationId, after, interactive) =>
      threadSince(tokens, conversationId, after, {
        user: options.loginHint,
        interactive,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      }),
  };
}
