/**
 * Microsoft To Do in the fake Graph: each user's task lists and tasks, only the endpoints Kept uses,
 * with the documented shapes and failures. Throttling (429 + Retry-After), 503 and dropped
 * connections come from fakeGraph.ts's generic fault injection, like every other route.
 * - GET /me/todo/lists: https://learn.microsoft.com/graph/api/todo-list-lists (Tasks.Read or
 *   Tasks.ReadWrite; 200, a collection of todoTaskList: id, displayName, isOwner, isShared,
 *   wellknownListName, https://learn.microsoft.com/graph/api/resources/todotasklist; "Tasks" is the
 *   built-in defaultList, "Flagged emails" the flaggedEmails list).
 * - POST /me/todo/lists: https://learn.microsoft.com/graph/api/todo-post-lists (Tasks.ReadWrite;
 *   displayName required; 201 and the todoTaskList).
 * - GET /me/todo/lists/{id}/tasks: https://learn.microsoft.com/graph/api/todotasklist-list-tasks
 *   (Tasks.Read or Tasks.ReadWrite; 200, todoTask collection, paged by @odata.nextLink; the
 *   linkedResources navigation property only with `$expand=linkedResources`).
 * - POST /me/todo/lists/{id}/tasks: https://learn.microsoft.com/graph/api/todotasklist-post-tasks
 *   (Tasks.ReadWrite; 201 and the todoTask; linkedResources may be created with it,
 *   https://learn.microsoft.com/graph/api/resources/linkedresource).
 * - PATCH /me/todo/lists/{id}/tasks/{taskId}: https://learn.microsoft.com/graph/api/todotask-update
 *   (Tasks.ReadWrite; 200 and the updated todoTask).
 * A list or task that does not exist (deleted by the user in To Do) is 404 ErrorItemNotFound, as
 * Exchange-backed Graph resources answer.
 * todoTask: https://learn.microsoft.com/graph/api/resources/todotask (status: notStarted,
 * inProgress, completed, waitingOnOthers, deferred; dueDateTime, reminderDateTime, completedDateTime:
 * dateTimeTimeZone; isReminderOn; importance; createdDateTime, lastModifiedDateTime).
 */

export interface FakeTodoTask {
  readonly id: string;
  title: string;
  status: string;
  importance: string;
  isReminderOn: boolean;
  dueDateTime?: { dateTime: string; timeZone: string };
  reminderDateTime?: { dateTime: string; timeZone: string };
  completedDateTime?: { dateTime: string; timeZone: string };
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  readonly linkedResources: {
    id: string;
    applicationName?: string;
    displayName?: string;
    externalId?: string;
    webUrl?: string;
  }[];
}

export interface FakeTodoList {
  readonly id: string;
  displayName: string;
  readonly wellknownListName: 'none' | 'defaultList' | 'flaggedEmails';
  readonly tasks: FakeTodoTask[];
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Deny = (anyOf: readonly string[], what: string) => Answer | undefined;

const ROOT = 'https://graph.microsoft.com/v1.0';
const TASK_STATUSES = ['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred'];
const WRITABLE = [
  'title',
  'status',
  'importance',
  'isReminderOn',
  'dueDateTime',
  'reminderDateTime',
  'completedDateTime',
];

const error = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message, innerError: { date: '2026-11-25T00:00:00', 'request-id': 'fake' } } },
});

const isDateTimeTimeZone = (v: unknown): v is { dateTime: string; timeZone: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { dateTime?: unknown }).dateTime === 'string' &&
  typeof (v as { timeZone?: unknown }).timeZone === 'string';

export class FakeTodo {
  /** Each user's lists; every user starts with the built-in "Tasks" and "Flagged emails". */
  private readonly byUser = new Map<string, FakeTodoList[]>();
  private counter = 0;

  constructor(
    private readonly now: () => Date,
    private readonly pageSize = 10,
  ) {}

  lists(user: string): FakeTodoList[] {
    let lists = this.byUser.get(user);
    if (lists === undefined) {
      lists = [
        { id: this.id('list'), displayName: 'Tasks', wellknownListName: 'defaultList', tasks: [] },
        { id: this.id('list'), displayName: 'Flagged emails', wellknownListName: 'flaggedEmails', tasks: [] },
      ];
      this.byUser.set(user, lists);
    }
    return lists;
  }

  /** Every task in the user's lists. */
  tasks(user: string): FakeTodoTask[] {
    return this.lists(user).flatMap((l) => l.tasks);
  }

  /** The user deletes a task in To Do. */
  deleteTask(user: string, taskId: string) {
    for (const list of this.lists(user)) {
      const i = list.tasks.findIndex((t) => t.id === taskId);
      if (i >= 0) list.tasks.splice(i, 1);
    }
  }

  /** The user deletes a whole list in To Do. */
  deleteList(user: string, listId: string) {
    const lists = this.lists(user);
    const i = lists.findIndex((l) => l.id === listId);
    if (i >= 0) lists.splice(i, 1);
  }

