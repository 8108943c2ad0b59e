import { describe, expect, it } from 'vitest';
import { historyId } from '../../src/domain/ids';
import type { Commitment } from '../../src/domain/types';
import { isStoreError } from '../../src/store/Store';
import { commitmentFromItem } from '../../src/store/graph/mapping';
import { createFakeGraph, seededRandom } from '../fakes/graph/fakeGraph';
import { aCommitment, ALEX, aStep, MEGAN } from '../fixtures/commitments';
import { storeFor, virtualClock } from './helpers';

/**
 * Two people work on the same team list while the network misbehaves: 429 with Retry-After, 503,
 * connections dropped before and after the server applied a request, and 412 races. Every
 * operation must take effect exactly once: the list ends up as intended, nothing lost, nothing
 * duplicated, and no request is sent before a Retry-After ran out.
 */

type Op =
  | { readonly kind: 'create'; readonly user: 0 | 1; readonly commitment: Commitment }
  | { readonly kind: 'tick'; readonly user: 0 | 1; readonly id: string; readonly step: number }
  | { readonly kind: 'retitle'; readonly user: 0 | 1; readonly id: string; readonly title: string }
  | { readonly kind: 'delete'; readonly user: 0 | 1; readonly id: string };

describe('Graph store under faults', () => {
  // Two fixed fault sequences (KEPT_FAULT_SEED picks another one to explore).
  const seeds = process.env.KEPT_FAULT_SEED !== undefined ? [Number(process.env.KEPT_FAULT_SEED)] : [42, 11];
  it.each(seeds)(
    'applies 500+ operations from two users exactly once (fault seed %i)',
    async (seed) => {
      const clock = virtualClock();
      const graph = createFakeGraph({
        now: clock.now,
        random: seededRandom(seed),
        faults: { rate: 0.2, kinds: ['429', '503', 'drop-before', 'drop-after', '412'], retryAfterSeconds: 2 },
      });
      const users = [
        storeFor(graph, 'alex@contoso.com', { now: clock.now }),
        storeFor(graph, 'megan@contoso.com', { now: clock.now }),
      ] as const;
      const people = [ALEX, MEGAN] as const;

      // The plan: 130 commitments (65 each, 3 steps), every step ticked (step 0 by Alex, step 1 by
      // Megan, step 2 by the owner: two people tick the same commitment at the same time), every
      // fifth retitled by its owner, every tenth deleted at the end by its owner.
      const ops: Op[] = [];
      const creates: Commitment[] = [];
      for (let i = 0; i < 130; i++) {
        const user = (i % 2) as 0 | 1;
        const c = aCommitment({ owner: people[user], title: `Request ${i}`, steps: [aStep(), aStep(), aStep()] });
        creates.push(c);
        ops.push({ kind: 'create', user, commitment: c });
      }
      creates.forEach((c, i) => {
        const owner = (i % 2) as 0 | 1;
        ops.push(
          { kind: 'tick', user: 0, id: c.id, step: 0 },
          { kind: 'tick', user: 1, id: c.id, step: 1 },
          { kind: 'tick', user: owner, id: c.id, step: 2 },
        );
        if (i % 5 === 0)
          ops.push({ kind: 'retitle', user: owner, id: c.id, title: `Request ${i} (renamed) ${"O'Brien"}` });
      });
      creates.forEach((c, i) => {
        if (i % 10 === 3) ops.push({ kind: 'delete', user: (i % 2) as 0 | 1, id: c.id });
      });
      expect(ops.length).toBeGreaterThanOrEqual(500);

      // Ticks and retitles interleave (two users on the same items at once); creates go first and
      // deletes last, as an operation can only follow what its user has already seen.
      const pending = [...ops];
      const order = seededRandom(7);
      const at = () => clock.now().toISOString();
      let done = 0;
      let conflictsRetried = 0;

      async function attempt(op: Op): Promise<boolean> {
        const store = users[op.user];
        try {
          if (op.kind === 'create') {
            await store.create(op.commitment);
            return true;
          }
          let current: Commitment;
          try {
            current = await store.get(op.id as Commitment['id']);
          } catch (error) {
            if (isStoreError(error) && error.code === 'not-found' && op.kind === 'delete') return true;
            if (
              isStoreError(error) &&
              (error.code === 'not-found' || error.code === 'offline' || error.code === 'throttled')
            )
              return false;
            throw error;
          }
          if (op.kind === 'delete') {
            await store.delete(current.id, current.version);
            return true;
          }
          if (op.kind === 'retitle') {
            await store.update({ ...current, title: op.title, updatedAt: at() });
            return true;
          }
          const step = current.steps[op.step];
          if (step === undefined) throw new Error('missing step');
          const stamp = at();
          await store.update({
            ...current,
            steps: current.steps.map((s, i) => (i === op.step ? { ...s, doneAt: stamp } : s)),
            history: [
              ...current.history,
              {
                id: historyId(`tick-${op.id}-${op.step}`),
                kind: 'step-done',
                stepId: step.id,
                done: true,
                at: stamp,
                by: people[op.user],
              },
            ],
            updatedAt: stamp,
          });
          return true;
        } catch (error) {
          // A conflict the store could not merge: the person re-reads and does it again.
          if (isStoreError(error) && error.code === 'conflict') {
            conflictsRetried++;
            return false;
          }
          throw error;
        }
      }

      const deleteOps = new Map(ops.filter((o) => o.kind === 'delete').map((o) => [o.id, o]));
      const syncBoth = async () => {
        let errors = 0;
        for (const store of users) {
          await store.sync().catch((error: unknown) => {
            if (!isStoreError(error)) throw error;
            errors++;
            // A queued write the server refused later (a delete that met someone's newer tick): the
            // person sees the conflict and does it again.
            const redo =
              error.code === 'conflict' && error.current !== undefined ? deleteOps.get(error.current.id) : undefined;
            if (redo !== undefined) {
              conflictsRetried++;
              pending.push(redo);
            }
          });
        }
        return errors;
      };
      for (let round = 0; round < 20_000; round++) {
        if (pending.length > 0) {
          const creatingLeft = pending.some((o) => o.kind === 'create');
          const othersLeft = pending.some((o) => o.kind !== 'delete');
          const candidates = pending
            .map((op, index) => ({ op, index }))
            .filter(({ op }) => (creatingLeft ? op.kind === 'create' : op.kind !== 'delete' || !othersLeft));
          const pick = candidates[Math.floor(order() * Math.min(candidates.length, 8))];
          if (pick !== undefined && (await attempt(pick.op))) {
            pending.splice(pick.index, 1);
            done++;
          }
          clock.advance(Math.floor(order() * 400));
          if (round % 7 === 0) await syncBoth();
        } else {
          // Let every queued write go: the outbox waits out Retry-After and backoff on the virtual clock.
          clock.advance(15_000);
          const errors = await syncBoth();
          if (errors === 0 && pending.length === 0 && users.every((s) => s.syncState().pendingWrites === 0)) break;
        }
      }
      expect(pending).toEqual([]);
      expect(done).toBeGreaterThanOrEqual(ops.length);

      graph.faults.rate = 0;
      clock.advance(60_000); // past any Retry-After still running
      for (const store of users) await store.sync();
      for (const store of users) expect(store.syncState().pendingWrites).toBe(0);

      // The intended state.
      const deleted = new Set(ops.filter((o) => o.kind === 'delete').map((o) => o.id));
      const retitled = new Map(
        ops.filter((o): o is Extract<Op, { kind: 'retitle' }> => o.kind === 'retitle').map((o) => [o.id, o.title]),
      );
      const serverItems = graph.items();
      const keptIds = serverItems.map((i) => i.fields.KeptId);
      expect(new Set(keptIds).size).toBe(keptIds.length); // nothing duplicated
      const server = serverItems.map((item) => {
        const read = commitmentFromItem(item);
        if (!read.ok) throw new Error(`${read.column} ${read.problem}`);
        return read.value;
      });
      const expectedIds = creates
        .map((c) => c.id)
        .filter((id) => !deleted.has(id))
        .sort();
      expect(server.map((c) => c.id).sort()).toEqual(expectedIds); // nothing lost
      for (const c of server) {
        if (process.env.DEBUG_FAULTS && !c.steps.every((s) => s.doneAt !== undefined))
          console.warn(
            'BROKEN',
            JSON.stringify({ steps: c.steps, history: c.history.map((h) => h.id), version: c.version, title: c.title }),
          );
        expect(
          c.steps.every((s) => s.doneAt !== undefined),
          `${c.id} has every step ticked`,
        ).toBe(true);
        expect(c.history.filter((h) => h.kind === 'step-done')).toHaveLength(3);
        expect(c.title).toBe(retitled.get(c.id) ?? creates.find((x) => x.id === c.id)?.title);
      }
      // Both users see exactly the server's list.
      for (const store of users) {
        const listed = await store.list();
        expect(listed.map((c) => c.id).sort()).toEqual(expectedIds);
        expect(listed).toEqual(expect.arrayContaining(server));
      }
      expect(graph.violations).toEqual([]);
      expect(graph.retryAfterViolations).toBe(0);

      for (const kind of ['429', '503', 'drop-before', 'drop-after', '412'] as const)
        expect(graph.injected[kind]).toBeGreaterThan(5);
      console.warn(
        `fault test: ${ops.length} operations, ${graph.requests.length} requests, faults ${JSON.stringify(graph.injected)}, ` +
          `${conflictsRetried} conflicts redone by the user`,
      );
    },
    60_000,
  );
});
