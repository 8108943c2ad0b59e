/**
 * An in-process fake of exactly the Microsoft Graph endpoints Kept uses, as a `fetch`-compatible
 * function. Shapes follow Microsoft's documentation; the page is cited next to each one.
 * State lives in memory; nothing touches the network.
 *
 * Tokens: the fake reads `Bearer <user>|<scope> <scope>…` (what tests/fakes/graph/tokens.ts
 * makes), so it can check that each request carries the scope the documentation asks for.
 * Fault injection: 429 with Retry-After, 503, connections dropped before or after the server
 * applied the request, and 412 races (another writer changes the item just before a write);
 * further down, in their own section: 504 after the server applied a request, partial batches
 * (some answers of a `$batch` fail) and task pane reloads while a request is in flight.
 * Recording: when KEPT_GRAPH_RECORD names a file, every request is appended to it as one JSON line
 * `{"method","url","headers","body"}` (the Authorization header's token is redacted).
 */
import { seededRandom } from '../../../src/domain/seededRandom';
import { appendFileSync, readFileSync } from 'node:fs';
import { FakeTodo } from './fakeTodo';
import { join } from 'node:path';
import {
  deltaPageSize,
  FAILED_DEPENDENCY,
  filterRefusal,
  ifMatchAccepted,
  SAVE_CONFLICT,
  schemaChangeOf,
  type DeltaPaging,
  type IfMatchForms,
  type LargeListRule,
} from './sharePointRules';

export type FaultKind =
  '429' | '503' | 'drop-before' | 'drop-after' | '412' | '504-after-commit' | 'partial-batch' | 'reload';

/** Faults a sub-request of a `$batch` can meet on its own (see `subRequestFault`). */
const SUB_REQUEST_FAULTS: readonly FaultKind[] = ['429', '412', '503', '504-after-commit'];

export interface FaultConfig {
  /** Probability (0–1) that a request gets one of `kinds`. */
  rate: number;
  kinds: FaultKind[];
  retryAfterSeconds: number;
  /** Scripted faults, used first, one per request (or per batch sub-request for 429/412/503/504-after-commit). */
  next: FaultKind[];
  /**
   * 'reload': the task pane of `user` is closed and opened again while this request is in flight.
   * The test closes that user's store and opens a new one on the same IndexedDB here.
   */
  onReload?: (user: string) => void;
  /** 'reload': the longest a request of the closed pane may take to reach the server (default 30 s). */
  lateArrivalMs?: number;
  /** Scripted faults for the sub-requests of the next batches, one per sub-request in order (undefined: none). */
  nextInBatch?: (FaultKind | undefined)[];
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

interface Column {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; textType?: string; linesForEditing?: number };
  number?: Record<string, unknown>;
  readOnly?: boolean;
}

interface Item {
  id: string;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  changeSeq: number;
  deleted: boolean;
  created: string;
  modified: string;
}

/**
 * The event properties Kept reads. https://learn.microsoft.com/graph/api/resources/event
 * (iCalUId: the same for every attendee's copy; onlineMeeting: onlineMeetingInfo, null when the
 * event is not an online meeting, https://learn.microsoft.com/graph/api/resources/onlinemeetinginfo;
 * onlineMeetingUrl: set only for older Skype for Business meetings).
 */
export interface FakeEvent {
  id: string;
  iCalUId: string;
  subject: string;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer' | 'unknown';
  onlineMeeting: { joinUrl: string; conferenceId?: string } | null;
  onlineMeetingUrl: string | null;
}

/** A message in one user's mailbox: https://learn.microsoft.com/graph/api/resources/message */
export interface FakeMessage {
  /** The id the test added it with (a stable handle for assertions). */
  readonly id: string;
  /** Its REST id now; changes when the message is moved to another folder. */
  restId: string;
  /** Its immutable id (returned with `Prefer: IdType="ImmutableId"`); the same after a move. */
  readonly immutableId: string;
  /** The user whose mailbox holds it: `/me/messages/{id}` finds it for that user only. */
  readonly mailbox: string;
  readonly subject: string;
  flag: Record<string, unknown>;
  /** Single-value extended properties set on it, by id (the follow-up reminder is kept there). */
  extended?: Record<string, string>;
  deleted: boolean;
  moves?: number;
}

/** A chat: https://learn.microsoft.com/graph/api/resources/chat (onlineMeetingInfo: teamworkOnlineMeetingInfo). */
export interface FakeChat {
  readonly id: string;
  readonly topic: string | null;
  readonly chatType: 'meeting' | 'group' | 'oneOnOne';
  /** Users who are members; undefined: everyone (others get 404, as for a chat they cannot see). */
  readonly members: readonly string[] | undefined;
  readonly onlineMeetingInfo: {
    readonly calendarEventId: string;
    readonly joinWebUrl: string;
    readonly organizer: { readonly id: string; readonly displayName: null; readonly userIdentityType: 'aadUser' };
  } | null;
}

/**
 * A message in the user's mailbox, with the properties Kept may read.
 * https://learn.microsoft.com/graph/api/resources/message (conversationId, sentDateTime, subject,
 * toRecipients: recipient objects `{ emailAddress: { name, address } }`).
 */
export interface FakeMailMessage {
  /** Its REST id (what a request without `Prefer: IdType="ImmutableId"` gets). */
  id: string;
  /** Its immutable id, answered to requests with `Prefer: IdType="ImmutableId"` (default `imm-<id>`). */
  immutableId: string;
  /** The user whose mailbox holds it: `/me/mailFolders/…` lists it for that user only. */
  mailbox: string;
  /** Well-known folder name the message is in ('sentitems', 'inbox', …). */
  folder: string;
  conversationId: string;
  sentDateTime: string;
  subject: string;
  toRecipients: { emailAddress: { name: string; address: string } }[];
  bodyPreview: string;
  /** Who sent it (default: the mailbox's user, as for a message in Sent Items). */
  from?: { emailAddress: { name: string; address: string } };
  /** When it arrived (default: sentDateTime). */
  receivedDateTime?: string;
  internetMessageId?: string;
  isDraft?: boolean;
}

interface FakeList {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columns: Column[];
  items: Map<string, Item>;
  nextItemId: number;
}

export interface FakeGraphOptions {
  readonly groupId?: string;
  readonly now?: () => Date;
  /** Users who are members of the group (others get 403 on its site). Default: everyone. */
  readonly members?: readonly string[];
  /** Largest page the fake serves for items and delta (Graph decides page sizes; $top asks). */
  readonly maxPage?: number;
  readonly random?: () => number;
  readonly faults?: Partial<FaultConfig>;
  /**
   * SharePoint's indexing as it behaves on big or busy lists: columns created with `indexed: true`
   * come back unindexed (`createUnindexed`), and some columns refuse an index (`refuseIndex`).
   */
  readonly indexing?: { readonly createUnindexed?: boolean; readonly refuseIndex?: readonly string[] };
  /** Defaults to process.env.KEPT_GRAPH_RECORD. */
  readonly recordFile?: string;
  // SharePoint's strictness (./sharePointRules.ts, each rule with its source):
  /** Which eTag forms If-Match accepts. @default 'item-only' */
  readonly ifMatchForms?: IfMatchForms;
  /** The list is past the list view threshold: heavy or unindexed filters are refused. */
  readonly largeList?: LargeListRule;
  /** Who decides a delta page's size. @default { kind: 'as-asked' } */
  readonly deltaPaging?: DeltaPaging;
}

const ROOT = 'https://graph.microsoft.com/v1.0';
/** Where the fake's preauthenticated OneDrive download links point (team tools section). */
const DOWNLOAD_ROOT = 'https://contoso-my.sharepoint.com/personal/_layouts/15/download.aspx?token=';

/** The manifest's activity types and the parameters their text names besides {actor}. */
function declaredActivityTypes(): Map<string, string[]> {
  const manifest = JSON.parse(
    // A path, not a URL: in jsdom test files import.meta.url is not a file: URL.
    readFileSync(join(import.meta.dirname, '../../../manifest/manifest.template.json'), 'utf8'),
  ) as { activities?: { activityTypes?: { type: string; templateText: string }[] } };
  return new Map(
    (manifest.activities?.activityTypes ?? []).map((a) => [
      a.type,
      [...a.templateText.matchAll(/\{(\w+)\}/g)].map((x) => x[1] as string).filter((name) => name !== 'actor'),
    ]),
  );
}

function json(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
  });
}

/** Graph's error shape: https://learn.microsoft.com/graph/errors */
const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}) => ({
  status,
  body: { error: { code, message, innerError: { date: '2026-11-25T00:00:00', 'request-id': 'fake' } } },
  headers,
});

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Seeded, so fault runs are reproducible. */
export { seededRandom };

