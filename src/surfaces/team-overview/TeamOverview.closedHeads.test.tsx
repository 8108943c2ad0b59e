import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { computeMetrics, lastWeeksWindow } from '../../domain/metrics';
import { digestDraft, teamDigest } from '../../domain/teamTools/digest';
import type { TeamSettings } from '../../domain/types';
import { demoWorld } from '../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { StoreError, type CommitmentStore } from '../../store/Store';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { TeamOverview } from './TeamOverview';

configure({ asyncUtilTimeout: 10_000 });
const FAST = { hidden: true } as const;

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);

/**
 * The table holds closed commitments without their plans and histories (domain listed.ts): what
 * needs them reads them in full. Each read can be made to fail once, as a store that went offline.
 */
let databases = 0;
async function storeFailingOnce() {
  // A database of its own per test: another test's store would hear its writes as another tab's.
  databases += 1;
  const store = createLocalStore({ dbName: `closed-heads-${databases}`, defaultTimeZone: 'Europe/London' });
  await store.replaceAll(world.commitments, [settings]);
  const failing = { list: false, get: false };
  const refuse = () => Promise.reject(new StoreError('unavailable', 'offline'));
  const wrapped: CommitmentStore = {
    ...store,
    list: (filter) => (failing.list ? ((failing.list = false), refuse()) : store.list(filter)),
    get: (id) => (failing.get ? ((failing.get = false), refuse()) : store.get(id)),
    getSettings: (id) => store.getSettings(id),
    subscribe: (listener) => store.subscribe(listener),
    syncState: () => store.syncState(),
  };
  return { store: wrapped, failing, inner: store };
}

