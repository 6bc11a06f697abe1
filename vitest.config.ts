import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files that set process-wide state before loading modules (Ink and chalk read FORCE_COLOR and CI once), or
 * that replace a module (vi.mock), which the shared workers' module cache would not see.
 */
const NEEDS_OWN_PROCESS = ['tests/ui/terminal.test.ts', 'tests/cli/init-unloadable.test.ts'];

export default defineConfig({
  test: {
    // CLI tests spawn the built bin; property tests run hundreds of seeds.
    testTimeout: 60_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves one core to itself (a single worker on a 2-core
    // machine), but its own process is idle while files run, and many files wait on child processes.
    maxWorkers: availableParallelism(),
    // dist/ first (tests run the bin and the library), then one temporary folder for the run.
    globalSetup: ['tests/helpers/build-dist.ts', 'tests/helpers/global-temp.ts'],
    projects: [
      {
        extends: true,
        // Files share a worker's loaded modules (Ink, React, yoga, the generator) instead of loading them
        // again per file: a third less CPU. Modules keep no state a test depends on; what does is below.
        test: { name: 'shared', include: ['tests/**/*.test.{ts,tsx}'], exclude: NEEDS_OWN_PROCESS, isolate: false },
      },
      { extends: true, test: { name: 'own-process', include: NEEDS_OWN_PROCESS, isolate: true } },
    ],
  },
});
