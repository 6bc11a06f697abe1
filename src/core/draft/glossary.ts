// A learner's page ends its story with a glossary ("Words in This Story": "strenuous – adj. needing a lot of effort
// or energy"). Its meanings are the article's own, so each word the story uses is a vocabulary question the draft can
// finish: the story's sentence for context, the glossary's meaning as the answer, and the meanings of the glossary's
// other words of the same part of speech as the wrong options (they fit the sentence's grammar, not its sense).

/** A glossary's entry under a story: "species – n. a group of animals or plants ...". */
export const GLOSSARY_ENTRY = /^[^\s].{0,60}?\s[–—-]\s(?:n|v|adj|adv|prep|conj|pron|phrasal v|idiom)\.\s/;

/** One entry of a story's glossary. */
/** The parts of speech a glossary's meaning fits. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

export interface GlossaryEntry {
  /** The word or phrase as the glossary writes it: "weekend warrior", "make ends meet". */
  word: string;
  /** What grammar its meaning fits: a noun's, a verb's ("to ..."), an adjective's or an adverb's. */
  part: PartOfSpeech | 'other';
  /** Its first sense, as the glossary words it. */
  meaning: string;
}

/** A vocabulary fact drafted from the glossary: wrong is empty when the glossary has too few words like it. */
export interface GlossaryVocabulary {
  kind: 'vocabulary';
  evidence: string;
  word: string;
  meaning: string;
  wrong: string[];
}

// "species – n. a group ...", "make ends meet - idiom. to have ...", "set up – phrasal verb. to ...".
const ENTRY =
  /^(\S.{0,60}?)\s+[–—-]\s+(n|noun|v|verb|adj|adjective|adv|adverb|prep|conj|pron|phrasal v(?:erb)?|idiom|expression)\.?\s+(.{3,})$/i;

/**
 * The entries of the page's glossary, in the page's order. Example: "chore – n. a small job that is done regularly"
 * -> { word: "chore", part: "noun", meaning: "a small job that is done regularly" }.
 */
export function readGlossary(text: string): GlossaryEntry[] {
  const lines = text.split(/\r\n?|\n/).map((l) => l.trim());
  const heading = lines.findIndex((l) => /^words in (?:this|the) story:?$/i.test(l));
  // Without the heading, only a run of two entries or more reads as a glossary, not one line that looks like one.
  const entries: GlossaryEntry[] = [];
  let run: GlossaryEntry[] = [];
  lines.forEach((line, i) => {
    // Without the heading, only entries as a glossary writes them: a lower-case word and a meaning with no figure, not
    // a fixture list's "Saturday – v Burnley at Old Trafford, 3pm" (the review of s30).
    const found = i > heading ? entryOf(line) : undefined;
    const entry =
      found && (heading >= 0 || (/^\p{Ll}/u.test(found.word) && /^\p{Ll}/u.test(found.meaning) && !/\d/.test(line)))
        ? found
        : undefined;
    if (entry) run.push(entry);
    if (!entry && line) {
      if (heading >= 0 || run.length >= 2) entries.push(...run);
      run = [];
    }
  });
  if (heading >= 0 || run.length >= 2) entries.push(...run);
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.word.toLowerCase()) && seen.add(e.word.toLowerCase()));
}

