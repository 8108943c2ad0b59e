import { isDeepStrictEqual } from 'node:util';
import { historyId } from '../../src/domain/ids';
import type { Commitment } from '../../src/domain/types';
import { isStoreError } from '../../src/store/Store';
import type { GraphCommitmentStore } from '../../src/store/graph';
import { commitmentFromItem } from '../../src/store/graph/mapping';
import { SETTINGS_KEY } from '../../src/store/graph/schema';
import { createFakeGraph, seededRandom, type FakeGraph, type FaultKind } from '../fakes/graph/fakeGraph';
import { aCommitment, ALEX, aStep, MEGAN } from '../fixtures/commitments';
import { storeFor, virtualClock } from './helpers';

/**
 * One fault run: two people work on the same team list while the network and the task pane
 * misbehave, and every operation must take effect exactly once. Used by tests/graph/fault.test.ts
 * (a few seeds, in `npm test`) and bench/faults.bench.ts (`npm run bench:faults`, many seeds).
 *
 * The plan: commitments with three steps each, made by both users; every step ticked (step 0 by
 * Alex, step 1 by Megan, step 2 by the owner: two people tick the same commitment at the same
 * time), every fifth retitled by its owner, every tenth deleted at the end by its owner. Creates go
 * first and deletes last, as an operation can only follow what its user has already seen.
 * The team's reminders are Microsoft To Do tasks, so each owner's changes also write their task
 * (a POST that is not idempotent, then PATCHes): each commitment must end with exactly one task in
 * its owner's To Do, completed when it was deleted.
 */

type User = 0 | 1;
type Op =
  | { readonly kind: 'create'; readonly user: User; readonly commitment: Commitment }
  | { readonly kind: 'tick'; readonly user: User; readonly id: string; readonly step: number }
  | { readonly kind: 'retitle'; readonly user: User; readonly id: string; readonly title: string }
  | { readonly kind: 'delete'; readonly user: User; readonly id: string };

export const ALL_FAULTS: readonly FaultKind[] = [
  '429',
  '503',
  'drop-before',
  'drop-after',
  '412',
  '504-after-commit',
  'partial-batch',
  'reload',
];

export interface FaultRunOptions {
  readonly seed: number;
  /** How many operations to plan (about; rounded to whole commitments). */
  readonly operations: number;
  readonly rate?: number;
  readonly kinds?: readonly FaultKind[];
  readonly retryAfterSeconds?: number;
}

export interface FaultFigures {
  readonly seed: number;
  readonly operations: number;
  readonly requests: number;
  readonly faults: Readonly<Record<FaultKind, number>>;
  readonly reloads: number;
  /** Operations whose effect is missing: a commitment not created, a step not ticked, a title not changed. */
  readonly lost: number;
  /** Effects applied more than once: two list items with one KeptId, a history entry twice. */
  readonly duplicated: number;
  /** Anything else not as intended: a deleted commitment still there, a user who sees something else, writes left queued. */
  readonly wrong: number;
  readonly retryAfterViolations: number;
  readonly conflictsRedone: number;
  /** What went wrong, for the failure message (empty when all is well). */
  readonly problems: readonly string[];
}

const PEOPLE = [ALEX, MEGAN] as const;
// Each pane signed in as the owner it works for: To Do tasks go in the owner's own To Do.
const EMAILS = [ALEX.email, MEGAN.email] as const;

function plan(operations: number): { ops: Op[]; creates: Commitment[] } {
  const count = Math.max(10, Math.round(operations / 4.3));
  const ops: Op[] = [];
  const creates: Commitment[] = [];
  for (let i = 0; i < count; i++) {
    const user = (i % 2) as User;
    const c = aCommitment({ owner: PEOPLE[user], title: `Request ${i}`, steps: [aStep(), aStep(), aStep()] });
    creates.push(c);
    ops.push({ kind: 'create', user, commitment: c });
  }
  creates.forEach((c, i) => {
    const owner = (i % 2) as User;
    ops.push(
      { kind: 'tick', user: 0, id: c.id, step: 0 },
      { kind: 'tick', user: 1, id: c.id, step: 1 },
      { kind: 'tick', user: owner, id: c.id, step: 2 },
    );
    if (i % 5 === 0) ops.push({ kind: 'retitle', user: owner, id: c.id, title: `Request ${i} (renamed) O'Brien` });
  });
  creates.forEach((c, i) => {
    if (i % 10 === 3) ops.push({ kind: 'delete', user: (i % 2) as User, id: c.id });
  });
  return { ops, creates };
}

