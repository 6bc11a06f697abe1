// Who did or said what: the subject of a sentence and its verb phrase, for action facts ("North Korea
// stated it would attack any loudspeakers"), reported speech ("Kargbo told VOA that ...") and passives
// ("was negotiated by Ibrahim Ben Kargbo"). Word patterns, not a parser: every find is a guess the
// draft marks for the author.

/** An introductory phrase before the subject: "Yesterday,", "In a statement released Monday,". */
// "Then-mediator Kofi Annan resigned ...": the past office before the name is no part of the subject's name (trial 382).
const INTRO =
  /^(?:(?:On|In|At|By|After|Before|During|Since|Last|Earlier|Later|Yesterday|Today|Finally|However|Meanwhile|Also|Then|Now|Recently|Previously|Separately|Additionally|Following|Of|According to)\b[^,;"“”]{0,70},\s+|(?:Yesterday|Today|Finally|Meanwhile|Separately)\s+|(?:Then|Ex|Now)-\p{Ll}+\s+(?=\p{Lu}))/u;

/** "— on $200 billion of Chinese imports —": an aside between dashes inside a phrase, before it goes on. */
const DASH_ASIDE = /\s[—–]\s[^—–;"“”]{2,80}\s[—–]\s(?=\p{Ll})/gu;

const AUX =
  '(?:(?:has|have|had|will|would|could|can|may|might|must|should|is|are|was|were|did|does|do)\\s+)?(?:(?:also|already|recently|not|now|still|previously|then|later|first|just|reportedly|officially|finally|quickly)\\s+)?(?:been\\s+)?';
const IRREGULAR =
  // "read" (past as written), "let", "hurt", "cost", "spread", "shut", "cast" (retrial 32 lost the lede's "reads").
  'read|reads|let|lets|hurt|cost|spread|shut|cast|said|says|told|tells|sent|sends|took|takes|made|makes|gave|gives|held|holds|began|begins|led|leads|won|wins|lost|loses|met|meets|left|leaves|found|finds|brought|brings|built|builds|cut|cuts|put|puts|set|sets|spent|sought|seeks|fought|fights|hit|hits|ran|runs|saw|sees|became|becomes|came|comes|went|goes|wrote|writes|spoke|speaks|chose|chooses|drew|flew|grew|grows|knew|knows|threw|broke|stood|struck|paid|pays|sold|sells|kept|keeps|thought|thinks|felt|heard|meant|got|gets|shot|rose|fell|drove|stole|wore|swore|tore|understood|withdrew|oversaw|believes|plans|wants|asks|calls|urges|warns|hopes|expects|intends|needs|offers|claims|argues|notes|adds|continues|remains|includes|faces|refuses|rejects|agrees|promises|supports|opposes|denies|accuses|estimates|predicts|suggests|shows|says';
/** A verb right after the subject, with its auxiliaries: the start of the verb phrase. */
const VERB = new RegExp(`^${AUX}(?:[a-z]+ed|[a-z]{3,}[^su]s|${IRREGULAR})\\b`);
const PASSIVE =
  /^(?:has been|have been|had been|was|were|is|are|will be)\s+([a-z]+(?:ed|en|wn|ld|lt|ght|nt|id|un))\s+by\s+/;
/** Past forms of participles that differ from them: the passive's doer is asked "Who wrote ...?". */
const PARTICIPLE_PAST: Record<string, string> = {
  written: 'wrote',
  taken: 'took',
  given: 'gave',
  driven: 'drove',
  chosen: 'chose',
  broken: 'broke',
  spoken: 'spoke',
  stolen: 'stole',
  beaten: 'beat',
  eaten: 'ate',
  forgotten: 'forgot',
  hidden: 'hid',
  ridden: 'rode',
  risen: 'rose',
  seen: 'saw',
  shaken: 'shook',
  woken: 'woke',
  frozen: 'froze',
  overtaken: 'overtook',
  undertaken: 'undertook',
  shown: 'showed',
  known: 'knew',
  drawn: 'drew',
  thrown: 'threw',
  grown: 'grew',
  flown: 'flew',
  blown: 'blew',
  sworn: 'swore',
  torn: 'tore',
  worn: 'wore',
  overthrown: 'overthrew',
  withdrawn: 'withdrew',
  won: 'won',
  begun: 'began',
  run: 'ran',
  spun: 'spun',
  struck: 'struck',
};

/** The past of a passive's participle ("negotiated", "written" -> "wrote"); undefined for one not known. */
function pastOf(participle: string): string | undefined {
  return /(?:en|wn|un)$/.test(participle) ? PARTICIPLE_PAST[participle] : participle;
}

const NOT_VERBS = new Set([
  'based',
  'called',
  'named',
  'aged',
  'related',
  'used',
  'united',
  'red',
  'need',
  'speed',
  'feed',
  'seed',
  'shed',
  'bed',
]);

/** Words a phrase or a clause begins with: a long verb phrase is cut before one of them. */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set(
  'to that which who whom whose and or but with for in at on by from of as after before while when where if'.split(' '),
);

/** Words a clause begins with: a long verb phrase is best cut before one of them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('that which who whom whose while when where because'.split(' '));
/** "and couldn't find", "but has committed": "and" joining a second verb phrase, not two nouns. */
const CLAUSE_VERB =
  /^(?:(?:\p{Ll}+ly|then|later)\s+)?(?:could|couldn't|would|wouldn't|will|won't|can|can't|did|didn't|does|doesn't|has|have|had|is|was|were|are|[a-z]+ed)\b/u;
/** A word that cannot end a verb phrase: its object or complement comes next ("the cause was | that ..."). */
const WAITING =
  /^(?:was|were|is|are|be|been|being|said|says|say|believes|believe|thinks|think|and|or|but|of|to|the|a|an)$/;
/** A verb phrase is cut to this many words: longer, the question's stem is the article's sentence. */
const MAX_ACTION_WORDS = 24;
/** ", and eventually went": a second deed of the same subject. */
const SECOND_DEED = new RegExp(`,\\s+and\\s+(?:\\p{Ll}+ly\\s+|then\\s+|later\\s+)?(?:[a-z]+ed|${IRREGULAR})\\b`, 'u');

export interface Clause {
  /** Where the subject starts and ends in the sentence. */
  subjectStart: number;
  subjectEnd: number;
  /** The verb phrase, cut at the clause's end: "stated it would attack any loudspeakers". */
  action: string;
  /** A passive turned round: the doer is named after "by" (offset of that name in the sentence). */
  byStart?: number;
}

/** Where a verb phrase ends: a comma before no "and", "that" or "which", a semicolon, a dash, the sentence's end, a bracket. */
const PHRASE_END = /,\s(?!(?:and|or|but|that|which|who)\b)|;\s|\s[—–]\s|[.!?]["'”’]*$|\s\(/;

/** Where the subject of a sentence starts once an introductory phrase is skipped. */
export function subjectStart(sentence: string): number {
  const m = INTRO.exec(sentence);
  return m ? m[0].length : 0;
}

/**
 * The verb phrase after a subject that ends at `subjectEnd`: "has asked government officials how ...".
 * An apposition or a parenthetical between them is skipped ("Paul Dewar, an Ottawa MP, said ...").
 */
export function clauseAfter(sentence: string, subjectStart: number, subjectEnd: number): Clause | undefined {
  let at = subjectEnd;
  // "NASA's balloons are fabricated by Aerostar": the name owns the subject, it is not the subject; only a passive
  // says who did something, to the thing owned (trial 91 asked "Who balloons are fabricated by Aerostar?").
  const owned = /^['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,1}\p{Ll}[\p{Ll}-]*)\s+/u.exec(sentence.slice(at));
  if (owned && !/^(?:been|got|gone|had|not|also|already|never|just|now|still|a|an|the)\b/.test(owned[1]!)) {
    const passive = PASSIVE.exec(sentence.slice(at + owned[0].length));
    if (!passive) return undefined;
    const past = pastOf(passive[1]!);
    if (!past) return undefined;
    const object = sentence.slice(subjectStart, at + owned[0].length).trim();
    return { subjectStart, subjectEnd, action: `${past} ${object}`, byStart: at + owned[0].length + passive[0].length };
  }
  let rest = sentence.slice(at).replace(/^['’]s\b/, '');
  const paren = /^,\s[^,;"“”]{1,90},\s/.exec(rest) ?? /^\s\([^)]{1,60}\)/.exec(rest);
  if (paren) {
    at += paren[0].length;
    rest = rest.slice(paren[0].length);
  }
  // "Hosni Mubarak yesterday announced a new cabinet": a day between the name and its verb says when (trial 114
  // drafted no deed of the story's one named person).
  const lead =
    /^\s*(?:(?:yesterday|today|tonight|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|month|year|night))\s+(?=\p{Ll}))?/u.exec(
      rest,
    )![0];
  at += lead.length;
  rest = rest.slice(lead.length);
  const passive = PASSIVE.exec(rest);
  if (passive) {
    const by = at + passive[0].length;
    // "The agreement was negotiated by X": X negotiated the agreement. "was written by" asks "Who wrote ...?".
    const past = pastOf(passive[1]!);
    if (!past) return undefined;
    const object = sentence
      .slice(subjectStart, subjectEnd)
      .replace(/^(?:The|A|An|This|That|Its|Their|His|Her)\b/, (w) => w.toLowerCase());
    // "He was freed by US commandos": asked as "Who freed He?" (trial 124); whom the pronoun means is elsewhere.
    if (/^(?:he|she|it|they|we|i|you|this|that|these|those)$/i.test(object.trim())) return undefined;
    return { subjectStart, subjectEnd, action: `${past} ${object}`, byStart: by };
  }
  const verb = VERB.exec(rest);
  if (!verb) return undefined;
  const word = /([a-z]+)$/.exec(verb[0])![1]!;
  if (NOT_VERBS.has(word)) return undefined;
  // "added other forms of debris, such as buoys and suspected military waste, wash up on the islands": an aside of
  // examples is left out, not the end of the phrase (trial 72 asked "Who added other forms of debris ...?").
  // Only after the verb, only "such as", and only before a verb of the reported clause ("wash up").
  rest =
    rest.slice(0, verb[0].length) +
    rest.slice(verb[0].length).replace(/,\s(?:such as)\s[^,;"“”]{2,80},(?=\s\p{Ll}+\s)/gu, '');
  // ", militarily," is an aside inside the verb phrase, not its end ("would respond, militarily, within 48 hours"):
  // its commas are masked (same length) while the end is sought.
  const masked = rest
    .replace(/,(\s\p{Ll}+ly),(?=\s)/gu, ' $1 ')
    // "to become the first, full-time head of the European Union": a comma between two words describing one noun
    // (trial 345 drafted "... to become the first").
    .replace(
      /(\b(?:the|a|an)\s+(?:first|second|third|fourth|fifth|last|next|only|new|former)),(?=\s\p{Ll}[\p{L}-]*\s+\p{Ll})/gu,
      '$1 ',
    )
    // "told the CNN network that, like most others, he had been sleeping" or "that like most others, he ...": a
    // short phrase opening the reported clause is no end of it (trial 118 drafted "told ... that like most others").
    .replace(
      /(\bthat),?(\s(?:like|unlike|as|in|after|before|despite|for|with|without|during|since|until|according to)\s[^,;"“”]{1,40}),(?=\s\p{L})/gu,
      (_m, that: string, phrase: string) => `${that} ${phrase} `.slice(0, _m.length),
    )
    // "noted a system called positive train control, which was not in use on the stretch of line, could have
    // forestalled the collision": a relative clause between commas, then the verb it interrupts (trial 118 stopped
    // before the point).
    .replace(
      /,(\s(?:which|who)\s[^,;"“”]{2,80}),(?=\s(?:could|would|should|might|may|can|will|was|were|is|are|had|has|have)\b)/gu,
      ' $1 ',
    )
    // "has told the Trump administration that the latest tariffs — on $200 billion of Chinese imports — could increase
    // prices": an aside between dashes is no end of the phrase (trial 387 drafted "... that the latest tariffs").
    .replace(DASH_ASIDE, (x) => ' '.repeat(x.length));
  let stop = masked.search(PHRASE_END);
  // "partnered with ranches in Kansas, New Mexico and Colorado": a list of names runs on to its "and" (trial 8).
  const list =
    stop > 0
      ? /^(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}){1,6},?\s(?:and|or)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(
          rest.slice(stop),
        )
      : null;
  if (list && /\p{Lu}[\p{L}'’.-]*$/u.test(rest.slice(0, stop))) stop += list[0].length;
  // "divide up their gap year with work, travel, study and volunteering": a list of things in a word or two each runs
  // on to its "and" and the end of the sentence or phrase (trial 279 asked "... with work?").
  else if (stop > 0) {
    const items =
      /^(?:,\s(?!(?:which|who|that|where|when|while|but|so|as|if|because|including|such|then)\b)\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?){1,5},?\s(?:and|or)\s\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?(?=[.,;!?]|$)/u.exec(
        rest.slice(stop),
      );
    if (
      items &&
      /\s\p{Ll}[\p{Ll}-]*$/u.test(rest.slice(0, stop)) &&
      !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|do|does|did)\b/.test(items[0])
    )
      stop += items[0].length;
    // "says that colder temperatures, lack of sunlight and increased dust particles ... has stopped its batteries from
    // charging": a list opens the clause said, whose verb comes after its "and" (trial 317 asked "Who says that colder
    // temperatures?").
    else if (
      /\b(?:says|said|say|stated|states|reported|reports|announced|announces|found|finds)\s+that\s+[^,;]{2,60}$/.test(
        rest.slice(0, stop),
      )
    ) {
      // Items that name things: not an aside that describes ("the mission, launched in 2018 and extended twice, was
      // a success": the review's counterexample).
      const listed =
        /^(?:,\s(?!(?:which|who|that|where|when|while|\p{Ll}+ed|\p{Ll}+ing)\b)[^,;.]{2,40}){1,4},?\s(?:and|or)\s/u.exec(
          rest.slice(stop),
        );
      if (listed) {
        const after = stop + listed[0].length;
        const next = masked.slice(after).search(PHRASE_END);
        stop = next >= 0 ? after + next : -1;
      }
    }
  }
  // "Who also warned ...?": "also" points to someone before, whom the question does not show (trial 18).
  let action = (stop < 0 ? rest : rest.slice(0, stop))
    .replace(/[.!?]+$/, '')
    .trim()
    .replace(/^(?:also|further|likewise)\s+/, '');
  // The aside between dashes, masked above, is left out too.
  action = action.replace(DASH_ASIDE, ' ');
  // The relative clause between commas, masked above, is left out of the phrase: "noted a system called positive
  // train control could have forestalled the collision".
  action = action.replace(
    /,\s(?:which|who)\s[^,;"“”]{2,80},\s(?=(?:could|would|should|might|may|can|will|was|were|is|are|had|has|have)\b)/u,
    ' ',
  );
  // "plead guilty to the lesser charge of manslaughter, which, unlike murder, does not ...": a relative clause cut at its
  // own aside says nothing; the phrase ends before it (trial 120 asked "... manslaughter, which").
  action = action.replace(/,\s(?:which|who)(?:\s[^\s,]+){0,3}$/, '');
  // "went to his commanding officer in order to file a formal complaint": the purpose is a cause of its own,
  // and a stem that holds it is a sentence long (trial 42).
  action = action.replace(/,?\s+(?:in order to|so as to|so that)\s.*$/, '');
  // "attempted to confront his team leader several times without success, and eventually went to ...": a long
  // phrase of two deeds keeps the first; asked whole, the stem is the article's sentence.
  if (action.split(/\s+/).length > 15) {
    const next = SECOND_DEED.exec(action);
    if (next && action.slice(0, next.index).split(/\s+/).length >= 4) action = action.slice(0, next.index);
  }
  const words = action.split(/\s+/);
  // "indicated he reviewed hundreds of documents regarding Ford's case | and couldn't find any of the required
  // documents that should be filed when ...": a long phrase keeps its first clause, cut where the next begins,
  // unless that leaves a verb waiting for its object ("said one of the causes was | that ...").
  if (words.length > MAX_ACTION_WORDS) {
    for (let k = 8; k < Math.min(words.length - 2, 31); k++) {
      const w = words[k]!;
      const opens =
        CLAUSE_OPENERS.has(w) ||
        ((w === 'and' || w === 'but') && CLAUSE_VERB.test(words.slice(k + 1, k + 3).join(' ')));
      if (opens && !WAITING.test(words[k - 1]!)) {
        action = words
          .slice(0, k)
          .join(' ')
          .replace(/[,;:]$/, '');
        break;
      }
    }
  }
  if (action.split(/\s+/).length > 30) {
    // Cut where a phrase begins, not inside one ("... should enter a wartime state to be fully").
    const kept = action.split(/\s+/).slice(0, 30);
    let cut = kept.length;
    for (let k = kept.length - 1; k >= 12; k--)
      if (PHRASE_OPENERS.has(kept[k]!)) {
        cut = k;
        break;
      }
    action = kept
      .slice(0, cut)
      .join(' ')
      .replace(/[,;:]$/, '');
  }
  if (words.length < 2) return undefined;
  return { subjectStart, subjectEnd, action };
}
