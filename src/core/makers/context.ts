// What every maker needs to know about a bank, indexed once per call: entities by id and kind, the
// article sentence behind each piece of evidence, and the small text helpers prompts share.
import { findSentence, sentencePosition, type SentenceRef } from '../article.js';
import { capitalize, escapeRegExp, foldForMatch } from '../text.js';
import { skillOf } from '../skills.js';
import type { Bank, Entity, EntityKind, Fact, FactKind, Question, QuestionType, Source } from '../types.js';

/** A question before the generator gives it an id. */
export type QuestionBody = Question extends infer Q ? (Q extends Question ? Omit<Q, 'id'> : never) : never;

/** The blank in cloze prompts; renderers may replace it with an input field. */
export const CLOZE_BLANK = '_____';

// Points: 1 per question, 2 for the kinds that ask for several decisions at once
// (matching, ordering, multi-select), so a worksheet's total reflects the work.
export const POINTS: Record<QuestionType, number> = {
  'multiple-choice': 1,
  'true-false': 1,
  'multi-select': 2,
  numeric: 1,
  'short-answer': 1,
  cloze: 1,
  matching: 2,
  ordering: 2,
};

export interface BankContext {
  readonly bank: Bank;
  entity(id: string): Entity | undefined;
  /** Entities of one kind, in bank order. */
  entitiesOfKind(kind: EntityKind): Entity[];
  /** The entity that a name or alias designates, if any. */
  entityNamed(text: string): Entity | undefined;
  /** The article's own sentence behind `evidence` (falls back to the evidence itself, paragraph 1). */
  sentence(evidence: string): SentenceRef;
  /** Reading-order position of an evidence sentence (-1 when absent). */
  position(evidence: string): number;
  factsOfKind<K extends FactKind>(kind: K): Extract<Fact, { kind: K }>[];
  /**
   * `make()` once per fact and key for this bank: for what follows from the bank alone (a fact's pool of
   * wrong options), which every quiz made from the bank would otherwise work out again. Keyed by the fact
   * object, not its id, so a bank with a duplicate id cannot mix two facts up. Callers must not change
   * what they get back, unless it is a cache of their own (the generator keeps its question templates so).
   */
  cached<T>(fact: Fact, key: string, make: () => T): T;
}

// Folding and whole-word patterns are asked for the same few hundred strings thousands of times per quiz.
// The memos only ever map a string to the same value, so results never depend on what ran before;
// they are dropped when large so a long-running process does not grow without bound.
const MEMO_LIMIT = 20_000;
function memo<T>(fn: (s: string) => T): (s: string) => T {
  let cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= MEMO_LIMIT) cache = new Map();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** foldForMatch, memoised. */
export const foldText = memo(foldForMatch);

/** Case, whitespace and typographic differences folded away, for comparing names and words. */
export const fold = memo((text: string) => foldText(text).toLowerCase());

/**
 * The words of four letters or more two texts share, as a share of the shorter text's and as a count:
 * wordOverlap('The election is not free and fair', 'The election is not free and fair without ...').share -> 1.
 */
export function wordOverlap(a: string, b: string): { share: number; shared: number } {
  const words = (t: string) =>
    new Set(
      fold(t)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4),
    );
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const shared = [...small].filter((w) => big.has(w)).length;
  return { share: small.size === 0 ? 0 : shared / small.size, shared };
}

/**
 * The indexes of one bank. Made once per bank by prepareBank (src/core/prepare.ts), which every quiz
 * from that bank shares; calling this directly makes a fresh one (tests, one-off questions).
 */
export function createContext(bank: Bank): BankContext {
  return buildContext(bank);
}

