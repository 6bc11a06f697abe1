// Scoring, shared by the interactive quiz and `grade`: reads a response as a person would type or write it,
// and scores it fairly. Pure: no clock, no I/O.
//
// Right, with no note, strict or not: the question's `accept` list (the answer, the bank's aliases, and for
// a figure its groupings "8,500", "8500", "8 500"), as written.
// Leniency (each one is named in ScoreResult.leniency, and `strict` turns it off):
//   - typed text folds case, punctuation, diacritics and a leading "the" (never in a figure: "85.00" is
//     not "8,500");
//   - one typo (Damerau-Levenshtein distance 1) is forgiven in one word of 5 letters or more, never in a number;
//   - a number typed another way in short-answer and cloze ("5" for "five", "eight thousand five hundred"
//     for "8,500"), read as numeric questions read it;
//   - a dot before three digits read as a thousands separator ("8.500", "1.997" where the answer is whole).
// Not leniency, so kept in strict mode too on numeric questions: number notations ("8,500", "8 500",
// "8.5k", "8,500 soldiers") and the question's own numeric `tolerance`, which is part of the question.
//
// Partial credit (points are rounded to hundredths; ScoreResult.share keeps the exact fraction). Credit is
// for what the answer shows beyond guessing or leaving things as they were shown:
//   - multi-select: right picks / right options - wrong picks / wrong options, never below 0, times max
//     (hits minus false alarms): ticking every option, or ticking at random, earns nothing on average;
//   - matching: share of left items paired with their right partner, times max;
//   - ordering: counts the correct order's adjacent pairs (n-1 of them) that the response keeps in the same
//     relative order (not necessarily adjacent): one item moved from the top to the bottom costs one pair,
//     not every position. Credit starts above a baseline, the larger of what chance keeps ((n-1)/2) and
//     what the order as shown (items 1, 2, 3 ...) keeps: submitting the order untouched earns nothing.
import { readDate } from './calendar.js';
import { acceptedRange } from './numeric-range.js';
import { CURRENCY_MARK, foldForMatch, formatNumber, OPTION_LETTERS, optionLetter, wordToNumber } from './text.js';
import type { Question } from './types.js';
import { readNumberWords } from './number-words.js';
import { round2 } from './round2.js';
import { HONORIFIC_WORDS, TITLE_WORDS } from './titles.js';

export type Response = string | number | boolean | number[] | null | undefined;

export interface ScoreOptions {
  strict?: boolean;
}

export type ScoreStatus = 'right' | 'partial' | 'wrong' | 'unanswered';

export interface ScoreResult {
  status: ScoreStatus;
  points: number;
  max: number;
  /** Leniencies applied, in words: 'typo forgiven: "Stoltenburg" for "Stoltenberg"', 'case folded'. */
  leniency: string[];
  /** Why the response could not be read for this question (it is then scored wrong). */
  problem?: string;
  /** The exact fraction of max earned, 0-1 (points are rounded to hundredths; percentages use this). */
  share: number;
}

export interface ParsedResponse {
  value: Response;
  /** Why a typed response cannot be read for this question, e.g. "'e' is not an option (a-d)"; value is then undefined. */
  problem?: string;
}

function optionRange(n: number): string {
  return n <= OPTION_LETTERS.length ? `a-${optionLetter(n - 1)}` : `1-${n}`;
}

function isBlank(raw: Response): boolean {
  return (
    raw === null ||
    raw === undefined ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (Array.isArray(raw) && raw.length === 0)
  );
}

// ------------------------------------------------------------------------------------------ text folding

interface Folds {
  case: boolean;
  diacritics: boolean;
  punctuation: boolean;
  the: boolean;
}

const ALL_FOLDS: Folds = { case: true, diacritics: true, punctuation: true, the: true };
const FOLD_NAMES: Record<keyof Folds, string> = {
  case: 'case',
  diacritics: 'diacritics',
  punctuation: 'punctuation',
  the: 'a leading "the"',
};

