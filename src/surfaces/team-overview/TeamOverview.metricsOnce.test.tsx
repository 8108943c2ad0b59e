import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as Metrics from '../../domain/metrics';
import type { TeamSettings } from '../../domain/types';
import { demoWorld } from '../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { TeamOverview } from './TeamOverview';

const counted = vi.hoisted(() => ({ computeMetrics: 0 }));
vi.mock('../../domain/metrics', async (importOriginal) => {
  const actual = await importOriginal<typeof Metrics>();
  return {
    ...actual,
    computeMetrics: (...args: Parameters<typeof actual.computeMetrics>) => {
      counted.computeMetrics += 1;
      return actual.computeMetrics(...args);
    },
  };
});

configure({ asyncUtilTimeout: 10_000 });

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };

/** The demo team's overview, on its metrics tab; a database of its own per test. */
async function openMetricsTab(dbName: string) {
  const user = userEvent.setup();
  const store = createLocalStore({ dbName, defaultTimeZone: 'Europe/London' });
  await store.replaceAll(demoWorld(NOW, settings).commitments, [settings]);
  renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
  await user.click(await screen.findByRole('tab', { name: 'Metrics' }));
  return user;
}

describe('the metrics tab', () => {
  // A 10,000-commitment team's metrics take a noticeable moment: the overview's own re-renders
  // (a dialog opening, a menu, a focus change) must not compute them again.
  it('computes the metrics once for the same commitments, however often the overview renders', async () => {
    const user = await openMetricsTab('metrics-once');
    await screen.findByRole('heading', { name: 'Metrics', hidden: true });
    await waitFor(() => expect(counted.computeMetrics).toBeGreaterThan(0));
    const afterFirstRender = counted.computeMetrics;

    await user.click(screen.getByRole('button', { name: 'Team settings' }));
    await screen.findByRole('dialog', { name: 'Service standards' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(counted.computeMetrics).toBe(afterFirstRender);
  });

  it('keeps the period and grouping chosen when the user comes back to the tab', async () => {
    const user = await openMetricsTab('metrics-choice');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), 'Last 52 weeks');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Per person');
    await user.click(screen.getByRole('tab', { name: 'Commitments' }));
    await screen.findByRole('grid', { name: 'Commitments' });
    await user.click(screen.getByRole('tab', { name: 'Metrics' }));
    const period = (await screen.findByRole('combobox', { name: 'Period' })) as HTMLSelectElement;
    expect(period.value).toBe('52');
    expect((screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement).value).toBe('owner');
  });
});
