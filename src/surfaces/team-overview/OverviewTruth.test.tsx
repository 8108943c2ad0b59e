import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../domain/i18n';
import { historyId } from '../../domain/ids';
import { computeMetrics, lastWeeksWindow } from '../../domain/metrics';
import { statusAt, statusLabel, statusReasons } from '../../domain/status';
import type { Commitment, TeamSettings } from '../../domain/types';
import { demoWorld } from '../../hosts/browser/demoData';
import type { HostItem } from '../../hosts/HostContext';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from '../taskpane/EmailPane';
import { LANES, weekEndOf, type LaneKey } from './overviewModel';
import { TeamOverview } from './TeamOverview';

// The overview says what the domain says: lanes, badges and reasons agree with statusAt on every
// commitment of the demo data; the drawer offers the task pane's actions in the task pane's words.

configure({ asyncUtilTimeout: 10_000 });
const FAST = { hidden: true } as const;

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);
const en = (ref: Parameters<typeof formatMessage>[1]) => formatMessage('en-GB', ref);

async function renderOverview(commitments: readonly Commitment[] = world.commitments) {
  const store = createLocalStore({ dbName: 'truth', defaultTimeZone: 'Europe/London' });
  await store.replaceAll(commitments, [settings]);
  renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
  const grid = await screen.findByRole('grid', { name: 'Commitments' });
  return { store, grid };
}

const rowIds = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-commitment-id'))
    .map((r) => r.getAttribute('data-commitment-id'));

/** Which lanes the domain's status puts a commitment in, restated from the lane definitions. */
function expectedLanes(c: Commitment): Set<LaneKey> {
  const s = statusAt(c, settings, NOW);
  const lanes = new Set<LaneKey>();
  if (s.customerReplyWaiting) lanes.add('reply-waiting');
  if (!s.open) return lanes;
  if (s.updateOverdue) lanes.add('update-overdue');
  if (s.kind === 'at-risk') lanes.add('at-risk');
  if (s.kind === 'overdue') lanes.add('promise-overdue');
  if (s.acknowledgementBreached) lanes.add('ack-breached');
  if (s.kind !== 'overdue' && c.promisedDate <= weekEndOf(settings, NOW)) lanes.add('due-this-week');
  return lanes;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the demo data, walked through the overview', () => {
  it('puts every commitment in exactly the lanes its status says, with its status word and reasons', async () => {
    // The table renders only the rows in view: a window tall enough for every row of the demo data.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
    const user = userEvent.setup();
    const { grid } = await renderOverview();
    const laneName: Record<LaneKey, RegExp> = {
      'update-overdue': /^Updates overdue/,
      'at-risk': /^At risk/,
      'promise-overdue': /^Promises overdue/,
      'ack-breached': /^Not acknowledged in time/,
      'reply-waiting': /^Customer replied, not yet answered/,
      'due-this-week': /^Due this week/,
    };
    for (const lane of LANES) {
      await user.click(screen.getByRole('button', { name: laneName[lane] }));
      const expected = world.commitments.filter((c) => expectedLanes(c).has(lane)).map((c) => c.id);
      await waitFor(() => expect(new Set(rowIds(grid))).toEqual(new Set(expected)));
      expect(screen.getByTestId(`lane-count-${lane}`).textContent).toBe(String(expected.length));
      await user.click(screen.getByRole('button', { name: laneName[lane] }));
    }
    await waitFor(() => expect(rowIds(grid)).toHaveLength(world.commitments.length));
    expect(Number(grid.getAttribute('aria-rowcount')) - 1).toBe(world.commitments.length);

    // Each row's badge is the domain's status word; at risk and overdue always say why, under a matching heading.
    for (const c of world.commitments) {
      const status = statusAt(c, settings, NOW);
      const row = grid.querySelector(`[data-commitment-id="${c.id}"]`) as HTMLElement;
      expect(within(row).getByText(en(statusLabel(status.kind)))).toBeTruthy();
      const reasons = statusReasons(c, status, settings);
      if (status.kind === 'at-risk' || status.kind === 'overdue' || status.kind === 'update-due') {
        expect(reasons.lines.length, c.title).toBeGreaterThan(0);
        expect(en(reasons.heading)).toMatch(status.kind === 'overdue' ? /overdue/ : /at risk|update/);
      }
    }

    // The metrics count the same statuses.
    const m = computeMetrics(world.commitments, settings, lastWeeksWindow(settings, NOW, 52), NOW);
    for (const kind of ['at-risk', 'overdue', 'update-due'] as const) {
      expect(m.countsByStatus[kind]).toBe(
        world.commitments.filter((c) => statusAt(c, settings, NOW).kind === kind).length,
      );
    }
  });

  it('shows every rule of the demo at least once: concern, not on track, proposal, needed by, sign-off', () => {
    const reasons = world.commitments.flatMap((c) => statusAt(c, settings, NOW).riskReasons.map((r) => r.kind));
    for (const kind of ['concern-open', 'off-track-update', 'after-needed-by', 'step-overdue'] as const) {
      expect(reasons, kind).toContain(kind);
    }
    expect(world.commitments.some((c) => statusAt(c, settings, NOW).proposedDate !== undefined)).toBe(true);
    expect(world.commitments.some((c) => c.signedOff !== undefined)).toBe(true);
    expect(
      world.commitments.some(
        (c) => c.checker !== undefined && c.deliveredAt !== undefined && c.signedOff === undefined,
      ),
    ).toBe(true);
  });
});