function foldOnce(text: string, f: Folds): string {
  let s = foldForMatch(text);
  if (f.diacritics) s = s.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (f.case) s = s.toLowerCase();
  // "8,500" and "8 500" are one number, not two words.
  s = s.replace(/(\d)[,\u00A0\u202F ](?=\d{3}(?!\d))/g, '$1');
  if (f.punctuation) s = s.replace(/['\u2019\u02BC]/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  if (f.the) while (/^the /i.test(s)) s = s.slice(4);
  return s;
}

function fold(text: string, f: Folds): string {
  // Iterate to a fixed point so the result is idempotent even for odd Unicode (NFKD can yield capitals).
  let s = foldOnce(text, f);
  for (let i = 0; i < 4; i++) {
    const t = foldOnce(s, f);
    if (t === s) return s;
    s = t;
  }
  return s;
}

/** Case, punctuation, diacritics, a leading "the" and whitespace folded; idempotent. */
export function normalizeAnswerText(text: string): string {
  return fold(text, ALL_FOLDS);
}

/**
 * Which folds were needed for `a` to equal `b`: a smallest set that still matches, found by leaving out
 * each fold that is not needed. "The Pentagon" for "the Pentagon" needs case or a leading "the", either
 * alone, so neither is needed by itself; "the" is tried first, so it is called case.
 */
function foldsNeeded(a: string, b: string): string[] {
  const used: Folds = { ...ALL_FOLDS };
  for (const key of ['the', 'punctuation', 'diacritics', 'case'] as const) {
    const without = { ...used, [key]: false };
    if (fold(a, without) === fold(b, without)) used[key] = false;
  }
  return (Object.keys(ALL_FOLDS) as (keyof Folds)[]).filter((k) => used[k]).map((k) => FOLD_NAMES[k]);
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Optimal string alignment distance is at most 1: one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// Words that are numbers: one edit turns one into another ("million"/"billion", "fifty"/"fifth"), so a
// typo is never forgiven in them, as it is not in digits.
const NUMBER_WORD_BEYOND_TWENTY = new RegExp(
  '^(?:' +
    [
      '(?:twen|thir|for|fif|six|seven|eigh|nine)ty',
      'hundred|thousand|[mbtz]illion|dozen|half|halves|quarter|double|triple|twice|once|thrice|percent',
      'first|second|third',
      '(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)tie|hundred|thousand|[mbtz]illion)ths?',
    ].join('|') +
    ')$',
);

/** "five", "fifty", "fifth", "million" ...: the small numbers parseNumber reads, and the words around them. */
function isNumberWord(word: string): boolean {
  return wordToNumber(word) !== undefined || NUMBER_WORD_BEYOND_TWENTY.test(word);
}

/** The one word (of 5+ letters, no digits) where `typed` differs from `target` by one edit, if that is all. */
function oneTypo(typed: string, target: string): boolean {
  const tw = typed.split(' ');
  const aw = target.split(' ');
  if (tw.length !== aw.length) return false;
  let typos = 0;
  for (let i = 0; i < aw.length; i++) {
    if (tw[i] === aw[i]) continue;
    const word = aw[i]!;
    if (
      /\d/.test(word) ||
      /\d/.test(tw[i]!) ||
      isNumberWord(word) ||
      isNumberWord(tw[i]!) ||
      [...word].length < 5 ||
      !withinOneEdit(tw[i]!, word)
    )
      return false;
    typos++;
  }
  return typos === 1;
}

// ------------------------------------------------------------------------------------------ numbers

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};
// Words before a figure that only place it ("in 1997", "after 5 days"): skipped like the qualifiers.
const PREPOSITIONS = ['in', 'on', 'by', 'at', 'for', 'after', 'before', 'since', 'within', 'from'];
// Words that qualify a figure ("about 8,500"): parseNumber skips them in front of it, and numbers typed in
// a text answer may carry them.
const QUALIFIER_PHRASES = [
  'about',
  'around',
  'approximately',
  'approx',
  'roughly',
  'some',
  'nearly',
  'almost',
  'up to',
  'just under',
  'just over',
  'over',
  'under',
  'more than',
  'less than',
  'at least',
  'at most',
  'exactly',
];
const LEADING_WORDS = new RegExp(
  `^(?:(?:${[...QUALIFIER_PHRASES, ...PREPOSITIONS].map((p) => (p === 'approx' ? 'approx\\.?' : p)).join('|')})\\b|~|≈)\\s*`,
  'i',
);
const QUALIFIERS = new Set([...QUALIFIER_PHRASES.flatMap((p) => p.split(' ')), ...PREPOSITIONS]);

/** Leading number words of `text` (folded, lower case) as a number, and the words after them; undefined if none. */
function numberWords(text: string): { value: number; rest: string } | undefined {
  const words = text.split(/[\s-]+/).filter(Boolean);
  const read = readNumberWords(words);
  if (!read) return undefined;
  const { value, used } = read;
  // "two and a half", "one and a quarter", "three and three quarters".
  const part = /^and (?:a half|one half|a quarter|one quarter|three quarters)\b/.exec(words.slice(used).join(' '));
  if (part) {
    const whole = value + (/half/.test(part[0]) ? 0.5 : /three/.test(part[0]) ? 0.75 : 0.25);
    return { value: whole, rest: words.slice(used).join(' ').slice(part[0].length).trim() };
  }
  return { value, rest: words.slice(used).join(' ') };
}

interface NumberParts {
  value: number;
  /** What follows the figure: a unit ("soldiers", "hours") or nothing. */
  rest: string;
}

interface NumberOptions {
  /** A bare "m" or "b" after a figure is million or billion (answers in the millions). */
  letterScales?: boolean;
  /** The answer is a whole number: "8.500" is then 8,500 (see numberParts). */
  whole?: boolean;
  /** false (strict scoring): a single dot before three digits stays a decimal point, never a guess. */
  guessDots?: boolean;
}

/** A currency sign before a typed figure, in the lower case the figure is read in. */
const LEADING_CURRENCY = new RegExp(`^${CURRENCY_MARK}\\s?(?=\\d)`, 'i');

/**
 * The figure at the start of `raw` and what follows it. `ambiguous` for "40.000": a dot before exactly
 * three digits is a thousands separator in much of Europe and a decimal point in English; with `whole`
 * (the answer is a whole number) "8.500" can only mean 8,500, but "40.000" could be 40 or 40,000.
 * That reading is a guess, so it is reported (`dotThousands`, the figure as typed) for a leniency note.
 */
function numberParts(
  raw: string,
  options: NumberOptions = {},
): (NumberParts & { dotThousands?: string }) | { ambiguous: string } | undefined {
  let s = foldForMatch(raw)
    .replace(/[\u00A0\u202F]/g, ' ')
    .trim()
    .toLowerCase();
  for (let i = 0; i < 3; i++) s = s.replace(LEADING_WORDS, '');
  // "$1.1 billion", "US$1.1 billion", "€800 million": the figure as the article writes an amount (trial 13).
  s = s.replace(LEADING_CURRENCY, '');
  // "minus 179", "−179" (the minus sign): a figure below zero, as an article writes a temperature (trial 24).
  s = s.replace(/^(?:minus|negative)\s+(?=\d)/, '-').replace(/^\u2212\s*(?=\d)/, '-');
  // "62nd" for "In the _____ minute", "39th" for a rank: the figure, written as the sentence reads.
  s = s.replace(/^([+-]?\d+)(?:st|nd|rd|th)(?![\p{L}])/u, '$1');
  const dots = /^([+-]?)(\d{1,3})((?:\.\d{3})+)(?!\d)(.*)$/.exec(s);
  if (dots) {
    const groups = dots[3]!.split('.').length - 1;
    const thousands = `${dots[1]}${dots[2]}${dots[3]!.replace(/\./g, '')}${dots[4]}`;
    if (groups >= 2) return numberParts(thousands, options);
    if (options.whole) {
      if (/^\.000$/.test(dots[3]!)) return { ambiguous: `${dots[1]}${dots[2]}${dots[3]}` };
      // "8.500" with a whole answer: 8.5 is not a sensible reading, 8,500 is.
      if (options.guessDots !== false && !/^\s*(k|thousand|mn|million|m|bn|billion|b|tn|trillion)\b/.test(dots[4]!)) {
        const read = numberParts(thousands, options);
        return read && 'value' in read ? { ...read, dotThousands: `${dots[1]}${dots[2]}${dots[3]}` } : read;
      }
    }
  }
  // "2 1/2", "2½", "1/2": a whole and a fraction, as a reader writes two and a half.
  const fraction = /^(\d+)?\s*(?:(\d+)\/(\d+)|([½¼¾⅓⅔]))(?![\p{N}/])(.*)$/u.exec(s);
  if (fraction) {
    const part = fraction[4]
      ? { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3 }[fraction[4]]!
      : Number(fraction[2]) / Number(fraction[3]);
    const rest = fraction[5]!.trim();
    if (!Number.isFinite(part) || part <= 0 || part >= 1 || /\d/.test(rest)) return undefined;
    return { value: Number((Number(fraction[1] ?? 0) + part).toPrecision(12)), rest };
  }
  const m =
    /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:\.(\d+))?\s*(k|thousand|mn|million|m|bn|billion|b|tn|trillion)?(?![\p{L}\p{N}])(.*)$/u.exec(
      s,
    );
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const rest = m[5]!.trim();
    // Trailing words are a unit ("soldiers"); another number there makes it ambiguous.
    if (/\d/.test(rest)) return undefined;
    let n = Number(`${m[2] ? m[2].replace(/[, ]/g, '') : '0'}${m[3] ? `.${m[3]}` : ''}`);
    const scaled = m[4] && (options.letterScales !== false || (m[4] !== 'm' && m[4] !== 'b'));
    if (scaled) n *= SCALE[m[4]!]!;
    if (m[1] === '-') n = -n;
    // Scaling by 1e3 can leave 8499.999...: round to the precision typed.
    return Number.isFinite(n)
      ? { value: Number(n.toPrecision(12)), rest: scaled || !m[4] ? rest : `${m[4]} ${rest}`.trim() }
      : undefined;
  }
  const words = numberWords(s);
  if (words && !/\d/.test(words.rest)) return words;
  if (words === undefined) {
    const word = /^([a-z]+)\b(.*)$/.exec(s);
    const n = word ? wordToNumber(word[1]!) : undefined;
    if (n !== undefined && !/\d/.test(word![2]!)) return { value: n, rest: word![2]!.trim() };
  }
  return undefined;
}

