import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamSettings } from '../../../domain/types';
import { defaultTeamSettings } from '../../../store/defaultSettings';
import { createLocalStore } from '../../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../../tests/fixtures/renderWithServices';
import { TeamOverview } from '../TeamOverview';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
configure({ asyncUtilTimeout: 10_000 });
const FAST = { hidden: true } as const;

const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };

async function open() {
  const user = userEvent.setup();
  const store = createLocalStore({ dbName: 'test', defaultTimeZone: 'Europe/London' });
  await store.replaceAll([], [settings]);
  renderWithServices(<TeamOverview view="team" />, testServices({ store }));
  // The button waits for the settings to load; the empty team's state shows once they have.
  await screen.findByRole('heading', { name: 'No commitments yet' });
  await user.click(screen.getByRole('button', { name: 'Team settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Service standards', ...FAST });
  const field = (name: RegExp) => within(dialog).getByRole('textbox', { name, ...FAST }) as HTMLInputElement;
  return { user, store, dialog, field };
}

describe('team settings', () => {
  it('opens on its first field and stays visible to assistive technology', async () => {
    const { dialog, field } = await open();
    expect(document.activeElement).toBe(field(/Acknowledge a request within/));
    // Fluent's focus manager hides an inactive modal 250 ms after it mounts: still named after that.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(dialog.getAttribute('aria-hidden')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Service standards' })).toBe(dialog);
  });

  it('gives the focus back to "Team settings" when closed', async () => {
    const { user } = await open();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Service standards', ...FAST })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Team settings' }));
  });

  it('saves the service standards', async () => {
    const { user, store, dialog, field } = await open();
    expect(field(/Acknowledge a request within/).value).toBe('4');
    await user.clear(field(/Acknowledge a request within/));
    await user.type(field(/Acknowledge a request within/), '6');
    const outlook = within(dialog).getByRole('radio', { name: /Outlook follow-up flag/, ...FAST }) as HTMLInputElement;
    expect(outlook.checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'No reminders', ...FAST }));
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...FAST }));
    await waitFor(async () => {
      const saved = await store.getSettings(TEST_TEAM);
      expect(saved).toMatchObject({ acknowledgeWithinHours: 6, followUpReminders: 'off', version: 2 });
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Service standards', ...FAST })).toBeNull());
  });

  it('offers the reminders as one choice of three and saves To Do', async () => {
    const { user, store, dialog } = await open();
    const group = within(dialog).getByRole('radiogroup', { ...FAST });
    expect(
      within(group)
        .getAllByRole('radio', FAST)
        .map((r) => r.getAttribute('value')),
    ).toEqual(['outlookFlag', 'todoTask', 'off']);
    await user.click(within(dialog).getByRole('radio', { name: 'Microsoft To Do task', ...FAST }));
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...FAST }));
    await waitFor(async () => expect((await store.getSettings(TEST_TEAM)).followUpReminders).toBe('todoTask'));
  });

  it('refuses numbers out of range, saying which range', async () => {
    const { user, store, dialog, field } = await open();
    await user.clear(field(/Update the customer every/));
    await user.type(field(/Update the customer every/), '4.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...FAST }));
    expect(await within(dialog).findByText('Enter a whole number from 1 to 60.')).toBeTruthy();
    expect((await store.getSettings(TEST_TEAM)).version).toBe(1);
  });

  it('on a conflict keeps what was typed, shows the current values, and saves on top of them', async () => {
    const { user, store, dialog, field } = await open();
    // Someone else saves while the dialog is open.
    await store.saveSettings({ ...settings, defaultBufferDays: 7 });
    await user.clear(field(/Acknowledge a request within/));
    await user.type(field(/Acknowledge a request within/), '8');
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...FAST }));
    const alert = await within(dialog).findByRole('alert', FAST);
    expect(alert.textContent).toContain('Someone else changed the team’s settings');
    expect(alert.textContent).toContain('buffer 7 days');
    expect(field(/Acknowledge a request within/).value).toBe('8');

    await user.click(within(dialog).getByRole('button', { name: 'Save', ...FAST }));
    await waitFor(async () => {
      expect(await store.getSettings(TEST_TEAM)).toMatchObject({ acknowledgeWithinHours: 8, version: 3 });
    });
  });
});
