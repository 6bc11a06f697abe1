// Numbers: numeric answers, numeric multiple choice, and cloze with the number blanked.
import { numericCandidates, numericOptions } from '../distractors.js';
import { openNoun } from '../plural.js';
import { HEDGE_BEFORE } from '../hedges.js';
import { CURRENCY_MARK, formatNumber, SCALE_WORDS, tensOrSmallNumber, wordToNumber } from '../text.js';
import type { QuantityFact, QuestionType } from '../types.js';
import type { Rng } from '../rng.js';
import {
  baseOf,
  CLOZE_BLANK,
  finishPrompt,
  replaceWords,
  standsAlone,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

/** The value `text` writes, when it writes one ("8,500", "five"); undefined for "an hour and a half". */
export function numberInText(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  return wordToNumber(t);
}

/** A hedged figure is right on one side only: "just under 90" accepts 85, never 95; "more than 40" never 35. */
export function toleranceSide(fact: QuantityFact): 'below' | 'above' | undefined {
  switch (fact.precision) {
    case 'up to':
    case 'just under':
    case 'less than':
      return 'below';
    case 'at least':
    case 'more than':
      return 'above';
    default:
      return undefined;
  }
}

/**
 * The unit a question shows: none for "number", what the drafter writes when nothing follows a figure
 * ("killing 107"): "Answer: 107 number" and "(in number)" say nothing a reader needs.
 */
export function displayUnit(unit: string): string {
  return /^numbers?$/i.test(unit.trim()) ? '' : unit;
}

const WRITTEN_AMOUNT = new RegExp(`^(${CURRENCY_MARK})\\s?[\\d.,]+`);

/**
 * An amount of money in the form the article writes it ("$9.9 million"), so every option reads alike and
 * none shows as a bare "9,900,000". Undefined when the article's figure is no written amount.
 *
 *   moneyLike(11_900_000, '$9.9 million') -> '$11.9 million'
 */
export function moneyLike(value: number, text: string | undefined): string | undefined {
  const m = WRITTEN_AMOUNT.exec(text?.trim() ?? '');
  if (!m) return undefined;
  // Each option in the scale that suits it: "$367 million" beside "$1.1 billion", not "$0.367 billion".
  const [scale, word] = SCALE_WORDS.find(([k]) => Math.abs(value) >= k) ?? [1, ''];
  const shown = scale === 1 ? value : Number((value / scale).toPrecision(3));
  return `${m[1]}${formatNumber(shown)}${word ? ` ${word}` : ''}`;
}

/**
 * A figure in the scale word the article writes it with ("5,390 billion"), so options read alike: undefined when
 * the article wrote no scale word.
 *
 *   scaledLike(1_140_000_000_000, '5,390 billion') -> '1,140 billion'
 */
export function scaledLike(value: number, text: string | undefined): string | undefined {
  const written = /^[\d.,]+\s+(\p{L}+)$/u.exec(text?.trim() ?? '')?.[1];
  const scale = SCALE_WORDS.find(([, word]) => word === written);
  if (!scale) return undefined;
  return `${formatNumber(Number((value / scale[0]).toPrecision(4)))} ${scale[1]}`;
}

/** The options as the article writes an amount, unless two would then read the same ("$1.1 billion" twice). */
function showOptions(values: readonly number[], text: string | undefined, unit: string): string[] {
  for (const like of [moneyLike, scaledLike]) {
    const shown = values.map((v) => like(v, text));
    if (shown.every((m) => m !== undefined) && new Set(shown).size === shown.length) return shown as string[];
  }
  return values.map((v) => formatNumber(v, unit));
}

export function quantityPrompt(fact: QuantityFact): string {
  if (fact.question) return finishPrompt(fact.question, '?');
  // "the local unemployment rate" as counts: the prompt's own "the" is enough (trial 409 read "the the local ...").
  const counts = fact.counts.replace(/^the\s+/i, '');
  // "What figure does the article give (more than) for ...?" read as a glitch (retrial 70): the hedge is quoted as
  // the article writes it, and the question asks for the figure after it.
  if (fact.precision && fact.precision !== 'exact')
    return finishPrompt(`The article gives the ${counts} as “${hedgeAsWritten(fact)} …”. What is the figure?`, '?');
  return finishPrompt(`What figure does the article give for the ${counts}?`, '?');
}

/**
 * The hedge as the article writes it before the figure ("approximately 5,000 gallons"), in quotation marks in the
 * prompt, rather than the precision's name ("about"), which the article may not use (trial 118).
 *
 *   hedgeAsWritten({ evidence: 'A spill of approximately 5,000 gallons ...', text: '5,000', precision: 'about' })
 *     -> 'approximately'
 */
function hedgeAsWritten(fact: QuantityFact): string {
  const at = fact.text ? fact.evidence.indexOf(fact.text) : -1;
  const written = at > 0 ? HEDGE_BEFORE.exec(fact.evidence.slice(0, at).replace(/[$€£¥]\s*$/, '')) : null;
  return written ? written[0].trim().toLowerCase() : fact.precision!;
}

/** Another figure of the bank with the same unit and `counts` and no question of its own: one prompt for both. */
function sameLabelled(ctx: BankContext, fact: QuantityFact): boolean {
  const label = (q: QuantityFact) => `${q.unit.trim().toLowerCase()}\0${q.counts.trim().toLowerCase()}`;
  return ctx
    .factsOfKind('quantity')
    .some((q) => q.id !== fact.id && !q.question && q.value !== fact.value && label(q) === label(fact));
}

function figuresOf(ctx: BankContext, fact: QuantityFact): number[] {
  return ctx
    .factsOfKind('quantity')
    .filter((q) => q.id !== fact.id && q.unit.trim().toLowerCase() === fact.unit.trim().toLowerCase())
    .map((q) => q.value);
}

/**
 * Figures a prompt writes in digits or in words ("killing _____ or more and wounding 238", "with _____ seats, and the
 * Third Front won sixty seats"): 238 and 60 are no believable options there (trial 290 offered 60).
 */
function figuresShown(prompt: string): Set<number> {
  const words = [...prompt.matchAll(/\b(\p{L}+)\b/gu)].flatMap((m) => {
    const w = m[1]!.toLowerCase();
    const n = tensOrSmallNumber(w);
    return n === undefined ? [] : [n];
  });
  return new Set([
    ...[...prompt.matchAll(/(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?/gu)].map(
      (m) => Number(m[0].replace(/,/g, '')),
    ),
    ...words,
  ]);
}

function candidates(ctx: BankContext, fact: QuantityFact): number[] {
  return ctx.cached(fact, 'quantity-candidates', () => {
    const shown = figuresShown(quantityPrompt(fact));
    return numericCandidates(
      fact,
      figuresOf(ctx, fact).filter((v) => !shown.has(v)),
    ).filter((v) => !shown.has(v));
  });
}

/** The evidence sentence with the number swapped for `by`; undefined when the number is not found. */
function edited(ctx: BankContext, fact: QuantityFact, by: string): string | undefined {
  if (!fact.text) return undefined;
  return replaceWords(ctx.sentence(fact.evidence).sentence, fact.text, by);
}

export const quantityMaker: FactMaker<QuantityFact> = {
  variants(ctx, fact) {
    // "What figure does the article give for the percent of respondents?", asked of one of five such figures, has
    // five answers in the article: only a blank, which shows its own sentence, can ask it (retrial 48).
    const twin = !fact.question && sameLabelled(ctx, fact);
    const out: VariantTable = twin ? {} : { numeric: ['1'] };
    const cands = candidates(ctx, fact);
    // Options in ascending order give the answer away when it can stand in only one or two places: "1 death" has no
    // wrong option below it, so it would always be a) (trial 46). Such a figure is asked as a number to write.
    const below = cands.filter((c) => c < fact.value).length;
    const above = cands.length - below;
    if (below >= 2 && above >= 2 && !twin) out['multiple-choice'] = ['1'];
    const writesValue = fact.text !== undefined && numberInText(fact.text) === fact.value;
    // No true/false: its true version is the article's sentence word for word, which tests finding words.
    // A blank for a number written as a number: "an hour and a half" has too many right ways to write it.
    // A figure with a question of its own is asked by that question only, never also as a blank of its sentence:
    // the author wrote the question to be asked, and the sentence shown whole may give the figure away ("270
    // fatalities, including all 259 of the airplane's occupants and eleven individuals on the ground"; teachers of
    // trials 71, 73, 76, 240, 248 and 249 found no way to stop the blank but to rewrite the fact).
    const sentence = ctx.sentence(fact.evidence).sentence;
    if (
      fact.question === undefined &&
      writesValue &&
      edited(ctx, fact, CLOZE_BLANK) !== undefined &&
      standsAlone(sentence)
    )
      out.cloze = ['1'];
    return out;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const unit = displayUnit(fact.unit);
    switch (type) {
      case 'numeric': {
        const side = toleranceSide(fact);
        const base = {
          ...baseOf(ctx, 'numeric', [fact], quantityPrompt(fact)),
          answer: fact.value,
          tolerance: fact.tolerance ?? 0,
        };
        return side && base.tolerance > 0 ? { ...base, toleranceSide: side, unit } : { ...base, unit };
      }
      case 'multiple-choice': {
        const { options, answer } = numericOptions(fact.value, candidates(ctx, fact), rng);
        return {
          ...baseOf(ctx, 'multiple-choice', [fact], quantityPrompt(fact)),
          choices: showOptions(options, fact.text, unit),
          answer,
        };
      }
      case 'cloze': {
        const blanked = edited(ctx, fact, CLOZE_BLANK)!;
        // "indicate _____ death": the singular after the blank would give "1" away (trial 46).
        const at = blanked.indexOf(CLOZE_BLANK) + CLOZE_BLANK.length;
        const text = fact.value === 1 ? blanked.slice(0, at) + openNoun(blanked.slice(at)) : blanked;
        // Digits are another way to write "five", not to write "an hour and a half" (that blank wants words).
        // Digits in every grouping readers use: 8,500, 8500 and 8 500.
        const digits =
          numberInText(fact.text!) === fact.value
            ? [formatNumber(fact.value, unit), String(fact.value), formatNumber(fact.value, unit).replace(/,/g, ' ')]
            : [];
        const accept = [...new Set([fact.text!, ...digits])];
        return {
          ...baseOf(ctx, 'cloze', [fact], finishPrompt(`Fill in the blank: ${text}`)),
          answer: fact.text!,
          accept,
        };
      }
      default:
        throw new Error(`quantity facts make no ${type} questions`);
    }
  },
};
