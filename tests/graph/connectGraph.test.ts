import { describe, expect, it, vi } from 'vitest';
import { connectGraph } from '../../src/app/connectGraph';
import { connectGraphAcrossTeams, storageTeamsCache, type TeamsCache } from '../../src/app/connectGraphAcrossTeams';
import { teamId } from '../../src/domain/ids';
import type { JoinedTeam } from '../../src/store/graph';
import { isStoreError } from '../../src/store/Store';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment, ALEX, NESTOR } from '../fixtures/commitments';
import { seedTeam, twoTeams } from './twoTeams';

describe('connectGraph', () => {
  it('is not configured without a client id (the app stays local)', async () => {
    expect(await connectGraph({ hostKind: 'outlook', authConfig: undefined as never })).toEqual({
      status: 'not-configured',
    });
  });

  it('asks for a team in Outlook when none was picked, listing the joined teams', async () => {
    const graph = createFakeGraph();
    graph.joinedTeams = [
      { id: 'g-2', displayName: 'Finance' },
      { id: 'g-1', displayName: "Facilities & O'Brien's desk" },
    ];
    const connection = await connectGraph({
      hostKind: 'outlook',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: graph.fetch,
    });
    expect(connection.status).toBe('needs-team');
    if (connection.status !== 'needs-team') throw new Error('unexpected');
    expect((await connection.listJoinedTeams()).map((t) => t.displayName)).toEqual([
      "Facilities & O'Brien's desk",
      'Finance',
    ]);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('lists joined teams as documented: GET /me/joinedTeams with no query options', async () => {
    // user-list-joinedteams: "This method does not currently support the OData query parameters".
    const graph = createFakeGraph();
    graph.joinedTeams = [{ id: 'g-1', displayName: 'Facilities', description: 'Desks and rooms' }];
    const connection = await connectGraph({
      hostKind: 'outlook',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: graph.fetch,
    });
    if (connection.status !== 'needs-team') throw new Error(connection.status);
    expect(await connection.listJoinedTeams()).toEqual([
      { id: 'g-1', displayName: 'Facilities', description: 'Desks and rooms' },
    ]);
    expect(graph.requests.map((r) => r.url)).toEqual(['https://graph.microsoft.com/v1.0/me/joinedTeams']);
  });

  it('connects a team to its Graph store', async () => {
    const graph = createFakeGraph();
    const connection = await connectGraph({
      hostKind: 'teams',
      groupId: graph.groupId,
      teamName: 'Facilities',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: graph.fetch,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    expect(connection.teamId).toBe(graph.groupId);
    const created = await connection.store.create(aCommitment({ teamId: connection.teamId }));
    expect(graph.items().map((i) => i.fields.KeptId)).toEqual([created.id]);
    expect((await connection.workCalendar()).timeZone).toBe('Europe/Berlin');
    connection.store.close();
  });
});

function memoryCache(initial?: JoinedTeam[]): TeamsCache & { saved: JoinedTeam[] | undefined } {
  const cache = {
    saved: initial,
    read: () => cache.saved,
    write: (teams: readonly JoinedTeam[]) => {
      cache.saved = [...teams];
    },
  };
  return cache;
}

describe('connectGraphAcrossTeams (the personal tab)', () => {
  const FACILITIES = teamId('group-facilities');
  const FINANCE = teamId('group-finance');

  it('is not configured without a client id', async () => {
    expect(await connectGraphAcrossTeams({ hostKind: 'teams', authConfig: undefined as never })).toEqual({
      status: 'not-configured',
    });
  });

  it('says no-teams when the user belongs to no team, and opens no store', async () => {
    const graph = createFakeGraph();
    const connection = await connectGraphAcrossTeams({
      hostKind: 'teams',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: graph.fetch,
    });
    expect(connection.status).toBe('no-teams');
    expect(graph.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1.0/me/joinedTeams']);
    expect(graph.scopeFailures).toEqual([]);
  });

  it("lists my commitments from every team's site and writes each one to its own team", async () => {
    const world = twoTeams();
    const inFacilities = aCommitment({ teamId: FACILITIES, owner: ALEX, title: 'Desks for floor 3' });
    const inFinance = aCommitment({ teamId: FINANCE, owner: ALEX, title: 'Budget sign-off' });
    const notMine = aCommitment({ teamId: FINANCE, owner: NESTOR });
    await seedTeam(world.fetch, 'group-facilities', [inFacilities]);
    await seedTeam(world.fetch, 'group-finance', [inFinance, notMine]);

    const cache = memoryCache();
    const connection = await connectGraphAcrossTeams({
      hostKind: 'teams',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: world.fetch,
      teamsCache: cache,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    expect(connection.teams.map((t) => t.displayName)).toEqual(['Facilities', 'Finance']);
    expect(connection.teamId).toBe(FACILITIES);
    expect(connection.storageDescription).toBe('graph');
    expect(connection.teamName).toBe('');
    expect(connection.store.kind).toBe('graph');
    expect(connection.store.teamIds).toEqual([FACILITIES, FINANCE]);
    expect(cache.saved?.map((t) => t.id)).toEqual(['group-facilities', 'group-finance']);

    const mine = await connection.store.list({ ownerEmail: ALEX.email });
    expect(mine.map((c) => c.title).sort()).toEqual(['Budget sign-off', 'Desks for floor 3']);

    const created = await connection.store.create(aCommitment({ teamId: FINANCE, title: 'Quarterly report' }));
    expect(world.finance.items().map((i) => i.fields.KeptId)).toContain(created.id);
    expect(world.facilities.items().map((i) => i.fields.KeptId)).not.toContain(created.id);
    const wrongTeam = await connection.store
      .create(aCommitment({ teamId: teamId('group-hr') }))
      .catch((e: unknown) => e);
    expect(isStoreError(wrongTeam) && wrongTeam.code).toBe('invalid');

    expect((await connection.workCalendar()).timeZone).toBe('Europe/Berlin');
    expect([...world.facilities.scopeFailures, ...world.finance.scopeFailures]).toEqual([]);
    connection.store.close();
  });

  it('never creates a list: a team that has not set Kept up reads as empty and is named, and no Sites.Manage.All is asked', async () => {
    const world = twoTeams();
    await seedTeam(world.fetch, 'group-facilities', [aCommitment({ teamId: FACILITIES, owner: ALEX, title: 'Desks' })]);
    const tokens = tokensFor('alex@contoso.com');
    const connection = await connectGraphAcrossTeams({ hostKind: 'teams', tokenProvider: tokens, fetch: world.fetch });
    if (connection.status !== 'connected') throw new Error(connection.status);
    const count = world.finance.mark();
    expect((await connection.store.list({ ownerEmail: ALEX.email })).map((c) => c.title)).toEqual(['Desks']);
    expect(world.finance.list()).toBeUndefined();
    expect(world.finance.requests.slice(-count()).every((r) => r.method === 'GET')).toBe(true);
    expect(tokens.asked.some((scopes) => scopes.includes('Sites.Manage.All'))).toBe(false);
    expect(connection.store.problems()).toEqual([]);
    expect(await connection.store.readProblems()).toEqual([
      { kind: 'team-not-set-up', teamId: FINANCE, teamName: 'Finance' },
    ]);
    // Once a member sets Kept up in Finance (its channel tab creates the list), the same store reads it.
    await seedTeam(world.fetch, 'group-finance', [aCommitment({ teamId: FINANCE, owner: ALEX, title: 'Budget' })]);
    await connection.store.sync();
    expect((await connection.store.list({ ownerEmail: ALEX.email })).map((c) => c.title).sort()).toEqual([
      'Budget',
      'Desks',
    ]);
    expect(await connection.store.readProblems()).toEqual([]);
    connection.store.close();
  });

  it('still shows the teams it can read when one team’s site refuses the user, and names that team', async () => {
    const world = twoTeams({ financeMembers: ['megan@contoso.com'] });
    await seedTeam(world.fetch, 'group-facilities', [aCommitment({ teamId: FACILITIES, owner: ALEX, title: 'Desks' })]);

    const connection = await connectGraphAcrossTeams({
      hostKind: 'teams',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: world.fetch,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    expect((await connection.store.list({ ownerEmail: ALEX.email })).map((c) => c.title)).toEqual(['Desks']);
    const problems = connection.store.problems();
    expect(problems.map((p) => p.teamId)).toEqual([FINANCE]);
    expect(isStoreError(problems[0]?.error) && problems[0].error.code).toBe('forbidden');
    connection.store.close();
  });

  it('opens the remembered teams at once, even offline, and refreshes the list for the next visit', async () => {
    const world = twoTeams();
    const remembered = memoryCache([{ id: 'group-facilities', displayName: 'Facilities' }]);
    const connection = await connectGraphAcrossTeams({
      hostKind: 'teams',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: world.fetch,
      teamsCache: remembered,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    expect(connection.store.teamIds).toEqual([FACILITIES]);
    await vi.waitFor(() => expect(remembered.saved?.map((t) => t.id)).toEqual(['group-facilities', 'group-finance']));
    connection.store.close();

    world.setJoinedTeamsDown(true);
    const offline = await connectGraphAcrossTeams({
      hostKind: 'teams',
      tokenProvider: tokensFor('alex@contoso.com'),
      fetch: world.fetch,
      teamsCache: remembered,
    });
    if (offline.status !== 'connected') throw new Error(offline.status);
    expect(offline.store.teamIds).toEqual([FACILITIES, FINANCE]);
    expect(remembered.saved?.map((t) => t.id)).toEqual(['group-facilities', 'group-finance']);
    offline.store.close();
  });

  it('fails plainly when the teams cannot be listed and none are remembered', async () => {
    const world = twoTeams();
    // Consent to list teams refused: the error reaches the page, which says so.
    await expect(
      connectGraphAcrossTeams({
        hostKind: 'teams',
        tokenProvider: tokensFor('alex@contoso.com', { refuse: ['Team.ReadBasic.All'] }),
        fetch: world.fetch,
        teamsCache: memoryCache(),
      }),
    ).rejects.toThrow(/Team\.ReadBasic\.All/);
    expect(world.facilities.requests).toEqual([]);
  });
});

describe('storageTeamsCache', () => {
  function memoryStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    };
  }

  it('remembers teams under its key and reads them back', () => {
    const storage = memoryStorage();
    const cache = storageTeamsCache('kept.joinedTeams:alex@contoso.com', () => storage);
    expect(cache.read()).toBeUndefined();
    cache.write([{ id: 'g-1', displayName: "O'Brien & Co", description: 'not kept' }]);
    expect(cache.read()).toEqual([{ id: 'g-1', displayName: "O'Brien & Co" }]);
    expect([...storage.data.keys()]).toEqual(['kept.joinedTeams:alex@contoso.com']);
  });

  it('treats hand-edited, foreign or unreachable storage as nothing remembered', () => {
    expect(storageTeamsCache('k', () => memoryStorage({ k: '{not json' })).read()).toBeUndefined();
    expect(storageTeamsCache('k', () => memoryStorage({ k: '{"id":"g-1"}' })).read()).toBeUndefined();
    expect(
      storageTeamsCache('k', () => memoryStorage({ k: '[{"id":"g-1","displayName":"A"},{"id":3},null]' })).read(),
    ).toEqual([{ id: 'g-1', displayName: 'A' }]);
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(storageTeamsCache('k', blocked).read()).toBeUndefined();
    expect(() => storageTeamsCache('k', blocked).write([{ id: 'g', displayName: 'G' }])).not.toThrow();
  });
});
