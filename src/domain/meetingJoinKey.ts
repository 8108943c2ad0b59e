/**
 * One key for a Teams meeting's join link, whichever Microsoft 365 surface handed it out.
 *
 * The same meeting's link arrives percent-encoded differently: the meeting chat's
 * `onlineMeetingInfo.joinWebUrl` (Graph chat-get example) writes `19%3Ameeting_…%40thread.v2`, the
 * calendar event's `onlineMeeting.joinUrl` writes `19%3ameeting_…%40thread.v2`, and the query
 * (`context={"Tid":…,"Oid":…}`) is not part of the meeting's identity. The key keeps what identifies
 * the meeting, decoded:
 * - `https://teams.microsoft.com/l/meetup-join/<thread id>/<message id>?…` → `teams:meetup-join/<thread id>/<message id>`
 * - `https://teams.microsoft.com/meet/<meeting id>?p=<passcode>` → `teams:meet/<meeting id>`
 * - anything else: the decoded URL without its fragment, host in lower case.
 * Text that is not a URL is compared as written (trimmed).
 */
export function meetingJoinKey(joinUrl: string): string {
  const text = joinUrl.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const path = decode(url.pathname);
  const meetup = /\/l\/meetup-join\/([^/]+)\/([^/]+)/.exec(path);
  if (meetup !== null) return `teams:meetup-join/${meetup[1] ?? ''}/${meetup[2] ?? ''}`;
  const meet = /^\/meet\/([^/]+)/.exec(path);
  if (meet !== null && /(^|\.)teams\.(microsoft|live)\.com$/i.test(url.hostname)) return `teams:meet/${meet[1] ?? ''}`;
  return `${url.protocol}//${url.host.toLowerCase()}${path}${decode(url.search)}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Does a stored join link name the same meeting as another? */
export const sameMeetingLink = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.trim() !== '' && meetingJoinKey(a) === meetingJoinKey(b);
