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
