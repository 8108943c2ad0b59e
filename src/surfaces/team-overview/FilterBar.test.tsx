import { configure, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createLocalStore } from '../../store/local';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { FilterBar } from './FilterBar';
import { NO_FILTERS, type OverviewFilters } from './overviewModel';

configure({ asyncUtilTimeout: 10_000 });

const people = [
  { email: 'priya@contoso.example', name: 'Priya Natarajan' },
  { email: 'jonas@contoso.example', name: 'Jonas Weber' },
];

function renderBar(filters: OverviewFilters, onChange = vi.fn()) {
  renderWithServices(
    <FilterBar
      filters={filters}
      onChange={onChange}
      owners={people}
      customers={people}
      showOwner
      matching={3}
      total={10}
    />,
    testServices({ store: createLocalStore({ dbName: 'filter-bar', defaultTimeZone: 'Europe/London' }) }),
  );
  return onChange;
}

describe('the filter bar', () => {
  it('shows the chosen filters while its dropdowns load, without letting anything be chosen yet', async () => {
    renderBar({ ...NO_FILTERS, statuses: ['overdue', 'at-risk'], customers: ['jonas@contoso.example'] });
    // First render: the same labelled fields, showing the choices, disabled.
    const status = screen.getByRole('textbox', { name: 'Status' });
    expect((status as HTMLInputElement).value).toBe('Overdue, At risk');
    expect((status as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Customer' }) as HTMLInputElement).value).toBe('Jonas Weber');

    // Then the dropdowns, with the same values.
    const loaded = await screen.findByRole('combobox', { name: 'Status' });
    expect(loaded.textContent).toContain('Overdue, At risk');
    expect(screen.queryByRole('textbox', { name: 'Status' })).toBeNull();
  });
  // Choosing in the loaded dropdowns: tests/e2e/overview.e2e.test.mjs (status and owner filters).
});
