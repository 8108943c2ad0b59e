import { describe, expect, it } from 'vitest';
import { ALL_FAULTS, runFaults } from './faultRun';

/**
 * Two people work on the same team list while the network and the task pane misbehave: 429 and 503
 * with Retry-After, 504 after the server applied a write, connections dropped before and after the
 * server applied a request, 412 races, batches where some answers fail, and panes reloaded while a
 * request is in flight (the outbox rebuilt from IndexedDB). Every operation must take effect exactly
 * once: nothing lost, nothing duplicated (list items, and each owner's Microsoft To Do task, the
 * team's reminder choice), the list and both users' views as intended, and no request
 * sent before a Retry-After ran out. A quick set of seeds here; `npm run bench:faults` runs many more
 * (KEPT_FAULT_SEED picks one seed to explore).
 */
describe('Graph store under faults', () => {
  const seeds = process.env.KEPT_FAULT_SEED !== undefined ? [Number(process.env.KEPT_FAULT_SEED)] : [42, 11, 5];
  it.each(seeds)(
    'applies 600 operations from two users exactly once (fault seed %i)',
    async (seed) => {
      const figures = await runFaults({ seed, operations: 600 });
      expect(figures.problems).toEqual([]);
      expect({
        lost: figures.lost,
        duplicated: figures.duplicated,
        wrong: figures.wrong,
        retryAfterViolations: figures.retryAfterViolations,
      }).toEqual({ lost: 0, duplicated: 0, wrong: 0, retryAfterViolations: 0 });
      expect(figures.operations).toBeGreaterThanOrEqual(600);
      for (const kind of ALL_FAULTS) expect(figures.faults[kind], kind).toBeGreaterThan(0);
      console.warn(
        `fault test (seed ${seed}): ${figures.operations} operations, ${figures.requests} requests, ` +
          `faults ${JSON.stringify(figures.faults)}, ${figures.conflictsRedone} conflicts redone by the user`,
      );
    },
    60_000,
  );
});
