/**
 * The owner's Microsoft To Do task for each commitment (the To Do choice of the team's reminder
 * setting; the plan of each task is todoTask.ts). Delegated Tasks.ReadWrite, asked only when the
 * first task is written, so a team on the Outlook flag or no reminders never sees the prompt.
 * - Kept's own list, "Kept", in the user's To Do: https://learn.microsoft.com/graph/api/todo-list-lists
 *   (GET /me/todo/lists) and https://learn.microsoft.com/graph/api/todo-post-lists (POST, displayName);
 *   todoTaskList: https://learn.microsoft.com/graph/api/resources/todotasklist.
 * - A task: https://learn.microsoft.com/graph/api/todotasklist-post-tasks (POST, with its
 *   linkedResources), https://learn.microsoft.com/graph/api/todotask-update (PATCH), read back with
 *   https://learn.microsoft.com/graph/api/todotasklist-list-tasks (GET, paged by @odata.nextLink,
 *   `$expand=linkedResources`: linkedResource, https://learn.microsoft.com/graph/api/resources/linkedresource).
 *
 * Exactly once. A POST that creates a task is not idempotent, and its answer can be lost (a timeout,
 * a closed pane) after To Do made the task; Graph has no client-chosen task id or conditional create.
 * So Kept remembers the id of each task it made (the mirror's meta, `todo:<user>`), and sends a POST
 * only when it knows no earlier one may have arrived: an entry whose last POST may be on the server
 * (the outbox's `inFlight` mark) waits until that request can no longer arrive (the outbox's
 * `settledBy`), then reads Kept's own list for the task whose linkedResource says applicationName
 * 'Kept' and externalId the commitment id. The list read is done only in that doubt, one read serves
 * every entry settled before it began, and every task it finds is remembered.
 * The list itself is found by name before it is created, for the same reason.
 *
 * A task the owner deleted in To Do (PATCH answers 404) is not made again: the owner chose to be rid
 * of it, and a reminder that keeps coming back would be worse than none. Kept remembers it as
 * dismissed for that commitment. A deleted Kept list (404 on a POST into it) is forgotten and made
 * again on the next attempt.
 */
import type { GraphCall } from './http/pipeline';
import type { GraphRequest } from './http/types';
import type { MirrorDb, OutboxEntry } from './mirror';
import { SCOPES } from './scopes';
import { TODO_APPLICATION, todoTaskPatch, todoTaskPost } from './todoTask';

export const TODO_LIST_NAME = 'Kept';

type TodoEntry = Extract<OutboxEntry, { kind: 'todo' }>;

interface TodoMeta {
  readonly listId?: string;
  /** Commitment id → the id of the task Kept made for it. */
  readonly tasks: Readonly<Record<string, string>>;
  /** Commitments whose task the owner deleted: no new one. */
  readonly dismissed: readonly string[];
}

interface Page<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
}

interface TaskRead {
  readonly id: string;
  readonly linkedResources?: readonly { readonly applicationName?: string; readonly externalId?: string }[];
}

const metaKey = (user: string) => `todo:${user.trim().toLowerCase()}`;
const listUrl = (listId: string) => `/me/todo/lists/${encodeURIComponent(listId)}/tasks`;

export type TodoStep =
  | { readonly kind: 'send'; readonly request: GraphRequest; readonly creates: boolean }
  /** The owner deleted this commitment's task: nothing to send. */
  | { readonly kind: 'dismissed' }
  /** An earlier POST is not in the list yet but may still arrive: nothing is sent before `untilMs`. */
  | { readonly kind: 'wait'; readonly untilMs: number };