  route(method: string, path: string, q: URLSearchParams, body: unknown, user: string, deny: Deny): Answer | undefined {
    if (!path.startsWith('/me/todo/')) return undefined;
    const read = ['Tasks.Read', 'Tasks.ReadWrite'];
    const write = ['Tasks.ReadWrite'];
    if (path === '/me/todo/lists') {
      if (method === 'GET')
        return (
          deny(read, 'todo lists') ?? {
            status: 200,
            body: { '@odata.context': `${ROOT}/$metadata#lists`, value: this.lists(user).map(listJson) },
          }
        );
      if (method === 'POST') return deny(write, 'todo list create') ?? this.createList(user, body);
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/me\/todo\/lists\/([^/]+)\/tasks$/.exec(path))) {
      const denied = deny(method === 'GET' ? read : write, method === 'GET' ? 'todo tasks' : 'todo task create');
      if (denied !== undefined) return denied;
      const list = this.lists(user).find((l) => l.id === m![1]);
      if (list === undefined)
        return error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      if (method === 'GET') return this.listTasks(list, q);
      if (method === 'POST') return this.createTask(list, body);
    }
    if ((m = /^\/me\/todo\/lists\/([^/]+)\/tasks\/([^/]+)$/.exec(path)) && method === 'PATCH') {
      const denied = deny(write, 'todo task update');
      if (denied !== undefined) return denied;
      const task = this.lists(user)
        .find((l) => l.id === m![1])
        ?.tasks.find((t) => t.id === m![2]);
      if (task === undefined)
        return error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      return this.updateTask(task, body);
    }
    return error(400, 'BadRequest', `Unsupported To Do request ${method} ${path}`);
  }

  private id(kind: string) {
    this.counter++;
    return `AAMkAD${kind}${this.counter.toString(36).padStart(6, '0')}=`;
  }

  private createList(user: string, body: unknown): Answer {
    const name = (body as { displayName?: unknown } | undefined)?.displayName;
    if (typeof name !== 'string' || name === '')
      return error(400, 'invalidRequest', 'displayName is required to create a todoTaskList.');
    const list: FakeTodoList = { id: this.id('list'), displayName: name, wellknownListName: 'none', tasks: [] };
    this.lists(user).push(list);
    return { status: 201, body: { '@odata.context': `${ROOT}/$metadata#lists/$entity`, ...listJson(list) } };
  }

  private listTasks(list: FakeTodoList, q: URLSearchParams): Answer {
    const expand = q.get('$expand');
    if (expand !== null && expand !== 'linkedResources')
      return error(400, 'BadRequest', `Could not find a property named '${expand}' to expand.`);
    const skip = Number(q.get('$skip') ?? '0');
    const page = list.tasks.slice(skip, skip + this.pageSize);
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + this.pageSize));
    return {
      status: 200,
      body: {
        '@odata.context': `${ROOT}/$metadata#users('me')/todo/lists('${list.id}')/tasks`,
        value: page.map((t) => taskJson(t, expand !== null)),
        ...(skip + this.pageSize < list.tasks.length
          ? { '@odata.nextLink': `${ROOT}/me/todo/lists/${list.id}/tasks?${next.toString()}` }
          : {}),
      },
    };
  }

  private validate(body: Record<string, unknown>): Answer | undefined {
    for (const key of Object.keys(body)) {
      if (key === 'linkedResources') continue;
      if (!WRITABLE.includes(key)) return error(400, 'invalidRequest', `Property '${key}' cannot be written.`);
    }
    if (body.status !== undefined && !TASK_STATUSES.includes(body.status as string))
      return error(400, 'invalidRequest', `'${String(body.status)}' is not a taskStatus.`);
    for (const key of ['dueDateTime', 'reminderDateTime', 'completedDateTime'])
      if (body[key] !== undefined && body[key] !== null && !isDateTimeTimeZone(body[key]))
        return error(400, 'invalidRequest', `${key} must be a dateTimeTimeZone.`);
    return undefined;
  }

  private createTask(list: FakeTodoList, raw: unknown): Answer {
    const body = (raw ?? {}) as Record<string, unknown>;
    if (typeof body.title !== 'string' || body.title === '')
      return error(400, 'invalidRequest', 'title is required to create a todoTask.');
    const invalid = this.validate(body);
    if (invalid !== undefined) return invalid;
    const at = this.now().toISOString();
    const linked = Array.isArray(body.linkedResources) ? (body.linkedResources as Record<string, unknown>[]) : [];
    const task: FakeTodoTask = {
      id: this.id('task'),
      title: body.title,
      status: 'notStarted',
      importance: 'normal',
      isReminderOn: false,
      createdDateTime: at,
      lastModifiedDateTime: at,
      linkedResources: linked.map((r) => ({ ...(r as object), id: this.id('link') })),
    };
    this.apply(task, body);
    list.tasks.push(task);
    return { status: 201, body: taskJson(task, true) };
  }

  private updateTask(task: FakeTodoTask, raw: unknown): Answer {
    const body = (raw ?? {}) as Record<string, unknown>;
    if ('linkedResources' in body)
      return error(400, 'invalidRequest', 'linkedResources is a navigation property; it cannot be updated here.');
    const invalid = this.validate(body);
    if (invalid !== undefined) return invalid;
    this.apply(task, body);
    task.lastModifiedDateTime = this.now().toISOString();
    return { status: 200, body: taskJson(task, false) };
  }

  private apply(task: FakeTodoTask, body: Record<string, unknown>) {
    const t = task as unknown as Record<string, unknown>;
    for (const key of WRITABLE) {
      if (!(key in body)) continue;
      if (body[key] === null) delete t[key];
      else t[key] = body[key];
    }
  }
}

const listJson = (l: FakeTodoList) => ({
  '@odata.etag': `W/"${l.id}"`,
  id: l.id,
  displayName: l.displayName,
  isOwner: true,
  isShared: false,
  wellknownListName: l.wellknownListName,
});

function taskJson(t: FakeTodoTask, withLinks: boolean) {
  const { linkedResources, ...rest } = t;
  return {
    '@odata.etag': `W/"${t.id}${t.lastModifiedDateTime}"`,
    body: { content: '', contentType: 'text' },
    ...rest,
    ...(withLinks ? { linkedResources } : {}),
  };
}
