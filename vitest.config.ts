import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'channels/**/*.test.ts'],
    setupFiles: ['test/harness/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser and SMSC tests each start real peers, so keep the fan-out modest.
    maxWorkers: 2,
  },
});