export function createTodoTasks(options: { readonly call: GraphCall; readonly db: () => Promise<MirrorDb> }) {
  const { call, db } = options;

  async function read(user: string): Promise<TodoMeta> {
    return ((await (await db()).get('meta', metaKey(user))) as TodoMeta | undefined) ?? { tasks: {}, dismissed: [] };
  }

  async function write(user: string, change: (meta: TodoMeta) => TodoMeta) {
    const tx = (await db()).transaction('meta', 'readwrite');
    const meta = ((await tx.store.get(metaKey(user))) as TodoMeta | undefined) ?? { tasks: {}, dismissed: [] };
    await tx.store.put(change(meta), metaKey(user));
    await tx.done;
  }

  async function* pages<T>(url: string): AsyncGenerator<T> {
    let next: string | undefined = url;
    while (next !== undefined) {
      const page: Page<T> = (await call({ method: 'GET', url: next, scopes: SCOPES.todo })).body as Page<T>;
      yield* page.value ?? [];
      next = page['@odata.nextLink'];
    }
  }

  async function listId(user: string): Promise<string> {
    const known = (await read(user)).listId;
    if (known !== undefined) return known;
    let found: string | undefined;
    for await (const list of pages<{ id: string; displayName?: string; wellknownListName?: string }>(
      '/me/todo/lists',
    )) {
      if (list.displayName === TODO_LIST_NAME && (list.wellknownListName ?? 'none') === 'none') {
        found = list.id;
        break;
      }
    }
    if (found === undefined) {
      const created = await call({
        method: 'POST',
        url: '/me/todo/lists',
        scopes: SCOPES.todo,
        body: { displayName: TODO_LIST_NAME },
      });
      found = (created.body as { id: string }).id;
    }
    const id = found;
    await write(user, (meta) => ({ ...meta, listId: id }));
    return id;
  }

  /** The last full read of Kept's list: when it began, and each commitment's task found in it. */
  const scans = new Map<string, { readonly startedAt: number; readonly tasks: ReadonlyMap<string, string> }>();

  /**
   * Kept's tasks in the list as they stood at some instant at or after `notBefore`. One read of the
   * list answers every entry whose lost request could no longer arrive by the time it began, so a
   * pane with many such entries (a flaky network) reads the list once, not once per entry; every
   * task found is remembered, so those entries need no read at all.
   */
  async function tasksSince(user: string, list: string, notBefore: number, nowMs: number) {
    const last = scans.get(list);
    if (last !== undefined && last.startedAt >= notBefore) return last.tasks;
    const tasks = new Map<string, string>();
    for await (const task of pages<TaskRead>(`${listUrl(list)}?$expand=linkedResources`)) {
      for (const r of task.linkedResources ?? [])
        if (r.applicationName === TODO_APPLICATION && r.externalId !== undefined) tasks.set(r.externalId, task.id);
    }
    scans.set(list, { startedAt: nowMs, tasks });
    await write(user, (meta) => ({ ...meta, tasks: { ...Object.fromEntries(tasks), ...meta.tasks } }));
    return tasks;
  }

  return {
    /** The one request for this entry: a PATCH of the known task, or a POST when there surely is none. */
    async step(entry: TodoEntry, nowMs: number): Promise<TodoStep> {
      const meta = await read(entry.user);
      if (meta.dismissed.includes(entry.commitmentId)) return { kind: 'dismissed' };
      const list = await listId(entry.user);
      let taskId = meta.tasks[entry.commitmentId];
      if (taskId === undefined && entry.inFlight !== undefined) {
        // Like a list item's create (outbox.ts, resolveInFlight): a request that left may still
        // reach To Do until `settledBy`; a second POST before then could make a twin. A reminder can
        // wait that long, and one read of the list afterwards settles it (and every entry like it).
        if (nowMs < entry.inFlight.settledBy) return { kind: 'wait', untilMs: entry.inFlight.settledBy };
        taskId = (await tasksSince(entry.user, list, entry.inFlight.settledBy, nowMs)).get(entry.commitmentId);
      }
      if (taskId !== undefined)
        return {
          kind: 'send',
          creates: false,
          request: {
            method: 'PATCH',
            url: `${listUrl(list)}/${encodeURIComponent(taskId)}`,
            scopes: SCOPES.todo,
            body: todoTaskPatch(entry.task),
          },
        };
      return {
        kind: 'send',
        creates: true,
        request: { method: 'POST', url: listUrl(list), scopes: SCOPES.todo, body: todoTaskPost(entry.task) },
      };
    },

    async remember(entry: TodoEntry, taskId: string) {
      await write(entry.user, (meta) => ({ ...meta, tasks: { ...meta.tasks, [entry.commitmentId]: taskId } }));
    },

    /** 404 on a PATCH: the owner deleted the task. 404 on a POST: Kept's list is gone. */
    async notFound(entry: TodoEntry, creating: boolean) {
      await write(entry.user, (meta) => {
        if (creating) {
          const { listId: _gone, ...rest } = meta;
          return rest;
        }
        const { [entry.commitmentId]: _task, ...tasks } = meta.tasks;
        return { ...meta, tasks, dismissed: [...meta.dismissed, entry.commitmentId] };
      });
    },
  };
}

export type TodoTasks = ReturnType<typeof createTodoTasks>;
