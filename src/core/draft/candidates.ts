// What the drafter knows of a name while it reads an article (a candidate entity and where it is mentioned) and
// the words that describe a person before their name, shared by the readers of speakers, deeds and statements.
import { type EntityKind, type Fact } from '../types.js';
import { ROLE_NOUNS } from './names.js';

/** Kin a possessive names: "Aitchison's father Norrie said ..." is Norrie speaking (retrial 260 gave it to Liam). */
export const KIN = new Set(
  'father mother son daughter wife husband brother sister uncle aunt cousin grandfather grandmother widow widower stepmother step-mother stepfather step-father partner fiancé fiancée'.split(
    ' ',
  ),
);

/** "The Colombian-French politician was greeted ...", "The 46-year-old mother of two said ...": a person as the subject, by what they are. */
export const PERSON_NOUNS = [
  ...ROLE_NOUNS,
  ...'politician woman man actress actor hostage mother father wife husband veteran star champion survivor teenager girl boy victim citizen'.split(
    ' ',
  ),
].join('|');
/** "Freed hostage Íngrid Betancourt arrived ...", "UK citizen Jim Swire believes ...": what a person is, before the name. */
export const DESCRIBED_BEFORE_NAME = new RegExp(
  `^(?:(?:The|A|An)\\s+)?(?:[\\p{L}\\p{N}.'’-]+\\s+){0,2}?(?:${PERSON_NOUNS})\\s+$`,
  'iu',
);

/** "Bayern's coach, ", "Apple's chief executive ": a body's role, before the name of the person who holds it. */
export function roleOfABody(before: string): boolean {
  const m =
    /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(
      before,
    );
  return m !== null && ROLE_NOUNS.has(m[1]!);
}

export interface Cand {
  name: string;
  kind: EntityKind;
  kindWhy: string;
  aliases: string[];
  role?: string;
  roleFrom?: string;
  roleEvidence?: string;
  /** A second role, from an apposition, when a title is written before the name too. */
  role2?: { role: string; evidence: string };
  /** Reading position of the first mention, for ordering. */
  order: number;
  notes: string[];
  id?: string;
  /** As the NLP library presumes it from the first name, for "she" and "he". */
  gender?: 'f' | 'm';
  /** Other answers right for a deed of this one: "United States" for "United States officials" (retrial 207). */
  acceptToo?: string[];
}

export interface Mention {
  /** Where the words naming it begin, a role written before the name included. */
  runStart: number;
  start: number;
  end: number;
  cand: Cand;
}

/** A fact before ids exist: each kind's fields without `id`. */
type FactBody = Fact extends infer F ? (F extends Fact ? Omit<F, 'id'> : never) : never;

export interface DraftFact {
  fact: FactBody;
  idHint: string;
  order: number;
  notes: string[];
  /** Entity references to fill in once ids exist. */
  refs?: { field: 'speaker' | 'entity' | 'members' | 'nonMembers' | 'actor'; cands: Cand[] }[];
  /** What the author must add before it can be asked: the fact waits in the commented block. */
  wait?: string;
}

export const PRONOUN_SUBJECT = /^(?:He|She|They|It)\b/;
/**
 * "It remains to be seen whether ...", "It is not clear why ...", "It was reported that ...": an "it" that stands for
 * the clause after it, not for a thing named before (trial 289 asked "What remains to be seen ...?" of a glacier).
 * Only before the clause: "It seems likely to miss its target", "It is expected to open in May" are the thing's.
 */
export const IMPERSONAL_IT =
  /^It\s+(?:remains\s+to\s+be\s+seen|(?:remains|seems|seemed|appears|appeared|(?:is|was|has been|had been|will be|would be)(?:\s+(?:not|now|still|also|yet|already))*)\s+(?:too\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|probable|expected|believed|thought|said|reported|known|unknown|feared|hoped|understood|estimated|important|necessary|difficult|hard|easy|true|certain|uncertain|early\s+to\s+(?:say|tell))\s+(?:that|whether|if|when|how|why|what|who|where)\b)/;

/** "Mr. Park", "Ms Lyttleton": a title only a person's name takes. */
export const COURTESY = String.raw`(?:Mr|Mrs|Ms|Miss|Mx)`;
/** A title that opens a sentence with the name after it: a courtesy title, "Dr.", "Prof.". */
export const TITLE_OPENING = new RegExp(String.raw`^(?:(?:${COURTESY}|Dr|Prof)\.?\s+)?$`);

/** "the White House" -> "White House", for ids. */
export const bare = (name: string) => name.replace(/^the\s+/i, '');

export interface Who {
  cand: Cand;
  why: string;
  /** The attribution verb written after the quote, when that is where the speaker was found. */
  verb?: string;
  /** A guess with no attribution behind it (the nearest name, the sentence's subject with no verb). */
  weak?: boolean;
  /** A body a possessive names with no name of its own ("Russia's defense ministry"), the sentence's subject. */
  ownBody?: boolean;
}
