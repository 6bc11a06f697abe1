// Reported speech and deeds as facts: "X said that ..." as a statement, "Spain pledged ..." as an action, and the
// false versions built by swapping a same-slot value or the opposite word.
import { escapeRegExp } from '../text.js';
import { type EntityKind } from '../types.js';
import { bare, type Cand, IMPERSONAL_IT, type Mention } from './candidates.js';
import { clauseAfter, subjectStart } from './clauses.js';
import { DATELINE } from './furniture.js';
import { isAdjectiveWord, isCommonCapital } from './names.js';
import { PEOPLE_NOUN_AFTER, theyCanMean } from './person-checks.js';
import { CAPITAL_OF, COUNTRY_SHORT_NAMES, countryLongName } from './places.js';
import { CUT_BEFORE_WHAT_WAS_SAID } from './quote-checks.js';
import {
  affiliated,
  affiliation,
  described,
  firstWordIn,
  inList,
  isSource,
  LEANS_ON_BEFORE,
  onlyHears,
  orgFamily,
  ownedBy,
  partOf,
  saidAlikeOf,
  saysSameOf,
  slotValues,
  titled,
  trimClaim,
} from './sentence-reading.js';
import { GROUP_SUBJECT, headMention, namesPeople, placedIn } from './speakers.js';

/**
 * "North Korea stated it would attack ...", "Yesterday, North Korea fired ...", "He says he told them ...",
 * "The agreement was negotiated by Ibrahim Ben Kargbo": who did or said what.
 */