function entryOf(line: string): GlossaryEntry | undefined {
  const m = ENTRY.exec(line.replace(/^[•*·-]\s+/, ''));
  if (!m) return undefined;
  const word = m[1]!
    .replace(/\((?:s|es)\)$/, '')
    .replace(/[:,]$/, '')
    .trim();
  // The first sense: the glossary joins its senses with " : " or ";", and adds examples in brackets or quotes.
  const meaning = m[3]!
    .split(/\s:\s|;\s/)[0]!
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s*["“][^"”]*["”]/g, '')
    .replace(/[\s.,:;]+$/, '')
    .trim();
  if (!/\p{L}/u.test(word) || word.split(/\s+/).length > 6 || meaning.split(/\s+/).length < 2) return undefined;
  const label = m[2]!.toLowerCase();
  const part: GlossaryEntry['part'] = /^to\s/i.test(meaning)
    ? 'verb'
    : label.startsWith('n')
      ? 'noun'
      : label.startsWith('adj')
        ? 'adjective'
        : label.startsWith('adv')
          ? 'adverb'
          : label.startsWith('v') || label.startsWith('phrasal')
            ? 'verb'
            : 'other';
  return { word, part, meaning: meaning.length > 300 ? meaning.slice(0, 300).replace(/\s+\S*$/, '') : meaning };
}

/** Two meanings that share half the longer words of either ("place", "people", "camp"). */
function alike(a: string, b: string): boolean {
  const stems = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4)
        .map((w) => w.replace(/(?:es|s)$/, '')),
    );
  const x = stems(a);
  const y = stems(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared > 0 && shared * 2 >= Math.min(x.size, y.size);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of an entry and the forms a sentence may write it in: "chore" -> chores; "rake" -> raking, raked. */
function formsOf(word: string): string {
  const w = escape(word.toLowerCase());
  if (!/^[a-z]+$/.test(word.toLowerCase()) || word.length < 3) return w;
  // Not "-er": "miners", "leaders", "batter" are other words than "mine", "lead", "bat" (the review of s30).
  if (/e$/.test(w)) return `(?:${w}(?:s|d)?|${w.slice(0, -1)}ing)`;
  if (/[^aeiou]y$/.test(w)) return `(?:${w}(?:ing|s)?|${w.slice(0, -1)}(?:ies|ied))`;
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(w) ? `|${w}${w.slice(-1)}(?:ed|ing)` : '';
  return `(?:${w}(?:s|es|ed|ing)?${doubled})`;
}

/** Where the story writes the entry's word, in the form it uses: "weekend warriors" for "weekend warrior". */
export function findWord(sentence: string, word: string): string | undefined {
  const parts = word
    .replace(/^to\s+/i, '')
    .split(/\s+/)
    .filter((w) => !/^(?:someone|something|somebody|one's|someone's)$/i.test(w));
  if (parts.length === 0) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(formsOf).join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
  return re.exec(sentence)?.[0];
}

/**
 * The word where the sentence uses it as the glossary's part of speech: a noun not after "to" or a modal ("may have
 * to bear the cost" is no bear), not as "-ing" or "-ed"; a verb not after an article or a possessive ("the mine").
 */
function usedAs(
  sentence: string,
  e: GlossaryEntry,
  partOfSpeech?: (sentence: string, word: string) => PartOfSpeech | undefined,
): string | undefined {
  const written = findWord(sentence, e.word);
  if (written === undefined) return undefined;
  // The NLP library's tag, where the shell passes it: "The weather was fine" is no fine to pay, "Residents object to"
  // no object (the second review of s30). A phrase of several words is taken as the glossary gives it.
  if (partOfSpeech && e.part !== 'other' && !/\s/.test(written)) {
    const tag = partOfSpeech(sentence, written);
    if (tag !== e.part) return undefined;
  }
  const at = sentence.indexOf(written);
  const wordBefore = sentence.slice(0, at).trimEnd().split(/\s+/).at(-1) ?? '';
  const before = wordBefore.toLowerCase();
  const after = sentence.slice(at + written.length);
  // An "-s" ending the glossary's word does not have: a plural or a verb's present.
  const addedS = /s$/i.test(written) && !/s$/i.test(e.word);
  if (e.part === 'verb') {
    // "won pay raises": a verb's "-s" form after a word that is no subject is a plural noun.
    if (
      addedS &&
      !/^(?:he|she|it|who|that|which|also|often|never|always|usually|now|still|\p{Lu}\p{L}*)$/u.test(wordBefore)
    )
      return undefined;
    // "children's books", "the mine": a possessive or an article before it makes it a noun.
    if (/['’]s?$/.test(before) || /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)$/.test(before))
      return undefined;
  }
  if (e.part === 'noun') {
    // "The state hosts the youth games": an "-s" form before an article or a possessive is a verb with its object
    // (the third review).
    if (addedS && /^\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b/i.test(after)) return undefined;
    // "The weather was fine", "very fine", "may have to bear the cost": no copula, degree word, "to" or modal before a
    // noun; nor an "-ing" or "-ed" the glossary's word does not have.
    if (
      /^(?:is|are|was|were|be|been|being|seems|seemed|looks|looked|very|so|too|quite)$/.test(before) ||
      /^(?:to|will|would|can|could|may|might|must|should|shall|do|does|did|not|never|n['’]t)$/.test(before) ||
      (/(?:ing|ed)$/i.test(written) && !/(?:ing|ed)$/i.test(e.word))
    )
      return undefined;
  }
  return written;
}

/**
 * A vocabulary draft for each glossary word the story uses: its first sentence that writes it, and up to three wrong
 * meanings from the glossary's other words of the same part of speech, the nearest in length first (a much longer
 * right answer would stand out). Fewer than two such meanings leave wrong empty for the author.
 */
export function glossaryVocabulary(
  entries: GlossaryEntry[],
  sentences: string[],
  partOfSpeech?: (sentence: string, word: string) => PartOfSpeech | undefined,
): GlossaryVocabulary[] {
  const out: GlossaryVocabulary[] = [];
  for (const e of entries) {
    let written: string | undefined;
    const evidence = sentences.find((s) => (written = usedAs(s, e, partOfSpeech)) !== undefined);
    if (!evidence || !written) continue;
    const wrong = entries
      .filter(
        (o) =>
          o !== e &&
          o.part === e.part &&
          e.part !== 'other' &&
          o.meaning.toLowerCase() !== e.meaning.toLowerCase() &&
          // A meaning that uses the word itself would point at it.
          findWord(o.meaning, e.word) === undefined &&
          // "a place where people camp" beside "an area with places for many people to camp": near the same meaning,
          // a second right answer (the review of s30).
          !alike(o.meaning, e.meaning),
      )
      .map((o) => o.meaning)
      .sort((a, b) => Math.abs(a.length - e.meaning.length) - Math.abs(b.length - e.meaning.length))
      .slice(0, 3);
    out.push({
      kind: 'vocabulary',
      evidence,
      word: written,
      meaning: e.meaning,
      wrong: wrong.length >= 2 ? wrong : [],
    });
  }
  return out;
}
