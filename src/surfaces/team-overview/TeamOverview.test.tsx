import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Commitment, TeamSettings } from '../../domain/types';
import { createBrowserHost } from '../../hosts/browser/createBrowserHost';
import { demoWorld } from '../../hosts/browser/demoData';
import { demoUser } from '../../hosts/browser/demoPeople';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { StoreError, type CommitmentStore } from '../../store/Store';
import { memoryStorage, renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { buildRows, laneCounts, LANES } from './overviewModel';
import { expectOpensAtOnce } from '../../../tests/fixtures/opensAtOnce';
import { DigestDialog } from './tools/TeamToolsBar';
import { CommitmentDrawer, SettingsDialog, TeamOverview } from './TeamOverview';

// Role queries over a Fluent page in jsdom are slow on a busy machine (the first render in a fresh
// worker takes seconds when the suites run in parallel); the default 1 s is far too tight.
configure({ asyncUtilTimeout: 10_000 });
// jsdom computes styles for every ancestor of every candidate to decide whether it is hidden; with Griffel's
// style sheets that takes seconds on a full page. The drawer is a portal, so its visibility is not in question.
const FAST = { hidden: true } as const;

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };

async function seededStore(commitments?: readonly Commitment[]) {
  const store = createLocalStore({ dbName: 'test', defaultTimeZone: 'Europe/London' });
  const world = demoWorld(NOW, settings);
  await store.replaceAll(commitments ?? world.commitments, [settings]);
  return { store, world };
}

const grid = () => screen.findByRole('grid', { name: 'Commitments' });
const bodyRows = (g: HTMLElement) =>
  within(g)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-commitment-id'));
/** How many commitments the table says it shows (it renders only the rows in view). */
const shownCount = (g: HTMLElement) => Number(g.getAttribute('aria-rowcount')) - 1;
const laneButton = (name: RegExp) => screen.getByRole('button', { name });

