import { describe, expect, it } from 'vitest';
import { entityPool, minGap, numericCandidates, numericOptions, pickFromPool } from '../../src/core/distractors.js';
import { createContext } from '../../src/core/makers/context.js';
import { createRng } from '../../src/core/rng.js';
import type { Entity, QuantityFact } from '../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from './fixtures/mini-bank.js';

const entity = (id: string) => MINI_BANK_FILE.entities.find((e) => e.id === id)!;
const quantity = (value: number, unit: string): QuantityFact => ({
  id: 'q',
  kind: 'quantity',
  value,
  unit,
  counts: 'things',
  evidence: 'x',
});

/** Pearson chi-square of observed counts against a uniform spread. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('entity distractors', () => {
  it('same kind only, never the answer, never something sharing a name or alias with it', () => {
    const extra: Entity[] = [
      ...MINI_BANK_FILE.entities,
      { id: 'silva-twin', kind: 'person', name: 'Silva' }, // collides with an alias of Ana Silva
    ];
    const ctx = createContext(miniBank({ entities: extra }));
    const pool = entityPool(ctx, entity('ana-silva'));
    const ids = [...pool.preferred, ...pool.rest].map((e) => e.id);
    expect(ids).toEqual(['ben-okafor', 'carla-reyes', 'dan-weiss', 'eva-lind', 'finn-moss']);
  });

  it('leaves out excluded ids (other right answers) and entities the prompt names', () => {
    const ctx = createContext(miniBank());
    const pool = entityPool(ctx, entity('ana-silva'), { exclude: ['ben-okafor'], notIn: 'Did Lind say so?' });
    expect([...pool.preferred, ...pool.rest].map((e) => e.id)).toEqual(['carla-reyes', 'dan-weiss', 'finn-moss']);
  });

  it('offers preferred entities first', () => {
    const ctx = createContext(miniBank());
    const pool = entityPool(ctx, entity('ben-okafor'), { prefer: ['finn-moss', 'council'] });
    expect(pool.preferred.map((e) => e.id)).toEqual(['finn-moss']); // council is not a person
    for (let i = 0; i < 20; i++) expect(pickFromPool(pool, 2, createRng(`p${i}`))[0]!.id).toBe('finn-moss');
  });
});

describe('numeric distractors', () => {
  it('bank figures of the same unit come first; all spaced by the minimum gap', () => {
    const c = numericCandidates(quantity(8500, 'soldiers'), [40000, 8500]);
    expect(c[0]).toBe(40000);
    const all = [8500, ...c].sort((a, b) => a - b);
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(minGap(8500, 'soldiers'));
    expect(c).toContain(17000);
    expect(c).toContain(4250);
  });

  it('counts stay positive integers; years stay years near the answer; fractions stay tidy', () => {
    for (const v of numericCandidates(quantity(5, 'days'), [])) expect(Number.isInteger(v) && v > 0).toBe(true);
    for (const v of numericCandidates(quantity(1997, 'year'), [])) {
      expect(Number.isInteger(v)).toBe(true);
      expect(Math.abs(v - 1997)).toBeLessThanOrEqual(20);
    }
    for (const v of numericCandidates(quantity(1.5, 'hours'), [])) expect(String(v)).toMatch(/^\d+(\.\d{1,6})?$/);
    for (const v of numericCandidates(quantity(40, 'percent'), [])) expect(v).toBeLessThanOrEqual(100);
  });

  it('options ascend, hold the answer, and the answer position is uniform over seeds', () => {
    const cands = numericCandidates(quantity(8500, 'soldiers'), [40000]);
    const counts = [0, 0, 0, 0];
    const N = 4000;
    for (let i = 0; i < N; i++) {
      const { options, answer } = numericOptions(8500, cands, createRng(`u${i}`));
      expect(options).toHaveLength(4);
      expect(options[answer]).toBe(8500);
      expect([...options].sort((a, b) => a - b)).toEqual(options);
      counts[answer]! += 1;
    }
    // df = 3; 16.3 is the 0.1% point. A constant position scores 3N = 12000.
    expect(chiSquare(counts)).toBeLessThan(16.3);
  });

  it('with few candidates below, the split is uniform among the feasible ones', () => {
    // Only one candidate below 2 (1), plenty above: the answer can be first or second, never third or fourth.
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 2000; i++) counts[numericOptions(2, [1, 3, 4, 5, 6], createRng(`f${i}`)).answer]! += 1;
    expect(counts[2]).toBe(0);
    expect(counts[3]).toBe(0);
    expect(chiSquare(counts.slice(0, 2))).toBeLessThan(10.8);
  });
});

describe('numeric options of a measure and of a large count (trial 343)', () => {
  const quantity = (value: number, unit: string) =>
    ({ id: 'q', kind: 'quantity', evidence: 'x', value, counts: unit, unit }) as QuantityFact;
  it('a made-up option is written with the answer\'s decimal places: no "8.13333" beside 24.4, no "4.45" beside 8.9', () => {
    expect(numericCandidates(quantity(24.4, 'km'), []).every((c) => /^\d+(?:\.\d)?$/.test(String(c)))).toBe(true);
    expect(numericCandidates(quantity(8.9, 'magnitude'), [])).toContain(4.5);
    expect(numericCandidates(quantity(8.9, 'magnitude'), [])).not.toContain(4.45);
  });
  it('where that would round it onto the answer or another option, two significant digits (0.1, 0.2, 5e-7)', () => {
    for (const v of [0.1, 0.2, 0.02, 0.002, 5e-7]) {
      const c = numericCandidates(quantity(v, 'km'), []);
      expect(c.filter((x) => x < v).length).toBeGreaterThanOrEqual(3);
      expect(c.filter((x) => x > v).length).toBeGreaterThanOrEqual(3);
    }
  });
  it("the article's own figures stand as written (7.25 stays 7.25 beside 8.9)", () => {
    expect(numericCandidates(quantity(8.9, 'magnitude'), [7.25])[0]).toBe(7.25);
  });
  it('a figure of the same unit twenty times larger or smaller is no neighbour ("0.00002 million")', () => {
    expect(numericCandidates(quantity(4_000_000, 'people'), [20, 3_000_000])).not.toContain(20);
    expect(numericCandidates(quantity(4_000_000, 'people'), [20, 3_000_000])[0]).toBe(3_000_000);
  });
});

describe("a whole answer beside the article's decimal figure (the review of s28)", () => {
  it('4 percent beside 1.25 percent keeps three options below it, as before the session', () => {
    const q = {
      id: 'q',
      kind: 'quantity',
      evidence: 'x',
      value: 4,
      counts: 'percent',
      unit: 'percent',
    } as QuantityFact;
    expect(numericCandidates(q, [1.25]).filter((c) => c < 4).length).toBeGreaterThanOrEqual(3);
  });
});
