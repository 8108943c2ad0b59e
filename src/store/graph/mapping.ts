import { HISTORY_KINDS } from '../../domain/historyKinds';
import { isUiLocale } from '../../domain/i18n/locales';
import { commitmentId as toCommitmentId, teamId as toTeamId } from '../../domain/ids';
import { meetingJoinKey } from '../../domain/meetingJoinKey';
import type { Commitment, CommitmentSource, HistoryEntry, Person, PlanStep, TeamSettings } from '../../domain/types';
import { storedFollowUpReminders } from '../followUpReminders';
import { NOTE_MAX, SETTINGS_KEY, settingsItemKey, TEXT_MAX } from './schema';

/**
 * Commitment ⇄ list item fields. Columns people can read and edit in SharePoint (title, people,
 * dates, cadence, acceptance criteria, plan steps, history) are the truth for those values;
 * `KeptDetails` holds what has no column of its own. `KeptStatus`, `KeptNextUpdateDue` and the
 * `KeptSource…` keys are derived on every write (indexes for queries); editing them by hand has
 * no effect. Anything unreadable (hand-edited JSON, a cleared required column) is reported with
 * the column's name — never guessed at, never written back half-read.
 */
export type Fields = Record<string, string | number | null>;

export interface ListItemLike {
  readonly id: string;
  readonly eTag?: string;
  readonly fields?: Record<string, unknown>;
}

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly itemId: string; readonly eTag: string }
  | {
      readonly ok: false;
      readonly itemId: string;
      readonly keptId?: string;
      readonly column: string;
      readonly problem: string;
    };

class ColumnProblem extends Error {
  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(problem);
  }
}

// ---------------------------------------------------------------- keys for indexed text columns