/**
 * "8500", "8,500", "8 500", "8.5k", "8,500 soldiers", "about 8,500", "in 1997", "five", "ninety" -> a
 * number; undefined if not one number. A bare "m" or "b" after a figure is read as million or billion only
 * with `letterScales` (answers in the millions): "90m" on a question in minutes is 90, not 90 million.
 * With `whole` (the answer is a whole number) "8.500" is 8,500 and "40.000", which could be 40 or
 * 40,000, is not read; without it a dot is a decimal point.
 */
export function parseNumber(raw: string, options: NumberOptions = {}): number | undefined {
  const parts = numberParts(raw, options);
  return parts && 'value' in parts ? parts.value : undefined;
}

/**
 * A typed figure read for a question whose answer is the number `answer`: the one reading numeric
 * questions and blanks whose answer is a number share ("90m" is 90 minutes where the answer is 90 and 90
 * million where it is in the millions; "8.500" is 8,500 where the answer is whole).
 */
function readFigure(raw: string, answer: number, strict = false): ReturnType<typeof numberParts> {
  return numberParts(raw, {
    letterScales: Math.abs(answer) >= 1e6,
    whole: Number.isInteger(answer),
    guessDots: !strict,
  });
}

/** Why a figure that is neither a number nor unambiguous cannot be read, with how to write it. */
function figureProblem(raw: string, parts: ReturnType<typeof numberParts>): string | undefined {
  if (parts && 'ambiguous' in parts) {
    const [a, b] = parts.ambiguous.split('.');
    return `'${parts.ambiguous}' could be ${a} or ${formatNumber(Number(`${a}${b}`))}: write it without the dot (${a}${b}) or as ${a}`;
  }
  return parts === undefined ? `'${raw.trim()}' is not a number (write it like 8500, 8,500 or 8.5k)` : undefined;
}

