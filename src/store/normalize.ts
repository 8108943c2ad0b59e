import { HISTORY_KINDS } from '../domain/historyKinds';
import { isUiLocale } from '../domain/i18n/locales';
import { commitmentId, historyId, stepId, teamId } from '../domain/ids';
import type {
  Commitment,
  CommitmentSource,
  Feedback,
  HistoryEntry,
  Person,
  PlanStep,
  TeamSettings,
  Weekday,
} from '../domain/types';
import { defaultTeamSettings } from './defaultSettings';
import { storedFollowUpReminders } from './followUpReminders';

/**
 * What comes out of IndexedDB is read as `unknown`: a record written by an older schema, or edited
 * in the browser's dev tools, must come back as a well-formed Commitment (missing fields get their
 * neutral default) or be skipped — never crash a surface.
 */

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const optionalStr = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
/** An optional text, as the one copy `keep` gives (the read's pool, or the record's instants). */
const optionalKept = (value: unknown, keep: (text: string) => string): string | undefined => {
  const text = optionalStr(value);
  return text === undefined ? undefined : keep(text);
};
const finite = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/**
 * Equal values read from IndexedDB come back as separate copies: 10,000 commitments held the same
 * owner emails, team id, history kinds and criteria thousands of times over, and a person object
 * for every history entry; together a third of the overview's heap. A read hands one pool to every
 * record it normalises, so each repeated string and each person (they are never changed in place)
 * is kept once; the pool goes with the read. Only fields that repeat go through it (ids never do).
 */
export interface ReadPool {
  readonly text: (value: string) => string;
  person(name: string, email: string): Person;
}

const noPool: ReadPool = { text: (value) => value, person: (name, email) => ({ name, email }) };

export function readPool(): ReadPool {
  const texts = new Map<string, string>();
  const people = new Map<string, Person>();
  const text = (value: string): string => {
    const known = texts.get(value);
    if (known !== undefined) return known;
    texts.set(value, value);
    return value;
  };
  return {
    text,
    person(name, email) {
      const key = `${email}\n${name}`;
      let known = people.get(key);
      if (known === undefined) people.set(key, (known = { name: text(name), email: text(email) }));
      return known;
    },
  };
}

/**
 * One copy of each instant within a record. An action stamps one moment in several fields (the
 * history entry, `updatedAt`, `acknowledgedAt`, `deliveredAt`…) and IndexedDB hands back a copy for
 * each: half the instants of 10,000 commitments were such copies. Per record, not per read: two
 * commitments rarely share an instant, so a read-wide table would cost more than it saves.
 */
type SameInstants = (value: string) => string;

function sameInstants(): SameInstants {
  const seen: string[] = [];
  return (value) => {
    for (const known of seen) if (known === value) return known;
    seen.push(value);
    return value;
  };
}

const noInstants: SameInstants = (value) => value;

/** Shared by every record read with no steps or no history: never changed (read-only to everyone). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The defined results of `normalize` over `value` when it is an array. `map` sizes its array
 * exactly, where `filter` grows one by pushing (to 17 slots for 3 entries: 1.7 MB of spare slots at
 * 10,000 commitments), so it filters only when a record had an entry to drop.
 */
function listOf<T>(value: unknown, normalize: (item: unknown, index: number) => T | undefined): readonly T[] {
  if (!Array.isArray(value) || value.length === 0) return NONE;
  const items: unknown[] = value;
  const mapped = items.map(normalize);
  if (!mapped.includes(undefined)) return mapped as T[];
  const kept = mapped.filter((item): item is T => item !== undefined);
  return kept.length === 0 ? NONE : kept;
}

