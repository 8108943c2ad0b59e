import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingJoinKey, sameMeetingLink } from './meetingJoinKey';

// The docs' own example values for one meeting, as each source writes the link.
// Graph chat-get, "Get the meeting chat": onlineMeetingInfo.joinWebUrl.
const FROM_CHAT =
  'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4%40thread.v2/0?context=%7b%22Tid%22%3a%222432b57b-0abd-43db-aa7b-16eadd115d34%22%2c%22Oid%22%3a%22bfb5bb25-3a8d-487d-9828-7875ced51a30%22%7d';
// The same meeting as a calendar event's onlineMeeting.joinUrl writes it (lower-case escapes).
const FROM_EVENT =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4%40thread.v2/0?context=%7b%22Tid%22%3a%222432b57b-0abd-43db-aa7b-16eadd115d34%22%2c%22Oid%22%3a%22bfb5bb25-3a8d-487d-9828-7875ced51a30%22%7d';
// Another meeting: a different thread.
const OTHER =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2IzYzczNTItYmY3OC00MDlmLWJjMzUtYmFiMjNlOTY4MGEz%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d';

describe('meetingJoinKey', () => {
  it('gives the chat and the calendar event forms of one meeting the same key', () => {
    expect(meetingJoinKey(FROM_CHAT)).toBe(meetingJoinKey(FROM_EVENT));
    expect(meetingJoinKey(FROM_CHAT)).toBe(
      'teams:meetup-join/19:meeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4@thread.v2/0',
    );
    expect(sameMeetingLink(FROM_CHAT, FROM_EVENT)).toBe(true);
  });

  it('ignores the context query (tenant, organizer) and a decoded or half-decoded link', () => {
    const decoded = decodeURIComponent(FROM_EVENT);
    const bare =
      'https://teams.microsoft.com/l/meetup-join/19:meeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4@thread.v2/0';
    expect(meetingJoinKey(decoded)).toBe(meetingJoinKey(FROM_CHAT));
    expect(meetingJoinKey(bare)).toBe(meetingJoinKey(FROM_CHAT));
  });

  it('tells different meetings apart, and keeps the case of the thread id', () => {
    expect(sameMeetingLink(FROM_CHAT, OTHER)).toBe(false);
    expect(meetingJoinKey(FROM_CHAT.replace('YDZl', 'ydzl'))).not.toBe(meetingJoinKey(FROM_CHAT));
  });

  it('keys the short /meet/ links by meeting id, without the passcode', () => {
    expect(meetingJoinKey('https://teams.microsoft.com/meet/2345678901234?p=AbCdEf')).toBe('teams:meet/2345678901234');
    expect(
      sameMeetingLink(
        'https://teams.microsoft.com/meet/2345678901234?p=AbCdEf',
        'https://teams.microsoft.com/meet/2345678901234',
      ),
    ).toBe(true);
  });

  it('compares what is not a URL as written, and never matches an empty link', () => {
    expect(meetingJoinKey('  not a url ')).toBe('not a url');
    expect(sameMeetingLink('', '')).toBe(false);
    expect(sameMeetingLink(undefined, FROM_CHAT)).toBe(false);
  });

  it('is stable: the key of a key-equal link is the same, for any escaping of its path', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_]{4,40}$/), fc.boolean(), (id, upper) => {
        const escape = (c: string) => `%${c.charCodeAt(0).toString(16)[upper ? 'toUpperCase' : 'toLowerCase']()}`;
        const link = `https://teams.microsoft.com/l/meetup-join/19${escape(':')}meeting_${id}${escape('@')}thread.v2/0`;
        return meetingJoinKey(link) === `teams:meetup-join/19:meeting_${id}@thread.v2/0`;
      }),
    );
  });
});
