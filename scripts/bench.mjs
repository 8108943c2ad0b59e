// `npm run bench`: prints numbers, asserts nothing. Runs after `npm run build` (see package.json).
//  1. initial JavaScript per surface (KB gzip) and where MSAL / the Graph client live;
//  2. domain: status and metrics for 1k, 10k and 100k commitments; Graph requests per user action
//     (bench/*.bench.ts through vitest, which compiles the TypeScript);
//  3. the overview in Chromium: first meaningful render with 10,000 commitments, scroll frame times;
//  4. Kept's pages as multiples of a blank Fluent page built and measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bundleReport } from './bundle-report.mjs';

const { surfaces, lazyChunks } = bundleReport();
console.log('\n== Initial JavaScript per surface (gzip)');
for (const [surface, { gzipBytes, firstRenderGzipBytes, files, lazyPackagesInInitial }] of Object.entries(surfaces)) {
  console.log(
    `${surface.padEnd(9)} ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB in ${files.length} file(s); ` +
      `${(firstRenderGzipBytes / 1024).toFixed(1)} KB with the lazy chunks its first render awaits` +
      (lazyPackagesInInitial.length ? `  (initial includes ${lazyPackagesInInitial.join(', ')}!)` : ''),
  );
}
console.log(`MSAL / Graph client / Excel writer only in lazy chunks: ${lazyChunks.join(', ') || '(not in the build)'}`);

const run = (label, command, args) => {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${label} exited with ${result.status})`);
};

run('Domain and Graph benchmarks', 'npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', '--reporter=dot']);
if (existsSync('bench/overview-render.mjs'))
  run('Overview in Chromium', process.execPath, ['bench/overview-render.mjs']);
run('Against a blank Fluent page', process.execPath, ['bench/blank-ratios.mjs']);