/** Adds `key: value` only when value is defined (exactOptionalPropertyTypes forbids `key: undefined`). */
function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined) {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

export function normalizePerson(value: unknown, pool: ReadPool = noPool): Person {
  if (!isObject(value)) return pool.person('', '');
  return pool.person(str(value.name), str(value.email));
}

function optionalPerson(value: unknown, pool: ReadPool): Person | undefined {
  return isObject(value) ? normalizePerson(value, pool) : undefined;
}

/** A request recorded by hand carries nothing of its own: every one shares this (read-only to everyone). */
const MANUAL: CommitmentSource = Object.freeze({ kind: 'manual' });

export function normalizeSource(
  value: unknown,
  pool: ReadPool = noPool,
  instant: SameInstants = noInstants,
): CommitmentSource {
  if (!isObject(value)) return MANUAL;
  if (value.kind === 'email' || (value.kind === undefined && typeof value.internetMessageId === 'string')) {
    const source: Record<string, unknown> = {
      kind: 'email',
      internetMessageId: str(value.internetMessageId),
      conversationId: str(value.conversationId),
      subject: pool.text(str(value.subject)),
      receivedAt: instant(str(value.receivedAt)),
    };
    withOptional(source, 'itemId', optionalStr(value.itemId));
    withOptional(source, 'mailbox', optionalStr(value.mailbox));
    withOptional(source, 'webLink', optionalStr(value.webLink));
    return source as CommitmentSource;
  }
  if (value.kind === 'meeting') {
    const source: Record<string, unknown> = {
      kind: 'meeting',
      subject: pool.text(str(value.subject)),
      start: instant(str(value.start)),
      end: instant(str(value.end)),
    };
    withOptional(source, 'iCalUId', optionalStr(value.iCalUId));
    withOptional(source, 'joinUrl', optionalStr(value.joinUrl));
    withOptional(source, 'webLink', optionalStr(value.webLink));
    return source as CommitmentSource;
  }
  return MANUAL;
}

function normalizeStep(value: unknown, index: number, pool: ReadPool, instant: SameInstants): PlanStep | undefined {
  if (!isObject(value)) return undefined;
  // Built from an empty object, which V8 gives room for four fields of its own: a step with a date
  // and a done time then needs no second block for its fields (0.2 MB at 10,000 commitments).
  const step: Record<string, unknown> = {};
  step.id = stepId(str(value.id, `step-${index + 1}`));
  step.text = pool.text(str(value.text));
  withOptional(step, 'dueDate', optionalKept(value.dueDate, pool.text));
  withOptional(step, 'owner', optionalPerson(value.owner, pool));
  withOptional(step, 'doneAt', optionalKept(value.doneAt, instant));
  return step as unknown as PlanStep;
}

function normalizeHistoryEntry(
  value: unknown,
  index: number,
  pool: ReadPool,
  instant: SameInstants,
): HistoryEntry | undefined {
  // An entry of a kind this version does not know is dropped from what we show, not from the database.
  if (!isObject(value) || typeof value.kind !== 'string' || !HISTORY_KINDS.has(value.kind as HistoryEntry['kind']))
    return undefined;
  return {
    ...value,
    kind: pool.text(value.kind),
    id: historyId(str(value.id, `history-${index + 1}`)),
    at: instant(str(value.at)),
    by: normalizePerson(value.by, pool),
  } as unknown as HistoryEntry;
}

function normalizeFeedback(value: unknown, instant: SameInstants): Feedback | undefined {
  if (!isObject(value)) return undefined;
  const rating = value.rating;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4 && rating !== 5) return undefined;
  return { rating, comment: str(value.comment), at: instant(str(value.at)) };
}

