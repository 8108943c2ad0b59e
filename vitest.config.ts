import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precomputedThemes } from './scripts/precomputed-themes.mjs';
import { rulesVersion } from './scripts/rules-version.mjs';

// The code that decides a kept first screen, fingerprinted (scripts/rules-version.mjs).
process.env.VITE_KEPT_RULES = rulesVersion();

// `.test.ts` runs in node (domain, stores, hosts); `.test.tsx` renders components in jsdom.
export default defineConfig({
  plugins: [react(), precomputedThemes()],
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
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          // A test that renders a whole surface in jsdom several times (every locale, every form) is
          // CPU work: up to 10 s alone on two idle cores, twice that while another run shares them.
          // The limit only catches a hang; what a test waits for on screen has its own 10 s.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
