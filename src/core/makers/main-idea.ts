// Main idea: "Which sentence best sums up the article?", the author's summary among the wrong summaries
// the author wrote (too narrow, too broad, distorted), so every option is a sentence of the same kind.
import type { MainIdeaFact, QuestionType } from '../types.js';
import type { Rng } from '../rng.js';
import { baseOf, distinctFrom, finishPrompt, type FactMaker, type QuestionBody, type VariantTable } from './context.js';

export const MAIN_IDEA_PROMPT = 'Which sentence best sums up the article?';

function wrongSummaries(fact: MainIdeaFact): string[] {
  return distinctFrom(
    fact.text,
    fact.wrong.map((w) => w.text),
  );
}

export const mainIdeaMaker: FactMaker<MainIdeaFact> = {
  variants(_ctx, fact) {
    const table: VariantTable = {};
    if (wrongSummaries(fact).length >= 2) table['multiple-choice'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, _variant, rng: Rng): QuestionBody {
    if (type !== 'multiple-choice') throw new Error(`main-idea facts make no ${type} questions`);
    const right = finishPrompt(fact.text);
    const choices = rng.shuffle([right, ...rng.sample(wrongSummaries(fact), 3).map((t) => finishPrompt(t))]);
    return {
      ...baseOf(ctx, 'multiple-choice', [fact], finishPrompt(MAIN_IDEA_PROMPT, '?')),
      choices,
      answer: choices.indexOf(right),
    };
  },
};
