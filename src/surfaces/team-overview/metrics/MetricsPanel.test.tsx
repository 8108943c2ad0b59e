import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../domain/metrics';
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
    const kept = computeMetrics(
      world.commitments,
      settings,
      { from: new Date(NOW.getTime() - 13 * 7 * 86_400_000), to: NOW },
      NOW,
    );
    const card = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement!;
    const expected = kept.promisesKeptPct === null ? 'Nothing to measure yet' : `${Math.round(kept.promisesKeptPct)}%`;
    expect(within(card('Promises kept')).getByText(expected)).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 4 weeks');
    const four = computeMetrics(
      world.commitments,
      settings,
      { from: new Date(NOW.getTime() - 4 * 7 * 86_400_000), to: NOW },
      NOW,
    );
    const expected4 = four.promisesKeptPct === null ? 'Nothing to measure yet' : `${Math.round(four.promisesKeptPct)}%`;
    expect(within(card('Promises kept')).getByText(expected4)).toBeTruthy();
  });

  it('draws both charts with a text alternative and the numbers on request', async () => {
    const user = userEvent.setup();
    renderPanel();
    const trend = screen.getByRole('figure', { name: 'Promises kept, week by week' });
    expect(within(trend).getByRole('img', { name: 'Promises kept, week by week' })).toBeTruthy();
    await user.click(within(trend).getByRole('button', { name: 'Show the numbers' }));
    const table = within(trend).getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByRole('figure', { name: 'Delivery against the promised date' })).toBeTruthy();
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
