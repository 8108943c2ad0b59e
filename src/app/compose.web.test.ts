import { afterEach, describe, expect, it, vi } from 'vitest';
import { teamId } from '../domain/ids';
import { createFakeGraph } from '../../tests/fakes/graph/fakeGraph';
import { tokensFor } from '../../tests/fakes/graph/tokens';
import { aCommitment } from '../../tests/fixtures/commitments';
import { seedTeam } from '../../tests/graph/twoTeams';
import { compose } from './compose';
import { readParams } from './params';

// Where a commitment link lands when Teams cannot open it (its webUrl), or when the build has no Teams
// app id: overview.html?host=web&team=<group id>&commitment=<id>. It must reach the team's list.
vi.mock('../auth/msal', () => ({
  createMsalSignIn: async () => ({ getToken: tokensFor('alex@contoso.com'), mode: 'popup' }),
}));

function openedAt(url: string) {
  vi.stubGlobal('window', { location: { href: url } });
  vi.stubGlobal('navigator', { language: 'en-GB' });
  return readParams(new URL(url).search);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('a commitment link opened in a browser (host=web)', () => {
  it("opens the team's own list, signed in, on the linked commitment — not the demo", async () => {
    vi.stubEnv('VITE_KEPT_CLIENT_ID', 'test-client-id');
    const graph = createFakeGraph({ groupId: 'group-facilities' });
    vi.stubGlobal('fetch', graph.fetch);
    const made = aCommitment({ teamId: teamId('group-facilities'), title: 'Desks for floor 3' });
    await seedTeam(graph.fetch, 'group-facilities', [made]);

    const params = openedAt(
      `https://kept.example/overview.html?host=web&team=group-facilities&commitment=${encodeURIComponent(made.id)}`,
    );
    const composition = await compose(params, '/overview.html');
    expect(composition.standalone).toBeUndefined();
    expect(composition.notice).toBeUndefined();
    expect(composition.services.store.kind).toBe('graph');
    expect(composition.services.teamId).toBe('group-facilities');
    expect(composition.services.host.initialCommitmentId()).toBe(made.id);
    expect((await composition.services.store.get(made.id)).title).toBe('Desks for floor 3');
    composition.services.store.close();
  });

  it('without Microsoft 365 sign-in configured, says so and stays off the demo data', async () => {
    const params = openedAt('https://kept.example/overview.html?host=web&team=group-facilities&commitment=c-1');
    const composition = await compose(params, '/overview.html');
    expect(composition.standalone).toBeUndefined();
    expect(composition.notice).toBe('graph-not-configured');
    expect(await composition.services.store.list()).toEqual([]);
  });
});
