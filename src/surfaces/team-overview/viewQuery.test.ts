import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type OverviewFilters } from './overviewModel';
import { filtersFromQuery, queryFromFilters, urlWithFilters } from './viewQuery';

describe('filters in the URL', () => {
  it('round-trips every filter, and keeps the page’s other parameters', () => {
    const filters: OverviewFilters = {
      text: 'access & review',
      owners: ['sam@contoso.example', "liam.o'brien@contoso.example"],
      customers: ['priya@contoso.example'],
      statuses: ['at-risk', 'overdue'],
      from: '2026-11-02',
      to: '2026-12-31',
      lane: 'update-overdue',
    };
    const href = urlWithFilters('https://kept.example/overview.html?host=teams&lang=fi&q=old', filters);
    const url = new URL(href);
    expect(url.searchParams.get('host')).toBe('teams');
    expect(url.searchParams.get('lang')).toBe('fi');
    expect(filtersFromQuery(url.search)).toEqual({ ...filters, statuses: ['overdue', 'at-risk'] });
    expect(filtersFromQuery(new URL(urlWithFilters(href, NO_FILTERS)).search)).toEqual(NO_FILTERS);
  });

  it('ignores what a hand-edited URL names wrongly', () => {
    expect(filtersFromQuery('?status=nonsense&from=tomorrow&lane=nope&owner=%20')).toEqual(NO_FILTERS);
  });

  it('reads back any search text and emails exactly', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.emailAddress(), { maxLength: 3 }), (text, owners) => {
        const unique = [...new Set(owners.map((o) => o.toLowerCase()))];
        const back = filtersFromQuery(`?${queryFromFilters({ ...NO_FILTERS, text, owners: unique })}`);
        expect(back.text).toBe(text.trim() === '' ? '' : text);
        expect(back.owners).toEqual(unique);
      }),
    );
  });
});