/** 53-bit string hash (cyrb53): stable, synchronous, good enough to tell long keys apart. */
function hash(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A value for a single-line (255 character) indexed column. Teams join links and some message ids
 * are longer: those keep their first 230 characters plus a hash of the whole value.
 */
export function columnKey(value: string): string {
  return value.length <= TEXT_MAX ? value : `${value.slice(0, 230)}…#${hash(value)}`;
}

/** The value a `findBySource` looks for, per column. */
export function sourceKeys(source: CommitmentSource): {
  messageId?: string;
  conversationId?: string;
  meetingKey?: string;
  joinKey?: string;
} {
  switch (source.kind) {
    case 'email':
      return { messageId: columnKey(source.internetMessageId), conversationId: columnKey(source.conversationId) };
    case 'meeting':
      return {
        ...(source.iCalUId !== undefined && source.iCalUId !== '' ? { meetingKey: columnKey(source.iCalUId) } : {}),
        ...(source.joinUrl !== undefined && source.joinUrl !== ''
          ? { joinKey: columnKey(meetingJoinKey(source.joinUrl)) }
          : {}),
      };
    case 'manual':
      return {};
  }
}

// ---------------------------------------------------------------- eTag → version

/** SharePoint list item eTags look like `"{guid},{n}"`; n goes up by one on every change, by anyone. */
export function versionFromETag(eTag: string): number | undefined {
  const match = /,(\d+)"?\s*$/.exec(eTag);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * A list item's eTag in its own documented form `"{GUID},n"` (braced, upper case), whichever form it
 * came in: a write answered with a fieldValueSet carries `"guid,n"`. `If-Match` always sends this
 * form — the listitem-update page does not say SharePoint accepts the other. Unparseable tags stay as written.
 */
export function itemETag(tag: string): string {
  const match = /^\s*(?:W\/)?"?\{?([0-9A-Fa-f-]+)\}?,(\d+)"?\s*$/.exec(tag);
  return match === null ? tag : `"{${(match[1] ?? '').toUpperCase()}},${match[2] ?? ''}"`;
}

/**
 * Do two eTags name the same version of the same item? The list item's own `eTag` comes in the
 * documented form `"{GUID},n"` (braced, upper case), a fieldValueSet's `@odata.etag` as `"guid,n"`:
 * compared as strings they differ although they are the same version. Unparseable tags compare as written.
 */
export function sameETag(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const key = (tag: string) => {
    const match = /^\s*(?:W\/)?"?\{?([0-9A-Fa-f-]+)\}?,(\d+)"?\s*$/.exec(tag);
    return match === null ? tag : `${(match[1] ?? '').toLowerCase()},${match[2] ?? ''}`;
  };
  return key(a) === key(b);
}

// ---------------------------------------------------------------- write

interface Details {
  readonly teamId: string;
  readonly requestedAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly checker?: Person;
  readonly acknowledgedAt?: string;
  readonly flaggedAtRisk?: Commitment['flaggedAtRisk'];
  readonly deliveredAt?: string;
  readonly cancelledAt?: string;
  readonly feedback?: Commitment['feedback'];
  readonly messageLanguage?: Commitment['messageLanguage'];
  /** The requester's own date (no column of its own: nothing filters on it). */
  readonly neededBy?: string;
  /** The checker's sign-off of the delivery. */
  readonly signedOff?: Commitment['signedOff'];
  /** The customer's latest reply in the thread (time, sender, text excerpt), as the owner's pane read it. */
  readonly customerReply?: Commitment['customerReply'];
  /** Exact emails longer than a single-line column holds. */
  readonly ownerEmail?: string;
  readonly customerEmail?: string;
}

export const lifecycle = (c: Commitment): 'open' | 'delivered' | 'cancelled' =>
  c.cancelledAt !== undefined ? 'cancelled' : c.deliveredAt !== undefined ? 'delivered' : 'open';

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

function note(column: string, value: unknown): string {
  const text = JSON.stringify(value);
  if (text.length > NOTE_MAX) {
    throw new ColumnProblem(
      column,
      `is ${Math.round(text.length / 1000)} KB; a SharePoint column holds at most ${NOTE_MAX / 1000} KB`,
    );
  }
  return text;
}

function longText(column: string, value: string): string {
  if (value.length > NOTE_MAX) throw new ColumnProblem(column, `is longer than ${NOTE_MAX} characters`);
  return value;
}

function text(column: string, value: string): string {
  if (value.length > TEXT_MAX) throw new ColumnProblem(column, `is longer than ${TEXT_MAX} characters`);
  return value;
}

/**
 * The fields of one commitment. `nextUpdateDue` comes from the domain's status rules (the store
 * computes it with the team settings at write time). Throws MappingError for values SharePoint
 * cannot hold (a 100 KB plan), before anything is queued or sent.
 */
export function commitmentToFields(c: Commitment, nextUpdateDue: string | undefined): Fields {
  try {
    const keys = sourceKeys(c.source);
    const details: Details = {
      teamId: c.teamId,
      requestedAt: c.requestedAt,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      ...(c.checker !== undefined ? { checker: c.checker } : {}),
      ...(c.acknowledgedAt !== undefined ? { acknowledgedAt: c.acknowledgedAt } : {}),
      ...(c.flaggedAtRisk !== undefined ? { flaggedAtRisk: c.flaggedAtRisk } : {}),
      ...(c.deliveredAt !== undefined ? { deliveredAt: c.deliveredAt } : {}),
      ...(c.cancelledAt !== undefined ? { cancelledAt: c.cancelledAt } : {}),
      ...(c.feedback !== undefined ? { feedback: c.feedback } : {}),
      ...(c.messageLanguage !== undefined ? { messageLanguage: c.messageLanguage } : {}),
      ...(c.neededBy !== undefined ? { neededBy: c.neededBy } : {}),
      ...(c.signedOff !== undefined ? { signedOff: c.signedOff } : {}),
      ...(c.customerReply !== undefined ? { customerReply: c.customerReply } : {}),
      ...(c.owner.email.length > TEXT_MAX ? { ownerEmail: c.owner.email } : {}),
      ...(c.customer.email.length > TEXT_MAX ? { customerEmail: c.customer.email } : {}),
    };
    return {
      Title: text('Title', c.title),
      KeptId: text('KeptId', c.id),
      KeptStatus: lifecycle(c),
      KeptOwnerName: text('KeptOwnerName', c.owner.name),
      KeptOwnerEmail: columnKey(c.owner.email),
      KeptCustomerName: text('KeptCustomerName', c.customer.name),
      KeptCustomerEmail: columnKey(c.customer.email),
      KeptTargetDate: c.targetDate,
      KeptPromisedDate: c.promisedDate,
      KeptNextUpdateDue: orNull(nextUpdateDue),
      KeptCadenceDays: c.updateCadenceDays,
      KeptAcceptance: longText('KeptAcceptance', c.acceptanceCriteria),
      KeptSteps: note('KeptSteps', c.steps),
      KeptHistory: note('KeptHistory', c.history),
      KeptSource: note('KeptSource', c.source),
      KeptSourceMessageId: orNull(keys.messageId),
      KeptSourceConversationId: orNull(keys.conversationId),
      KeptSourceMeetingKey: orNull(keys.meetingKey),
      KeptSourceJoinKey: orNull(keys.joinKey),
      KeptDetails: note('KeptDetails', details),
    };
  } catch (error) {
    if (error instanceof ColumnProblem) throw new MappingError(error.column, error.message);
    throw error;
  }
}

export class MappingError extends Error {
  constructor(
    readonly column: string,
    readonly problem: string,
  ) {
    super(`${column} ${problem}`);
    this.name = 'MappingError';
  }
}

/** For a create: no nulls (nothing to clear). */
export const withoutNulls = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as Fields;

export function settingsToFields(settings: TeamSettings): Fields {
  const { version: _version, ...rest } = settings;
  // Kept versions from before the To Do choice read `followUpFlags` and call settings without it
  // unreadable: it is written beside the new setting so a teammate not yet updated still reads them.
  const details = { ...rest, followUpFlags: settings.followUpReminders === 'outlookFlag' };
  return {
    Title: text('Title', settings.teamName.slice(0, TEXT_MAX)),
    KeptId: settingsItemKey(settings.teamId),
    KeptStatus: SETTINGS_KEY,
    KeptDetails: note('KeptDetails', details),
  };
}

// ---------------------------------------------------------------- read

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isInstant = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const optional = <T>(v: unknown, check: (x: unknown) => x is T): v is T | undefined =>
  v === undefined || v === null || check(v);

function str(fields: Record<string, unknown>, column: string, required = true): string {
  const value = fields[column];
  if (value === undefined || value === null || value === '') {
    if (required) throw new ColumnProblem(column, 'is empty');
    return '';
  }
  if (typeof value !== 'string') throw new ColumnProblem(column, 'is not text');
  return value;
}

function json(fields: Record<string, unknown>, column: string): unknown {
  const raw = str(fields, column);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ColumnProblem(column, 'is not valid JSON (was it edited by hand?)');
  }
}

const isPerson = (v: unknown): v is Person => isObject(v) && typeof v.name === 'string' && typeof v.email === 'string';
const isSignOff = (v: unknown): v is NonNullable<Commitment['signedOff']> =>
  isObject(v) && isPerson(v.by) && isInstant(v.at);
const isCustomerReply = (v: unknown): v is NonNullable<Commitment['customerReply']> =>
  isObject(v) && isInstant(v.at) && isPerson(v.from) && typeof v.excerpt === 'string';

function readSteps(value: unknown): PlanStep[] {
  if (!Array.isArray(value)) throw new ColumnProblem('KeptSteps', 'is not a list of steps');
  value.forEach((s, i) => {
    const ok =
      isObject(s) &&
      typeof s.id === 'string' &&
      s.id !== '' &&
      typeof s.text === 'string' &&
      optional(s.dueDate, isIsoDate) &&
      optional(s.owner, isPerson) &&
      optional(s.doneAt, isInstant);
    if (!ok) throw new ColumnProblem('KeptSteps', `step ${i + 1} is not a valid step`);
  });
  // A field a hand edit set to null is absent, as it is in KeptDetails: a step with `doneAt: null` is
  // not done, and reads the same from the offline copy as from the list.
  return (value as Record<string, unknown>[]).map(
    (step) => Object.fromEntries(Object.entries(step).filter(([, field]) => field !== null)) as unknown as PlanStep,
  );
}

function readHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) throw new ColumnProblem('KeptHistory', 'is not a list of history entries');
  value.forEach((h, i) => {
    const ok =
      isObject(h) &&
      typeof h.id === 'string' &&
      isInstant(h.at) &&
      isPerson(h.by) &&
      typeof h.kind === 'string' &&
      HISTORY_KINDS.has(h.kind as HistoryEntry['kind']);
    if (!ok) throw new ColumnProblem('KeptHistory', `entry ${i + 1} is not a valid history entry`);
  });
  return value as HistoryEntry[];
}

