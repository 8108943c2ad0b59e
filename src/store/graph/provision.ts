import { StoreError } from '../Store';
import { sendBatch } from './http/batch';
import { errorForResponse, isOk } from './http/errors';
import type { GraphCall } from './http/pipeline';
import { columnDefinition, COLUMNS, LIST_DESCRIPTION, LIST_DISPLAY_NAME, type ColumnSpec } from './schema';
import { SCOPES } from './scopes';

/**
 * Finds or creates the team's list in the group's site and makes its columns match ./schema.ts.
 * Idempotent: run it twice and the second run changes nothing. Missing columns and missing
 * indexes are repaired; a column whose type was changed by hand, or a renamed list, stops with
 * StoreError('invalid') naming it — Kept never writes into a column it does not understand.
 */
export interface ListLocation {
  readonly siteId: string;
  readonly listId: string;
}

export interface ProvisionResult extends ListLocation {
  readonly created: boolean;
  /** Internal names of columns created or re-indexed. */
  readonly repaired: readonly string[];
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

export async function provisionList(
  call: GraphCall,
  groupId: string,
  known?: Partial<ListLocation>,
): Promise<ProvisionResult> {
  const siteId = known?.siteId ?? (await findSite(call, groupId));
  let list = await findList(call, siteId, known?.listId);
  let created = false;
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

  // https://learn.microsoft.com/graph/api/list-list-columns
  const res = await call({
    method: 'GET',
    url: `/sites/${enc(siteId)}/lists/${enc(listId)}/columns`,
    scopes: SCOPES.items,
  });
  const columns = (res.body as { value?: ColumnDefinitionLike[] }).value ?? [];
  const toCreate: ColumnSpec[] = [];
  const toIndex: { spec: ColumnSpec; id: string }[] = [];
  for (const spec of COLUMNS) {
    const column = columns.find((c) => c.name === spec.name);
    if (column === undefined) {
      toCreate.push(spec);
      continue;
    }
    if (!typeMatches(spec, column)) {
      throw new StoreError(
        'invalid',
        `The column "${column.displayName ?? spec.displayName}" (${spec.name}) of the list "${LIST_DISPLAY_NAME}" was changed by hand: ` +
          `Kept needs ${describe(spec)} there. Nothing was written. Change it back in the list settings.`,
      );
    }
    if (spec.indexed && column.indexed !== true && column.id !== undefined) toIndex.push({ spec, id: column.id });
  }
  const repairs = [
    // https://learn.microsoft.com/graph/api/list-post-columns
    ...toCreate.map((spec) => ({
      method: 'POST' as const,
      url: `/sites/${enc(siteId)}/lists/${enc(listId)}/columns`,
      scopes: SCOPES.provision,
      body: columnDefinition(spec),
    })),
    // https://learn.microsoft.com/graph/api/columndefinition-update
    ...toIndex.map(({ id }) => ({
      method: 'PATCH' as const,
      url: `/sites/${enc(siteId)}/lists/${enc(listId)}/columns/${enc(id)}`,
      scopes: SCOPES.provision,
      body: { indexed: true },
    })),
  ];
  if (repairs.length > 0) {
    const answers = await sendBatch(call, repairs);
    answers.forEach((answer, i) => {
      // 409: a column of that name appeared meanwhile (another member repairing at the same moment).
      if (!isOk(answer.status) && answer.status !== 409) {
        const error = errorForResponse(
          { status: answer.status, headers: new Headers(answer.headers), body: answer.body },
          new Date(),
        );
        throw new StoreError(
          error.code,
          `Kept could not repair the column ${[...toCreate, ...toIndex.map((t) => t.spec)][i]?.name ?? ''}: ${error.message}`,
          { cause: error },
        );
      }
    });
  }
  return { siteId, listId, created, repaired: [...toCreate, ...toIndex.map((t) => t.spec)].map((s) => s.name) };
}
