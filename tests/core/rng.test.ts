import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, variantSeed } from '../../src/core/rng.js';

describe('createRng', () => {
  it('gives the same stream for the same seed, in any order of creation', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        const xs = Array.from({ length: 20 }, () => a.next());
        const ys = Array.from({ length: 20 }, () => b.next());
        expect(xs).toEqual(ys);
      }),
      { numRuns: 500 },
    );
  });

  it('gives different streams for different seeds', () => {
    expect(createRng('a').next()).not.toBe(createRng('b').next());
  });

  it('int(n) stays in [0, n) and hits every value', () => {
    const rng = createRng('int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
    expect(() => rng.int(0)).toThrow(RangeError);
  });

  it('shuffle and sample return new arrays and leave the input alone', () => {
    const input = Object.freeze([1, 2, 3, 4, 5]);
    const rng = createRng('shuffle');
    const out = rng.shuffle(input);
    expect(out.slice().sort()).toEqual([1, 2, 3, 4, 5]);
    expect(input).toEqual([1, 2, 3, 4, 5]);
    expect(rng.sample(input, 3)).toHaveLength(3);
    expect(new Set(rng.sample(input, 5)).size).toBe(5);
  });

  it('fork does not advance the parent and is itself reproducible', () => {
    const a = createRng('p');
    const b = createRng('p');
    a.fork('child').next();
    expect(a.next()).toBe(b.next());
    expect(createRng('p').fork('x').next()).toBe(createRng('p/x').next());
    expect(createRng('p').fork('x').seed).toBe('p/x');
  });

  it('pick refuses an empty list', () => {
    expect(() => createRng('e').pick([])).toThrow(RangeError);
  });
});

describe('variantSeed', () => {
  it('variant 1 is the seed itself, later variants are documented derivations', () => {
    expect(variantSeed('demo', 1)).toBe('demo');
    expect(variantSeed('demo', 3)).toBe('demo#3');
  });
});

describe('createRng draws lazily', () => {
  it('a stream forked from before any draw, or drawn on late, gives the same numbers as one drawn at once', () => {
    const eager = createRng('lazy');
    const first = [eager.next(), eager.int(10), eager.next()];
    const lazy = createRng('lazy');
    const child = lazy.fork('child');
    expect([lazy.next(), lazy.int(10), lazy.next()]).toEqual(first);
    expect(child.next()).toBe(createRng('lazy/child').next());
  });
});
