import type { Person } from '../../domain/types';
import type { HostItem } from '../HostContext';
import type { AsyncGetter, OfficeItemLike, OfficeLike } from './officeLike';

// What Kept reads from the selected Outlook item, and what it cannot:
// - Message (read): subject, sender, to, internetMessageId, conversationId, the EWS item id converted
//   to a REST id (`convertToRestId`, v2.0, the id Graph uses), and dateTimeCreated as the time the
//   request arrived (Office.js has no dateTimeReceived; for a received message creation = arrival).
// - Appointment as attendee (read mode: plain values) and as organizer (compose mode: every
//   property is an async getter; the organizer getter needs Mailbox 1.7, otherwise the signed-in
//   user is the organizer).
// - Appointment id: read mode has `itemId` (EWS); compose mode has none, but `getItemIdAsync`
//   (Mailbox 1.8) gives it once the organizer's appointment is saved (error `ItemNotSaved` before).
//   Both are converted to the REST id Graph uses.
// - Not read, on purpose: Office.js exposes no iCalUId (the id shared by every attendee's copy) and
//   no Teams join URL for an appointment. Parsing them out of the body or the location would be a
//   guess, so the meeting is returned without them, with its REST id: Graph mode looks both keys
//   up from it (src/app/meetingKeysHost.ts); without Graph the checklist says it needs sign-in.

const isGetter = <T>(value: unknown): value is AsyncGetter<T> =>
  typeof value === 'object' && value !== null && typeof (value as { getAsync?: unknown }).getAsync === 'function';

function getAsync<T>(office: OfficeLike, getter: AsyncGetter<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    getter.getAsync((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Outlook could not read the item.'));
    });
  });
}

async function valueOf<T>(office: OfficeLike, value: T | AsyncGetter<T> | undefined): Promise<T | undefined> {
  if (value === undefined) return undefined;
  return isGetter<T>(value) ? getAsync(office, value) : (value as T);
}

const person = (details: Office.EmailAddressDetails | undefined): Person | undefined =>
  details === undefined || details === null
    ? undefined
    : { name: details.displayName ?? '', email: details.emailAddress ?? '' };

const people = (list: readonly Office.EmailAddressDetails[] | undefined): Person[] =>
  (list ?? []).map(person).filter((p): p is Person => p !== undefined && p.email !== '');

const instant = (date: Date | undefined): string | undefined =>
  date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;

/** The EWS id of a saved appointment being organized; undefined while it is unsaved or the call is missing. */
function composeItemId(office: OfficeLike, item: OfficeItemLike): Promise<string | undefined> {
  const getItemIdAsync = item.getItemIdAsync;
  if (typeof getItemIdAsync !== 'function') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    try {
      getItemIdAsync.call(item, (result: Office.AsyncResult<string>) =>
        resolve(result.status === office.AsyncResultStatus.Succeeded ? result.value : undefined),
      );
    } catch {
      resolve(undefined);
    }
  });
}

/** The REST id Graph uses; an id Outlook cannot convert is kept as it was, not dropped. */
function restId(office: OfficeLike, itemId: string | null | undefined): string {
  if (itemId === undefined || itemId === null || itemId === '') return '';
  try {
    return office.context.mailbox?.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0) ?? itemId;
  } catch {
    return itemId;
  }
}

/** The selected item as Kept sees it, or undefined for nothing selected or an item Kept does not cover. */
export async function readItem(office: OfficeLike, user: Person): Promise<HostItem | undefined> {
  const item: OfficeItemLike | null | undefined = office.context.mailbox?.item;
  if (item === null || item === undefined) return undefined;
  const subject = (await valueOf(office, item.subject)) ?? '';

  if (item.itemType === office.MailboxEnums.ItemType.Message) {
    const from = person(item.from);
    const receivedAt = instant(item.dateTimeCreated);
    // A message being composed has no sender, message id or arrival time: nothing to commit to yet.
    if (from === undefined || item.internetMessageId === undefined || receivedAt === undefined) return undefined;
    const to = await valueOf(office, item.to);
    return {
      kind: 'email',
      internetMessageId: item.internetMessageId,
      conversationId: item.conversationId ?? '',
      itemId: restId(office, item.itemId),
      subject,
      from,
      to: people(to),
      receivedAt,
    };
  }

  if (item.itemType === office.MailboxEnums.ItemType.Appointment) {
    const compose = isGetter(item.subject);
    const [organizerDetails, required, optional, start, end, ewsId] = await Promise.all([
      valueOf(office, item.organizer).catch(() => undefined),
      valueOf(office, item.requiredAttendees),
      valueOf(office, item.optionalAttendees),
      valueOf(office, item.start),
      valueOf(office, item.end),
      compose ? composeItemId(office, item) : Promise.resolve(item.itemId),
    ]);
    const organizer = person(organizerDetails) ?? (compose ? user : undefined);
    const startAt = instant(start);
    const endAt = instant(end);
    if (organizer === undefined || startAt === undefined || endAt === undefined) return undefined;
    const itemId = restId(office, ewsId);
    return {
      kind: 'meeting',
      ...(itemId === '' ? {} : { itemId }),
      subject,
      organizer,
      attendees: [...people(required), ...people(optional)],
      start: startAt,
      end: endAt,
      isOrganizer: compose || organizer.email.toLowerCase() === user.email.toLowerCase(),
    };
  }
  return undefined;
}
