// Written questions: the author wrote the stem, the answer and the options; the generator only shuffles
// options and gives the question its evidence and skill like any other.
import type { QuestionType, WrittenFact } from '../types.js';
import type { Rng } from '../rng.js';
import {
  baseOf,
  distinctFrom,
  finishPrompt,
  fold,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

function wrongOptions(fact: WrittenFact): string[] {
  return distinctFrom(String(fact.answer), fact.choices ?? []);
}

export const writtenMaker: FactMaker<WrittenFact> = {
  variants(_ctx, fact) {
    const table: VariantTable = {};
    if (fact.type === 'multiple-choice' && typeof fact.answer === 'string' && wrongOptions(fact).length >= 2)
      table['multiple-choice'] = ['1'];
    if (fact.type === 'true-false' && typeof fact.answer === 'boolean') {
      // With an opposite, both answers can be asked: the variant names the answer.
      table['true-false'] = fact.opposite ? ['true', 'false'] : [fact.answer ? 'true' : 'false'];
    }
    if (fact.type === 'short-answer' && typeof fact.answer === 'string') table['short-answer'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const ending = fact.type === 'true-false' ? '.' : '?';
    const prompt = /[.?!]["'\u201D\u2019)\]]*$/.test(fact.prompt.trim())
      ? finishPrompt(fact.prompt)
      : finishPrompt(fact.prompt, ending);
    switch (type) {
      case 'multiple-choice': {
        const right = String(fact.answer);
        const choices = rng.shuffle([right, ...wrongOptions(fact)]);
        return { ...baseOf(ctx, 'multiple-choice', [fact], prompt), choices, answer: choices.indexOf(right) };
      }
      case 'true-false': {
        const answer = variant === 'true';
        const text = answer === (fact.answer === true) ? prompt : finishPrompt(fact.opposite!);
        return { ...baseOf(ctx, 'true-false', [fact], text), answer };
      }
      case 'short-answer': {
        const answer = String(fact.answer);
        const accept = [answer, ...(fact.accept ?? []).filter((a) => fold(a) !== fold(answer))];
        return { ...baseOf(ctx, 'short-answer', [fact], prompt), answer, accept };
      }
      default:
        throw new Error(`written facts make no ${type} questions`);
    }
  },
};
