import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamSettings } from '../../domain/types';
import { syntheticCommitments } from '../../hosts/browser/syntheticData';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import type { CommitmentStore } from '../../store/Store';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { firstScreenKey, FIRST_SCREEN_ROWS } from './firstScreen';
import { buildRows, DEFAULT_SORT, laneCounts, LANES, sortRows } from './overviewModel';
import { TeamOverview } from './TeamOverview';

configure({ asyncUtilTimeout: 10_000 });

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
const commitments = syntheticCommitments(150, NOW, settings);
const expectedRows = buildRows(commitments, settings, NOW);
const expectedCounts = laneCounts(expectedRows);
const expectedOrder = sortRows(expectedRows, DEFAULT_SORT, 'en-GB').map((r) => r.commitment.title);

async function seeded() {
  const store = createLocalStore({ dbName: 'first-screen', defaultTimeZone: 'Europe/London' });
  await store.replaceAll(commitments, [settings]);
  return store;
}

/** The same store, with every list read held until `release()`: the moment before everything is read. */
function holdingLists(store: CommitmentStore) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const holding: CommitmentStore = { ...store, list: (filter) => held.then(() => store.list(filter)) };
  return { holding, release };
}

const grid = () => screen.findByRole('grid', { name: 'Commitments' });
const firstTitles = (g: HTMLElement) =>
  within(g)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-commitment-id'))
    .map((r) => expectedOrder.find((title) => r.textContent?.includes(title)));

async function visitAndKeep(store: CommitmentStore) {
  renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
  await grid();
  await waitFor(async () => expect(await store.screens?.read(firstScreenKey(TEST_TEAM))).toBeDefined());
  cleanup();
}

describe('TeamOverview: the first screen kept from the last visit', () => {
  it('shows the same counts and first rows before everything is read, and the tools that need every row wait', async () => {
    const store = await seeded();
    await visitAndKeep(store);

    const { holding, release } = holdingLists(store);
    renderWithServices(<TeamOverview view="team" />, testServices({ store: holding, now: NOW }));
    const table = await grid();
    for (const lane of LANES) {
      expect(screen.getByTestId(`lane-count-${lane}`).textContent).toBe(String(expectedCounts[lane]));
    }
    expect(table.getAttribute('aria-rowcount')).toBe(String(commitments.length + 1));
    expect(table.getAttribute('data-partial')).toBe('true');
    expect(screen.getByText(/reading every commitment/)).toBeTruthy();
    const early = firstTitles(table);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThanOrEqual(FIRST_SCREEN_ROWS);
    expect(early).toEqual(expectedOrder.slice(0, early.length));
    expect(screen.getByRole('button', { name: 'Export to Excel' }).getAttribute('aria-disabled')).toBe('true');

    release();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export to Excel' }).getAttribute('aria-disabled')).not.toBe('true'),
    );
    for (const lane of LANES) {
      expect(screen.getByTestId(`lane-count-${lane}`).textContent).toBe(String(expectedCounts[lane]));
    }
    expect(table.getAttribute('data-partial')).toBeNull();
    expect(screen.queryByText(/reading every commitment/)).toBeNull();
    expect(firstTitles(table)).toEqual(expectedOrder.slice(0, firstTitles(table).length));
    store.close();
  });

  it('keeps the search where the user types while the rest is read, and then filters everything', async () => {
    const user = userEvent.setup();
    const store = await seeded();
    await visitAndKeep(store);

    const { holding, release } = holdingLists(store);
    renderWithServices(<TeamOverview view="team" />, testServices({ store: holding, now: NOW }));
    await grid();
    const search = screen.getByRole('searchbox', { name: 'Search commitments' });
    const title = commitments.at(-1)!.title;
    await user.type(search, title);
    // The table waits for every commitment; the search box stays, with what was typed and the focus.
    await waitFor(() => expect(screen.queryByRole('grid', { name: 'Commitments' })).toBeNull());
    expect(screen.getByRole('searchbox', { name: 'Search commitments' })).toBe(search);
    expect((search as HTMLInputElement).value).toBe(title);
    expect(document.activeElement).toBe(search);

    release();
    const table = await grid();
    await waitFor(() => expect(firstTitles(table)).toContain(title));
    store.close();
  });

  it('is not shown once anything changed: the overview waits for the data instead', async () => {
    const store = await seeded();
    await visitAndKeep(store);
    const changed = commitments[0]!;
    await store.update({ ...changed, title: 'Renamed since the last visit' });

    const { holding, release } = holdingLists(store);
    renderWithServices(<TeamOverview view="team" />, testServices({ store: holding, now: NOW }));
    expect(await screen.findByText(/Loading/)).toBeTruthy();
    expect(screen.queryByRole('grid', { name: 'Commitments' })).toBeNull();
    release();
    await grid();
    store.close();
  });

  it('is not shown when the time has come for a status in it to change', async () => {
    const store = await seeded();
    await visitAndKeep(store);

    const { holding, release } = holdingLists(store);
    // The next morning: "late by n days" and "due this week" may read differently.
    renderWithServices(
      <TeamOverview view="team" />,
      testServices({ store: holding, now: new Date('2026-11-26T08:00:00Z') }),
    );
    expect(await screen.findByText(/Loading/)).toBeTruthy();
    expect(screen.queryByRole('grid', { name: 'Commitments' })).toBeNull();
    release();
    await grid();
    store.close();
  });
});
