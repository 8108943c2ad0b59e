import type { Commitment } from '../../src/domain/types';
import { createGraphStore } from '../../src/store/graph';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';

/**
 * Two teams, Facilities and Finance, each with its own group site, behind one `fetch`: requests about
 * a team's group or site (and batches naming it) go to that team's fake; the user's own endpoints
 * (/me/…) go to Facilities' fake, which lists both teams as joined.
 */
export function twoTeams(options: { financeMembers?: readonly string[] } = {}) {
  const facilities = createFakeGraph({ groupId: 'group-facilities' });
  const finance = createFakeGraph({
    groupId: 'group-finance',
    ...(options.financeMembers === undefined ? {} : { members: options.financeMembers }),
  });
  facilities.joinedTeams = [
    { id: 'group-finance', displayName: 'Finance' },
    { id: 'group-facilities', displayName: 'Facilities' },
  ];
  let joinedTeamsDown = false;
  const fetch: FakeGraph['fetch'] = async (input, init = {}) => {
    const url = decodeURIComponent(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (joinedTeamsDown && url.includes('/me/joinedTeams')) throw new TypeError('fetch failed (offline)');
    const body = typeof init.body === 'string' ? init.body : '';
    const target = url.includes('group-finance') || body.includes('group-finance') ? finance : facilities;
    return target.fetch(input, init);
  };
  return {
    facilities,
    finance,
    fetch,
    /** The next /me/joinedTeams requests lose their connection. */
    setJoinedTeamsDown(down: boolean) {
      joinedTeamsDown = down;
    },
  };
}

/** What a channel tab of one team saved earlier, through its own mirror (so a new store starts cold). */
export async function seedTeam(fetch: FakeGraph['fetch'], groupId: string, commitments: readonly Commitment[]) {
  const store = createGraphStore({
    getToken: tokensFor('alex@contoso.com'),
    groupId,
    teamName: groupId,
    fetch,
    dbName: `seed-${groupId}`,
    autoSync: false,
  });
  for (const c of commitments) await store.create(c);
  store.close();
}