function readSource(value: unknown): CommitmentSource {
  const ok =
    isObject(value) &&
    (value.kind === 'manual' ||
      (value.kind === 'email' &&
        typeof value.internetMessageId === 'string' &&
        typeof value.conversationId === 'string' &&
        typeof value.subject === 'string' &&
        isInstant(value.receivedAt)) ||
      (value.kind === 'meeting' &&
        typeof value.subject === 'string' &&
        isInstant(value.start) &&
        isInstant(value.end)));
  if (!ok) throw new ColumnProblem('KeptSource', 'does not describe an email, a meeting or a manual request');
  return value as CommitmentSource;
}

function readDetails(value: unknown): Details {
  const ok =
    isObject(value) &&
    typeof value.teamId === 'string' &&
    isInstant(value.requestedAt) &&
    isInstant(value.createdAt) &&
    isInstant(value.updatedAt) &&
    optional(value.checker, isPerson) &&
    optional(value.acknowledgedAt, isInstant) &&
    optional(value.deliveredAt, isInstant) &&
    optional(value.cancelledAt, isInstant) &&
    optional(value.neededBy, isIsoDate) &&
    optional(value.signedOff, isSignOff) &&
    optional(value.customerReply, isCustomerReply);
  if (!ok) throw new ColumnProblem('KeptDetails', 'is missing dates or the team id');
  return value as unknown as Details;
}