describe('TeamOverview: closed commitments, held as their heads', () => {
  it('opens a delivered commitment with its plan, read in full; a failed read says so and retries', async () => {
    const user = userEvent.setup();
    const delivered = world.commitments.find(
      (c) => c.deliveredAt !== undefined && c.steps.length > 0 && c.cancelledAt === undefined,
    )!;
    const { store, failing } = await storeFailingOnce();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await user.type(await screen.findByRole('searchbox', { name: 'Search commitments' }), delivered.title);
    const table = await screen.findByRole('grid', { name: 'Commitments' });
    const row = await waitFor(() => {
      const found = within(table)
        .getAllByRole('row')
        .filter((r) => r.getAttribute('data-commitment-id') === delivered.id);
      expect(found).toHaveLength(1);
      return found[0]!;
    });

    failing.get = true;
    await user.click(row);
    const drawer = await screen.findByRole('dialog', FAST);
    await user.click(await within(drawer).findByRole('button', { name: 'Try again', ...FAST }));
    expect(await within(drawer).findByRole('heading', { name: 'Plan', ...FAST })).toBeTruthy();
    for (const step of delivered.steps) expect(within(drawer).getAllByText(step.text).length).toBeGreaterThan(0);
  });

  it('keeps a delivered commitment’s details in place while the team’s data changes, and shows its own change', async () => {
    const user = userEvent.setup();
    const delivered = world.commitments.find((c) => c.deliveredAt !== undefined && c.cancelledAt === undefined)!;
    const other = world.commitments.find((c) => c.id !== delivered.id)!;
    const { store, inner } = await storeFailingOnce();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await user.type(await screen.findByRole('searchbox', { name: 'Search commitments' }), delivered.title);
    const table = await screen.findByRole('grid', { name: 'Commitments' });
    await waitFor(() => expect(table.querySelector(`[data-commitment-id="${delivered.id}"]`)).not.toBeNull());
    await user.click(table.querySelector(`[data-commitment-id="${delivered.id}"]`)!);
    const drawer = await screen.findByRole('dialog', FAST);
    const plan = await within(drawer).findByRole('heading', { name: 'Plan', ...FAST });

    // Another commitment changes: the list is read again, the details stay as they are (same element).
    const get = vi.spyOn(inner, 'get');
    const list = vi.spyOn(inner, 'list');
    await inner.update({ ...(await inner.get(other.id)), title: 'Renamed elsewhere' });
    get.mockClear();
    await waitFor(() => expect(list).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(within(drawer).getByRole('heading', { name: 'Plan', ...FAST })).toBe(plan);
    expect(get).not.toHaveBeenCalled();

    // The commitment itself changes: its new version is read and shown, in the same place.
    await inner.update({ ...(await inner.get(delivered.id)), acceptanceCriteria: 'Signed by the board' });
    expect(await within(drawer).findByText('Signed by the board')).toBeTruthy();
    expect(within(drawer).getByRole('heading', { name: 'Plan', ...FAST })).toBe(plan);
  });

  it('starts reading for the metrics when the pointer comes to their tab, and the tab takes that read', async () => {
    const user = userEvent.setup();
    const { store, inner } = await storeFailingOnce();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await screen.findByRole('grid', { name: 'Commitments' });
    const list = vi.spyOn(inner, 'list');
    await user.hover(screen.getByRole('tab', { name: 'Metrics' }));
    expect(list).toHaveBeenCalledTimes(1);
    await user.unhover(screen.getByRole('tab', { name: 'Metrics' }));
    await user.hover(screen.getByRole('tab', { name: 'Metrics' }));
    expect(list).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('tab', { name: 'Metrics' }));
    await screen.findByRole('heading', { name: 'Metrics', hidden: true });
    expect(screen.getByText('Promises kept', { selector: 'dt' })).toBeTruthy();
    expect(list).toHaveBeenCalledTimes(1);

    // That read was taken: back on the table, the next hint reads again (what changed since shows).
    await user.click(screen.getByRole('tab', { name: 'Commitments' }));
    await screen.findByRole('grid', { name: 'Commitments' });
    await user.unhover(screen.getByRole('tab', { name: 'Metrics' }));
    await user.hover(screen.getByRole('tab', { name: 'Metrics' }));
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('counts the metrics from every history, read in full when the tab opens; a failed read says so and retries', async () => {
    const user = userEvent.setup();
    const { store, failing } = await storeFailingOnce();
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    await screen.findByRole('grid', { name: 'Commitments' });

    failing.list = true;
    await user.click(screen.getByRole('tab', { name: 'Metrics' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Metrics', hidden: true });
    const m = computeMetrics(world.commitments, settings, lastWeeksWindow(settings, NOW, 13), NOW);
    expect(m.updatesOnTimePct).not.toBeNull();
    const card = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement!;
    expect(
      within(card('Promises kept')).getByText(`${Math.round(m.promisesKeptPct!)}%`, { exact: false }),
    ).toBeTruthy();
    expect(
      within(card('Updates on time')).getByText(`${Math.round(m.updatesOnTimePct!)}%`, { exact: false }),
    ).toBeTruthy();
  });

  it('drafts the weekly digest from every history, read in full when it opens; a failed read says so and retries', async () => {
    const user = userEvent.setup();
    const { store, failing, inner } = await storeFailingOnce();
    const services = testServices({ store, now: NOW });
    renderWithServices(<TeamOverview view="team" />, services);
    await screen.findByRole('grid', { name: 'Commitments' });

    failing.list = true;
    await user.click(screen.getByRole('button', { name: 'Weekly digest…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Weekly team digest', ...FAST });
    await user.click(await within(dialog).findByRole('button', { name: 'Try again', ...FAST }));
    // The same dialog drafts once everything is read.
    const body = (await within(dialog).findByRole('textbox', { name: 'Digest', ...FAST })) as HTMLTextAreaElement;
    const teamName = services.host.team()?.name ?? settings.teamName;
    const expected = digestDraft(
      teamDigest(await inner.list({ teamId: TEST_TEAM }), settings, NOW),
      teamName,
      settings,
      'en-GB',
    );
    expect(body.value).toBe(expected.text);

    // The lead's edits stay theirs when the team's data changes (and is read again) meanwhile.
    const end = body.value.length;
    await user.type(body, ' Thanks, all.', { initialSelectionStart: end, initialSelectionEnd: end });
    const list = vi.spyOn(inner, 'list');
    await inner.update({ ...(await inner.get(world.commitments[0]!.id)), title: 'Renamed meanwhile' });
    await waitFor(() => expect(list).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(body.value).toBe(`${expected.text} Thanks, all.`);
  });
});