/** The note for a dot read as a thousands separator ("1.997" as 1997), a guess the teacher should see. */
function dotNote(dotThousands: string, value: number, unit?: string): string {
  return `"${dotThousands}" read as ${formatNumber(value, unit)} (the dot as a thousands separator)`;
}

/**
 * The number a typed-answer question's answer is ("8,500", "five"), or undefined when it is words. Such an
 * answer is compared as a number, never by folding punctuation: "85.00" is not 8,500.
 */
function numberAnswer(answer: string): number | undefined {
  const parts = numberParts(answer);
  return parts && 'value' in parts && parts.rest === '' ? parts.value : undefined;
}

// Units of time, in minutes: a figure in one is converted to the question's ("1.5 hours" for minutes).
const TIME_UNITS: [RegExp, number, string][] = [
  [/^(?:s|secs?|seconds?)$/, 1 / 60, 'seconds'],
  [/^(?:mins?|minutes?)$/, 1, 'minutes'],
  [/^(?:h|hrs?|hours?)$/, 60, 'hours'],
  [/^(?:d|days?)$/, 24 * 60, 'days'],
  [/^(?:wks?|weeks?)$/, 7 * 24 * 60, 'weeks'],
  [/^(?:months?)$/, 30.4375 * 24 * 60, 'months'],
  [/^(?:yrs?|years?)$/, 365.25 * 24 * 60, 'years'],
];

function timeUnit(word: string | undefined): { minutes: number; name: string } | undefined {
  const w = (word ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const hit = TIME_UNITS.find(([re]) => re.test(w));
  return hit && { minutes: hit[1], name: hit[2] };
}

// ------------------------------------------------------------------------------------------ parsing

/** True when the options are figures ("2, 3, 4, 5" days): a digit typed is then an option's text, not its position. */
export function optionsAreNumbers(choices: readonly string[] | undefined): boolean {
  return (
    choices !== undefined && choices.length > 0 && choices.every((c) => parseNumber(c) !== undefined && /\d/.test(c))
  );
}

function choiceIndex(token: string, n: number, choices?: readonly string[]): number | string {
  const t = token
    .trim()
    .replace(/^\(|[).:]$/g, '')
    .trim();
  if (/^[a-z]$/i.test(t)) {
    const i = OPTION_LETTERS.indexOf(t.toLowerCase());
    return i < n ? i : `'${token.trim()}' is not an option (${optionRange(n)})`;
  }
  if (choices) {
    // On paper people write the option itself; a figure is matched as a number ("8500" for "8,500").
    const folded = normalizeAnswerText(t);
    const i = choices.findIndex((c) => normalizeAnswerText(c) === folded);
    if (i >= 0) return i;
    const value = parseNumber(t);
    const j = value === undefined ? -1 : choices.findIndex((c) => parseNumber(c) === value);
    if (j >= 0) return j;
    // Options that are figures: a digit that is none of them is not a position either ("4" among 2, 3, 5, 6).
    if (optionsAreNumbers(choices))
      return `'${token.trim()}' is none of the options (${choices.join(', ')}); write the letter or the figure`;
  }
  if (/^\d+$/.test(t)) {
    const i = Number(t) - 1;
    return i >= 0 && i < n ? i : `'${token.trim()}' is not an option (1-${n})`;
  }
  return `'${token.trim()}' is not an option (${optionRange(n)})`;
}

/** Splits "a, c", "ac", "1 3", "13" (single-digit options) into option tokens. */
function optionTokens(raw: string, n: number): string[] {
  const out: string[] = [];
  for (const tok of raw
    .trim()
    .split(/[\s,;/+&]+|\band\b/i)
    .filter(Boolean)) {
    if (
      /^[a-z]{2,}$/i.test(tok) &&
      [...tok.toLowerCase()].every((c) => OPTION_LETTERS.indexOf(c) >= 0 && OPTION_LETTERS.indexOf(c) < n)
    )
      out.push(...tok);
    else if (/^\d{2,}$/.test(tok) && n < 10) out.push(...tok);
    else out.push(tok);
  }
  return out;
}

function checkIndices(values: readonly number[], n: number, what: string): string | undefined {
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v >= n) return `${what} ${v} is out of range (0-${n - 1})`;
  }
  return undefined;
}

