import { StoreError, type StoreChange } from '../Store';
import { itemsUrl, type GraphContext } from './context';
import { commitmentFromItem, isSettingsItem, keptIdOf, sameETag, settingsFromItem, type ListItemLike } from './mapping';
import { withRecent, type DeltaMeta, type ItemRecord, type SettingsRecord } from './mirror';
import { statusOf } from './http/errors';
import { anyOf, fieldEquals, filterParam } from './odata';
import type { ListLocation } from './provision';
import { SCOPES } from './scopes';

/**
 * Keeps the IndexedDB mirror in step with the list: the first run enumerates the whole list with
 * `items/delta` (following `@odata.nextLink`), later runs send the saved `@odata.deltaLink` and
 * get only what changed — one request when nothing did.
 * https://learn.microsoft.com/graph/api/listitem-delta
 */
interface DeltaItem extends ListItemLike {
  readonly deleted?: { readonly state?: string };
}

interface DeltaPage {
  readonly value?: readonly DeltaItem[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

const DELTA_KEY = 'delta';

export async function readDeltaMeta(ctx: GraphContext): Promise<DeltaMeta> {
  const db = await ctx.db();
  return ((await db.get('meta', DELTA_KEY)) as DeltaMeta | undefined) ?? { complete: false };
}

export async function resetDelta(ctx: GraphContext): Promise<void> {
  const db = await ctx.db();
  await db.put('meta', { complete: false } satisfies DeltaMeta, DELTA_KEY);
}

/**
 * Puts the server's items into the mirror in one transaction. A record with queued local writes
 * keeps its local view (the outbox merges when it sends). Returns what subscribers should hear.
 */
export async function applyServerItems(
  ctx: GraphContext,
  items: readonly DeltaItem[],
  seen?: Set<string>,
): Promise<StoreChange[]> {
  const db = await ctx.db();
  const tx = db.transaction(['items', 'settings', 'outbox'], 'readwrite');
  const itemsStore = tx.objectStore('items');
  const pendingFor = async (key: string) => (await tx.objectStore('outbox').index('byKey').count(key)) > 0;
  const changes: StoreChange[] = [];
  for (const item of items) {
    if (item.deleted !== undefined) {
      const record = await itemsStore.index('byItemId').get(item.id);
      if (record !== undefined) {
        await itemsStore.delete(record.id);
        if (record.server !== undefined) changes.push({ kind: 'delete', id: record.server.id });
      }
      continue;
    }
    if (isSettingsItem(item)) {
      const read = settingsFromItem(item);
      if (!read.ok) continue;
      const key = keptIdOf(item) ?? `settings:${read.value.teamId}`;
      const record = await tx.objectStore('settings').get(key);
      if (sameETag(record?.eTag, read.eTag)) continue;
      if (record?.server !== undefined && record.server.version > read.value.version) continue;
      const pending = await pendingFor(key);
      const next: SettingsRecord = {
        key,
        itemId: read.itemId,
        eTag: read.eTag,
        server: read.value,
        ...(pending && record?.local !== undefined ? { local: record.local } : {}),
      };
      await tx.objectStore('settings').put(next);
      if (!pending) changes.push({ kind: 'settings', settings: read.value });
      continue;
    }
    const read = commitmentFromItem(item);
    if (!read.ok) {
      const id = read.keptId ?? `item:${read.itemId}`;
      seen?.add(id);
      const record = await itemsStore.get(id);
      const next: ItemRecord = {
        id,
        itemId: read.itemId,
        ...(item.eTag !== undefined ? { eTag: item.eTag } : {}),
        recent: record?.recent ?? [],
        problem: { column: read.column, problem: read.problem },
      };
      await itemsStore.put(next);
      changes.push({ kind: 'refresh' });
      continue;
    }
    const c = read.value;
    seen?.add(c.id);
    const record = await itemsStore.get(c.id);
    if (sameETag(record?.eTag, read.eTag) && record?.server !== undefined) continue;
    if (record?.server !== undefined && record.server.version > c.version) continue;
    const pending = await pendingFor(c.id);
    const next: ItemRecord = {
      id: c.id,
      itemId: read.itemId,
      eTag: read.eTag,
      server: c,
      recent: withRecent(record?.recent ?? [], c),
      ...(record?.shown !== undefined ? { shown: record.shown } : {}),
      ...(pending && record?.local !== undefined ? { local: record.local } : {}),
    };
    await itemsStore.put(next);
    if (!pending) changes.push({ kind: 'upsert', commitment: c });
  }
  await tx.done;
  return changes;
}

/** Removes what a full enumeration did not see (deleted while we had no delta link). */
async function sweep(ctx: GraphContext, seen: Set<string>): Promise<StoreChange[]> {
  const db = await ctx.db();
  const tx = db.transaction(['items', 'outbox'], 'readwrite');
  const changes: StoreChange[] = [];
  for (const record of await tx.objectStore('items').getAll()) {
    if (seen.has(record.id) || record.itemId === undefined) continue;
    if ((await tx.objectStore('outbox').index('byKey').count(record.id)) > 0) continue;
    await tx.objectStore('items').delete(record.id);
    if (record.server !== undefined) changes.push({ kind: 'delete', id: record.server.id });
  }
  await tx.done;
  return changes;
}

/**
 * One delta round. Returns the number of requests sent. A 410 (token expired) starts a fresh
 * enumeration, as the delta documentation asks.
 */
export async function pullDelta(ctx: GraphContext): Promise<number> {
  try {
    return await deltaRounds(ctx);
  } finally {
    // Over, whichever way it ended: no progress is shown for a load that is not running.
    ctx.progress(undefined);
  }
}

async function deltaRounds(ctx: GraphContext): Promise<number> {
  const loc = await ctx.location();
  let meta = await readDeltaMeta(ctx);
  let requests = 0;
  for (let restart = 0; restart < 2; restart++) {
    const full = meta.deltaLink === undefined;
    const seen = full ? new Set<string>() : undefined;
    let url: string | undefined = meta.deltaLink ?? `${itemsUrl(loc)}/delta?$expand=fields&$top=${ctx.pageSize}`;
    let deltaLink: string | undefined;
    const changes: StoreChange[] = [];
    let gone = false;
    let loaded = 0;
    while (url !== undefined) {
      const res = await ctx.call({ method: 'GET', url, scopes: SCOPES.items }, [410]);
      requests++;
      if (res.status === 410) {
        gone = true;
        break;
      }
      const page = (res.body ?? {}) as DeltaPage;
      changes.push(...(await applyServerItems(ctx, page.value ?? [], seen)));
      url = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'];
      // A full enumeration can take many pages (10,000 items: 10): say how far it got.
      loaded += page.value?.length ?? 0;
      if (full && url !== undefined) ctx.progress(loaded);
    }
    if (gone) {
      meta = { complete: meta.complete };
      continue;
    }
    if (seen !== undefined) changes.push(...(await sweep(ctx, seen)));
    if (deltaLink === undefined)
      throw new StoreError('invalid', 'Microsoft Graph ended a delta round without a delta link.');
    const db = await ctx.db();
    const next: DeltaMeta = { deltaLink, complete: true, lastSyncedAt: ctx.now().getTime() };
    await db.put('meta', next, DELTA_KEY);
    if (full && changes.length > 0) ctx.emit({ kind: 'refresh' });
    else for (const change of dedupeRefresh(changes)) ctx.emit(change);
    return requests;
  }
  throw new StoreError('throttled', 'Microsoft Graph keeps expiring the change token; try again later.');
}

function dedupeRefresh(changes: readonly StoreChange[]): StoreChange[] {
  const refresh = changes.some((c) => c.kind === 'refresh');
  return refresh ? [{ kind: 'refresh' }] : [...changes];
}

/** Items whose `column` (an indexed column of the list) holds one of `values`. */
export interface FieldMatch {
  readonly column: string;
  readonly values: readonly string[];
}

/**
 * The list items matching one column (one filtered request per page, values of the same column
 * joined with `or`), or 'refused' when SharePoint will not run that filter: the column is recorded
 * as unindexed (provisioning could not index it), or SharePoint refused the query
 * (`refusedFilter`). https://learn.microsoft.com/graph/api/listitem-list: "When filtering on
 * indexed fields, the service can only filter one indexed field at a time" — so never two columns
 * in one request.
 */
export async function itemsWhere(
  ctx: GraphContext,
  loc: ListLocation,
  match: FieldMatch,
  top: number,
): Promise<ListItemLike[] | 'refused'> {
  if ((loc.unindexed ?? []).includes(match.column) || match.values.length === 0) {
    return match.values.length === 0 ? [] : 'refused';
  }
  const filter = anyOf(match.values.map((value) => fieldEquals(match.column, value)));
  const found: ListItemLike[] = [];
  let url: string | undefined = `${itemsUrl(loc)}?$expand=fields&$top=${top}&${filterParam(filter)}`;
  while (url !== undefined) {
    let res;
    try {
      res = await ctx.call({ method: 'GET', url, scopes: SCOPES.items });
    } catch (error) {
      if (refusedFilter(error)) return 'refused';
      throw error;
    }
    const page = (res.body ?? {}) as DeltaPage;
    found.push(...(page.value ?? []));
    url = page['@odata.nextLink'];
  }
  return found;
}

/**
 * Items matching any of `matches` (one request per column), into the mirror. When SharePoint will
 * not filter on a column, the whole list is read into the mirror instead (one delta enumeration; the
 * mirror is then complete, so later lookups refresh it with the delta link and send no filter at all),
 * and the caller finds the items there.
 */
export async function fetchWhere(ctx: GraphContext, matches: readonly FieldMatch[]): Promise<void> {
  const loc = await ctx.location();
  for (const match of matches) {
    const items = await itemsWhere(ctx, loc, match, ctx.pageSize);
    if (items === 'refused') {
      await pullDelta(ctx);
      return;
    }
    for (const change of await applyServerItems(ctx, items)) ctx.emit(change);
  }
}

/**
 * Did SharePoint refuse to run a filter on list items, rather than fail for a while? A refusal comes
 * back the same every time, so retrying it as 'throttled' would never end:
 * - "cannot be referenced in filter … as it is not indexed" (400, an index dropped since the last check);
 * - a large list's "exceeds the list view threshold" (SPQueryThrottledException), `tooManyResources`,
 *   or `notSupported` (for example two indexed columns in one filter). Which status Graph gives these
 *   is not documented — SharePoint's REST answers 500, Graph has been seen with 400 — so both count;
 * - any other 500 or 501 of a filtered read: the service failed on this query, not on its load (load
 *   is 429/503/504 with Retry-After, which the pipeline already waited out), and reading the list
 *   through delta instead is always a correct answer.
 */
export function refusedFilter(error: unknown): boolean {
  if (!(error instanceof StoreError)) return false;
  const status = statusOf(error);
  if (status === 500 || status === 501) return true;
  if (status !== 400) return false;
  const cause = error.cause as { graphCode?: unknown } | undefined;
  const code = typeof cause?.graphCode === 'string' ? cause.graphCode : '';
  return (
    ['notSupported', 'tooManyResources'].includes(code) ||
    /not indexed|list view threshold|SPQueryThrottledException|tooManyResources/i.test(error.message)
  );
}

/** The current server item, for a write that met a 412. */
export async function fetchItem(ctx: GraphContext, itemId: string): Promise<ListItemLike | undefined> {
  const loc = await ctx.location();
  const res = await ctx.call(
    { method: 'GET', url: `${itemsUrl(loc)}/${encodeURIComponent(itemId)}?$expand=fields`, scopes: SCOPES.items },
    [404],
  );
  return res.status === 404 ? undefined : (res.body as ListItemLike);
}