export class FakeGraph {
  readonly groupId: string;
  readonly siteId: string;
  readonly requests: RecordedRequest[] = [];
  readonly faults: FaultConfig;
  /** Requests sent before a Retry-After the fake gave the same user (for the same request) ran out. */
  retryAfterViolations = 0;
  /** How many faults of each kind were injected. */
  readonly injected: Record<FaultKind, number> = {
    '429': 0,
    '503': 0,
    'drop-before': 0,
    'drop-after': 0,
    '412': 0,
    '504-after-commit': 0,
    'partial-batch': 0,
    reload: 0,
  };
  /** Each batch sub-request and its status, for failure messages. */
  readonly subAnswers: string[] = [];
  /** Which requests came too early, for the failure message. */
  readonly violations: string[] = [];
  /** Requests whose scopes were not enough. */
  readonly scopeFailures: string[] = [];
  /** Messages by the id they were added with (see addMessage); each lives in one user's mailbox. */
  readonly messages = new Map<string, FakeMessage>();
  /** Each user's Microsoft To Do (fakeTodo.ts cites the pages). */
  readonly todo: FakeTodo;
  /** Meeting chats by chat id (see addMeetingChat). */
  readonly chats = new Map<string, FakeChat>();
  mailboxSettings: Record<string, unknown> = {
    // https://learn.microsoft.com/graph/api/resources/mailboxsettings
    timeZone: 'W. Europe Standard Time',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:30:00.0000000',
      endTime: '17:30:00.0000000',
      timeZone: { name: 'W. Europe Standard Time' },
    },
  };
  joinedTeams: { id: string; displayName: string; description?: string }[] = [];
  /** The signed-in user's calendar events by REST id (see addEvent). */
  readonly events = new Map<string, FakeEvent>();
  /** The signed-in user's mail by id, with its folder (see addMailMessage). */
  readonly mail = new Map<string, FakeMailMessage>();
  private readonly lists: FakeList[] = [];
  private changeSeq = 0;
  private expiredTokensBefore = 0;
  private readonly blockedUntil = new Map<string, number>();
  private readonly blockedBy = new Map<string, number>();
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly members?: readonly string[];
  private readonly maxPage: number;
  private readonly recordFile?: string;
  private readonly indexing: NonNullable<FakeGraphOptions['indexing']>;
  private readonly strict: Pick<FakeGraphOptions, 'ifMatchForms' | 'largeList' | 'deltaPaging'>;
  private guidCounter = 0;

  constructor(options: FakeGraphOptions = {}) {
    this.groupId = options.groupId ?? 'group-1';
    this.siteId = `contoso.sharepoint.com,${this.groupId}-site,web-1`;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? seededRandom(1);
    if (options.members !== undefined) this.members = options.members;
    this.maxPage = options.maxPage ?? 1000;
    const record = options.recordFile ?? process.env.KEPT_GRAPH_RECORD;
    if (record !== undefined && record !== '') this.recordFile = record;
    this.faults = { rate: 0, kinds: [], retryAfterSeconds: 1, next: [], ...options.faults };
    this.indexing = options.indexing ?? {};
    this.strict = options;
    this.todo = new FakeTodo(this.now);
  }

  /** The `fetch` to hand to the store. */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = typeof init.body === 'string' && init.body !== '' ? (JSON.parse(init.body) as unknown) : undefined;
    this.deliverLateRequests();
    this.record({ method, url, headers, body });
    if (url.startsWith(DOWNLOAD_ROOT)) return this.respond(this.download(url));

    const user = this.userOf(headers.authorization);
    if (user === undefined)
      return this.respond(graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
    const key = `${user.name} ${method} ${url}`;
    this.checkRetryAfter(user.name, key);

    const fault = this.pickFault(['429', '503', 'drop-before', 'drop-after', '412', ...this.laterFaults(method, url)]);
    if (fault === 'reload') return this.reloadMidFlight(user, method, url, headers, body);
    this.partialBatch = fault === 'partial-batch';
    if (fault === 'drop-before')
      throw new TypeError('fetch failed (fake: connection dropped before the request arrived)');
    if (fault === '429' || fault === '503') {
      const answer = this.throttle(fault === '429' ? 429 : 503, user.name, key);
      return this.respond(answer);
    }
    const waitsBefore = new Map(this.blockedUntil);
    const answer = this.route(method, url, headers, body, user, fault === '412');
    if (fault === 'drop-after') {
      // The client never sees this answer, so it cannot honour a Retry-After inside it.
      this.blockedUntil.clear();
      for (const [k, v] of waitsBefore) this.blockedUntil.set(k, v);
      throw new TypeError('fetch failed (fake: connection dropped after the server applied it)');
    }
    if (fault === '504-after-commit') return this.respond(this.gatewayTimeoutAfterCommit(waitsBefore));
    return this.respond(answer);
  };

  // ------------------------------------------------------------------ inspection and hand edits

  /** The Kept list, if provisioned. */
  list(): FakeList | undefined {
    return this.lists.find((l) => l.name === 'Kept commitments') ?? this.lists[0];
  }

  /** Live items with their fields, as SharePoint holds them. */
  items(): { id: string; eTag: string; fields: Record<string, unknown> }[] {
    this.deliverLateRequests();
    const list = this.list();
    if (list === undefined) return [];
    return [...list.items.values()]
      .filter((i) => !i.deleted)
      .map((i) => ({ id: i.id, eTag: this.eTag(i), fields: { ...i.fields } }));
  }

  /** Someone edits an item in the SharePoint UI. */
  editByHand(itemId: string, fields: Record<string, unknown>): void {
    const item = this.list()?.items.get(itemId);
    if (item === undefined || item.deleted) throw new Error(`no item ${itemId}`);
    Object.assign(item.fields, fields);
    this.touch(item);
  }

  deleteByHand(itemId: string): void {
    const item = this.list()?.items.get(itemId);
    if (item === undefined) throw new Error(`no item ${itemId}`);
    item.deleted = true;
    this.touch(item);
  }

  /** Someone changes a column in list settings (type, index) or deletes it. */
  changeColumnByHand(name: string, change: Partial<Column> | 'delete'): void {
    const list = this.list();
    if (list === undefined) throw new Error('no list');
    const index = list.columns.findIndex((c) => c.name === name);
    if (index < 0) throw new Error(`no column ${name}`);
    if (change === 'delete') list.columns.splice(index, 1);
    else {
      const column = list.columns[index] as Column;
      if ('number' in change) delete column.text;
      if ('text' in change) delete column.number;
      Object.assign(column, change);
    }
  }

  renameListByHand(displayName: string): void {
    const list = this.list();
    if (list === undefined) throw new Error('no list');
    list.displayName = displayName;
  }

  /** Puts items straight into the list (benchmarks: 10,000 items without 10,000 requests). */
  seedItems(fieldsList: readonly Record<string, unknown>[]): void {
    const list = this.list();
    if (list === undefined) throw new Error('no list: provision first');
    const now = this.now().toISOString();
    for (const fields of fieldsList) {
      const item: Item = {
        id: String(list.nextItemId++),
        guid: this.guid(),
        version: 1,
        fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
        changeSeq: ++this.changeSeq,
        deleted: false,
        created: now,
        modified: now,
      };
      list.items.set(item.id, item);
    }
  }

  /** Delta tokens handed out so far stop working (410 Gone), as after a long disconnection. */
  expireDeltaTokens(): void {
    this.expiredTokensBefore = this.changeSeq + 1;
  }

  /**
   * A message in `mailbox`'s mailbox (default alex@contoso.com), known by `id` (its REST id now).
   * https://learn.microsoft.com/graph/api/resources/message (flag: followupFlag); its immutable id
   * is the one `Prefer: IdType="ImmutableId"` returns (see moveMessage).
   */
  addMessage(id: string, subject = 'Request', mailbox = 'alex@contoso.com'): FakeMessage {
    const message: FakeMessage = {
      id,
      restId: id,
      immutableId: `imm-${id}`,
      mailbox,
      subject,
      flag: { flagStatus: 'notFlagged' },
      deleted: false,
    };
    this.messages.set(id, message);
    return message;
  }

  /**
   * The user files the message in another folder: its REST id changes, its immutable id does not.
   * https://learn.microsoft.com/graph/outlook-immutable-id ("Lifetime of immutable IDs"; by default
   * the id "changes when the item is moved from one container … to another").
   */
  moveMessage(id: string): FakeMessage {
    const message = this.messages.get(id);
    if (message === undefined) throw new Error(`no message ${id}`);
    message.moves = (message.moves ?? 0) + 1;
    message.restId = `${id}-moved-${message.moves}`;
    return message;
  }

  /** The user deletes the message (or moves it to the archive mailbox, which changes even the immutable id). */
  deleteMessage(id: string): void {
    const message = this.messages.get(id);
    if (message === undefined) throw new Error(`no message ${id}`);
    message.deleted = true;
  }

  /**
   * The chat of a Teams meeting. https://learn.microsoft.com/graph/api/chat-get ("Get the meeting
   * chat" example: chatType meeting, onlineMeetingInfo with calendarEventId, joinWebUrl, organizer).
   */
  addMeetingChat(
    id: string,
    chat: { joinWebUrl: string; topic?: string; organizerId?: string; calendarEventId?: string; members?: string[] },
  ): FakeChat {
    const created: FakeChat = {
      id,
      topic: chat.topic ?? 'Meeting',
      chatType: 'meeting',
      members: chat.members,
      onlineMeetingInfo: {
        calendarEventId: chat.calendarEventId ?? 'AAMkADAzMjNhY2Nh-event',
        joinWebUrl: chat.joinWebUrl,
        organizer: { id: chat.organizerId ?? 'organizer-oid', displayName: null, userIdentityType: 'aadUser' },
      },
    };
    this.chats.set(id, created);
    return created;
  }

  /** A meeting in the user's calendar; a join URL makes it a Teams meeting. */
  addEvent(
    id: string,
    event: { iCalUId: string; subject?: string; joinUrl?: string; onlineMeetingUrl?: string },
  ): FakeEvent {
    const online = event.joinUrl !== undefined || event.onlineMeetingUrl !== undefined;
    const created: FakeEvent = {
      id,
      iCalUId: event.iCalUId,
      subject: event.subject ?? 'Meeting',
      isOnlineMeeting: online,
      onlineMeetingProvider: event.joinUrl !== undefined ? 'teamsForBusiness' : online ? 'skypeForBusiness' : 'unknown',
      onlineMeeting: event.joinUrl === undefined ? null : { joinUrl: event.joinUrl },
      onlineMeetingUrl: event.onlineMeetingUrl ?? null,
    };
    this.events.set(id, created);
    return created;
  }

  /** A message in a user's mailbox (default alex@contoso.com), e.g. the reply they sent from Outlook's reply form. */
  addMailMessage(
    message: Partial<FakeMailMessage> & Pick<FakeMailMessage, 'conversationId' | 'sentDateTime'>,
  ): FakeMailMessage {
    const id = message.id ?? `AAMkAGmsg${this.mail.size + 1}=`;
    const created: FakeMailMessage = {
      immutableId: `imm-${id}`,
      mailbox: 'alex@contoso.com',
      folder: 'sentitems',
      subject: 'Re: Request',
      toRecipients: [],
      bodyPreview: '',
      ...message,
      id,
    };
    this.mail.set(id, created);
    return created;
  }

  /** Counts requests from now on. */
  mark(): () => number {
    const start = this.requests.length;
    return () => this.requests.length - start;
  }

  // ------------------------------------------------------------------ plumbing

  private record(request: RecordedRequest) {
    this.requests.push(request);
    if (this.recordFile !== undefined) {
      const headers = { ...request.headers };
      if (headers.authorization !== undefined) headers.authorization = 'Bearer <redacted>';
      const line = { method: request.method, url: request.url, headers, body: request.body ?? null };
      appendFileSync(this.recordFile, `${JSON.stringify(line)}\n`);
    }
  }

  private respond(answer: Answer): Response {
    return json(answer.status, answer.body, answer.headers ?? {});
  }

  private userOf(authorization: string | undefined): { name: string; scopes: Set<string> } | undefined {
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    if (match?.[1] === undefined) return undefined;
    const [name, scopes = ''] = match[1].split('|');
    if (name === undefined || name === '') return undefined;
    return { name, scopes: new Set(scopes.split(' ').filter(Boolean)) };
  }

  private pickFault(allowed: FaultKind[]): FaultKind | undefined {
    const fault = this.chooseFault(allowed);
    if (fault !== undefined) this.injected[fault]++;
    return fault;
  }

  private chooseFault(allowed: FaultKind[]): FaultKind | undefined {
    const scripted = this.faults.next[0];
    if (scripted !== undefined && allowed.includes(scripted)) return this.faults.next.shift();
    if (this.faults.rate <= 0 || this.faults.kinds.length === 0) return undefined;
    if (this.random() >= this.faults.rate) return undefined;
    const kinds = this.faults.kinds.filter((k) => allowed.includes(k));
    if (kinds.length === 0) return undefined;
    return kinds[Math.floor(this.random() * kinds.length)];
  }

  private checkRetryAfter(user: string, key: string) {
    const now = this.now().getTime();
    for (const k of [user, key]) {
      const until = this.blockedUntil.get(k);
      if (until !== undefined && now < until) {
        this.retryAfterViolations++;
        this.violations.push(
          `${key} (${until - now} ms early, request #${this.requests.length - 1}, blocked by ${k === user ? 'user' : 'request'} since #${this.blockedBy.get(k) ?? '?'})`,
        );
      }
    }
  }

  /** https://learn.microsoft.com/graph/throttling (429 + Retry-After in seconds) */
  private throttle(status: 429 | 503, user: string, key: string, scope: 'user' | 'request' = 'user'): Answer {
    const seconds = this.faults.retryAfterSeconds;
    this.blockedUntil.set(scope === 'user' ? user : key, this.now().getTime() + seconds * 1000);
    this.blockedBy.set(scope === 'user' ? user : key, this.requests.length - 1);
    return graphError(
      status,
      status === 429 ? 'TooManyRequests' : 'serviceNotAvailable',
      status === 429 ? 'Too many requests.' : 'Service unavailable.',
      { 'Retry-After': String(seconds) },
    );
  }

  private needScope(
    user: { name: string; scopes: Set<string> },
    anyOf: readonly string[],
    what: string,
  ): Answer | undefined {
    if (anyOf.some((s) => user.scopes.has(s))) return undefined;
    this.scopeFailures.push(`${what} needs ${anyOf.join(' or ')}`);
    return graphError(403, 'accessDenied', `Either scp or roles claim need to be present in the token (${what}).`);
  }

  private guid(): string {
    this.guidCounter++;
    return `00000000-0000-4000-8000-${this.guidCounter.toString(16).padStart(12, '0')}`;
  }

  /**
   * A list item's eTag in the documented form `"{GUID},n"` (braced, upper case), e.g. the
   * `"eTag": "\"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},1\""` of https://learn.microsoft.com/graph/api/driveitem-get
   * (listItem and driveItem share baseItem.eTag: https://learn.microsoft.com/graph/api/resources/baseitem).
   */
  private eTag(item: Item): string {
    return `"{${item.guid.toUpperCase()}},${item.version}"`;
  }

  /** The same version as a fieldValueSet's `@odata.etag` writes it: no braces, lower case. */
  private fieldsETag(item: Item): string {
    return `"${item.guid},${item.version}"`;
  }

  /** If-Match names this version of the item, in a form the service takes (sharePointRules.ifMatchAccepted). */
  private matches(ifMatch: string, item: Item): boolean {
    return ifMatchAccepted(ifMatch, this.eTag(item), this.strict.ifMatchForms ?? 'item-only');
  }

  private touch(item: Item) {
    item.version++;
    item.changeSeq = ++this.changeSeq;
    item.modified = this.now().toISOString();
  }

  // ------------------------------------------------------------------ mail

  private listMail(folder: string, q: URLSearchParams, userName: string, immutable: boolean): Answer {
    const clauses: { property: string; test: (m: FakeMailMessage) => boolean }[] = [];
    const filter = q.get('$filter');
    if (filter !== null) {
      for (const clause of filter.split(/\s+and\s+/)) {
        let c: RegExpExecArray | null;
        if ((c = /^conversationId eq '((?:[^']|'')*)'$/.exec(clause.trim()))) {
          const value = (c[1] as string).replaceAll("''", "'");
          clauses.push({ property: 'conversationId', test: (msg) => msg.conversationId === value });
        } else if ((c = /^sentDateTime (ge|gt|le|lt) (\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/.exec(clause.trim()))) {
          const op = c[1] as string;
          const at = Date.parse(c[2] as string);
          clauses.push({
            property: 'sentDateTime',
            test: (msg) => {
              const t = Date.parse(msg.sentDateTime);
              return op === 'ge' ? t >= at : op === 'gt' ? t > at : op === 'le' ? t <= at : t < at;
            },
          });
        } else {
          return graphError(400, 'BadRequest', `Invalid filter clause: ${clause}`);
        }
      }
    }
    const orderby = q.get('$orderby');
    const ordered = orderby === null ? [] : orderby.split(',').map((o) => o.trim().split(/\s+/)[0] as string);
    if (filter !== null && ordered.length > 0) {
      const leading = clauses.slice(0, ordered.length).map((c) => c.property);
      if (ordered.some((property, i) => leading[i] !== property)) {
        return graphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
      }
    }
    const inFolder = (msg: FakeMailMessage) =>
      msg.mailbox === userName && msg.folder === folder && clauses.every((c) => c.test(msg));
    let found = [...this.mail.values()].filter(inFolder);
    if (ordered[0] === 'sentDateTime') {
      const desc = /desc$/i.test(orderby ?? '');
      found.sort((a, b) => (desc ? -1 : 1) * (Date.parse(a.sentDateTime) - Date.parse(b.sentDateTime)));
    }
    const top = Math.min(1000, Number(q.get('$top') ?? 10) || 10);
    const skip = Number(q.get('$skip') ?? 0) || 0;
    const page = found.slice(skip, skip + top);
    found = page;
    const select = q.get('$select');
    const props = select === null ? null : select.split(',').map((p) => p.trim());
    const value = found.map((msg) => {
      const { folder: _folder, mailbox: _mailbox, immutableId, ...stored } = msg;
      // https://learn.microsoft.com/graph/outlook-immutable-id: the header switches every id in the answer.
      const resource = { ...stored, id: immutable ? immutableId : stored.id };
      const picked =
        props === null
          ? resource
          : Object.fromEntries(Object.entries(resource).filter(([k]) => props.includes(k) || k === 'id'));
      return { '@odata.etag': `W/"${msg.id}"`, ...picked };
    });
    const more = skip + top < [...this.mail.values()].filter(inFolder).length;
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + top));
    return {
      status: 200,
      body: {
        '@odata.context': `${ROOT}/$metadata#users('${userName}')/mailFolders('${folder}')/messages${select === null ? '' : `(${select})`}`,
        value,
        ...(more ? { '@odata.nextLink': `${ROOT}/me/mailFolders/${folder}/messages?${next.toString()}` } : {}),
      },
    };
  }

  // ------------------------------------------------------------------ routing

  private route(
    method: string,
    rawUrl: string,
    headers: Record<string, string>,
    body: unknown,
    user: { name: string; scopes: Set<string> },
    race: boolean,
  ): Answer {
    const url = new URL(rawUrl.startsWith('http') ? rawUrl : `${ROOT}${rawUrl}`);
    if (!url.href.startsWith(ROOT)) return graphError(400, 'BadRequest', 'Unknown host');
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    const q = url.searchParams;
    const read = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
    const write = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
    const manage = ['Sites.Manage.All', 'Sites.FullControl.All'];
    let m: RegExpExecArray | null;

    if (method === 'POST' && path === '/$batch') return this.batch(body, user);

    // https://learn.microsoft.com/graph/api/user-list-joinedteams
    if (method === 'GET' && path === '/me/joinedTeams') {
      const refused = this.refuseQueryOptions(url, 'joinedTeams');
      if (refused !== undefined) return refused;
      return (
        this.needScope(user, ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'User.Read.All'], 'joinedTeams') ?? {
          status: 200,
          body: { value: this.joinedTeams },
        }
      );
    }
    // https://learn.microsoft.com/graph/api/user-get-mailboxsettings
    if (method === 'GET' && path === '/me/mailboxSettings') {
      return (
        this.needScope(user, ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], 'mailboxSettings') ?? {
          status: 200,
          body: this.mailboxSettings,
        }
      );
    }
    // https://learn.microsoft.com/graph/api/event-get (GET /me/events/{id}; Calendars.Read is the least
    // privileged delegated permission the page lists; $select returns those properties plus id and eTag)
    if (method === 'GET' && (m = /^\/me\/events\/([^/]+)$/.exec(path))) {
      const denied = this.needScope(user, ['Calendars.Read', 'Calendars.ReadWrite'], 'event get');
      if (denied !== undefined) return denied;
      const event = this.events.get(m[1] as string);
      if (event === undefined)
        return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      const select = q.get('$select');
      const props = select === null ? Object.keys(event) : select.split(',').map((p) => p.trim());
      const picked = Object.fromEntries(
        props.filter((p): p is keyof FakeEvent => p in event).map((p) => [p, event[p]]),
      );
      return {
        status: 200,
        body: {
          '@odata.context': `${ROOT}/$metadata#users('${user.name}')/events(${select ?? ''})/$entity`,
          '@odata.etag': 'W/"fake"',
          id: event.id,
          ...picked,
        },
      };
    }
    // https://learn.microsoft.com/graph/api/mailfolder-list-messages (GET /me/mailFolders/{id}/messages;
    // well-known folder names such as 'sentitems' stand for ids; Mail.ReadBasic is the least privileged
    // delegated permission the page lists). With $filter and $orderby together, the ordered properties
    // must lead the filter, or Graph answers 400 InefficientFilter (user-list-messages, "Using filter
    // and orderby in the same query"). Pages follow @odata.nextLink.
    if (method === 'GET' && (m = /^\/me\/mailFolders\/([^/]+)\/messages$/.exec(path))) {
      const denied = this.needScope(user, ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'], 'list messages');
      if (denied !== undefined) return denied;
      return this.listMail(
        (m[1] as string).toLowerCase(),
        q,
        user.name,
        /IdType="ImmutableId"/.test(headers.prefer ?? ''),
      );
    }
    const thread = this.threadRoute(method, path, q, headers, user);
    if (thread !== undefined) return thread;
    const mail = this.messageRoute(method, path, q, headers, body, user);
    if (mail !== undefined) return mail;
    const chat = this.chatRoute(method, path, q, user);
    if (chat !== undefined) return chat;
    const teamTools = this.teamToolsRoute(method, path, q, headers, body, user);
    if (teamTools !== undefined) return teamTools;
    const todo = this.todo.route(method, path, q, body, user.name, (anyOf, what) => this.needScope(user, anyOf, what));
    if (todo !== undefined) return todo;

    // https://learn.microsoft.com/graph/api/site-get ("Access the root SharePoint site within a group")
    if (method === 'GET' && (m = /^\/groups\/([^/]+)\/sites\/root$/.exec(path))) {
      const denied = this.needScope(user, read, 'group site');
      if (denied !== undefined) return denied;
      if (m[1] !== this.groupId) return graphError(404, 'itemNotFound', 'Group not found.');
      if (this.members !== undefined && !this.members.includes(user.name))
        return graphError(403, 'accessDenied', 'Access denied.');
      return {
        status: 200,
        body: { id: this.siteId, displayName: 'Facilities', webUrl: 'https://contoso.sharepoint.com/sites/facilities' },
      };
    }

    const siteMatch = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
    if (siteMatch === null) return graphError(404, 'itemNotFound', `No route for ${method} ${path}`);
    if (siteMatch[1] !== this.siteId) return graphError(404, 'itemNotFound', 'Site not found.');
    if (this.members !== undefined && !this.members.includes(user.name))
      return graphError(403, 'accessDenied', 'Access denied.');
    const rest = siteMatch[2] ?? '';

    // https://learn.microsoft.com/graph/api/list-list
    if (method === 'GET' && rest === '/lists') {
      return (
        this.needScope(user, read, 'lists') ?? {
          status: 200,
          body: { value: this.lists.map((l) => this.listJson(l, false)) },
        }
      );
    }
    // https://learn.microsoft.com/graph/api/list-create
    if (method === 'POST' && rest === '/lists') {
      return this.needScope(user, manage, 'list create') ?? this.createList(body);
    }
    m = /^\/lists\/([^/]+)(\/.*)?$/.exec(rest);
    if (m === null) return graphError(404, 'itemNotFound', `No route for ${method} ${path}`);
    const list = this.lists.find((l) => l.id === m?.[1] || l.displayName === m?.[1]);
    if (list === undefined) return graphError(404, 'itemNotFound', 'List not found.');
    const sub = m[2] ?? '';

    // https://learn.microsoft.com/graph/api/list-get
    if (method === 'GET' && sub === '')
      return (
        this.needScope(user, read, 'list') ?? { status: 200, body: this.listJson(list, q.get('$expand') === 'columns') }
      );
    // https://learn.microsoft.com/graph/api/list-list-columns
    if (method === 'GET' && sub === '/columns')
      return this.needScope(user, read, 'columns') ?? { status: 200, body: { value: list.columns } };
    // https://learn.microsoft.com/graph/api/list-post-columns
    if (method === 'POST' && sub === '/columns')
      return this.needScope(user, manage, 'column create') ?? this.addColumn(list, body);
    // https://learn.microsoft.com/graph/api/columndefinition-update
    if (method === 'PATCH' && (m = /^\/columns\/([^/]+)$/.exec(sub))) {
      const denied = this.needScope(user, manage, 'column update');
      if (denied !== undefined) return denied;
      const column = list.columns.find((c) => c.id === m?.[1]);
      if (column === undefined) return graphError(404, 'itemNotFound', 'Column not found.');
      const patch = body as Partial<Column>;
      if (patch.indexed === true && !this.indexable(column.name)) return this.indexRefused(column.name);
      if (patch.indexed !== undefined) column.indexed = patch.indexed;
      if (patch.displayName !== undefined) column.displayName = patch.displayName;
      return { status: 200, body: column };
    }
    // https://learn.microsoft.com/graph/api/listitem-delta
    if (method === 'GET' && sub === '/items/delta') return this.needScope(user, read, 'delta') ?? this.delta(list, url);
    // https://learn.microsoft.com/graph/api/listitem-list
    if (method === 'GET' && sub === '/items')
      return this.needScope(user, read, 'items') ?? this.listItems(list, url, headers);
    // https://learn.microsoft.com/graph/api/listitem-create
    if (method === 'POST' && sub === '/items')
      return this.needScope(user, write, 'item create') ?? this.createItem(list, body);
    m = /^\/items\/([^/]+)(\/fields)?$/.exec(sub);
    if (m === null) return graphError(404, 'itemNotFound', `No route for ${method} ${path}`);
    const item = list.items.get(m[1] as string);
    const live = item !== undefined && !item.deleted ? item : undefined;
    // https://learn.microsoft.com/graph/api/listitem-get
    if (method === 'GET' && m[2] === undefined) {
      const denied = this.needScope(user, read, 'item');
      if (denied !== undefined) return denied;
      return live === undefined
        ? graphError(404, 'itemNotFound', 'Item not found')
        : { status: 200, body: this.itemJson(live, true) };
    }
    // https://learn.microsoft.com/graph/api/listitem-update (PATCH …/items/{id}/fields; If-Match → 412)
    if (method === 'PATCH' && m[2] === '/fields') {
      const denied = this.needScope(user, write, 'item update');
      if (denied !== undefined) return denied;
      if (live === undefined) return graphError(404, 'itemNotFound', 'Item not found');
      if (race) this.touch(live);
      const ifMatch = headers['if-match'];
      if (ifMatch !== undefined && !this.matches(ifMatch, live)) {
        return graphError(
          412,
          'resourceModified',
          'The resource has changed since the caller last read it; usually an eTag mismatch',
        );
      }
      const problem = this.checkFields(list, body as Record<string, unknown>);
      if (problem !== undefined) return problem;
      for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
        if (v === null) delete live.fields[k];
        else live.fields[k] = v;
      }
      this.touch(live);
      return { status: 200, body: this.fieldsJson(live) };
    }
    // https://learn.microsoft.com/graph/api/listitem-delete
    if (method === 'DELETE' && m[2] === undefined) {
      const denied = this.needScope(user, write, 'item delete');
      if (denied !== undefined) return denied;
      if (live === undefined) return graphError(404, 'itemNotFound', 'Item not found');
      if (race) this.touch(live);
      const ifMatch = headers['if-match'];
      if (ifMatch !== undefined && !this.matches(ifMatch, live)) {
        return graphError(
          412,
          'resourceModified',
          'The resource has changed since the caller last read it; usually an eTag mismatch',
        );
      }
      live.deleted = true;
      this.touch(live);
      return { status: 204 };
    }
    return graphError(405, 'BadRequest', `No route for ${method} ${path}`);
  }

  // ------------------------------------------------------------------ Microsoft 365 strictness: mail, chats, query options, indexes

  /**
   * `/me/messages/{id}` (GET: https://learn.microsoft.com/graph/api/message-get, least privileged
   * delegated Mail.ReadBasic; PATCH: https://learn.microsoft.com/graph/api/message-update, Mail.ReadWrite).
   * The id may be the current REST id or the immutable id; an old REST id (the message moved since),
   * another user's message or a deleted one is 404 ErrorItemNotFound. Ids in the answer are immutable
   * only with `Prefer: IdType="ImmutableId"` (https://learn.microsoft.com/graph/outlook-immutable-id).
   */
  private messageRoute(
    method: string,
    path: string,
    q: URLSearchParams,
    headers: Record<string, string>,
    body: unknown,
    user: { name: string; scopes: Set<string> },
  ): Answer | undefined {
    const m = /^\/me\/messages\/([^/]+)$/.exec(path);
    if (m === null || (method !== 'GET' && method !== 'PATCH')) return undefined;
    const denied =
      method === 'GET'
        ? this.needScope(user, ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'], 'message get')
        : this.needScope(user, ['Mail.ReadWrite'], 'message update');
    if (denied !== undefined) return denied;
    const id = m[1] as string;
    const message = [...this.messages.values()].find(
      (x) => !x.deleted && x.mailbox === user.name && (x.restId === id || x.immutableId === id),
    );
    if (message === undefined)
      return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (method === 'PATCH') {
      const patch = body as { flag?: Record<string, unknown>; singleValueExtendedProperties?: unknown } | undefined;
      const flag = patch?.flag;
      if (flag !== undefined) {
        if (flag.dueDateTime !== undefined && flag.startDateTime === undefined) {
          return graphError(400, 'ErrorInvalidArgument', 'A due date needs a start date.');
        }
      }
      // https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties:
      // each id is "{type} {guid} Id {0xhex}" or "{type} {guid} Name {name}" (resources/singlevaluelegacyextendedproperty);
      // a malformed one fails the whole PATCH.
      const extended = patch?.singleValueExtendedProperties;
      const ID =
        /^(Boolean|SystemTime|String|Integer|Long|Double) \{[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\} (Id 0x[0-9A-Fa-f]{1,4}|Name \S+)$/;
      if (
        extended !== undefined &&
        (!Array.isArray(extended) ||
          extended.some(
            (p: { id?: unknown; value?: unknown }) =>
              typeof p.id !== 'string' ||
              !ID.test(p.id) ||
              typeof p.value !== 'string' ||
              (p.id.startsWith('SystemTime') && Number.isNaN(Date.parse(p.value))) ||
              (p.id.startsWith('Boolean') && p.value !== 'true' && p.value !== 'false'),
          ))
      )
        return graphError(400, 'ErrorInvalidProperty', 'The extended property id or value is invalid.');
      if (flag !== undefined) message.flag = { ...flag };
      if (Array.isArray(extended))
        for (const p of extended as { id: string; value: string }[])
          message.extended = { ...message.extended, [p.id]: p.value };
    }
    const immutable = /IdType="ImmutableId"/.test(headers.prefer ?? '');
    const full = { id: immutable ? message.immutableId : message.restId, subject: message.subject, flag: message.flag };
    const select = q.get('$select');
    const picked =
      method === 'GET' && select !== null
        ? Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || select.split(',').includes(k)))
        : full;
    return { status: 200, body: picked, headers: immutable ? { 'Preference-Applied': 'IdType="ImmutableId"' } : {} };
  }

  /**
   * `GET /chats/{id}` (https://learn.microsoft.com/graph/api/chat-get; least privileged delegated
   * Chat.ReadBasic; "This operation does not currently support OData query parameters"). A chat the
   * user is not a member of is not found.
   */
  private chatRoute(
    method: string,
    path: string,
    q: URLSearchParams,
    user: { name: string; scopes: Set<string> },
  ): Answer | undefined {
    const m = /^\/(?:me\/)?chats\/([^/]+)$/.exec(path);
    if (m === null || method !== 'GET') return undefined;
    const refused = this.refuseQueryOptions(new URL(`${ROOT}/chats?${q.toString()}`), 'chat');
    if (refused !== undefined) return refused;
    const denied = this.needScope(user, ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'], 'chat get');
    if (denied !== undefined) return denied;
    const chat = this.chats.get(m[1] as string);
    if (chat === undefined || (chat.members !== undefined && !chat.members.includes(user.name)))
      return graphError(404, 'NotFound', 'Chat not found.');
    const { members: _members, ...visible } = chat;
    return {
      status: 200,
      body: {
        '@odata.context': `${ROOT}/$metadata#chats/$entity`,
        ...visible,
        webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0`,
      },
    };
  }

  /** An endpoint whose page says it "does not currently support the OData query parameters" refuses them. */
  private refuseQueryOptions(url: URL, what: string): Answer | undefined {
    const options = [...url.searchParams.keys()].filter((k) => k.startsWith('$'));
    if (options.length === 0) return undefined;
    return graphError(400, 'BadRequest', `Query option '${options[0] ?? ''}' is not allowed on ${what}.`);
  }

  /** SharePoint may not index a column on a large list: https://support.microsoft.com/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0 */
  private indexable(name: string): boolean {
    return !(this.indexing.refuseIndex ?? []).includes(name);
  }

  private indexRefused(name: string): Answer {
    return graphError(
      400,
      'invalidRequest',
      `The column '${name}' cannot be indexed: the list exceeds the list view threshold enforced by the administrator.`,
    );
  }

  // ------------------------------------------------------------------ issue 14: the request's thread

  /**
   * `GET /me/messages` — https://learn.microsoft.com/graph/api/user-list-messages: every folder of the
   * user's mailbox; `$top` from 1 to 1000 (default 10); pages follow `@odata.nextLink`. With `$filter`
   * and `$orderby` together, the ordered properties must appear in the filter, in the same order, before
   * any other (else 400 InefficientFilter, "The restriction or sort order is too complex for this
   * operation."). Least privileged permission Mail.ReadBasic, which leaves out the body and its preview
   * (https://learn.microsoft.com/graph/permissions-reference#mailreadbasic): with it `bodyPreview` is
   * not returned. `Prefer: IdType="ImmutableId"` switches the ids (https://learn.microsoft.com/graph/outlook-immutable-id).
   * Throttling (429 + Retry-After) comes from the fault plumbing like every request.
   */
  private threadRoute(
    method: string,
    path: string,
    q: URLSearchParams,
    headers: Record<string, string>,
    user: { name: string; scopes: Set<string> },
  ): Answer | undefined {
    if (method !== 'GET' || path !== '/me/messages') return undefined;
    const denied = this.needScope(user, ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'], 'list messages');
    if (denied !== undefined) return denied;
    const clauses: { property: string; test: (m: FakeMailMessage) => boolean }[] = [];
    const compare = (op: string, a: number, b: number) =>
      op === 'ge' ? a >= b : op === 'gt' ? a > b : op === 'le' ? a <= b : a < b;
    const filter = q.get('$filter');
    for (const clause of filter === null ? [] : filter.split(/\s+and\s+/)) {
      let c: RegExpExecArray | null;
      if ((c = /^conversationId eq '((?:[^']|'')*)'$/.exec(clause.trim()))) {
        const value = (c[1] as string).replaceAll("''", "'");
        clauses.push({ property: 'conversationId', test: (m) => m.conversationId === value });
      } else if (
        (c = /^(receivedDateTime|sentDateTime) (ge|gt|le|lt) (\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/.exec(clause.trim()))
      ) {
        const property = c[1] as 'receivedDateTime' | 'sentDateTime';
        const op = c[2] as string;
        const at = Date.parse(c[3] as string);
        clauses.push({
          property,
          test: (m) => compare(op, Date.parse(property === 'sentDateTime' ? m.sentDateTime : this.receivedOf(m)), at),
        });
      } else return graphError(400, 'BadRequest', `Invalid filter clause: ${clause}`);
    }
    const orderby = q.get('$orderby');
    const ordered = orderby === null ? [] : orderby.split(',').map((o) => o.trim().split(/\s+/));
    if (filter !== null && ordered.length > 0) {
      const leading = clauses.slice(0, ordered.length).map((c) => c.property);
      if (ordered.some(([property], i) => leading[i] !== property))
        return graphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
    }
    const top = Number(q.get('$top') ?? 10);
    if (!Number.isInteger(top) || top < 1 || top > 1000)
      return graphError(400, 'BadRequest', `The value of $top must be between 1 and 1000 (was ${q.get('$top')}).`);
    const skip = Number(q.get('$skip') ?? 0) || 0;
    let found = [...this.mail.values()].filter((m) => m.mailbox === user.name && clauses.every((c) => c.test(m)));
    const [first] = ordered;
    if (first !== undefined) {
      const desc = /^desc$/i.test(first[1] ?? '');
      const key = (m: FakeMailMessage) => Date.parse(first[0] === 'sentDateTime' ? m.sentDateTime : this.receivedOf(m));
      found = found.sort((a, b) => (desc ? -1 : 1) * (key(a) - key(b)));
    }
    const page = found.slice(skip, skip + top);
    const immutable = /IdType="ImmutableId"/.test(headers.prefer ?? '');
    const previews = user.scopes.has('Mail.Read') || user.scopes.has('Mail.ReadWrite');
    const select = q
      .get('$select')
      ?.split(',')
      .map((p) => p.trim());
    const value = page.map((m) => {
      const resource: Record<string, unknown> = {
        id: immutable ? m.immutableId : m.id,
        conversationId: m.conversationId,
        internetMessageId: m.internetMessageId ?? `<${m.id}@contoso.example>`,
        subject: m.subject,
        from: m.from ?? { emailAddress: { name: m.mailbox, address: m.mailbox } },
        sentDateTime: m.sentDateTime,
        receivedDateTime: this.receivedOf(m),
        isDraft: m.isDraft ?? false,
        toRecipients: m.toRecipients,
        ...(previews ? { bodyPreview: m.bodyPreview } : {}),
      };
      const picked =
        select === undefined
          ? resource
          : Object.fromEntries(Object.entries(resource).filter(([k]) => k === 'id' || select.includes(k)));
      return { '@odata.etag': `W/"${m.id}"`, ...picked };
    });
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + top));
    return {
      status: 200,
      body: {
        '@odata.context': `${ROOT}/$metadata#users('${user.name}')/messages`,
        value,
        ...(skip + top < found.length ? { '@odata.nextLink': `${ROOT}/me/messages?${next.toString()}` } : {}),
      },
      ...(immutable ? { headers: { 'Preference-Applied': 'IdType="ImmutableId"' } } : {}),
    };
  }

  private receivedOf(m: FakeMailMessage): string {
    return m.receivedDateTime ?? m.sentDateTime;
  }

  // ------------------------------------------------------------------ $batch

  /** https://learn.microsoft.com/graph/json-batching (at most 20 requests; answers by id) */
  private batch(body: unknown, user: { name: string; scopes: Set<string> }): Answer {
    const requests = (
      body as {
        requests?: {
          id: string;
          method: string;
          url: string;
          headers?: Record<string, string>;
          body?: unknown;
          dependsOn?: string[];
        }[];
      }
    )?.requests;
    if (!Array.isArray(requests) || requests.length === 0 || requests.length > 20) {
      return graphError(400, 'BadRequest', 'A batch holds 1 to 20 requests.');
    }
    if (new Set(requests.map((r) => r.id)).size !== requests.length)
      return graphError(400, 'BadRequest', 'Duplicate request id.');
    // A partial batch: this sub-request fails for sure, others may (see subRequestFault).
    const partial = this.partialBatch;
    const failing = partial ? Math.floor(this.random() * requests.length) : -1;
    this.partialBatch = false;
    const order = this.batchOrder();
    const responses = requests.map((r, index) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
      if (r.body !== undefined && headers['content-type'] === undefined) {
        return {
          id: r.id,
          status: 400,
          body: graphError(400, 'BadRequest', 'Content-Type header is required with a body').body,
        };
      }
      // A create is "the same request" again only for the same item (same KeptId), or the same To Do
      // task (its linked resource's externalId).
      const created = r.body as
        { fields?: { KeptId?: unknown }; linkedResources?: readonly { externalId?: unknown }[] } | undefined;
      const keptId = created?.fields?.KeptId ?? created?.linkedResources?.[0]?.externalId;
      const key = `${user.name} ${r.method} ${ROOT}${r.url}${typeof keptId === 'string' ? ` ${keptId}` : ''}`;
      if (!this.delivering) this.checkRetryAfter(user.name, key);
      const fault = this.subRequestFault(partial, index === failing);
      const refused = order.refusal(r);
      const answer = order.settled(
        r,
        refused ??
          (fault === '429' || fault === '503'
            ? this.throttle(fault === '429' ? 429 : 503, user.name, key, 'request')
            : this.subRequestAnswer(fault, this.route(r.method, r.url, headers, r.body, user, fault === '412'))),
      );
      this.subAnswers.push(
        `#${this.requests.length - 1} ${r.method} ${r.url.replace(/^.*\/items/, 'items')} → ${answer.status}`,
      );
      return {
        id: r.id,
        status: answer.status,
        headers: answer.headers ?? {},
        ...(answer.body !== undefined ? { body: answer.body } : {}),
      };
    });
    return { status: 200, body: { responses } };
  }

  /**
   * What the order of a batch's requests means (./sharePointRules.ts): a request whose `dependsOn`
   * failed answers 424; a second change to one list's columns that does not depend on the first runs
   * in parallel with it and meets a Save Conflict, unapplied.
   */
  private batchOrder() {
    const failed = new Set<string>();
    const dependencies = new Map<string, Set<string>>();
    const schemaChanges = new Map<string, string[]>();
    type Sub = { id: string; method: string; url: string; dependsOn?: string[] };
    const closure = (r: Sub) => new Set((r.dependsOn ?? []).flatMap((id) => [id, ...(dependencies.get(id) ?? [])]));
    return {
      refusal(r: Sub): Answer | undefined {
        const before = closure(r);
        dependencies.set(r.id, before);
        if ((r.dependsOn ?? []).some((id) => failed.has(id))) return FAILED_DEPENDENCY;
        const list = schemaChangeOf(r.method, r.url);
        if (list === undefined) return undefined;
        const earlier = schemaChanges.get(list) ?? [];
        schemaChanges.set(list, [...earlier, r.id]);
        return earlier.every((id) => before.has(id)) ? undefined : SAVE_CONFLICT;
      },
      settled(r: Sub, answer: Answer): Answer {
        if (answer.status >= 400) failed.add(r.id);
        return answer;
      },
    };
  }

  // ------------------------------------------------------------------ faults: 504 after commit, partial batches, reloads

  /** The next `$batch` is a partial one (see `subRequestFault`). */
  private partialBatch = false;
  /** Requests of closed panes that have not reached the server yet, with when they will. */
  private readonly lateRequests: { at: number; deliver: () => void }[] = [];
  /** True while a late request is applied: the server just runs it, nothing is injected or checked. */
  private delivering = false;

  /** Faults besides the original five: 504 after commit for writes, partial batches, pane reloads. */
  private laterFaults(method: string, url: string): FaultKind[] {
    const batch = method === 'POST' && url.endsWith('/$batch');
    return [
      ...(method === 'GET' ? [] : (['504-after-commit'] as const)),
      ...(batch ? (['partial-batch'] as const) : []),
      ...(this.faults.onReload !== undefined ? (['reload'] as const) : []),
    ];
  }

  /**
   * https://learn.microsoft.com/graph/errors — 504 Gateway Timeout: "the server, while acting as a
   * proxy, didn't receive a timely response from the upstream server". The upstream server went on
   * and applied the request (a list item was created, https://learn.microsoft.com/graph/api/listitem-create);
   * the client only learns that it does not know. Waits set while applying it were never seen.
   */
  private gatewayTimeoutAfterCommit(waitsBefore: ReadonlyMap<string, number>): Answer {
    this.blockedUntil.clear();
    for (const [k, v] of waitsBefore) this.blockedUntil.set(k, v);
    return graphError(504, 'GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.');
  }

  /**
   * A sub-request's own fault. https://learn.microsoft.com/graph/json-batching: the batch answers
   * 200 whenever it could be parsed, and "a 200 status code on the batch response doesn't indicate
   * that the individual requests inside the batch succeeded"; each request is evaluated against
   * throttling limits on its own (429 with Retry-After, https://learn.microsoft.com/graph/throttling),
   * and may meet 503 with Retry-After or a 504 (https://learn.microsoft.com/graph/errors). In a
   * partial batch every sub-request fails with probability 1/2, and `mustFail` always.
   */
  private subRequestFault(partial: boolean, mustFail: boolean): FaultKind | undefined {
    if (this.delivering) return undefined;
    const scripted = this.faults.nextInBatch;
    if (scripted !== undefined && scripted.length > 0) {
      const kind = scripted.shift();
      if (kind !== undefined) this.injected[kind]++;
      return kind;
    }
    if (!partial) return this.pickFault([...SUB_REQUEST_FAULTS]);
    if (!mustFail && this.random() < 0.5) return undefined;
    const kind = SUB_REQUEST_FAULTS[Math.floor(this.random() * SUB_REQUEST_FAULTS.length)] as FaultKind;
    this.injected[kind]++;
    return kind;
  }

  /** A sub-request applied by the server whose answer is a 504 (or the route's own answer). */
  private subRequestAnswer(fault: FaultKind | undefined, applied: Answer): Answer {
    if (fault !== '504-after-commit') return applied;
    return graphError(504, 'GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.');
  }

  /**
   * The user's task pane is closed (or reloaded) while this request is on its way. The page's
   * `fetch` never resolves for anyone who could handle it; what happened to the request is what
   * happens to any HTTP request whose client went away: it never left (one in three), it reached
   * the server before the page died (one in three), or it reaches the server later, up to
   * `lateArrivalMs` (one in three). Its answer is never seen, so it sets no Retry-After.
   */
  private reloadMidFlight(
    user: { name: string; scopes: Set<string> },
    method: string,
    url: string,
    headers: Record<string, string>,
    body: unknown,
  ): never {
    this.faults.onReload?.(user.name);
    const fate = this.random();
    const deliver = () => {
      this.delivering = true;
      const waitsBefore = new Map(this.blockedUntil);
      try {
        this.route(method, url, headers, body, user, false);
      } finally {
        this.delivering = false;
        this.blockedUntil.clear();
        for (const [k, v] of waitsBefore) this.blockedUntil.set(k, v);
      }
    };
    if (fate < 1 / 3) {
      // Never left the device.
    } else if (fate < 2 / 3) deliver();
    else {
      const at = this.now().getTime() + Math.floor(this.random() * (this.faults.lateArrivalMs ?? 30_000));
      this.lateRequests.push({ at, deliver });
    }
    throw new TypeError('fetch failed (fake: the task pane was closed while the request was in flight)');
  }

  /** Applies the requests of closed panes whose time to reach the server has come, oldest first. */
  private deliverLateRequests(): void {
    const now = this.now().getTime();
    const due = this.lateRequests.filter((r) => r.at <= now).sort((a, b) => a.at - b.at);
    for (const request of due) {
      this.lateRequests.splice(this.lateRequests.indexOf(request), 1);
      request.deliver();
    }
  }

  // ------------------------------------------------------------------ lists and columns

  private listJson(list: FakeList, withColumns: boolean) {
    // https://learn.microsoft.com/graph/api/resources/list
    return {
      id: list.id,
      name: list.name,
      displayName: list.displayName,
      description: list.description,
      list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
      ...(withColumns ? { columns: list.columns } : {}),
    };
  }

  private createList(body: unknown): Answer {
    const b = body as {
      displayName?: string;
      description?: string;
      columns?: Partial<Column>[];
      list?: { template?: string };
    };
    if (typeof b?.displayName !== 'string' || b.displayName === '')
      return graphError(400, 'invalidRequest', 'displayName is required');
    if (this.lists.some((l) => l.displayName === b.displayName))
      return graphError(409, 'nameAlreadyExists', 'A list with this name exists.');
    const list: FakeList = {
      id: this.guid(),
      name: b.displayName,
      displayName: b.displayName,
      description: b.description ?? '',
      columns: [
        {
          id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
          name: 'Title',
          displayName: 'Title',
          indexed: false,
          text: { allowMultipleLines: false, maxLength: 255 },
        },
        { id: 'col-modified', name: 'Modified', displayName: 'Modified', indexed: false, readOnly: true },
      ],
      items: new Map(),
      nextItemId: 1,
    };
    for (const c of b.columns ?? []) {
      const added = this.addColumn(list, c);
      if (added.status >= 300) return added;
    }
    this.lists.push(list);
    return { status: 201, body: this.listJson(list, true) };
  }

  private addColumn(list: FakeList, body: unknown): Answer {
    const c = body as Partial<Column>;
    if (typeof c.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.name))
      return graphError(400, 'invalidRequest', 'Invalid column name');
    // Internal and display names are both unique in a list.
    if (list.columns.some((x) => x.name === c.name || (c.displayName !== undefined && x.displayName === c.displayName)))
      return graphError(409, 'nameAlreadyExists', `A column named ${c.displayName ?? c.name} exists.`);
    if (c.text === undefined && c.number === undefined)
      return graphError(400, 'invalidRequest', 'Column type facet missing');
    const indexedCount = list.columns.filter((x) => x.indexed).length + (c.indexed === true ? 1 : 0);
    // SharePoint allows 20 indexed columns per list.
    if (indexedCount > 20) return graphError(400, 'invalidRequest', 'Too many indexed columns');
    const column: Column = {
      id: this.guid(),
      name: c.name,
      displayName: c.displayName ?? c.name,
      indexed: c.indexed === true && this.indexable(c.name) && this.indexing.createUnindexed !== true,
      ...(c.text !== undefined ? { text: { ...c.text } } : {}),
      ...(c.number !== undefined ? { number: { ...c.number } } : {}),
    };
    list.columns.push(column);
    return { status: 201, body: column };
  }

  // ------------------------------------------------------------------ items

  /** https://learn.microsoft.com/graph/api/resources/fieldvalueset (with its @odata.etag) */
  private fieldsJson(item: Item) {
    return {
      '@odata.etag': this.fieldsETag(item),
      id: item.id,
      ...item.fields,
      Modified: item.modified,
      Created: item.created,
    };
  }

  /** https://learn.microsoft.com/graph/api/resources/listitem */
  private itemJson(item: Item, withFields: boolean) {
    return {
      '@odata.etag': this.eTag(item),
      id: item.id,
      eTag: this.eTag(item),
      createdDateTime: item.created,
      lastModifiedDateTime: item.modified,
      contentType: { id: '0x0100', name: 'Item' },
      ...(withFields ? { fields: this.fieldsJson(item) } : {}),
    };
  }

  private checkFields(list: FakeList, fields: Record<string, unknown> | undefined): Answer | undefined {
    if (fields === undefined || typeof fields !== 'object') return graphError(400, 'invalidRequest', 'Invalid request');
    for (const [name, value] of Object.entries(fields)) {
      const column = list.columns.find((c) => c.name === name);
      if (column === undefined || column.readOnly === true)
        return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (value === null) continue;
      if (column.number !== undefined && typeof value !== 'number')
        return graphError(400, 'invalidRequest', `Field '${name}' expects a number`);
      if (column.text !== undefined) {
        if (typeof value !== 'string') return graphError(400, 'invalidRequest', `Field '${name}' expects text`);
        if (column.text.allowMultipleLines !== true && value.length > 255) {
          return graphError(400, 'invalidRequest', `The value of field '${name}' is longer than 255 characters`);
        }
      }
    }
    return undefined;
  }

  private createItem(list: FakeList, body: unknown): Answer {
    const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
    const problem = this.checkFields(list, fields);
    if (problem !== undefined) return problem;
    const now = this.now().toISOString();
    const item: Item = {
      id: String(list.nextItemId++),
      guid: this.guid(),
      version: 1,
      fields: Object.fromEntries(Object.entries(fields ?? {}).filter(([, v]) => v !== null)),
      changeSeq: ++this.changeSeq,
      deleted: false,
      created: now,
      modified: now,
    };
    list.items.set(item.id, item);
    return { status: 201, body: this.itemJson(item, true) };
  }

  /**
   * Supports what Kept sends: `fields/X eq 'v'` clauses joined by `or`, quotes doubled inside literals.
   * Returns the test and the columns it names; SharePoint's refusals are decided in `listItems`.
   */
  private parseFilter(
    list: FakeList,
    filter: string,
    honorNonIndexed: boolean,
  ): { test: (i: Item) => boolean; columns: string[]; unindexed: Answer | undefined } | Answer {
    const clauses = filter.split(/\)\s+or\s+\(/).map((c) => c.replace(/^\(/, '').replace(/\)$/, ''));
    const tests: ((i: Item) => boolean)[] = [];
    const columns: string[] = [];
    let unindexed: Answer | undefined;
    for (const clause of clauses) {
      const m = /^fields\/([A-Za-z_][A-Za-z0-9_]*) eq '((?:[^']|'')*)'$/.exec(clause.trim());
      if (m === null) return graphError(400, 'invalidRequest', `Invalid filter clause: ${clause}`);
      const [, name, literal] = m as unknown as [string, string, string];
      const column = list.columns.find((c) => c.name === name);
      if (column === undefined) return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      columns.push(name);
      if (!column.indexed && !honorNonIndexed && unindexed === undefined) {
        // SharePoint refuses filters on non-indexed columns unless told to try anyway.
        unindexed = graphError(
          400,
          'invalidRequest',
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
      const value = literal.replaceAll("''", "'");
      tests.push((i) => i.fields[name] === value);
    }
    return { test: (i) => tests.some((t) => t(i)), columns, unindexed };
  }

  private page<T>(all: T[], url: URL, offsetParam: string): { slice: T[]; next?: string } {
    const top = Math.min(Number(url.searchParams.get('$top') ?? '200') || 200, this.maxPage);
    const offset = Number(url.searchParams.get(offsetParam) ?? '0') || 0;
    const slice = all.slice(offset, offset + top);
    if (offset + top >= all.length) return { slice };
    const next = new URL(url.href);
    next.searchParams.set(offsetParam, String(offset + top));
    return { slice, next: next.href };
  }

  private listItems(list: FakeList, url: URL, headers: Record<string, string>): Answer {
    const filter = url.searchParams.get('$filter');
    const honor = (headers.prefer ?? '').includes('HonorNonIndexedQueriesWarningMayFailRandomly');
    let predicate: (i: Item) => boolean = () => true;
    const live = [...list.items.values()].filter((i) => !i.deleted);
    if (filter !== null) {
      const parsed = this.parseFilter(list, filter, honor);
      if ('status' in parsed) return parsed;
      predicate = parsed.test;
      // A large list refuses an unindexed filter as one over the threshold (it would scan every item).
      const touched = parsed.unindexed === undefined ? live.filter(predicate).length : live.length;
      const refused = filterRefusal(parsed.columns, touched, live.length, this.strict.largeList);
      if (refused !== undefined) return refused;
      if (parsed.unindexed !== undefined) return parsed.unindexed;
    }
    const expand = url.searchParams.get('$expand') === 'fields';
    const all = live.filter(predicate);
    const { slice, next } = this.page(all, url, '$skiptoken');
    return {
      status: 200,
      body: { value: slice.map((i) => this.itemJson(i, expand)), ...(next ? { '@odata.nextLink': next } : {}) },
    };
  }

  /**
   * https://learn.microsoft.com/graph/api/listitem-delta — pages of changed items (latest state
   * only), deleted ones with the `deleted` facet, `@odata.nextLink` until the last page carries
   * `@odata.deltaLink`; `token=latest` returns no items and a link; an expired token is 410 Gone.
   */
  private delta(list: FakeList, url: URL): Answer {
    const token = url.searchParams.get('token');
    const expand = url.searchParams.get('$expand') === 'fields';
    const base = new URL(url.href);
    base.searchParams.delete('token');
    base.searchParams.delete('$skiptoken');
    if (token === 'latest') {
      const link = new URL(base.href);
      link.searchParams.set('token', `seq-${this.changeSeq}`);
      return { status: 200, body: { value: [], '@odata.deltaLink': link.href } };
    }
    const since = token === null ? 0 : Number(token.replace(/^seq-/, ''));
    if (token !== null && (Number.isNaN(since) || since < this.expiredTokensBefore)) {
      return graphError(410, 'resyncRequired', 'The delta token is no longer valid.', { Location: base.href });
    }
    // The enumeration is pinned to the change number of its first page (skip token "upto.offset").
    const skip = url.searchParams.get('$skiptoken');
    const [uptoText, offsetText] = (skip ?? '').split('.');
    const upto = skip === null ? this.changeSeq : Number(uptoText);
    const offset = skip === null ? 0 : Number(offsetText);
    const changed = [...list.items.values()]
      .filter((i) => i.changeSeq > since && i.changeSeq <= upto && (token !== null || !i.deleted))
      .sort((a, b) => a.changeSeq - b.changeSeq);
    const asked = Number(url.searchParams.get('$top') ?? '200') || 200;
    const top = deltaPageSize(asked, this.maxPage, this.strict.deltaPaging ?? { kind: 'as-asked' });
    const slice = changed.slice(offset, offset + top);
    const value = slice.map((i) =>
      i.deleted ? { id: i.id, deleted: { state: 'deleted' } } : this.itemJson(i, expand),
    );
    if (offset + top < changed.length) {
      const next = new URL(url.href);
      next.searchParams.set('$skiptoken', `${upto}.${offset + top}`);
      return { status: 200, body: { value, '@odata.nextLink': next.href } };
    }
    const link = new URL(base.href);
    link.searchParams.set('token', `seq-${upto}`);
    return { status: 200, body: { value, '@odata.deltaLink': link.href } };
  }

  // ================================================================== team tools (issue 14)
  // Teams activity feed notifications, messages in a meeting chat and in a channel, and per-user
  // documents in the OneDrive app folder. Each route cites its page; each refuses what the page says
  // Microsoft refuses. Throttling (429 + Retry-After), 503 and dropped connections come from the
  // generic fault injection above, like every other route.

  /** Activity feed notifications accepted, in order (the fake's "Teams"). */
  readonly activityNotifications: {
    from: string;
    to: string;
    activityType: string;
    topic: { source: string; value: string; webUrl?: string };
    previewText: string;
    templateParameters: Record<string, string>;
  }[] = [];
  /** Users who have Kept installed (personal scope, or in a team or chat they are in); undefined: everyone. */
  appInstalledFor: Set<string> | undefined;
  /** Users the directory knows; undefined: everyone. A notification to anyone else is 404. */
  directory: Set<string> | undefined;
  /** Messages posted to chats and channels, in order. */
  readonly postedMessages: {
    from: string;
    where: { chatId: string } | { teamId: string; channelId: string };
    subject?: string;
    contentType: string;
    content: string;
  }[] = [];
  /** The team's channels by id (the group's team); members of the group may post in them. */
  readonly channels = new Map<string, { displayName: string }>([
    ['19:general@thread.tacv2', { displayName: 'General' }],
  ]);
  /** Each user's app folder files by name. */
  readonly appFolders = new Map<string, Map<string, { id: string; content: string; version: number }>>();
  private downloadCounter = 0;
  private readonly downloads = new Map<string, string>();

  /**
   * The activity types the app manifest declares, with the parameters their text names
   * (manifest/manifest.template.json): "The activity type must be declared in the Teams app manifest"
   * (https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification).
   */
  private readonly declaredActivities: ReadonlyMap<string, readonly string[]> = declaredActivityTypes();

  private teamToolsRoute(
    method: string,
    path: string,
    q: URLSearchParams,
    headers: Record<string, string>,
    body: unknown,
    user: { name: string; scopes: Set<string> },
  ): Answer | undefined {
    let m: RegExpExecArray | null;
    // https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
    // POST /users/{userId | user-principal-name}/teamwork/sendActivityNotification; least privileged
    // delegated permission TeamsActivity.Send; 204 No Content.
    if (method === 'POST' && (m = /^\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(path))) {
      const denied = this.needScope(user, ['TeamsActivity.Send'], 'sendActivityNotification');
      return denied ?? this.sendActivityNotification(user.name, (m[1] as string).toLowerCase(), body);
    }
    // https://learn.microsoft.com/graph/api/chat-post-messages (POST /chats/{chat-id}/messages;
    // least privileged delegated ChatMessage.Send; 201 Created with the chatMessage).
    if (method === 'POST' && (m = /^\/chats\/([^/]+)\/messages$/.exec(path))) {
      const denied = this.needScope(
        user,
        ['ChatMessage.Send', 'Chat.ReadWrite', 'Group.ReadWrite.All'],
        'chat message',
      );
      if (denied !== undefined) return denied;
      const chat = this.chats.get(m[1] as string);
      if (chat === undefined || (chat.members !== undefined && !chat.members.includes(user.name)))
        return graphError(404, 'NotFound', 'Chat not found.');
      return this.postMessage(user.name, { chatId: chat.id }, body);
    }
    // https://learn.microsoft.com/graph/api/channel-post-messages (POST /teams/{team-id}/channels/{channel-id}/messages;
    // least privileged delegated ChannelMessage.Send; 201 Created with the chatMessage).
    if (method === 'POST' && (m = /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(path))) {
      const denied = this.needScope(user, ['ChannelMessage.Send', 'Group.ReadWrite.All'], 'channel message');
      if (denied !== undefined) return denied;
      if (m[1] !== this.groupId || !this.channels.has(m[2] as string))
        return graphError(404, 'NotFound', 'Channel not found.');
      if (this.members !== undefined && !this.members.includes(user.name))
        return graphError(403, 'Forbidden', 'The user is not a member of the team.');
      return this.postMessage(user.name, { teamId: m[1] as string, channelId: m[2] as string }, body);
    }
    // The app folder: https://learn.microsoft.com/graph/onedrive-sharepoint-appfolder
    // (Files.ReadWrite.AppFolder, delegated, limited to the app's own folder). A file by path:
    // GET …/special/approot:/{name} (https://learn.microsoft.com/graph/api/driveitem-get), with
    // @microsoft.graph.downloadUrl for JavaScript apps (https://learn.microsoft.com/graph/api/driveitem-get-content);
    // PUT …/special/approot:/{name}:/content (https://learn.microsoft.com/graph/api/driveitem-put-content),
    // If-Match with a stale eTag → 412 (https://learn.microsoft.com/graph/api/driveitem-update, conditional headers).
    if ((m = /^\/me\/drive\/special\/approot:\/([^/:]+)(:\/content)?$/.exec(path))) {
      const denied = this.needScope(
        user,
        ['Files.ReadWrite.AppFolder', 'Files.ReadWrite', 'Files.ReadWrite.All'],
        'app folder',
      );
      if (denied !== undefined) return denied;
      const name = m[1] as string;
      const folder =
        this.appFolders.get(user.name) ?? new Map<string, { id: string; content: string; version: number }>();
      this.appFolders.set(user.name, folder);
      const file = folder.get(name);
      const eTag = (f: { id: string; version: number }) => `"{${f.id}},${f.version}"`;
      if (method === 'GET' && m[2] === undefined) {
        if (file === undefined) return graphError(404, 'itemNotFound', 'The resource could not be found.');
        const token = `d${++this.downloadCounter}`;
        this.downloads.set(token, file.content);
        const all = {
          id: file.id,
          name,
          eTag: eTag(file),
          size: file.content.length,
          file: { mimeType: 'application/json' },
        };
        const select = (q.get('select') ?? q.get('$select'))?.split(',');
        const picked =
          select === undefined ? all : Object.fromEntries(Object.entries(all).filter(([k]) => select.includes(k)));
        return {
          status: 200,
          body: {
            ...picked,
            ...(select === undefined || select.includes('@microsoft.graph.downloadUrl')
              ? { '@microsoft.graph.downloadUrl': `${DOWNLOAD_ROOT}${token}` }
              : {}),
          },
        };
      }
      if (method === 'PUT' && m[2] !== undefined) {
        const ifMatch = headers['if-match'];
        if (ifMatch !== undefined && (file === undefined || ifMatch !== eTag(file)))
          return graphError(412, 'preconditionFailed', 'The resource has changed since the caller last read it.');
        const content = typeof body === 'string' ? body : JSON.stringify(body);
        const saved = { id: file?.id ?? `appfile-${folder.size + 1}`, content, version: (file?.version ?? 0) + 1 };
        folder.set(name, saved);
        return {
          status: file === undefined ? 201 : 200,
          body: { id: saved.id, name, eTag: eTag(saved), size: content.length, file: { mimeType: 'application/json' } },
        };
      }
      return graphError(405, 'BadRequest', `No route for ${method} ${path}`);
    }
    return undefined;
  }

  private sendActivityNotification(from: string, to: string, body: unknown): Answer {
    const b = (body ?? {}) as {
      topic?: { source?: unknown; value?: unknown; webUrl?: unknown };
      activityType?: unknown;
      previewText?: { content?: unknown };
      templateParameters?: { name?: unknown; value?: unknown }[];
    };
    const bad = (message: string) => graphError(400, 'BadRequest', message);
    if (this.directory !== undefined && !this.directory.has(to))
      return graphError(404, 'Request_ResourceNotFound', `Resource '${to}' does not exist.`);
    // "Can a user send notifications to themselves? No" (teams-send-activityfeednotifications, FAQ).
    if (to === from.toLowerCase()) return bad('Sending notifications to self is not supported.');
    if (this.appInstalledFor !== undefined && !this.appInstalledFor.has(to))
      return graphError(403, 'Forbidden', 'The Teams app is not installed for the recipient.');
    const topic = b.topic;
    if (topic?.source !== 'text' && topic?.source !== 'entityUrl')
      return bad('topic.source must be text or entityUrl.');
    if (typeof topic.value !== 'string' || topic.value === '') return bad('topic.value is required.');
    // "webUrl is required when using topic source as text"; "webUrl must start with the Microsoft Teams domain".
    if (
      topic.source === 'text' &&
      (typeof topic.webUrl !== 'string' || !topic.webUrl.startsWith('https://teams.microsoft.com/'))
    )
      return bad('topic.webUrl must be a Teams link.');
    const type = typeof b.activityType === 'string' ? b.activityType : '';
    const expected = this.declaredActivities.get(type);
    if (type !== 'systemDefault' && expected === undefined)
      return bad(`The activity type '${type}' is not declared in the app manifest.`);
    const preview = b.previewText?.content;
    if (typeof preview !== 'string') return bad('previewText.content is required.');
    const params = Object.fromEntries(
      (b.templateParameters ?? []).map((p) => [String(p.name ?? ''), String(p.value ?? '')] as const),
    );
    const missing = (expected ?? []).filter((name) => !(name in params));
    if (missing.length > 0) return bad(`Template parameters missing: ${missing.join(', ')}.`);
    this.activityNotifications.push({
      from,
      to,
      activityType: type,
      topic: {
        source: topic.source,
        value: topic.value,
        ...(typeof topic.webUrl === 'string' ? { webUrl: topic.webUrl } : {}),
      },
      // "Microsoft Teams will only show first 150 characters."
      previewText: preview.slice(0, 150),
      templateParameters: params,
    });
    return { status: 204 };
  }

  private postMessage(
    from: string,
    where: { chatId: string } | { teamId: string; channelId: string },
    body: unknown,
  ): Answer {
    const b = (body ?? {}) as { subject?: unknown; body?: { contentType?: unknown; content?: unknown } };
    if (typeof b.body?.content !== 'string' || b.body.content === '')
      return graphError(400, 'BadRequest', 'body.content is required.');
    const contentType = b.body.contentType === 'html' ? 'html' : 'text';
    this.postedMessages.push({
      from,
      where,
      ...(typeof b.subject === 'string' ? { subject: b.subject } : {}),
      contentType,
      content: b.body.content,
    });
    const id = String(Date.parse(this.now().toISOString()) + this.postedMessages.length);
    return {
      status: 201,
      body: {
        id,
        messageType: 'message',
        createdDateTime: this.now().toISOString(),
        subject: typeof b.subject === 'string' ? b.subject : null,
        chatId: 'chatId' in where ? where.chatId : null,
        channelIdentity: 'teamId' in where ? where : null,
        body: { contentType, content: b.body.content },
        from: { user: { id: from, displayName: from, userIdentityType: 'aadUser' } },
      },
    };
  }

  /** A preauthenticated download URL: no Authorization header needed (driveitem-get-content). */
  private download(url: string): Answer {
    const content = this.downloads.get(url.slice(DOWNLOAD_ROOT.length));
    if (content === undefined) return { status: 401, body: 'The download link expired.' };
    return { status: 200, body: JSON.parse(content) as unknown };
  }
}

export function createFakeGraph(options: FakeGraphOptions = {}): FakeGraph {
  return new FakeGraph(options);
}