export function claimOf(
  sentence: string,
  ms: Mention[],
  personFor: (pronoun: string) => Cand | undefined,
  lastSubject: Cand | undefined,
  make: (name: string, kind: EntityKind) => Cand,
): { cand: Cand; also?: Cand[]; action: string; why: string } | undefined {
  const start = subjectStart(sentence);
  const head = sentence.slice(start);
  // "As the government has continued its legal assault ..., at least one employee has been ...": a clause
  // that opens with a subordinating word is no main clause; its subject did not do the sentence's deed
  // (trial 31 drafted an organisation "the as the government").
  if (/^(?:As|When|While|Although|Though|Because|Since|If|Once|Until|Unless|Whereas)\s/.test(head)) return undefined;
  let cand: Cand | undefined;
  let end = start;
  let why = 'the name that opens the sentence';
  const first = headMention(sentence, ms, start);
  const pro = IMPERSONAL_IT.test(head) ? null : /^(He|She|They|It)\b/.exec(head);
  const group = GROUP_SUBJECT.exec(head);
  const lead = ms.find((m) => m.runStart >= start);
  // "the New Zealand government announced ...": the name is a word of the group that acts. The place or body
  // it names is the actor, as a reader would answer ("New Zealand"), and its pool of distractors stays.
  const nameInGroup = Boolean(group && lead && start + group[0].length > lead.end);
  let also: Cand | undefined;
  // "United States officials confirmed ...": a country's people are a group of their own, as "Ukrainian officials"
  // are; a reader answers "US officials", not the country (trial 207 marked "United States officials" wrong).
  const people =
    nameInGroup && lead!.cand.kind === 'country'
      ? /\b(officials|authorities|troops|soldiers|diplomats|investigators)$/.exec(group![1]!)
      : null;
  if (people) {
    const names = [bare(lead!.cand.name), ...lead!.cand.aliases.map(bare)];
    cand = make(`${names[0]} ${people[1]}`, 'group');
    // "Who confirmed the aircraft has been shot down?": "the United States" is right too.
    cand.acceptToo = [...new Set([...(cand.acceptToo ?? []), ...names])];
    for (const n of names.slice(1)) {
      const alias = `${n} ${people[1]}`;
      if (!cand.aliases.includes(alias) && alias !== cand.name) cand.aliases.push(alias);
    }
    end = start + group![0].length;
    why = `the subject of the sentence, "${group![0]}"`;
  } else if (nameInGroup && lead!.cand.kind !== 'other' && lead!.cand.kind !== 'person') {
    cand = lead!.cand;
    end = start + group![0].length;
    why = `the name that opens the sentence, "${group![0]}"`;
  } else if (first && lead && !nameInGroup && /^(?:[Tt]he )?$/.test(sentence.slice(start, lead.runStart))) {
    // "The GPS collars also let ranchers ...": the name describes the noun that acts (trial 8).
    if (
      // "NASA scientists said ...": the scientists spoke, not NASA (trial 53 asked "Who scientists said ...?").
      // "The JunoCam results recently appeared in ...": an adverb may stand before the verb (trial 95).
      // "Chicago politicians this past weekend asked ...": a time phrase may too (trial 142 asked "Who politicians ...?").
      /^\s+\p{Ll}{3,}s\s+(?:(?:this|last|on|earlier|late)\s+(?:past\s+)?\p{L}+\s+|\p{Ll}+ly\s+)?(?:also|often|now|still|can|could|will|would|may|might|must|have|had|are|were|do|did|let|help|helped|show|showed|said|say|told|found|think|believe|\p{Ll}+ed)\b/u.test(
        sentence.slice(first.end),
      ) &&
      !/^\s+(?:says|adds|notes|reports|states|claims|argues|believes|thinks|is|was|has|does)\b/.test(
        sentence.slice(first.end),
      )
    )
      return undefined;
    // "NOAA forecasters expect warmer-than-normal temperatures ...": any verb after a noun for people the name
    // describes (trial 381 asked "Who forecasters expect ...?").
    const peopleAfter = /^\s+(\p{Ll}{4,}s)\s+(\p{Ll}+)\b/u.exec(sentence.slice(first.end));
    if (
      peopleAfter &&
      namesPeople(peopleAfter[1]!) &&
      !/^(?:of|in|at|from|for|and|or|who|that|which|with|to|on|by|says|adds|notes|is|was|has|does)$/.test(
        peopleAfter[2]!,
      )
    )
      return undefined;
    cand = first.cand;
    end = first.end;
    // "Thomas Watters of the U.S. Smithsonian Institution led the new research": the body a person is of stands
    // between the name and the verb (retrial 20 found no action there).
    const of = ms.find(
      (m) => m.runStart >= first.end && /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(sentence.slice(first.end, m.runStart)),
    );
    if (of && first.cand.kind === 'person' && clauseAfter(sentence, start, of.end)) end = of.end;
    // "NOAA and the State of Connecticut designated ...": both did it. Each is drafted as a doer of the same
    // deed, so neither is offered as a wrong answer to the other's question and either is a right short answer.
    const next = ms.find((m) => m.runStart >= first.end);
    // A doer of no kind a question offers ("the State of Connecticut", read as a place) stays out: it is never
    // a wrong answer either.
    if (
      next &&
      next.cand !== first.cand &&
      /^\s+and\s+(?:the\s+)?$/.test(sentence.slice(first.end, next.runStart)) &&
      // "NOAA and NASA researchers detect and measure ...": the two names say whose researchers act (trial 272 asked
      // "Who researchers detect ...?" with NASA alone as its key).
      PEOPLE_NOUN_AFTER.test(sentence.slice(next.end))
    )
      return undefined;
    if (
      next &&
      next.cand !== first.cand &&
      /^\s+and\s+(?:the\s+)?$/.test(sentence.slice(first.end, next.runStart)) &&
      clauseAfter(sentence, start, next.end)
    ) {
      if (next.cand.kind !== 'other') also = next.cand;
      end = next.end;
      why = 'one of the names joined by "and" that open the sentence';
    }
  } else if (pro) {
    cand = pro[1] === 'He' || pro[1] === 'She' ? personFor(pro[1]) : lastSubject;
    // "It" is one body or thing, never a group the article names by a plural ("Ranchers"; trial 8).
    if (pro[1] === 'It' && cand?.kind === 'group') return undefined;
    // "U.S. officials told VOA ... They added ...": "They" is the officials, never the country or one person named
    // before (trial 93 gave four deeds to the United States).
    if (pro[1] === 'They' && !theyCanMean(cand)) return undefined;
    // "They traveled around Russia together visiting imprisoned dissidents": "together" is several people, never the
    // paper named last (trial 138 asked "Who traveled around Russia together ...?" with the Washington Post as key).
    if (
      pro[1] === 'They' &&
      cand?.kind !== 'group' &&
      /^\s*\p{Ll}+\b[^.]*\b(?:together|each other|one another|both)\b/u.test(sentence.slice(start + pro[0].length))
    )
      return undefined;
    end = start + pro[0].length;
    why = `"${pro[1]}", read as the subject of an earlier sentence`;
  } else if (group) {
    const words = group[1]!.split(' ');
    if (words.length > 1 && !/^[A-Z]/.test(words[0]!) && !['the'].includes(words[0]!)) return undefined;
    // "Another American company ... is Boom Supersonic": a description with no name, no body of its own.
    if (/^(?:Another|Each|Every|Some|Many|Other|One|Several|Both|Most|All|No|Any|Such)\b/.test(group[1]!))
      return undefined;
    // "So the agency built ...", "The team said ...": the connective and the article are no part of the name.
    // "Health officials" opening a sentence: the capital is the sentence's, not a name's.
    const noun = group[1]!
      // "For decades researchers have studied ...": a time phrase before the noun is no part of it (trial 83
      // drafted a group "the for decades researchers").
      .replace(/^(?:For|In|Over|After|Before|Since|During)\s+\p{Ll}+\s+(?=\p{Ll})/u, '')
      .replace(/^(?:So|But|And|Then|Yet|Also|Still)\s+/, '')
      .replace(/^[Tt]he\s+/, '')
      // "Soviet authorities", "American officials": a people's or a country's adjective keeps its capital (trial 138's
      // key printed "the soviet authorities").
      .replace(/^\p{Lu}\p{Ll}+(?=\s+\p{Ll})/u, (w) =>
        start === 0 &&
        !/^(?:[Tt]he|So|But|And|Then|Yet|Also|Still)\s/.test(group[0]) &&
        // "Public health officials" is no people's adjective, "Soviet authorities" is.
        !(isAdjectiveWord(w) && !/(?:ic|ern)$/.test(w))
          ? w.toLowerCase()
          : w,
      );
    // "The researchers found that ...", "Scientists said ...": the people of the story's study are every
    // "Who ...?"'s answer and no name to offer beside others (trials 53 and 55 deleted each such question).
    if (/^(?:researchers|scientists|astronomers|experts|authors|analysts|team)$/i.test(noun)) return undefined;
    cand = make(`the ${noun}`, /s$/.test(noun) ? 'group' : 'organisation');
    end = start + group[0].length;
    why = 'the subject of the sentence, a group the article names by a noun';
  }
  if (!cand) {
    // "The agreement was negotiated by Ibrahim Ben Kargbo": a thing the passive's subject, its doer after "by".
    const thing =
      /^(?:The|An?|This|That|Its|Their|His|Her)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?=\s+(?:has been|have been|had been|was|were|is|are|will be)\s)/u.exec(
        head,
      );
    const passive = thing ? clauseAfter(sentence, start, start + thing[0].length) : undefined;
    const by = ownedBy(
      sentence,
      ms,
      passive?.byStart === undefined ? undefined : ms.find((m) => m.runStart === passive.byStart),
    );
    // "The study was supported by JPL, Caltech and NASA": several doers; "Who supported the study?" keyed to the
    // first marks the others wrong (trial 28).
    const several = by && SEVERAL_DOERS.test(sentence.slice(by.end));
    if (by && passive && !several)
      return { cand: by.cand, action: passive.action, why: 'the name after "by" in a passive sentence' };
    // "It said President Ernest Bai Koroma had ordered an investigation": whoever "It" is, the deed is Koroma's.
    const says = /^(?:It|He|She|They)\s+((?:said|says|stated|reported)\s.*)$/.exec(head);
    return says ? reportedDoer(sentence, says[1]!, ms) : undefined;
  }
  const clause = clauseAfter(sentence, start, end);
  if (!clause) return undefined;
  if (clause.byStart !== undefined) {
    const by = ownedBy(
      sentence,
      ms,
      ms.find((m) => m.runStart === clause.byStart || m.start === clause.byStart),
    );
    if (!by || SEVERAL_DOERS.test(sentence.slice(by.end))) return undefined;
    return { cand: by.cand, action: clause.action, why: 'the name after "by" in a passive sentence' };
  }
  const reported = reportedDoer(sentence, clause.action, ms);
  if (reported) return reported;
  // "Who did what" needs a doer: not a passive without "by" ("was lost", "has already been retired"), a
  // state ("spans 52,160 acres") or a bare name after "said" ("said John Kerry"). The sentence may still
  // make a statement.
  if (NOT_A_DEED.test(clause.action)) return undefined;
  // "The Omni Hotel ... also sustained damage": a short deed "also" done is one others did too, and "Who sustained
  // damage?" has several answers (trial 54).
  if (
    clause.action.split(/\s+/).length <= 4 &&
    new RegExp(`\\balso\\s+${escapeRegExp(clause.action.split(/\s+/)[0]!)}\\b`).test(sentence)
  )
    return undefined;
  // "tweeted using his account:" introduces what follows; "observed that the hashtag on Twitter" was cut
  // before its verb: neither is a deed a reader could be asked about.
  if (/:\s*$/.test(clause.action) || unfinishedThat(clause.action)) return undefined;
  // "said that" cut before what was said (a quotation follows): nothing a reader could be asked about.
  if (
    /^(?:said|says|stated|states|added|adds|reported|reports|told\s+\S+|noted|notes)(?:\s+that)?[\s,:]*$/.test(
      clause.action,
    )
  )
    return undefined;
  // "Whitmore stated Montalvo left the Sea Org": the question would test who reported it, not what happened.
  if (
    REPORTS_NAME.test(clause.action) &&
    !reportsPeoplesAdjective(clause.action) &&
    !/^(?:said|says|stated)\s+(?:that\s+)?(?:The|A|An|In|On|At|By|If|When)\b/.test(clause.action)
  )
    return undefined;
  // "said that by changing fence boundaries": the that-clause was cut at its opening phrase, before the
  // clause itself (trial 8); what was said is no deed of the speaker either way.
  if (
    /^(?:said|says|stated|states|added|adds|noted|notes|explained|explains|told\s+\S+)\s+that\s+(?:by|if|when|after|before|in|as|with|despite|during|because|while|since|although|though|for|on)\b/.test(
      clause.action,
    )
  )
    return undefined;
  // "said they apply to letters of complaint": whom "they" means is in another sentence; the question
  // "Who said they apply ...?" would not say.
  if (/^(?:said|says|told \w+|added|believes|thinks)\s+(?:that\s+)?(?:they|these|those|this)\b/.test(clause.action))
    return undefined;
  // "Iodine released from these chemicals into milk has dropped": a participle describing the subject;
  // the verb comes later and the subject did not do the first one.
  if (
    /^\p{Ll}+ed\s+(?:from|by|into|in|at|to|with|for|on)\b.*\b(?:has|have|had|is|are|was|were|will)\b/u.test(
      clause.action,
    )
  )
    return undefined;
  // "Agência Estado reports the Legacy pilot ... told police ...": what an outlet reports is the news, and
  // "Who reports ...?" tests who relayed it (trial 30); the reported deed is asked as its doer's where named.
  if (/^(?:reports|reported|is reporting|has reported)\s+(?!on\b)/.test(clause.action)) return undefined;
  // A verb phrase cut before its second clause ends on no "and" ("... to fly at 37,000 feet and"), and stops
  // before a clause of its own ("... condemning the dispute, and demonstrators gathered in the streets ...";
  // trial 36).
  const action = clause.action
    .slice(0, 500)
    .replace(/,\s+and\s+(?:the\s+|some\s+|many\s+)?\p{Ll}+\s+(?:\p{Ll}+ed|were|was|have|had|are)\b.*$/u, '')
    .replace(/[\s,]+(?:and|or|but)$/, '');
  // "France and Italy have announced along with the United Kingdom that ...": the one "along with" names did it
  // too, and names no part of the deed (trial 90 offered the UK as a wrong answer).
  const alongWith = also
    ? /^(\S+(?:\s+\S+)?)\s+along with\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+/u.exec(action)
    : null;
  const withWhom = alongWith ? `along with ${alongWith[2]}` : '';
  const at = alongWith ? sentence.indexOf(withWhom) : -1;
  const third = at >= 0 ? ms.find((m) => m.start >= at && m.end <= at + withWhom.length) : undefined;
  if (alongWith && third && third.cand !== cand && third.cand !== also)
    return {
      cand,
      also: [also!, third.cand],
      action: `${alongWith[1]} ${action.slice(alongWith[0].length)}`,
      why,
    };
  return { cand, ...(also ? { also: [also] } : {}), action, why };
}

