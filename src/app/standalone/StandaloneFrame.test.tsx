import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { demoWorld } from '../../hosts/browser/demoData';
import { demoTeamName } from '../../hosts/browser/demoPeople';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import type { Standalone } from '../compose';
import { StandaloneFrame } from './StandaloneFrame';

const store = createLocalStore({ dbName: `frame-${Math.random()}` });
afterEach(() => store.close());

it('has the simulated Teams and reminders in its first render: arriving later, they wrapped the bar and moved the page down', () => {
  const services = testServices({ store });
  const standalone: Standalone = {
    host: services.host,
    world: demoWorld(new Date('2026-11-25T10:00:00Z'), defaultTeamSettings(TEST_TEAM, demoTeamName, 'UTC')),
    dataset: { kind: 'demo' },
    resetDemo: async () => undefined,
  };
  renderWithServices(
    <StandaloneFrame current="taskpane" standalone={standalone}>
      <p>The surface</p>
    </StandaloneFrame>,
    services,
  );
  // Asked at once, not awaited: what the first render committed.
  expect(screen.getByRole('button', { name: 'Teams (simulated)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Outlook and To Do (simulated)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeTruthy();
});
