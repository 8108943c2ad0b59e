import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computeMetrics, lastWeeksWindow } from '../../../domain/metrics';
import type { TeamSettings } from '../../../domain/types';
import { demoWorld } from '../../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../../store/defaultSettings';
import { createLocalStore } from '../../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../../tests/fixtures/renderWithServices';
import MetricsPanel from './MetricsPanel';

configure({ asyncUtilTimeout: 10_000 });
const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);

function renderPanel() {
  const store = createLocalStore({ dbName: 'test' });
  return renderWithServices(
    <MetricsPanel commitments={world.commitments} settings={settings} now={NOW} showPeople />,
    testServices({ store, now: NOW }),
  );
}

describe('MetricsPanel', () => {
  it('shows the team metrics for the chosen period, as the domain computes them', async () => {
    const user = userEvent.setup();
    renderPanel();
    const worded = (m: ReturnType<typeof computeMetrics>) =>
      m.promisesKeptPct === null
        ? 'Nothing to measure yet'
        : `${Math.round(m.promisesKeptPct)}% (${m.keptCount} kept, ${m.brokenCount} broken)`;
    const kept = computeMetrics(world.commitments, settings, lastWeeksWindow(settings, NOW, 13), NOW);
    const card = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement!;
    expect(within(card('Promises kept')).getByText(worded(kept))).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 4 weeks');
    const four = computeMetrics(world.commitments, settings, lastWeeksWindow(settings, NOW, 4), NOW);
    expect(within(card('Promises kept')).getByText(worded(four))).toBeTruthy();
  });

  it('draws both charts with a text alternative and the numbers on request', async () => {
    const user = userEvent.setup();
    renderPanel();
    const trend = screen.getByRole('figure', { name: 'Promises kept, week by week' });
    expect(within(trend).getByRole('img', { name: 'Promises kept, week by week' })).toBeTruthy();
    await user.click(within(trend).getByRole('button', { name: 'Show the numbers' }));
    const table = within(trend).getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    // Open, the button says what it does now (item 8).
    await user.click(within(trend).getByRole('button', { name: 'Hide the numbers' }));
    expect(within(trend).queryByRole('table')).toBeNull();
    expect(screen.getByRole('figure', { name: 'Delivery against the promised date, in business days' })).toBeTruthy();
  });

  it('shows as many weeks as the period says, and every day of the delivery histogram (item 8)', async () => {
    const user = userEvent.setup();
    renderPanel();
    const trend = screen.getByRole('figure', { name: 'Promises kept, week by week' });
    expect(within(trend).getByText(/^13 weeks shown/)).toBeTruthy();
    await user.click(within(trend).getByRole('button', { name: 'Show the numbers' }));
    expect(within(within(trend).getByRole('table')).getAllByRole('row')).toHaveLength(14); // header + 13 weeks
    const slips = screen.getByRole('figure', { name: 'Delivery against the promised date, in business days' });
    expect(within(slips).getByText(/counted in business days early \(−\) or late \(\+\)/)).toBeTruthy();
    await user.click(within(slips).getByRole('button', { name: 'Show the numbers' }));
    const days = within(within(slips).getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => Number(h.textContent?.replace('+', '')));
    // No day is skipped between the earliest and the latest delivery.
    expect(days).toEqual(Array.from({ length: days.length }, (_, i) => (days[0] ?? 0) + i));
  });

  it('counts a person’s overdue, undelivered promise as broken, never as "nothing to measure" (item 3)', async () => {
    const user = userEvent.setup();
    const store = createLocalStore({ dbName: 'test' });
    const owner = { name: 'Olu Late', email: 'olu@contoso.example' };
    const overdue = {
      ...world.commitments[3]!,
      owner,
      promisedDate: '2026-11-20',
      targetDate: '2026-11-18',
    };
    renderWithServices(
      <MetricsPanel commitments={[overdue]} settings={settings} now={NOW} showPeople />,
      testServices({ store, now: NOW }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Per person');
    const row = within(screen.getByRole('region', { name: 'Per person' })).getByRole('row', { name: /Olu Late/ });
    expect(within(row).getByText('0% (0 kept, 1 broken)')).toBeTruthy();
    expect(within(row).queryByText('Nothing to measure yet', { selector: 'td:nth-child(2)' })).toBeNull();
  });

  it('lists metrics per person', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Per person');
    const region = screen.getByRole('region', { name: 'Per person' });
    const names = within(region)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names).toEqual(expect.arrayContaining(['Avery Chen']));
  });
});
