/**
 * An in-process fake of exactly the Microsoft Graph endpoints Kept uses, as a `fetch`-compatible
 * function. Shapes follow Microsoft's documentation; the page is cited next to each one.
 * State lives in memory; nothing touches the network.
 *
 * Tokens: the fake reads `Bearer <user>|<scope> <scope>…` (what tests/fakes/graph/tokens.ts
 * makes), so it can check that each request carries the scope the documentation asks for.
 * Fault injection: 429 with Retry-After, 503, connections dropped before or after the server
 * applied the request, and 412 races (another writer changes the item just before a write).
 * Recording: when KEPT_GRAPH_RECORD names a file, every request is appended to it as one JSON line
 * `{"method","url","headers","body"}` (the Authorization header's token is redacted).
 */
import { seededRandom } from '../../../src/domain/seededRandom';
import { appendFileSync } from 'node:fs';

export type FaultKind = '429' | '503' | 'drop-before' | 'drop-after' | '412';

export interface FaultConfig {
  /** Probability (0–1) that a request gets one of `kinds`. */
  rate: number;
  kinds: FaultKind[];
  retryAfterSeconds: number;
  /** Scripted faults, used first, one per request (or per batch sub-request for 429/412). */
  next: FaultKind[];
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

/**
 * A message in the user's mailbox, with the properties Kept may read.
 * https://learn.microsoft.com/graph/api/resources/message (conversationId, sentDateTime, subject,
 * toRecipients: recipient objects `{ emailAddress: { name, address } }`).
 */
export interface FakeMailMessage {
  id: string;
  /** Well-known folder name the message is in ('sentitems', 'inbox', …). */
  folder: string;
  conversationId: string;
  sentDateTime: string;
  subject: string;
  toRecipients: { emailAddress: { name: string; address: string } }[];
  bodyPreview: string;
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
  /** Defaults to process.env.KEPT_GRAPH_RECORD. */
  readonly recordFile?: string;
}

const ROOT = 'https://graph.microsoft.com/v1.0';

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
  readonly injected: Record<FaultKind, number> = { '429': 0, '503': 0, 'drop-before': 0, 'drop-after': 0, '412': 0 };
  /** Each batch sub-request and its status, for failure messages. */
  readonly subAnswers: string[] = [];
  /** Which requests came too early, for the failure message. */
  readonly violations: string[] = [];
  /** Requests whose scopes were not enough. */
  readonly scopeFailures: string[] = [];
  readonly messages = new Map<string, { id: string; subject: string; flag: Record<string, unknown> }>();
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
  }

  /** The `fetch` to hand to the store. */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = typeof init.body === 'string' && init.body !== '' ? (JSON.parse(init.body) as unknown) : undefined;
    this.record({ method, url, headers, body });

    const user = this.userOf(headers.authorization);
    if (user === undefined)
      return this.respond(graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
    const key = `${user.name} ${method} ${url}`;
    this.checkRetryAfter(user.name, key);

    const fault = this.pickFault(['429', '503', 'drop-before', 'drop-after', '412']);
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
    return this.respond(answer);
  };

  // ------------------------------------------------------------------ inspection and hand edits

  /** The Kept list, if provisioned. */
  list(): FakeList | undefined {
    return this.lists.find((l) => l.name === 'Kept commitments') ?? this.lists[0];
  }

  /** Live items with their fields, as SharePoint holds them. */
  items(): { id: string; eTag: string; fields: Record<string, unknown> }[] {
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

  addMessage(id: string, subject = 'Request'): void {
    // https://learn.microsoft.com/graph/api/resources/message (flag: followupFlag)
    this.messages.set(id, { id, subject, flag: { flagStatus: 'notFlagged' } });
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

  /** A message in the user's mailbox, e.g. the reply they sent from Outlook's reply form. */
  addMailMessage(
    message: Partial<FakeMailMessage> & Pick<FakeMailMessage, 'conversationId' | 'sentDateTime'>,
  ): FakeMailMessage {
    const id = message.id ?? `AAMkAGmsg${this.mail.size + 1}=`;
    const created: FakeMailMessage = {
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

  private eTag(item: Item): string {
    return `"${item.guid},${item.version}"`;
  }

  private touch(item: Item) {
    item.version++;
    item.changeSeq = ++this.changeSeq;
    item.modified = this.now().toISOString();
  }

  // ------------------------------------------------------------------ mail

  private listMail(folder: string, q: URLSearchParams, userName: string): Answer {
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
    let found = [...this.mail.values()].filter((msg) => msg.folder === folder && clauses.every((c) => c.test(msg)));
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
      const { folder: _folder, ...resource } = msg;
      const picked =
        props === null
          ? resource
          : Object.fromEntries(Object.entries(resource).filter(([k]) => props.includes(k) || k === 'id'));
      return { '@odata.etag': `W/"${msg.id}"`, ...picked };
    });
    const more =
      skip + top <
      [...this.mail.values()].filter((msg) => msg.folder === folder && clauses.every((c) => c.test(msg))).length;
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
      return this.listMail((m[1] as string).toLowerCase(), q, user.name);
    }
    // https://learn.microsoft.com/graph/api/message-update
    if (method === 'PATCH' && (m = /^\/me\/messages\/([^/]+)$/.exec(path))) {
      const denied = this.needScope(user, ['Mail.ReadWrite'], 'message update');
      if (denied !== undefined) return denied;
      const message = this.messages.get(m[1] as string);
      if (message === undefined)
        return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      const flag = (body as { flag?: Record<string, unknown> } | undefined)?.flag;
      if (flag !== undefined) {
        if (flag.dueDateTime !== undefined && flag.startDateTime === undefined) {
          return graphError(400, 'ErrorInvalidArgument', 'A due date needs a start date.');
        }
        message.flag = { ...flag };
      }
      return { status: 200, body: { id: message.id, subject: message.subject, flag: message.flag } };
    }

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
      if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== this.eTag(live)) {
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
      if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== this.eTag(live)) {
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

  // ------------------------------------------------------------------ $batch

  /** https://learn.microsoft.com/graph/json-batching (at most 20 requests; answers by id) */
  private batch(body: unknown, user: { name: string; scopes: Set<string> }): Answer {
    const requests = (
      body as {
        requests?: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[];
      }
    )?.requests;
    if (!Array.isArray(requests) || requests.length === 0 || requests.length > 20) {
      return graphError(400, 'BadRequest', 'A batch holds 1 to 20 requests.');
    }
    if (new Set(requests.map((r) => r.id)).size !== requests.length)
      return graphError(400, 'BadRequest', 'Duplicate request id.');
    const responses = requests.map((r) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
      if (r.body !== undefined && headers['content-type'] === undefined) {
        return {
          id: r.id,
          status: 400,
          body: graphError(400, 'BadRequest', 'Content-Type header is required with a body').body,
        };
      }
      // A create is "the same request" again only for the same item (same KeptId).
      const keptId = (r.body as { fields?: { KeptId?: unknown } } | undefined)?.fields?.KeptId;
      const key = `${user.name} ${r.method} ${ROOT}${r.url}${typeof keptId === 'string' ? ` ${keptId}` : ''}`;
      this.checkRetryAfter(user.name, key);
      const fault = this.pickFault(['429', '412']);
      const answer =
        fault === '429'
          ? this.throttle(429, user.name, key, 'request')
          : this.route(r.method, r.url, headers, r.body, user, fault === '412');
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
    if (list.columns.some((x) => x.name === c.name))
      return graphError(409, 'nameAlreadyExists', `A column named ${c.name} exists.`);
    if (c.text === undefined && c.number === undefined)
      return graphError(400, 'invalidRequest', 'Column type facet missing');
    const indexedCount = list.columns.filter((x) => x.indexed).length + (c.indexed === true ? 1 : 0);
    // SharePoint allows 20 indexed columns per list.
    if (indexedCount > 20) return graphError(400, 'invalidRequest', 'Too many indexed columns');
    const column: Column = {
      id: this.guid(),
      name: c.name,
      displayName: c.displayName ?? c.name,
      indexed: c.indexed === true,
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
      '@odata.etag': this.eTag(item),
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

  /** Supports what Kept sends: `fields/X eq 'v'` clauses joined by `or`, quotes doubled inside literals. */
  private parseFilter(list: FakeList, filter: string, honorNonIndexed: boolean): ((i: Item) => boolean) | Answer {
    const clauses = filter.split(/\)\s+or\s+\(/).map((c) => c.replace(/^\(/, '').replace(/\)$/, ''));
    const tests: ((i: Item) => boolean)[] = [];
    for (const clause of clauses) {
      const m = /^fields\/([A-Za-z_][A-Za-z0-9_]*) eq '((?:[^']|'')*)'$/.exec(clause.trim());
      if (m === null) return graphError(400, 'invalidRequest', `Invalid filter clause: ${clause}`);
      const [, name, literal] = m as unknown as [string, string, string];
      const column = list.columns.find((c) => c.name === name);
      if (column === undefined) return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (!column.indexed && !honorNonIndexed) {
        // SharePoint refuses filters on non-indexed columns unless told to try anyway.
        return graphError(
          400,
          'invalidRequest',
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
      const value = literal.replaceAll("''", "'");
      tests.push((i) => i.fields[name] === value);
    }
    return (i) => tests.some((t) => t(i));
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
    if (filter !== null) {
      const parsed = this.parseFilter(list, filter, honor);
      if (typeof parsed !== 'function') return parsed;
      predicate = parsed;
    }
    const expand = url.searchParams.get('$expand') === 'fields';
    const all = [...list.items.values()].filter((i) => !i.deleted && predicate(i));
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
    const top = Math.min(Number(url.searchParams.get('$top') ?? '200') || 200, this.maxPage);
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
}

export function createFakeGraph(options: FakeGraphOptions = {}): FakeGraph {
  return new FakeGraph(options);
}
