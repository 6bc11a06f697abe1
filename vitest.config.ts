import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // CLI tests spawn the built bin; property tests run hundreds of seeds.
    testTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/helpers/global-temp.ts'],
  },
});
