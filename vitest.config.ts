import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // CLI tests spawn the built bin; property tests run hundreds of seeds.
    testTimeout: 60_000,
    pool: 'forks',
    // dist/ first (tests run the bin and the library), then one temporary folder for the run.
    globalSetup: ['tests/helpers/build-dist.ts', 'tests/helpers/global-temp.ts'],
  },
});