function buildContext(bank: Bank): BankContext {
  const byId = new Map<string, Entity>();
  for (const e of bank.entities) if (!byId.has(e.id)) byId.set(e.id, e);
  const byName = new Map<string, Entity>();
  for (const e of bank.entities) {
    for (const n of namesOf(e)) if (!byName.has(fold(n))) byName.set(fold(n), e);
  }
  const sentences = new Map<string, SentenceRef>();
  const positions = new Map<string, number>();
  const kinds = new Map<FactKind, Fact[]>();
  const values = new Map<Fact, Map<string, unknown>>();
  return {
    bank,
    entity: (id) => byId.get(id),
    entitiesOfKind: (kind) => bank.entities.filter((e) => e.kind === kind),
    entityNamed: (text) => byName.get(fold(text)),
    sentence(evidence) {
      let s = sentences.get(evidence);
      if (!s) {
        s = findSentence(bank.articleText, evidence) ?? { paragraph: 1, index: 0, sentence: evidence };
        sentences.set(evidence, s);
      }
      return s;
    },
    position(evidence) {
      let p = positions.get(evidence);
      if (p === undefined) {
        p = sentencePosition(bank.articleText, evidence);
        positions.set(evidence, p);
      }
      return p;
    },
    factsOfKind<K extends FactKind>(kind: K) {
      let list = kinds.get(kind);
      if (!list) {
        list = bank.facts.filter((f) => f.kind === kind);
        kinds.set(kind, list);
      }
      return list.slice() as Extract<Fact, { kind: K }>[];
    },
    cached<T>(fact: Fact, key: string, make: () => T): T {
      let ofFact = values.get(fact);
      if (!ofFact) {
        ofFact = new Map();
        values.set(fact, ofFact);
      }
      if (ofFact.has(key)) return ofFact.get(key) as T;
      const v = make();
      ofFact.set(key, v);
      return v;
    },
  };
}

/** Name first, then aliases, without repeats. */
export function namesOf(entity: Entity): string[] {
  let names = entityNames.get(entity);
  if (!names) {
    names = [];
    for (const n of [entity.name, ...(entity.aliases ?? [])])
      if (!names.some((o) => fold(o) === fold(n))) names.push(n);
    entityNames.set(entity, names);
  }
  return names.slice();
}

// Entities are immutable once loaded, like banks.
const entityNames = new WeakMap<Entity, string[]>();

/** Straight quotes turned typographic, the way a printed quiz shows them. */
export const typographic = memo((text: string): string =>
  text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019'),
);

/** A prompt as a teacher writes it: typographic quotes, capital first letter, final punctuation. */
export function finishPrompt(text: string, end: '.' | '?' = '.'): string {
  return end === '.' ? finishStatement(text) : finishQuestion(text);
}