/** Returns undefined only for a record with no id: there is nothing to show or address it by. */
export function normalizeCommitment(value: unknown, pool: ReadPool = noPool): Commitment | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  const instant = sameInstants();
  const requestedAt = instant(str(value.requestedAt, str(value.createdAt)));
  const createdAt = instant(str(value.createdAt, requestedAt));
  const version = finite(value.version, 1);
  const commitment: Record<string, unknown> = {
    id: commitmentId(value.id),
    version: Number.isInteger(version) && version >= 1 ? version : 1,
    teamId: teamId(pool.text(str(value.teamId))),
    title: pool.text(str(value.title)),
    customer: normalizePerson(value.customer, pool),
    owner: normalizePerson(value.owner, pool),
    source: normalizeSource(value.source, pool, instant),
    requestedAt,
    steps: listOf(value.steps, (step, i) => normalizeStep(step, i, pool, instant)),
    acceptanceCriteria: pool.text(str(value.acceptanceCriteria)),
    targetDate: pool.text(str(value.targetDate)),
    promisedDate: pool.text(str(value.promisedDate, str(value.targetDate))),
    updateCadenceDays: Math.max(1, Math.round(finite(value.updateCadenceDays, 5))),
    history: listOf(value.history, (entry, i) => normalizeHistoryEntry(entry, i, pool, instant)),
    createdAt,
    updatedAt: instant(str(value.updatedAt, createdAt)),
  };
  withOptional(commitment, 'checker', optionalPerson(value.checker, pool));
  withOptional(commitment, 'acknowledgedAt', optionalKept(value.acknowledgedAt, instant));
  if (isObject(value.flaggedAtRisk)) {
    commitment.flaggedAtRisk = { note: str(value.flaggedAtRisk.note), at: instant(str(value.flaggedAtRisk.at)) };
  }
  withOptional(commitment, 'neededBy', optionalKept(value.neededBy, pool.text));
  withOptional(commitment, 'deliveredAt', optionalKept(value.deliveredAt, instant));
  if (isObject(value.signedOff) && typeof value.signedOff.at === 'string') {
    commitment.signedOff = { by: normalizePerson(value.signedOff.by, pool), at: instant(value.signedOff.at) };
  }
  withOptional(commitment, 'cancelledAt', optionalKept(value.cancelledAt, instant));
  withOptional(commitment, 'feedback', normalizeFeedback(value.feedback, instant));
  if (isObject(value.customerReply) && typeof value.customerReply.at === 'string') {
    const reply = value.customerReply;
    commitment.customerReply = {
      at: instant(str(reply.at)),
      from: normalizePerson(reply.from, pool),
      excerpt: str(reply.excerpt),
    };
  }
  withOptional(commitment, 'messageLanguage', isUiLocale(value.messageLanguage) ? value.messageLanguage : undefined);
  return commitment as unknown as Commitment;
}

const isWeekday = (value: unknown): value is Weekday =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;

/** Saved settings missing a field (added in a later version) take that field from the defaults. */
export function normalizeSettings(value: unknown, fallbackTimeZone?: string): TeamSettings | undefined {
  if (!isObject(value) || typeof value.teamId !== 'string' || value.teamId === '') return undefined;
  const defaults = defaultTeamSettings(teamId(value.teamId), str(value.teamName), fallbackTimeZone);
  const calendar = isObject(value.calendar) ? value.calendar : {};
  const workDays = Array.isArray(calendar.workDays) ? calendar.workDays.filter(isWeekday) : [];
  return {
    ...defaults,
    version: Math.max(0, Math.trunc(finite(value.version, 0))),
    acknowledgeWithinHours: finite(value.acknowledgeWithinHours, defaults.acknowledgeWithinHours),
    defaultCadenceDays: finite(value.defaultCadenceDays, defaults.defaultCadenceDays),
    defaultBufferDays: finite(value.defaultBufferDays, defaults.defaultBufferDays),
    calendar: {
      timeZone: str(calendar.timeZone, defaults.calendar.timeZone) || defaults.calendar.timeZone,
      workDays: workDays.length > 0 ? workDays : defaults.calendar.workDays,
      dayStartMinute: finite(calendar.dayStartMinute, defaults.calendar.dayStartMinute),
      dayEndMinute: finite(calendar.dayEndMinute, defaults.calendar.dayEndMinute),
    },
    followUpReminders: storedFollowUpReminders(value) ?? defaults.followUpReminders,
  };
}
