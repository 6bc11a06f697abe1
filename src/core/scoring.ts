// Scoring, shared by the interactive quiz and `grade`: reads a response as a person would type or write it,
// and scores it fairly. Pure: no clock, no I/O.
//
// Leniency (each one is named in ScoreResult.leniency, and `strict` turns it off):
//   - typed text folds case, punctuation, diacritics and a leading "the";
//   - the question's `accept` list (the answer plus the bank's aliases) all count;
//   - one typo (Damerau-Levenshtein distance 1) is forgiven in one word of 5 letters or more, never in a number;
//   - a number typed for a number word ("5" for "five") counts in short-answer and cloze.
// Not leniency, so kept in strict mode too: number notations ("8,500", "8 500", "8.5k", "8,500 soldiers")
// and the question's own numeric `tolerance`, which is part of the question.
//
// Partial credit (points are rounded to hundredths):
//   - multi-select: (right picks - wrong picks) / number of right options, never below 0, times max;
//   - matching: share of left items paired with their right partner, times max;
//   - ordering: share of the correct order's adjacent pairs (n-1 of them) that the response keeps in the same
//     relative order (not necessarily adjacent), times max. Chosen over "items in the right position" because
//     one item moved from the top to the bottom should cost one pair, not every position.
import { foldForMatch, formatNumber, OPTION_LETTERS, optionLetter, wordToNumber } from './text.js';
import type { Question } from './types.js';

export type Response = string | number | boolean | number[] | null | undefined;

export interface ScoreOptions {
  strict?: boolean;
}

export type ScoreStatus = 'right' | 'partial' | 'wrong' | 'unanswered';

export interface ScoreResult {
  status: ScoreStatus;
  points: number;
  max: number;
  /** Leniencies applied, in words: 'typo forgiven: "Stoltenburg" for "Stoltenberg"', 'alias accepted: "Scholz"'. */
  leniency: string[];
  /** Why the response could not be read for this question (it is then scored wrong). */
  problem?: string;
  /** points / max before rounding (2 of 3 pairs: 2/3, where points show 0.67 of 1): what statistics average. */
  share?: number;
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
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);
}

// ------------------------------------------------------------------------------------------ text folding

interface Folds {
  case: boolean;
  diacritics: boolean;
  punctuation: boolean;
  the: boolean;
}

const ALL_FOLDS: Folds = { case: true, diacritics: true, punctuation: true, the: true };
const FOLD_NAMES: Record<keyof Folds, string> = { case: 'case', diacritics: 'diacritics', punctuation: 'punctuation', the: 'a leading "the"' };

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

/** Which folds were needed for `a` to equal `b` (each one that, left out, breaks the match). */
function foldsNeeded(a: string, b: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(ALL_FOLDS) as (keyof Folds)[]) {
    const without = { ...ALL_FOLDS, [key]: false };
    if (fold(a, without) !== fold(b, without)) out.push(FOLD_NAMES[key]);
  }
  return out;
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
    if (/\d/.test(word) || /\d/.test(tw[i]!) || isNumberWord(word) || isNumberWord(tw[i]!) || [...word].length < 5 || !withinOneEdit(tw[i]!, word)) return false;
    typos++;
  }
  return typos === 1;
}

// ------------------------------------------------------------------------------------------ numbers

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, bn: 1e9, b: 1e9, billion: 1e9 };
// Words that qualify a figure ("about 8,500"): parseNumber skips them in front of it, and numbers typed in
// a text answer may carry them.
const QUALIFIER_PHRASES = ['about', 'around', 'approximately', 'approx', 'roughly', 'some', 'nearly', 'almost', 'up to', 'just under', 'just over', 'over', 'under', 'more than', 'less than', 'at least', 'at most', 'exactly'];
const LEADING_WORDS = new RegExp(`^(?:${QUALIFIER_PHRASES.map((p) => (p === 'approx' ? 'approx\\.?' : p)).join('|')}|~|≈)\\s*`, 'i');
const QUALIFIERS = new Set(QUALIFIER_PHRASES.flatMap((p) => p.split(' ')));

/**
 * "8500", "8,500", "8 500", "8.5k", "8,500 soldiers", "about 8,500", "five" -> a number; undefined if not
 * one number. A bare "m" or "b" after a figure is read as million or billion only with `letterScales`
 * (answers in the millions): "90m" on a question in minutes is 90, not 90 million.
 */
