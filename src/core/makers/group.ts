// Questions built from several facts of one kind (matching, ordering). The quiz assembler hands them the
// facts still unused; `--all` hands them every fact.
import type { Rng } from '../rng.js';
import type { Fact, QuestionType } from '../types.js';
import type { BankContext, QuestionBody } from './context.js';

export interface GroupMaker {
  type: QuestionType;
  /** Whether a fact can take part in such a question at all. */
  eligible(ctx: BankContext, fact: Fact): boolean;
  /** Fewest facts a question needs. */
  min: number;
  /**
   * A question about `anchor` (first in factIds) and partners drawn at random from `pool` (eligible facts,
   * bank order, not including the anchor); undefined when the pool cannot supply enough compatible ones.
   */
  build(ctx: BankContext, anchor: Fact, pool: readonly Fact[], rng: Rng): QuestionBody | undefined;
}

/** The anchor plus up to `size - 1` partners, in random order, each compatible with all chosen so far. */
export function chooseGroup<F extends Fact>(
  anchor: F,
  pool: readonly F[],
  size: number,
  fits: (a: F, b: F) => boolean,
  rng: Rng,
): F[] {
  const chosen: F[] = [anchor];
  for (const f of rng.shuffle(pool)) {
    if (chosen.length >= size) break;
    if (f.id !== anchor.id && chosen.every((c) => fits(c, f))) chosen.push(f);
  }
  return chosen;
}
