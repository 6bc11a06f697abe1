// How many questions a draft's quiz can hold: the most the generator assembles within its composition
// rules (no sentence asked twice, since a class quiz that asks one twice gives its answer away; one role
// question; two resting on several sentences), the least over a dozen seeds. The figure `init` reports.
import { quizCapacity } from '../generate.js';
import { prepareBank } from '../prepare.js';
import type { Bank } from '../types.js';

// A quiz's size can differ by a question or two from seed to seed (which variant a fact shows decides what
// another question may show); a teacher runs `generate` with any seed, so the figure is the least of many.
const SEEDS = Array.from({ length: 12 }, (_, i) => `init-${i + 1}`);

export function draftQuizCapacity(bank: Bank): number {
  // Prepared once: the fact plans are the same for every seed.
  const prepared = prepareBank(bank);
  return Math.min(...SEEDS.map((seed) => quizCapacity(prepared, seed)));
}
