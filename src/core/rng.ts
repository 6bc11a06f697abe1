// Seeded randomness, passed in (like faker's Randomizer): the core never calls Math.random.
import alea from 'seedrandom/lib/alea.js';

export interface Rng {
  /** The seed this stream was made from (forks show their full derived seed). */
  readonly seed: string;
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One element, uniformly. Throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates); the input is not touched. */
  shuffle<T>(items: readonly T[]): T[];
  /** `k` distinct elements in random order; the input is not touched. */
  sample<T>(items: readonly T[], k: number): T[];
  /** An independent stream derived from this seed and a label; does not advance this stream. */
  fork(label: string): Rng;
}

export function createRng(seed: string): Rng {
  // Alea: fast, good quality, and identical across platforms and Node versions. Seeding it hashes the
  // seed three times, so it is done on the first draw: many streams (a quiz's root, questions that need
  // no chance) are only forked from or never drawn on.
  let prng: (() => number) | undefined;
  const draw = () => (prng ??= alea(seed))();
  const rng: Rng = {
    seed,
    next: draw,
    int(n) {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`int(n) needs a positive integer, got ${n}`);
      return Math.floor(draw() * n);
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() from an empty array');
      return items[rng.int(items.length)] as (typeof items)[number];
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    sample(items, k) {
      return rng.shuffle(items).slice(0, Math.max(0, Math.min(k, items.length)));
    },
    fork: (label) => createRng(`${seed}/${label}`),
  };
  return rng;
}

/** Variant k of a base seed: documented so anyone can regenerate one variant alone. */
export function variantSeed(seed: string, variant: number): string {
  return variant <= 1 ? seed : `${seed}#${variant}`;
}
