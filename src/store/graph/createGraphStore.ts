/**
 * The Graph adapter of the CommitmentStore port: the team's commitments live in a SharePoint list
 * in the team's group site (./schema.ts, ./provision.ts). On this device it keeps an IndexedDB
 * mirror and a durable outbox (./mirror.ts, database `kept-graph:<groupId>` unless `dbName`
 * says otherwise): reads answer from the mirror, writes are queued first and then sent.
 */
import { followUpFlagFor, samePlan } from './followUp';
import { handedOver, todoTaskFor } from './todoTask';
import { reminderTimes, type ReminderTimes } from '../../domain/reminders';
import { mergeConcurrent } from '../../domain/merge';
import { meetingJoinKey, sameMeetingLink } from '../../domain/meetingJoinKey';
import { teamId as toTeamId, type CommitmentId, type TeamId } from '../../domain/ids';
import type { Commitment, TeamSettings, WorkCalendar } from '../../domain/types';
import { defaultTeamSettings } from '../defaultSettings';
import { mapInSlices } from '../mapInSlices';
import { normalizeCommitment, readPool } from '../normalize';
import { readInPages } from '../readInPages';
import { commitmentProblem, settingsProblem } from '../checks';
import {
  StoreError,
  type CommitmentFilter,
  type CommitmentStore,
  type SourceKey,
  type StoreChange,
  type StoreProblem,
  type SyncState,
  type Unsubscribe,
} from '../Store';
import type { GraphContext } from './context';
import { createPipeline } from './http/pipeline';
import type { Sleep } from './http/networkRetry';
import type { RetryPolicy } from './http/retry';
import type { FetchLike, TokenProvider } from './http/types';
import { readWorkCalendar } from './mailbox';
import { columnKey, commitmentToFields, MappingError, settingsToFields } from './mapping';
import {
  baseFor,
  openMirror,
  sameContent,
  viewOf,
  type ItemRecord,
  type MirrorDb,
  type OutboxEntry,
  type SiteMeta,
  type WriteTx,
} from './mirror';
import { createMessageIds, sameAddress } from './messageIds';
import { withImmutableMessageIds } from './messages';
import { createOutbox } from './outbox';
import { ListNotSetUpError, provisionList, type ListLocation } from './provision';
import { settingsItemKey } from './schema';
import { durableHold } from './waits';
import { fetchWhere, pullDelta, readDeltaMeta, resetDelta, type FieldMatch } from './sync';

export interface GraphStoreOptions {
  readonly getToken: TokenProvider;
  /** The team's Microsoft 365 group id (a team's id is its group id). */
  readonly groupId: string;
  readonly teamName: string;
  /** The TeamId commitments are filed under; default: the group id. */
  readonly teamId?: TeamId;
  readonly fetch?: FetchLike;
  readonly now?: () => Date;
  /** Default `kept-graph:<groupId>`. */
  readonly dbName?: string;
  /** In-request retries of 429/503/504 before a write goes back to the outbox. */
  readonly retry?: RetryPolicy;
  readonly timeoutMs?: number;
  readonly sleep?: Sleep;
  /** How often the list's columns are re-checked (default once a day, and after any refused write). */
  readonly verifyEveryMs?: number;
  /** Send queued writes by itself when their wait is over or the browser is back online (default true). */
  readonly autoSync?: boolean;
  /** Items per page when enumerating the list (default 1000). */
  readonly pageSize?: number;
  /**
   * Create the team's list when it is missing, and repair its columns (Sites.Manage.All). false:
   * only read a list that exists ("My commitments" across teams); a team without one reads as
   * empty and readProblems() names it. @default true
   */
  readonly setUpList?: boolean;
  /**
   * The signed-in user's email address (the host's). Follow-up flags go only on messages in this
   * user's mailbox; without it Kept sets none.
   */
  readonly user?: string;
}

