// Cause and effect: "Why ...?" with the reason the article gives among wrong reasons: those the author
// wrote, then the reasons the article gives for other things (so every option is a claim of the article,
// just not the one that answers this question).
import type { CauseFact, QuestionType } from '../types.js';
import type { Rng } from '../rng.js';
import {
  asOption,
  baseOf,
  finishPrompt,
  fold,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

export function causePrompt(fact: CauseFact): string {
  if (fact.question) return finishPrompt(fact.question, '?');
  const effect = fact.effect.trim();
  switch (fact.relation ?? 'reason') {
    case 'purpose':
      return finishPrompt(`According to the article, what was the purpose when ${effect}?`, '?');
    case 'consequence':
      return finishPrompt(`According to the article, what followed when ${effect}?`, '?');
    default:
      // "why they should be declared not guilty?" is no English question without inverting the clause, which
      // needs the verb's forms; "what is the reason that ..." reads right with any clause.
      return finishPrompt(`According to the article, what is the reason that ${effect}?`, '?');
  }
}

/** Wrong options: the author's, then other facts' causes of the same relation; none equal to the answer. */
function wrongCauses(ctx: BankContext, fact: CauseFact): { preferred: string[]; rest: string[] } {
  return ctx.cached(fact, 'cause-wrong', () => {
    const seen = new Set([fold(asOption(fact.cause))]);
    const take = (list: readonly string[]) => {
      const out: string[] = [];
      for (const t of list) {
        const o = asOption(t);
        if (seen.has(fold(o))) continue;
        seen.add(fold(o));
        out.push(o);
      }
      return out;
    };
    const relation = fact.relation ?? 'reason';
    const preferred = take(fact.wrong ?? []);
    const rest = take(
      ctx
        .factsOfKind('cause')
        .filter(
          (c) =>
            c.id !== fact.id &&
            (c.relation ?? 'reason') === relation &&
            fold(c.effect) !== fold(fact.effect) &&
            // Another reason for much the same thing ("iodine intake fell" twice) may be true of this one too.
            overlap(c.effect, fact.effect) < 0.5 &&
            // So may a link of the same chain: "strong winds ... led the crane to fall" is a reason for "a
            // storm caused a crane to fall" too. Two of its words in the other's sentence, either way, tie them.
            !sameChain(c, fact) &&
            !sameChain(fact, c),
        )
        .map((c) => c.cause),
    );
    return { preferred, rest };
  });
}

/** Two or more content words of `a`'s cause and effect in `b`'s sentence: both tell one chain of events. */
function sameChain(a: CauseFact, b: CauseFact): boolean {
  const own = contentWords(`${a.cause} ${a.effect}`);
  const there = contentWords(b.evidence);
  return [...own].filter((w) => there.has(w)).length >= 2;
}

const COMMON = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'were',
  'they',
  'their',
  'which',
  'there',
  'been',
  'into',
  'more',
  'than',
  'happened',
  'would',
  'will',
  'said',
  'also',
  'after',
  'about',
  'when',
  'what',
]);

function contentWords(t: string): Set<string> {
  return new Set(
    fold(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !COMMON.has(w)),
  );
}

/** The share of the shorter text's content words (four letters or more) the other text also has. */
function overlap(a: string, b: string): number {
  const words = (t: string) =>
    new Set(
      fold(t)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4),
    );
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  return [...small].filter((w) => big.has(w)).length / small.size;
}

export const causeMaker: FactMaker<CauseFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    const w = wrongCauses(ctx, fact);
    if (w.preferred.length + w.rest.length >= 2) table['multiple-choice'] = ['1'];
    return table;
  },

  needs(ctx, fact) {
    const w = wrongCauses(ctx, fact);
    const what = fact.relation ?? 'reason';
    const n = (k: number) => `${k} ${what}${k === 1 ? '' : 's'}`;
    return `needs 2 wrong ${what}s under wrong: (it has ${w.preferred.length}; the bank gives ${n(w.rest.length).replace(/^(\d+)/, '$1 other')}): write ones a careless reader might pick`;
  },

  build(ctx, fact, type: QuestionType, _variant, rng: Rng): QuestionBody {
    if (type !== 'multiple-choice') throw new Error(`cause facts make no ${type} questions`);
    const w = wrongCauses(ctx, fact);
    const first = rng.sample(w.preferred, 3);
    // Two wrong reasons of the author's are enough: a reason drawn from another cause of the same article
    // may be part of the same chain, and so true of this one too.
    const wrong = first.length >= 2 ? first : [...first, ...rng.sample(w.rest, 3 - first.length)];
    const right = asOption(fact.cause);
    const choices = rng.shuffle([right, ...wrong]);
    return { ...baseOf(ctx, 'multiple-choice', [fact], causePrompt(fact)), choices, answer: choices.indexOf(right) };
  },
};