describe('status in the overview (items 1 and 11)', () => {
  it('puts a commitment with an open concern and no new date in the At risk lane (item 1)', async () => {
    const base = world.commitments.find(
      (c) => statusAt(c, settings, NOW).kind === 'on-track' && c.source.kind === 'email',
    )!;
    const withConcern: Commitment = {
      ...base,
      history: [
        ...base.history,
        {
          id: historyId('h-concern'),
          kind: 'concern-raised',
          at: '2026-11-25T09:00:00.000Z',
          by: base.owner,
          risk: 'The data owners are on leave',
          recovery: 'Ask their deputies',
          options: [],
          sent: { via: 'user' },
        },
      ],
    };
    await renderOverview([withConcern]);
    expect(screen.getByTestId('lane-count-at-risk').textContent).toBe('1');
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(1);
  });

  it('sorts when the header cell is pressed anywhere, not only on its text (item 11)', async () => {
    const { grid } = await renderOverview();
    const owner = within(grid).getByRole('columnheader', { name: /Owner/ });
    expect(owner.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(owner);
    await waitFor(() => expect(owner.getAttribute('aria-sort')).toBe('ascending'));
  });
});

describe('the drawer offers the task pane’s actions, in the same words', () => {
  const actionNames = (region: HTMLElement) =>
    within(region)
      .getAllByRole('button', FAST)
      .map((b) => b.textContent ?? '')
      .filter((name) => name !== '')
      .sort();

  async function drawerActions(c: Commitment) {
    const user = userEvent.setup();
    const { grid } = await renderOverview([c]);
    await user.click(
      within(grid)
        .getAllByRole('row')
        .find((r) => r.hasAttribute('data-commitment-id'))!,
    );
    const drawer = await screen.findByRole('dialog', FAST);
    const region = within(drawer).getByRole('region', { name: 'Actions', ...FAST });
    return { user, drawer, region, names: actionNames(region) };
  }

  function paneActions(c: Commitment) {
    const source = c.source as Extract<Commitment['source'], { kind: 'email' }>;
    const email: Extract<HostItem, { kind: 'email' }> = {
      kind: 'email',
      internetMessageId: source.internetMessageId,
      conversationId: source.conversationId,
      itemId: source.itemId ?? 'item',
      subject: source.subject,
      from: c.customer,
      to: [],
      receivedAt: source.receivedAt,
    };
    return (async () => {
      const store = createLocalStore({ dbName: 'pane', defaultTimeZone: 'Europe/London' });
      await store.replaceAll([c], [settings]);
      const view = renderWithServices(<EmailPane email={email} />, testServices({ store, now: NOW, item: email }));
      const region = await screen.findByRole('region', { name: 'Actions' });
      const names = actionNames(region);
      view.unmount();
      return names;
    })();
  }

  it('on an open commitment: share plan, update, concern, deliver, flag, reassign, edit plan, cancel', async () => {
    const open = world.commitments.find((c) => c.title.startsWith('Grant the regional leads'))!;
    const pane = await paneActions(open);
    const { names } = await drawerActions(open);
    expect(names).toEqual(pane);
    expect(names).toEqual(
      [
        'Share plan again',
        'Send update',
        'Raise concern',
        'Deliver',
        'Flag at risk',
        'Reassign',
        'Edit plan',
        'Cancel commitment',
      ].sort(),
    );
  });

  it('on a delivered one with a checker: sign-off, feedback and reopen (item 6, missing rule: sign-off)', async () => {
    const open = world.commitments.find((c) => c.title.startsWith('Grant the regional leads'))!;
    const delivered: Commitment = {
      ...open,
      checker: { name: 'Grace Okafor', email: 'grace.okafor@contoso.example' },
      deliveredAt: '2026-11-24T15:00:00.000Z',
    };
    const pane = await paneActions(delivered);
    const { names } = await drawerActions(delivered);
    expect(names).toEqual(pane);
    expect(names).toEqual(['Ask Grace Okafor to sign off', 'Record sign-off', 'Record feedback', 'Reopen'].sort());
  });

  it('on a cancelled one: only Reopen, never an empty "Actions" (item 6)', async () => {
    const open = world.commitments.find((c) => c.title.startsWith('Grant the regional leads'))!;
    const cancelled: Commitment = { ...open, cancelledAt: '2026-11-24T15:00:00.000Z' };
    const pane = await paneActions(cancelled);
    const { names, user, region } = await drawerActions(cancelled);
    expect(names).toEqual(pane);
    expect(names).toEqual(['Reopen']);
    // Reopening takes a reason and opens the commitment again.
    await user.click(within(region).getByRole('button', { name: 'Reopen', ...FAST }));
    const form = await within(region).findByRole('form', { name: 'Reopen the commitment', ...FAST });
    await user.type(within(form).getByRole('textbox', { name: /Why it is reopened/, ...FAST }), 'Needed after all');
    await user.click(within(form).getByRole('button', { name: 'Reopen', ...FAST }));
    expect(await within(region).findByRole('button', { name: 'Send update', ...FAST })).toBeTruthy();
    // The button that opened the form went with the reopening: the keyboard stays in the panel.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(region).getByRole('heading', { name: 'Actions', ...FAST })),
    );
  });

  it('gives the keyboard back to the button that opened a form, and Escape still closes the drawer (item 9)', async () => {
    const open = world.commitments.find((c) => c.title.startsWith('Grant the regional leads'))!;
    const { user, drawer } = await drawerActions(open);
    const update = within(drawer).getByRole('button', { name: 'Send update', ...FAST });
    await user.click(update);
    const form = await within(drawer).findByRole('form', { name: 'Send an update', ...FAST });
    await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
    await user.click(within(form).getByRole('button', { name: 'Close', ...FAST }));
    await waitFor(() => expect(document.activeElement).toBe(update));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', FAST)).toBeNull());
  });

  it('after a draft closes, the keyboard stays in the drawer and Escape still closes it (item 9)', async () => {
    const open = world.commitments.find((c) => c.title.startsWith('Grant the regional leads'))!;
    const { user, drawer } = await drawerActions(open);
    await user.click(within(drawer).getByRole('button', { name: 'Share plan again', ...FAST }));
    const draft = await screen.findByRole('dialog', { name: 'Draft for your customer', ...FAST });
    await user.click(within(draft).getByRole('button', { name: 'Close', ...FAST }));
    const question = await within(drawer).findByRole('group', { name: /Did you send the plan/, ...FAST });
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    await user.click(within(question).getByRole('button', { name: 'No, not sent', ...FAST }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(drawer).getByRole('button', { name: 'Share plan again', ...FAST })),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', FAST)).toBeNull());
  });
});