/** What follows a body's letters in its full name without making it another body: "NBC News", "BP Group". */
// Not "Network", "TV": "NFL Network" is the league's channel, not the NFL (the review of s26).
export const OUTLET_SUFFIX = /^(?:News|Corp\.?|Corporation|Inc\.?|Company|Co\.?|Group|Ltd\.?)$/;

/** ", California Institute of Technology and NASA", " and the NASA": more names after the one after "by". */
const SEVERAL_DOERS = /^\s*(?:,\s*(?:and\s+)?(?:the\s+)?\p{Lu}|\s+and\s+(?:the\s+)?\p{Lu})/u;

/** Words before the one a report is about: "DeBatto reported that (Sergeant) Ford". */
export const REPORTED_ON =
  /\b(?:said|says|reported|reports|indicated|indicates|stated|states|claimed|claims|alleged|alleges|wrote|noted|explained|told\s+\w+)\s+that\s+$/;
/** "He is looking into ...", not "He added ...": a pronoun subject doing something other than speaking. */
export const PRONOUN_DOES =
  /^(?:He|She)\s+(?!(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|tells|noted|notes|stated|states|explained|explains|continued|argued|claimed|claims|wrote|reported|reports|indicated|insisted|warned|urged|asked)\b)/;
/** A verb that reports what someone else did or said: "said (that)", "told reporters (that)". */
const REPORTING = String.raw`(?:said|says|stated|states|reported|reports|told\s+\w+)\s+(?:that\s+)?`;
/** "stated Montalvo left ...": a reporting verb, then a name. */
// Not a day ("The Nigerian army said Thursday that its troops ...": when, not whom; trial 394 drafted nothing from it).
const REPORTS_NAME = new RegExp(
  String.raw`^${REPORTING}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}+\b`,
  'u',
);
/**
 * "says Liberian schools need counselors": a people's adjective before its noun after the reporting verb is what the
 * speaker says, no one else's deed (trial 287 drafted nothing from it); "Catholic schools", "Olympic athletes" too. Not
 * "said Iran has", "said Djokovic was".
 */
function reportsPeoplesAdjective(action: string): boolean {
  const m = new RegExp(String.raw`^${REPORTING}(\p{Lu}\p{Ll}+)\s+\p{Ll}`, 'u').exec(action);
  return m !== null && isAdjectiveWord(m[1]!);
}
/** "said President Koroma ...": a reporting verb, then a capital. */
const REPORTS_CAPITAL = new RegExp(String.raw`^${REPORTING}\p{Lu}`, 'u');
/** "said ": the words before the name a reporting verb introduces. */
const REPORTS_ONLY = new RegExp(String.raw`^${REPORTING}$`, 'u');

/**
 * A deed a sentence reports of someone it names: "The US State Department said John Kerry, the Secretary of
 * State, contacted Thailand's foreign minister" asks "Who contacted Thailand's foreign minister ...?". `said`
 * is the sentence's words from the reporting verb on.
 */
function reportedDoer(
  sentence: string,
  said: string,
  ms: Mention[],
): { cand: Cand; action: string; why: string } | undefined {
  if (!REPORTS_CAPITAL.test(said)) return undefined;
  const at = sentence.indexOf(said);
  const named = ms.find((m) => m.runStart > at && m.cand.kind === 'person');
  if (!named || !REPORTS_ONLY.test(sentence.slice(at, named.runStart))) return undefined;
  const inner = clauseAfter(sentence, named.runStart, named.end);
  if (
    !inner ||
    inner.byStart !== undefined ||
    NOT_A_DEED.test(inner.action) ||
    /^(?:said|says|told)\b/.test(inner.action)
  )
    return undefined;
  return { cand: named.cand, action: inner.action.slice(0, 500), why: 'the one the sentence reports did it' };
}

/**
 * '"Kim Jong-un issued an order that ...", it added': quoted words that open with a person's name and what
 * they did report a deed of that person, as "Who issued ...?" can ask. Not words in the first or second
 * person ("Smith took my seat"): whom they mean is the speaker's business.
 */
