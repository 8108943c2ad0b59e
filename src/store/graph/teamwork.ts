/**
 * Kept in Teams beyond its tab, for the signed-in user (delegated permissions only, each asked the
 * first time its feature is used; see ./scopes.ts and docs/graph.md):
 * - activity feed notifications: https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 *   (TeamsActivity.Send; the recipient needs Kept installed, and nobody can notify themselves:
 *   https://learn.microsoft.com/graph/teams-send-activityfeednotifications);
 * - a message in a chat: https://learn.microsoft.com/graph/api/chat-post-messages (ChatMessage.Send);
 * - a message in a channel: https://learn.microsoft.com/graph/api/channel-post-messages (ChannelMessage.Send);
 * - small per-user documents in the user's OneDrive app folder (Files.ReadWrite.AppFolder):
 *   https://learn.microsoft.com/graph/onedrive-sharepoint-appfolder.
 * Every failure is a StoreError with the pipeline's codes; nothing here writes the team's list.
 */
import { ACTIVITY_PARAMETERS, ACTIVITY_TYPES, type ActivityNotice } from '../../domain/teamTools/activity';
import { StoreError } from '../Store';
import { statusOf } from './http/errors';
import { createPipeline } from './http/pipeline';
import type { FetchLike, TokenProvider } from './http/types';
import { SCOPES } from './scopes';

/** Teams shows the first 150 characters of a preview (sendActivityNotification, previewText). */
const PREVIEW_MAX = 150;
/** A notification's topic must link into Teams: "webUrl must start with the Microsoft Teams domain". */
const TEAMS_LINK = /^https:\/\/teams\.microsoft\.com\//;

export interface TeamsMessageBody {
  readonly subject?: string;
  /** HTML, every user value already escaped. */
  readonly html: string;
}

export interface TeamworkClient {
  /** `link`: the Teams deep link that opens the commitment in Kept's tab. */
  notify(notice: ActivityNotice, link: string): Promise<void>;
  postToChat(chatId: string, message: TeamsMessageBody): Promise<void>;
  postToChannel(teamId: string, channelId: string, message: TeamsMessageBody): Promise<void>;
  /** The app folder document `name` (JSON), or undefined when there is none. */
  readDocument(name: string): Promise<unknown>;
  /** Replaces it; a change another device made since this one read it is a 'conflict' (412). */
  writeDocument(name: string, value: unknown): Promise<void>;
}

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The request body of sendActivityNotification for one notice: a text topic that opens the commitment. */
export function activityNotificationBody(notice: ActivityNotice, link: string) {
  const values: Record<string, string> = { commitment: notice.title, step: notice.step ?? '' };
  return {
    topic: { source: 'text', value: truncate(notice.title, 120), webUrl: link },
    activityType: ACTIVITY_TYPES[notice.kind],
    previewText: {
      content: truncate(notice.step === undefined ? notice.title : `${notice.step} · ${notice.title}`, PREVIEW_MAX),
    },
    templateParameters: ACTIVITY_PARAMETERS[notice.kind].map((name) => ({ name, value: values[name] ?? '' })),
  };
}

const chatMessage = (message: TeamsMessageBody) => ({
  ...(message.subject === undefined || message.subject === '' ? {} : { subject: message.subject }),
  body: { contentType: 'html', content: message.html },
});

/** An app folder file by path: `/me/drive/special/approot:/{name}` (driveitem addressed by path). */
const documentPath = (name: string) => `/me/drive/special/approot:/${encodeURIComponent(name)}`;

export function createTeamworkClient(options: {
  getToken: TokenProvider;
  fetch?: FetchLike;
  now?: () => Date;
}): TeamworkClient {
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const call = createPipeline({ fetch: fetchImpl, getToken: options.getToken, now: options.now ?? (() => new Date()) });
  /** eTags of the documents as this device last read or wrote them, for If-Match. */
  const eTags = new Map<string, string>();

  return {
    async notify(notice, link) {
      if (!TEAMS_LINK.test(link))
        throw new StoreError('invalid', 'A Teams notification must open a Teams link, and Kept has none here.', {
          cause: { status: 0, graphCode: 'no-link' },
        });
      // The user's principal name in the path (the page allows it): Kept knows people by email, and
      // in Microsoft 365 the sign-in name is the email unless the tenant set them apart.
      await call({
        method: 'POST',
        url: `/users/${encodeURIComponent(notice.to.email.trim())}/teamwork/sendActivityNotification`,
        body: activityNotificationBody(notice, link),
        scopes: SCOPES.activityFeed,
      });
    },
    async postToChat(chatId, message) {
      await call({
        method: 'POST',
        url: `/chats/${encodeURIComponent(chatId)}/messages`,
        body: chatMessage(message),
        scopes: SCOPES.chatPost,
      });
    },
    async postToChannel(teamId, channelId, message) {
      await call({
        method: 'POST',
        url: `/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages`,
        body: chatMessage(message),
        scopes: SCOPES.channelPost,
      });
    },
    async readDocument(name) {
      // A JavaScript app cannot follow /content's 302 (CORS), so it reads the preauthenticated
      // download URL: https://learn.microsoft.com/graph/api/driveitem-get-content ("Downloading
      // files in JavaScript apps").
      const res = await call(
        {
          method: 'GET',
          url: `${documentPath(name)}?select=id,eTag,@microsoft.graph.downloadUrl`,
          scopes: SCOPES.appFolder,
        },
        [404],
      );
      if (res.status === 404) {
        eTags.delete(name);
        return undefined;
      }
      const item = (res.body ?? {}) as { eTag?: unknown; '@microsoft.graph.downloadUrl'?: unknown };
      const url = item['@microsoft.graph.downloadUrl'];
      if (typeof url !== 'string') throw new StoreError('invalid', 'OneDrive gave no download link for the file.');
      let text: string;
      try {
        const download = await fetchImpl(url, { method: 'GET' });
        if (!download.ok) throw new Error(`download answered ${download.status}`);
        text = await download.text();
      } catch (error) {
        throw new StoreError('offline', 'The file could not be downloaded from OneDrive.', { cause: error });
      }
      if (typeof item.eTag === 'string') eTags.set(name, item.eTag);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new StoreError('invalid', `${name} in your OneDrive app folder is not JSON.`);
      }
    },
    async writeDocument(name, value) {
      const eTag = eTags.get(name);
      try {
        // https://learn.microsoft.com/graph/api/driveitem-put-content (simple upload, up to 4 MB).
        const res = await call({
          method: 'PUT',
          url: `${documentPath(name)}:/content`,
          headers: eTag === undefined ? {} : { 'If-Match': eTag },
          body: value,
          scopes: SCOPES.appFolder,
        });
        const saved = (res.body ?? {}) as { eTag?: unknown };
        if (typeof saved.eTag === 'string') eTags.set(name, saved.eTag);
      } catch (error) {
        if (statusOf(error) === 412) eTags.delete(name);
        throw error;
      }
    },
  };
}
