// Who said it and who did it: the subject of a sentence, the speaker a quotation's attribution names, a role's
// holder ("the premier") and the name after a verb of saying.
import { type EntityKind } from '../types.js';
import {
  type Cand,
  DESCRIBED_BEFORE_NAME,
  IMPERSONAL_IT,
  KIN,
  type Mention,
  PRONOUN_SUBJECT,
  roleOfABody,
  TITLE_OPENING,
  type Who,
} from './candidates.js';
import { ROLE_NOUNS } from './names.js';
import { DID_AFTER, theyCanMean } from './person-checks.js';
import {
  type Attribution,
  attributionAfter,
  attributionAt,
  attributionInverted,
  findQuotes,
  introducerBefore,
  LISTENER_BEFORE,
  mainClauseStart,
} from './quotes.js';

function mentionIn(ms: Mention[], start: number, end: number): Mention | undefined {
  return ms.find((m) => m.start >= start && m.end <= end);
}

/** "New Zealand's Prime Minister John Key": the possessor names whose the role is; the person is the subject. */
export function headMention(sentence: string, ms: Mention[], from = 0): Mention | undefined {
  const i = ms.findIndex((m) => m.runStart >= from);
  const first = ms[i];
  const next = ms[i + 1];
  if (
    first &&
    next &&
    /^['’]s\s/.test(sentence.slice(first.end)) &&
    /^['’]s\s[\p{Lu}\p{Ll}\s]{0,40}$/u.test(sentence.slice(first.end, next.runStart)) &&
    next.runStart - first.end <= 3
  )
    return next;
  // "U.S. Senator John Cornyn": a country written before a titled person is part of the title.
  if (
    first &&
    next &&
    next.cand.kind === 'person' &&
    first.cand.kind !== 'person' &&
    /^\.?\s$/.test(sentence.slice(first.end, next.runStart))
  )
    return next;
  // "Civil Defense Authority director General Suleiman al-Amr": an organisation, a role noun, then the person.
  const gap = first && next ? sentence.slice(first.end, next.runStart).trim().toLowerCase() : '';
  if (
    first &&
    next &&
    next.cand.kind === 'person' &&
    first.cand.kind !== 'person' &&
    gap &&
    gap.split(' ').length <= 2 &&
    gap.split(' ').every((w) => ROLE_NOUNS.has(w) || w === 'deputy' || w === 'chief')
  )
    return next;
  return first;
}

export function subjectOf(
  sentence: string,
  ms: Mention[],
  personFor: (pronoun: string) => Cand | undefined,
  lastSubject: Cand | undefined,
  make: (name: string, kind: EntityKind) => Cand,
): Who | undefined {
  // "Meanwhile, Russia's defense ministry has denied involvement, posting a statement ...": a country's ministry is a
  // body of its own and the subject, not the country (trial 207 gave the ministry's statement to Russia).
  const ministry =
    /^(?:(?:Meanwhile|However|Earlier|Later|Separately|Also|Instead|Yesterday|Today|On \p{Lu}\p{Ll}+day),?\s+)?((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?['’]s\s+(?:(?:foreign|defen[cs]e|interior|health|finance|justice|education|economy|trade|environment|agriculture|home)\s+)?(?:ministry|military|army|navy|embassy|foreign office|state department|parliament))\b/u.exec(
      sentence,
    );
  if (ministry)
    return {
      cand: make(ministry[1]!, 'organisation'),
      why: `"${ministry[1]}", a body of its own, opens the sentence`,
      ownBody: true,
    };
  const head = headMention(sentence, ms);
  const first =
    head &&
    sentence
      .slice(0, ms[0]!.runStart)
      .replace(/^[“"']/, '')
      .trim() === ''
      ? head
      : ms[0];
  // "U.S. Senator John Cornyn": a dotted abbreviation before the name belongs to the title; "The Nature
  // Conservancy is ...": the article before a body's name.
  const before = first
    ? sentence
        .slice(0, first.runStart)
        .replace(/^[“"']/, '')
        .trimStart()
    : '';
  // "Bayern's coach, Carlo Ancelotti, congratulated the team and tweeted ...", "Dortmund's goalkeeper Roman Bürki
  // saved ...": the person the body's role names is the subject, not the body (trial 255 gave the coach's words to
  // Bayern Munich).
  // Nothing before the first name but a dotted abbreviation or "The".
  // "Ms. Lyttleton says ...": a courtesy title before the name opens the sentence as well (trial 356).
  const opens =
    first !== undefined && (/^(?:\p{Lu}\.(?:\p{Lu}\.)+\s|The\s)?$/u.test(before) || TITLE_OPENING.test(before));
  const holder =
    first &&
    opens &&
    ms.find((m) => {
      if (m.cand.kind !== 'person' || m.runStart <= first.end) return false;
      const between = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(
        sentence.slice(first.end, m.runStart),
      );
      return between !== null && (ROLE_NOUNS.has(between[1]!) || KIN.has(between[1]!));
    });
  if (holder) return { cand: holder.cand, why: 'the person the role after the opening name names' };
  if (first && (opens || (first.cand.kind === 'person' && (DESCRIBED_BEFORE_NAME.test(before) || roleOfABody(before)))))
    return { cand: first.cand, why: 'the subject of the sentence' };
  const pro = IMPERSONAL_IT.test(sentence) ? null : PRONOUN_SUBJECT.exec(sentence);
  if (pro) {
    const c = pro[0] === 'He' || pro[0] === 'She' ? personFor(pro[0]) : lastSubject;
    if (pro[0] === 'They' && !theyCanMean(c)) return undefined;
    return c ? { cand: c, why: `"${pro[0]}", read as the subject of an earlier sentence` } : undefined;
  }
  // "In another Tweet, he referred to Robart as ...": past a fronted phrase, "he" is still the subject, and the
  // next "He also claimed" goes on with him, not with Robart (trial 87).
  const frontedHe =
    /^(?:In|On|At|During|Later|Earlier|Meanwhile|Afterwards|Then|Speaking|Writing)\b[^,;:“”"]{0,60},\s+(he|she)\s+(?!said\b|says\b)\p{Ll}/u.exec(
      sentence,
    );
  if (frontedHe) {
    const c = personFor(frontedHe[1]!);
    if (c)
      return { cand: c, why: `"${frontedHe[1]}" after the opening phrase, read as the subject of an earlier sentence` };
  }
  // "The Ukrainian authorities have ...": a group named by a noun phrase.
  const np =
    /^The ((?:\p{Lu}\p{Ll}+ )?(?:[a-z]+ ){0,2}[a-z]+s) (?:have|has|had|were|are|was|is|will|would|could|also|\w+ed)\b/u.exec(
      sentence,
    );
  if (
    np &&
    !np[1]!.split(' ').some((w) => ['way', 'decision', 'has', 'was', 'is', 'does', 'this', 'its', 'as'].includes(w)) &&
    namesPeople(np[1]!.split(' ').at(-1)!)
  )
    return { cand: make(`the ${np[1]}`, 'group'), why: 'the subject of the sentence' };
  // "The Tory Shadow Health Secretary has criticized ... He has additionally described it as ...": one person the
  // article names by office only, who acts and is "he" next (trial 43 gave his words to the minister named last).
  const office = OFFICE_SUBJECT.exec(sentence);
  if (office) return { cand: make(`the ${office[1]}`, 'person'), why: 'the subject of the sentence, named by office' };
  // "When speaking to the assembly, Chávez displayed the book ..., written by Noam Chomsky. He described ...": past
  // a fronted clause, the person who opens the main clause (trial 69 gave "He" to Chomsky, named after "by").
  const fronted = FRONTED_CLAUSE.exec(sentence);
  if (fronted) {
    const m = ms.find((x) => x.runStart >= fronted[0].length);
    if (m && m.cand.kind === 'person' && sentence.slice(fronted[0].length, m.runStart).trim() === '')
      return { cand: m.cand, why: 'the subject of the main clause' };
  }
  return undefined;
}

// "Standing alongside President Nicolas Sarkozy at a military air base southwest of Paris, Betancourt said ..." too, and
// "In a statement, Detective Inspector Andy Logan, ..., said" (retrial 260).
const FRONTED_CLAUSE =
  /^(?:(?:When|While|After|Before|As|Since|Although|Though|Once)\b[^,;:“”"]{2,80}|\p{Lu}\p{Ll}+ing\b[^,;:“”"]{2,100}|In (?:a|an|his|her|their) (?:statement|interview|letter|speech|press release|press conference)),\s*/u;

/** "The Tory Shadow Health Secretary has ...": an office of capitalised words, held by one person, then a verb. */
const OFFICE_SUBJECT =
  /^The ((?:\p{Lu}[\p{L}-]+ ){1,4}(?:Secretary|Minister|Chancellor|Premier|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Commissioner|Ambassador|Prosecutor))\s+(?:(?:has|have|had|was|is|will|would|also)\b|said\b|says\b|\p{Ll}+ed\b)/u;

/**
 * The kind of a speaker the article names by a noun only: "said his spokesperson" a person, "said the source"
 * or "a witness said" a person too (trial 19 gave the source's words to the last person named), "the
 * protesters said" a group.
 */
function speakerNounKind(head: string): EntityKind {
  if (ROLE_NOUNS.has(head) || /^(?:source|witness|survivor|relative|neighbou?r|resident|eyewitness)$/.test(head))
    return 'person';
  return head.endsWith('s') ? 'group' : 'other';
}

/**
 * '..., said the CDC's interim deputy director, Anne Schuchat.', '..., said a spokesman for the Cumbria Fire and
 * Rescue squad, Brian Mitchelhill.': a role or a description after the verb, then the person who holds it
 * (trials 9 and 46).
 */
export function holderAfter(sentence: string, after: Attribution, ms: readonly Mention[]): Mention | undefined {
  const phrase = sentence.slice(after.start, after.end).trim();
  // "said RAD’s principal investigator, Don Hassler": a body's title in lower case before the name (trial 147).
  if (
    !ROLE_NOUNS.has(phrase.split(/\s+/).pop()!.toLowerCase()) &&
    !/^(?:a|an|the)\s/i.test(phrase) &&
    !/^\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+\p{Ll}[\p{Ll} -]*$/u.test(phrase)
  )
    return undefined;
  if (!/^,\s*/.test(sentence.slice(after.end))) return undefined;
  return ms.find((x) => x.cand.kind === 'person' && /^,\s*$/.test(sentence.slice(after.end, x.runStart)));
}

/** "said the source", "a witness said": a speaker the article names by a noun phrase only. */
export function unnamedSpeaker(
  phrase: string,
  verb: string,
  make: (name: string, kind: EntityKind) => Cand,
): Who | undefined {
  // "an officer for the Bangladesh water authority": whose officer may run past five words.
  const whose =
    /^(?:the|a|an|one)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:for|of|at|with|from)\s+(?:the\s+)?[\p{L}\s'’-]{2,50}$/u.test(
      phrase,
    );
  if (!/^(?:the|his|her|its|their|a|an|one)\s/i.test(phrase) || (phrase.split(/\s+/).length > 5 && !whose))
    return undefined;
  return {
    cand: make(phrase, speakerNounKind(phrase.split(/\s+/).pop()!.toLowerCase())),
    why: `"${verb} ${phrase}" after the quote; the article gives no name`,
    verb,
  };
}

export function speakerOf(
  sentence: string,
  quotes: ReturnType<typeof findQuotes>,
  quote: { open: number },
  ms: Mention[],
  subject: Who | undefined,
  make: (name: string, kind: EntityKind) => Cand,
  personFor?: (pronoun: string) => Cand | undefined,
  thingFor?: () => Cand | undefined,
  onlyNamedBefore?: () => Cand | undefined,
): Who | null | undefined {
  // '"We take document security seriously," she said' (or 'said she'): the person named last, not the last
  // subject (an organisation, often).
  const byPronoun = (phrase: string, verb: string): Who | undefined => {
    // "Wikinews got in touch with Hyza. “We are truly sorry ...” they told us in a statement.": "they" after a sentence
    // that names one body and nothing else is that body (trial 350 left the words waiting for a speaker).
    const they = /^they$/i.test(phrase) ? onlyNamedBefore?.() : undefined;
    if (they?.kind === 'organisation')
      return { cand: they, why: `"${phrase} ${verb}": the one body the sentence before names`, verb };
    const named = /^(?:he|she)$/i.test(phrase) ? personFor?.(phrase) : undefined;
    if (named) return { cand: named, why: `"${phrase} ${verb}": the person named last before it`, verb };
    // '“The historical legacy of Juneteenth shows ...,” it said.': the body the sentence before was about (trial
    // 137 gave the museum's words to the president).
    const body = /^it$/i.test(phrase) ? thingFor?.() : undefined;
    return body?.kind === 'organisation'
      ? { cand: body, why: `"${phrase} ${verb}": the body the article was last about`, verb }
      : undefined;
  };
  /** The attribution written right after quote `q` ("..., said his spokesperson", '...," Ortiz said'). */
  const attributedAfter = (q: { close: number }): Who | undefined => {
    const after = attributionAfter(sentence, q.close);
    // 'Lage ... said that Castro sends the Bolivian people "fraternal greetings" according to Cuban press agency Prensa
    // Latina.': the agency reports what the one who said it said (trial 206 gave Lage's words to the agency).
    if (
      after?.verb === 'according to' &&
      introducerBefore(sentence, quote.open)?.verb.match(/^(?:said|says|told|tells)$/)
    )
      return undefined;
    if (after) {
      // '...," said the CDC's interim deputy director, Anne Schuchat.': the role, then who holds it (trial 9).
      const holder = holderAfter(sentence, after, ms);
      if (holder)
        return {
          cand: holder.cand,
          why: `"${after.verb} ${sentence.slice(after.start, after.end).trim()}, ${holder.cand.name}" after the quote`,
          verb: after.verb,
        };
      const m = nameAfterVerb(sentence, after, ms);
      if (m) return { cand: m.cand, why: `"${after.verb}" after the quote`, verb: after.verb };
      const phrase = sentence.slice(after.start, after.end).trim();
      const pronoun = byPronoun(phrase, after.verb);
      if (pronoun) return pronoun;
      const unnamed = unnamedSpeaker(phrase, after.verb, make);
      if (unnamed) return unnamed;
    }
    const inverted = attributionInverted(sentence, q.close);
    if (inverted) {
      // '...," Iraq government spokesperson Ali al-Dabbagh said': the person the words end on speaks, not the country
      // their office is of (trial 216 gave the words to Iraq).
      const m =
        ms.filter((x) => x.start >= inverted.start && x.end <= inverted.end + 1 && x.cand.kind === 'person').pop() ??
        mentionIn(ms, inverted.start, inverted.end + 1);
      if (m) return { cand: m.cand, why: `"${inverted.verb}" after the quote`, verb: inverted.verb };
      const said = sentence.slice(inverted.start, inverted.end).trim();
      const pronoun = byPronoun(said, inverted.verb);
      if (pronoun) return pronoun;
      // '..., the radio station said': a speaker the article names by a noun, as after "said the ...". '...," one
      // policeman said.' too: not a person named paragraphs before (trial 200 gave it to Salah al-Obaidi).
      if (
        (/^(?:(?:the|his|her|its|their|a|an)\s|(?:one|another)\s+(?!of\b))/i.test(said) ||
          // '...," court officials told Xinhua.': officials the article names by their office (trial 234).
          /^(?:\p{Ll}+\s+){0,2}(?:officials|officers|sources|witnesses|investigators|prosecutors|authorities|spokesmen|analysts)$/u.test(
            said,
          )) &&
        said.split(/\s+/).length <= 5
      ) {
        const head = said.split(/\s+/).pop()!.toLowerCase();
        const kind: EntityKind = speakerNounKind(head);
        return {
          cand: make(said, kind),
          why: `"${said} ${inverted.verb}" after the quote; the article gives no name`,
          verb: inverted.verb,
        };
      }
    }
    return undefined;
  };
  // An attribution after this quote or a later one ("“A” and “B,” said X") is this quote's; one after an
  // earlier quote only when no introducer of its own comes between ("“A,” Jones said, while Smith called it
  // “B”" is Smith's; "“A”, commented the Chancellor, assuring that ... “B”" the Chancellor's).
  for (const q of quotes.filter((x) => x.open >= quote.open)) {
    const who = attributedAfter(q);
    if (who) return who;
  }
  // "According to Yonhap news agency, quoting ... KCNA, ...": the one quoted is the source of the words.
  const quoting = /\bquoting\s+([^;“”"]+?),/i.exec(sentence);
  if (quoting && quoting.index < quotes[0]!.open) {
    const m = ms.filter((x) => x.start >= quoting.index && x.end <= quoting.index + quoting[0].length).pop();
    if (m) return { cand: m.cand, why: '"quoting" before the quote' };
  }
  // 'Fidel Castro's condition is "satisfactory" following surgery ... according to Cuban vice-premier Carlos Lage and
  // ...': "according to" later in the sentence, past the words that go with the quotation, names whose words they are
  // (trial 206 gave them to Castro, the sentence's subject).
  const last = quotes.at(-1)!;
  const accAfter = /\baccording to\s+/i.exec(sentence.slice(last.close));
  if (accAfter && accAfter.index <= 160 && !introducerBefore(sentence, quote.open)) {
    const from = last.close + accAfter.index + accAfter[0].length;
    const m = ms.find(
      (x) =>
        x.runStart >= from &&
        x.runStart <= from + 60 &&
        (x.cand.kind === 'person' || x.cand.kind === 'organisation') &&
        !/[,;]/.test(sentence.slice(from, x.runStart)),
    );
    if (m) return { cand: m.cand, why: '"according to" later in the sentence' };
  }
  // "According to a witness, Sergeant First Class Michael Marciello, when Artiga saw ...": the witness named
  // after the noun, not the one the words describe (trial 42).
  const acc = /\baccording to (?:(?:an?|the|one)\s+[\p{Ll} ]{2,30},\s+)?([^,;“”"]+)/iu.exec(sentence);
  if (acc && acc.index < quotes[0]!.open) {
    const m = mentionIn(ms, acc.index, acc.index + acc[0].length + 1);
    if (m) return { cand: m.cand, why: '"according to"' };
  }
  // '“A,” said JPL’s Jonah Peter, “B.”': one quotation broken by its attribution; the second half is the same
  // speaker's, not a name's inside the first half (trial 53 gave it to Enceladus).
  const prev = quotes.filter((x) => x.close < quote.open).pop();
  if (prev) {
    const gap = sentence.slice(prev.close + 1, quote.open);
    const at = attributionAt(sentence, prev.close);
    // '"... shut up," said Ruto; "I don't think ..."': a semicolon after the attribution goes on with the same
    // speaker's words too (trial 239 left the second half's speaker empty).
    if (
      at &&
      /^[^“”"]{2,120}[,;]\s*$/.test(gap) &&
      at.end <= quote.open &&
      !/[.;:!?]/.test(sentence.slice(at.end, quote.open).replace(/;\s*$/, ''))
    ) {
      const who = attributedAfter(prev);
      if (who) return { ...who, why: `${who.why}, which breaks one quotation in two` };
    }
  }
  const own = introducedBy(sentence, quote.open, ms, subject, make, personFor);
  if (own !== undefined) return own;
  for (const q of quotes.filter((x) => x.close < quote.open).reverse()) {
    const who = attributedAfter(q);
    if (who) return who;
  }
  // No attribution at all: guesses, marked weak so the quote waits for its author to name who said it.
  if (subject) return { cand: subject.cand, why: `${subject.why}; no attribution verb found`, weak: true };
  const before = ms.filter((m) => m.end <= quote.open).pop();
  if (before) return { cand: before.cand, why: 'the nearest name before the quote', weak: true };
  const next = ms.find((m) => m.start >= quotes[quotes.length - 1]!.close);
  // '"...," court officials told Xinhua.': the one told heard the words (trial 234 guessed Xinhua).
  if (next && /\b(?:told|tells|telling|to|with)\s+(?:the\s+)?$/i.test(sentence.slice(0, next.start))) return undefined;
  if (next) return { cand: next.cand, why: 'the nearest name after the quote', weak: true };
  return undefined;
}

/**
 * Who an attribution verb before a quote gives the words to, read in the verb's own clause: "with Boswell
 * stating:" is Boswell's, whoever the sentence opened with; "Enver Solomon told Sky News" is Solomon's
 * (a name after "told", or in "seen by Sky News", heard the words or has them); a quotation introduced by a
 * colon after a clause is its subject's. `null`: an introducer that names no one the bank can hold ("A
 * leaked internal letter ... says", "with the i reporting"): no name nearby may take its place.
 * `undefined`: no introducer before the quote.
 */
export function introducedBy(
  sentence: string,
  open: number,
  ms: Mention[],
  subject: Who | undefined,
  make: (name: string, kind: EntityKind) => Cand,
  personFor?: (pronoun: string) => Cand | undefined,
): Who | null | undefined {
  /** "He" or "She" opening the sentence's main clause. */
  const heOpens = /^(He|She)\s/.exec(sentence.slice(mainClauseStart(sentence)));
  const intro = introducerBefore(sentence, open);
  if (!intro) {
    // "Sunak defended the government's record ...: “...”": the colon hands the quotation to the clause's subject.
    if (!/:\s*$/.test(sentence.slice(0, open))) return undefined;
    const from = mainClauseStart(sentence);
    // "He framed questioning of the Holocaust as stifled academic debate: “...”": the "He" who introduces it, not a
    // name inside the clause (trial 126 gave the words to the Holocaust).
    const he = heOpens && personFor?.(heOpens[1]!);
    if (he) return { cand: he, why: `"${heOpens![1]}" introduces the quotation with a colon: the person it means` };
    // "The U.S. Speaker of the House, Republican Paul Ryan, expressly disagreed: “...”": the person set off by
    // commas just before the verb is the subject, not the first name of the office (trial 87).
    const appositive = ms.find(
      (x) =>
        // Kinds are still guesses here: a name not yet known as a body's or a place's.
        (x.cand.kind === 'person' || x.cand.kind === 'other') &&
        x.end <= open &&
        // ", Republican Paul Ryan,": a word or two of party or title may stand before the name.
        /,\s*(?:\p{Lu}\p{Ll}+\s+){0,2}$/u.test(sentence.slice(0, x.runStart)) &&
        /^,\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+:\s*$/u.test(sentence.slice(x.end, open)),
    );
    if (appositive)
      return {
        cand: appositive.cand,
        why: 'the person named beside the office that introduces the quotation with a colon',
      };
    const m = ms.find((x) => x.runStart >= from && x.end <= open);
    if (m && /^(?:the\s+)?$/i.test(sentence.slice(from, m.runStart)))
      return { cand: m.cand, why: 'the subject of the clause that introduces the quotation with a colon' };
    return undefined;
  }
  const { verb, verbStart, clauseStart } = intro;
  // "She published her memoir ..., described by the Washington Post as partly “a love story ...”": the one the
  // passive names after "by" used the words (trial 138 gave the Post's words to Bonner).
  if (/^(?:described|called|labelled|labeled|dubbed|termed|characterized|characterised)$/.test(verb)) {
    const by = /^\s+by\s+(?:the\s+)?/i.exec(sentence.slice(intro.verbEnd, open));
    const m = by && ms.find((x) => x.runStart >= intro.verbEnd && x.runStart <= intro.verbEnd + by[0].length + 1);
    if (m && m.end <= open) return { cand: m.cand, why: `"${verb} by ${m.cand.name}": the one the passive names` };
  }
  // The words before the verb in its clause, earlier quotations blanked out (offsets kept).
  const agent = sentence.slice(clauseStart, verbStart).replace(/["“][^"“”]*["”]/g, (x) => ' '.repeat(x.length));
  const names = ms.filter(
    (m) =>
      m.start >= clauseStart && m.end <= verbStart && !LISTENER_BEFORE.test(sentence.slice(clauseStart, m.runStart)),
  );
  // 'He framed questioning of the Holocaust as ...: "...," later adding that "...": a participle goes with the "He"
  // who opens the sentence when no person is named before it (trial 126 gave the words to the Holocaust).
  if (heOpens && /ing$/.test(verb) && !names.some((m) => m.cand.kind === 'person')) {
    const c = personFor?.(heOpens[1]!);
    if (c) return { cand: c, why: `"${verb}" after what "${heOpens[1]}" did: the person it means` };
  }
  // "AFP spoke to Terence Fan, of Singapore Management University, who said": the one "who" follows (trial 11),
  // even after "to".
  if (/,\s*who\s+(?:also\s+|then\s+|later\s+)?$/.test(agent)) {
    const who = ms.filter((m) => m.cand.kind === 'person' && m.start >= clauseStart && m.end <= verbStart).pop();
    if (who) return { cand: who.cand, why: `"who ${verb}" after ${who.cand.name}` };
  }
  // Words between commas before the verb: "Khaled Al-Maeena, editor at large at the Saudi Gazette, said" is
  // the name before them; "Co-founder of Google, Sergey Brin, said" the name they are; "The report, written
  // by engineers at Delta Works, says" neither (a document).
  // "The centre, which also confirmed the initial Chile earthquake, also added": an adverb may follow the aside.
  const aside = /^[^,]*\p{L}[^,]*,.*,\s*(?:also\s+|then\s+|later\s+|further\s+)?$/u.exec(agent)
    ? { start: clauseStart + agent.indexOf(','), end: clauseStart + agent.lastIndexOf(',') }
    : undefined;
  const before = aside ? names.filter((m) => m.end <= aside.start) : names;
  // "Deputy project manager for the rovers, JPL's Richard Cook, said": a body's possessive may stand before the name
  // (trial 385 found no speaker).
  const itself = aside
    ? names.find(
        (m) =>
          /^\s*(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?$/u.test(sentence.slice(aside.start + 1, m.runStart)) &&
          m.end === aside.end &&
          (m.cand.kind === 'person' || sentence.slice(aside.start + 1, m.runStart).trim() === ''),
      )
    : undefined;
  // "Vänsterpartiet Malmö released a statement boycotting next year's Eurovision saying, ...": a participle's
  // speaker is who did the deed before it, not the last name on the way (trial 14 gave six quotes to Eurovision).
  if (/ing$/.test(verb) && names.length > 1) {
    // "After share-holder Tom Strobhar implied ..., Schultz responded by saying": the doer of the main clause,
    // not of the clause fronted before its comma (trial 26).
    const fronted = /^(?:After|When|As|Before|While|Although|Though|Because|Since|Once|If|Following)\b[^,]*,\s*/.exec(
      sentence.slice(clauseStart),
    );
    const main = fronted ? names.filter((m) => m.start >= clauseStart + fronted[0].length) : names;
    const doer = (main.length > 0 ? main : names).find(
      (m) =>
        (m.cand.kind === 'person' || m.cand.kind === 'organisation') &&
        DID_AFTER.test(sentence.slice(m.end, verbStart)),
    );
    if (doer) return { cand: doer.cand, why: `"${verb}" after what ${doer.cand.name} did` };
  }
  // "Another plan announced by Obama is to end the ... policy saying, “...”": a participle's speaker is the one the
  // passive says did it, though "by" before a name usually marks a listener (trial 77 gave it to the United States).
  if (/ing$/.test(verb)) {
    // "Johnny Donovan, manager of J Donovan Productions, is quoted by the New York Daily Times as saying, “...”": the
    // one quoted speaks, not the paper that quotes him (trial 136 gave his words to the paper).
    const quotedBy = /\b(?:is|are|was|were)\s+(?:quoted|cited|reported|interviewed)\s+by\b/i.test(
      sentence.slice(clauseStart, verbStart),
    );
    const by = quotedBy
      ? undefined
      : ms.find(
          (x) =>
            x.start >= clauseStart &&
            x.end <= verbStart &&
            (x.cand.kind === 'person' || x.cand.kind === 'organisation') &&
            /\b\p{Ll}+(?:ed|en)\s+by\s+(?:the\s+)?$/u.test(sentence.slice(clauseStart, x.runStart)),
        );
    if (by) return { cand: by.cand, why: `"${verb}" after a passive: the one it was done by` };
    const quoted = quotedBy ? names.find((m) => m.cand.kind === 'person') : undefined;
    if (quoted) return { cand: quoted.cand, why: `"quoted by ... as ${verb}": the one quoted` };
  }
  // "Rep. Charles Rangel (Democrats) who represents a neighborhood which Chavez recently visited said": the person
  // the relative clause is about speaks, not one named inside it (trial 69 gave Rangel's words to Chávez).
  const relative = /\b(?:who|which)\s/.exec(agent);
  if (relative) {
    const at = clauseStart + relative.index;
    // Not a name in brackets ("(Democrats)"), which only tags the one before it.
    const head = names.filter((m) => m.end <= at && sentence[m.runStart - 1] !== '(').pop();
    // The clause is about the name right before it; "a staff member at Shangri-La's Rasa Sentosa Resort & Spa, who
    // witnessed Chan being taken away ..., stated" is about someone the article does not name (trial 140 gave the
    // witness's words to the man who died).
    const adjacent =
      head !== undefined &&
      // Kinds are still guesses here: a name not yet known as a person's is "other"; a place is no one, and nor is
      // a name after a preposition ("a staff member at ... Resort & Spa, who").
      head.cand.kind !== 'country' &&
      head.cand.kind !== 'city' &&
      !/\b(?:at|of|for|from|in|with|by|to|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/iu.test(
        sentence.slice(0, head.runStart),
      ) &&
      // "Maria Lopez, 34, who lives near the plant, said": an age may stand between.
      /^\s*(?:\([^)]*\)\s*)?(?:,\s*\d{1,3})?,?\s*$/.test(sentence.slice(head.end, at));
    if (head && adjacent && names.some((m) => m.start > at))
      return { cand: head.cand, why: `"${verb}" after the relative clause on ${head.cand.name}` };
    // "John Smith, the mayor of Springfield, who toured the site, said": the person the apposition is about speaks.
    const apposed = names.find((m) => {
      if (m.cand.kind !== 'person' || m.end > at) return false;
      const between = sentence.slice(m.end, at);
      // "Michael McCaul, chairman of the House Foreign Affairs Committee, who has been ..., told" (trial 177).
      // Without an article, only a role ("union leaders, who had waited ..." after a name are others).
      return (
        /^,\s*(?:[Aa]n?|[Tt]he)\s+[^,]{2,80},\s*$/.test(between) ||
        (/^,\s*\p{Ll}[^,]{2,80},\s*$/u.test(between) && ROLE_NOUNS.has(/^,\s*(\p{Ll}+)/u.exec(between)![1]!))
      );
    });
    if (!adjacent && apposed)
      return { cand: apposed.cand, why: `"${verb}" after the relative clause on ${apposed.cand.name}` };
    if (!adjacent && /,\s*(?:who|which)\s[^,]*,\s*$/.test(agent)) {
      const phrase = /(?:^|,\s*)((?:a|an|the)\s+[^,]{2,80}?)\s*,?\s*$/i.exec(sentence.slice(clauseStart, at))?.[1];
      const words = phrase?.split(/\s+/).slice(1, 4) ?? [];
      if (phrase && words.some((w) => ROLE_NOUNS.has(w.toLowerCase())))
        return { cand: make(phrase, 'person'), why: `"${phrase} ..., ${verb}"; the article gives no name`, verb };
      return null;
    }
  }
  // "residents on the small Maldive island of Kudahuvadhoo claimed": people named by a noun speak, not the place
  // that tells which people (trial 72 gave four quotes to an island).
  const people =
    /^\s*(?:the\s+|some\s+|many\s+|several\s+)?(residents|villagers|witnesses|locals|officials|workers|protesters|farmers|students|people)\s+(?:of|on|in|from|at)\b/i.exec(
      agent.split(',').pop()!,
    );
  if (people && names.length > 0 && names.every((m) => m.cand.kind !== 'person' && m.cand.kind !== 'organisation')) {
    const noun = people[1]!.toLowerCase();
    return { cand: make(`${noun} of ${names.at(-1)!.cand.name}`, 'group'), why: `"${noun} ... ${verb}"` };
  }
  // "Talking about the US efforts ..., he said": "he" right before the verb is its subject, a person, whatever
  // the clause named before it (trial 69 gave three of Chávez's quotes to the United States).
  const pronoun = /\b(he|she)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/i.exec(agent);
  // "David Osler of Lloyd's List has said": a name that owns another ("Lloyd's List") names a thing, not a speaker
  // (trial 282 gave Osler's words to "Lloyd").
  const personNamed = before
    .filter((m) => m.cand.kind === 'person' && !/^['’]s\s+\p{Lu}/u.test(sentence.slice(m.end)))
    .pop();
  // "..., he said that it is “...”, adding “...”", "he announced his country's bid for a seat on the Security
  // Council, saying": a participle after a comma goes with the "he" of its clause, not with a body named later.
  const heSaid = /\b(he|she)\s+(?:\w+ly\s+|also\s+)?(?:said|says|told|\p{Ll}{3,}ed)\b/iu.exec(agent);
  // "He also addressed critics ..., such as former Vice President Dick Cheney saying, “...”": a name given as an
  // example of what "he" addressed is no speaker (trial 77 gave Obama's words to Cheney, twice).
  const lastName = names.at(-1);
  const example =
    lastName !== undefined &&
    /\b(?:such as|including|like)\s+(?:(?:former|then|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(
      sentence.slice(clauseStart, lastName.runStart),
    ) &&
    /^\s*$/.test(sentence.slice(lastName.end, verbStart));
  if (/ing$/.test(verb) && heSaid && ((/,\s*$/.test(agent) && !personNamed) || example)) {
    const c = personFor?.(heSaid[1]!);
    return c ? { cand: c, why: `"${heSaid[0]} ..., ${verb}": the person named last before it` } : undefined;
  }
  if (pronoun && !personNamed) {
    // "Iraqi Prime Minister Nouri al-Maliki did not mention al-Sadr's movement, and he said ...": a "he" in a later
    // clause is the sentence's subject, named before it, not the last person named (trial 200 gave al-Maliki's words
    // to al-Sadr, whose name is only an owner's).
    const subjectNamed = ms.find(
      (m) =>
        m.cand.kind === 'person' &&
        m.end <= clauseStart &&
        m.cand.gender !== (/^she$/i.test(pronoun[1]!) ? 'm' : 'f') &&
        !/^['’]s?\b/.test(sentence.slice(m.end)) &&
        /^(?:[^,]{0,60},\s*)?(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.test(sentence.slice(0, m.runStart)) &&
        !/\b(?:of|to|with|by|from|about|against|for|on|at|in|and|or|than|as)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(
          sentence.slice(0, m.runStart),
        ) &&
        /^\s+(?:\p{Ll}+ly\s+)?(?:did|does|do|has|had|have|is|was|were|will|would|could|\p{Ll}+ed|\p{Ll}+s)\b/u.test(
          sentence.slice(m.end),
        ),
    );
    if (subjectNamed && clauseStart > 0)
      return { cand: subjectNamed.cand, why: `"${pronoun[1]} ${verb}" in a later clause: the sentence's subject` };
    const c = personFor?.(pronoun[1]!);
    if (c) return { cand: c, why: `"${pronoun[1]} ${verb}": the person named last before it` };
    return undefined;
  }
  // "Russia's defense ministry has denied ..., posting a statement ... which read, “...”": the ministry that opens the
  // sentence speaks, not the country its possessive names (trial 207).
  if (subject?.ownBody && !names.some((m) => m.cand.kind === 'person'))
    return { cand: subject.cand, why: `"${verb}": ${subject.why}` };
  // "in what the EU's agriculture commissioner has called “...”": an office a body's possessive names, with no name of
  // its own, speaks; the body does not (trial 204 gave the commissioner's words to the European Union).
  const office =
    /(?:^|\s)((?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?!(?:has|had|have)\b)([\p{Ll}-]+))(?:\s+(?:has|had|have))?(?:\s+\p{Ll}+ly)?\s*$/u.exec(
      agent,
    );
  if (office && ROLE_NOUNS.has(office[2]!))
    return { cand: make(office[1]!, 'person'), why: `"${office[1]} ${verb}"; the article gives no name`, verb };
  // "Christie's lieutenant governor, Kim Guadagno, said": the person the words between commas name speaks, not the
  // one whose office it is (trial 92 gave three of Guadagno's sentences to Christie).
  const named =
    (itself?.cand.kind === 'person' && personNamed && /^['’]s?\s/.test(sentence.slice(personNamed.end))
      ? itself
      : undefined) ??
    personNamed ??
    (itself?.cand.kind === 'person' ? itself : undefined) ??
    // "In an interview with The New Paper, Dr. Tan Heok Hui, an ichthyologist and ... officer, stated": past an
    // opening phrase, the person its comma leads to, before their apposition (trial 140 found no speaker).
    (aside
      ? names.find(
          (m) =>
            m.cand.kind === 'person' &&
            /^,\s*$/.test(sentence.slice(aside.start, m.runStart)) &&
            /^,/.test(sentence.slice(m.end)) &&
            m.end < aside.end,
        )
      : undefined) ??
    before.pop() ??
    itself ??
    // "In a press conference, the state governor, Henry McMaster, said": a phrase before the subject holds a comma
    // of its own, and the name set off just before the verb is who speaks (trial 118 found no speaker).
    (aside
      ? names.find(
          (m) =>
            m.end === aside.end &&
            m.cand.kind === 'person' &&
            /,\s*(?:\p{Lu}\p{Ll}+\s+){0,2}$/u.test(sentence.slice(clauseStart, m.runStart)),
        )
      : undefined);
  if (named) return { cand: named.cand, why: `"${verb}" and the name before it` };
  if (pronoun) {
    const c = personFor?.(pronoun[1]!);
    if (c) return { cand: c, why: `"${pronoun[1]} ${verb}": the person named last before it` };
  }
  // ', assuring that ...': a participle with no subject of its own goes with the attribution before it, or,
  // with none, with the sentence's subject ("Miliband denied that the United States threatened ..., arguing
  // publication would ..." is Miliband's; trial 7). A name inside the clause before is never the speaker.
  if (/ing$/.test(verb) && /,\s*$/.test(agent)) {
    if (introducerBefore(sentence, clauseStart)) return undefined;
    // 'It has also been criticized by the British Medical Association, saying "..."': the doer of the passive
    // speaks, not its subject (trial 43 gave the words to the party named before).
    const by = ms.find(
      (x) =>
        x.end <= verbStart &&
        /\b(?:was|were|been|is|are|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s+(?:the\s+)?$/u.test(
          sentence.slice(0, x.runStart),
        ),
    );
    if (by) return { cand: by.cand, why: `"${verb}" after a passive: the one it was done by` };
    if (subject && subject.cand.kind !== 'country')
      return { cand: subject.cand, why: `"${verb}" with no subject of its own: ${subject.why}` };
    // Past an opening phrase ("In February last year, Miliband denied ..."): the main clause's first name.
    const from = mainClauseStart(sentence);
    const m = ms.find((x) => x.runStart >= from && x.end <= verbStart);
    if (m && m.cand.kind === 'person' && /^(?:the\s+)?$/i.test(sentence.slice(from, m.runStart)))
      return { cand: m.cand, why: `"${verb}" with no subject of its own: the subject of the main clause` };
    return undefined;
  }
  // "... said her party ..., and said it was “damning”": the same subject speaks again.
  const empty = /^(?:\s|also|then|later|again|further|has|have|had)*$/i.test(agent);
  // The earlier verb's own speaker, read the same way, before the sentence's subject ("Harbour Party's
  // spokeswoman Helen Brooks said ..., and said": Helen Brooks, not the party).
  if (intro.joined === 'and' && empty && clauseStart > 0) {
    const first = introducedBy(sentence, clauseStart, ms, subject, make, personFor);
    if (first) return first;
  }
  if (subject && (intro.joined === 'main' || (intro.joined === 'and' && empty)))
    return { cand: subject.cand, why: `"${verb}" with ${subject.why}` };
  // '"...", it added; and, later, "..."': a pronoun the sentence does not resolve leaves the quote to its context.
  if (/^(?:it|they|he|she)$/i.test(agent.replace(/["“”,;:]/g, ' ').trim())) return undefined;
  // "A spokesperson for the store told Reuters": the phrase before the verb speaks, though unnamed.
  if (intro.joined === 'main') {
    const phrase = /^(?:As\s+)?((?:A|An|The)\s+[\p{L} '’-]{2,60}?)\s*$/u.exec(agent)?.[1];
    const head = phrase?.split(/\s+/)[1]?.toLowerCase();
    if (phrase && head && ROLE_NOUNS.has(head))
      return { cand: make(phrase, 'person'), why: `"${phrase} ${verb}"; the article gives no name`, verb };
  }
  return null;
}

/** The one an attribution after a quote names: "said X", with the names around X read as below. */
export function nameAfterVerb(sentence: string, after: Attribution, ms: Mention[]): Mention | undefined {
  const m0 = mentionIn(ms, after.start, after.end + 1);
  // "said University of Hawaii's Lauren Schurmeier": the one the body has speaks (trial 24).
  const owned =
    m0 && /^['’]s\s/.test(sentence.slice(m0.end))
      ? ms.find((x) => x.runStart >= m0.end && x.runStart <= m0.end + 3 && x.end <= after.end + 1)
      : undefined;
  // "said observer and UK Independence Party member Richard Wood": the person the phrase ends on, not the
  // body of which they are a member (trial 27).
  const last = ms.filter((x) => x.start >= after.start && x.end <= after.end + 1).pop();
  const person = last && last !== m0 && last.cand.kind === 'person' && last.end >= after.end - 1 ? last : undefined;
  // "said an officer for the Bangladesh water authority": a country's name before a body's noun says whose body; the
  // officer speaks, unnamed (trial 305 gave the words to Bangladesh).
  if (
    !owned &&
    !person &&
    m0 &&
    (m0.cand.kind === 'country' || m0.cand.kind === 'city') &&
    /^\s+\p{Ll}/u.test(sentence.slice(m0.end, after.end + 1)) &&
    /^(?:a|an|the|one)\s+\p{Ll}/u.test(sentence.slice(after.start, after.end).trim())
  )
    return undefined;
  return owned ?? person ?? m0;
}

/** Common words in -ic and -ern that a people's adjective test would keep capitalised: "Public schools", "Northern". */
export const COMMON_IN_IC_OR_ERN =
  /^(?:Public|Electric|Traffic|Northern|Southern|Eastern|Western|Modern|Generic|Organic|Economic|Domestic|Historic|Classic|Plastic|Basic|Toxic|Magic|Music|Panic|Topic|Critic|Clinic|Logic|Scenic|Graphic|Specific|Dramatic|Academic|Athletic|Chronic|Tragic|Strategic|Concern|Pattern|Lantern|Cavern|Tavern)$/;

/** A broadcast's hand-off to its reporter, a sentence of its own: "VOA's Chris Simkins has more on the story." */
export const HANDOFF =
  /^(?:\p{Lu}[\p{L}&.]*['’]s\s+)?(?:(?:correspondent|reporter)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:has (?:more (?:on|about|from)|this report|the story|details)\b[^.!?]{0,80}|has more|reports(?:\s+for\s+(?:VOA|the\s+Voice\s+of\s+America|VOA\s+News|BBC\s+News|the\s+BBC))?(?:\s+from\s+[^.!?]{2,60})?)\.$/u;

/** A generation written after a person's name: "Jr.", "III". */
export const GENERATION = /^(?:Jr\.?|Sr\.?|I{2,3}|IV|V|VI)$/;

/** A verb a person's given name opens a sentence with: "Elham is hoping", "Roya wants". */
export const GIVEN_NAME_VERB =
  /^\s+(?:is|was|has|had|wants|wanted|says|said|feels|felt|lives|lived|hopes|hoped|plays|played|works|worked|knows|knew|speaks|spoke|thinks|thought|likes|liked|loves|loved|goes|went|takes|took|gets|got|makes|made|comes|came|becomes|became|decides|decided|tries|tried|wins|won|starts|started|began|needs|needed|learns|learned|studies|studied|teaches|taught|writes|wrote|remembers|remembered|believes|believed|grew|moved|left|arrived|returned)\b/;

/**
 * "Surface Water and Ocean Topography" read as a body for a word inside it ("Water"), not for its last word as
 * "Arecibo Observatory" is: a craft's noun after the name outweighs it.
 */
export function bodyWordInside(name: string, why: string): boolean {
  const word = /^"([^"]+)" names an organisation$/.exec(why)?.[1];
  return word !== undefined && name.split(/\s+/).at(-1) !== word;
}

/** Where a city's name ends with the country written after it ("Kuala Lumpur, Malaysia"), or where it ends. */
export function placedIn(sentence: string, city: Mention, ms: readonly Mention[]): number {
  const country = ms.find((m) => m.cand.kind === 'country' && /^,\s*$/.test(sentence.slice(city.end, m.start)));
  return country ? country.end : city.end;
}

/** The words of a quote's introducer, from its clause to its verb ("A leaked internal letter seen by Sky News says"). */
export function introducerWords(sentence: string, open: number): string {
  const intro = introducerBefore(sentence, open);
  const words = intro ? sentence.slice(intro.clauseStart, intro.verbEnd).trim() : '';
  return words.length <= 100 ? words : '';
}

// Those who can act: a study, a report or the broadcasts do nothing a "Who ...?" could ask about.
/** Plural nouns for people or bodies ("the authorities", "the protesters"); "the forms" are things, no entity. */
const PEOPLE_PLURALS = new Set(
  (
    'people officials authorities police troops forces staff crew crews families children parties companies countries ' +
    'nations states governments agencies groups unions allies rebels militants refugees critics delegates judges locals ' +
    'citizens victims witnesses couples teams clubs firms banks schools universities hospitals youths elders democrats ' +
    'republicans communities tribes villagers islanders colleagues crowds'
  ).split(' '),
);
export const namesPeople = (noun: string) =>
  PEOPLE_PLURALS.has(noun) || /(?:ers|ors|ists|ians|ants|ents|ees|eers|men)$/.test(noun);

export const GROUP_SUBJECT =
  /^(?:[Tt]he )?((?:[A-Z]?[a-z]+ ){0,2}(?:government|department|ministry|agency|police|officials|investigators|scientists|researchers|authorities|company|council|military|navy|army|fishermen|court|panel|committee|manufacturers|makers)|(?!(?:His|Her|Its|Their|Our|My|Your|The|This|That) )(?:[A-Z][a-z]+ )(?:team|residents|voters|students|company))\b/;
