/**
 * How SharePoint (through Microsoft Graph) refuses what Kept could get wrong, for the fake in
 * ./fakeGraph.ts. Each rule cites the page or the issue thread it rests on; where Microsoft does not
 * say which status comes back, the rule can answer either one, so the code is tested against both.
 */

/** Graph's error shape: https://learn.microsoft.com/graph/errors */
export interface RuleAnswer {
  readonly status: number;
  readonly body: { error: { code: string; message: string } };
  readonly headers?: Record<string, string>;
}

const refusal = (status: number, code: string, message: string): RuleAnswer => ({
  status,
  body: { error: { code, message } },
});

// ------------------------------------------------------------------ If-Match (C12)

/**
 * Which eTag forms `If-Match` accepts on a list item. The item's own `eTag` is `"{GUID},n"` (braced,
 * upper case: the example of https://learn.microsoft.com/graph/api/driveitem-get, listItem and
 * driveItem share baseItem.eTag); a fieldValueSet's `@odata.etag` is `"guid,n"`.
 * https://learn.microsoft.com/graph/api/listitem-update documents `If-Match` without saying which
 * forms it takes, so the fake takes only the item's own form (and `*`) unless told otherwise.
 */
export type IfMatchForms = 'item-only' | 'either';

export function ifMatchAccepted(ifMatch: string, itemETag: string, forms: IfMatchForms): boolean {
  if (ifMatch.trim() === '*') return true;
  if (forms === 'item-only') return ifMatch.trim() === itemETag;
  const key = (tag: string) =>
    /^\s*(?:W\/)?"?\{?([0-9a-fA-F-]+)\}?,(\d+)"?\s*$/.exec(tag)?.slice(1).join(',').toLowerCase();
  return key(ifMatch) !== undefined && key(ifMatch) === key(itemETag);
}

// ------------------------------------------------------------------ filters on large lists (C10)

/**
 * What SharePoint does with a `$filter` on list items:
 * - https://learn.microsoft.com/graph/api/listitem-list: "When filtering on indexed fields, the service
 *   can only filter one indexed field at a time." A filter naming two columns is refused.
 * - A list past the list view threshold (5,000 items, https://learn.microsoft.com/troubleshoot/sharepoint/lists-and-libraries/items-exceeds-list-view-threshold)
 *   refuses a query that would touch more items than the threshold ("The attempted operation is
 *   prohibited because it exceeds the list view threshold"). Which status Graph gives it is not
 *   documented: SharePoint's own REST answers 500 with SPQueryThrottledException, Graph has been seen
 *   answering 400 notSupported / tooManyResources. `largeList.status` picks one, so Kept is tested on both.
 */
export interface LargeListRule {
  /** Items a query may touch (SharePoint's list view threshold is 5,000). */
  readonly threshold: number;
  /** The status the refusal comes with (undocumented: both are handled). @default 500 */
  readonly status?: 400 | 500;
}

/**
 * The refusal for a filter over `columns` (internal names, in order of appearance) that would touch
 * `matching` of the list's `total` items, or undefined when SharePoint runs it.
 */
export function filterRefusal(
  columns: readonly string[],
  matching: number,
  total: number,
  largeList: LargeListRule | undefined,
): RuleAnswer | undefined {
  const distinct = [...new Set(columns)];
  if (distinct.length > 1) {
    return refusal(
      400,
      'notSupported',
      `The query filters on ${distinct.length} indexed fields (${distinct.join(', ')}); only one indexed field can be filtered at a time.`,
    );
  }
  if (largeList === undefined || total <= largeList.threshold || matching <= largeList.threshold) return undefined;
  const message =
    'The attempted operation is prohibited because it exceeds the list view threshold. (SPQueryThrottledException)';
  return largeList.status === 400
    ? refusal(400, 'tooManyResources', message)
    : refusal(500, 'generalException', message);
}

// ------------------------------------------------------------------ parallel schema changes in a $batch (C11)

/**
 * https://learn.microsoft.com/graph/json-batching: requests in a batch without `dependsOn` "may be
 * executed in any order" and in parallel. Changing one list's columns in parallel fails: pnp/pnpjs#2646
 * (409 "Save Conflict. Your changes conflict with those made concurrently by another user") and
 * pnp/pnpjs#172 (500s while adding columns in parallel). The fake lets the first schema change of a
 * batch through and answers every other one that does not depend on it with the 409, unapplied.
 */
export const SAVE_CONFLICT: RuleAnswer = refusal(
  409,
  'conflict',
  'Save Conflict. Your changes conflict with those made concurrently by another user. If you want your changes to be applied, click Back in your Web browser, refresh the page, and resubmit your changes.',
);

/** A request that changes a list's columns: POST …/lists/{id}/columns or PATCH …/columns/{id}. */
export function schemaChangeOf(method: string, url: string): string | undefined {
  const m = /\/lists\/([^/?]+)\/columns(?:\/[^/?]+)?(?:\?|$)/.exec(url);
  if (m === null || (method !== 'POST' && method !== 'PATCH')) return undefined;
  return m[1];
}

/**
 * https://learn.microsoft.com/graph/json-batching ("Sequencing requests with the dependsOn property"):
 * a request whose dependency failed answers 424 Failed Dependency.
 */
export const FAILED_DEPENDENCY: RuleAnswer = refusal(
  424,
  'failedDependency',
  'The request depends on a request that failed.',
);

// ------------------------------------------------------------------ delta page sizes (C13)

/**
 * How many changes a delta page holds. https://learn.microsoft.com/graph/api/listitem-delta lets the
 * client ask with `$top`, but nothing promises a page of exactly that size, and in practice the service
 * decides: "`$top` isn't supported by all APIs and will be silently ignored in delta"
 * (microsoftgraph/microsoft-graph-docs#17516, a Microsoft answer); drive item delta ignores it
 * (microsoftgraph/microsoft-graph-docs-contrib#8829); OneDrive for Business answers a few items per page
 * with a next link whatever was asked (OneDrive/onedrive-api-docs#1417: 7 or 8 for `$top=50`; #402: always 7).
 * 'as-asked' serves `$top` (up to the fake's largest page); 'service' serves pages of the service's
 * own size (`servicePage`), smaller or larger than what was asked.
 */
export type DeltaPaging = { readonly kind: 'as-asked' } | { readonly kind: 'service'; readonly servicePage: number };

export function deltaPageSize(asked: number, maxPage: number, paging: DeltaPaging): number {
  return paging.kind === 'service' ? paging.servicePage : Math.min(asked, maxPage);
}
