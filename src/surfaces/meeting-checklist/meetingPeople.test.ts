import { describe, expect, it } from 'vitest';
import type { Person } from '../../domain/types';
import { meetingKey, meetingPeople, meetingSource, parsePersonEntry, type MeetingItem } from './meetingPeople';

const ana: Person = { name: 'Ana Lima', email: 'ana.lima@contoso.example' };
const ben: Person = { name: 'Ben Okoro', email: 'ben.okoro@contoso.example' };
const meeting: MeetingItem = {
  kind: 'meeting',
  iCalUId: ' ical-1 ',
  joinUrl: '',
  subject: 'Review',
  organizer: ana,
  attendees: [{ ...ana, email: 'ANA.LIMA@contoso.example' }, ben, { name: 'Room 4', email: '' }],
  start: '2026-11-25T09:00:00.000Z',
  end: '2026-11-25T10:00:00.000Z',
  isOrganizer: false,
};

describe('meeting people', () => {
  it('lists organizer and attendees once each, ignoring case and people without an address', () => {
    expect(meetingPeople(meeting)).toEqual([ana, ben]);
  });

  it('reads what was typed: a name or address of an attendee, "Name <address>", or a bare address', () => {
    const people = [ana, ben];
    expect(parsePersonEntry('ben okoro', people)).toBe(ben);
    expect(parsePersonEntry('ANA.LIMA@contoso.example', people)).toBe(ana);
    expect(parsePersonEntry('"Grace O." <grace@contoso.example>', people)).toEqual({
      name: 'Grace O.',
      email: 'grace@contoso.example',
    });
    expect(parsePersonEntry("liam.o'brien@contoso.example", people)).toEqual({
      name: "liam.o'brien@contoso.example",
      email: "liam.o'brien@contoso.example",
    });
    expect(parsePersonEntry('<ben.okoro@contoso.example>', people)).toBe(ben);
  });

  it('refuses what is not a person: empty, a name nobody has, a broken address, markup', () => {
    for (const entry of ['', '   ', 'somebody', 'a@b', 'Eve <not an address>', '<script>alert(1)</script>'])
      expect(parsePersonEntry(entry, [ana])).toBeUndefined();
  });

  it('keys and source carry every key the meeting has, trimmed, and none that is blank', () => {
    expect(meetingKey(meeting)).toEqual({ kind: 'meeting', iCalUId: 'ical-1' });
    expect(meetingKey({ ...meeting, iCalUId: '  ' })).toBeUndefined();
    expect(meetingSource({ ...meeting, joinUrl: 'https://teams.example/j' })).toEqual({
      kind: 'meeting',
      iCalUId: 'ical-1',
      joinUrl: 'https://teams.example/j',
      subject: 'Review',
      start: meeting.start,
      end: meeting.end,
    });
  });
});
