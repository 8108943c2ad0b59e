import { StoreError } from '../Store';
import { createPipeline } from './http/pipeline';
import type { FetchLike, TokenProvider } from './http/types';
import { SCOPES } from './scopes';

/** The keys every surface knows a meeting by; either may be missing (a meeting that is not online has no join URL). */
export interface MeetingKeys {
  readonly iCalUId?: string;
  readonly joinUrl?: string;
}

/** The part of the event resource asked for: https://learn.microsoft.com/graph/api/resources/event */
interface EventKeysLike {
  readonly iCalUId?: unknown;
  /** onlineMeetingInfo, null for a meeting that is not online: https://learn.microsoft.com/graph/api/resources/onlinemeetinginfo */
  readonly onlineMeeting?: { readonly joinUrl?: unknown } | null;
  /** Older online meetings (Skype for Business) set only this one. */
  readonly onlineMeetingUrl?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The iCalUId and online-meeting join URL of the user's copy of a calendar event, from its REST id
 * (Outlook's `convertToRestId`): Office.js exposes neither, while Teams and other attendees know the
 * meeting by them. One request, https://learn.microsoft.com/graph/api/event-get (Calendars.Read).
 * Throws StoreError like every Graph call: 'not-found' for an id that is not in the user's calendar
 * (a shared calendar's event, or one not synced yet), 'unauthorized' when consent was refused.
 */
export async function meetingKeys(
  getToken: TokenProvider,
  restId: string,
  options: { fetch?: FetchLike } = {},
): Promise<MeetingKeys> {
  if (restId.trim() === '') throw new StoreError('invalid', 'The meeting has no Outlook item id to look up.');
  const call = createPipeline({
    fetch: options.fetch ?? ((i, init) => fetch(i, init)),
    getToken,
    now: () => new Date(),
  });
  const res = await call({
    method: 'GET',
    // The id is a path segment: encoded, so '=', '/' or '?' in it can never change the request.
    url: `/me/events/${encodeURIComponent(restId)}?$select=iCalUId,onlineMeeting,onlineMeetingUrl`,
    scopes: SCOPES.meetingKeys,
  });
  const body = (res.body ?? {}) as EventKeysLike;
  const iCalUId = text(body.iCalUId);
  const joinUrl = text(body.onlineMeeting?.joinUrl) ?? text(body.onlineMeetingUrl);
  return {
    ...(iCalUId === undefined ? {} : { iCalUId }),
    ...(joinUrl === undefined ? {} : { joinUrl }),
  };
}

/** The part of a chat Kept reads: https://learn.microsoft.com/graph/api/resources/chat */
interface ChatLike {
  readonly topic?: unknown;
  /** teamworkOnlineMeetingInfo, on a meeting's chat: https://learn.microsoft.com/graph/api/resources/teamworkonlinemeetinginfo */
  readonly onlineMeetingInfo?: { readonly joinWebUrl?: unknown } | null;
}

/**
 * The join URL (and title) of the Teams meeting whose chat the Teams context names, the documented
 * delegated way for a tab to learn which meeting it is in: one request,
 * https://learn.microsoft.com/graph/api/chat-get (Chat.ReadBasic; no OData query options). The link
 * is the one the calendar event's onlineMeeting.joinUrl holds, encoded differently; stores compare
 * them with domain/meetingJoinKey.ts. Throws StoreError like every Graph call.
 */
export async function meetingChatKeys(
  getToken: TokenProvider,
  chatId: string,
  options: { fetch?: FetchLike } = {},
): Promise<MeetingKeys & { readonly subject?: string }> {
  if (chatId.trim() === '') throw new StoreError('invalid', 'The meeting has no chat id to look up.');
  const call = createPipeline({
    fetch: options.fetch ?? ((i, init) => fetch(i, init)),
    getToken,
    now: () => new Date(),
  });
  const res = await call({ method: 'GET', url: `/chats/${encodeURIComponent(chatId)}`, scopes: SCOPES.meetingChat });
  const body = (res.body ?? {}) as ChatLike;
  const joinUrl = text(body.onlineMeetingInfo?.joinWebUrl);
  const subject = text(body.topic);
  return { ...(joinUrl === undefined ? {} : { joinUrl }), ...(subject === undefined ? {} : { subject }) };
}