describe('TeamOverview', () => {
  // First in the file: the details' code, once loaded, stays loaded for every test after it.
  it("starts loading a row's details when the pointer comes to the table, so a click opens them at once, the customer's reply included", async () => {
    const { store, world } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    const replied = (row: HTMLElement) =>
      world.commitments.find((c) => c.id === row.getAttribute('data-commitment-id'))?.customerReply !== undefined;
    const row = bodyRows(table).find(replied)!;
    const title = world.commitments.find((c) => c.id === row.getAttribute('data-commitment-id'))!.title;
    const drawer = await expectOpensAtOnce(userEvent.setup(), { hover: table, click: row }, CommitmentDrawer, title);
    // Loaded with the drawer: no spinner in its place, and nothing under it moves down a moment later.
    expect(within(drawer).getByRole('heading', { name: 'The customer’s reply', ...FAST })).toBeTruthy();
    expect(within(drawer).queryByRole('progressbar', FAST)).toBeNull();
  });

  it('shows every lane with the count the domain rules give, and the table', async () => {
    const { store, world } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    const expected = laneCounts(buildRows(world.commitments, settings, NOW));
    for (const lane of LANES) {
      expect(screen.getByTestId(`lane-count-${lane}`).textContent).toBe(String(expected[lane]));
    }
    expect(shownCount(table)).toBe(world.commitments.length);
    expect(screen.getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters the table by lane, by search and clears the filters', async () => {
    const user = userEvent.setup();
    const { store, world } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    const expected = laneCounts(buildRows(world.commitments, settings, NOW));

    await user.click(laneButton(/^Promises overdue/));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(expected['promise-overdue']));
    expect(shownCount(table)).toBe(expected['promise-overdue']);
    expect(laneButton(/^Promises overdue/).getAttribute('aria-pressed')).toBe('true');
    await user.click(laneButton(/^Promises overdue/));
    await waitFor(() => expect(shownCount(table)).toBe(world.commitments.length));

    await user.type(screen.getByRole('searchbox', { name: 'Search commitments' }), 'headcount board');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(1));
    expect(bodyRows(table)[0]!.textContent).toContain('Headcount by department for the board deck');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(shownCount(table)).toBe(world.commitments.length));
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search commitments' }), 'no such words anywhere');
    expect(await screen.findByText('Nothing matches')).toBeTruthy();
  });

  it('sorts by a column when its header is pressed', async () => {
    const user = userEvent.setup();
    const { store, world } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    await user.click(within(table).getByRole('button', { name: 'Commitment' }));
    const titles = [...world.commitments.map((c) => c.title)].sort((a, b) =>
      a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true }),
    );
    await waitFor(() => expect(bodyRows(table)[0]!.textContent).toContain(titles[0]!));
    expect(screen.getByRole('columnheader', { name: /Commitment/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(table).getByRole('button', { name: 'Commitment' }));
    await waitFor(() => expect(bodyRows(table)[0]!.textContent).toContain(titles.at(-1)!));
  });

  it('moves through rows with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    const rows = bodyRows(table);
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows(table)[1]);
    // The first cell selects the row for the team tools; the title is the one after it.
    const title = bodyRows(table)[1]!.querySelectorAll('[role="gridcell"]')[1]!.textContent!;
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', FAST);
    expect(within(drawer).getByRole('heading', { level: 2, ...FAST }).textContent).toBe(title);
    expect(within(drawer).getByRole('heading', { name: 'Plan', ...FAST })).toBeTruthy();
  });

  it('gives the focus back to the row that opened the drawer when it closes', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    const row = bodyRows(table)[2]!;
    await user.click(row);
    const drawer = await screen.findByRole('dialog', FAST);
    await waitFor(() => expect(drawer.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('sends an update from the drawer, recorded once sent, which takes the commitment out of "Updates overdue"', async () => {
    const user = userEvent.setup();
    const { store, world } = await seededStore();
    const services = testServices({ store, now: NOW });
    renderWithServices(<TeamOverview view="team" />, services);
    const table = await grid();
    const before = laneCounts(buildRows(world.commitments, settings, NOW))['update-overdue'];
    expect(before).toBeGreaterThan(0);

    await user.click(laneButton(/^Updates overdue/));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(before));
    const row = bodyRows(table)[0]!;
    const id = row.getAttribute('data-commitment-id')!;
    await user.click(row);
    const drawer = await screen.findByRole('dialog', FAST);
    await user.click(within(drawer).getByRole('button', { name: 'Send update', ...FAST }));
    await user.type(
      await within(drawer).findByRole('textbox', { name: /Note for the customer/, ...FAST }),
      'Query is built.',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Open update draft', ...FAST }));

    // The browser host has no compose form: the draft opens in the app to copy, then Kept asks once.
    const draft = await screen.findByRole('dialog', { name: 'Draft for your customer', ...FAST });
    const body = within(draft).getByRole('textbox', { name: 'Message', ...FAST }) as HTMLTextAreaElement;
    expect(body.value).toContain('Query is built.');
    await user.click(within(draft).getByRole('button', { name: 'Close', ...FAST }));
    await user.click(await within(drawer).findByRole('button', { name: 'Yes, I sent it', ...FAST }));
    await waitFor(async () => {
      const saved = await store.get(id as Commitment['id']);
      expect(saved.history.at(-1)).toMatchObject({ kind: 'update-sent', note: 'Query is built.' });
    });
    await waitFor(() => expect(screen.getByTestId('lane-count-update-overdue').textContent).toBe(String(before - 1)));
  });

  it('ticks a plan step in the drawer and saves it', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search commitments' }), 'budget forecast');
    const table = await grid();
    await waitFor(() => expect(bodyRows(table)).toHaveLength(1));
    const id = bodyRows(table)[0]!.getAttribute('data-commitment-id')!;
    await user.click(bodyRows(table)[0]!);
    const drawer = await screen.findByRole('dialog', FAST);
    const step = within(drawer).getByRole('checkbox', { name: /Load two years of forecast history/, ...FAST });
    expect((step as HTMLInputElement).checked).toBe(false);
    await user.click(step);
    await waitFor(async () => {
      const saved = await store.get(id as Commitment['id']);
      expect(saved.steps.find((s) => s.text.startsWith('Load two years'))?.doneAt).toBeDefined();
    });
    await waitFor(() =>
      expect(
        (
          within(screen.getByRole('dialog', FAST)).getByRole('checkbox', {
            name: /Load two years/,
            ...FAST,
          }) as HTMLInputElement
        ).checked,
      ).toBe(true),
    );
  });

  it('shows field errors of a concern and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const table = await grid();
    await user.click(bodyRows(table)[0]!);
    const drawer = await screen.findByRole('dialog', FAST);
    await user.click(within(drawer).getByRole('button', { name: 'Raise concern', ...FAST }));
    await user.type(
      await within(drawer).findByRole('textbox', { name: /What is at risk/, ...FAST }),
      'The vendor is late.',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Open concern draft', ...FAST }));
    expect(await within(drawer).findByText(/Describe the recovery action/)).toBeTruthy();
    expect(
      (within(drawer).getByRole('textbox', { name: /What is at risk/, ...FAST }) as HTMLTextAreaElement).value,
    ).toBe('The vendor is late.');
  });

  it('"My commitments" shows only what the signed-in user owns', async () => {
    const { store, world } = await seededStore();
    renderWithServices(<TeamOverview view="mine" />, testServices({ store, now: NOW }));
    const table = await grid();
    const mine = world.commitments.filter((c) => c.owner.email === demoUser.email);
    expect(mine.length).toBeGreaterThan(0);
    expect(bodyRows(table)).toHaveLength(mine.length);
    expect(screen.getByRole('heading', { level: 1, name: 'My commitments' })).toBeTruthy();
    // The filters' dropdowns load after the table: once the customer filter is there, no owner filter.
    await screen.findByRole('combobox', { name: 'Customer', ...FAST });
    expect(screen.queryByRole('combobox', { name: 'Owner', ...FAST })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Owner', ...FAST })).toBeNull();
    // The personal tab may span several teams: one team's settings do not belong there.
    expect(screen.queryByRole('button', { name: 'Team settings', ...FAST })).toBeNull();
  });

  it('opens the commitment a deep link names, and says so when it does not exist', async () => {
    const { store, world } = await seededStore();
    const target = world.commitments[2]!;
    const host = createBrowserHost({
      user: demoUser,
      locale: 'en-GB',
      theme: 'light',
      team: { id: TEST_TEAM, name: 'Test team' },
      initialCommitmentId: target.id,
      overviewUrl: 'overview.html',
      storage: memoryStorage(),
    });
    const first = renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW, host }));
    expect(await screen.findByRole('dialog', { name: target.title, ...FAST })).toBeTruthy();
    first.unmount();

    const missing = createBrowserHost({
      user: demoUser,
      locale: 'en-GB',
      theme: 'light',
      team: { id: TEST_TEAM, name: 'Test team' },
      initialCommitmentId: 'no-such-commitment',
      overviewUrl: 'overview.html',
      storage: memoryStorage(),
    });
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW, host: missing }));
    expect(await screen.findByText(/The commitment in the link could not be found/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    ['Weekly digest…', 'Weekly team digest', DigestDialog],
    ['Team settings', 'Service standards', SettingsDialog],
  ])(
    'starts loading "%s" when the pointer comes to its button, so the click opens it at once',
    async (name, title, dialog) => {
      const { store } = await seededStore();
      renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
      await grid();
      const button = screen.getByRole('button', { name, ...FAST });
      await waitFor(() => expect(button.getAttribute('aria-disabled')).not.toBe('true'));
      expect(await expectOpensAtOnce(userEvent.setup(), button, dialog, title)).toBeTruthy();
    },
  );

  it('shows a designed empty state for a team without commitments', async () => {
    const { store } = await seededStore([]);
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    expect(await screen.findByRole('heading', { name: 'No commitments yet' })).toBeTruthy();
  });

  it('shows what went wrong when the store cannot be read, and retries', async () => {
    const user = userEvent.setup();
    const { store } = await seededStore();
    let fail = true;
    const failing: CommitmentStore = {
      ...store,
      list: (filter) => (fail ? Promise.reject(new StoreError('forbidden', 'no access')) : store.list(filter)),
      getSettings: (id) => store.getSettings(id),
      subscribe: (l) => store.subscribe(l),
      syncState: () => store.syncState(),
    };
    renderWithServices(<TeamOverview view="team" />, testServices({ store: failing, now: NOW }));
    expect(await screen.findByText(/You do not have access to this team/)).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await grid()).toBeTruthy();
  });
});
