// Vocabulary in context: what a word means as the article uses it, shown in its sentence (or the part of
// it around the word when the sentence is long), among meanings that fit the grammar but not the sense.
import type { QuestionType, VocabularyFact } from '../types.js';
import type { Rng } from '../rng.js';
import {
  asOption,
  distinctFrom,
  baseOf,
  finishPrompt,
  indexOfWords,
  foldText,
  quoted,
  typographic,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

const MAX_WORDS = 30;
const WINDOW = 12;

/** The sentence, or about WINDOW words either side of the word with ellipses, so the stem stays short. */
export function contextOf(sentence: string, word: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_WORDS) return sentence;
  const at = indexOfWords(foldText(sentence), foldText(word));
  const before = at < 0 ? 0 : sentence.slice(0, at).split(/\s+/).length - 1;
  const from = Math.max(0, before - WINDOW);
  const to = Math.min(words.length, before + WINDOW + 1);
  return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
}

function meanings(fact: VocabularyFact): string[] {
  return distinctFrom(fact.meaning, fact.wrong);
}

export function vocabularyPrompt(ctx: BankContext, fact: VocabularyFact): string {
  // The author's excerpt, without its quotation marks (an excerpt that cuts a quote would leave one open).
  const shown = fact.context ? `… ${fact.context.replace(/[\u201C\u201D"]/g, '').trim()} …` : undefined;
  const sentence = shown ?? contextOf(ctx.sentence(fact.evidence).sentence, fact.word);
  // Quotation marks inside the quoted sentence become single ones, as a printed quote inside a quote.
  // Straight ones too, turned typographic first ('"At festival time it is ...," said an officer'; retrial 305 had two
  // double marks in a row).
  const inner = typographic(sentence)
    .replace(/\u201C/g, '\u2018')
    .replace(/\u201D/g, '\u2019');
  return finishPrompt(`The article says: ${quoted(inner)} As used here, what does ${quoted(fact.word)} mean?`, '?');
}

export const vocabularyMaker: FactMaker<VocabularyFact> = {
  variants(_ctx, fact) {
    const table: VariantTable = {};
    if (meanings(fact).length >= 2) table['multiple-choice'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, _variant, rng: Rng): QuestionBody {
    if (type !== 'multiple-choice') throw new Error(`vocabulary facts make no ${type} questions`);
    const right = asOption(fact.meaning);
    const choices = rng.shuffle([right, ...rng.sample(meanings(fact), 3).map(asOption)]);
    return {
      ...baseOf(ctx, 'multiple-choice', [fact], vocabularyPrompt(ctx, fact)),
      choices,
      answer: choices.indexOf(right),
    };
  },
};