/** The exact email when the column holds the shortened key of a long one. */
const fullEmail = (column: string, long: string | undefined) =>
  long !== undefined && columnKey(long) === column ? long : column;

function readETag(item: ListItemLike): { eTag: string; version: number } {
  const eTag = item.eTag ?? (typeof item.fields?.['@odata.etag'] === 'string' ? item.fields['@odata.etag'] : undefined);
  const version = eTag === undefined ? undefined : versionFromETag(eTag);
  if (eTag === undefined || version === undefined)
    throw new ColumnProblem('eTag', 'is missing or not a SharePoint list item eTag');
  return { eTag: itemETag(eTag), version };
}

export const isSettingsItem = (item: ListItemLike): boolean =>
  item.fields?.KeptStatus === SETTINGS_KEY || (keptIdOf(item)?.startsWith(`${SETTINGS_KEY}:`) ?? false);

export function keptIdOf(item: ListItemLike): string | undefined {
  const id = item.fields?.KeptId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function commitmentFromItem(item: ListItemLike): ReadResult<Commitment> {
  const fields = item.fields ?? {};
  const keptId = keptIdOf(item);
  try {
    const { eTag, version } = readETag(item);
    const details = readDetails(json(fields, 'KeptDetails'));
    const cadence = fields.KeptCadenceDays;
    if (typeof cadence !== 'number' || !Number.isInteger(cadence) || cadence < 1) {
      throw new ColumnProblem('KeptCadenceDays', 'is not a whole number of business days');
    }
    const targetDate = str(fields, 'KeptTargetDate');
    if (!isIsoDate(targetDate)) throw new ColumnProblem('KeptTargetDate', 'is not a date (YYYY-MM-DD)');
    const promisedDate = str(fields, 'KeptPromisedDate');
    if (!isIsoDate(promisedDate)) throw new ColumnProblem('KeptPromisedDate', 'is not a date (YYYY-MM-DD)');
    const commitment: Commitment = {
      id: toCommitmentId(str(fields, 'KeptId')),
      version,
      teamId: toTeamId(details.teamId),
      title: str(fields, 'Title'),
      customer: {
        name: str(fields, 'KeptCustomerName', false),
        email: fullEmail(str(fields, 'KeptCustomerEmail'), details.customerEmail),
      },
      owner: {
        name: str(fields, 'KeptOwnerName', false),
        email: fullEmail(str(fields, 'KeptOwnerEmail'), details.ownerEmail),
      },
      ...(details.checker !== undefined && details.checker !== null ? { checker: details.checker } : {}),
      source: readSource(json(fields, 'KeptSource')),
      requestedAt: details.requestedAt,
      ...(details.acknowledgedAt ? { acknowledgedAt: details.acknowledgedAt } : {}),
      steps: readSteps(json(fields, 'KeptSteps')),
      acceptanceCriteria: str(fields, 'KeptAcceptance', false),
      targetDate,
      promisedDate,
      ...(details.neededBy ? { neededBy: details.neededBy } : {}),
      updateCadenceDays: cadence,
      ...(details.flaggedAtRisk ? { flaggedAtRisk: details.flaggedAtRisk } : {}),
      ...(details.deliveredAt ? { deliveredAt: details.deliveredAt } : {}),
      ...(details.signedOff ? { signedOff: details.signedOff } : {}),
      ...(details.cancelledAt ? { cancelledAt: details.cancelledAt } : {}),
      ...(details.feedback ? { feedback: details.feedback } : {}),
      ...(details.customerReply ? { customerReply: details.customerReply } : {}),
      // A language edited by hand into one Kept does not write is left out: drafts use the sender's.
      ...(isUiLocale(details.messageLanguage) ? { messageLanguage: details.messageLanguage } : {}),
      history: readHistory(json(fields, 'KeptHistory')),
      createdAt: details.createdAt,
      updatedAt: details.updatedAt,
    };
    return { ok: true, value: commitment, itemId: item.id, eTag };
  } catch (error) {
    if (error instanceof ColumnProblem) {
      return {
        ok: false,
        itemId: item.id,
        ...(keptId !== undefined ? { keptId } : {}),
        column: error.column,
        problem: error.message,
      };
    }
    throw error;
  }
}

export function settingsFromItem(item: ListItemLike): ReadResult<TeamSettings> {
  try {
    const { eTag, version } = readETag(item);
    const value = json(item.fields ?? {}, 'KeptDetails');
    const ok =
      isObject(value) &&
      typeof value.teamId === 'string' &&
      typeof value.teamName === 'string' &&
      typeof value.acknowledgeWithinHours === 'number' &&
      typeof value.defaultCadenceDays === 'number' &&
      typeof value.defaultBufferDays === 'number' &&
      storedFollowUpReminders(value) !== undefined &&
      isObject(value.calendar) &&
      typeof value.calendar.timeZone === 'string' &&
      Array.isArray(value.calendar.workDays) &&
      typeof value.calendar.dayStartMinute === 'number' &&
      typeof value.calendar.dayEndMinute === 'number';
    if (!ok) throw new ColumnProblem('KeptDetails', 'does not hold valid team settings');
    const { followUpFlags: _old, ...current } = value;
    const settings = {
      ...(current as unknown as TeamSettings),
      followUpReminders: storedFollowUpReminders(value) as TeamSettings['followUpReminders'],
      version,
    };
    return { ok: true, value: settings, itemId: item.id, eTag };
  } catch (error) {
    if (error instanceof ColumnProblem) {
      const keptId = keptIdOf(item);
      return {
        ok: false,
        itemId: item.id,
        ...(keptId !== undefined ? { keptId } : {}),
        column: error.column,
        problem: error.message,
      };
    }
    throw error;
  }
}

/** Did the server store what we sent? (A retried write whose first answer was lost.) */
export function fieldsMatch(sent: Fields, stored: Record<string, unknown>): boolean {
  return Object.entries(sent).every(([key, value]) => {
    const got = stored[key];
    if (value === null || value === '') return got === undefined || got === null || got === '';
    return got === value;
  });
}
