// How many questions a draft's quiz can hold: the most the generator assembles within its composition
// rules (no sentence asked twice, since a class quiz that asks one twice gives its answer away; one role
// question; two resting on several sentences), the least and the most over a dozen seeds, as `init` reports them.
import { quizCapacity } from '../generate.js';
import { prepareBank } from '../prepare.js';
import type { Bank } from '../types.js';

// A quiz's size can differ by a question or two from seed to seed (which variant a fact shows decides what
// another question may show); a teacher runs `generate` with any seed, so the figure is the least of many.
const SEEDS = Array.from({ length: 12 }, (_, i) => `init-${i + 1}`);

/**
 * The least and the most questions a quiz of the draft holds over the seeds: `generate` with another seed may
 * make more than the least, and a teacher told only "6" who then gets 8 wonders which is right (retrial 53).
 */
export function draftQuizRange(bank: Bank): { least: number; most: number; seeds: number } {
  // Prepared once: the fact plans are the same for every seed.
  const prepared = prepareBank(bank);
  const sizes = SEEDS.map((seed) => quizCapacity(prepared, seed));
  return { least: Math.min(...sizes), most: Math.max(...sizes), seeds: SEEDS.length };
}