/**
 * Reads a response as typed or written on paper; contract-shaped values pass through. Under `strict` a
 * figure's dot before three digits is a decimal point, as scoreAnswer reads it.
 */
export function parseResponse(question: Question, raw: Response, options: ScoreOptions = {}): ParsedResponse {
  if (isBlank(raw)) return { value: null };
  const bad = (problem: string): ParsedResponse => ({ value: undefined, problem });
  switch (question.type) {
    case 'multiple-choice': {
      const n = question.choices.length;
      if (typeof raw === 'number')
        return Number.isInteger(raw) && raw >= 0 && raw < n
          ? { value: raw }
          : bad(`option ${raw} is out of range (0-${n - 1})`);
      if (typeof raw !== 'string') return bad(`expected one option (${optionRange(n)})`);
      const i = choiceIndex(raw, n, question.choices);
      return typeof i === 'number' ? { value: i } : bad(i);
    }
    case 'true-false': {
      if (typeof raw === 'boolean') return { value: raw };
      if (typeof raw !== 'string') return bad('expected true or false');
      const t = raw.trim().toLowerCase().replace(/[.!]$/, '');
      if (['t', 'true', 'y', 'yes', 'v', 'vrai', 'wahr'].includes(t)) return { value: true };
      if (['f', 'false', 'n', 'no', 'faux', 'falsch'].includes(t)) return { value: false };
      return bad(`'${raw.trim()}' is not true or false (t/f)`);
    }
    case 'multi-select': {
      const n = question.choices.length;
      if (typeof raw === 'number') raw = [raw];
      if (Array.isArray(raw)) {
        const problem = checkIndices(raw, n, 'option');
        return problem ? bad(problem) : { value: [...new Set(raw)].sort((a, b) => a - b) };
      }
      if (typeof raw !== 'string') return bad(`expected options such as 'a, c' (${optionRange(n)})`);
      const picks: number[] = [];
      for (const tok of optionTokens(raw, n)) {
        const i = choiceIndex(tok, n);
        if (typeof i === 'string') return bad(i);
        if (!picks.includes(i)) picks.push(i);
      }
      return { value: picks.sort((a, b) => a - b) };
    }
    case 'numeric': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : bad('expected a number');
      if (typeof raw !== 'string') return bad('expected a number');
      const parts = readFigure(raw, question.answer, options.strict === true);
      const problem = figureProblem(raw, parts);
      if (problem !== undefined || !parts || !('value' in parts)) return bad(problem ?? 'expected a number');
      return { value: parts.value };
    }
    case 'short-answer':
    case 'cloze': {
      if (typeof raw === 'string') {
        // A blank whose answer is a number reads a figure as a numeric question does: "40.000" and
        // "8.50.0" cannot be read; words ("lots") are an answer, just not a right one.
        const n = numberAnswer(question.answer);
        if (n !== undefined && /\d/.test(raw)) {
          const problem = figureProblem(raw, readFigure(raw, n));
          if (problem !== undefined) return bad(problem);
        }
        return { value: raw.trim() };
      }
      if (typeof raw === 'number') return { value: String(raw) };
      return bad('expected a word or phrase');
    }
    case 'matching': {
      const nl = question.left.length;
      const nr = question.right.length;
      if (Array.isArray(raw)) {
        if (raw.length !== nl) return bad(`expected ${nl} partners, one per left item, got ${raw.length}`);
        // -1 marks a left item left unpaired.
        for (const v of raw)
          if (v !== -1 && (!Number.isInteger(v) || v < 0 || v >= nr))
            return bad(`partner ${v} is out of range (0-${nr - 1})`);
        return { value: raw.slice() };
      }
      if (typeof raw !== 'string') return bad(`expected pairs such as '1c 2a' (1-${nl} with ${optionRange(nr)})`);
      const text = raw.trim().toLowerCase();
      const pairs = new Array<number>(nl).fill(-1);
      if (/^[a-z](?:[\s,;]*[a-z])*$/.test(text) && text.replace(/[\s,;]+/g, '').length <= nl) {
        // "c a b": the partners of 1, 2, 3 in order.
        const letters = text.replace(/[\s,;]+/g, '');
        for (let i = 0; i < letters.length; i++) {
          const r = OPTION_LETTERS.indexOf(letters[i]!);
          if (r >= nr) return bad(`'${letters[i]}' is not an option (${optionRange(nr)})`);
          pairs[i] = r;
        }
        return { value: pairs };
      }
      const re = /(\d+)\s*[-=:.)>]*\s*([a-z])(?![a-z])/gy;
      let pos = 0;
      const skip = /[\s,;]*/y;
      for (;;) {
        skip.lastIndex = pos;
        skip.exec(text);
        pos = skip.lastIndex;
        if (pos >= text.length) break;
        re.lastIndex = pos;
        const m = re.exec(text);
        if (!m)
          return bad(
            `cannot read '${raw.trim().slice(pos)}'; write pairs such as '1c 2a' (1-${nl} with ${optionRange(nr)})`,
          );
        pos = re.lastIndex;
        const l = Number(m[1]) - 1;
        const r = OPTION_LETTERS.indexOf(m[2]!);
        if (l < 0 || l >= nl) return bad(`'${m[1]}' is not a left item (1-${nl})`);
        if (r >= nr) return bad(`'${m[2]}' is not an option (${optionRange(nr)})`);
        if (pairs[l] !== -1) return bad(`item ${l + 1} is paired twice`);
        pairs[l] = r;
      }
      return { value: pairs };
    }
    case 'ordering': {
      const n = question.items.length;
      let order: number[];
      if (Array.isArray(raw)) {
        order = raw.slice();
      } else if (typeof raw === 'string') {
        order = [];
        for (const tok of optionTokens(raw, n)) {
          const i = choiceIndex(tok, n);
          if (typeof i === 'string') return bad(i.replace('an option', 'an item'));
          order.push(i);
        }
      } else {
        return bad(`expected the items in order, such as '3 1 2' (1-${n})`);
      }
      const problem = checkIndices(order, n, 'item');
      if (problem) return bad(problem);
      if (order.length !== n || new Set(order).size !== n)
        return bad(
          `expected each of the ${n} items once, in order, such as '${Array.from({ length: n }, (_, i) => n - i).join(' ')}'`,
        );
      return { value: order };
    }
  }
}

