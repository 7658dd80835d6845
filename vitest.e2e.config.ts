import { defineConfig } from 'vitest/config';

// Browser tests over the built site (dist/), in Debian Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
