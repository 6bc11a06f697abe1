// Claims: true/false on the claim or one of its falsified versions, and cloze with the first
// substitution's words blanked.
import type { Rng } from '../rng.js';
import type { QuestionType, StatementFact } from '../types.js';
import {
  baseOf,
  codePointAt,
  codePointBefore,
  isWordChar,
  CLOZE_BLANK,
  finishPrompt,
  fold,
  namesOf,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

/** `text` with the first occurrence of `replace` swapped for `by`, or undefined when it is not there. */
export function substitute(text: string, replace: string, by: string): string | undefined {
  if (replace.length === 0) return undefined;
  // Whole words only: "Brazil" inside "Brazilian" would make "United Statesian" (trial 9).
  const first = codePointAt(replace, 0)!;
  const last = codePointBefore(replace, replace.length)!;
  for (let i = text.indexOf(replace); i >= 0; i = text.indexOf(replace, i + 1)) {
    const before = codePointBefore(text, i);
    const after = codePointAt(text, i + replace.length);
    if (isWordChar(first) && before !== undefined && isWordChar(before)) continue;
    if (isWordChar(last) && after !== undefined && isWordChar(after)) continue;
    return text.slice(0, i) + by + text.slice(i + replace.length);
  }
  return undefined;
}

/** Typed answers accept the words and, when they name an entity, all its names. */
export function acceptFor(ctx: BankContext, words: string): string[] {
  const entity = ctx.entityNamed(words);
  const out = [words];
  if (entity) for (const n of namesOf(entity)) if (!out.some((o) => fold(o) === fold(n))) out.push(n);
  return out;
}

/** One lower-case word that says how or what happened, not what or who: a verb or an adjective. */
const DESCRIBING_WORD =
  /^(?:\p{Ll}+(?:ed|ing|est|ly|ful|ous|ive|able|ible)|rose|fell|won|lost|grew|rise|fall|win|lose|high|low|large|small|big)$/u;

export const statementMaker: FactMaker<StatementFact> = {
  variants(_ctx, fact) {
    const table: VariantTable = {};
    const falses = (fact.falsify ?? []).flatMap((s, i) =>
      substitute(fact.text, s.replace, s.with) !== undefined ? [`false-${i + 1}`] : [],
    );
    if (falses.length) table['true-false'] = ['true', ...falses];
    const first = fact.falsify?.[0];
    // A blank of a few words: a longer one ("Malaysia by Indonesian navy and then toward Indonesia", an
    // exchange of two names) asks the reader to copy a clause, not to find a word.
    // No blank for a verb or an adjective ("increased", "uncrowded", "highest"): other words fill it as
    // well ("rose", "quiet") and a typed answer would be marked wrong; the grammar around it half gives it.
    if (
      first &&
      !DESCRIBING_WORD.test(first.replace.trim()) &&
      first.replace.trim().split(/\s+/).length <= 4 &&
      substitute(fact.text, first.replace, CLOZE_BLANK) !== undefined
    )
      table.cloze = ['1'];
    return table;
  },

  needs(_ctx, fact) {
    const missing = (fact.falsify ?? []).filter((s) => substitute(fact.text, s.replace, s.with) === undefined);
    if (missing.length > 0)
      return `falsify: "${missing[0]!.replace}" is not words of its text; replace words the text holds`;
    return 'needs a false version: add falsify: with a replace: (words of its text) and a with: that makes it false';
  },

  build(ctx, fact, type: QuestionType, variant, _rng: Rng): QuestionBody {
    switch (type) {
      case 'true-false': {
        if (variant === 'true') return { ...baseOf(ctx, 'true-false', [fact], finishPrompt(fact.text)), answer: true };
        const s = fact.falsify![Number(variant.slice('false-'.length)) - 1]!;
        return {
          ...baseOf(ctx, 'true-false', [fact], finishPrompt(substitute(fact.text, s.replace, s.with)!)),
          answer: false,
        };
      }
      case 'cloze': {
        const first = fact.falsify![0]!;
        const text = substitute(fact.text, first.replace, CLOZE_BLANK)!;
        return {
          ...baseOf(ctx, 'cloze', [fact], finishPrompt(`Fill in the blank: ${text}`)),
          answer: first.replace,
          accept: acceptFor(ctx, first.replace),
        };
      }
      default:
        throw new Error(`statement facts make no ${type} questions`);
    }
  },
};
