import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { teamId } from '../domain/ids';
import type { HostContext, HostTeam } from '../hosts/HostContext';
import { createBrowserHost } from '../hosts/browser/createBrowserHost';
import { demoUser } from '../hosts/browser/demoPeople';
import type { CombinedCommitmentStore } from '../store/combined';
import { createLocalStore } from '../store/local';
import { tokensFor } from '../../tests/fakes/graph/tokens';
import { aCommitment } from '../../tests/fixtures/commitments';
import { seedTeam, twoTeams } from '../../tests/graph/twoTeams';
import { composeForHost } from './composeForHost';

// The composition of the Teams personal tab ("My commitments", overview.html?host=teams&view=mine):
// signed in through a stand-in for MSAL, against the fake Graph of two teams.
vi.mock('../auth/msal', () => ({
  createMsalSignIn: async () => ({ getToken: tokensFor('alex@contoso.com'), mode: 'nested' }),
}));

const clock = { now: () => new Date('2026-11-25T10:00:00Z') };
const user = { ...demoUser, email: 'alex@contoso.com' };

function teamsHost(team: HostTeam | undefined): HostContext {
  const browser = createBrowserHost({
    user,
    locale: 'en-GB',
    theme: 'light',
    team: { id: teamId('unused'), name: 'unused' },
    overviewUrl: 'overview.html',
    storage: { getItem: () => null, setItem: () => undefined },
  });
  return { ...browser, kind: 'teams', team: () => team };
}

const localStore = createLocalStore({ dbName: 'personal-tab-local' });

beforeEach(() => {
  vi.stubEnv('VITE_KEPT_CLIENT_ID', 'test-client-id');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('composeForHost in the Teams personal tab', () => {
  it("shows my commitments from every team I am in, saved in each team's site", async () => {
    const world = twoTeams();
    vi.stubGlobal('fetch', world.fetch);
    await seedTeam(world.fetch, 'group-facilities', [
      aCommitment({ teamId: teamId('group-facilities'), title: 'Desks' }),
    ]);
    await seedTeam(world.fetch, 'group-finance', [aCommitment({ teamId: teamId('group-finance'), title: 'Budget' })]);

    const composition = await composeForHost({
      host: teamsHost(undefined),
      clock,
      localStore: () => localStore,
      view: 'mine',
    });
    expect(composition.teamChoice).toBeUndefined();
    expect(composition.notice).toBeUndefined();
    const { store, teamId: shownTeam, storageDescription } = composition.services;
    expect(store.kind).toBe('graph');
    expect((store as CombinedCommitmentStore).teamIds).toEqual(['group-facilities', 'group-finance']);
    expect(shownTeam).toBe('group-facilities');
    expect(storageDescription).toBe('Saved in your teams’ sites (Microsoft 365)');
    expect((await store.list()).map((c) => c.title).sort()).toEqual(['Budget', 'Desks']);
    store.close();
  });

  it('falls back to this device, and says why, when I am in no team', async () => {
    const world = twoTeams();
    world.facilities.joinedTeams = [];
    vi.stubGlobal('fetch', world.fetch);

    const composition = await composeForHost({
      host: teamsHost(undefined),
      clock,
      localStore: () => localStore,
      view: 'mine',
    });
    expect(composition.notice).toBe('no-teams');
    expect(composition.services.store).toBe(localStore);
    expect(composition.services.storageDescription).toBe('Saved on this device');
    expect(composition.services.teamId).toBe('personal:alex@contoso.com');
  });

  it('keeps the one-team store of a channel tab, even in the "mine" view', async () => {
    const world = twoTeams();
    vi.stubGlobal('fetch', world.fetch);
    const facilities: HostTeam = { id: teamId('group-facilities'), name: 'Facilities', groupId: 'group-facilities' };

    const composition = await composeForHost({
      host: teamsHost(facilities),
      clock,
      localStore: () => localStore,
      view: 'mine',
    });
    expect(composition.services.storageDescription).toBe('Saved in the Facilities team site (Microsoft 365)');
    expect('teamIds' in composition.services.store).toBe(false);
    composition.services.store.close();
  });

  it('still asks for a team when a page without a team is not the personal view', async () => {
    const world = twoTeams();
    vi.stubGlobal('fetch', world.fetch);

    const composition = await composeForHost({ host: teamsHost(undefined), clock, localStore: () => localStore });
    expect(composition.teamChoice).toBeDefined();
    expect(composition.services.store).toBe(localStore);
  });
});
