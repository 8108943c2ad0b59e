import { describe, expect, it } from 'vitest';
import { withActivityNotifications } from '../../src/app/activityNotifier';
import { withTeamwork } from '../../src/app/teamworkHost';
import { createCommitment, reassign } from '../../src/domain/actions';
import { teamId } from '../../src/domain/ids';
import { createBrowserHost } from '../../src/hosts/browser/createBrowserHost';
import { commitmentLink } from '../../src/hosts/commitmentLinks';
import type { HostContext } from '../../src/hosts/HostContext';
import { createTeamworkClient } from '../../src/store/graph';
import { createLocalStore } from '../../src/store/local';
import type { ActivityOutcome } from '../../src/ui/services';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';

// A Teams notification that fails after a saved change (Graph mode, against the fake Graph): the
// user is told why, and the change itself stands — nothing is rolled back, nothing retried behind
// their back.

const NOW = new Date('2026-11-25T10:00:00Z');
const TEAM = teamId('group-1');
const ME = { name: 'Avery Chen', email: 'avery@contoso.com' };
const SAM = { name: 'Sam Rivera', email: 'sam@contoso.com' };
const APP_ID = '11111111-2222-3333-4444-555555555555';

function teamsTab(): HostContext {
  const browser = createBrowserHost({
    user: ME,
    locale: 'en-GB',
    theme: 'light',
    team: {
      id: TEAM,
      name: 'Facilities',
      groupId: 'group-1',
      channelName: 'General',
      channelId: '19:general@thread.tacv2',
    },
    overviewUrl: 'https://kept.example/overview.html',
  });
  const place = {
    appId: APP_ID,
    groupId: 'group-1',
    channelTab: { channelId: '19:general@thread.tacv2', entityId: 'kept-overview' },
    overviewUrl: 'https://kept.example/overview.html',
  };
  return { ...browser, kind: 'teams', commitmentLink: (id, team) => commitmentLink(place, id, team) };
}

async function reassignedToSam(fault: (graph: ReturnType<typeof createFakeGraph>) => void) {
  const graph = createFakeGraph();
  fault(graph);
  const host = withTeamwork(teamsTab(), createTeamworkClient({ getToken: tokensFor(ME.email), fetch: graph.fetch }));
  const local = createLocalStore({ dbName: `notify-${Math.random()}` });
  const { store, activity } = withActivityNotifications(local, host.teamwork, ME);
  const outcomes: ActivityOutcome[] = [];
  activity.subscribe((o) => outcomes.push(o));
  let n = 0;
  const ctx = { now: NOW, by: ME, newId: () => `id-${++n}` };
  const created = createCommitment(
    {
      input: {
        title: 'Quarterly access review',
        customer: { name: 'Priya', email: 'priya@contoso.com' },
        owner: ME,
        steps: [],
        acceptanceCriteria: '',
        targetDate: '2026-11-30',
        promisedDate: '2026-12-02',
        updateCadenceDays: 5,
      },
      teamId: TEAM,
      source: { kind: 'manual' },
      requestedAt: NOW.toISOString(),
    },
    await store.getSettings(TEAM),
    ctx,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const saved = await store.create(created.value);
  const moved = reassign(saved, SAM, 'Over to you', ctx);
  if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  await store.update(moved.value);
  await expect.poll(() => outcomes.length).toBe(1);
  return { graph, local, outcomes, id: saved.id };
}

describe('a Teams notification that fails after a saved reassignment', () => {
  it.each([
    [
      'throttled (429 + Retry-After)',
      (g: ReturnType<typeof createFakeGraph>) => g.faults.next.push('429'),
      'throttled',
    ],
    [
      'refused (403: Kept not installed for them)',
      (g: ReturnType<typeof createFakeGraph>) => (g.appInstalledFor = new Set([ME.email])),
      'forbidden',
    ],
  ] as const)('%s: the reassignment stands, Teams got nothing, the outcome says why', async (_, fault, code) => {
    const { graph, local, outcomes, id } = await reassignedToSam(fault);
    expect(outcomes[0]).toMatchObject({ ok: false, notice: { kind: 'reassigned', to: SAM }, error: { code } });
    expect((await local.get(id)).owner).toEqual(SAM);
    expect(graph.activityNotifications).toEqual([]);
    // One POST: nothing is repeated behind the user's back.
    expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
