// Inference and hedging: a question whose answer the article implies, or whose answer is how sure the
// article is ("Has the United States decided to send the soldiers?"), among the author's wrong answers.
import type { InferenceFact, QuestionType } from '../types.js';
import type { Rng } from '../rng.js';
import { baseOf, distinctFrom, finishPrompt, type FactMaker, type QuestionBody, type VariantTable } from './context.js';

function wrongAnswers(fact: InferenceFact): string[] {
  return distinctFrom(fact.answer, fact.wrong);
}

export const inferenceMaker: FactMaker<InferenceFact> = {
  variants(_ctx, fact) {
    const table: VariantTable = {};
    if (wrongAnswers(fact).length >= 2) table['multiple-choice'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, _variant, rng: Rng): QuestionBody {
    if (type !== 'multiple-choice') throw new Error(`inference facts make no ${type} questions`);
    const right = finishPrompt(fact.answer);
    const choices = rng.shuffle([right, ...rng.sample(wrongAnswers(fact), 3).map((w) => finishPrompt(w))]);
    return {
      ...baseOf(ctx, 'multiple-choice', [fact], finishPrompt(fact.question, '?')),
      choices,
      answer: choices.indexOf(right),
    };
  },
};
