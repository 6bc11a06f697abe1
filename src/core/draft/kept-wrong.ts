// When `init` leaves out a cause that can make no question, another cause may have drawn its one wrong option
// from it: "According to Kargbo, this is why President Koroma was not told: there was nothing illegal about
// the agreement" (false) needs that other reason in the bank. Its words are kept as the other's `wrong:`.
import { asOption } from '../makers/context.js';
import { borrowedCauses } from '../makers/cause.js';
import type { PreparedBank } from '../prepare.js';
import type { Fact } from '../types.js';

/**
 * For each cause of `bank` that stays, the reasons of the leaving causes it draws on, as the article words
 * them. Example: causes A (stays) and B (leaves), A showing B's reason as its false claim -> { A: [B.cause] }.
 */
export function keptWrongReasons(bank: PreparedBank, leaving: readonly Fact[]): Map<string, string[]> {
  const { ctx } = bank.prepared;
  const gone = new Set(leaving.map((f) => f.id));
  const reasons = leaving.flatMap((f) => (f.kind === 'cause' ? [f.cause] : []));
  const out = new Map<string, string[]>();
  if (reasons.length === 0) return out;
  for (const fact of ctx.factsOfKind('cause')) {
    if (gone.has(fact.id)) continue;
    const drawn = new Set(borrowedCauses(ctx, fact));
    const kept = reasons.filter((r) => drawn.has(asOption(r)));
    if (kept.length) out.set(fact.id, [...(fact.wrong ?? []), ...kept]);
  }
  return out;
}
