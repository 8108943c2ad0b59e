// Runs every browser spec (tests/e2e/*.e2e.test.mjs) with node's test runner, one file at a time
// (each starts its own server and browser; two cores do not gain from running them together).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
if (!existsSync(process.env.KEPT_CHROMIUM ?? '/usr/bin/chromium')) {
  console.error('Chromium not found at /usr/bin/chromium: run `apt-get install -y chromium` (bash .ci/run does).');
  process.exit(1);
}
const only = process.argv.slice(2);
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
if (specs.length === 0) {
  console.error('No browser specs found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
