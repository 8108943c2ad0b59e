import type { StatusKind } from '../../domain/status';
import { LANES, NO_FILTERS, type LaneKey, type OverviewFilters } from './overviewModel';

// The overview's filters live in the page's URL (a view can be bookmarked, shared and saved by name):
// q (search), owner and customer (one parameter per email), status (one per status), from and to
// (promised date range), lane. Anything else in the URL (host, theme, lang, commitment…) is left alone.

/** The statuses one can filter by, in the order the filter lists them. */
export const STATUSES: readonly StatusKind[] = [
  'overdue',
  'at-risk',
  'update-due',
  'awaiting-acknowledgement',
  'on-track',
  'delivered',
  'cancelled',
];
const FILTER_KEYS = ['q', 'owner', 'customer', 'status', 'from', 'to', 'lane'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a query string names; anything it names wrongly is ignored (a hand-edited URL). */
export function filtersFromQuery(search: string): OverviewFilters {
  const q = new URLSearchParams(search);
  const emails = (key: string) => [
    ...new Set(
      q
        .getAll(key)
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const date = (key: string) => {
    const value = q.get(key) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  const lane = LANES.find((l) => l === q.get('lane'));
  return {
    ...NO_FILTERS,
    text: q.get('q') ?? '',
    owners: emails('owner'),
    customers: emails('customer'),
    statuses: STATUSES.filter((s) => q.getAll('status').includes(s)),
    from: date('from'),
    to: date('to'),
    ...(lane === undefined ? {} : { lane: lane as LaneKey }),
  };
}

/** Only the filter parameters, in a stable order: what a saved view keeps. */
export function queryFromFilters(filters: OverviewFilters): string {
  const q = new URLSearchParams();
  if (filters.text.trim() !== '') q.set('q', filters.text);
  for (const email of filters.owners) q.append('owner', email);
  for (const email of filters.customers) q.append('customer', email);
  for (const status of filters.statuses) q.append('status', status);
  if (filters.from !== '') q.set('from', filters.from);
  if (filters.to !== '') q.set('to', filters.to);
  if (filters.lane !== undefined) q.set('lane', filters.lane);
  return q.toString();
}

/** The page's URL with these filters, every other parameter kept. */
export function urlWithFilters(href: string, filters: OverviewFilters): string {
  const url = new URL(href);
  for (const key of FILTER_KEYS) url.searchParams.delete(key);
  for (const [key, value] of new URLSearchParams(queryFromFilters(filters))) url.searchParams.append(key, value);
  return url.href;
}
