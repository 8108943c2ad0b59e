import { createGraphStore, type GraphCommitmentStore, type GraphStoreOptions } from '../../src/store/graph';
import { StoreError } from '../../src/store/Store';
import type { FakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';

/** A virtual clock the fake and the stores share; tests move it forward by hand. */
export function virtualClock(start = '2026-11-02T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

let db = 0;

/** A Graph store for one simulated user, no in-memory retries or sleeps (the outbox does the waiting). */
export function storeFor(
  graph: FakeGraph,
  user: string,
  overrides: Partial<GraphStoreOptions> = {},
): GraphCommitmentStore {
  return createGraphStore({
    getToken: tokensFor(user),
    groupId: graph.groupId,
    teamName: 'Facilities',
    fetch: graph.fetch,
    user,
    dbName: `kept-graph-test-${++db}`,
    autoSync: false,
    retry: { maxRetries: 0, delaySeconds: 0 },
    sleep: async () => undefined,
    ...overrides,
  });
}

/** The StoreError a promise rejects with (anything else fails the test). */
export async function storeErrorOf(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}
