// Whether a candidate name is a person: the spellings of one person ("Josh A. Cassada", "Emilio"/"Amilio"), and
// the words around a name that show a person acting or speaking rather than a body, a place or a thing.
import { escapeRegExp } from '../text.js';
import { type Cand } from './candidates.js';
import { type NameRun, ROLE_NOUNS } from './names.js';

/**
 * Letters that are a name's initials but for one ("HOPES" of Hospitality Opportunities for People Reentering
 * Society, "CONAE" of Comisión Nacional de Actividades Espaciales): all but one found in order among its capitals.
 */
export function nearlyInitials(letters: string, capitals: string): boolean {
  if (letters.length < 3 || Math.abs(letters.length - capitals.length) > 1) return false;
  let at = 0;
  let found = 0;
  for (const ch of letters) {
    const i = capitals.indexOf(ch, at);
    if (i < 0) continue;
    found++;
    at = i + 1;
  }
  return found >= letters.length - 1;
}

/** "al-Obeidi", "el-Sayed": the article before a surname, which a later mention may leave out. */
/** A surname's lower-case particle: "de Lima", "van Gogh", "von Braun", "bin Salman". */
export const SURNAME_PARTICLE = /^(?:de|da|di|del|della|dos|das|do|du|van|von|der|den|le|la|bin|ibn|ter|ten)\s+\p{Lu}/u;
export const ARTICLE_BEFORE_SURNAME = /^(?:al|el|ul|ad|ar|as|at|az|an|ash)-(?=\p{Lu})/u;

/** Not a body's deed or people after its letters ("a VASP flight", "a NASA official"): the body's still. */
export const BODYS_OWN =
  /^\s+(?:flight|plane|jet|aircraft|airliner|official|spokesman|spokeswoman|spokesperson|office|team|report|statement|employee|worker|staff|member|scientist|researcher|engineer|study|survey|program|mission|satellite|spacecraft)s?\b/;

/** "They" is many: never the country, nor the one person, the sentence before named ("U.S. officials ... They"). */
export function theyCanMean(c: Cand | undefined): boolean {
  return c?.kind !== 'country' && c?.kind !== 'person';
}

/** Where `words` stand in `text` as whole words ("Exoplanets", not the start of "Exoplanetary"). */
export function wordsIn(text: string, words: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'gu'))] as RegExpExecArray[];
}

/** Verbs of speaking that sit beside a speaker's name: "Horgan said", "said Briony Horgan", "according to ...". */
const SAYS_AFTER =
  /^[,\s]*(?:\([^)]*\)\s*)?(?:said|says|told|tells|added|adds|asked|asks|explained|explains|noted|notes|wrote|writes|argued|argues|recalled|recalls|agreed|agrees)\b/;
const SAYS_BEFORE = /\b(?:said|says|told|tells|added|adds|asked|asks|explained|noted|wrote|according to)\s+$/;
/** "Kim Jong-un issued an order": a deed done, its verb right after the name. */
export const DID_AFTER =
  /^\s+(?:(?:was|were|has been|had been)\s+(?:elected|appointed|named|arrested|killed|injured|wounded|born|charged|sentenced|jailed|released|hired|fired|awarded|promoted|interviewed|quoted|detained)|(?:(?:has|had|have|also|then|later)\s+)?(?:\p{Ll}{3,}ed|met|led|took|made|gave|won|lost|wrote|left|sent|spoke|went|came|began|became|ran|chose|sought|fought|brought|held))\b/u;
