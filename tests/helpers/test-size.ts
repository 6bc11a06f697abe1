// How big the heavy randomised tests run. CI (CI=true, or READQUIZ_FULL_TESTS=1) runs them at full size;
// a developer's run takes a quarter of the runs, which keeps every assertion and still samples widely,
// so the suite stays quick to run while working.
export const FULL_SIZE = process.env.CI === 'true' || process.env.READQUIZ_FULL_TESTS === '1';

/** `full` in CI, else a quarter of it (at least `min`). */
export function testSize(full: number, min = 25): number {
  return FULL_SIZE ? full : Math.max(min, Math.ceil(full / 4));
}
