import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `.test.ts` runs in node (domain, stores, hosts); `.test.tsx` renders components in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'component', environment: 'jsdom', include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'] },
      },
    ],
  },
});
