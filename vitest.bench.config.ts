import { defineConfig } from 'vitest/config';

// `npx vitest run --config vitest.bench.config.ts`: the domain benchmark (prints timings, asserts none).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 300_000,
  },
});
