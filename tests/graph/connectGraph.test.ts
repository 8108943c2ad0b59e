import { describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/app/connectGraph';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment } from '../fixtures/commitments';

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
