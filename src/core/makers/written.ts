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

/**
 * Options that are one figure each in the same words ("1959", "1979"; "19 feet", "22 feet"; "$5 million") in ascending
 * order, as a reader looks for a figure (trial 330's years came out 2009, 1999, 1979, 1959); undefined when any option is
 * no such figure. The shuffle still runs, so the rest of the quiz draws as before.
 *
 *   inNumericOrder(['2009', '1979', '1999']) -> ['1979', '1999', '2009']
 */
export function inNumericOrder(options: readonly string[]): string[] | undefined {
  const read = options.map((o) => /^([$€£¥]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*\D*)$/.exec(o.trim()));
  if (read.some((m) => !m)) return undefined;
  const shape = (m: RegExpExecArray) => `${m[1]}|${m[4]!.trim().toLowerCase()}`;
  if (new Set(read.map((m) => shape(m!))).size > 1) return undefined;
  const value = (m: RegExpExecArray) => Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
  return options
    .map((o, i) => ({ o, v: value(read[i]!) }))
    .sort((a, b) => a.v - b.v)
    .map((x) => x.o);
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
        const shuffled = rng.shuffle([right, ...wrongOptions(fact)]);
        const choices = inNumericOrder(shuffled) ?? shuffled;
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
