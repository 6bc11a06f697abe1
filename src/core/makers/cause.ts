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
  namesOf,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
  wordOverlap,
} from './context.js';

/** A first word that points at the clause's own sentence ("it", "they", "this"): away from it, whom it means is lost. */
const PRONOUN_START = /^(?:it|they|he|she|this|that|these|those|its|their|his|her)\b/i;

/**
 * "Kargbo said President Koroma was not told ...": a reason given by someone is asked as theirs ("According
 * to Kargbo, what is the reason that President Koroma was not told ...?"), not as the reason someone spoke.
 */
export function reportedEffect(effect: string): { source: string; clause: string } {
  const m =
    /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:says|said|argues|argued|believes|believed|claims|claimed|added|adds|noted|notes|explained|explains|warned|warns|stressed|stresses|told \p{Lu}\S*)\s+(?:that\s+)?(\S.+)$/u.exec(
      effect.trim(),
    );
  return m && !/^(?:The|A|An|This|It|They|He|She)$/.test(m[1]!)
    ? { source: m[1]!, clause: m[2]! }
    : { source: 'the article', clause: effect.trim() };
}

export function causePrompt(fact: CauseFact): string {
  if (fact.question) return finishPrompt(fact.question, '?');
  const { source, clause: effect } = reportedEffect(fact.effect);
  switch (fact.relation ?? 'reason') {
    case 'purpose':
      // "what was the purpose when zoo workers plan to ...?" reads wrong with any clause not in the past (trials 356 and
      // 360): the clause stands as a sentence, and the question after it.
      return finishPrompt(`According to ${source}, ${effect.replace(/[.!?]+$/, '')}. For what purpose?`, '?');
    case 'consequence':
      return finishPrompt(`According to ${source}, what followed when ${effect}?`, '?');
    default:
      // "why they should be declared not guilty?" is no English question without inverting the clause, which
      // needs the verb's forms; "what is the reason that ..." reads right with any clause.
      return finishPrompt(`According to ${source}, what is the reason that ${effect}?`, '?');
  }
}

