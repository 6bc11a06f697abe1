// How many questions a draft's quiz can hold: the most the generator assembles within its composition
// rules (no sentence asked twice, since a class quiz that asks one twice gives its answer away; one role
// question; two resting on several sentences), over a few seeds. The figure `init` reports.
import { quizCapacity } from '../generate.js';
import type { Bank } from '../types.js';

const SEEDS = ['init-1', 'init-2', 'init-3'];

export function draftQuizCapacity(bank: Bank): number {
  return Math.min(...SEEDS.map((seed) => quizCapacity(bank, seed)));
}