export interface GraphCommitmentStore extends CommitmentStore {
  readonly kind: 'graph';
  /** Working days, hours and time zone from the user's Outlook (MailboxSettings.Read). */
  workCalendar(): Promise<WorkCalendar>;
  /** The port's view of problems(): every unreadable item, for the UI's banner. */
  readProblems(): Promise<readonly StoreProblem[]>;
  /** List items Kept cannot read (edited by hand), with the column and what is wrong. */
  problems(): Promise<
    { readonly id: string; readonly itemId?: string; readonly column: string; readonly problem: string }[]
  >;
}

const DAY = 24 * 60 * 60_000;
const SITE_KEY = 'site';
const CALENDAR_KEY = 'calendar';

const isOpen = (c: Commitment) => c.deliveredAt === undefined && c.cancelledAt === undefined;
const emailKey = (email: string) => email.trim().toLowerCase();
const byCreation = (a: Commitment, b: Commitment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function matchesSource(c: Commitment, key: SourceKey): boolean {
  const s = c.source;
  if (key.kind === 'email') return s.kind === 'email' && s.internetMessageId === key.internetMessageId;
  if (key.kind === 'conversation') return s.kind === 'email' && s.conversationId === key.conversationId;
  if (s.kind !== 'meeting') return false;
  const byUid = key.iCalUId !== undefined && key.iCalUId !== '' && s.iCalUId === key.iCalUId;
  return byUid || sameMeetingLink(s.joinUrl, key.joinUrl);
}

function matchesFilter(c: Commitment, filter: CommitmentFilter): boolean {
  if (filter.teamId !== undefined && c.teamId !== filter.teamId) return false;
  if (filter.ownerEmail !== undefined && emailKey(c.owner.email) !== emailKey(filter.ownerEmail)) return false;
  if (filter.customerEmail !== undefined && emailKey(c.customer.email) !== emailKey(filter.customerEmail)) return false;
  if (filter.openOnly === true && !isOpen(c)) return false;
  return true;
}

/**
 * The indexed columns (and values) that find a source key's items. A meeting is found by its iCalUId
 * or its join link: two columns, so two requests — SharePoint filters one indexed field at a time.
 */
function sourceMatches(key: SourceKey): FieldMatch[] {
  if (key.kind === 'email') return [{ column: 'KeptSourceMessageId', values: [columnKey(key.internetMessageId)] }];
  if (key.kind === 'conversation')
    return [{ column: 'KeptSourceConversationId', values: [columnKey(key.conversationId)] }];
  return [
    ...(key.iCalUId !== undefined && key.iCalUId !== ''
      ? [{ column: 'KeptSourceMeetingKey', values: [columnKey(key.iCalUId)] }]
      : []),
    ...(key.joinUrl !== undefined && key.joinUrl !== ''
      ? [{ column: 'KeptSourceJoinKey', values: joinKeyColumnValues(key.joinUrl) }]
      : []),
  ];
}

/**
 * What KeptSourceJoinKey may hold for this meeting: the normalised key Kept writes now, and — for
 * items written before — the link as Outlook (lower-case escapes) or Teams (upper-case) gave it.
 */
function joinKeyColumnValues(joinUrl: string): string[] {
  const raw = joinUrl.trim();
  const escapes = (upper: boolean) => raw.replace(/%[0-9a-f]{2}/gi, (e) => (upper ? e.toUpperCase() : e.toLowerCase()));
  return [...new Set([meetingJoinKey(raw), raw, escapes(false), escapes(true)].map(columnKey))];
}

export function createGraphStore(options: GraphStoreOptions): GraphCommitmentStore {
  const now = options.now ?? (() => new Date());
  const dbName = options.dbName ?? `kept-graph:${options.groupId}`;
  const verifyEveryMs = options.verifyEveryMs ?? DAY;
  const ownTeam = options.teamId ?? toTeamId(options.groupId);
  const listeners = new Set<(change: StoreChange) => void>();
  let dbPromise: Promise<MirrorDb> | undefined;
  let locating: Promise<ListLocation> | undefined;
  let located: SiteMeta | undefined;
  let closed = false;
  let lastSyncedAt: Date | undefined;
  let readsBlockedUntil = 0;
  /** The last look for the team's list found none, and this store may not create it. */
  let notSetUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const db = (): Promise<MirrorDb> => {
    if (closed) return Promise.reject(new StoreError('offline', 'This store was closed.'));
    dbPromise ??= openMirror(dbName);
    return dbPromise;
  };

  const call = withImmutableMessageIds(
    createPipeline({
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      getToken: options.getToken,
      now,
      // A Retry-After on a whole request holds this store back, across reloads too.
      hold: durableHold(db),
      ...(options.retry !== undefined ? { retry: options.retry } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    }),
    (messageId) => void messageIds.missing(messageId).catch(() => undefined),
  );

  function emit(change: StoreChange) {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('Kept: a store listener failed', error);
      }
    }
  }

  async function locate(force: boolean): Promise<ListLocation> {
    const mirror = await db();
    const saved = located ?? ((await mirror.get('meta', SITE_KEY)) as SiteMeta | undefined);
    if (!force && saved !== undefined && now().getTime() - saved.verifiedAt < verifyEveryMs) {
      located = saved;
      return saved;
    }
    let result;
    try {
      result = await provisionList(
        call,
        options.groupId,
        saved === undefined ? undefined : { siteId: saved.siteId, listId: saved.listId },
        { setUp: options.setUpList !== false },
      );
    } catch (error) {
      notSetUp = error instanceof ListNotSetUpError;
      throw error;
    }
    notSetUp = false;
    const meta: SiteMeta = {
      siteId: result.siteId,
      listId: result.listId,
      verifiedAt: now().getTime(),
      ...(result.unindexed.length > 0 ? { unindexed: result.unindexed } : {}),
    };
    await mirror.put('meta', meta, SITE_KEY);
    if (saved !== undefined && saved.listId !== result.listId) {
      // A different list (the old one was deleted and made again): start the mirror over.
      await mirror.clear('items');
      await resetDelta(ctx);
      emit({ kind: 'refresh' });
    }
    located = meta;
    return meta;
  }

  function location(force = false): Promise<ListLocation> {
    if (!force && located !== undefined && now().getTime() - located.verifiedAt < verifyEveryMs)
      return Promise.resolve(located);
    locating ??= locate(force).finally(() => {
      locating = undefined;
    });
    return locating;
  }

  async function readSettingsView(teamId: TeamId): Promise<TeamSettings | undefined> {
    const record = await (await db()).get('settings', settingsItemKey(teamId));
    return record?.local ?? record?.server;
  }

  async function defaultSettings(teamId: TeamId): Promise<TeamSettings> {
    const mirror = await db();
    let calendar = (await mirror.get('meta', CALENDAR_KEY)) as { at: number; calendar: WorkCalendar } | undefined;
    if (calendar === undefined || now().getTime() - calendar.at > DAY) {
      try {
        calendar = { at: now().getTime(), calendar: await readWorkCalendar(call) };
        await mirror.put('meta', calendar, CALENDAR_KEY);
      } catch {
        // No consent or offline: the defaults' own calendar will do until next time.
      }
    }
    const base = defaultTeamSettings(teamId, teamId === ownTeam ? options.teamName : '');
    return calendar === undefined ? base : { ...base, calendar: calendar.calendar };
  }

  const settingsFor = async (teamId: TeamId) =>
    (await readSettingsView(teamId)) ?? defaultTeamSettings(teamId, options.teamName);

  let loadedItems: number | undefined;
  const progress = (loaded: number | undefined) => {
    if (loaded === loadedItems) return;
    loadedItems = loaded;
    emit({ kind: 'sync-state' });
  };

  const ctx: GraphContext = {
    call,
    db,
    now,
    location,
    settingsFor,
    emit,
    progress,
    pageSize: options.pageSize ?? 1000,
    lockName: dbName,
  };
  const outbox = createOutbox(ctx);
  const messageIds = createMessageIds({ call, db, user: options.user, onChange: () => emit({ kind: 'refresh' }) });
  // Writes queued by an earlier page: the status line says so as soon as they are counted.
  void outbox.refreshPending().then(
    (pending) => {
      if (pending > 0) emit({ kind: 'sync-state' });
    },
    () => undefined,
  );

  function schedule() {
    if (options.autoSync === false || closed) return;
    void outbox.nextDueAt().then(
      (at) => {
        if (at === undefined || closed) return;
        clearTimeout(timer);
        timer = setTimeout(
          () => void outbox.flush('timer').then(schedule, schedule),
          Math.max(0, Math.min(at - now().getTime(), 5 * 60_000)),
        );
      },
      () => undefined,
    );
  }

  const onOnline = () => void outbox.flush().then(schedule, schedule);
  if (options.autoSync !== false && typeof globalThis.addEventListener === 'function')
    globalThis.addEventListener('online', onOnline);

  /** Flushes, then answers with the server's version — or the queued one when it could not be sent yet. */
  async function settle<T>(seq: number, optimistic: T): Promise<T> {
    try {
      return await outbox.settle(seq, optimistic);
    } finally {
      schedule();
    }
  }

  async function ensureComplete() {
    const meta = await readDeltaMeta(ctx);
    if (!meta.complete) await pull();
  }

  async function pull() {
    if (now().getTime() < readsBlockedUntil) return;
    try {
      await pullDelta(ctx);
      lastSyncedAt = now();
    } catch (error) {
      if (error instanceof StoreError && error.code === 'throttled')
        readsBlockedUntil = now().getTime() + (error.retryAfterMs ?? 5000);
      throw error;
    }
  }

  async function record(id: string): Promise<ItemRecord | undefined> {
    const mirror = await db();
    const found = await mirror.get('items', id);
    if (found !== undefined) return found;
    if ((await readDeltaMeta(ctx)).complete) return undefined;
    await fetchWhere(ctx, [{ column: 'KeptId', values: [id] }]);
    return mirror.get('items', id);
  }

  const invalid = (message: string, cause?: unknown) =>
    new StoreError('invalid', message, cause === undefined ? {} : { cause });

  function checkMappable(c: Commitment) {
    const problem = commitmentProblem(c);
    if (problem !== undefined) throw invalid(`The commitment cannot be saved: ${problem}.`);
    try {
      commitmentToFields(c, undefined);
    } catch (error) {
      if (error instanceof MappingError) throw invalid(`The commitment cannot be saved: ${error.message}.`, error);
      throw error;
    }
  }

  /**
   * The reminder entry for a change, if the team wants reminders and the reminder moves: the
   * Outlook flag on the request email (followUp.ts), or the owner's To Do task (todoTask.ts, todo.ts).
   */
  async function reminderEntry(before: Commitment | undefined, after: Commitment): Promise<OutboxEntry | undefined> {
    const settings = await settingsFor(after.teamId);
    const timesOf = (c: Commitment) => reminderTimes(c, settings, now());
    if (settings.followUpReminders === 'todoTask') return todoEntry(before, after, timesOf);
    if (settings.followUpReminders !== 'outlookFlag') return undefined;
    if (after.source.kind !== 'email' || after.source.itemId === undefined) return undefined;
    const flagOf = (c: Commitment) => followUpFlagFor(c, timesOf(c));
    const next = flagOf(after);
    if (next === undefined || (before !== undefined && samePlan(flagOf(before), next))) return undefined;
    const messageId = await messageIds.flagTarget(after);
    if (messageId === undefined) return undefined;
    return {
      kind: 'flag',
      key: `flag:${after.source.itemId}`,
      messageId,
      flag: next.flag,
      reminderAt: next.reminderAt,
      attempts: 0,
      notBefore: 0,
    };
  }

  /**
   * The task goes in the signed-in user's own To Do, so only while they own the commitment; when it
   * is handed to someone else their task is completed (the new owner's Kept makes one for them).
   */
  function todoEntry(
    before: Commitment | undefined,
    after: Commitment,
    timesOf: (c: Commitment) => ReminderTimes,
  ): OutboxEntry | undefined {
    const user = options.user;
    const mine = (c: Commitment | undefined) => c !== undefined && sameAddress(c.owner.email, user);
    if (user === undefined || (!mine(after) && !mine(before))) return undefined;
    const planOf = (c: Commitment) => {
      const plan = todoTaskFor(c, timesOf(c));
      return mine(c) ? plan : handedOver(plan, now());
    };
    const next = planOf(after);
    if (before !== undefined && samePlan(planOf(before), next)) return undefined;
    return {
      kind: 'todo',
      key: `todo:${after.id}`,
      user,
      commitmentId: after.id,
      task: next,
      attempts: 0,
      notBefore: 0,
    };
  }

  async function enqueue(
    entry: OutboxEntry,
    reminder: OutboxEntry | undefined,
    write: (tx: WriteTx) => Promise<void>,
  ): Promise<number> {
    const mirror = await db();
    const tx = mirror.transaction(['items', 'settings', 'outbox'], 'readwrite');
    await write(tx);
    const seq = (await tx.objectStore('outbox').add(entry)) as number;
    if (reminder !== undefined) await tx.objectStore('outbox').add(reminder);
    await tx.done;
    await outbox.refreshPending();
    return seq;
  }

  /** Every record of the mirror, from one transaction, read in pages (readInPages.ts says why). */
  async function readAllItems(): Promise<ItemRecord[]> {
    const items = (await db()).transaction('items').store;
    return readInPages((range) => items.getAll(range), await items.getAllKeys());
  }

  /**
   * What this device shows of the records `wanted` picks, kept compact as the local store keeps its own
   * (normalize.ts: one copy of a repeated value, of an instant within a record, lists sized exactly),
   * in slices of work between the browser's turns (mapInSlices.ts). The records were checked when
   * they came from the list (mapping.ts), so normalising changes nothing Kept reads of them: it drops
   * an empty optional text (an email Outlook gave no id for, read as no id everywhere), fields Kept
   * does not know, and a feedback rating outside 1–5, which no version of Kept writes.
   */
  async function readViews(wanted: (view: Commitment) => boolean): Promise<Commitment[]> {
    const pool = readPool();
    const views = await mapInSlices(await readAllItems(), (record) => {
      const view = viewOf(record);
      return view !== undefined && wanted(view) ? normalizeCommitment(view, pool) : undefined;
    });
    return views.filter((c): c is Commitment => c !== undefined);
  }

  const store: GraphCommitmentStore = {
    kind: 'graph',

    async list(filter: CommitmentFilter = {}) {
      try {
        await ensureComplete();
      } catch (error) {
        if (error instanceof ListNotSetUpError) return [];
        throw error;
      }
      return (await readViews((c) => matchesFilter(c, filter))).sort(byCreation);
    },

    async get(id: CommitmentId) {
      const found = await record(id);
      if (found?.problem !== undefined) {
        throw invalid(`This commitment cannot be read: in the list, ${found.problem.column} ${found.problem.problem}.`);
      }
      const view = viewOf(found);
      if (view === undefined) throw new StoreError('not-found', `There is no commitment with id "${id}".`);
      return view;
    },

    async findBySource(key: SourceKey) {
      const meta = await readDeltaMeta(ctx);
      const matches = sourceMatches(key);
      if (matches.length === 0) return [];
      try {
        // A complete mirror refreshes with one delta request; otherwise a filtered query per column.
        if (meta.complete) await pull();
        else await fetchWhere(ctx, matches);
      } catch (error) {
        if (error instanceof ListNotSetUpError) return [];
        if (!(error instanceof StoreError) || (error.code !== 'offline' && error.code !== 'throttled')) throw error;
      }
      return (await readViews((c) => matchesSource(c, key))).sort(byCreation);
    },

    async create(recorded: Commitment) {
      checkMappable(recorded);
      // The id Office.js gave changes when the user files the email: keep the immutable one.
      const flagsOn =
        recorded.source.kind === 'email' && (await settingsFor(recorded.teamId)).followUpReminders === 'outlookFlag';
      const commitment = flagsOn ? { ...recorded, source: await messageIds.stamp(recorded.source) } : recorded;
      const stored: Commitment = { ...commitment, version: 1 };
      const existing = await (await db()).get('items', commitment.id);
      if (viewOf(existing) !== undefined) {
        throw new StoreError('conflict', `A commitment with id "${commitment.id}" already exists.`, {
          current: viewOf(existing) as Commitment,
        });
      }
      const reminder = await reminderEntry(undefined, stored);
      const seq = await enqueue(
        { kind: 'create', key: stored.id, commitment: stored, attempts: 0, notBefore: 0 },
        reminder,
        async (tx) => {
          const items = tx.objectStore('items');
          const record: ItemRecord = { id: stored.id, local: stored, recent: [], shown: [stored] };
          await items.put(record);
        },
      );
      emit({ kind: 'upsert', commitment: stored });
      return settle(seq, stored);
    },

    async update(next: Commitment) {
      checkMappable(next);
      const found = await record(next.id);
      if (found?.problem !== undefined) {
        throw invalid(
          `This commitment cannot be saved: in the list, ${found.problem.column} ${found.problem.problem}.`,
        );
      }
      const current = viewOf(found);
      if (found === undefined || current === undefined)
        throw new StoreError('not-found', `The commitment "${next.title}" was deleted.`);
      let edited = next;
      if (current.version !== next.version) {
        // Edited from an older version (a delta arrived meanwhile): merge if it is safe.
        const base = baseFor(found, next);
        const merged = base === undefined ? undefined : mergeConcurrent(base, next, current);
        if (merged === undefined || !merged.ok) {
          throw new StoreError('conflict', `"${current.title}" was changed by someone else since you opened it.`, {
            current,
          });
        }
        edited = merged.merged;
      }
      const stored: Commitment = { ...edited, version: current.version + 1 };
      const reminder = await reminderEntry(current, stored);
      const seq = await enqueue(
        { kind: 'update', key: stored.id, base: current, next: stored, attempts: 0, notBefore: 0 },
        reminder,
        async (tx) => {
          await tx
            .objectStore('items')
            .put({ ...found, local: stored, shown: [...(found.shown ?? []), stored].slice(-8) });
        },
      );
      emit({ kind: 'upsert', commitment: stored });
      return settle(seq, stored);
    },

    async delete(id: CommitmentId, expectedVersion: number) {
      const found = await record(id);
      const current = viewOf(found);
      if (found === undefined || current === undefined)
        throw new StoreError('not-found', `There is no commitment with id "${id}".`);
      if (current.version !== expectedVersion) {
        throw new StoreError('conflict', `"${current.title}" was changed by someone else since you opened it.`, {
          current,
        });
      }
      // A deleted commitment reminds nobody: its To Do task is completed (a flag stays on the email).
      const settings = await settingsFor(current.teamId);
      const closed = { ...current, cancelledAt: current.cancelledAt ?? now().toISOString() };
      const task =
        settings.followUpReminders === 'todoTask'
          ? todoEntry(current, closed, (c) => reminderTimes(c, settings, now()))
          : undefined;
      const seq = await enqueue(
        { kind: 'delete', key: id, id, expected: current, attempts: 0, notBefore: 0 },
        task,
        async (tx) => {
          await tx.objectStore('items').put({ ...found, local: null });
        },
      );
      emit({ kind: 'delete', id });
      await settle(seq, undefined);
    },

    subscribe(listener) {
      listeners.add(listener);
      return (() => {
        listeners.delete(listener);
      }) satisfies Unsubscribe;
    },

    async getSettings(teamId: TeamId) {
      const view = await readSettingsView(teamId);
      if (view !== undefined) return view;
      if (!(await readDeltaMeta(ctx)).complete) {
        try {
          await fetchWhere(ctx, [{ column: 'KeptId', values: [settingsItemKey(teamId)] }]);
          const fetched = await readSettingsView(teamId);
          if (fetched !== undefined) return fetched;
        } catch (error) {
          const expected =
            error instanceof ListNotSetUpError ||
            (error instanceof StoreError && (error.code === 'offline' || error.code === 'throttled'));
          if (!expected) throw error;
        }
      }
      return defaultSettings(teamId);
    },

    async saveSettings(settings: TeamSettings) {
      const problem = settingsProblem(settings);
      if (problem !== undefined) throw invalid(`The team settings cannot be saved: ${problem}.`);
      try {
        settingsToFields(settings);
      } catch (error) {
        if (error instanceof MappingError) throw invalid(`The team settings cannot be saved: ${error.message}.`, error);
        throw error;
      }
      const key = settingsItemKey(settings.teamId);
      const current = (await readSettingsView(settings.teamId)) ?? {
        ...(await defaultSettings(settings.teamId)),
        version: 0,
      };
      if (settings.version !== current.version) {
        throw new StoreError('conflict', 'The team settings were changed by someone else since you opened them.');
      }
      const stored: TeamSettings = { ...settings, version: current.version + 1 };
      const seq = await enqueue(
        { kind: 'settings', key, base: current, next: stored, attempts: 0, notBefore: 0 },
        undefined,
        async (tx) => {
          const existing = await tx.objectStore('settings').get(key);
          await tx.objectStore('settings').put({ ...(existing ?? { key }), local: stored });
        },
      );
      emit({ kind: 'settings', settings: stored });
      return settle(seq, stored);
    },

    async sync(): Promise<SyncState> {
      let failure: unknown;
      await outbox.flush().catch((error: unknown) => (failure = error));
      try {
        await pull();
      } catch (error) {
        failure ??= error;
      }
      schedule();
      // One refused write per call; the next sync reports the next one.
      const error = (await outbox.takeFailure().catch(() => undefined)) ?? failure;
      const transient = error instanceof StoreError && (error.code === 'offline' || error.code === 'throttled');
      if (error !== undefined && !transient) throw error;
      return store.syncState();
    },

    syncState(): SyncState {
      return {
        pendingWrites: outbox.pending(),
        online: outbox.online(),
        ...(lastSyncedAt !== undefined ? { lastSyncedAt } : {}),
        ...(loadedItems !== undefined ? { loadedItems } : {}),
      };
    },

    workCalendar: () => readWorkCalendar(call),

    async readProblems() {
      const unreadable = (await store.problems()).map(({ itemId, column, problem }): StoreProblem => ({
        kind: 'unreadable-item',
        ...(itemId !== undefined ? { itemId } : {}),
        column,
        problem,
      }));
      const missing: StoreProblem[] = notSetUp
        ? [{ kind: 'team-not-set-up', teamId: ownTeam, teamName: options.teamName }]
        : [];
      const views = (await (await db()).getAll('items')).map(viewOf).filter((c) => c !== undefined);
      return [...missing, ...unreadable, ...(await messageIds.problems(views))];
    },

    async problems() {
      const all = await (await db()).getAll('items');
      return all.flatMap((r) =>
        r.problem === undefined
          ? []
          : [{ id: r.id, ...(r.itemId !== undefined ? { itemId: r.itemId } : {}), ...r.problem }],
      );
    },

    close() {
      closed = true;
      clearTimeout(timer);
      if (typeof globalThis.removeEventListener === 'function') globalThis.removeEventListener('online', onOnline);
      void dbPromise?.then(
        (d) => d.close(),
        () => undefined,
      );
    },
  };
  return store;
}

export { sameContent };