/** A role noun, one or several, just before a name: "curators Hannah Berg and", "deputy director, ". */
export let roleBeforePattern: RegExp | undefined;
function roleBefore(): RegExp {
  roleBeforePattern ??= new RegExp(
    // "two UCLA professors – Gary Orfield and Ryan Pfleger": a dash or a colon may stand between (trial 117 lost Pfleger).
    `\\b(?:${[...ROLE_NOUNS].join('|')})s?(?:,\\s*|(?:\\s*[–—:]\\s*|\\s+)(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}(?:and\\s+)?)$`,
    'iu',
  );
  return roleBeforePattern;
}
/** "Moi's rule", "Farley's team": what belongs to a person, after the possessive. */
const PERSONS_THING =
  /^['’]s\s+(?:rule|government|administration|presidency|wife|husband|family|son|daughter|father|mother|death|office|campaign|lawyer|spokesman|spokeswoman|spokesperson|career|life|home|team|visit|election|leadership|friend|colleague|book|speech|remarks|comments)\b/;
/** ", a scientist from Purdue", ", the mission's deputy": an apposition says who someone is. */
const APPOSITION = /^,\s+(?:a|an|the|who|whose)\s/;
/** Whose people a name says when a plural noun of people follows it: "NASA researchers", "U.S. officials". */
export const PEOPLE_NOUN_AFTER =
  /^\s+(?:researchers|scientists|officials|experts|engineers|astronomers|investigators|doctors|police|troops|soldiers|forces|workers|staff|students|teachers|leaders|lawmakers|authorities|members|teams?)\b/;
/**
 * "Zareh Ghazarian, Social Sciences Lecturer at Monash University, wrote": an apposition that holds a role noun, then a
 * verb of saying ("Fortescue Metals, its smaller rival, said" is no person's; review of s22).
 */
function saysAfterApposition(after: string): boolean {
  const m =
    /^,\s+([^,;"“”]{3,80}),\s+(?:said|says|told|tells|added|adds|explained|explains|noted|notes|wrote|writes|argued|argues)\b/.exec(
      after,
    );
  return m !== null && m[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()));
}

/**
 * Whether the article treats a name of two capitalised words as a person's: speaking or acting beside it, an
 * apposition after it, or its last word alone speaking elsewhere ("Horgan said"). "Bunsen Peak" and "Mars Samples" have
 * none of these.
 */
export function actsAsPerson(
  name: string,
  uses: readonly { s: { sentence: string }; run: NameRun }[],
  sentences: readonly { sentence: string }[],
): boolean {
  // "Daniel arap Moi", "Ludwig van Beethoven": a particle between capitals is a person's name.
  // Not "of", "for" or "and": "Voice of America Khmer" is a body's name (trial 27).
  if (/\s(?:van|von|der|den|de|da|das|dos|del|della|di|du|la|le|bin|ibn|al|el|arap|ter|ten|y)\s/u.test(name))
    return true;
  for (const u of uses) {
    // '..., said a BBC executive, Caroline Thomson.': the name after a speaker's description (trial 46).
    // '..., said RAD’s principal investigator, Don Hassler of the Boulder ... office of ...' too (trial 147 lost him,
    // and gave his words to the instrument).
    if (
      /\b(?:said|says|told|added)\s+(?:a|an|the|\p{Lu}[\p{L}\p{N}&.-]*['’]s)\s+[^,"“”]{2,80},\s+$/u.test(
        u.s.sentence.slice(0, u.run.nameStart),
      ) &&
      /^\s*(?:[.,;]|\s+of\s|$)/.test(u.s.sentence.slice(u.run.nameEnd))
    )
      return true;
    // "Among them is Jorge Catalan. He has lived in Mexico ...": the next sentence calls them "he" or "she".
    const at = sentences.indexOf(u.s);
    const next = at >= 0 ? sentences[at + 1] : undefined;
    if (next && /^(?:He|She)\s/.test(next.sentence) && !/\b(?:he|she|him|her)\b/i.test(u.s.sentence)) return true;
    const after = u.s.sentence.slice(u.run.nameEnd);
    const before = u.s.sentence.slice(0, u.run.nameStart);
    // "during Daniel arap Moi's rule", "Farley's team": what a person has.
    if (PERSONS_THING.test(after)) return true;
    // "museum curators Hannah Berg and Oskar Lind", "the deputy director, Anne Schuchat": a role before.
    if (roleBefore().test(before)) return true;
    // "Lydia Buchtmann for Food Standards Australia", "Peter Lam of the Fisheries Trade": whom they speak for.
    // "Ina Holm and Per Dahl of respectively the Centre Party and ...": both of a pair.
    if (
      // "Smith Dhamasoroja, of the National Disaster Warning Center Foundation, predicted" (trial 33) too.
      /^,?\s+(?:and\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+)?(?:of|from|for)\s+(?:respectively\s+)?(?:the\s+)?\p{Lu}/u.test(
        after,
      )
    )
      return true;
    if (
      SAYS_AFTER.test(after) ||
      SAYS_BEFORE.test(before) ||
      APPOSITION.test(after) ||
      DID_AFTER.test(after) ||
      saysAfterApposition(after)
    )
      return true;
  }
  // The surname used alone and speaking: the last word, or the first where the family name comes first ("Lai
  // Changxing ... Lai said"; trial 122 lost the full name and its alias).
  const words = name.split(/\s+/);
  return [words.at(-1)!, ...(words.length === 2 ? [words[0]!] : [])].some((part, k) => {
    const alone = new RegExp(
      `(?<!\\p{Lu}[\\p{L}'’-]*\\s)\\b${escapeRegExp(part)}\\b${k === 1 ? '(?!\\s\\p{Lu})' : ''}`,
      'u',
    );
    return sentences.some((x) => {
      const m = alone.exec(x.sentence);
      return (
        m !== null &&
        (SAYS_AFTER.test(x.sentence.slice(m.index + part.length)) || SAYS_BEFORE.test(x.sentence.slice(0, m.index)))
      );
    });
  });
}

/** A one-word name the article has speak and calls "he" or "she", or gives an age ("Heng, in his 50s"; "Kanika, 30,"). */
export function speaksAsPerson(
  uses: readonly { s: { sentence: string }; run: NameRun }[],
  sentences: readonly { sentence: string }[],
): boolean {
  return uses.some((u) => {
    const after = u.s.sentence.slice(u.run.nameEnd);
    const before = u.s.sentence.slice(0, u.run.nameStart);
    if (/^,\s+(?:in\s+(?:his|her)\s+(?:early\s+|late\s+|mid-)?\d0s|aged\s+\d{1,3}|\d{1,3}),/.test(after)) return true;
    // "Schmetzer was naturally delighted with the way his side claimed ... “I think we played well,” he said.": a name
    // opening a sentence that gives it a "his", then "he said" in the next (trial 144 gave his words to a rival).
    const next = sentences[sentences.indexOf(u.s) + 1]?.sentence ?? '';
    if (
      u.run.nameStart === 0 &&
      // The "his" is the name's only with no other person on the way ("was sued by a farmer who said his crops").
      /^\s+(?:was|is|has|had|said|says|added|told|\p{Ll}+ed)\b(?:(?!\b(?:by|who|whom|which|that)\b)[^.;“”"]){0,120}\b(?:his|her)\b/u.test(
        after,
      ) &&
      /[”"]\s*,?\s*(?:he|she)\s+(?:said|says|added|told)\b/.test(next)
    )
      return true;
    // The pronoun must be the name's: "says Heng, who did not give his real name", not "Oxfam said the minister
    // had broken his promise".
    return (
      (SAYS_AFTER.test(after) || SAYS_BEFORE.test(before)) &&
      /^,\s+who\b[^.;]{0,80}\b(?:he|his|him|she|her)\b/i.test(after)
    );
  });
}

/**
 * Two names the same but for one letter of one word of five letters or more: a misspelling, not two people.
 *
 *   oneLetterApart('Lynn Boylann', 'Lynn Boylan') -> true; oneLetterApart('Jon Smith', 'John Smith') -> false
 */
export function oneLetterApart(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  if (wa.length !== wb.length) return false;
  const differ = wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i]!] as const]));
  if (differ.length !== 1) return false;
  const [x, y] = differ[0]!;
  // "Joseph Emilio Abaya" and "Joseph Amilio Abaya": a middle name between the same first and last may differ in its
  // first letter (trial 408 drafted two people, and keyed his own words false as the other's).
  const middle = wa.length >= 3 && x !== wa[0] && x !== wa.at(-1);
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1 || (x[0] !== y[0] && !middle)) return false;
  // "GRAIL-A" and "GRAIL-B", "Apollo-11" and "Apollo-12": a letter or figure set apart by a hyphen tells twins apart
  // (trial 421 made GRAIL-B another name of GRAIL-A).
  const px = x.split('-');
  const py = y.split('-');
  if (px.length === py.length && px.some((part, k) => part !== py[k] && Math.min(part.length, py[k]!.length) <= 2))
    return false;
  // One substitution, insertion or deletion.
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: string, q: string) => p.slice(i + 1) === q.slice(i + (p.length === q.length ? 1 : 0));
  return x.length >= y.length ? rest(x, y) : rest(y, x);
}

/**
 * "Environmentalist Mark Lynas said that ...": the role word that opens a sentence is no part of the name a
 * question gives ("According to Mark Lynas, ..."; trial 13).
 */
export function withoutRoleWord(text: string, cands: readonly Cand[]): string {
  for (const c of cands) {
    if (!c.role || !text.startsWith(`${c.role[0]!.toUpperCase()}${c.role.slice(1)} ${c.name}`)) continue;
    if (c.role.includes(' ')) continue;
    return text.slice(c.role.length + 1);
  }
  return text;
}
