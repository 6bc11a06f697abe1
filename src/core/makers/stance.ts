// Stance: who takes which side on the article's question. "Which of these urged calm?" among actors the
// article shows on another side. No true/false: "X urged calm" is false only by X's being shown on the
// other side, which is not the article saying X did not. Multi-select lives in stance-group.ts.
import { pickFromPool, poolSize } from '../distractors.js';
import type { Entity, QuestionType, StanceFact } from '../types.js';
import type { Rng } from '../rng.js';
import {
  baseOf,
  containsWords,
  displayName,
  finishPrompt,
  fold,
  namesOf,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

/** Entity ids the bank puts on `side`. */
export function onSide(ctx: BankContext, side: string): Set<string> {
  return new Set(
    ctx
      .factsOfKind('stance')
      .filter((s) => fold(s.side) === fold(side))
      .map((s) => s.actor),
  );
}

/** Actors the bank puts on another side and never on this one: the article contradicts them being on it. */
export function otherSide(ctx: BankContext, fact: StanceFact): Entity[] {
  return ctx.cached(fact, 'stance-others', () => {
    const mine = onSide(ctx, fact.side);
    const seen = new Set<string>();
    const out: Entity[] = [];
    for (const s of ctx.factsOfKind('stance')) {
      if (mine.has(s.actor) || seen.has(s.actor)) continue;
      const e = ctx.entity(s.actor);
      // An actor the side names ("raised the pressure on Russia") is no plausible option.
      if (!e || namesOf(e).some((n) => containsWords(fact.side, n))) continue;
      seen.add(s.actor);
      out.push(e);
    }
    return out;
  });
}

export function whoPrompt(fact: StanceFact): string {
  return finishPrompt(`According to the article, which of these ${fact.side.trim()}?`, '?');
}

export const stanceMaker: FactMaker<StanceFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    if (!ctx.entity(fact.actor)) return table;
    const n = poolSize({ preferred: otherSide(ctx, fact), rest: [] });
    // More other-side actors than the three wrong options shown, or every ask would show the same ones.
    if (n >= 4) table['multiple-choice'] = ['1'];
    return table;
  },

  needs(ctx, fact) {
    if (!ctx.entity(fact.actor)) return 'name who takes the side under actor: (an entity id)';
    // A one-sided story has no four to add: say what a teacher can do instead (trials 165, 191, 192, 197 were stuck).
    return `"who took this side" needs 4 others on another side (the bank has ${otherSide(ctx, fact).length}): add stance facts for them, or, where the article gives no other side, ask it as a written question with skill: stance`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const actor = ctx.entity(fact.actor)!;
    switch (type) {
      case 'multiple-choice': {
        const choices = rng.shuffle([actor, ...pickFromPool({ preferred: otherSide(ctx, fact), rest: [] }, 3, rng)]);
        return {
          ...baseOf(ctx, 'multiple-choice', [fact], whoPrompt(fact)),
          choices: choices.map(displayName),
          answer: choices.indexOf(actor),
        };
      }
      default:
        throw new Error(`stance facts make no ${type} questions`);
    }
  },
};
