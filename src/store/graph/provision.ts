import { StoreError } from '../Store';
import type { GraphCall } from './http/pipeline';
import { columnDefinition, COLUMNS, LIST_DESCRIPTION, LIST_DISPLAY_NAME, type ColumnSpec } from './schema';
import { SCOPES } from './scopes';

/**
 * Finds or creates the team's list in the group's site and makes its columns match ./schema.ts.
 * Idempotent: run it twice and the second run changes nothing. Missing columns and missing
 * indexes are repaired, one request at a time; a column whose type was changed by hand, or a renamed list, stops with
 * StoreError('invalid') naming it — Kept never writes into a column it does not understand.
 */
export interface ListLocation {
  readonly siteId: string;
  readonly listId: string;
  /**
   * Columns Kept filters on that SharePoint left unindexed (it may refuse an index on a big list):
   * queries on them read the mirror instead of sending a `$filter` SharePoint would refuse.
   */
  readonly unindexed?: readonly string[];
}

export interface ProvisionResult extends ListLocation {
  readonly created: boolean;
  /** Internal names of columns created or re-indexed. */
  readonly repaired: readonly string[];
  readonly unindexed: readonly string[];
}

interface ColumnDefinitionLike {
  readonly id?: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly indexed?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean };
  readonly number?: object;
}

interface ListLike {
  readonly id: string;
  readonly name?: string;
  readonly displayName?: string;
}

const enc = encodeURIComponent;