// ------------------------------------------------------------------------------------------ scoring

function result(status: ScoreStatus, points: number, max: number, leniency: string[] = []): ScoreResult {
  return { status, points: round2(points), max, leniency, share: max > 0 ? points / max : 0 };
}

function graded(share: number, max: number, exact: boolean): ScoreResult {
  const s = Math.max(0, Math.min(1, share));
  if (exact) return result('right', max, max);
  // A share too small to show as a hundredth of a point is no credit.
  return round2(s * max) > 0 ? result('partial', s * max, max) : result('wrong', 0, max);
}

/**
 * The figures in a text, thousands separators dropped ("8,500 soldiers" -> 8500): folding case,
 * punctuation or a typo never changes one, so "85.00" or "8.50.0" is never "8,500" with punctuation folded.
 */
function figures(text: string): string {
  return (
    foldForMatch(text)
      .replace(/(\d)[,\u00A0\u202F ](?=\d{3}(?!\d))/g, '$1')
      .match(/\d(?:[\d.,]*\d)?/g)
      ?.join(' ') ?? ''
  );
}

/**
 * Scores typed text against the answer and its accepted forms (the bank's: each is simply right, with no
 * note, strict or not); undefined when nothing matches.
 */
function matchText(
  typed: string,
  answer: string,
  accept: readonly string[],
  strict: boolean,
  around: readonly string[] = [],
): string[] | undefined {
  const shown = foldForMatch(typed);
  const all = [answer, ...accept.filter((a) => foldForMatch(a) !== foldForMatch(answer))];
  // Best match first: exact, then folded, then one typo; the answer itself before its other forms.
  if (all.some((c) => foldForMatch(c) === shown)) return [];
  if (strict) return undefined;
  // Text leniencies are for words: a form with other figures than the typed ones is left to the numbers.
  const candidates = all.filter((c) => figures(c) === figures(typed));
  const nt = normalizeAnswerText(typed);
  for (const c of candidates) {
    if (normalizeAnswerText(c) === nt && nt !== '') return [`${joinWords(foldsNeeded(typed, c))} folded`];
  }
  // "nonnegotiable" for "Non-negotiable", "US" for "U.S.": punctuation inside a word dropped rather than
  // read as a space (either side may have it).
  const joined = (t: string) =>
    normalizeAnswerText(t.replace(/(?<=[\p{L}\p{N}])[-\u2010\u2011.'\u2019](?=[\p{L}\p{N}])/gu, ''));
  const typedJoined = joined(typed);
  for (const c of candidates) {
    if (typedJoined !== '' && joined(c) === typedJoined) return ['punctuation folded'];
  }
  // "road workers" for "Roadworkers", "fire fighters" for "firefighters": a compound written open or closed
  // (trial 350 marked "road workers" wrong). Words only: "1 000" is left to the numbers; and not a name's words run
  // together ("OlafScholz" is no way to write "Olaf Scholz").
  const closed = (t: string) => joined(t).replace(/ /g, '');
  for (const c of candidates) {
    const open = typedJoined.split(' ').length > joined(c).split(' ').length ? typed : c;
    // Each part a word of its own: "rus sia", "mac ron" are a word broken, not a compound (the review of s29).
    const parts = joined(open).split(' ');
    if (
      !/\d/.test(typedJoined) &&
      closed(typed).length >= 5 &&
      closed(c) === closed(typed) &&
      !looksLikeName(open) &&
      parts.every((w) => w.length >= 4)
    )
      return ['spacing folded'];
  }
  for (const c of candidates) {
    if (nt !== '' && oneTypo(nt, normalizeAnswerText(c))) return [`typo forgiven: "${shown}" for "${c}"`];
  }
  const named = nameWithExtras(nt, candidates);
  if (named)
    return [
      `${named.extras} accepted beside the surname: "${shown}"`,
      ...(named.typo ? [`typo forgiven: "${named.typo}" for "${named.surname}"`] : []),
    ];
  // "December 21" for "Dec. 21", "21 December", "Jan 12th": one day, however it is written (trials 251 and 253 saw
  // the right day marked wrong). A year must agree where the answer gives one.
  const typedDay = readDate(typed);
  if (typedDay)
    for (const c of all) {
      const day = readDate(c);
      if (
        day &&
        day.month === typedDay.month &&
        day.day === typedDay.day &&
        (day.year === undefined || day.year === typedDay.year)
      )
        return [`date read: "${shown}" as "${c}"`];
    }
  // "5" for "five", "8500" for "8,500 soldiers", "5 days" where the blank stands before "days"; not
  // "5 weeks": words typed beside the number must be the answer's own or the text's around the blank.
  // The figure is read as a numeric question reads it ("8.500" is 8,500 where the answer is whole).
  const extra = wordsBesideNumber(typed);
  for (const c of all) {
    const n = parseNumber(c);
    const read = n === undefined ? undefined : readFigure(typed, n);
    if (!read || !('value' in read) || read.value !== n) continue;
    const allowed = new Set([...wordsBesideNumber(c), ...around]);
    if (extra.every((w) => allowed.has(w)))
      return [`number read: "${shown}" as "${c}"${read.dotThousands ? ' (the dot as a thousands separator)' : ''}`];
  }
  return undefined;
}

// Titles people put before a surname ("Mr Borrell", "President Biden", "Secretary of State Rice"): the
// drafter's, with forms of address in other languages and the words that join longer titles ("Foreign
// Minister", "Secretary of State"; trial 32 marked the second wrong while "President Bush" passed).
const TITLES = new Set(
  [
    ...TITLE_WORDS,
    ...HONORIFIC_WORDS,
    ...'mx lord lady madam monsieur herr frau state foreign interior finance defence defense sheikh rabbi major admiral'.split(
      ' ',
    ),
  ].map((w) => w.toLowerCase()),
);

/** Every word is capitalised (or a particle such as "von", "der"): a name rather than a phrase. */
function looksLikeName(text: string): boolean {
  const words = foldForMatch(text).trim().split(/\s+/);
  return (
    words.length > 0 &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:von|van|der|den|de|da|di|du|la|le|al|bin|ibn)$/.test(w)) &&
    !/\d/.test(text)
  );
}

/**
 * "Joseph Borell", "J. Borrell", "Mr Borrell" for "Josep Borrell": a right surname (one typo forgiven, as
 * always) with a title, an initial or a first name before it. A first name must be one the bank gives
 * (within one letter: "Joseph" for "Josep"), an initial that of one, so "Hunter Biden" is not "Joe Biden".
 */
function nameWithExtras(
  typed: string,
  candidates: readonly string[],
): { candidate: string; extras: string; surname: string; typo?: string } | undefined {
  const tw = typed.split(' ').filter(Boolean);
  if (tw.length < 2) return undefined;
  const names = candidates.filter(looksLikeName);
  const given = new Set(names.flatMap((c) => normalizeAnswerText(c).split(' ').slice(0, -1)));
  for (const c of names) {
    const cw = normalizeAnswerText(c).split(' ');
    const surname = cw[cw.length - 1]!;
    const last = tw[tw.length - 1]!;
    const exact = last === surname;
    if (!exact && !oneTypo(last, surname)) continue;
    const before = tw.slice(0, -1);
    const kinds = new Set<string>();
    const ok = before.every((w, i) => {
      if (TITLES.has(w)) return kinds.add('title');
      // "of" inside a title ("Secretary of State"), between two of its words.
      if (w === 'of' && i > 0 && TITLES.has(before[i - 1]!) && TITLES.has(before[i + 1] ?? '')) return true;
      if (w.length === 1 && [...given].some((g) => g[0] === w)) return kinds.add('initial');
      if (given.has(w) || (w.length >= 5 && [...given].some((g) => g.length >= 5 && withinOneEdit(w, g))))
        return kinds.add('first name');
      return false;
    });
    if (!ok) continue;
    const extras = joinWords([...kinds].map((k, i) => (i === 0 ? k : k)));
    return { candidate: c, extras, surname: cw[cw.length - 1]!, ...(exact ? {} : { typo: last }) };
  }
  return undefined;
}

/** The words of a numeric answer other than the number itself and qualifiers ("about"), folded. */
function wordsBesideNumber(text: string): string[] {
  return normalizeAnswerText(text)
    .split(' ')
    .filter((w) => w !== '' && !/\d/.test(w) && !isNumberWord(w) && !(w in SCALE) && !QUALIFIERS.has(w));
}

/** The words printed right after a cloze blank ("ready in _____ days to ..." -> days, to): a unit typed with the number. */
function wordsAfterBlank(prompt: string): string[] {
  const after = prompt.split('_____')[1] ?? '';
  return normalizeAnswerText(after).split(' ').filter(Boolean).slice(0, 2);
}

export function scoreAnswer(question: Question, response: Response, options: ScoreOptions = {}): ScoreResult {
  const max = question.points;
  const strict = options.strict === true;
  const parsed = parseResponse(question, response, options);
  if (parsed.problem !== undefined) return { ...result('wrong', 0, max), problem: parsed.problem };
  const value = parsed.value;
  if (value === null || value === undefined) return result('unanswered', 0, max);
  switch (question.type) {
    case 'multiple-choice':
    case 'true-false':
      return value === question.answer ? result('right', max, max) : result('wrong', 0, max);
    case 'multi-select': {
      const picks = value as number[];
      const right = picks.filter((p) => question.answer.includes(p)).length;
      const wrong = picks.length - right;
      const exact = wrong === 0 && right === question.answer.length;
      const wrongOptions = question.choices.length - question.answer.length;
      const hits = question.answer.length ? right / question.answer.length : 0;
      const falseAlarms = wrongOptions > 0 ? wrong / wrongOptions : 0;
      return graded(hits - falseAlarms, max, exact);
    }
    case 'numeric': {
      let n = value as number;
      const leniency: string[] = [];
      // Under strict a dot before three digits is a decimal point: "8.500" is 8.5, not a guessed 8,500.
      const parts = typeof response === 'string' ? readFigure(response, question.answer, strict) : undefined;
      if (parts && 'value' in parts) {
        n = parts.value;
        if (parts.dotThousands !== undefined) leniency.push(dotNote(parts.dotThousands, n, question.unit));
      }
      // A unit typed after the figure: the question's own, another unit of time (converted), or a unit
      // that is not the question's ("5 weeks" for a question in days is not 5 days).
      const typedUnit = parts && 'rest' in parts ? timeUnit(parts.rest.split(' ')[0]) : undefined;
      if (typedUnit) {
        const wanted = timeUnit(question.unit);
        if (!wanted)
          return {
            ...result('wrong', 0, max),
            problem: `'${foldForMatch(response as string).trim()}' is not in ${question.unit || "the question's unit"}`,
          };
        if (wanted.name !== typedUnit.name) {
          if (strict) return { ...result('wrong', 0, max), problem: `answer in ${wanted.name}` };
          n = Number(((n * typedUnit.minutes) / wanted.minutes).toPrecision(12));
          leniency.push(
            `unit converted: "${foldForMatch(response as string).trim()}" is ${formatNumber(n)} ${wanted.name}`,
          );
        }
      }
      const { lo, hi } = acceptedRange(question);
      // A hair of slack for float noise (8.5k * 1000).
      return n >= lo - 1e-9 && n <= hi + 1e-9 ? result('right', max, max, leniency) : result('wrong', 0, max);
    }
    case 'short-answer':
    case 'cloze': {
      const leniency = matchText(
        value as string,
        question.answer,
        question.accept,
        strict,
        question.type === 'cloze' ? wordsAfterBlank(question.prompt) : [],
      );
      return leniency ? result('right', max, max, leniency) : result('wrong', 0, max);
    }
    case 'matching': {
      const pairs = value as number[];
      const correct = question.answer.filter((r, i) => pairs[i] === r).length;
      return graded(correct / question.answer.length, max, correct === question.answer.length);
    }
    case 'ordering': {
      const order = value as number[];
      const pos = new Map(order.map((item, i) => [item, i]));
      const want = question.answer;
      if (want.length < 2) return graded(1, max, true);
      const keptBy = (at: (item: number) => number) => {
        let kept = 0;
        for (let i = 0; i + 1 < want.length; i++) if (at(want[i]!) < at(want[i + 1]!)) kept++;
        return kept;
      };
      const pairs = want.length - 1;
      // Above chance and above the order as shown (item i at place i): leaving it untouched earns nothing.
      const baseline = Math.max(
        pairs / 2,
        keptBy((item) => item),
      );
      const exact = want.every((item, i) => order[i] === item);
      return graded(
        baseline >= pairs ? 0 : (keptBy((item) => pos.get(item)!) - baseline) / (pairs - baseline),
        max,
        exact,
      );
    }
  }
}

/** The response in words, for summaries and records ("b) Olaf Scholz", "1c 2a", "8,500"). */
export function describeResponse(question: Question, value: Response): string {
  if (value === null || value === undefined) return '(no answer)';
  switch (question.type) {
    case 'multiple-choice':
      return typeof value === 'number' ? `${optionLetter(value)}) ${question.choices[value] ?? ''}` : String(value);
    case 'true-false':
      return value === true ? 'True' : value === false ? 'False' : String(value);
    case 'multi-select':
      return Array.isArray(value)
        ? value.map((i) => `${optionLetter(i)}) ${question.choices[i] ?? ''}`).join('; ') || '(none)'
        : String(value);
    case 'numeric':
      return typeof value === 'number' ? formatNumber(value, question.unit) : String(value);
    case 'matching':
      return Array.isArray(value)
        ? value.map((r, i) => (r < 0 ? `${i + 1}?` : `${i + 1}${optionLetter(r)}`)).join(' ')
        : String(value);
    case 'ordering':
      return Array.isArray(value) ? value.map((i) => i + 1).join(' ') : String(value);
    default:
      return String(value);
  }
}