function finish(text: string, end: '.' | '?'): string {
  let t = typographic(
    text
      .replace(/\s+/g, ' ')
      .trim()
      // "... fail at 46.7 degrees C (114 degrees F).2": a footnote's number after a sentence's full stop is the page's
      // reference, not the sentence's (trial 213's blank showed it).
      .replace(/(?<=[\p{Ll})]\.)\d{1,2}(?:,\d{1,2})*(?=["'\u201D\u2019)\]]*$)/u, ''),
  );
  if (!/[.?!]["'\u201D\u2019)\]]*$/.test(t)) t += end;
  return capitalize(t);
}

// Prompts repeat from quiz to quiz (worksheet variants, stress runs): finish each text once.
const finishStatement = memo((text: string) => finish(text, '.'));
const finishQuestion = memo((text: string) => finish(text, '?'));

/** `text` quoted in typographic quotes. */
export function quoted(text: string): string {
  return `\u201C${typographic(text)}\u201D`;
}

/**
 * Finds `needle` in `hay` as whole words (letters/digits do not continue on either side), case-insensitively. A
 * figure is whole only with its digit groups: "500" is not in "4,500" or "2.500" (trial 51 blanked "4,_____").
 */
export const wordRegExp = memo(
  (needle: string) =>
    new RegExp(
      `${/^\p{N}/u.test(needle) ? '(?<!\\p{N}[.,])' : ''}(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])${/\p{N}$/u.test(needle) ? '(?![.,]\\p{N})' : ''}`,
      'iu',
    ),
);
/** The digit-group rule of wordRegExp, for indexOfWords. */
const GROUPED_BEFORE = /\p{N}[.,]$/u;
const GROUPED_AFTER = /^[.,]\p{N}/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
const ENDS_WITH_DIGIT = /\p{N}$/u;

// Compiled once: a Unicode-property pattern per needle cost more than the rest of a cold quiz. Even
// once it costs a fraction of a millisecond to compile, so ASCII characters are judged without it.
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(c);
}

export function codePointBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

export function codePointAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * Index of the first whole-word occurrence of `needle` in `hay` at or after `from`, case-insensitively
 * (letters and digits may not continue on either side); -1 when there is none. Same answers as
 * wordRegExp, without compiling a pattern per needle.
 */
export function indexOfWords(hay: string, needle: string, fromIndex = 0): number {
  // A start inside a surrogate pair means that code point, as a Unicode pattern's lastIndex does.
  const inPair =
    fromIndex > 0 && /[\uDC00-\uDFFF]/.test(hay[fromIndex] ?? '') && /[\uD800-\uDBFF]/.test(hay[fromIndex - 1]!);
  const from = inPair ? fromIndex - 1 : fromIndex;
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  if (n.length === 0) return -1;
  if (h.length !== hay.length || n.length !== needle.length) {
    // Lower-casing changed a length (rare letters such as U+0130): let the pattern handle it.
    const re = new RegExp(wordRegExp(needle).source, 'giu');
    re.lastIndex = from;
    return re.exec(hay)?.index ?? -1;
  }
  const digitFirst = STARTS_WITH_DIGIT.test(needle);
  const digitLast = ENDS_WITH_DIGIT.test(needle);
  for (let i = h.indexOf(n, from); i >= 0; i = h.indexOf(n, i + 1)) {
    const before = codePointBefore(hay, i);
    const after = codePointAt(hay, i + n.length);
    if ((before !== undefined && isWordChar(before)) || (after !== undefined && isWordChar(after))) continue;
    if (digitFirst && GROUPED_BEFORE.test(hay.slice(Math.max(0, i - 3), i))) continue;
    if (digitLast && GROUPED_AFTER.test(hay.slice(i + n.length, i + n.length + 3))) continue;
    return i;
  }
  return -1;
}

export function containsWords(hay: string, needle: string): boolean {
  return containsFolded(folded(hay), folded(needle));
}

/** A string folded both ways containsWords needs, for texts compared many times over. */
export interface Folded {
  /** foldForMatch: same case, same length as the text for matching positions. */
  readonly text: string;
  /** Also lower-cased, for the quick substring test. */
  readonly lower: string;
}

export function folded(text: string): Folded {
  return { text: foldText(text), lower: fold(text) };
}

/** containsWords on texts folded beforehand. */
export function containsFolded(hay: Folded, needle: Folded): boolean {
  // A plain substring test first: most pairs share nothing.
  return needle.text.length > 0 && hay.lower.includes(needle.lower) && indexOfWords(hay.text, needle.text) >= 0;
}

/**
 * Replaces the first whole-word occurrence of `target` in `sentence` at or after `from` (an index into
 * the sentence) with `by`. Folding keeps lengths for already-normalised sentences, so indices agree.
 */
export function replaceWords(sentence: string, target: string, by: string, from = 0): string | undefined {
  const folded = foldText(sentence);
  if (folded.length !== sentence.length) return undefined;
  const needle = foldText(target);
  const at = indexOfWords(folded, needle, from);
  if (at < 0) return undefined;
  return sentence.slice(0, at) + by + sentence.slice(at + needle.length);
}

/** The display form of an entity in choices and at the start of sentences. */
export function displayName(entity: Entity): string {
  return capitalize(typographic(entity.name));
}

/** The entity's name inside a sentence: as the bank writes it ("the White House", "Joe Biden"). */
export function displayNameInSentence(entity: Entity): string {
  return typographic(entity.name);
}

/**
 * Common fields of a question about one or more facts: one source per fact (its own sentence and
 * paragraph), in article order; `evidence` and `paragraph` are the first source's.
 */
export function baseOf<T extends QuestionType>(ctx: BankContext, type: T, facts: readonly Fact[], prompt: string) {
  const refs = facts.map((f) => ({ f, s: ctx.sentence(f.evidence), p: ctx.position(f.evidence) }));
  const ordered = refs.slice().sort((a, b) => a.p - b.p);
  const sources: Source[] = ordered.map((r) => ({ factId: r.f.id, evidence: r.s.sentence, paragraph: r.s.paragraph }));
  return {
    type,
    prompt,
    factId: facts[0]!.id,
    factIds: facts.map((f) => f.id),
    factKind: facts[0]!.kind,
    skill: skillOf(facts[0]!),
    evidence: sources[0]!.evidence,
    paragraph: sources[0]!.paragraph,
    sources,
    points: POINTS[type],
  };
}

/** An answer option as a reader sees it: a capital first letter, no final full stop ("steps that ..." -> "Steps that ..."). */
export function asOption(text: string): string {
  const t = text.trim().replace(/[.]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The wrong options an author wrote, without one that reads as the answer or as an earlier option (case
 * and typography folded): distinctFrom('No', ['no', 'Yes', 'yes']) -> ['Yes'].
 */
export function distinctFrom(answer: string, items: readonly string[]): string[] {
  const seen = new Set([fold(answer)]);
  return items.filter((w) => {
    if (seen.has(fold(w))) return false;
    seen.add(fold(w));
    return true;
  });
}

/** A phrase as a list item or option: capital first letter, typographic quotes, no final full stop. */
export function asItem(text: string): string {
  return capitalize(typographic(text.replace(/\s+/g, ' ').trim().replace(/\.$/, '')));
}

/** Words a sentence may open with that point back to something it does not name ("He praised ..."). */
// "Such levels are enough to kill a person", "The group uncovered ...": what they point back to is in the sentence before
// (trial 240 had both as blanks); nor "Of these approximately 75 were approved" (trial 250).
const DANGLING =
  /^(he|she|they|it|this|that|these|those|his|her|their|its|such|the (?:group|agency|company|team)|(?:of|among) (?:these|those|them)(?!\s+(?:who|that|which)\b))\b/i;

/**
 * Whether a sentence can be shown on its own with a blank in it: short enough to read as a question
 * (not a 60-word sentence with a hole), and not opening with a pronoun whose antecedent it does not show.
 */
export function standsAlone(sentence: string, maxWords = 30): boolean {
  // "So they have been operating ...": a connective first does not give the pronoun its antecedent.
  const opening = sentence
    .trim()
    .replace(/^[\u201C"‘']/, '')
    .replace(/^(?:so|and|but|yet|then|still|also|now|instead|however|meanwhile),?\s+/i, '');
  // "Every 30 minutes, that line will move down": after a short opening phrase, the clause's own subject.
  const clause = opening.replace(/^[^,;:]{1,40},\s+/, '');
  return sentence.trim().split(/\s+/).length <= maxWords && !DANGLING.test(opening) && !DANGLING.test(clause);
}

/** Variants each question type can make of a fact, by type; a type missing here does not fit the fact. */
export type VariantTable = Partial<Record<QuestionType, string[]>>;

/** Makes the questions of one fact kind. */
export interface FactMaker<F extends Fact> {
  /** Deterministic: the types (and their variants) this fact can feed in this bank. */
  variants(ctx: BankContext, fact: F): VariantTable;
  /** One question; `variant` is one listed by `variants`, `rng` is this question's own stream. */
  build(ctx: BankContext, fact: F, type: QuestionType, variant: string, rng: import('../rng.js').Rng): QuestionBody;
  /**
   * When `variants` is empty: what this fact lacks, in words an author can act on ("needs 2 wrong
   * reasons under wrong: (the article gives 0 other reasons)"). lint, review and init show it.
   */
  needs?(ctx: BankContext, fact: F): string;
}

/** Words too common to carry a quote or make a fair blank. */
export const STOPWORDS = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been being it its this that these those their his her our your not no into over under about than then so such which who whom whose what when where while has have had do does did will would could should may might must can'.split(
    ' ',
  ),
);
