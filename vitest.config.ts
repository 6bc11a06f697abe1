import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // CLI tests spawn the built bin; property tests run hundreds of seeds.
    testTimeout: 60_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves one core to itself (a single worker on a 2-core
    // machine), but its own process is idle while files run, and many files wait on child processes.
    maxWorkers: availableParallelism(),
    // dist/ first (tests run the bin and the library), then one temporary folder for the run.
    globalSetup: ['tests/helpers/build-dist.ts', 'tests/helpers/global-temp.ts'],
  },
});
