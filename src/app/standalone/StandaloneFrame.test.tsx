import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { demoWorld } from '../../hosts/browser/demoData';
import { demoTeamName } from '../../hosts/browser/demoPeople';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import type { Standalone } from '../compose';
import { expectOpensAtOnce } from '../../../tests/fixtures/opensAtOnce';
import { DemoRemindersDialog } from './DemoRemindersButton';
import { DemoTeamsDialog } from './DemoTeamsButton';
import { ResetDemoDialog, StandaloneFrame } from './StandaloneFrame';

const store = createLocalStore({ dbName: `frame-${Math.random()}` });
afterEach(() => store.close());

function demo(resetDemo: () => Promise<void> = async () => undefined) {
  const services = testServices({ store });
  const standalone: Standalone = {
    host: services.host,
    world: demoWorld(new Date('2026-11-25T10:00:00Z'), defaultTeamSettings(TEST_TEAM, demoTeamName, 'UTC')),
    dataset: { kind: 'demo' },
    resetDemo,
  };
  renderWithServices(
    <StandaloneFrame current="taskpane" standalone={standalone}>
      <p>The surface</p>
    </StandaloneFrame>,
    services,
  );
}

it.each([
  ['Teams (simulated)', 'Teams, simulated', DemoTeamsDialog],
  ['Outlook and To Do (simulated)', 'Your reminders, simulated', DemoRemindersDialog],
  ['Reset demo data', 'Reset demo data', ResetDemoDialog],
])(
  'starts loading the "%s" dialog when the pointer comes to its button, so the click opens it at once',
  async (button, name, dialog) => {
    demo();
    const opened = await expectOpensAtOnce(
      userEvent.setup(),
      screen.getByRole('button', { name: button }),
      dialog,
      name,
    );
    expect(opened).toBeTruthy();
  },
);

it('asks before resetting, on Cancel (Enter keeps the data), and gives the focus back to its button when closed', async () => {
  const user = userEvent.setup();
  const resetDemo = vi.fn(async () => undefined);
  demo(resetDemo);
  const opener = screen.getByRole('button', { name: 'Reset demo data' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Reset demo data' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
  await user.keyboard('{Enter}');
  await waitFor(() => expect(dialog.isConnected).toBe(false));
  expect(resetDemo).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(opener);

  await user.keyboard('{Enter}');
  await screen.findByRole('dialog', { name: 'Reset demo data' });
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(document.activeElement).toBe(opener);
});

it('has the simulated Teams and reminders in its first render: arriving later, they wrapped the bar and moved the page down', () => {
  demo();
  // Asked at once, not awaited: what the first render committed.
  expect(screen.getByRole('button', { name: 'Teams (simulated)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Outlook and To Do (simulated)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeTruthy();
});
