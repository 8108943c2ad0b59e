import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoWorld } from '../../hosts/browser/demoData';
import { demoTeamName } from '../../hosts/browser/demoPeople';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import type { Standalone } from '../compose';
import { MeetingSimulator } from './MeetingSimulator';
import { OutlookSimulator } from './OutlookSimulator';
import { STACKED_SCREEN } from '../fitsWindow';

const NOW = new Date('2026-11-25T10:00:00Z');
const settings = { ...defaultTeamSettings(TEST_TEAM, demoTeamName, 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);
const email = world.emails.find((e) =>
  world.commitments.some((c) => c.source.kind === 'email' && c.source.internetMessageId === e.internetMessageId),
)!;

let store: ReturnType<typeof createLocalStore>;
afterEach(() => store.close());

async function demo(item: (typeof world.emails)[number] | (typeof world.meetings)[number]) {
  store = createLocalStore({ dbName: `simulator-${Math.random()}` });
  await store.replaceAll(world.commitments, [settings]);
  const services = testServices({ store, now: NOW, item });
  const standalone: Standalone = {
    host: services.host,
    world,
    dataset: { kind: 'demo' },
    resetDemo: async () => undefined,
  };
  return { services, standalone };
}

/** Lets the browser paint: the frame, then the task queued after it. */
const paint = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

describe('the simulated hosts draw after Kept’s own pane', () => {
  it('Outlook: the pane is in the first render; the inbox and the reading pane fill their places after its paint', async () => {
    const { services, standalone } = await demo(email);
    const listRead = vi.spyOn(store, 'list');
    renderWithServices(
      <OutlookSimulator standalone={standalone} width={320}>
        <h2>Kept’s pane</h2>
      </OutlookSimulator>,
      services,
    );

    // What the first render committed: the pane, and the inbox's and reading pane's places, empty.
    expect(screen.getByRole('heading', { name: 'Kept’s pane' })).toBeTruthy();
    const inbox = screen.getByRole('navigation', { name: 'Demo inbox and calendar' });
    const reading = screen.getByRole('article', { name: email.subject });
    expect(within(inbox).queryAllByRole('button')).toEqual([]);
    expect(reading.textContent).toBe('');
    // Which items have a commitment (the inbox's "Kept" marks) is read from the team's whole list,
    // which must not compete with the pane's own first reads.
    expect(listRead).not.toHaveBeenCalled();

    await paint();
    expect(within(inbox).getByRole('button', { name: new RegExp(email.subject.slice(0, 20)) })).toBeTruthy();
    expect(within(reading).getByRole('heading', { name: email.subject })).toBeTruthy();
    // The inbox's "Kept" marks come from the team's list, read once the inbox is there.
    expect((await within(inbox).findAllByText('Kept')).length).toBeGreaterThan(0);
  });

  it('Teams meeting: the panel is in the first render; the list of meetings comes after its paint', async () => {
    const meeting = world.meetings[0]!;
    const { services, standalone } = await demo(meeting);
    renderWithServices(
      <MeetingSimulator standalone={standalone} width={320} panel={(m) => <h2>Panel for {m.subject}</h2>} />,
      services,
    );

    expect(screen.getByRole('heading', { name: `Panel for ${meeting.subject}` })).toBeTruthy();
    const list = screen.getByRole('navigation', { name: 'Demo meetings' });
    expect(within(list).queryAllByRole('button')).toEqual([]);

    await paint();
    expect(within(list).getAllByRole('button').length).toBe(world.meetings.length);
  });

  it('Teams meeting on a narrow screen: the list stacked above the panel is there at once, its marks read after the paint', async () => {
    // Stacked above the panel, a list drawn later would push the panel down.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === STACKED_SCREEN, media: query }));
    try {
      const meeting = world.meetings[0]!;
      const { services, standalone } = await demo(meeting);
      const listRead = vi.spyOn(store, 'list');
      renderWithServices(
        <MeetingSimulator standalone={standalone} width={320} panel={(m) => <h2>Panel for {m.subject}</h2>} />,
        services,
      );

      const list = screen.getByRole('navigation', { name: 'Demo meetings' });
      expect(within(list).getAllByRole('button').length).toBe(world.meetings.length);
      expect(listRead).not.toHaveBeenCalled();
      await paint();
      expect((await within(list).findAllByText('Kept')).length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
