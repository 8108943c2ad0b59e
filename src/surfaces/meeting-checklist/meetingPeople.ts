import type { CommitmentSource, Person } from '../../domain/types';
import { isValidEmail } from '../../domain/validation';
import type { HostItem } from '../../hosts/HostContext';
import type { SourceKey } from '../../store/Store';

export type MeetingItem = Extract<HostItem, { kind: 'meeting' }>;

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a person is called in a row or a picker: the name, or the address when there is none. */
export const personLabel = (person: Person): string => person.name.trim() || person.email;

/** Organizer and attendees, each once (by address, ignoring case), in meeting order. */
export function meetingPeople(meeting: MeetingItem): Person[] {
  const people: Person[] = [];
  for (const person of [meeting.organizer, ...meeting.attendees]) {
    if (person.email.trim() === '') continue;
    if (!people.some((p) => sameEmail(p.email, person.email))) people.push(person);
  }
  return people;
}

/** Everyone in `people` except `me`. */
export const others = (people: readonly Person[], me: Person): Person[] =>
  people.filter((p) => !sameEmail(p.email, me.email));

export const findPerson = (people: readonly Person[], email: string): Person | undefined =>
  people.find((p) => sameEmail(p.email, email));

/**
 * The person typed into the customer box: an attendee by name or address (ignoring case),
 * `Name <address>`, or a bare address. Anything else is undefined: the form asks again.
 */
export function parsePersonEntry(text: string, candidates: readonly Person[]): Person | undefined {
  const entry = text.trim();
  if (entry === '') return undefined;
  const lower = entry.toLowerCase();
  const known = candidates.find((p) => p.name.trim().toLowerCase() === lower || sameEmail(p.email, entry));
  if (known !== undefined) return known;
  const angle = /^(.*)<([^<>]+)>$/.exec(entry);
  if (angle !== null) {
    const email = (angle[2] ?? '').trim();
    const name = (angle[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    return isValidEmail(email) ? (findPerson(candidates, email) ?? { name: name || email, email }) : undefined;
  }
  return isValidEmail(entry) ? { name: entry, email: entry } : undefined;
}

/** Both keys the meeting has: Outlook knows the iCalUId, a Teams meeting its join URL; either finds it. */
export function meetingKey(meeting: MeetingItem): SourceKey | undefined {
  const iCalUId = meeting.iCalUId?.trim() || undefined;
  const joinUrl = meeting.joinUrl?.trim() || undefined;
  if (iCalUId === undefined && joinUrl === undefined) return undefined;
  return {
    kind: 'meeting',
    ...(iCalUId !== undefined ? { iCalUId } : {}),
    ...(joinUrl !== undefined ? { joinUrl } : {}),
  };
}

/** The source stored on every promise made in the meeting, with both keys so every surface finds it. */
export function meetingSource(meeting: MeetingItem): CommitmentSource {
  const iCalUId = meeting.iCalUId?.trim() || undefined;
  const joinUrl = meeting.joinUrl?.trim() || undefined;
  return {
    kind: 'meeting',
    ...(iCalUId !== undefined ? { iCalUId } : {}),
    ...(joinUrl !== undefined ? { joinUrl } : {}),
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    ...(meeting.webLink !== undefined ? { webLink: meeting.webLink } : {}),
  };
}
