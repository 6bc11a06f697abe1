// Tests that run the built bin or library need dist/ current: build it once before any test runs (a
// no-op when dist/ is newer than every source), so `npx vitest run` alone works and no test skips for
// want of a build. A failed build fails the run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [script, '--if-stale'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0)
    throw new Error(`building dist/ for the tests failed (node scripts/build.mjs):\n${r.stdout}${r.stderr}`);
}