export function parseNumber(raw: string, options: { letterScales?: boolean } = {}): number | undefined {
  let s = foldForMatch(raw).replace(/[\u00A0\u202F]/g, ' ').trim().toLowerCase();
  for (let i = 0; i < 3; i++) s = s.replace(LEADING_WORDS, '');
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:\.(\d+))?\s*(k|thousand|mn|million|m|bn|billion|b)?(?![\p{L}\p{N}])(.*)$/u.exec(s);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const rest = m[5]!.trim();
    // Trailing words are a unit ("soldiers"); another number there makes it ambiguous.
    if (/\d/.test(rest)) return undefined;
    let n = Number(`${m[2] ? m[2].replace(/[, ]/g, '') : '0'}${m[3] ? `.${m[3]}` : ''}`);
    if (m[4] && (options.letterScales !== false || (m[4] !== 'm' && m[4] !== 'b'))) n *= SCALE[m[4]]!;
    if (m[1] === '-') n = -n;
    // Scaling by 1e3 can leave 8499.999...: round to the precision typed.
    return Number.isFinite(n) ? Number(n.toPrecision(12)) : undefined;
  }
  const word = /^([a-z]+)\b(.*)$/.exec(s);
  if (word) {
    const n = wordToNumber(word[1]!);
    if (n !== undefined && !/\d/.test(word[2]!)) return n;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------ parsing

/** True when the options are figures ("2, 3, 4, 5" days): a digit typed is then an option's text, not its position. */
export function optionsAreNumbers(choices: readonly string[] | undefined): boolean {
  return choices !== undefined && choices.length > 0 && choices.every((c) => parseNumber(c) !== undefined && /\d/.test(c));
}

function choiceIndex(token: string, n: number, choices?: readonly string[]): number | string {
  const t = token.trim().replace(/^\(|[).:]$/g, '').trim();
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
    if (optionsAreNumbers(choices)) return `'${token.trim()}' is none of the options (${choices.join(', ')}); write the letter or the figure`;
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
  for (const tok of raw.trim().split(/[\s,;/+&]+|\band\b/i).filter(Boolean)) {
    if (/^[a-z]{2,}$/i.test(tok) && [...tok.toLowerCase()].every((c) => OPTION_LETTERS.indexOf(c) >= 0 && OPTION_LETTERS.indexOf(c) < n)) out.push(...tok);
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

/** Reads a response as typed or written on paper; contract-shaped values pass through. */
export function parseResponse(question: Question, raw: Response): ParsedResponse {
  if (isBlank(raw)) return { value: null };
  const bad = (problem: string): ParsedResponse => ({ value: undefined, problem });
  switch (question.type) {
    case 'multiple-choice': {
      const n = question.choices.length;
      if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw < n ? { value: raw } : bad(`option ${raw} is out of range (0-${n - 1})`);
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
      // "90m" is 90 minutes on a question whose answer is 90, and 90 million where the answer is millions.
      const n = parseNumber(raw, { letterScales: Math.abs(question.answer) >= 1e6 });
      return n === undefined ? bad(`'${raw.trim()}' is not a number (write it like 8500, 8,500 or 8.5k)`) : { value: n };
    }
    case 'short-answer':
    case 'cloze': {
      if (typeof raw === 'string') return { value: raw.trim() };
      if (typeof raw === 'number') return { value: String(raw) };
      return bad('expected a word or phrase');
    }
    case 'matching': {
      const nl = question.left.length;
      const nr = question.right.length;
      if (Array.isArray(raw)) {
        if (raw.length !== nl) return bad(`expected ${nl} partners, one per left item, got ${raw.length}`);
        // -1 marks a left item left unpaired.
        for (const v of raw) if (v !== -1 && (!Number.isInteger(v) || v < 0 || v >= nr)) return bad(`partner ${v} is out of range (0-${nr - 1})`);
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
        if (!m) return bad(`cannot read '${raw.trim().slice(pos)}'; write pairs such as '1c 2a' (1-${nl} with ${optionRange(nr)})`);
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
      if (order.length !== n || new Set(order).size !== n) return bad(`expected each of the ${n} items once, in order, such as '${Array.from({ length: n }, (_, i) => n - i).join(' ')}'`);
      return { value: order };
    }
  }
}

// ------------------------------------------------------------------------------------------ scoring

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function result(status: ScoreStatus, points: number, max: number, leniency: string[] = []): ScoreResult {
  return { status, points: round2(points), max, leniency, share: max > 0 ? points / max : 0 };
}

function graded(share: number, max: number, exact: boolean): ScoreResult {
  const s = Math.max(0, Math.min(1, share));
  if (exact) return result('right', max, max);
  return result(s > 0 ? 'partial' : 'wrong', s * max, max);
}

/** Scores typed text against the answer and its accepted forms; undefined when nothing matches. */
function matchText(typed: string, answer: string, accept: readonly string[], strict: boolean, around: readonly string[] = []): string[] | undefined {
  const shown = foldForMatch(typed);
  if (strict) return shown === foldForMatch(answer) ? [] : undefined;
  const candidates = [answer, ...accept.filter((a) => foldForMatch(a) !== foldForMatch(answer))];
  const alias = (c: string) => (c === answer ? [] : [`alias accepted: "${c}"`]);
  // Best match first: exact, then folded, then one typo; the answer itself before its aliases.
  for (const c of candidates) if (foldForMatch(c) === shown) return alias(c);
  const nt = normalizeAnswerText(typed);
  for (const c of candidates) {
    if (normalizeAnswerText(c) === nt && nt !== '') return [...alias(c), `${joinWords(foldsNeeded(typed, c))} folded`];
  }
  // "nonnegotiable" for "Non-negotiable", "US" for "U.S.": punctuation inside a word dropped rather than
  // read as a space (either side may have it).
  const joined = (t: string) => normalizeAnswerText(t.replace(/(?<=[\p{L}\p{N}])[-\u2010\u2011.'\u2019](?=[\p{L}\p{N}])/gu, ''));
  const typedJoined = joined(typed);
  for (const c of candidates) {
    if (typedJoined !== '' && joined(c) === typedJoined) return [...alias(c), 'punctuation folded'];
  }
  for (const c of candidates) {
    if (nt !== '' && oneTypo(nt, normalizeAnswerText(c))) return [...alias(c), `typo forgiven: "${shown}" for "${c}"`];
  }
  // "5" for "five", "8500" for "8,500 soldiers", "5 days" where the blank stands before "days"; not
  // "5 weeks": words typed beside the number must be the answer's own or the text's around the blank.
  const typedNumber = parseNumber(typed);
  if (typedNumber !== undefined) {
    const extra = wordsBesideNumber(typed);
    for (const c of candidates) {
      const n = parseNumber(c);
      if (n === undefined || n !== typedNumber) continue;
      const allowed = new Set([...wordsBesideNumber(c), ...around]);
      if (extra.every((w) => allowed.has(w))) return [...alias(c), `number read: "${shown}" as "${c}"`];
    }
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
  const parsed = parseResponse(question, response);
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
      return graded(question.answer.length ? (right - wrong) / question.answer.length : 0, max, exact);
    }
    case 'numeric': {
      const n = value as number;
      const diff = Math.abs(n - question.answer);
      // A hair of slack for float noise (8.5k * 1000).
      return diff <= question.tolerance + 1e-9 ? result('right', max, max) : result('wrong', 0, max);
    }
    case 'short-answer':
    case 'cloze': {
      const leniency = matchText(value as string, question.answer, question.accept, strict, question.type === 'cloze' ? wordsAfterBlank(question.prompt) : []);
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
      let kept = 0;
      for (let i = 0; i + 1 < want.length; i++) if (pos.get(want[i]!)! < pos.get(want[i + 1]!)!) kept++;
      return graded(kept / (want.length - 1), max, want.every((item, i) => order[i] === item));
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
      return Array.isArray(value) ? value.map((i) => `${optionLetter(i)}) ${question.choices[i] ?? ''}`).join('; ') || '(none)' : String(value);
    case 'numeric':
      return typeof value === 'number' ? formatNumber(value, question.unit) : String(value);
    case 'matching':
      return Array.isArray(value) ? value.map((r, i) => (r < 0 ? `${i + 1}?` : `${i + 1}${optionLetter(r)}`)).join(' ') : String(value);
    case 'ordering':
      return Array.isArray(value) ? value.map((i) => i + 1).join(' ') : String(value);
    default:
      return String(value);
  }
}