export async function runFaults(options: FaultRunOptions): Promise<FaultFigures> {
  const { seed } = options;
  const kinds = options.kinds ?? ALL_FAULTS;
  const clock = virtualClock();
  const problems: string[] = [];

  // Each user's pane: a store over the user's own IndexedDB; a reload closes it and opens another on
  // the same database, and the closed one never reaches the network again.
  const closers = new Map<GraphCommitmentStore, () => void>();
  let reloads = 0;
  const open = (user: User): GraphCommitmentStore => {
    const token = { alive: true };
    const store = storeFor(graph, EMAILS[user], {
      now: clock.now,
      dbName: `kept-fault-${seed}-${EMAILS[user]}`,
      fetch: (input, init) =>
        token.alive ? graph.fetch(input, init) : Promise.reject(new TypeError('fetch failed (the pane is closed)')),
    });
    closers.set(store, () => {
      token.alive = false;
      store.close();
    });
    return store;
  };
  const graph: FakeGraph = createFakeGraph({
    now: clock.now,
    random: seededRandom(seed),
    faults: {
      rate: options.rate ?? 0.2,
      kinds: [...kinds],
      retryAfterSeconds: options.retryAfterSeconds ?? 2,
      onReload: (email) => {
        const user = EMAILS.indexOf(email as (typeof EMAILS)[number]) as User;
        const closing = users[user];
        if (closing !== undefined) closers.get(closing)?.();
        users[user] = open(user);
        reloads++;
      },
    },
  });
  const users: GraphCommitmentStore[] = [];
  users.push(open(0), open(1));

  const { ops, creates } = plan(options.operations);
  // The team chooses To Do reminders before the work starts, and both panes have read it.
  const rate = graph.faults.rate;
  graph.faults.rate = 0;
  const team = (creates[0] as Commitment).teamId;
  await users[0]!.saveSettings({ ...(await users[0]!.getSettings(team)), followUpReminders: 'todoTask' });
  for (const store of users) await store.sync();
  graph.faults.rate = rate;
  const pending = [...ops];
  const order = seededRandom(seed * 7919 + 7);
  const at = () => clock.now().toISOString();
  let done = 0;
  let conflictsRedone = 0;

  /** An error from a pane that was closed meanwhile tells nothing: that pane is gone. */
  const current = (store: GraphCommitmentStore, user: User) => users[user] === store;

  async function attempt(op: Op): Promise<boolean> {
    const store = users[op.user] as GraphCommitmentStore;
    try {
      if (op.kind === 'create') {
        await store.create(op.commitment);
        return true;
      }
      let shown: Commitment;
      try {
        shown = await store.get(op.id as Commitment['id']);
      } catch (error) {
        if (isStoreError(error) && error.code === 'not-found' && op.kind === 'delete') return true;
        if (isStoreError(error) && ['not-found', 'offline', 'throttled'].includes(error.code)) return false;
        throw error;
      }
      if (op.kind === 'delete') {
        await store.delete(shown.id, shown.version);
        return true;
      }
      if (op.kind === 'retitle') {
        await store.update({ ...shown, title: op.title, updatedAt: at() });
        return true;
      }
      const step = shown.steps[op.step];
      if (step === undefined) throw new Error('missing step');
      const stamp = at();
      await store.update({
        ...shown,
        steps: shown.steps.map((s, i) => (i === op.step ? { ...s, doneAt: stamp } : s)),
        history: [
          ...shown.history,
          {
            id: historyId(`tick-${op.id}-${op.step}`),
            kind: 'step-done',
            stepId: step.id,
            done: true,
            at: stamp,
            by: PEOPLE[op.user],
          },
        ],
        updatedAt: stamp,
      });
      return true;
    } catch (error) {
      // A conflict the store could not merge: the person re-reads and does it again.
      if (isStoreError(error) && error.code === 'conflict') {
        conflictsRedone++;
        return false;
      }
      if (!current(store, op.user)) return false;
      if (isStoreError(error) && (error.code === 'offline' || error.code === 'throttled')) return false;
      throw error;
    }
  }

  const deleteOps = new Map(ops.filter((o) => o.kind === 'delete').map((o) => [o.id, o]));
  const syncBoth = async () => {
    let errors = 0;
    for (const user of [0, 1] as const) {
      const store = users[user] as GraphCommitmentStore;
      await store.sync().catch((error: unknown) => {
        errors++;
        if (!current(store, user)) return;
        if (!isStoreError(error)) throw error;
        // A queued write the server refused later (a delete that met someone's newer tick): the
        // person sees the conflict and does it again.
        const redo =
          error.code === 'conflict' && error.current !== undefined ? deleteOps.get(error.current.id) : undefined;
        if (redo !== undefined) {
          conflictsRedone++;
          pending.push(redo);
        }
      });
    }
    return errors;
  };

  // Operations in a random order while faults are injected; then, once everything is through, a
  // calm spell: no more faults, every late request arrives, every wait runs out — and whatever the
  // stores report then (a refused delete) is still redone by the user.
  let calm = false;
  const maxRounds = ops.length * 40;
  for (let round = 0; round < maxRounds; round++) {
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
      continue;
    }
    // Let every queued write go: the outbox waits out Retry-After and backoff on the virtual clock.
    clock.advance(calm ? 120_000 : 15_000);
    if (calm) graph.items(); // requests of closed panes still on their way arrive now
    const reloadsBefore = reloads;
    const errors = await syncBoth();
    const clean =
      errors === 0 &&
      pending.length === 0 &&
      reloads === reloadsBefore &&
      users.every((s) => s.syncState().pendingWrites === 0);
    if (!clean) continue;
    if (calm) break;
    calm = true;
    graph.faults.rate = 0;
    delete graph.faults.onReload;
  }
  if (pending.length > 0) problems.push(`${pending.length} operations could not be done`);
  // One more read each, so both see what the other's last writes did.
  for (const store of users) await store.sync();
  let wrong = 0;
  for (const [user, store] of users.entries()) {
    const left = store.syncState().pendingWrites;
    if (left > 0) {
      wrong += left;
      problems.push(`${EMAILS[user]} still has ${left} queued writes`);
    }
  }

  // The intended state, against the list as SharePoint holds it.
  const deleted = new Set(ops.filter((o) => o.kind === 'delete').map((o) => o.id));
  const retitled = new Map(
    ops.filter((o): o is Extract<Op, { kind: 'retitle' }> => o.kind === 'retitle').map((o) => [o.id, o.title]),
  );
  // The team's settings item is not a commitment.
  const serverItems = graph.items().filter((i) => i.fields.KeptStatus !== SETTINGS_KEY);
  const byKeptId = new Map<string, number>();
  for (const item of serverItems) {
    const id = String(item.fields.KeptId);
    byKeptId.set(id, (byKeptId.get(id) ?? 0) + 1);
  }
  let duplicated = 0;
  for (const [id, count] of byKeptId) {
    if (count > 1) {
      duplicated += count - 1;
      problems.push(`${count} list items have KeptId ${id}`);
    }
  }
  const server = new Map<string, Commitment>();
  for (const item of serverItems) {
    const read = commitmentFromItem(item);
    if (!read.ok) {
      wrong++;
      problems.push(`item ${item.id} unreadable: ${read.column} ${read.problem}`);
    } else server.set(read.value.id, read.value);
  }
  let lost = 0;
  for (const c of creates) {
    const found = server.get(c.id);
    if (deleted.has(c.id)) {
      if (found !== undefined) {
        wrong++;
        problems.push(`${c.id} should have been deleted`);
      }
      continue;
    }
    if (found === undefined) {
      lost += 1;
      problems.push(`${c.id} (${c.title}) is missing`);
      continue;
    }
    const unticked = found.steps.filter((s) => s.doneAt === undefined).length;
    const ticks = found.history.filter((h) => h.kind === 'step-done');
    const tickIds = new Set(ticks.map((h) => h.id));
    lost += unticked + Math.max(0, 3 - tickIds.size);
    duplicated += ticks.length - tickIds.size;
    if (unticked > 0 || tickIds.size < 3 || ticks.length !== tickIds.size)
      problems.push(`${c.id}: ${unticked} steps unticked, ${ticks.length} tick entries (${tickIds.size} distinct)`);
    const title = retitled.get(c.id) ?? c.title;
    if (found.title !== title) {
      lost++;
      problems.push(`${c.id} is titled "${found.title}", not "${title}"`);
    }
  }
  for (const id of server.keys()) {
    if (!creates.some((c) => c.id === id)) {
      wrong++;
      problems.push(`${id} is on the list but nobody made it`);
    }
  }
  // Both users see exactly the server's list.
  for (const [user, store] of users.entries()) {
    const listed = await store.list();
    const seen = new Map<string, Commitment>(listed.map((c) => [c.id, c]));
    for (const [id, c] of server) {
      if (!isDeepStrictEqual(seen.get(id), c)) {
        wrong++;
        problems.push(`${EMAILS[user]} sees ${id} differently from the list`);
      }
    }
    for (const id of seen.keys()) {
      if (!server.has(id)) {
        wrong++;
        problems.push(`${EMAILS[user]} sees ${id}, which is not on the list`);
      }
    }
  }
  // Each owner's To Do: one task per commitment, never two; completed once the commitment was deleted.
  for (const [user, email] of EMAILS.entries()) {
    const tasks = graph.todo
      .tasks(email)
      .flatMap((t) =>
        t.linkedResources.filter((r) => r.applicationName === 'Kept').map((r) => ({ t, id: r.externalId })),
      );
    for (const c of creates.filter((c) => c.owner === PEOPLE[user])) {
      const mine = tasks.filter((x) => x.id === c.id);
      if (mine.length > 1) {
        duplicated += mine.length - 1;
        problems.push(`${email} has ${mine.length} To Do tasks for ${c.id}`);
      } else if (mine.length === 0) {
        lost++;
        problems.push(`${email} has no To Do task for ${c.id}`);
      } else if (deleted.has(c.id) && mine[0]!.t.status !== 'completed') {
        wrong++;
        problems.push(`${email}'s To Do task for the deleted ${c.id} is still open`);
      }
    }
  }
  problems.push(...graph.violations.map((v) => `Retry-After not honoured: ${v}`));
  for (const store of users) closers.get(store)?.();

  return {
    seed,
    operations: done,
    requests: graph.requests.length,
    faults: { ...graph.injected },
    reloads,
    lost,
    duplicated,
    wrong,
    retryAfterViolations: graph.retryAfterViolations,
    conflictsRedone,
    problems,
  };
}
