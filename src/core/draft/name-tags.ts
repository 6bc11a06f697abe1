// Names an NLP library found in the article, passed in by the shell (src/io/nlp.ts loads it for `init`
// only), so the core stays free of the library and of any I/O. With none given, drafting falls back to
// the shape of the names and the small gazetteers.
import type { EntityKind } from '../types.js';
import type { KindGuess } from './names.js';
import { onPlaceLists, REGIONS_OF_COUNTRIES } from './places.js';

export interface NameTags {
  people: readonly string[];
  places: readonly string[];
  organizations: readonly string[];
  /** People the library presumes female or male from their first names ("Gloria", "Thomas"): for "she" and "he". */
  female?: readonly string[];
  male?: readonly string[];
}

/** Reads the names of a text: the shell's wrapper around an NLP library. */
export type NameTagger = (text: string) => NameTags;

/** Time zones are written in capitals like acronyms but name no organisation. */
export const TIME_ZONES = new Set([
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'AKST',
  'AKDT',
  'HDT',
  'HST',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'IST',
  'JST',
  'AEST',
  'AEDT',
]);

const norm = (s: string) =>
  s
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}\s.&-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface TagIndex {
  kindOf(name: string): KindGuess | undefined;
  isPerson(name: string): boolean;
  /** 'f' or 'm' when the library presumes it from the first name; else nothing. */
  genderOf(name: string): 'f' | 'm' | undefined;
}

const COMPASS = /^(.+?) (?:East|West|North|South|Central|North-?East|North-?West|South-?East|South-?West)$/u;
/**
 * Names the text itself calls a place: "the Kowloon East geographical constituency", "the Social Welfare
 * functional constituency", "the Riverside district". A capitalised run right before one of these nouns.
 */
const placesNamedIn = (text: string) =>
  namesBefore(
    text,
    /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’-]*\s+)+)(?:geographical\s+|functional\s+)?(?:constituency|constituencies|district)\b/gu,
  );

/**
 * Names the article writes before a noun for a made or measured thing: "the Enhanced Fujita scale", "the Richter
 * scale", "the Dow Jones index". No person, whatever the library reads (trial 54 drafted "Enhanced Fujita").
 */
const thingsNamedIn = (text: string) =>
  namesBefore(
    text,
    /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:scale|index|model|method|test|syndrome|disease|virus|effect|equation|theorem|principle|rating)\b/gu,
  );

/** The capitalised runs `re` captures before its noun, folded; no sentence-opening word, no possessive. */
function namesBefore(text: string, re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/);
    // "In the ... district": the sentence's opening word is no part of the name.
    while (words.length > 0 && /^(?:In|The|At|For|From|Of|On|This|That|Its|Their|His|Her)$/.test(words[0]!))
      words.shift();
    if (words.length > 0 && !words.some((w) => /['’]s?$/.test(w))) out.add(norm(words.join(' ')));
  }
  return out;
}

/**
 * "Kowloon East", "New Territories West": a compass word after a place's name (one the lists or the library
 * know, or a plural such as "Territories") names a district, not a person ("Kanye West" is left alone).
 */
function compassPlace(name: string, isPlace: (n: string) => boolean): boolean {
  const m = COMPASS.exec(name);
  if (!m) return false;
  const head = m[1]!;
  return isPlace(head) || onPlaceLists(head) || /\p{Ll}(?:ies|lands)$/u.test(head);
}

/**
 * "Gary Fan of the Neo Democrats", "Frederick Fung of ADPL": what a person (as the library reads them) is "of"
 * is their party or body, not another person. Places are left to the lists and the library.
 */
function affiliationsIn(text: string, isPerson: (n: string) => boolean): Set<string> {
  const out = new Set<string>();
  const re =
    /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Ll}+)?) of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;
  for (const m of text.matchAll(re)) {
    const body = m[2]!.replace(/['’]s?$/, '');
    // "of the Architectural, Surveying and Planning constituency": one name with commas in it, cut short here.
    if (/^,\s*\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    if (!isPerson(m[1]!) || onPlaceLists(body)) continue;
    out.add(norm(body));
  }
  return out;
}

export function indexTags(tags: NameTags | undefined, text = ''): TagIndex {
  const named = placesNamedIn(text);
  const things = thingsNamedIn(text);
  const sets = {
    person: new Set((tags?.people ?? []).map(norm)),
    place: new Set((tags?.places ?? []).map(norm)),
    org: new Set((tags?.organizations ?? []).map(norm)),
  };
  // A full name tags its last word too: "Scholz" after "Olaf Scholz".
  for (const p of [...sets.person]) {
    const parts = p.split(' ');
    if (parts.length > 1) sets.person.add(parts[parts.length - 1]!);
  }
  // The library cuts a hyphenated given name short ("Cheng Chung" for "Cheng Chung-tai"): its cut reading counts.
  const cutPeople = [...sets.person].filter((p) => p.includes(' ')).map((p) => `${p}-`);
  const affiliations = affiliationsIn(
    text,
    (n) => sets.person.has(norm(n)) || cutPeople.some((p) => norm(n).startsWith(p)),
  );
  const kindOf = (name: string): KindGuess | undefined => {
    if (REGIONS_OF_COUNTRIES.has(name)) return { kind: 'other', why: 'a state or province on the built-in list' };
    const n = norm(name);
    if (named.has(n)) return { kind: 'other', why: 'the article calls it a constituency or district' };
    if (things.has(n)) return { kind: 'other', why: 'a name the article writes before a noun for a thing ("scale")' };
    if (compassPlace(name, (h) => sets.place.has(norm(h))))
      return { kind: 'other', why: 'a place followed by a compass word: a district' };
    if (sets.org.has(n)) return { kind: 'organisation', why: 'the NLP library reads it as an organisation' };
    if (sets.place.has(n)) return { kind: 'other' as EntityKind, why: 'the NLP library reads it as a place' };
    if (affiliations.has(n)) return { kind: 'organisation', why: 'a person is written "of" it: their party or body' };
    if (sets.person.has(n)) return { kind: 'person', why: 'the NLP library reads it as a person' };
    return undefined;
  };
  const female = new Set((tags?.female ?? []).map(norm));
  const male = new Set((tags?.male ?? []).map(norm));
  const genderOf = (name: string): 'f' | 'm' | undefined => {
    const n = norm(name);
    const f = female.has(n);
    const m = male.has(n);
    return f === m ? undefined : f ? 'f' : 'm';
  };
  return { kindOf, isPerson: (name) => sets.person.has(norm(name)), genderOf };
}