export async function findSite(call: GraphCall, groupId: string): Promise<string> {
  // https://learn.microsoft.com/graph/api/site-get (GET /groups/{group-id}/sites/root)
  try {
    const site = await call({
      method: 'GET',
      url: `/groups/${enc(groupId)}/sites/root?$select=id,displayName`,
      scopes: SCOPES.items,
    });
    const id = (site.body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string')
      throw new StoreError('invalid', 'Microsoft Graph answered without a site id for this team.');
    return id;
  } catch (error) {
    if (error instanceof StoreError && error.code === 'not-found') {
      throw new StoreError(
        'not-found',
        'This team has no SharePoint site yet (or it was deleted). Open the team’s Files tab once, then try again.',
        { cause: error },
      );
    }
    throw error;
  }
}

async function findList(
  call: GraphCall,
  siteId: string,
  knownListId: string | undefined,
): Promise<ListLike | undefined> {
  if (knownListId !== undefined) {
    const res = await call(
      {
        method: 'GET',
        url: `/sites/${enc(siteId)}/lists/${enc(knownListId)}?$select=id,name,displayName`,
        scopes: SCOPES.items,
      },
      [404],
    );
    if (res.status === 200) return res.body as ListLike;
  }
  // https://learn.microsoft.com/graph/api/list-list
  let url: string | undefined = `/sites/${enc(siteId)}/lists?$select=id,name,displayName`;
  while (url !== undefined) {
    const res = await call({ method: 'GET', url, scopes: SCOPES.items });
    const body = res.body as { value?: ListLike[]; '@odata.nextLink'?: string };
    const found = body.value?.find((l) => l.name === LIST_DISPLAY_NAME || l.displayName === LIST_DISPLAY_NAME);
    if (found !== undefined) return found;
    url = body['@odata.nextLink'];
  }
  return undefined;
}

function describe(spec: ColumnSpec): string {
  return spec.kind === 'number'
    ? 'a Number column'
    : spec.kind === 'note'
      ? 'a Multiple lines of text column (plain text)'
      : 'a Single line of text column';
}

function typeMatches(spec: ColumnSpec, column: ColumnDefinitionLike): boolean {
  if (spec.kind === 'number') return column.number !== undefined;
  if (column.text === undefined) return false;
  return spec.kind === 'note' ? column.text.allowMultipleLines === true : column.text.allowMultipleLines !== true;
}

/**
 * The team has no Kept list yet, and this store may not make one ("My commitments" only reads the
 * teams that use Kept; a member sets Kept up by opening it in the team). Carries the team's group id.
 */
export class ListNotSetUpError extends StoreError {
  readonly groupId: string;
  constructor(groupId: string) {
    super('not-found', `Kept is not set up in this team yet: there is no "${LIST_DISPLAY_NAME}" list in its site.`);
    this.groupId = groupId;
  }
}

export async function provisionList(
  call: GraphCall,
  groupId: string,
  known?: Partial<ListLocation>,
  options: {
    /** false: find the list and check it, never create or repair it (no Sites.Manage.All). @default true */
    readonly setUp?: boolean;
  } = {},
): Promise<ProvisionResult> {
  const setUp = options.setUp !== false;
  const siteId = known?.siteId ?? (await findSite(call, groupId));
  let list = await findList(call, siteId, known?.listId);
  let created = false;
  if (list === undefined && !setUp) throw new ListNotSetUpError(groupId);
  if (list === undefined) {
    // https://learn.microsoft.com/graph/api/list-create (needs Sites.Manage.All)
    const res = await call({
      method: 'POST',
      url: `/sites/${enc(siteId)}/lists`,
      scopes: SCOPES.provision,
      body: {
        displayName: LIST_DISPLAY_NAME,
        description: LIST_DESCRIPTION,
        columns: COLUMNS.map(columnDefinition),
        list: { template: 'genericList' },
      },
    });
    list = res.body as ListLike;
    created = true;
  } else if (list.displayName !== LIST_DISPLAY_NAME) {
    throw new StoreError(
      'invalid',
      `The team's list "${LIST_DISPLAY_NAME}" was renamed to "${list.displayName ?? ''}". Rename it back in SharePoint so everyone's Kept finds it.`,
    );
  }
  const listId = list.id;
  const columnsUrl = `/sites/${enc(siteId)}/lists/${enc(listId)}/columns`;
  const readColumns = async () => {
    // https://learn.microsoft.com/graph/api/list-list-columns
    const res = await call({ method: 'GET', url: columnsUrl, scopes: SCOPES.items });
    return (res.body as { value?: ColumnDefinitionLike[] }).value ?? [];
  };

  const columns = await readColumns();
  const toCreate: ColumnSpec[] = [];
  const toIndex: { spec: ColumnSpec; id: string }[] = [];
  for (const spec of COLUMNS) {
    const column = columns.find((c) => c.name === spec.name);
    if (column === undefined) {
      toCreate.push(spec);
      continue;
    }
    checkType(spec, column);
    if (spec.indexed && column.indexed !== true && column.id !== undefined) toIndex.push({ spec, id: column.id });
  }
  const repairs = [
    // https://learn.microsoft.com/graph/api/list-post-columns
    ...toCreate.map((spec) => ({
      spec,
      request: {
        method: 'POST' as const,
        url: columnsUrl,
        scopes: SCOPES.provision,
        body: columnDefinition(spec),
      },
    })),
    // https://learn.microsoft.com/graph/api/columndefinition-update
    ...toIndex.map(({ spec, id }) => ({
      spec,
      request: {
        method: 'PATCH' as const,
        url: `${columnsUrl}/${enc(id)}`,
        scopes: SCOPES.provision,
        body: { indexed: true },
      },
    })),
  ];
  if (repairs.length === 0) return { siteId, listId, created, repaired: [], unindexed: [] };
  if (!setUp) {
    // Reading needs no repair; a missing column would make writes fail, so say who can fix it.
    if (toCreate.length > 0) {
      throw new StoreError(
        'invalid',
        `The team's "${LIST_DISPLAY_NAME}" list is missing the column ${toCreate.map((c) => c.name).join(', ')}. ` +
          'Open Kept in the team once to repair it. Nothing was written.',
      );
    }
    return { siteId, listId, created, repaired: [], unindexed: toIndex.map((t) => t.spec.name) };
  }

  // One change at a time: changes to one list's columns sent in parallel (a $batch without dependsOn
  // runs its requests in any order, https://learn.microsoft.com/graph/json-batching) meet
  // "409 Save Conflict" (pnp/pnpjs#2646) or 500s (pnp/pnpjs#172). Repairs are rare; their order is not.
  const conflicted: string[] = [];
  for (const repair of repairs) {
    const isIndex = repair.request.method === 'PATCH';
    // A create answered 409 (a column of that name exists, or a Save Conflict that applied it anyway)
    // and an index SharePoint refuses (400) are judged below, by what the list now holds.
    const send = () => repairing(repair.spec, () => call(repair.request, isIndex ? [400, 409] : [409]));
    let answer = await send();
    // A Save Conflict on an index is someone else changing the columns right now: try again.
    for (let retry = 0; isIndex && answer.status === 409 && retry < 2; retry++) answer = await send();
    if (isIndex && answer.status === 409) conflicted.push(repair.spec.name);
  }

  // Read back what SharePoint made of it: a create answered 409, or an index it would not build,
  // is only known by looking. Missing columns stop here; missing indexes are worked around.
  const after = await readColumns();
  const unindexed: string[] = [];
  for (const spec of COLUMNS) {
    const column = after.find((c) => c.name === spec.name);
    if (column === undefined) {
      const clash = after.find((c) => c.displayName === spec.displayName);
      throw new StoreError(
        'invalid',
        `Kept could not add the column ${spec.name} ("${spec.displayName}") to the list "${LIST_DISPLAY_NAME}"` +
          (clash === undefined
            ? '. Nothing was written; try again, or add it in the list settings.'
            : `: the list already has another column called "${spec.displayName}" (${clash.name ?? '?'}). Rename that column in the list settings, then try again. Nothing was written.`),
      );
    }
    checkType(spec, column);
    if (spec.indexed && column.indexed !== true) unindexed.push(spec.name);
  }
  const stillConflicted = conflicted.filter((name) => unindexed.includes(name));
  if (stillConflicted.length > 0) {
    // Not "SharePoint will not index it": a conflict passes. Say so, and let the caller come back.
    throw new StoreError(
      'throttled',
      `SharePoint was saving another change to the columns of "${LIST_DISPLAY_NAME}" (409 Save Conflict), so the ` +
        `index on ${stillConflicted.join(', ')} is not back yet. Kept tries again shortly.`,
      { retryAfterMs: 30_000 },
    );
  }
  return {
    siteId,
    listId,
    created,
    repaired: repairs.map((r) => r.spec.name).filter((name) => !unindexed.includes(name)),
    unindexed,
  };
}

/** A repair's request, its failure worded with the column it was for. */
async function repairing<T>(spec: ColumnSpec, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw new StoreError(error.code, `Kept could not repair the column ${spec.name}: ${error.message}`, {
      cause: error,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    });
  }
}

function checkType(spec: ColumnSpec, column: ColumnDefinitionLike) {
  if (typeMatches(spec, column)) return;
  throw new StoreError(
    'invalid',
    `The column "${column.displayName ?? spec.displayName}" (${spec.name}) of the list "${LIST_DISPLAY_NAME}" was changed by hand: ` +
      `Kept needs ${describe(spec)} there. Nothing was written. Change it back in the list settings.`,
  );
}
