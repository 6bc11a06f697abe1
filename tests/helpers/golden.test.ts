// The golden helper itself: a missing golden is a failure, never a file written behind the run's back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, GOLDEN_DIR, updatingGoldens } from './golden.js';

describe('expectGolden', () => {
  it('fails on a missing golden and writes nothing, in CI or not', () => {
    for (const env of [{}, { CI: 'true' }]) {
      expect(() => expectGolden('no-such-golden.txt', 'anything', env)).toThrow(
        /tests\/golden\/no-such-golden\.txt is missing: run UPDATE_GOLDENS=1/,
      );
      expect(existsSync(join(GOLDEN_DIR, 'no-such-golden.txt'))).toBe(false);
    }
  });

  it('fails on a golden that differs', () => {
    expect(() => expectGolden('quiz-demo.json', '{}\n', {})).toThrow(/quiz-demo\.json differs/);
  });

  it('writes only when the run asks for it', () => {
    expect(updatingGoldens({})).toBe(false);
    expect(updatingGoldens({ CI: 'true' })).toBe(false);
    expect(updatingGoldens({ UPDATE_GOLDENS: '1' })).toBe(true);
  });
});