/** Wrong options: the author's, then other facts' causes of the same relation; none equal to the answer. */
function wrongCauses(ctx: BankContext, fact: CauseFact): { preferred: string[]; rest: string[] } {
  return ctx.cached(fact, 'cause-wrong', () => {
    // "Apparently, the country was unhappy ..." beside "The country was unhappy ...": one reason, hedged or not
    // (trial 18 showed both as options).
    const key = (t: string) =>
      fold(asOption(t).replace(/^(?:apparently|reportedly|possibly|probably|perhaps|partly|largely|mainly),?\s+/i, ''));
    const seen = new Set([key(fact.cause)]);
    const take = (list: readonly string[]) => {
      const out: string[] = [];
      for (const t of list) {
        const o = asOption(t);
        if (seen.has(key(o))) continue;
        seen.add(key(o));
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
            // "it was still being negotiated": away from its own sentence, whom "it" means is lost; so is whom "him"
            // means in "helping him win what he termed a marathon election" (trial 274's "this is why results were
            // delayed: helping him win ..."). A possessive may point inside the reason ("the owners lost their ...").
            !PRONOUN_START.test(c.cause.trim()) &&
            !/\b(?:he|she|him|they|them)\b/i.test(c.cause) &&
            (c.relation ?? 'reason') === relation &&
            fold(c.effect) !== fold(fact.effect) &&
            // Another reason for much the same thing ("iodine intake fell" twice) may be true of this one too.
            wordOverlap(c.effect, fact.effect).share < 0.5 &&
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

/**
 * The article's reasons for other things that `fact` may show as wrong options: `init` keeps those of causes
 * it leaves out, so a cause that drew on one is not left without it.
 */
export function borrowedCauses(ctx: BankContext, fact: CauseFact): readonly string[] {
  return wrongCauses(ctx, fact).rest;
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

/** Lower-case words of four letters or more: names are left out, as an article names its people throughout. */
function contentWords(t: string): Set<string> {
  return new Set(
    t
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && /^\p{Ll}/u.test(w) && !COMMON.has(w))
      .map((w) => fold(w)),
  );
}

// "According to the article, what caused a crane to fall ...?" (the drafter's stem from a verb of causing):
// its claim puts the cause where "what" stands.
const CAUSING_QUESTION =
  /^According to the article, what ((?:(?:could|may|might|can|will|would) (?:also )?(?:cause|lead to|trigger|spark|prompt|force|drive|result in|bring about|help))|caused|causes|led to|leads to|triggered|sparked|prompted|forced|drove|resulted in|brought about|set off|helps|helped) (.+)\?$/;

/**
 * The claim a true/false item makes of a reason: "According to the article, this is why <effect>: <cause>."
 * (a colon reads right after a clause and before a noun phrase alike), or the drafted stem's own words with the
 * cause for "what". Undefined for a purpose or a consequence, and for a stem the author wrote in other words.
 */
/**
 * A stem of the author's own that the true/false claims cannot follow ("What drove the council to delay the
 * project?"). A "Why ...?" stem asks of the effect as a clause, which the claims read as they do without a stem.
 */
function ownStem(fact: CauseFact): boolean {
  return fact.question !== undefined && !/^(?:According to [^,]{1,60},\s+)?why\b/i.test(fact.question.trim());
}

export function causeClaim(ctx: BankContext, fact: CauseFact, cause: string): string | undefined {
  const shown = asOption(cause);
  if (ownStem(fact)) {
    const m = CAUSING_QUESTION.exec(fact.question!.trim());
    // Where "what" stood only a noun phrase reads: "undergoing a pilgrimage is a duty caused a crane to fall" does not.
    if (!m || isClause(shown)) return undefined;
    return finishPrompt(`According to the article, ${lowerStart(ctx, shown)} ${m[1]} ${m[2]}`);
  }
  if ((fact.relation ?? 'reason') !== 'reason') return undefined;
  const { source, clause } = reportedEffect(fact.effect);
  return finishPrompt(`According to ${source}, this is why ${lowerStart(ctx, clause)}: ${lowerStart(ctx, shown)}`);
}

/**
 * A reason told as a clause ("there was nothing illegal about it") rather than a noun phrase ("strong winds
 * that led the crane to fall"): a verb of its own before any "that", "which" or "who".
 */
function isClause(text: string): boolean {
  const head = text.split(/\s(?:that|which|who|whose)\s/)[0]!;
  return (
    /\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|does|did|do)\b/i.test(head) ||
    // "actions to prepare for storm surge often differ from actions to avoid wind": a present after a word of how often
    // (retrial 374 printed "... differ from actions to avoid wind causes nearly 50 percent of deaths").
    /\s(?:often|usually|always|sometimes|never|still|also|generally|typically)\s+\p{Ll}{3,}/u.test(head)
  );
}

/** "The accident happened" inside a sentence: the capital kept only where a name of the bank starts it. */
function lowerStart(ctx: BankContext, text: string): string {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(text)?.[0];
  if (!first) return text;
  const lower = text[0]!.toLowerCase() + text.slice(1);
  const named = ctx.bank.entities.some((e) => namesOf(e).some((n) => n.split(/\s+/)[0] === first));
  if (named) return text;
  // "The Alder river", "The talks": a function word is never a name, whatever follows it or the article
  // capitalises after it ("According to The Guardian"; retrial 19 printed "this is why The talks ...").
  if (FUNCTION_WORD.test(first)) return lower;
  // "President Koroma was not told": a title before a name keeps its capital as the name does.
  const title = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(text);
  return title || /^(?:I|[\p{Lu}\d]{2,})$/u.test(first) || nameInArticle(ctx, first) ? text : lower;
}

const FUNCTION_WORD =
  /^(?:The|A|An|This|That|These|Those|It|Its|They|Their|He|His|She|Her|We|Our|There|Some|Many|Most|All|No|One|Two|Each|Every|In|On|At|For|But|And|As)$/;

/** "Mars was at its most habitable": a word the article writes with its capital inside a sentence is a name. */
function nameInArticle(ctx: BankContext, word: string): boolean {
  const re = new RegExp(`[\\p{Ll},;:]\\s+${word.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}\\b`, 'u');
  return ctx.bank.articleText.blocks.some((b) => b.kind === 'paragraph' && re.test(b.text));
}

export const causeMaker: FactMaker<CauseFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    const w = wrongCauses(ctx, fact);
    if (w.preferred.length + w.rest.length >= 2) table['multiple-choice'] = ['1'];
    // One other reason the article gives is too few for a choice among three, but enough for a claim to
    // judge: the reason the article gives, or another of its reasons set in its place.
    else if (w.preferred.length + w.rest.length === 1) {
      const other = [...w.preferred, ...w.rest][0]!;
      // Both claims or neither: a true/false item that is always true teaches the reader to answer "true".
      if (causeClaim(ctx, fact, fact.cause) && causeClaim(ctx, fact, other)) table['true-false'] = ['true', 'false'];
    }
    // No other reason at all: nothing to ask until the author writes wrong reasons. Turning cause and effect round
    // for a false claim ("this is why a snowstorm hit ...: 11 people have been left dead") was judged flawed or bad
    // in every trial that met it (17 items, trials 274-321): the swap is answered by common sense, not the article.
    return table;
  },

  needs(ctx, fact) {
    const w = wrongCauses(ctx, fact);
    const what = fact.relation ?? 'reason';
    const n = (k: number) => `${k} ${what}${k === 1 ? '' : 's'}`;
    return `needs 2 wrong ${what}s under wrong: (it has ${w.preferred.length}; the bank gives ${n(w.rest.length).replace(/^(\d+)/, '$1 other')}): write ones a careless reader might pick`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const w = wrongCauses(ctx, fact);
    if (type === 'true-false') {
      const truth = variant === 'true';
      const other = [...w.preferred, ...w.rest][0];
      const claim = truth ? causeClaim(ctx, fact, fact.cause)! : causeClaim(ctx, fact, other!)!;
      return { ...baseOf(ctx, 'true-false', [fact], claim), answer: truth };
    }
    if (type !== 'multiple-choice') throw new Error(`cause facts make no ${type} questions`);
    const first = rng.sample(w.preferred, 3);
    // Two wrong reasons of the author's are enough: a reason drawn from another cause of the same article
    // may be part of the same chain, and so true of this one too.
    const wrong = first.length >= 2 ? first : [...first, ...rng.sample(w.rest, 3 - first.length)];
    const right = asOption(fact.cause);
    const choices = rng.shuffle([right, ...wrong]);
    return { ...baseOf(ctx, 'multiple-choice', [fact], causePrompt(fact)), choices, answer: choices.indexOf(right) };
  },
};
