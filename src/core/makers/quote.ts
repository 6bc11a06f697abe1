// Quoted words: "Who used the words “...”?", cloze on a key word of the quote in its sentence, true/false with the
// right or a swapped speaker, and "Which word did X use ...?" for one- or two-word quotes.
import { entityPool, pickFromPool, poolSize } from '../distractors.js';
import type { Rng } from '../rng.js';
import { foldForMatch } from '../text.js';
import type { QuestionType, QuoteFact } from '../types.js';
import {
  baseOf,
  CLOZE_BLANK,
  displayName,
  displayNameInSentence,
  finishPrompt,
  fold,
  quoted,
  replaceWords,
  standsAlone,
  STOPWORDS,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

/** Everyone the bank says said these same words: none of them can be a wrong option. */
function sameWordsSpeakers(ctx: BankContext, fact: QuoteFact): string[] {
  const want = fold(fact.text);
  return ctx.factsOfKind('quote').filter((q) => fold(q.text) === want).map((q) => q.speaker);
}

function speakerPool(ctx: BankContext, fact: QuoteFact, prompt: string) {
  return ctx.cached(fact, `quote-speakers\0${prompt}`, () => {
    const speaker = ctx.entity(fact.speaker);
    if (!speaker) return { preferred: [], rest: [] };
    // Other people the article quotes are the most natural wrong speakers.
    const prefer = ctx.factsOfKind('quote').map((q) => q.speaker);
    return entityPool(ctx, speaker, { exclude: sameWordsSpeakers(ctx, fact), prefer, notIn: prompt });
  });
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The quote's most telling word: the longest word that is not a stopword (first one on ties). */
export function keyWord(text: string): string | undefined {
  const folded = foldForMatch(text);
  // The same words: in ASCII text a letter is A-Z or a-z, and the Unicode pattern is slow to compile.
  const words = (/^[\x00-\x7F’]*$/.test(folded) ? folded.match(/[A-Za-z][A-Za-z0-9'’-]*[A-Za-z]|[A-Za-z]/g) : folded.match(/\p{L}[\p{L}\p{N}'’-]*\p{L}|\p{L}/gu)) ?? [];
  let best: string | undefined;
  for (const w of words) {
    if (w.length < 4 || STOPWORDS.has(w.toLowerCase())) continue;
    if (!best || w.length > best.length) best = w;
  }
  return best;
}

/** The evidence sentence with the key word of the quote blanked, inside the quoted span. */
function clozeText(ctx: BankContext, fact: QuoteFact): { text: string; word: string } | undefined {
  return ctx.cached(fact, 'quote-cloze', () => makeClozeText(ctx, fact));
}

function makeClozeText(ctx: BankContext, fact: QuoteFact): { text: string; word: string } | undefined {
  const word = keyWord(fact.text);
  if (!word) return undefined;
  const sentence = ctx.sentence(fact.evidence).sentence;
  if (!standsAlone(sentence)) return undefined;
  const start = Math.max(0, foldForMatch(sentence).indexOf(foldForMatch(fact.text)));
  const text = replaceWords(sentence, word, CLOZE_BLANK, start);
  return text ? { text, word } : undefined;
}

// "Used the words" fits every quote, including fragments of reported speech ("in the coming days"),
// where "Who said ...?" reads as if the fragment were a whole statement.
const whoSaid = (fact: QuoteFact) => finishPrompt(`According to the article, who used the words ${quoted(fact.text)}?`, '?');

function wordPrompt(ctx: BankContext, fact: QuoteFact): string {
  const speaker = ctx.entity(fact.speaker)!;
  const what = wordCount(fact.text) === 1 ? 'Which word' : 'Which two words';
  return finishPrompt(`${what} did ${speaker.name} use about ${fact.about.trim()}?`, '?');
}

export const quoteMaker: FactMaker<QuoteFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    const speaker = ctx.entity(fact.speaker);
    if (!speaker) return table;
    // "Who used the words ...?" only of a named speaker: a loose group ("Westerners") is no answer a
    // reader could defend against the other groups the article names.
    const named = speaker.kind !== 'group';
    if (named && poolSize(speakerPool(ctx, fact, whoSaid(fact))) >= 2) table['multiple-choice'] = ['1'];
    if (clozeText(ctx, fact)) table.cloze = ['1'];
    if (named && poolSize(speakerPool(ctx, fact, fact.text)) >= 1) table['true-false'] = ['true', 'false'];
    if (wordCount(fact.text) <= 2) table['short-answer'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const speaker = ctx.entity(fact.speaker)!;
    switch (type) {
      case 'multiple-choice': {
        const prompt = whoSaid(fact);
        const choices = rng.shuffle([speaker, ...pickFromPool(speakerPool(ctx, fact, prompt), 3, rng)]);
        return { ...baseOf(ctx, 'multiple-choice', [fact], prompt), choices: choices.map(displayName), answer: choices.indexOf(speaker) };
      }
      case 'cloze': {
        const { text, word } = clozeText(ctx, fact)!;
        return { ...baseOf(ctx, 'cloze', [fact], finishPrompt(`Fill in the blank: ${text}`)), answer: word, accept: [word] };
      }
      case 'true-false': {
        // Never a swapped speaker the words themselves name.
        const who = variant === 'true' ? speaker : pickFromPool(speakerPool(ctx, fact, fact.text), 1, rng)[0]!;
        return { ...baseOf(ctx, 'true-false', [fact], finishPrompt(`According to the article, ${displayNameInSentence(who)} used the words ${quoted(fact.text)}.`)), answer: variant === 'true' };
      }
      case 'short-answer': {
        // Two quotes by the same speaker about the same thing ("premature" and "excessive") are both right.
        const same = ctx
          .factsOfKind('quote')
          .filter((q) => q.speaker === fact.speaker && fold(q.about) === fold(fact.about) && wordCount(q.text) <= 2)
          .map((q) => q.text);
        const accept = [fact.text, ...same.filter((t) => fold(t) !== fold(fact.text))];
        return { ...baseOf(ctx, 'short-answer', [fact], wordPrompt(ctx, fact)), answer: fact.text, accept };
      }
      default:
        throw new Error(`quote facts make no ${type} questions`);
    }
  },
};

