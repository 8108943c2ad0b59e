// `npm run bench:faults`: the fault run at scale (bench/faults.run.ts through Vitest, which compiles
// the TypeScript); prints operations, requests, faults by kind, lost, duplicated, wrong final state,
// Retry-After violations and the wall time. Exits non-zero when any of the four is not 0.
import { startVitest } from 'vitest/node';

const started = performance.now();
const vitest = await startVitest('test', [], {
  config: 'vitest.bench.config.ts',
  include: ['bench/faults.run.ts'],
  reporters: ['dot'],
  watch: false,
});
await vitest?.close();
console.log(`bench:faults finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = vitest?.state.getCountOfFailedTests() ? 1 : (process.exitCode ?? 0);