export function reportedDeed(
  sentence: string,
  q: { text: string; open: number; close: number },
  ms: Mention[],
  speaker: Cand,
): { cand: Cand; action: string } | undefined {
  const at = sentence.indexOf(q.text, q.open);
  const m = ms.find((x) => x.runStart === at && x.end < q.close);
  if (!m || m.cand.kind !== 'person' || m.cand === speaker) return undefined;
  const clause = clauseAfter(sentence.slice(0, at + q.text.length), m.runStart, m.end);
  if (!clause || clause.byStart !== undefined) return undefined;
  const action = clause.action.replace(/["“”']+$/, '').trim();
  if (NOT_A_DEED.test(action) || /\b(?:I|me|my|we|us|our|you|your)\b/.test(action)) return undefined;
  if (/^(?:said|says|told|tells|added|stated|believes|thinks)\b/.test(action)) return undefined;
  return { cand: m.cand, action };
}

/** "observed that the hashtag on Twitter": a that-clause with no verb in it. */
function unfinishedThat(action: string): boolean {
  const m = /\bthat\s+(.*)$/.exec(action);
  if (!m) return false;
  return !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|\p{Ll}+ed|\p{Ll}+s)\b/u.test(
    m[1]!.replace(/\b(?:the|a|an|this|its|their|his|her)\s+\p{Ll}+s\b/gu, ''),
  );
}

const NOT_A_DEED = new RegExp(
  [
    String.raw`^(?:(?:has|have|had|will|would|could|may|might)\s+)?(?:\w+ly\s+|already\s+|not\s+|also\s+)*(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|already\s+|not\s+|also\s+)*\w+(?:ed|en|wn|ne|lt|pt|st|ft|ght|id|un)\b(?!\s+by\b)`,
    // "El Niño involves warmer-than-average ocean temperatures": what a thing is, no deed (trial 21).
    // "HVAC stands for heating, ventilation, and air conditioning": what letters mean (trial 164 asked "Who stands for heating?").
    String.raw`^(?:spans|covers|measures|weighs|contains|includes|comprises|lies|is|are|was|were|involves|means|refers to|describes|stands for|is short for)\b`,
    String.raw`^(?:said|says|told)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$`,
  ].join('|'),
  'u',
);

/** Whether `text` names the capital of `country` ("India ... New Delhi"). */
function capitalNamedIn(country: string, text: string): boolean {
  const long = countryLongName(country);
  return [...CAPITAL_OF].some(([capital, of]) => of === long && new RegExp(`\\b${capital}\\b`).test(text));
}

/** Whether `text` names the country whose capital `city` is ("India ... New Delhi"). */
function namesCountryOf(city: string, text: string): boolean {
  const country = CAPITAL_OF.get(city);
  if (!country) return false;
  return [country, ...(COUNTRY_SHORT_NAMES.get(country) ?? [])].some((n) =>
    new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(text),
  );
}

/**
 * A claim a true/false question can test: the sentence as it stands, made false by swapping a name it
 * gives for another of the same kind the article names elsewhere.
 */
export function statementOf(
  sentence: string,
  ms: Mention[],
  all: Cand[],
  slots: ReturnType<typeof slotValues> = [],
  /** The article's sentences: a name swapped in must be one the article says something alike of. */
  article: readonly string[] = [],
): { text: string; falsify: { replace: string; with: string }[]; slot: string } | undefined {
  // '... offering for the first time "lifestyle trainers."': the quotation's closing mark stays with it when the
  // full stop inside it goes (trial 43's claim ended on an open mark).
  const text = trimClaim(
    sentence
      // "... to transition to the U.S.": the last dot of an initialism stays (trial 105 printed "the U.S").
      .replace(/(?<!(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu})[.!?]+(["'”’]*)$/u, '$1')
      .replace(DATELINE, '')
      // "to kill Darren Hoare, 37, from Queensland, Australia and Paul McGuigan, 37, from Peebles, Borders,
      // Scotland": a person's age and home are asides to the claim (trial 120's swapped version gave Hoare's to
      // Fitzsimons).
      .replace(
        /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)+),\s+\d{1,3},(?:\s+(?:from|of)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*(?:,\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)*,?)?/gu,
        '$1',
      )
      .trim(),
  );
  // "... tweeted using his @POTUS account:" introduces what follows; it claims nothing on its own. A line
  // with no full stop ("Deke Arndt, chief of ...", one of a list of panelists) is no claim either.
  if (/:\s*$/.test(sentence) || !/[.!?]["'”’)]*\s*$/.test(sentence)) return undefined;
  // "So if you are an international student ..., what should you know about the tests?": a question claims nothing
  // (trial 158).
  if (/\?["'”’)]*\s*$/.test(sentence)) return undefined;
  // Over 30 words a true/false is a reading of fine print, not of the claim.
  // A name is read as one unit: "the Intrepid Sea-Air-Space Museum in New York City" is no fine print.
  const units = text
    .replace(/\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|and|the|for)?\s*\p{Lu}[\p{L}.'’-]*)+/gu, 'N')
    .split(/\s+/).length;
  if (text.split(/\s+/).length < 6 || units > 30) return undefined;
  // A claim read on its own, as true or false, must say whom it is about: not "She also said ...", "They
  // estimated ...", "But all of these ...".
  if (LEANS_ON_BEFORE.test(text)) return undefined;
  // "Here is a look back at some of the biggest tech stories we covered in 2024": the writer's signpost, no claim
  // (trial 171 drafted it twice over, swapped to 2025 and to "smallest").
  if (/^Here\s+(?:is|are)\b/.test(text)) return undefined;
  // "... Kenneth Ruoff told the BBC that": a claim cut before what was said claims nothing (trial 242).
  if (CUT_BEFORE_WHAT_WAS_SAID.test(text)) return undefined;
  // "Soon it doubled in size", "Back in the U.S., he learned to play the oud": the subject is a pronoun past
  // an opening word or phrase (trial 29 printed both as true/false claims).
  if (
    /^(?:(?:Soon|Then|Later|Now|Eventually|Finally|Today|Recently|Earlier|Once)\s+|[^,"“”]{2,50},\s+)(?:he|she|it|they|we|i|you)\b/.test(
      text,
    )
  )
    return undefined;
  const inSentence = new Set(ms.map((m) => m.cand));
  // Best: two names of one kind the sentence gives different parts, exchanged ("the silver medal going to
  // Poland and the bronze to Armenia" -> "... to Armenia and the bronze to Poland"): the article itself
  // says the exchanged claim is false. Not two names merely joined ("Morocco and Iran"), which mean the same
  // either way round.
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      const a = ms[i]!;
      const b = ms[j]!;
      if (a.cand === b.cand || a.cand.kind !== b.cand.kind || a.cand.kind === 'other') continue;
      // "Graf yelled at Hunt to shoot, and Hunt did": a name the clause names again goes on meaning its own part after
      // the exchange, which then reads as nonsense, not as false (retrial 244). After a semicolon it is another claim
      // ("...; the new one would be unique to New Zealand").
      if (
        ms.some(
          (m) =>
            m.start > b.end && (m.cand === a.cand || m.cand === b.cand) && !/;/.test(sentence.slice(b.end, m.start)),
        )
      )
        continue;
      // Organisations of one sort only, as for a swap: a newspaper and a website are no pair.
      if (
        a.cand.kind === 'organisation' &&
        (orgFamily(a.cand.name) === undefined || orgFamily(a.cand.name) !== orgFamily(b.cand.name))
      )
        continue;
      // "from Kuala Lumpur, Malaysia to Beijing, China": a city goes with the country written after it, or the
      // exchange reads "from Beijing, Malaysia" (trial 72).
      const aEnd = a.cand.kind === 'city' ? placedIn(sentence, a, ms) : a.end;
      const bEnd = b.cand.kind === 'city' ? placedIn(sentence, b, ms) : b.end;
      if (aEnd > b.start) continue;
      const between = sentence.slice(aEnd, b.start);
      const gap = between.split(/\s+/).length;
      // A short span: an exchange across a clause ("a VIP guest at ... held at Google") swaps words in
      // different roles, not two parts the sentence hands out.
      // "Britain, the Netherlands and Spain": names of one list, with or without "the", mean the same either
      // way round (trial 9: the exchange was keyed false and read true).
      if (/^\s*(?:,|and|or|,\s*and|&)\s*(?:the\s+)?$/i.test(between) || gap < 3 || gap > 8) continue;
      // "Bangkok in Thailand and south India": joined by "and" with a word that places it (trial 33).
      if (/^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?\p{Ll}+\s*$/u.test(between)) continue;
      // Nor the first and last of a list ("Britain, the Netherlands and Spain"): the second follows "and".
      if (/^\s*,/.test(between) && /(?:,|\band|\bor)\s+(?:the\s+)?$/i.test(between)) continue;
      // "Paris's father, Albert Jaquier": a possessive and an apposition name one person twice over, and
      // "Albert Jaquier's father, Paris" is no claim at all.
      if (/^['’]s\b/.test(between) || /,\s*$/.test(between)) continue;
      // "GUSTO, an Astrophysics mission managed by NASA": an apposition says what the first is; exchanged, the
      // claim is nonsense, not false (trial 91).
      if (/^,\s+(?:a|an|the)\s/i.test(between)) continue;
      // "Peberdy is seen in a photo with Araya", "met with", "played against": what one does with the other, the
      // other does with the one; exchanged, the claim is the same (trial 150).
      if (/\b(?:with|alongside|beside|against|and)\s+(?:the\s+)?$/i.test(between)) continue;
      const nameA = sentence.slice(a.start, aEnd);
      const nameB = sentence.slice(b.start, bEnd);
      const span = `${nameA}${between}${nameB}`;
      if (!text.includes(span) || isSource(text, nameA) || isSource(text, nameB) || inList(text, nameA)) continue;
      if (titled(sentence, a) || titled(sentence, b) || described(sentence, a) || described(sentence, b)) continue;
      // "based on the United Kingdom's flag" exchanged would read "based on the New Zealand's flag": the
      // "the" stays only with a name that takes it.
      if (/\bthe\s+$/i.test(sentence.slice(Math.max(0, a.runStart - 5), a.runStart))) continue;
      const theInBetween = /\bthe\s+$/i.test(between);
      if (theInBetween && /^the\s/i.test(a.cand.name)) continue;
      // Two parties, or two people each given a party ("A of the X Party and B of the Y Party"): the
      // exchange asks who belongs where.
      if (affiliation(sentence, a, ms) || affiliation(sentence, b, ms) || affiliated(sentence, a, ms)) continue;
      return {
        text,
        falsify: [
          { replace: span, with: `${nameB}${theInBetween ? between.replace(/\bthe\s+$/i, '') : between}${nameA}` },
        ],
        // "two countries", "two cities", "two persons" (the note reads "the two countries swap places").
        slot: `exchange of two ${a.cand.kind.replace(/y$/, 'ie')}s`,
      };
    }
  }
  const opposite = oppositeClaim(text);
  if (opposite) return opposite;
  for (const m of ms) {
    const said = sentence.slice(m.start, m.end);
    if (!text.includes(said)) continue;
    // A title or "the" before the name ("President Donald Trump", "Dean Kamen", "The President") would be
    // left before another name: "Dean Donald Trump", "The Alireza Mehraban".
    if (titled(sentence, m)) continue;
    // Swapping who reported it ("according to X", "X said", "told X") asks who said it, not what; swapping
    // one name of a list ("Huawei, ZTE, Lenovo and TCL") asks for a list by heart.
    if (isSource(text, said) || inList(text, said)) continue;
    // "tests such as the SAT and ACT": an example, or one of a pair, swapped leaves the other and reads as nonsense
    // ("such as VOA and ACT", trial 158).
    const at = text.indexOf(said);
    if (
      /\b(?:such as|including|like|e\.g\.,?)\s+(?:the\s+)?$/i.test(text.slice(0, at)) ||
      /^\s+(?:and|or|&)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(at + said.length)) ||
      /\p{Lu}[\p{L}.'’-]*\s+(?:and|or|&)\s+(?:the\s+)?$/u.test(text.slice(0, at))
    )
      continue;
    // A person's party or body ("Lam Cheuk-ting from the Democratic Party", "DAB's Starry Lee", "Leung of
    // NWSC"): swapping it asks who belongs where, not what happened.
    if (affiliation(sentence, m, ms)) continue;
    // The end of a longer name ("Steven F. Udvar-Hazy Center"), or a city its state follows ("Chicago,
    // Illinois"): the words around it would stay and read as nonsense, or give the swap away.
    const wordBefore = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, m.runStart - 40), m.runStart))?.[1] ?? '';
    // A possessive before it ("NASA's Johnson Space Center") owns the place; it is no part of its name.
    if (/^\p{Lu}/u.test(wordBefore) && !/['’]s$/.test(wordBefore) && !isCommonCapital(wordBefore)) continue;
    if (m.cand.kind === 'city' && /^,\s+\p{Lu}/u.test(sentence.slice(m.end))) continue;
    // Trial 14: "Dublin's mayor" -> "Tel Aviv's mayor" (an owner swapped: false only by silence), "Israeli
    // capital Tel Aviv" -> "Israeli capital Dublin" (a noun that says what the place is), "between Israel and
    // Palestine" -> "between Israel and the United States" (one of a pair): none is a claim the article denies.
    if (/^['’]s?\b/.test(sentence.slice(m.end))) continue;
    if (described(sentence, m)) continue;
    // "the European Space Agency (ESA)", "the Medusae Fossae Formation (or MFF)": letters that name what the
    // words before them name; another body's there is nonsense (trial 20).
    if (/\(\s*(?:or\s+)?$/.test(sentence.slice(0, m.runStart)) && /^\s*\)/.test(sentence.slice(m.end))) continue;
    if (
      /\bbetween\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+and\s+(?:the\s+)?)?$/u.test(
        sentence.slice(0, m.runStart),
      )
    )
      continue;
    // A body named as the owner or the sort of something ("NOAA's outlook", "NOAA scientists predict"): another
    // body in its place makes a claim about that other body's outlook, false only by silence (trial 10).
    // "the GUSTO team" -> "NASA team" (trial 91): a body's name before a noun names a part of it.
    if (
      m.cand.kind === 'organisation' &&
      (/^['’]s?\b/.test(sentence.slice(m.end)) ||
        /^\s+\p{Ll}+s\b/u.test(sentence.slice(m.end)) ||
        /^\s+(?:team|mission|program|programme|project|office|staff|spokesperson|spokesman|spokeswoman|data|instrument|satellite|website|report|study|group|balloon|telescope|campaign|plan|budget|board)\b/.test(
          sentence.slice(m.end),
        ))
    )
      continue;
    // "U.S. officials told VOA ..." -> "Nigeria officials" (trial 93): a country's name before a noun says whose
    // people or things they are; another country there is no English, and false only by silence.
    // "U.S. television network NBC says ...", "the U.S. intelligence agency's history": a country's name written as the
    // word before a noun says whose; "Afghanistan television network" is no English (trial 172).
    if (
      m.cand.kind === 'country' &&
      /^(?:the\s+)?(?:\p{Lu}\.){2,}$/u.test(said) &&
      // Not "students in the U.S. understand their place", where a verb follows.
      /^\s+\p{Ll}+(?:['’]s)?\s+(?!(?:the|a|an|their|his|her|its|our|my|your|them|him|us|that|this|these|those|to)\b)\p{Ll}/u.test(
        sentence.slice(m.end),
      )
    )
      continue;
    if (
      m.cand.kind === 'country' &&
      /^\s+(?:officials?|government|embassy|military|forces|troops|leaders?|authorities|citizens|lawmakers|diplomats?|policy|policies|economy|police|army|navy|ambassador|spokes(?:man|woman|person)|agency|agencies|companies|firms|banks?)\b/.test(
        sentence.slice(m.end),
      )
    )
      continue;
    // "The matter could ultimately go to the U.S. Supreme Court": a claim the article only hedges is no claim it
    // denies with another name (trial 87).
    // "Ross tells VOA he expects Venezuela will probably echo its foreign policy opinions": so too a forecast (trial 417
    // swapped in New Zealand, false only by silence).
    if (/\b(?:could|might|may|probably|possibly|perhaps|likely|expects?|expected)\b/.test(text)) continue;
    // "New Delhi also is bracing for turbulence", "a key partner for Washington": a capital that stands for its
    // government as the one who does or is something; another capital there is false only by silence (trial 163).
    if (
      m.cand.kind === 'city' &&
      CAPITAL_OF.has(said) &&
      (/^\s+(?:also\s+|too\s+)?(?:is bracing|was bracing|is wary|remains wary|wants|wanted|hopes|hoped|expects|expected|says|said|fears|feared|insists|insisted|warns|warned|accuses|accused|demands|demanded|rejects|rejected)\b/u.test(
        sentence.slice(m.end),
      ) ||
        /\b(?:for|with|against)\s+$/.test(sentence.slice(0, m.runStart)))
    )
      continue;
    // "Despite a thaw in ties with China, India remains wary of Beijing": with its capital left in the claim, another
    // country for this one reads as nonsense.
    if (m.cand.kind === 'country' && capitalNamedIn(bare(said), text)) continue;
    // Not a shorter form of the same name: "council" for "Riverside Town Council" keeps the claim true.
    const shorter = (c: Cand) =>
      new RegExp(
        `\\b${bare(c.name)
          .toLowerCase()
          .replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}\\b`,
      ).test(said.toLowerCase());
    if (/ and /.test(said)) continue;
    const family = orgFamily(said);
    const other = all.find(
      (c) =>
        c.kind === m.cand.kind &&
        c.kind !== 'other' &&
        // Groups overlap ("Engineers" and "Developers", "Europeans" and "Westerners"): one for another is
        // no claim the article denies.
        c.kind !== 'group' &&
        // Organisations only for one of their own sort: a newspaper for a newspaper, an agency for an agency
        // ("NASA" for "Johnson Space Center" or a reserve for an administration is no claim a reader weighs).
        (c.kind !== 'organisation' || (family !== undefined && orgFamily(c.name) === family)) &&
        !/ and /.test(c.name) &&
        // Not a longer or shorter name holding this one ("US" and "US National Park Service"), nor one
        // that starts the same ("University of Texas Arlington ..." for "University of Texas Arlington ...").
        !c.name.includes(said) &&
        !said.includes(c.name) &&
        // "the National Weather Service Forecast Office" for "National Weather Service Office": the same office, told
        // once more fully, whatever "the" opens one (trial 362's false versions were true by one reading).
        bare(c.name).split(' ').slice(0, 2).join(' ') !== bare(said).split(' ').slice(0, 2).join(' ') &&
        // No person swapped in from elsewhere: "Ron Hubbard had read an article in Freedom Magazine" is false
        // only because the article says nothing of it (every trial found these). People change places only
        // in an exchange within the sentence, above.
        c.kind !== 'person' &&
        !inSentence.has(c) &&
        !text.includes(c.name) &&
        // Nor one whose first word the claim holds besides the name replaced: "North and South Korea" with
        // "North Korea" swapped in reads "North and North Korea"; "Saudi Arabia's Civil Defense Authority"
        // becomes "Saudi Arabia's Saudi Gazette". (Later words are a body's sort, "Museum", "Center".)
        !firstWordIn(bare(c.name), text.replace(said, ' ')) &&
        c.name.toLowerCase() !== said.toLowerCase() &&
        !shorter(c) &&
        // "In Canada, both French and English are official languages" -> "In the United States, ...": false only
        // by silence, as the article says nothing of that country's languages (every trial found these). Only
        // a name the article says something alike of: a sentence of its own sharing two words with this one.
        (article.length === 0 || saidAlikeOf(c, sentence, article)) &&
        // But not a name the article says the same thing of: "Kolkata ... felt tremors" -> Bangkok, where "the
        // tremors were felt as far away as Bangkok" (trial 33): the swapped claim is true.
        !saysSameOf(c, sentence, article) &&
        // "NASA's Jet Propulsion Laboratory (JPL)": a body and a part of it; "a scientist at JPL" -> "at NASA" is
        // true (trial 53).
        !partOf(m.cand, c, article) &&
        !partOf(c, m.cand, article) &&
        // "told VOA", "according to Reuters": the outlet that heard or reports the words is in no claim (trial 57
        // swapped the forum FOCAC for VOA).
        !onlyHears(c, article) &&
        // "India will remain a key partner for Washington" -> "the United States will remain a key partner for
        // Washington": the country whose capital the claim names is no false version (trial 163).
        !capitalNamedIn(bare(c.name), text) &&
        // Nor a capital whose country the claim names: "India remains wary of New Delhi".
        !namesCountryOf(bare(c.name), text),
    );
    if (other) {
      // "in the United States" -> "in Britain", "in Britain" -> "in the United States": the article "the"
      // goes with the name that takes it, as the article writes each.
      const theBefore = new RegExp(`\\b[Tt]he\\s+${escapeRegExp(said)}`).exec(text);
      const takesThe = /^the\s/i.test(other.name);
      const at = text.indexOf(said);
      const wordBefore = text.slice(0, at).trim().split(/\s+/).pop() ?? '';
      const cap = (t: string) => t[0]!.toUpperCase() + t.slice(1);
      let replace = said;
      let by = bare(other.name);
      if (theBefore && !takesThe) replace = theBefore[0];
      // "students in the U.S. understand": the abbreviation's last full stop goes with it, or the swap leaves
      // "in Uzbekistan. understand".
      if (/\p{Lu}\.\p{Lu}$/u.test(replace) && text.slice(text.indexOf(replace) + replace.length).startsWith('.'))
        replace = `${replace}.`;
      // Not before a noun the name describes ("a unique New Zealand flag"): there it takes no "the".
      const asNoun =
        /^(?:\s*[,.;:]|\s*$|\s+(?:and|or|in|on|at|to|for|by|with|from|as|is|are|was|were|has|have|had|will|would|said|says|during|after|before|under|over|through|since|until|against|about|into|within|without|between|among|across|near|of)\b|\s+[a-z]+(?:ly|ed)\b)/.test(
          text.slice(at + said.length),
        );
      if (!theBefore && takesThe && asNoun && (at === 0 || /^\p{Ll}+$/u.test(wordBefore))) by = `the ${by}`;
      if (text.indexOf(replace) === 0) by = cap(by);
      return {
        text,
        falsify: [{ replace, with: by }],
        slot: other.kind === 'organisation' ? 'organisation' : other.kind,
      };
    }
  }
  // Else a time, date, year or weekday the article gives elsewhere: "from 7:30 a.m." -> "from 11 a.m.".
  for (const slot of slots) {
    for (const m of text.matchAll(slot.re)) {
      // "from 2022 to 2023", "between 1993 and 2023": one end of a span swapped makes nonsense of it (trial 21).
      // "has shrunk ... since 1979" -> "since 2024" reads as nonsense, not as false; "continued its decline in
      // 2024" -> "in 2016" may be true, the article telling of a drop in 2016 too: a trend runs over years
      // (trial 25).
      if (
        slot.name === 'year' &&
        (/\b(?:from|between)\s+(?:\S+\s+){0,2}$/i.test(text.slice(0, m.index)) ||
          /\b(?:from|between)\s+\S+(?:\s+\S+){0,2}\s+(?:to|and|until|through)\s+$/i.test(text.slice(0, m.index)) ||
          /\b(?:since|until|by|through)\s+$/i.test(text.slice(0, m.index)) ||
          /\b(?:continu\w*|declin\w*|decreas\w*|increas\w*|ris(?:e|es|ing)|rose|fell|fall\w*|grew|grow\w*|shr[iau]nk\w*|trend\w*|drop\w*)\b/i.test(
            text,
          ))
      )
        continue;
      // "targeting a launch no earlier than 2028" -> "no earlier than 2023" is still true (trial 184): a bound is no date.
      if (
        slot.name === 'year' &&
        /\b(?:no|not)\s+(?:earlier|later|sooner)\s+than\s+$|\b(?:as early as|as late as|not before|not until|at the earliest|at the latest)\s+$/i.test(
          text.slice(0, m.index),
        )
      )
        continue;
      // "an 1824 decisive victory" -> "an 2000": a year is swapped only for one near it, and never after "a"/"an",
      // whose form the new number may not take (trial 44 swapped 2005 for 1824).
      if (slot.name === 'year' && /\ban?\s+$/i.test(text.slice(0, m.index))) continue;
      // "Work on a constitution is expected to begin in 2005" -> "in 2000": a plan is swapped only for a later
      // year, which reads as a plan too (retrial 44).
      const planned =
        slot.name === 'year' &&
        /\b(?:will|expected|scheduled|planned|plans|due|set to|is to|are to)\b[^.;]*$/i.test(text.slice(0, m.index));
      // "In 2024, the phrase has been used to ..." -> "In 2023", "its word of the year for 2024" -> "for 2023": what the
      // article tells of its own year it may tell of the year before, and a teacher reads the swap as false only by
      // silence (trial 170, three statements). Only a deed done once is dated by the article's own year alone.
      if (slot.name === 'year' && slot.yearNow !== undefined && m[0] === String(slot.yearNow) && !ONCE_ONLY.test(text))
        continue;
      const near = (v: string) => {
        if (slot.name !== 'year') return true;
        const [to, from] = [Number(v.replace(/\D/g, '')), Number(m[0].replace(/\D/g, ''))];
        // "NASA put the spacecraft into hibernation in 2011" -> "in 2029", "Deepfakes were used ... in 2024" -> "in
        // 2025": a year after the date line's is no time anything happened (trials 143 and 171).
        if (!planned && slot.yearNow !== undefined && to > slot.yearNow) return false;
        return Math.abs(to - from) <= 30 && (!planned || to > from);
      };
      const other = slot.values.find(
        (v) => v !== m[0] && !text.includes(v) && near(v) && !slot.same.has(`${m[0]}\0${v}`),
      );
      if (other) return { text, falsify: [{ replace: m[0], with: other }], slot: slot.name };
    }
  }
  // Last, a superlative turned round ("the strongest moonquake" -> "the weakest"): readers take it as false only
  // because the article says nothing of the weakest (trial 103), so only when nothing else serves.
  return oppositeClaim(text, true);
}

/** Deeds done once, whose year another year denies: "received the Nobel Peace Prize in 2002", "founded in 1950". */
const ONCE_ONLY =
  /\b(?:born|died|founded|established|created|formed|launched|opened|built|elected|re-elected|signed|passed|enacted|began|begun|started|ended|invented|discovered|introduced|appointed|married|inaugurated|unveiled|ratified|adopted|abolished|assassinated|killed|retired|resigned|arrested|released|received|won|split|first|debut(?:ed)?|premiered)\b/i;

/**
 * A claim's false version from a word it turns on: "relatively uncrowded" -> "relatively crowded", "the highest
 * turnout" -> "the lowest". The article itself says the other word, so the swapped claim is false by what it
 * says; tried before any name or year, which the article may only be silent on (trial 93: six statements, each
 * swapped to a country or a year it says nothing of).
 */
function oppositeClaim(
  text: string,
  superlatives = false,
): { text: string; falsify: { replace: string; with: string }[]; slot: string } | undefined {
  // A word with "un-" that says the opposite of its stem ("relatively uncrowded" -> "relatively
  // crowded"): the article itself says the stem is false. Only an adjective after a linking verb or a degree
  // word: "unveiled a phone" or "an unusual" would read as nonsense with the stem.
  const linked =
    /\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|stays?|stayed|left|found|relatively|largely|mostly|still|very|so|too|completely|totally|entirely|fairly|quite|rather)\s+un(\p{Ll}{5,})\b/gu;
  for (const m of text.matchAll(linked)) {
    const stem = m[1]!;
    // "unlikely to be made until June": "until" reads only after a negation; "likely ... until June" is no
    // English (trial 26).
    if (/\buntil\b/i.test(text.slice(m.index))) continue;
    if (NOT_NEGATED.test(stem) || !/(?:ed|able|ible|ful|ual|ely|ear|ain|own|ure|ent|ant|ive|ous|ic|ar)$/.test(stem))
      continue;
    return { text, falsify: [{ replace: `un${stem}`, with: stem }], slot: 'opposite' };
  }
  // Or its one negation taken away: "sleep disorders are not recognized enough" -> "are recognized enough" (trial 339
  // wrote three such by hand). The article says the claim without "not" is false. Only after a form of "be" and before
  // a word that "not" plainly turns round: not "not only" (a "but also" follows), "not yet", "not clear whether" (what
  // is unknown), "not as big as" (a degree). "is not", "has not been", "will not be", "wasn't": the negation and what
  // it leaves.
  const negated =
    /\b(?:(is|are|was|were)\s+not|(is|are|was|were)n['’]t|(has|have|had|will|would|could|should|must)\s+not\s+(been|be))\s+(?!(?:only|just|merely|yet|even|ever|necessarily|always|all|at\s+all|any|anywhere|anything|that|every|everyone|everything|much|many|nearly|entirely|fully|quite|exactly|as|so|too|very|the only|clear|known|certain|sure|immediately|available|likely|unlike|unusual|uncommon|impossible|a\s+single|one)\b)(?=\p{Ll})/u.exec(
      text,
    );
  const kept = negated && (negated[1] ?? negated[2] ?? `${negated[3]} ${negated[4]}`);
  if (
    negated &&
    kept &&
    (text.match(/\b(?:not|no|never|nor|neither|none|nobody|nothing|without|cannot)\b|n['’]t\b/gi) ?? []).length === 1 &&
    // "If the dam is not repaired ...", "was not cancelled because of the rain", "is not safe and is closed": a condition,
    // a reason the negation denies, or a second claim joined to the first make the turned claim no plain falsehood.
    !/^(?:If|Unless|Whether|When|Although|Though)\b/.test(text) &&
    // "WEOG is not a strictly regional group as it includes far-flung members": "as" and a pronoun give the reason too
    // (trial 417's turned claim contradicted its own reason).
    !/\b(?:until|unless|but|rather|instead|because|since|due to)\b|\bas\s+(?:it|they|he|she|its|their)\s|\b(?:and|or)\s+(?:is|are|was|were|has|have|had|will|would|can|could|\p{Ll}+ed)\b/iu.test(
      text.slice(negated.index),
    ) &&
    // "Dog owners may think the news is not surprising": a hedged claim turned round is no plain falsehood; "are not
    // infrequent" turned round reads as a riddle.
    !/\b(?:may|might|could|if)\b/i.test(text.slice(0, negated.index)) &&
    // "children who are not obese can also get diabetes": a "not" inside a relative clause says which children;
    // turned round it names others the claim holds true of too (trial 365).
    !/\b(?:who|that|which|whose)\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(0, negated.index)) &&
    !/^\s*(?:un|in|im|ir|il)(?:frequent|common|usual|likely|significant|considerable|expected|known|possible|reasonable|important|substantial|related)\b/i.test(
      text.slice(negated.index + negated[0].length),
    ) &&
    text.indexOf(negated[0]) === negated.index
  )
    return { text, falsify: [{ replace: negated[0].trimEnd(), with: kept }], slot: 'opposite' };
  // Or the one word of a pair of opposites the claim holds ("the highest turnout" -> "the lowest",
  // "prices rose" -> "prices fell"): the article says the other. Only when the claim holds one such word
  // and no negation that would turn it round ("did not rise").
  if (!/\b(?:not|no|never|n't|neither|nor|without)\b/i.test(text)) {
    const found = [...text.matchAll(OPPOSITE_WORDS)].filter(
      (m) => statedOneWay(text, m[0], m.index) && (superlatives || !/est$/i.test(m[0])),
    );
    // "the largest use nationally, with the other leading uses being irrigation, ...": a ranking the claim goes on to
    // list reads against itself turned round (trial 436's "smallest use ... the other leading uses").
    const ranked = /\bthe other (?:leading|largest|biggest|main|top)\b/i.test(text);
    if (found.length === 1 && !(ranked && /est$/i.test(found[0]![0]))) {
      const word = found[0]![0];
      const other = OPPOSITES.get(word.toLowerCase())!;
      const cased = /^\p{Lu}/u.test(word) ? other[0]!.toUpperCase() + other.slice(1) : other;
      // "won"/"lost" are opposites of a contest only: "lost control" made "won control" (trial 11).
      const contest =
        !/^(?:won|lost)$/i.test(word) ||
        /^\s+(?:(?:the|a|an|his|her|its|their|this|last|next)\s+)?(?:\p{L}+\s+)?(?:match|game|games|election|elections|vote|race|seat|seats|title|case|appeal|battle|final|round|contest|championship|award|medal|prize|bid|war|majority|lawsuit|tournament|cup|series)\b/iu.test(
          text.slice(found[0]!.index! + word.length),
        );
      // "rose"/"fell" are opposites of a measure only: "debris fell to the floor" made "debris rose" (trial 54).
      const at = found[0]!.index!;
      const motion =
        !/^(?:rose|fell)$/i.test(word) ||
        /^\s+(?:\S+\s+){0,4}?[$€£]?\d/.test(text.slice(at + word.length)) ||
        /\b(?:prices?|rates?|numbers?|sales|shares?|temperatures?|levels?|costs?|figures?|values?|index|profits?|revenues?|output|exports?|imports?|unemployment|inflation|population|turnout|demand|stocks?|spending|debt)\s+(?:\p{Ll}+\s+)?$/iu.test(
          text.slice(0, at),
        );
      // "an increased risk" -> "a decreased risk": the article goes with the word (trial 339 printed "an decreased").
      // Not "vitamin A", "group A": a capital A only opening the claim.
      const article = /(?:^|(?<=[^\p{L}]))(a|an|An|(?<=^)A)\s+$/u.exec(text.slice(0, at));
      const vowel = (w: string) => /^[aeiou]/i.test(w);
      const [replace, swapped] =
        article && vowel(word) !== vowel(other)
          ? [
              text.slice(article.index, at + word.length),
              `${(vowel(other) ? 'an' : 'a').replace(/^a/, article[1]![0]!)} ${cased}`,
            ]
          : [word, cased];
      // The substitution replaces the first match of the word: it must be this one, not part of "wonder".
      if (
        contest &&
        motion &&
        text.indexOf(word) === at &&
        text.indexOf(replace) === at - (replace.length - word.length)
      )
        return {
          text,
          falsify: [{ replace, with: swapped }],
          // "Turnout was the highest since ...", "is Europe's biggest" turned round are denied; "The longest movements
          // ... occurred", the sentence's subject turned round, speaks of others the article may say nothing of (trial 330).
          slot: /est$/i.test(word) && SUBJECT_OPENS.test(text.slice(0, at)) ? 'superlative' : 'opposite',
        };
    }
  }
  return undefined;
}

/**
 * Whether a comparison or a trend word states the claim one way round: "is much lower than", "would normally be
 * higher", "is growing", "but growing,"; not "to lower costs" (a verb), "lower areas", "Growing plants", "39 mph or
 * higher", "higher-than-normal", whose opposite is nonsense or no claim the article denies.
 */
function statedOneWay(text: string, word: string, at: number): boolean {
  const lower = word.toLowerCase();
  const before = text.slice(0, at);
  const after = text.slice(at + word.length);
  if (/^-than\b/.test(after)) return false;
  if (/^(?:higher|lower)$/.test(lower))
    return (
      /^\s+than\b/.test(after) ||
      /\b(?:is|are|was|were|be|been|being|much|far|slightly|even|significantly|considerably|normally)\s+$/i.test(before)
    );
  if (/^(?:growing|shrinking|increasing|decreasing)$/.test(lower))
    return /\b(?:is|are|was|were|be|been|but|steadily|rapidly|actively|quickly|slowly|also|still)\s+$/i.test(before);
  return true;
}

/** "The ", "The city's ": the words before a superlative that opens the sentence's subject. */
const SUBJECT_OPENS = /^(?:The|Its|Their|His|Her)\s+(?:[\p{L}'’-]+['’]s?\s+)?$/u;
/** Words whose opposite a reader can check against the article, both ways. */
const OPPOSITES = new Map(
  (
    'highest:lowest largest:smallest biggest:smallest rose:fell increased:decreased ' +
    'won:lost approved:rejected accepted:rejected oldest:youngest longest:shortest ' +
    // Comparisons and trends the article states one way round (trial 93's "is growing" had no false version).
    'higher:lower strongest:weakest fastest:slowest warmest:coldest growing:shrinking increasing:decreasing'
  )
    .split(' ')
    .flatMap((pair) => {
      const [a, b] = pair.split(':') as [string, string];
      return [
        [a, b],
        [b, a],
      ];
    }),
);
// "smallest" and "rejected" pair twice; the map keeps the later pairing, which reads as well. Not "first"
// and "last" ("first shown in Halifax" is no claim "last shown" denies; the only one is both).
const OPPOSITE_WORDS = new RegExp(`\\b(?:${[...OPPOSITES.keys()].join('|')})\\b`, 'gi');

/** Words after "un" that are no stem it negates: "unified", "universal", "underlined", "unprecedented". */
// "unusual for suggesting" -> "usual for suggesting" is no English (trial 43).
// "were unveiled", "was uncovered": un- that undoes a deed, whose stem says no opposite ("veiled"; trial 332).
const NOT_NEGATED =
  /^(?:i|der|precedent|animous|less|til|to|ion|ique|ison|usual|veil|cover|earth|lock|pack|fold|load|leash|ravel|do|tie|wrap|zip|plug|mask)/;
