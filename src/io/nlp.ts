// The NLP library for `init`: compromise (pure JavaScript, no I/O, no model download), loaded here only,
// when `init` runs, so no other command's cold start pays for it. The core gets a plain function.
import type { PartOfSpeech } from '../core/draft/glossary.js';
import type { NameTagger } from '../core/draft/name-tags.js';

export async function loadNameTagger(): Promise<NameTagger> {
  const mod = (await import('compromise')) as unknown as { default?: CompromiseFn };
  const nlp = (typeof mod === 'function' ? mod : mod.default) as CompromiseFn;
  // init drafts again when it must leave facts out: the same text is read once.
  const seen = new Map<string, ReturnType<NameTagger>>();
  return (text: string) => {
    const known = seen.get(text);
    if (known) return known;
    const doc = nlp(text);
    const list = (view: CompromiseView) =>
      (view.out('array') as string[])
        .map((s) =>
          s
            .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
            .replace(/['’]s$/, '')
            .trim(),
        )
        .filter(Boolean);
    const people = doc.people();
    const tags = {
      people: list(people),
      places: list(doc.places()),
      organizations: list(doc.organizations()),
      female: list(people.presumedFemale()),
      male: list(people.presumedMale()),
    };
    seen.set(text, tags);
    return tags;
  };
}

interface CompromiseView {
  out(format: 'array'): unknown;
  people(): CompromiseView & { presumedFemale(): CompromiseView; presumedMale(): CompromiseView };
  places(): CompromiseView;
  organizations(): CompromiseView;
}
type CompromiseFn = (text: string) => CompromiseView;

/** A past-tense verb's base form, read in a clause so "received" is taken as a verb, not an adjective. */
export async function loadVerbBase(): Promise<(verb: string) => string | undefined> {
  const mod = (await import('compromise')) as unknown as { default?: CompromiseFn };
  const nlp = (typeof mod === 'function' ? mod : mod.default) as unknown as (text: string) => VerbDoc;
  return (verb: string) => {
    const doc = nlp(`they ${verb} them`);
    doc.verbs().toInfinitive();
    const base = doc.text().split(' ')[1];
    return base && /^\p{Ll}+$/u.test(base) ? base : undefined;
  };
}

interface VerbDoc {
  verbs(): { toInfinitive(): unknown };
  text(): string;
}

/**
 * Whether a lower-case word is in the NLP library's lexicon of common words: "electricity", "police" and "results" are,
 * "tesla" and "gauff" are not. A capital opening a sentence is kept on words it does not know (they are likely names).
 */
export async function loadCommonWords(): Promise<(word: string) => boolean> {
  const mod = (await import('compromise')) as unknown as { default?: CompromiseFn };
  const nlp = (typeof mod === 'function' ? mod : mod.default) as unknown as {
    model(): { one: { lexicon: Record<string, unknown> } };
  };
  const lexicon = nlp.model().one.lexicon;
  return (word: string) => Object.prototype.hasOwnProperty.call(lexicon, word);
}

/**
 * A word's part of speech in its sentence, as the NLP library tags it: "The weather was fine" -> adjective for "fine",
 * "Residents object to a plan" -> verb for "object". Undefined when the word is not found or has none of the four.
 */
export async function loadPartOfSpeech(): Promise<(sentence: string, word: string) => PartOfSpeech | undefined> {
  const mod = (await import('compromise')) as unknown as { default?: CompromiseFn };
  const nlp = (typeof mod === 'function' ? mod : mod.default) as unknown as (text: string) => {
    terms(): { json(): { text: string; terms: { normal: string; tags: string[] }[] }[] };
  };
  return (sentence, word) => {
    const want = word.toLowerCase();
    const term = nlp(sentence)
      .terms()
      .json()
      .find((t) => t.terms[0]?.normal === want || t.text.toLowerCase().replace(/[^\p{L}'’-]/gu, '') === want)?.terms[0];
    const tags = new Set(term?.tags ?? []);
    return tags.has('Verb')
      ? 'verb'
      : tags.has('Noun')
        ? 'noun'
        : tags.has('Adjective')
          ? 'adjective'
          : tags.has('Adverb')
            ? 'adverb'
            : undefined;
  };
}
