// A learner's page ends its story with a glossary ("Words in This Story": "strenuous – adj. needing a lot of effort
// or energy"). Its meanings are the article's own, so each word the story uses is a vocabulary question the draft can
// finish: the story's sentence for context, the glossary's meaning as the answer, and the meanings of the glossary's
// other words of the same part of speech as the wrong options (they fit the sentence's grammar, not its sense).

/** One entry of a story's glossary. */
export interface GlossaryEntry {
  /** The word or phrase as the glossary writes it: "weekend warrior", "make ends meet". */
  word: string;
  /** What grammar its meaning fits: a noun's, a verb's ("to ..."), an adjective's or an adverb's. */
  part: 'noun' | 'verb' | 'adjective' | 'adverb' | 'other';
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
    const entry = i > heading ? entryOf(line) : undefined;
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of an entry and the forms a sentence may write it in: "chore" -> chores; "rake" -> raking, raked. */
function formsOf(word: string): string {
  const w = escape(word.toLowerCase());
  if (!/^[a-z]+$/.test(word.toLowerCase()) || word.length < 3) return w;
  if (/e$/.test(w)) return `(?:${w}(?:s|d|r|rs)?|${w.slice(0, -1)}ing)`;
  if (/[^aeiou]y$/.test(w)) return `(?:${w}(?:ing|s)?|${w.slice(0, -1)}(?:ies|ied|ier|iest))`;
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(w) ? `|${w}${w.slice(-1)}(?:ed|ing|er|ers)` : '';
  return `(?:${w}(?:s|es|ed|ing|er|ers)?${doubled})`;
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
 * A vocabulary draft for each glossary word the story uses: its first sentence that writes it, and up to three wrong
 * meanings from the glossary's other words of the same part of speech, the nearest in length first (a much longer
 * right answer would stand out). Fewer than two such meanings leave wrong empty for the author.
 */
export function glossaryVocabulary(entries: GlossaryEntry[], sentences: string[]): GlossaryVocabulary[] {
  const out: GlossaryVocabulary[] = [];
  for (const e of entries) {
    let written: string | undefined;
    const evidence = sentences.find((s) => (written = findWord(s, e.word)) !== undefined);
    if (!evidence || !written) continue;
    const wrong = entries
      .filter(
        (o) =>
          o !== e &&
          o.part === e.part &&
          e.part !== 'other' &&
          o.meaning.toLowerCase() !== e.meaning.toLowerCase() &&
          // A meaning that uses the word itself would point at it.
          findWord(o.meaning, e.word) === undefined,
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
