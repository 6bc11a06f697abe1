// A "How many ...?" stem for a drafted number, read from the clause around it, so the draft asks what a
// reader would ("How many people did South Korea evacuate in the town of Yeoncheon?") rather than "What
// figure does the article give for the people South Korea evacuated in the town of ...?". Each stem is checked by the
// author (`# check:`); where no shape reads, echoQuestion asks the sentence with "how many" in the figure's place, and
// failing that the drafter falls back to a blank or the maker's own prompt.
//
//   quantityQuestion('At least 76 people were killed when the hotel collapsed.', 0, 19, 'people')
//     -> 'How many people were killed when the hotel collapsed?'

/** Past forms of common irregular verbs: a number followed by one is the subject of its clause. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    'hit fell died left went came took ran won lost made began rose grew fled spent sold bought fought saw met drove flew gave got held kept led paid ' +
    'sent stood struck told wrote became brought built caught chose cost cut drew found heard hid hurt knew lay meant put read rode set shot shut sank sat ' +
    'slept spoke stole swam threw wore'
  ).split(' '),
);

const IRREGULAR_PLURAL = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'cattle',
  'sheep',
  'fish',
  'deer',
  'personnel',
]);

/** Irregular verbs of change: "rose by 0.3 inches" asks "By how many inches did ... rise?". */
const CHANGE_BASE: Readonly<Record<string, string>> = { rose: 'rise', fell: 'fall', grew: 'grow', shrank: 'shrink' };

const AUXILIARY = /^(?:were|was|are|is|have|has|had|will|would|could|can|may|might|must|should)$/;
/**
 * What the counted do, said in the present or with "said": "18 million ... people live in the Mekong Delta", "35,868
 * respondents said they were worried" (a short list: a noun after the figure's unit is no verb).
 */
const COUNTED_DO =
  /^(?:said|say|live|lived|work|die|remain|face|lack|need|own|speak|use|attend|visit|want|expect|believe|support|oppose)$/;
/** "The United Nations says", "Police said that": a named source before the figure whose count it gives. */
const SOURCE_SAYS =
  /^((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,5})\s+(?:says|said|reports|reported|estimates|estimated)(?:\s+that)?$/u;
/** "Using radio and GPS tags to track ": an opening phrase of means, up to its figure (its means, then its verb). */
const FRONTED_USING = /^Using\s+([^,;]{2,60}?)\s+to\s+(\p{Ll}+)\s+(?:(?:about|some|nearly|more than)\s+)?$/u;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i;
const CLAUSE_BREAK =
  /(?:[,;:(—–]|\b(?:but|and|while|whereas|after|before|when|as|because|since|although|though|which|who|that)\b)/giu;

/** Units that are money: asked "How much ...?", never as "What figure ... for the dollars ...". */
export const MONEY_UNITS: ReadonlySet<string> = new Set([
  'dollars',
  'euros',
  'pounds',
  'yen',
  'yuan',
  'rupees',
  'francs',
  'kronor',
]);

/**
 * What a thing costs or is worth, asked of the thing: "How much will the plan cost?" of "The plan will cost an
 * estimated US$1.1 billion", "How much is the economy of the Maldives worth a year?" of "The economy of the Maldives,
 * reliant mainly on tourism and fishing, is worth $800 million a year" (trial 235 had both as blanks that took the
 * currency's sign with the figure).
 */
function priceQuestion(sentence: string, hedgeStart: number, unitEnd: number): string | undefined {
  // "the new tariffs on steel and aluminum are costing Ford $1 billion": what a thing costs someone (trial 387).
  const costing =
    /^((?:The|the)\s[^;:,“”"]{2,80}?)\s+(is|are|was|were)\s+costing\s+((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}|(?:the|its|their)\s+[\p{Ll}\s-]{2,40}?)\s+(?:an?\s+(?:estimated\s+)?)?$/u.exec(
      sentence.slice(0, hedgeStart),
    );
  // "costing the airline $20 million a day": the rate goes with it, or the key would be the wrong amount (the review).
  const rate = /^[^,;:]{0,30}?\s((?:a|per|each|every)\s(?:year|month|week|day|hour)|annually)\b/.exec(
    sentence.slice(Math.max(hedgeStart, unitEnd - 1)),
  )?.[1];
  if (costing && !/\b(?:said|says|that|which|who)\b/.test(costing[1]!))
    return `How much ${costing[2]} ${costing[1]!.replace(/^The\b/, 'the')} costing ${costing[3]}${rate ? ` ${rate}` : ''}?`;
  const m =
    /^((?:The|the|A|a|An|an|Its|its|Their|their)\s[^;:“”"]{2,120}?)\s+(will|would|could|is|are|was|were)?\s*(cost|costs|worth)\s+(?:an?\s+)?(?:estimated\s+)?$/u.exec(
      sentence.slice(0, hedgeStart).replace(/,\s[^,]{2,80},(?=\s)/g, ''),
    );
  if (!m) return undefined;
  const subject = m[1]!.replace(/^(?:The|A|An|Its|Their)\b/, (w) => w.toLowerCase());
  // "The company said the new stadium will cost ...": a subject with a verb of its own is a report, not the thing.
  if (
    subject.split(/\s+/).length > 10 ||
    /[,]/.test(subject) ||
    /\b(?:said|says|say|found|finds|estimated|estimates|reported|reports|believes|believed|thinks|expects|expected|that|\p{Ll}+ed)\b/u.test(
      subject,
    )
  )
    return undefined;
  // The amount's own words may run past unitEnd ("$800 million"): "a year" is read just after them.
  const tail = /^[^,;:]{0,30}?\s(a year|per year|a month|per month|a day|per day|each year|annually)\b/.exec(
    sentence.slice(Math.max(hedgeStart, unitEnd - 1)),
  )?.[1];
  const per = tail ? ` ${tail}` : '';
  const [, , aux, verb] = m;
  if (verb === 'worth')
    return aux && !/^(?:will|would|could)$/.test(aux) ? `How much ${aux} ${subject} worth${per}?` : undefined;
  if (verb === 'cost' && aux && /^(?:will|would|could)$/.test(aux)) return `How much ${aux} ${subject} cost${per}?`;
  if (!aux && verb === 'costs') return `How much does ${subject} cost${per}?`;
  return undefined;
}

/** Verbs that move an amount of money: "spent", "paid", "gave", "raised", "fined" (its base or third person too). */
const MONEY_VERB =
  /^(?:spen[dt]|spends|pa(?:y|ys|id)|gi(?:ve|ves|ven)|gave|raise[ds]?|raised|donate[ds]?|receive[ds]?|earn(?:s|ed)?|collect(?:s|ed)?|pledge[ds]?|offer(?:s|ed)?|invest(?:s|ed)?|owe[ds]?|charge[ds]?|borrow(?:s|ed)?|award(?:s|ed)?|approve[ds]?|allocate[ds]?|contribute[ds]?|grant(?:s|ed)?|fine[ds]?|lose|loses|lost|won|save[ds]?|budget(?:s|ed)?)$/;
/** An amount moved, said in the passive after it: " was spent", " has been raised", " will be paid". */
const MONEY_PASSIVE =
  /^\s*(was|were|is|are|has been|have been|had been|will be)\s+(spent|paid|raised|donated|given|awarded|allocated|pledged|invested|collected|approved|earmarked|budgeted|stolen|lost|saved|set aside)\b/;
/** Plural nouns for people that open a sentence with its capital only: "Parents gave ...", "Donors raised ...". */
const PEOPLE_PLURAL =
  /^(?:Parents|Donors|Families|Residents|Taxpayers|Shoppers|Fans|Visitors|Investors|Buyers|Students|Teachers|Volunteers|Voters|Workers|Farmers|Officials|Companies|Banks|Governments|Countries|Members|Supporters|Customers|Tourists|Landlords|Tenants|Patients|Employers)$/;

/**
 * "The city spent $5 million on the bridge last year" -> "How much did the city spend on the bridge last year?";
 * "Donors gave the school $4,000 in March" -> "How much did donors give the school in March?"; "The council has
 * approved $2 million for repairs" -> "How much has the council approved for repairs?". An amount moved by someone the
 * sentence names as its subject; not one whose subject is a pronoun or holds a verb of its own (trial 318's "Parents
 * gave $2.50 each ..." was a blank, its counts "dollars Parents gave").
 */
function paidQuestion(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  verbBase?: (verb: string) => string | undefined,
  lower?: (clause: string) => string,
): string | undefined {
  let lead = sentence
    .slice(0, hedgeStart)
    .replace(/[$€£¥]\s*$/, '')
    .trim();
  // "Last year, the city spent ...", "According to the report, ...": said again before the question.
  // "Last year," alone before the amount: fronted too.
  const front = FRONTED_PHRASE.exec(`${lead} `);
  if (front) lead = `${lead} `.slice(front[0].length).trim();
  const how = front ? `${front[1]}, how much` : 'How much';
  // "Last year, $2 million was spent on pumps and drains": the amount is the subject of a passive.
  const passive = lead === '' ? MONEY_PASSIVE.exec(sentence.slice(unitEnd)) : null;
  if (passive) {
    const rest = restOfClause(sentence, unitEnd + passive[0].length);
    return rest.split(/\s+/).length <= 14 ? `${how} ${passive[1]} ${passive[2]}${rest ? ` ${rest}` : ''}?` : undefined;
  }
  const m =
    /^((?:The|the|A|a|An|an|Its|Their)\s+(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+|\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,4})(?:\s+(also|each|already|recently|now))?\s+(?:(has|have|had|will|would|could|is|are|was|were)(\s+been)?\s+(?:also\s+|already\s+|now\s+)?)?(\p{Ll}+)(?:\s+((?:the|a|an|each|every|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?$/u.exec(
      lead,
    );
  if (!m) return undefined;
  const [, subjectWords, adverb, aux, been, verb, object] = m;
  if (!MONEY_VERB.test(verb!)) return undefined;
  const first = subjectWords!.split(/\s+/)[0]!;
  // "Each will receive $250,000": whom "Each" means, the sentence before says. "Studies show ...": a report.
  if (
    PRONOUN.test(first) ||
    /^(?:Each|Every|Both|All|Some|Many|Several|One|Another|Others|Most|Few|Last|This|Next|Earlier|Later|Yesterday|Today)$/i.test(
      first,
    ) ||
    /\b(?:said|says|say|show|shows|showed|found|estimate|estimates|estimated|that|which|who|has|have|had|is|are|was|were|been)\b/.test(
      subjectWords!,
    )
  )
    return undefined;
  // "raised the minimum wage to $15", "spent a record $9.8 billion": no object a question can end on.
  if (
    object &&
    (/\s(?:to|for|by|at|of|with|from|on|in|about)$/.test(object) ||
      /^(?:a|an)\s+(?:record|total|estimated|average|further|additional|combined|whopping|staggering|reported)$/.test(
        object,
      ))
  )
    return undefined;
  // "The Williams family" stays; "Parents", "The council" open with the sentence's capital only.
  const subject = PEOPLE_PLURAL.test(subjectWords!)
    ? subjectWords!.toLowerCase()
    : asAsked(subjectWords!, verb!, lower, (t) => t.replace(/^(?:The|A|An|Its|Their)\b/, (w) => w.toLowerCase()));
  // "received $5,000 and a trophy": what was given beside the money is no part of the question.
  const rest = restOfClause(sentence, unitEnd).replace(/^(?:and|or|plus)\b.*$/, '');
  if (rest.split(/\s+/).length > 14) return undefined;
  // "each receive": a word that says how the amount was shared stays; "also" leans on the sentence before.
  const who = `${subject}${adverb && adverb !== 'also' ? ` ${adverb}` : ''}`;
  const tail = [object, rest].filter(Boolean).join(' ');
  const end = `${tail ? ` ${tail}` : ''}?`;
  if (aux) {
    // "has paid", "will pay", "was fined", "has been fined": the aux goes first, the verb stays as the sentence has it.
    if ((been || /^(?:is|are|was|were)$/.test(aux)) && !/(?:ed|id|en|st|on)$/.test(verb!)) return undefined;
    return `${how} ${aux} ${who}${been ? ' been' : ''} ${verb}${end}`;
  }
  const base = verbBase?.(verb!);
  if (!base || !/^\p{Ll}+$/u.test(base)) return undefined;
  const past = base !== verb && !/s$/.test(verb!.replace(/(?:ss)$/, ''));
  const present = base !== verb && /s$/.test(verb!);
  if (!past && !present) return undefined;
  return `${how} ${past ? 'did' : 'does'} ${who} ${base}${end}`;
}

/**
 * A subject as it reads after "did": `lower`, the shell's test of which capitals are names, sees it with its verb
 * ("Tesla spent" keeps its capital); without it, `fallback` lowers the sentence's own capitals.
 */
function asAsked(
  subject: string,
  verb: string,
  lower: ((clause: string) => string) | undefined,
  fallback: (subject: string) => string,
): string {
  return lower ? lower(`${subject} ${verb}`).slice(0, subject.length) : fallback(subject);
}

/** A phrase of when, where or whose word before the clause: "Last year,", "In Texas,", "According to the report,". */
const FRONTED_PHRASE =
  /^((?:In|On|At|During|Over|Since|By|After|Before|Last|This|Earlier|Across|According to)\b[^,;:]{1,50}),\s+/;

/**
 * A subject and a verb of change just before a figure, "by" or not: "the shares of the company increased by".
 * None where the subject is a pronoun or says only whose ("its shares"): the question would have no antecedent.
 */
function changedBy(
  before: string,
): { subject: string; verb: string; has?: string; adverb?: string; by: boolean } | undefined {
  const m =
    /^((?:[Tt]he\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,5}?\p{L}[\p{L}'’-]*)\s+(?:(has|have|had)\s+)?(rose|risen|fell|fallen|grew|grown|shrank|shrunk|increased|decreased|dropped|climbed|jumped|declined|expanded|slipped)(?:\s+(overall|sharply|slightly|steadily|again))?(\s+by)?$/u.exec(
      before,
    );
  if (!m) return undefined;
  const [, subject, has, verb, adverb, by] = m;
  const first = subject!.split(/\s+/)[0]!;
  if (PRONOUN.test(first) || /^(?:his|her|its|their|our|my|your)$/i.test(first)) return undefined;
  // "Apple said its sales rose 5 percent": who reports the change is no part of what changed.
  if (
    /\b(?:said|says|say|reported|reports|announced|announces|told|expects|expected|believes|thinks|estimated|showed|shows|found|finds|that)\b/.test(
      subject!,
    )
  )
    return undefined;
  // "has rose" is no English the question could copy; "rose" alone is no participle after "has".
  if (has ? /^(?:rose|fell|grew|shrank)$/.test(verb!) : /^(?:risen|fallen|grown|shrunk)$/.test(verb!)) return undefined;
  return { subject: subject!, verb: verb!, has, adverb, by: by !== undefined };
}

/** "Exercise also lowered the risk of X by": a subject, a verb that changes a thing, the thing, then "by". */
function objectChangedBy(before: string): { subject: string; verb: string; object: string } | undefined {
  const m =
    /^((?:[Tt]he\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,4}?\p{L}[\p{L}'’-]*)\s+(?:also\s+)?(lowered|reduced|cut|raised|increased|decreased|boosted|improved|slashed|lifted|expanded)\s+((?:the|its|their|a|an)\s+[^,;:]{2,80}?)\s+by$/u.exec(
      before,
    );
  if (!m) return undefined;
  const [, subject, verb, object] = m;
  const first = subject!.split(/\s+/)[0]!;
  if (PRONOUN.test(first) || /^(?:his|her|its|their|our|my|your)$/i.test(first)) return undefined;
  if (
    /\b(?:said|says|say|reported|found|show|shows|showed|estimate|estimates|estimated|that|which|who|has|have|had|was|were|is|are)\b/.test(
      subject!,
    ) ||
    /^(?:Last|This|Next|Earlier|Later|Yesterday|Today|In|On|At|Over|During|Since)$/i.test(first)
  )
    return undefined;
  // "their" in the object points at the subject: "cut their prices by" reads "did the shops cut their prices".
  return { subject: subject!, verb: verb!, object: object! };
}

/** "By what percent did sales rise", "By how many inches has the sea risen overall": the change asked of its subject. */
function askChange(
  by: string,
  c: NonNullable<ReturnType<typeof changedBy>>,
  rest: string,
  verbBase?: (verb: string) => string | undefined,
): string | undefined {
  // "in Connecticut, where landings fell 96.6%": a relative clause's subject leans on the place before it (trial 427
  // asked "By what percent did where landings fall?").
  if (/^(?:where|which|who|that|when|whose)\b/i.test(c.subject)) return undefined;
  const subject = sentenceCaseOff(c.subject);
  const tail = `${c.adverb ? ` ${c.adverb}` : ''}${rest ? ` ${rest}` : ''}`;
  if (c.has) return `${by} ${c.has} ${subject} ${c.verb}${tail}?`;
  const stem = CHANGE_BASE[c.verb] ?? verbBase?.(c.verb);
  return stem ? `${by} did ${subject} ${stem}${tail}?` : undefined;
}

/**
 * A subject's first word as it reads mid-sentence: "The shares" -> "the shares". Only a determiner: "Tesla stock",
 * "Apple's profits" and "Sales" may be names (the review found "tesla stock").
 */
function sentenceCaseOff(subject: string): string {
  return subject.replace(
    // A common noun's plural or ending, or an adjective's ("Shares", "Attendance", "Unemployment", "Global average sea
    // level"), reads in lower case too.
    /^(?:(?:The|A|An|This|These|Those)\b|\p{Lu}\p{Ll}+(?:[^'’s]s|ance|ence|tion|sion|ment|ity|ness|ure|age|ics|al|ic|ous|ive|ern|ly|all)\b(?=\s+\p{Ll}|$))/u,
    (w) => w.toLowerCase(),
  );
}

/** The words from `from` to the first clause mark, trimmed: "in the town of Yeoncheon after ..." */
function restOfClause(sentence: string, from: number): string {
  // A parenthesis is an aside: "near the Masjid Al-Haram (Grand Mosque) collapsed" reads on without it.
  const tail = sentence.slice(from).replace(/\s*\([^()]*\)/g, '');
  // "two colonels and two lieutenants Saturday": a second figure joined by "and" is another count (trial 19), or by
  // "with" ("47.8 million people living in Myanmar with over 5 million in Yangon"; trial 364).
  // A comma or a full stop between digits ("2,576", "0.3") is no break.
  // "from 8:00 a.m. EDT April 25": a clock time's dots end no clause (trial 393 asked "... outbreak from 8?").
  // "between 2010 and 2017": a span of years is one phrase (trial 420 asked "... websites between 2010?").
  const stop = tail.replace(/\b([ap])\.m\./g, '$1_m_').search(
    // "across the U.S. from 1980": an initialism's dots are no clause mark ("in Area C." ends its clause).
    /(?<!\d),|,(?!\d)|(?!(?<=(?:^|[\s(])\p{Lu})\.\p{Lu}\.)(?<!(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu})(?:(?<!\d)\.|\.(?!\d))|[;!?“”"()[\]]|(?<!\d):|:(?!\d)|\s(?:[—–]|-{1,2})\s|(?<!\b(?:between|from)\s+\d{4})\s+(?:and|while|whereas|but|with)\s+(?:(?:just\s+|well\s+|slightly\s+)?(?:about|some|around|nearly|almost|more than|over|under|up to|at least|at most|as many as|fewer than|less than|another)\s+)?(?:[$€£¥]?\s?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|a hundred|hundreds|dozens)\b/u,
  );
  // "in the provinces of Nyanza, Rift Valley, North Eastern and Western": a list of names runs on to its last
  // item; cut at its first, the stem would ask about Nyanza alone (trial 23).
  const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*`;
  // "to pay for carpet, whiteboards and other teaching materials": a list of things runs on the same way (trial 318's
  // question stopped at "carpet"), when its items are short and it ends the sentence or the clause.
  const THING = String.raw`\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,3}`;
  const list =
    stop >= 0 && tail[stop] === ','
      ? new RegExp(String.raw`\p{Lu}[\p{L}'’-]*$`, 'u').test(tail.slice(0, stop))
        ? new RegExp(String.raw`^,\s(?:${NAME},\s)*${NAME},?\s(?:and|or)\s${NAME}(?=[.,;]|$)`, 'u').exec(
            tail.slice(stop),
          )
        : new RegExp(String.raw`(?:^|\s)(?:for|of|on|in|with|to|buy|including)\s${THING}$`, 'u').test(
              tail.slice(0, stop),
            )
          ? new RegExp(
              String.raw`^,\s(?:${THING},\s){0,4}${THING},?\s(?:and|or)\s(?:other\s)?${THING}(?=[.;,]|$)`,
              'u',
            ).exec(tail.slice(stop))
          : null
      : null;
  const end = stop < 0 ? tail.length : stop + (list?.[0].length ?? 0);
  let rest = tail
    .slice(0, end)
    .replace(/\s+/g, ' ')
    .trim()
    // "... up to five days in advance noting the greater threat": what follows the count is no part of it.
    .replace(
      /\s(?:noting|including|leaving|killing|making|saying|adding|causing|bringing|forcing|raising|according to)\b.*$/,
      '',
    )
    // "... in the region and officials say the death toll is likely to rise": the next clause is someone's word, no
    // part of the count (trial 388's question asked both).
    .replace(
      /\s+(?:and|but)\s+(?:(?:the\s+)?(?:officials|police|authorities|experts|residents|witnesses|doctors|scientists|researchers)|he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:say|says|said|warn|warns|warned|fear|fears|feared|expect|expects|expected|believe|believes|believed)\b.*$/u,
      '',
    );
  // "won 2,813 votes to the ruling party's 2,576 in a 2017 local election": another figure in the rest is
  // what this one is set against; the stem ends before the phrase that holds it (trial 22).
  // Only when a word that sets two figures against each other comes before it: "died of COVID-19",
  // "killed on March 3", "Flight 370" keep their rest.
  const other = /\d/.exec(rest);
  if (other && !/^\d{4}\b/.test(rest.slice(other.index))) {
    const head = ` ${rest.slice(0, other.index)}`;
    const cut = Math.max(...[' to ', ' against ', ' versus ', ' compared with '].map((w) => head.lastIndexOf(w)));
    if (cut >= 0) rest = head.slice(0, cut).trim();
  }
  return rest;
}

/**
 * "In Ariksat commune, the CNRP won 2,813 votes": a place fronted before the clause says where the figure
 * holds, and the question keeps it ("In Ariksat commune, how many ...?"). Returns the stem's start up to
 * "how": "H" alone, or the place and "h".
 */
function fronted(lead: string, clauseStart: number): string {
  const place = placeBefore(lead.slice(0, clauseStart));
  return place ? `${place}, h` : 'H';
}

/**
 * The place a clause opens with, as the question keeps it: "In Wisconsin" of "In Wisconsin there were ...". A year or a
 * date is no place ("In 2017, ..."): the rest of the stem says when.
 */
function placeBefore(opening: string): string | undefined {
  const m = FRONTED_PLACE.exec(opening.replace(/[\s,]*$/, ''));
  return m && !/\d/.test(m[2]!) ? `${m[1]} ${m[2]}` : undefined;
}
/**
 * "In Wisconsin,", "At O'Hare International Airport in Chicago,": where the count was made, which the question keeps
 * (trial 321 asked "How many fatalities were there from the snow storm?" of Wisconsin's three, out of eleven).
 */
const FRONTED_PLACE =
  /^(In|At|Across|Near)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}+)){0,6}?),?$/u;

/** People named by what they do, as the subject of a count: "Scientists with the USGS", "Researchers at the zoo". */
const PEOPLE_BY_TRADE =
  'Scientists|Researchers|Officials|Volunteers|Workers|Students|Teachers|Doctors|Nurses|Experts|Engineers|Crews|Firefighters|Rescuers|Soldiers|Troops|Authorities|Residents|Investigators|Astronomers|Biologists|Ecologists|Astronauts|Farmers|Fishermen|Inspectors|Officers|Police|Rangers|Staff|Members|Voters|Surveyors|Divers|Pilots';
/** People of a trade opening a count's sentence, with the body they belong to: "Researchers at the zoo counted". */
const TRADE_SUBJECT = new RegExp(
  String.raw`^((?:The\s+)?(?:${PEOPLE_BY_TRADE})(?:\s+(?:with|at|from|of|in|for)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)?)\s+(\p{Ll}+)(?:\s+to\s+(\p{Ll}+))?$`,
  'u',
);
/** A subject that is a trade's name alone ("Firefighters", "Police"), read by the name pattern. */
const TRADE_ALONE = new RegExp(String.raw`^(?:The\s+)?(?:${PEOPLE_BY_TRADE}|Lifeguards)$`);

/**
 * A measured level named before its figure, asked what it was: "reached a seasonal peak of 417.1 parts per million for
 * 2020" -> "What was the seasonal peak for 2020, in parts per million?"; "NOAA scientists reported a May average of
 * 417.1 ppm" -> "According to NOAA scientists, what was the May average, in parts per million?" (trial 368 rewrote
 * five such blanks and counts). Only units of concentration, whose figure no "How many" asks.
 */
function levelQuestion(sentence: string, hedgeStart: number, unitEnd: number, unit: string): string | undefined {
  if (!/^parts per (?:million|billion|trillion)$/.test(unit)) return undefined;
  const lead = sentence.slice(0, hedgeStart);
  const named = /\b(?:a|an|the)\s+((?:[\p{L}\d’'-]+\s+){0,3}?[\p{L}-]+)\s+of\s+$/u.exec(lead);
  if (!named) return undefined;
  const rest = restOfClause(sentence, unitEnd);
  const restWords = rest.split(/\s+/).filter(Boolean);
  if (restWords.length > 6 || /^(?:higher|lower|more|less|above|below|than)\b/.test(rest)) return undefined;
  const source =
    /(?:^|,\s+)((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Ll}+)\s+(?:reported|measured|recorded|found|estimated)\s+(?:a|an|the)\s/u.exec(
      lead,
    )?.[1];
  const np = `${named[1]}${rest ? ` ${rest}` : ''}`;
  const tense = /\b(?:is|are|has|have|reaches|shows|stands)\b/.test(lead) ? 'is' : 'was';
  return source
    ? `According to ${source}, what ${tense} the ${np}, in ${unit}?`
    : `What ${tense} the ${np}, in ${unit}?`;
}

/** Units of length, whose figure asks how long, deep or far a thing is. */
const LENGTH_UNIT =
  /^(?:inches|inch|feet|foot|yards|miles|metres|meters|centimetres|centimeters|millimetres|millimeters|kilometres|kilometers|nanometres|nanometers|micrometres|micrometers|microns)$/;
/** A thing the sentence names with a determiner: "The snake skeleton", "the water", "The epicenter". */
// Not "Its trunk", "Her husband": whose, the question would not say (the review of s33).
const MEASURED = String.raw`([Tt]he\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?)(?:\s+(?:itself|themselves))?`;
/** "The snake skeleton is": a thing, then its verb, before its size. */
const MEASURED_IS = new RegExp(String.raw`^${MEASURED}\s+(is|was|are|were)\s*$`, 'u');
/** "In some locations the water is now at a depth of": a thing at a measure, maybe after a phrase of where. */
const MEASURED_AT = new RegExp(
  String.raw`^(?:((?:In|At|On)\s[^,;:]{2,40}?),?\s+)?${MEASURED}\s+(is|was|are|were)\s+(?:(now|still)\s+)?(?:at\s+)?an?\s+(depth|height|altitude|length|width|distance)\s+of\s*$`,
  'u',
);
/** "The epicenter was registered": a thing placed, before how far it is from somewhere. */
const MEASURED_PLACED = new RegExp(
  String.raw`^${MEASURED}\s+(is|was|are|were|lies|lay)\s+(?:(?:located|registered|centered|centred|situated|based)\s+)?$`,
  'u',
);
/** A noun of measure and the word that asks it: "at a depth of" asks "How deep". */
const MEASURE_NOUN: Readonly<Record<string, string>> = {
  depth: 'deep',
  height: 'high',
  altitude: 'high',
  length: 'long',
  width: 'wide',
  distance: 'far',
};

/**
 * How long, deep or far a thing the sentence names is (trials 352, 367 and 388 wrote each by hand):
 *   "The snake skeleton itself, though missing a head, is about 1.9 inches long" -> "How long is the snake skeleton,
 *   in inches?"; "In some locations the water is now at a depth of 20 feet" -> "In some locations, how deep is the
 *   water now, in feet?"; "The epicenter was registered 95 kilometres (60 miles) Northeast of Italy's capital of
 *   Rome." -> "How far from Italy's capital of Rome was the epicenter, in kilometres?".
 */
function measureQuestion(sentence: string, hedgeStart: number, unitEnd: number, unit: string): string | undefined {
  if (!LENGTH_UNIT.test(unit)) return undefined;
  // ", though missing a head,": an aside between commas is no part of the subject or its verb.
  const lead = sentence.slice(0, hedgeStart).replace(/,\s[^,]{2,80},(?=\s)/g, '');
  const after = sentence.slice(unitEnd).replace(/^\s*\([^()]*\)/, '');
  // "The scientists say the tree is ...": a report's subject is no thing measured (reportedStem asks it). "nearly 2
  // miles long": a hedge other than "about" would make the key wrong, as "How long ...?" cannot keep it.
  if (
    /\b(?:say|says|said|told|reported|reports|that|which|who|estimated|believe|believes)\b/.test(lead) ||
    /^(?:nearly|almost|more than|over|less than|under|just|up to|at least|at most|fewer than|as \p{Ll}+ as)\b/iu.test(
      sentence.slice(hedgeStart, unitEnd),
    )
  )
    return undefined;
  const the = (subject: string) => subject.replace(/^The\b/, 'the');
  const size = MEASURED_IS.exec(lead);
  // Not "3 feet high above its normal level": a rise, not the height.
  const adjective = /^\s+(long|tall|wide|deep|high|thick)\b(?!\s+(?:above|below|than|more|higher|lower))/.exec(
    after,
  )?.[1];
  if (size && adjective) return `How ${adjective} ${size[2]} ${the(size[1]!)}, in ${unit}?`;
  const at = MEASURED_AT.exec(lead);
  if (at) {
    const [, front, subject, verb, when, noun] = at;
    const how = `${front ? `${front}, how` : 'How'} ${MEASURE_NOUN[noun!]}`;
    return `${how} ${verb} ${the(subject!)}${when ? ` ${when}` : ''}, in ${unit}?`;
  }
  const placed = MEASURED_PLACED.exec(lead);
  // A place named with a capital ("Italy's capital of Rome", "Miami"), up to a phrase of when that follows it ("on
  // Tuesday morning", kept after the subject); not "the shark when it was seen".
  const from =
    /^\s+(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?!(?:on|in|at|during|when|while|after|before|as|and|but|by)\b)[\p{L}'’.-]+){0,5}?)(\s+(?:on|in|at|during)\s+[^,;.]{2,30})?\s*(?:[.;]|$)/u.exec(
      after,
    );
  if (placed && from) {
    const verb = /^(?:lies|lay)$/.test(placed[2]!) ? (placed[2] === 'lies' ? 'is' : 'was') : placed[2]!;
    // "... of Rome.": the full stop is the sentence's, not an initialism's ("the U.S.").
    const place = /(?:\p{Lu}\.){2,}$/u.test(from[1]!) ? from[1]! : from[1]!.replace(/\.$/, '');
    return `How far from ${place} ${verb} ${the(placed[1]!)}${from[2] ?? ''}, in ${unit}?`;
  }
  return undefined;
}

/** Who does a thing how often: a pronoun, a name, or "the nurses". */
const OFTEN_SUBJECT = String.raw`(he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|the\s+\p{Ll}+s)`;
/**
 * A verb of its own, maybe after a word of how often ("sometimes swims"); not an auxiliary before another verb ("has
 * checked", "does not need": the review of s31).
 */
const OFTEN_VERB = String.raw`((?:(?:sometimes|often|usually|always|still|also|only|now|typically|normally)\s+)?(?:has to|have to|had to|must|(?:has|have)(?=\s+(?!(?:\p{Ll}+ed|been|not|never|\p{Ll}+en)\b)\p{Ll})|(?!(?:has|is|was|does|did|do|have|had|are|were|sometimes|always|perhaps)\b)\p{Ll}{2,}s|\p{Ll}{2,}ed|${[...IRREGULAR_PAST].join('|')}))`;
/** The clause after the figure and its unit: "four times a day he has to take ...". */
const OFTEN_AFTER = new RegExp(String.raw`^\s+${OFTEN_SUBJECT}\s+${OFTEN_VERB}\s+([^,;:.!?"“”]{3,80})`, 'u');
/** The clause before them: "he takes insulin four times a day". */
const OFTEN_BEFORE = new RegExp(
  String.raw`(?:^|,\s+)${OFTEN_SUBJECT}\s+${OFTEN_VERB}(?:\s+([^,;:.!?"“”]{3,80}?))?\s+$`,
  'u',
);

/**
 * How often someone does a thing, asked so: "How many times a day does Rohin Sarin have to take a shot of insulin?" of
 * "But unlike most children, four times a day he has to take a shot of insulin" (trial 365 had the blank, and "counts:
 * times a day he"), or of "Rohin takes insulin four times a day". A pronoun is asked by whom `about` says it means;
 * `counts` says the same as the sentence does ("times a day Rohin Sarin has to take a shot of insulin").
 */
export function howOften(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  unit: string,
  verbBase: ((verb: string) => string | undefined) | undefined,
  about: string | undefined,
): { question: string; counts: string } | undefined {
  if (!/^times\s+(?:a|an|each|every|per)\s+(?:day|week|month|year|hour|minute|night)$/.test(unit)) return undefined;
  const after = OFTEN_AFTER.exec(sentence.slice(unitEnd));
  const lead = sentence.slice(0, hedgeStart).replace(/^(?:But|And|So)\s+/, '');
  const before = after ? null : OFTEN_BEFORE.exec(lead);
  const m = after ?? before;
  if (!m || !/^\s*[.!?]?\s*$/.test(before ? sentence.slice(unitEnd).replace(/["”’]+/g, '') : '')) return undefined;
  let subject = m[1]!;
  if (/^(?:he|she|they)$/i.test(subject)) {
    if (!about || /^they$/i.test(subject)) return undefined;
    subject = about;
  }
  const plural = /^(?:they|the\s)/i.test(subject);
  const adverb = /^(\p{Ll}+)\s+(.+)$/u.exec(m[2]!.includes(' ') && !/^(?:has|have|had) to$/.test(m[2]!) ? m[2]! : '');
  const verb = adverb ? adverb[2]! : m[2]!;
  const how = adverb ? `${adverb[1]} ` : '';
  const object = (m[3] ?? '').trim();
  let aux: string;
  let base: string | undefined;
  if (/^(?:has|have|had) to$/.test(verb)) {
    aux = verb.startsWith('had') ? 'did' : plural ? 'do' : 'does';
    base = 'have to';
  } else if (verb === 'has' || verb === 'have') {
    aux = plural ? 'do' : 'does';
    base = 'have';
  } else if (verb === 'must') {
    aux = 'must';
    base = '';
  } else if (/ed$/.test(verb) || IRREGULAR_PAST.has(verb)) {
    aux = 'did';
    base = verbBase?.(verb);
  } else {
    aux = plural ? 'do' : 'does';
    base = verbBase?.(verb);
  }
  if (base === undefined) return undefined;
  // "does not need to go": what the sentence denies is no count it gives.
  if (/^(?:not|never)\b/.test(object)) return undefined;
  const words = `${how}${base} ${object}`.trim();
  if (words.split(/\s+/).length > 14) return undefined;
  const who = subject.replace(/^The\b/, 'the');
  return {
    question: `How many ${unit} ${aux} ${who} ${words}?`,
    counts: `${unit} ${who} ${how}${verb} ${object}`.trim(),
  };
}

/**
 * The stem, or undefined when the clause has none of the shapes stemOf reads, among them:
 * - the number opens its clause and a verb follows its unit: "How many <unit> <verb phrase>?";
 * - a subject and a verb come just before it: "How many <unit> did <subject> <verb> <rest>?", with the verb's base
 *   form from `verbBase` (the shell passes the NLP library's; without it, no stem);
 * - a measure ("How long is ..., in inches?"), a change ("By what percent did ... rise?"), a price, a share;
 * - any of them after who reports it ("According to the scientists, ...").
 */
export function quantityQuestion(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  unit: string,
  verbBase?: (verb: string) => string | undefined,
  /** A clause's first word as it reads inside a question: the shell knows which capitals are names. */
  lower?: (clause: string) => string,
  /** Whom the sentence's "he" or "she" means, as the drafter read it. */
  about?: string,
): string | undefined {
  const stem =
    shareAccountedFor(sentence, hedgeStart, unitEnd, unit) ??
    stemOf(sentence, hedgeStart, unitEnd, unit, verbBase, lower, about) ??
    reportedStem(sentence, hedgeStart, unitEnd, unit, verbBase, lower, about);
  // "How many deaths were also caused by ...": "also" leans on the sentence before, which the question does not show.
  return stem?.replace(
    /\b(is|are|was|were|has been|have been|had been|will be|did|does|do)\s+also\s+(?=\p{Ll})/u,
    '$1 ',
  );
}

/**
 * A share one part of a whole "accounted for", asked of the part: "Oklahoma and Texas accounted for about 70% of the
 * total saline groundwater withdrawals in the United States, mostly for mining." -> "About what percent of the total
 * saline groundwater withdrawals in the United States did Oklahoma and Texas account for?" (trial 436's teacher rewrote
 * five such blanks). "In 2010, more than 50% of the total withdrawals in the U.S. were accounted for by 12 states." ->
 * "In 2010, more than what percent of the total withdrawals in the U.S. were accounted for by 12 states?"
 */
function shareAccountedFor(sentence: string, hedgeStart: number, unitEnd: number, unit: string): string | undefined {
  if (unit !== 'percent') return undefined;
  const figure =
    /^((?:about|nearly|almost|roughly|approximately|around|some|more than|over|less than|under)\s+)?[\d.,]+\s*(?:%|percent|per cent)$/i.exec(
      sentence.slice(hedgeStart, unitEnd).trim(),
    );
  if (!figure) return undefined;
  const hedge = figure[1]?.trim().toLowerCase();
  const how = `${hedge ? `${hedge} ` : ''}what percent`;
  const before = sentence.slice(0, hedgeStart);
  const after = sentence.slice(unitEnd);
  const whole =
    /^\s*of\s+((?:the\s+)?(?:[^,;.()]|(?<=\b\p{Lu})\.){3,80}?)(?=\s*(?:[,;]|(?<!(?:^|[\s.])\p{Lu})\.(?!\p{L})|$)|\s+(?:mostly|predominantly|largely|mainly|chiefly)\b|\s+(?:was|were)\s+accounted\b)/u.exec(
      after,
    )?.[1];
  if (!whole) return undefined;
  const active =
    /^(?:(In|By|During)\s+(\d{4}),\s+)?((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}.'’-]*){0,4})\s+accounted\s+for\s+$/u.exec(
      before,
    );
  if (active) {
    const when = active[1] ? ` ${active[1].toLowerCase()} ${active[2]}` : '';
    return `${how[0]!.toUpperCase()}${how.slice(1)} of ${whole} did ${sentenceCaseOff(active[3]!)} account for${when}?`;
  }
  const passive = /^((?:(?:In|By|During)\s+\d{4},\s+)?)$/.exec(before);
  const by =
    /^\s*of\s+(?:[^,;.()]|(?<=\b\p{Lu})\.){3,80}?\s+(?:was|were)\s+accounted\s+for\s+by\s+([^,;.()]{2,60})\.?\s*$/u.exec(
      after,
    );
  if (passive && by) {
    const verb = /\s(was|were)\s+accounted/.exec(after)![1];
    const opening = passive[1] ? `${passive[1]}${how}` : `${how[0]!.toUpperCase()}${how.slice(1)}`;
    return `${opening} of ${whole} ${verb} accounted for by ${by[1]!.trim()}?`;
  }
  return undefined;
}

/**
 * "Jim Hackett, head of Ford Motor Company, said on Wednesday that ...", "The scientists say ...": who reports the
 * figure, before the clause that gives it. The clause is asked alone, and the question says whose figure it is
 * ("According to the scientists, how many days did mice ... live?"; trials 387 and 391 wrote both by hand).
 */
const REPORTERS =
  'scientists|researchers|officials|police|activists|authorities|experts|doctors|investigators|organizers|witnesses';
const REPORTED_BY = new RegExp(
  String.raw`^(?:(?:But|And|So)\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,4}|(?:${REPORTERS})|[Hh]e|[Ss]he))(?:,\s+[^,;:“”"]{2,80},)?\s+(?:said|says|say|told reporters|reported|reports|estimated|estimates)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week|this week))?(?:\s+that)?\s+(?=\p{L})`,
  'u',
);

function reportedStem(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  unit: string,
  verbBase?: (verb: string) => string | undefined,
  lower?: (clause: string) => string,
  about?: string,
): string | undefined {
  const m = REPORTED_BY.exec(sentence);
  if (!m || m[0].length > hedgeStart) return undefined;
  let source = m[1]!;
  if (/^(?:he|she)$/i.test(source)) {
    if (!about) return undefined;
    source = about;
  } else if (PRONOUN.test(source)) return undefined;
  // "The scientists" reads mid-sentence as "the scientists"; "The Guardian" keeps its capital.
  else if (/^The\s+\p{Ll}/u.test(source) || /^\p{Ll}/u.test(source)) source = source.replace(/^The\b/, 'the');
  // "Reports say ...": a common plural opening the sentence reads in lower case ("According to reports, ...").
  else if (/^\p{Lu}\p{Ll}+$/u.test(source)) source = asAsked(source, 'said', lower, sentenceCaseOff);
  const shift = m[0].length;
  const clause = sentence.slice(shift);
  const stem = stemOf(clause, hedgeStart - shift, unitEnd - shift, unit, verbBase, lower, about);
  if (!stem || /^According to\b/.test(stem)) return undefined;
  return `According to ${source}, ${stem[0]!.toLowerCase()}${stem.slice(1)}`;
}

/**
 * "At the age of 10, he experimented with chemicals": at what age the one the sentence names did it (trial 412 wrote
 * three by hand from "age in years"). Also mid-sentence ("... and, at the age of 16, he went to work ...") and at
 * the clause's end ("Edison went to work at the age of 16."). "He" or "she" only where the drafter knows whom it means.
 *
 *   ageAtQuestion('At the age of 10, he experimented with chemicals.', 14, 16, base, 'Edison')
 *     -> 'At what age did Edison experiment with chemicals?'
 */
function ageAtQuestion(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  verbBase: (verb: string) => string | undefined,
  about?: string,
): string | undefined {
  const lead = sentence.slice(0, hedgeStart);
  const who = (subject: string) =>
    /^(?:he|she)$/i.test(subject)
      ? about
      : PRONOUN.test(subject) || /^(?:His|Her|Their|Its)\b/.test(subject)
        ? undefined
        : subject;
  const ask = (subject: string, verb: string, rest: string) => {
    const name = who(subject);
    const base = verbBase(verb);
    if (!name || !base || base === verb || /^(?:be|have)$/.test(base)) return undefined;
    const tail = rest.trim();
    if (tail.split(/\s+/).length > 14) return undefined;
    return `At what age did ${name} ${base}${tail ? ` ${tail}` : ''}?`;
  };
  // "At the age of 10, he experimented ...", "... and, at the age of 16, he went to work ...".
  if (/(?:^|,\s*|\band,?\s+)[Aa]t\s+the\s+age\s+of\s+$/.test(lead)) {
    const m = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|he|she)\s+(\p{Ll}+ed|\p{Ll}+)\b/u.exec(
      sentence.slice(unitEnd),
    );
    if (!m) return undefined;
    return ask(m[1]!, m[2]!, restOfClause(sentence, unitEnd + m[0].length));
  }
  // "Edison went to work at the age of 16.": the clause's own subject and verb, before it.
  const end = /^\s*[.!?]?\s*$/.test(sentence.slice(unitEnd));
  const m =
    /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|He|She)\s+(\p{Ll}+)\b(.*?)\s+at\s+the\s+age\s+of\s+$/u.exec(
      lead,
    );
  if (!end || !m || /,/.test(m[3]!)) return undefined;
  return ask(m[1]!, m[2]!, m[3]!);
}

function stemOf(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  unit: string,
  verbBase?: (verb: string) => string | undefined,
  lower?: (clause: string) => string,
  about?: string,
): string | undefined {
  const ago = unit === 'years' && verbBase ? agoQuestion(sentence, hedgeStart, unitEnd, verbBase) : undefined;
  if (ago) return ago;
  // "The fossil is about 50 thousand years old": how old the subject is (trial 361 had the blank "years old").
  if (unit === 'years' && /^\s+old\b\s*[.,;]?/.test(sentence.slice(unitEnd))) {
    const aged =
      /^((?:The|This|That|Its|Their|His|Her)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(is|was|are|were)\s*$/u.exec(
        sentence.slice(0, hedgeStart),
      );
    if (aged && !/\b(?:and|or|who|which|that)\b/.test(aged[1]!.slice(4)))
      return `How old ${aged[2]} ${aged[1]!.replace(/^(?:The|This|That)\b/, (w) => w.toLowerCase())}, in years?`;
  }
  // "Rohin Sarin is a regular 15-year old kid": how old the person is (trial 365 had the blank "_____-year old kid").
  if (
    unit === 'years' &&
    (/^[\s-]*old\b/.test(sentence.slice(unitEnd)) || /[\s-]old$/.test(sentence.slice(hedgeStart, unitEnd)))
  ) {
    // Not "But Maria Lopez", "Today Sam Lee": an opening word is no part of the name; nor "was a 19-year-old student
    // when she started the company", whose age the "when" clause says when (the review of s31).
    const person =
      /^(?:(?:But|And|So|Yet|Still|Now|Today|Then|Yesterday|Meanwhile|However|Also),?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(is|was)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?$/u.exec(
        sentence.slice(0, hedgeStart),
      );
    if (
      person &&
      !/^(?:The|This|That|It|He|She|There|But|And|So|Yet|Still|Now|Today|Then|Yesterday|Meanwhile|However|Also|In|On|At)$/.test(
        person[1]!.split(/\s+/)[0]!,
      ) &&
      !/\b(?:when|while|after|before|until|at the time)\b/.test(sentence.slice(unitEnd))
    )
      return `How old ${person[2]} ${person[1]}?`;
  }
  const age = unit === 'years' && verbBase ? ageAtQuestion(sentence, hedgeStart, unitEnd, verbBase, about) : undefined;
  if (age) return age;
  const often = howOften(sentence, hedgeStart, unitEnd, unit, verbBase, about);
  if (often) return often.question;
  const level = levelQuestion(sentence, hedgeStart, unitEnd, unit);
  if (level) return level;
  const measure = measureQuestion(sentence, hedgeStart, unitEnd, unit);
  if (measure) return measure;
  // "Using radio and GPS tags to track 19 wild-caught pythons, researchers were able to ...": the figure is in the
  // opening phrase, whose doer is the subject after it (trial 330's question read "How many ... does GPS tag to track?").
  const means = FRONTED_USING.exec(sentence.slice(0, hedgeStart));
  if (means) {
    const doer = DOER_AFTER_OPENING.exec(sentence.slice(unitEnd));
    if (!doer || !/^\p{Ll}[\p{L} -]*s$/u.test(unit)) return undefined;
    const subject = doer[1]!.replace(/^The\b/, 'the');
    return `How many ${unit} did ${subject} ${means[2]} using ${means[1]}?`;
  }
  // "189 of those who died in the incident were US citizens": a figure that opens its sentence on "of" asks the rest as
  // it stands (trial 248 drafted "number of those who"); not "Of these ...", "Six of them ...", which lean on the
  // sentence before.
  if (sentence.slice(0, hedgeStart).trim() === '') {
    const rest = sentence
      .slice(unitEnd)
      .trim()
      .replace(/[.!?]+["”']*$/, '')
      // ", officials said": who says so is no part of the question.
      .replace(/,\s+(?:[^,]{2,60}\s(?:said|says|reported|reports)|according to [^,]{2,60})$/, '');
    if (
      /^of\s+(?:the|those|all|its|their)\s/.test(rest) &&
      !/^of\s+(?:these|those|them)\b(?!\s+(?:who|that|which)\b)/.test(rest) &&
      /\b(?:were|was|are|is|had|have|has|\p{Ll}{3,}ed)\b/u.test(rest) &&
      !/[;:]/.test(rest) &&
      rest.split(/\s+/).length <= 18
    )
      return `How many ${rest}?`;
  }
  const price = MONEY_UNITS.has(unit)
    ? (priceQuestion(sentence, hedgeStart, unitEnd) ?? paidQuestion(sentence, hedgeStart, unitEnd, verbBase, lower))
    : undefined;
  if (price) return price;
  // "66.4% of voters favoured overturning the eighth amendment": "What percentage of voters favoured ...?" (trial 58
  // had a blank in a 30-word sentence).
  const share =
    unit === 'percent'
      ? /^\s*of\s+((?:the\s+|all\s+)?(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}+s)\s+(\p{Ll}+ed|said|say|says|believe|believed|think|thought|were|are|had|have|voted|supported|opposed)\b/u.exec(
          sentence.slice(unitEnd),
        )
      : null;
  if (share) {
    const rest = restOfClause(sentence, unitEnd + share[0].length);
    // "Between 2000 and 2016, 95.2 percent of all counties ...": the span or place it holds for stays (trial 396 asked
    // it without, and last year's 66.7 percent fit too).
    const front = /^((?:In|Between|From|Since|By|Among|During|Over|Across|At|On)\b[^,]{2,50}),\s*$/.exec(
      sentence.slice(0, hedgeStart),
    )?.[1];
    if (rest.split(/\s+/).length <= 14)
      return `${front ? `${front}, what` : 'What'} percentage of ${share[1]} ${share[2]}${rest ? ` ${rest}` : ''}?`;
  }
  // "As a result, there were only 13 cases of Guinea worm recorded in 2022": "How many cases of Guinea worm were
  // recorded in 2022?" (trial 145 had a blank opening on "As a result").
  const thereWere = /\bthere\s+(were|are|was|is|have been|had been)\s+(?:only\s+|just\s+)?$/i.exec(
    sentence.slice(0, hedgeStart),
  );
  if (thereWere && (/^\p{Ll}[\p{Ll} -]*s$/u.test(unit) || IRREGULAR_PLURAL.has(unit.split(' ').at(-1)!))) {
    const all = restOfClause(sentence, unitEnd);
    // "cases of Guinea worm": what the noun is of goes with it.
    const of =
      /^of\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:\p{Ll}+ed|in|at|on|across|around|during|since)\b|$)/u.exec(
        all,
      );
    const noun = of ? `${unit} ${of[0]}` : unit;
    const rest = of ? all.slice(of[0].length).trim() : all;
    const verb = { is: 'are', was: 'were' }[thereWere[1]!.toLowerCase()] ?? thereWere[1]!.toLowerCase();
    const place = placeBefore(sentence.slice(0, hedgeStart - thereWere[0].length).trim());
    const how = place ? `${place}, how` : 'How';
    if (all.split(/\s+/).filter(Boolean).length <= 14)
      return /^\p{Ll}+ed\b/u.test(rest)
        ? `${how} many ${noun} ${verb} ${rest}?`
        : `${how} many ${noun} ${verb.replace(/^(ha(?:ve|d)) been$/, '$1 there been').replace(/^(are|were)$/, '$1 there')}${rest ? ` ${rest}` : ''}?`;
  }
  const lead = sentence.slice(0, hedgeStart);
  let clauseStart = 0;
  for (const m of lead.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const before = lead.slice(clauseStart).trim();
  // "an attack ... that Washington says killed 1,400 people": the one who says so sits where the relative clause's
  // subject would, and the one who did it is the noun before "that" (trial 401 asked "did Washington says kill?").
  if (/\b(?:says|said|say|claims|claimed|believes|believed|estimates|estimated)\s+\p{Ll}+\s*$/u.test(before))
    return undefined;
  // "no date would be set for when some 140,000 U.S. troops could begin withdrawing": a clause of what may happen, under
  // "for when", "if" or "whether", is no count the article gives (trial 307's question had two right answers).
  if (
    /\b(?:for when|if|whether|unless|until)\s*$/i.test(lead.slice(0, clauseStart).trim() + ' ') ||
    /\b(?:for|if|whether|unless|until)\s+when\s*$/i.test(lead.slice(0, clauseStart))
  )
    return undefined;
  // "Four percent said abdication of emperors should never be allowed": a poll's share, the figure opening its
  // clause, asks "What percentage said ...?" (trial 130 had five blanks in a row).
  const poll =
    unit === 'percent' &&
    before === '' &&
    // "Among Democrats, 12 percent said ...", "In 2010, 40 percent said ...": a share of a part or of a year the
    // question would leave out.
    !/\b(?:among|in\s+\d{4}|of\s+(?:those|them|these))\b/i.test(lead.slice(0, clauseStart))
      ? /^\s*(said|say|says|supported|opposed|believed|believe|thought|think|wanted|want|agreed|favou?red|preferred|backed)\b/.exec(
          sentence.slice(unitEnd),
        )
      : null;
  if (poll) {
    const rest = restOfClause(sentence, unitEnd + poll[0].length);
    const words = rest.split(/\s+/).filter(Boolean).length;
    // Not "What percentage said it shouldn't wait ...?": "it" is the clause before's.
    if (words >= 2 && words <= 16 && !/^(?:it|they|he|she|this|that|these|those|the same|so)\b/i.test(rest))
      return `What percentage ${poll[1]} ${rest}?`;
  }
  // "the Istanbul Stock Exchange, which fell by six percent on Thursday": the name before ", which" changed
  // by so much (retrial 19 had a blank). A share asks "By what percent ...?".
  const which =
    /(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,5}),\s+which\s+(rose|fell|grew|shrank|increased|decreased|dropped|climbed|jumped|declined|slipped)\s+by\s*$/u.exec(
      lead,
    );
  if (which) {
    const stem = CHANGE_BASE[which[2]!] ?? verbBase?.(which[2]!);
    const rest = restOfClause(sentence, unitEnd);
    const by = /^(?:percent|per cent)$/.test(unit)
      ? 'By what percent'
      : /^\p{Ll}[\p{Ll} -]*s$/u.test(unit)
        ? `By how many ${unit}`
        : undefined;
    if (stem && by && rest.split(' ').length <= 12)
      return `${by} did ${which[1]!.replace(/^The\b/, 'the')} ${stem}${rest ? ` ${rest}` : ''}?`;
  }
  // "the shares of the American computer company increased by 5 percent", "Sales rose 12 percent last year": the
  // share by which a thing changed asks "By what percent did ... increase?" (trial 278 had a blank).
  // Not "That category of sea otters declined nearly 5 percent": "That" is no clause break here but the subject's
  // first word, pointing back to a sentence the question would not show.
  const changedShare =
    unit === 'percent' && !/^\s*(?:That|This|These|Those)\s*$/.test(lead.slice(0, clauseStart))
      ? changedBy(before)
      : undefined;
  // "Exercise also lowered the risk of a specific type of leukemia by 20 percent": "By what percent did exercise lower
  // the risk of a specific type of leukemia?" (trial 320 had a blank).
  const lowered = unit === 'percent' ? objectChangedBy(before) : undefined;
  if (lowered) {
    // "The company cut its workforce by 10 percent": "cut" after a singular subject is the past.
    const base =
      lowered.verb === 'cut'
        ? /s$/.test(lowered.subject)
          ? undefined
          : 'cut'
        : (CHANGE_BASE[lowered.verb] ?? verbBase?.(lowered.verb));
    const subject = asAsked(lowered.subject, lowered.verb, lower, sentenceCaseOff);
    // "... among patients over 65", "... from 1990 levels": the rest of the clause says of what the change is.
    const rest = restOfClause(sentence, unitEnd);
    const opening = lead.slice(0, clauseStart);
    const place = placeBefore(opening);
    const year = /^In\s+(\d{4})$/.exec(opening.replace(/[\s,]*$/, ''));
    const how = place ? `${place}, by` : year ? `In ${year[1]}, by` : 'By';
    if (base && (base !== lowered.verb || lowered.verb === 'cut') && rest.split(/\s+/).length <= 10)
      return `${how} what percent did ${subject} ${base} ${lowered.object}${rest ? ` ${rest}` : ''}?`;
  }
  // Not "Iowa farmers grew 17 percent of the nation's corn", "dropped 15 percent of its flights": a share of something,
  // the verb's object, no change by so much.
  if (changedShare && !/^\s*of\b/.test(sentence.slice(unitEnd))) {
    // "rose 5 percent in May and wages fell 2 percent": the next clause is no part of the question.
    const rest = restOfClause(sentence, unitEnd).replace(/\s+(?:and|but|while|whereas)\s+.*$/, '');
    const asked =
      rest.split(/\s+/).length <= 12 ? askChange('By what percent', changedShare, rest, verbBase) : undefined;
    if (asked) return asked;
  }
  // Only a counted noun reads after "How many": not percent, money, "number" (no unit found) or a time span.
  // A unit of several words ("working days", "police officers") is judged by its head noun, the last.
  // "works of art": the noun before "of" is the head counted.
  const counted = unit.replace(/\s+of\s+.*$/u, '');
  const head = counted.split(' ').at(-1)!;
  // "after an 11-year lull": a span written as an adjective asks how long the thing it describes was.
  const span =
    // "an approximate 10-year lifespan": the hedge may stand before the figure (trial 123).
    // "a nine-year period": the figure in words too (retrial 346 had no unit in its question).
    /^(?:(?:an?\s+)?(?:approximate|estimated)\s+)?(?:[\d.,]+|\p{Ll}+(?:-\p{Ll}+)?)[-\s](year|month|week|day|hour|minute)\s+([\p{Ll}-]+)(?=\s*(?:[,.;:!?]|$|\s(?:of|in|on|at|to|for|by|with|from|that|which|who|and|or|but|after|before|when)\b))/u.exec(
      sentence.slice(hedgeStart),
    );
  if (span) {
    const noun = span[2]!;
    // "his 76-year marriage to Rosalynn": the phrase after the noun says whose (trial 145 asked "the marriage").
    const whose =
      /^\s+((?:to|of|with|between|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s*(?:[,.;:!?]|$|\s(?:is|was|are|were|has|had|in|on|at)\b))/u.exec(
        sentence.slice(hedgeStart + span[0].length),
      );
    // "Over a six-year period, they studied ...": a span the sentence opens on says when, and "How long was the
    // period?" has nothing to go on (trial 366 rewrote it).
    const frontedSpan =
      /^(?:Over|During|In|For|Across|Within)\s+(?:a|an|the)\s*$/.test(sentence.slice(0, hedgeStart)) &&
      /^(?:period|span|stretch|time|window|timeframe|time frame)$/.test(noun);
    if (frontedSpan) return undefined;
    if (!/(?:ed|ing|ly)$/.test(noun)) return `How long was the ${noun}${whose ? ` ${whose[1]}` : ''}, in ${span[1]}s?`;
  }
  // "a trial that lasted only six weeks", "mice ... lived thirty days": a span after a verb of how long a thing went on
  // asks how many of it (trials 379 and 391 wrote "How many weeks did the trial last?").
  const lasting =
    /^(?:years|months|weeks|days|nights|hours|minutes)$/.test(head) &&
    DURATION_VERB.test(/(\p{Ll}+)\s+(?:only\s+|just\s+)?$/u.exec(lead)?.[1] ?? '');
  if (
    !lasting &&
    (!(/^\p{Ll}[\p{L} -]*s$/u.test(counted) || IRREGULAR_PLURAL.has(head)) ||
      /^(?:percent|dollars|euros|pounds|years|months|weeks|days|hours|minutes|seconds)$/.test(head))
  )
    return undefined;
  // "forty prominent African leaders, including Kofi Annan ..., criticized the government": the examples between
  // the noun and its verb are an aside (trial 152).
  const aside = /^,\s+(?:including|such as|among them)\s[^,;]{1,120},\s*/.exec(sentence.slice(unitEnd));
  let rest = restOfClause(sentence, unitEnd + (aside?.[0].length ?? 0));
  // "The United Nations says about 12,000 refugees ... have fled ...": whose count it is, said first (trial 331).
  // Not "He said 40 people ...": whom "He" means, the sentence before says (the review of s27).
  const said = SOURCE_SAYS.exec(before)?.[1];
  const saysSource = said && !PRONOUN.test(said) ? said : undefined;
  // "... since Friday to escape deadly attacks by the militia": why they did it is no part of how many did.
  if (saysSource) rest = rest.replace(/\s+to\s+(?:escape|avoid|flee|seek|find|join|look for)\b.*$/, '');
  const restWords = rest.split(' ').filter(Boolean);
  if (restWords.length > 18) return undefined;
  // "At least 76 people were killed when ...": the number is the subject. "In total" is kept, at the end;
  // "According to The Guardian, ..." is kept, before: the figure is that source's (retrial 19).
  const total = /^(?:in total|in all|overall|altogether)$/i.exec(before)?.[0].toLowerCase();
  // "An additional thirty are reported wounded": more of a count the article gave, asked as "How many more ...?" (trial
  // 395 had a blank).
  const additional = /^(?:an?\s+)?(?:additional|further)$/i.test(before);
  const opensClause = before === '' || !!total || additional || /^(?:the|some|about|only|another)$/i.test(before);
  const isVerb = (w: string) =>
    AUXILIARY.test(w) || /^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.has(w) || COUNTED_DO.test(w);
  // "12,000 refugees from Sudan's Darfur Province have fled": a phrase of where from may stand before the verb.
  const verbAt = /^(?:from|in|of|at|across|around|near|inside)$/.test(restWords[0] ?? '')
    ? restWords.findIndex((w, k) => k > 1 && k <= 8 && AUXILIARY.test(w))
    : 0;
  const countIsSubject = verbAt >= 0 && isVerb(restWords[verbAt]?.toLowerCase() ?? '');
  // "Over a six-year period, they studied about 33,000 runners in the National Runners’ Health Study and just over
  // 15,000 walkers in ...": whom "they" means the question need not say, asked as what was done to the counted; the
  // second figure after "and" shares the verb (trial 366 left both counts waiting).
  const byPronoun =
    /\b(?:[Tt]hey|[Ww]e)\s+(\p{Ll}{3,}ed)\s+(?:(?:about|some|nearly|almost|roughly|around|more than|over|just over)\s+)?(?:[\d,.]+\s+\p{Ll}+[^,;:]*?\s+and\s+)?$/u.exec(
      lead,
    );
  // Not a measure or a span ("reached 9 metres", "stayed 5 nights", "averaged 12 points"), nor beside "another 25",
  // a second count of the same thing by others (the review of s31).
  if (
    byPronoun &&
    /^\p{Ll}[\p{Ll} -]*s$/u.test(unit) &&
    // (Spans and money left above, where "How many" asks no such unit.)
    !/^(?:metres|meters|kilometres|kilometers|miles|feet|inches|nights|points|goals|runs|games|degrees|kilograms|tons|tonnes|litres|liters|gallons|acres|hectares)$/.test(
      unit,
    ) &&
    !/^(?:reached|stayed|averaged|walked|ran|spent|waited|lived|travell?ed|lasted|scored|covered|drove|flew|swam|climbed|gained|lost)$/.test(
      byPronoun[1]!,
    ) &&
    !/\banother\s+\d/.test(sentence) &&
    restWords.length >= 2 &&
    restWords.length <= 12 &&
    !countIsSubject
  )
    return `How many ${unit} were ${byPronoun[1]} ${rest}?`;
  if (opensClause && !countIsSubject) return undefined;
  // "Texas reported 412 new cases on Monday": with no verb after the count, "Texas" is the subject of the next shape.
  if (opensClause || (saysSource && countIsSubject)) {
    const source =
      /^According to ([^,;]{2,60}),\s*$/.exec(lead.slice(0, clauseStart))?.[1] ??
      (saysSource && clauseStart === 0
        ? // "Governor Ron DeSantis", "Commander Jane Smith": a title before a name keeps its capital.
          /^(?!The\s)\S+\s+\p{Lu}/u.test(saysSource)
          ? saysSource
          : asAsked(saysSource, 'said', lower, (t) =>
              t.replace(
                /^(?:The|Police|Officials|Authorities|Organizers|Organisers|Residents|Witnesses|Doctors)\b/,
                (w) => w.toLowerCase(),
              ),
            )
        : undefined);
    if (saysSource && !source) return undefined;
    // "Two other soldiers are in detention": "other" says the count leaves someone out, and stays (trial 395 asked "How
    // many soldiers are in detention?" of a story whose gunman was held too).
    const other = /\s(other|more|additional|further)\s/.exec(sentence.slice(hedgeStart, unitEnd))?.[1];
    const noun = additional ? `more ${unit}` : other && !unit.startsWith(other) ? `${other} ${unit}` : unit;
    const question = `${noun} ${rest}${total ? ` ${total}` : ''}?`;
    return source ? `According to ${source}, how many ${question}` : `${fronted(lead, clauseStart)}ow many ${question}`;
  }
  // "Global average sea level rose by about 0.3 inches from 2022 to 2023": a change by so much asks "By how
  // many inches did global average sea level rise ...?" (retrial 21 had only the unit to go on).
  const change = changedBy(before);
  if (change?.by) {
    const asked = askChange(`By how many ${unit}`, change, rest, verbBase);
    if (asked) return asked;
  }
  // "South Korea evacuated about 80 people in the town of Yeoncheon": the number is the object. The
  // subject is a name, maybe with a common head noun ("the New Zealand government"); the verb may lead an
  // infinitive ("intends to hold two referendums"): "How many referendums does ... intend to hold ...?".
  // "Scientists with the USGS monitored 10 captive ... bats", "Researchers at the zoo counted 1,200 birds": people
  // named by what they are, opening the sentence with the body they belong to, are a subject too (trial 302 had "What
  // figure does the article give for the captive Scientists ...?"). Words of the list only: "Williams" is a name.
  const named =
    /^((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+\p{Ll}{3,})?)\s+(\p{Ll}+)(?:\s+to\s+(\p{Ll}+))?$/u.exec(
      before,
    );
  const common = !named && clauseStart === 0 ? TRADE_SUBJECT.exec(before) : null;
  const m = named ?? common;
  if (!m && verbBase) return commonSubjectStem(lead, before, clauseStart, sentence, unitEnd, unit, verbBase, lower);
  if (!m || !verbBase || PRONOUN.test(m[1]!) || /^(?:His|Her|Its|Their|Our|My|Your)\b/.test(m[1]!)) return undefined;
  // "The group stayed 2 nights": a span asked of a vague subject says nothing of whose (the review of s33).
  if (lasting && /^the\s+\p{Ll}+$/iu.test(m[1]!) && VAGUE_HEAD.test(m[1]!.split(/\s+/)[1]!)) return undefined;
  const verb = m[2]!;
  const past = /ed$/.test(verb) || IRREGULAR_PAST.has(verb);
  // Present, third person: "intends", "plans", "expects" (not "is", "has", "was": no "How many" reads on).
  const present = !past && /^\p{Ll}{3,}s$/u.test(verb) && !/(?:ss|us|is|as)$/.test(verb);
  if (!past && !present) return undefined;
  // The head noun must be a noun, not the verb's adverb: "South Korea quickly evacuated" reads on, but a
  // lower-case word that is itself a verb form ("Officials said") is no head.
  const last = m[1]!.split(/\s+/).at(-1)!;
  if (/^\p{Ll}/u.test(last) && (/(?:ed|ing)$/.test(last) || AUXILIARY.test(last))) return undefined;
  const base = verbBase(verb);
  if (!base || base === verb || !/^\p{Ll}+$/u.test(base)) return undefined;
  // A common noun capitalised only as the sentence's first word reads in lower case after "did" ("Firefighters
  // rescued 23 people" too, which the name pattern read; the review of s24).
  const trade = clauseStart === 0 && TRADE_ALONE.test(m[1]!);
  const subject = (common || trade ? m[1]!.replace(/^(?:The\s+)?\p{Lu}/u, (w) => w.toLowerCase()) : m[1]!).replace(
    /^The\b/,
    'the',
  );
  const infinitive = m[3] ? ` to ${m[3]}` : '';
  // "observed more than 80 elections around the world and aimed to negotiate ...": the second verb is another deed,
  // no part of the question ("did ... observe ... and aimed"; trial 145).
  rest = rest.replace(ANOTHER_DEED, '');
  // "... monitor that were exposed?": a relative clause after the verb reads as cut short; the noun says enough.
  if (/^(?:that|which|who)\b/.test(rest)) rest = '';
  const held = ofThe(unit, rest);
  if (COMPARED.test(held.rest)) return undefined;
  return `${fronted(lead, clauseStart)}ow many ${held.counted} ${past ? 'did' : 'does'} ${subject} ${base}${infinitive} ${held.rest}?`.replace(
    /\s+\?$/,
    '?',
  );
}

/**
 * The counted noun with what it is of, and the rest after: "bags" and "of mulch for the park" make "bags of mulch" and
 * "for the park" ("How many bags of mulch did the volunteers donate for the park?", not "... donate of mulch ...").
 */
function ofThe(unit: string, rest: string): { counted: string; rest: string } {
  const of =
    /^of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:\p{Ll}+ed|in|at|on|across|around|during|since|earlier|later|last|this|from|for|to|with|by|over|after|before|because|as|when)\b|$)/u.exec(
      rest,
    );
  const counted = of ? `${unit} ${of[0]}` : unit;
  const after = of ? rest.slice(of[0].length).trim() : rest;
  // "300 blood samples taken before and after the flight": a participle's phrase describes the counted too.
  const described =
    /^(?:\p{Ll}{3,}ed|taken|given|made|held|built|sold|found|seen|known|written|kept|left|born)\s+\S/u.test(after);
  return described ? { counted: `${counted} ${after}`, rest: '' } : { counted, rest: after };
}

/** "waited 20 minutes more", "treated 400 patients more than last year": a count against another, asked otherwise. */
const COMPARED = /^(?:more|less|longer|shorter|than)\b|^(?:earlier|later)$|\bthan\b/;
/** "... and ended without a deal", "... and saw three emperors": another deed after the count, no part of it. */
const ANOTHER_DEED = new RegExp(
  String.raw`(?:^|\s+)and\s+(?:\p{Ll}+(?:ed|ing)|will|would|has|have|had|is|are|was|were|can|could|${[...IRREGULAR_PAST].join('|')})\b.*$`,
  'u',
);
/** Verbs of how long a thing went on, after which a span is a count: "lasted six weeks", "lived thirty days". */
const DURATION_VERB =
  /^(?:lasted|lasts|lived|lives|spent|spends|stayed|stays|waited|waits|served|serves|remained|remains|continued|continues)$/;
/** A subject too vague to ask by ("the group", "a team"): whom it means, the sentence before says. */
const VAGUE_HEAD =
  /^(?:group|team|company|agency|organi[sz]ation|government|report|study|plan|move|decision|same|latter|former|two|three|pair|other|others|one|ones|rest|first|second|last|new|man|woman|official|person)$/;
/** Words a subject does not hold: a report's verb or an auxiliary means the clause was read wrong. */
const NOT_IN_SUBJECT =
  /\b(?:said|says|say|told|tells|reported|reports|announced|found|finds|show|shows|showed|estimated|thinks|believes|that|which|who|whom|whose|has|have|had|is|are|was|were|been|will|would|could|can|may|might|did|does|do|not|if|than)\b/;

const SUBJECT_WORD = String.raw`[\p{Ll}'’-]+`;
/** "a trial that lasted only", "the men who killed": a relative clause's verb, its noun before "that". */
const RELATIVE_SUBJECT = new RegExp(
  String.raw`(?:^|\s)(?:[Tt]he|[Aa]n?)\s+((?:${SUBJECT_WORD}\s+){0,2}${SUBJECT_WORD})\s+(?:that|which|who)\s+(\p{Ll}+)(?:\s+(?:only|just))?\s*$`,
  'u',
);
/**
 * "A team of conservationists captured", "researchers are looking at", "mice with the best current treatments lived":
 * the clause's own subject, with "the" or "a", or a plural opening the clause.
 */
const OWN_SUBJECT = new RegExp(
  String.raw`^(?:([Tt]he|[Aa]n?)\s+)?(\p{L}[\p{Ll}'’-]*(?:\s+${SUBJECT_WORD}){0,3}?(?:\s+(?:of|with|from|at|in|on)\s+(?:the\s+)?(?:${SUBJECT_WORD}\s+){0,3}?${SUBJECT_WORD})?)\s+(?:(recently|now|already|each)\s+)?(?:(are|is|were|was)\s+(?:(?:now|still|also)\s+)?(\p{Ll}+ing)(?:\s+(at|for|on|with|into|to))?|(\p{Ll}+))$`,
  'u',
);
/** The sentence's own verb and what follows, after a relative clause's count ("... in 2015 ended with ..."). */
const MAIN_VERB_ON = new RegExp(
  String.raw`(?:^|\s+)(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|${[...IRREGULAR_PAST].join('|')})\b.*$`,
  'u',
);

/**
 * A count a common noun's subject did or does, which the name pattern above cannot read (trials 360, 375, 379 and 391
 * wrote each by hand):
 *   "A team of conservationists captured 14 water frogs ..." -> "How many water frogs did the team of conservationists
 *   capture ...?"; "researchers are looking at 10 aspects of the human body" -> "How many aspects of the human body
 *   are researchers looking at?"; "a trial that lasted only six weeks" -> "How many weeks did the trial last?".
 * Not "The group captured ...", "A man killed ...": whom a vague subject means, the question would not show.
 */
function commonSubjectStem(
  lead: string,
  before: string,
  clauseStart: number,
  sentence: string,
  unitEnd: number,
  unit: string,
  verbBase: (verb: string) => string | undefined,
  lower?: (clause: string) => string,
): string | undefined {
  const relative = RELATIVE_SUBJECT.exec(lead);
  const own = relative ? null : OWN_SUBJECT.exec(before);
  if (!relative && !own) return undefined;
  const determiner = relative ? 'the' : own![1];
  const noun = relative ? relative[1]! : own![2]!;
  const words = noun.split(/\s+/);
  const first = words[0]!;
  // The words before a phrase of what or where ("A team | of conservationists", "mice | with the best treatments").
  const prep = words.findIndex((w) => /^(?:of|with|from|at|in|on)$/.test(w));
  if (prep === 0) return undefined;
  const nounWords = prep < 0 ? words : words.slice(0, prep);
  // "Their families", "Last year the hospitals", "Rising prices": whose, a phrase of when, or a verb read as the
  // subject (the review of s33).
  if (
    PRONOUN.test(first) ||
    /^(?:his|her|its|their|our|my|your|both|all|some|many|most|each|every|rising|falling|closing|opening)$/i.test(
      first,
    ) ||
    nounWords.slice(1).some((w) => /^(?:the|a|an|this|that|last|next|year|week|month)$/i.test(w)) ||
    NOT_IN_SUBJECT.test(noun)
  )
    return undefined;
  // A capital opens the sentence ("Mice with ... lived"); anywhere else it is a name's, which the name pattern reads.
  if (/^\p{Lu}/u.test(first) && clauseStart !== 0) return undefined;
  // With no "the", a plural ("researchers", "mice with ..."); with one, not a single vague noun ("the group").
  const headNoun = nounWords.at(-1)!.toLowerCase();
  if (!determiner && !/(?:[^s'’]s|^(?:people|mice|children|men|women|police))$/.test(headNoun)) return undefined;
  if (words.length === 1 && VAGUE_HEAD.test(headNoun)) return undefined;
  const verb = relative ? relative[2]! : (own![7] ?? own![5]!);
  const subject = determiner
    ? `the ${noun}`
    : asAsked(noun, verb, lower, (t) => t.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  const progressive = !relative && own![4];
  // What the counted noun is of goes with it: "aspects of the human body".
  const held = ofThe(unit, restOfClause(sentence, unitEnd));
  const counted = held.counted;
  let rest = held.rest;
  // "lasted three days and ended ...", "lived 117 years and saw ...": another deed is no part of the count.
  rest = rest.replace(ANOTHER_DEED, '');
  // "... in 2015 ended with ...": a relative clause's rest stops at the sentence's own verb.
  if (relative) rest = rest.replace(MAIN_VERB_ON, '');
  if (/^(?:that|which|who)\b/.test(rest)) rest = '';
  // "waited 20 minutes more", "treated 400 more patients than last year": a count against another is asked otherwise.
  if (COMPARED.test(rest)) return undefined;
  if (rest.split(/\s+/).length > 10) return undefined;
  const tail = rest ? ` ${rest}` : '';
  // "the players each scored": "each" says the count is every player's, and stays.
  const adverb = !relative && own![3] ? ` ${own![3]}` : '';
  if (progressive) {
    if (!/ing$/.test(verb)) return undefined;
    return `How many ${counted} ${progressive} ${subject}${adverb} ${verb}${own![6] ? ` ${own![6]}` : ''}${tail}?`;
  }
  const past = /ed$/.test(verb) || IRREGULAR_PAST.has(verb);
  const present = !past && /^\p{Ll}{3,}s$/u.test(verb) && !/(?:ss|us|is|as)$/.test(verb);
  if (!past && !present) return undefined;
  const base = verbBase(verb);
  if (!base || base === verb || !/^\p{Ll}+$/u.test(base)) return undefined;
  return `How many ${counted} ${past ? 'did' : 'does'} ${subject}${adverb} ${base}${tail}?`;
}

const PAST_VERB = String.raw`\p{Ll}{2,}ed|${[...IRREGULAR_PAST].join('|')}`;
/** ", researchers were able to ...", ", the rangers found ...": the doer of the opening phrase, the sentence's subject. */
const DOER_AFTER_OPENING = new RegExp(
  String.raw`^,\s+((?:[Tt]he\s+)?(?:\p{Ll}[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:(?:were|was)\s+able|have|has|had|${PAST_VERB})\b(?!\s+by\b)`,
  'u',
);

/**
 * "How many years ago did ...?" of a long span back (trial 55):
 *   "Some 74,000 years ago, the Toba volcano in Indonesia exploded ..." -> "How many years ago did the Toba volcano
 *   in Indonesia explode?"; "The most recent super-eruption occurred more than 22,000 years ago in New Zealand." ->
 *   "How many years ago did the most recent super-eruption occur in New Zealand?"
 */
function agoQuestion(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  verbBase: (verb: string) => string | undefined,
): string | undefined {
  const ago = /^\s+ago\b/.exec(sentence.slice(unitEnd));
  if (!ago) return undefined;
  const lower = (t: string) => t.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
  const ask = (subject: string, verb: string, rest: string) => {
    const base = verbBase(verb);
    // "his editorial cartoon": whose, the question would not say.
    const first = subject.split(/\s+/)[0]!;
    if (
      !base ||
      base === verb ||
      PRONOUN.test(first) ||
      /^(?:his|her|its|their)$/i.test(first) ||
      subject.split(/\s+/).length > 10
    )
      return undefined;
    return `How many years ago did ${lower(subject)} ${base}${rest ? ` ${rest}` : ''}?`;
  };
  const lead = sentence.slice(0, hedgeStart).trim();
  if (lead === '') {
    const m = new RegExp(
      String.raw`^,\s+((?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+)\s+(${PAST_VERB})\b([^,;:]*)`,
      'u',
    ).exec(sentence.slice(unitEnd + ago[0].length));
    if (!m) return undefined;
    const rest = m[3]!.trim().replace(/[.!?]+$/, '');
    return ask(m[1]!, m[2]!, /\d/.test(rest) || rest.split(/\s+/).length > 8 ? '' : rest);
  }
  const m = new RegExp(String.raw`^((?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+)\s+(${PAST_VERB})$`, 'u').exec(lead);
  if (!m || /[,;:]/.test(lead)) return undefined;
  const rest = restOfClause(sentence, unitEnd + ago[0].length);
  return ask(m[1]!, m[2]!, rest.split(/\s+/).length > 8 ? '' : rest);
}

/** A phrase of when, where or why fronted before the clause: "In 2013, ", "Because of the remoteness of the area, ". */
const FRONTED_WHEN =
  /^(?:In|On|At|During|Since|After|Before|By|For|Over|Under|Among|Across|Within|Throughout|Until|Last|This|Earlier|Later|According to|Today|Yesterday|Because of|Despite|Inside|Outside|Near)\b[^,]{1,50},\s/;
/** A word that may be a verb, in lower case: "made", "hold", "classes" (a plural reads as one too, which errs to keep). */
const VERB_WORD = new RegExp(
  String.raw`\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|hold|make|take|get|give|keep|need|\p{Ll}{2,}ed|\p{Ll}{3,}s|${[...IRREGULAR_PAST].join('|')})\b`,
  'u',
);

/**
 * The figure's own clause asked with "how many" in its place, as teachers wrote it where no shape above reads
 * (trials 350, 363, 377 and 383): "The pope's message to Congress was based on the stories of four Americans: ..."
 * -> "The pope's message to Congress was based on the stories of how many Americans?". Only a clause that opens the
 * sentence with a subject of its own (or after one fronted phrase), holds no quotation, and reads short; a share or a
 * bare figure ("was a 6.7") keeps its blank.
 *
 *   echoQuestion('The storm had wind gusts of over 350 kilometers per hour.', 28, 33, 36, 56, 'kilometers per hour')
 *     -> 'The storm had wind gusts of over how many kilometers per hour?'
 */
export function echoQuestion(
  sentence: string,
  hedgeStart: number,
  numberStart: number,
  numberEnd: number,
  unitEnd: number,
  unit: string,
): string | undefined {
  if (unit === 'number' || /^(?:percent|per cent)$/.test(unit)) return undefined;
  // A question, or a quotation: neither is the article's plain statement.
  if (/["“”?]|(?:^|\s)['‘]|['’](?:\s|$)/.test(sentence)) return undefined;
  let lead = sentence.slice(0, hedgeStart);
  if (lead.trim() === '' || /[;:()[\]]|\s[—–-]{1,2}\s/.test(lead)) return undefined;
  const after = sentence.slice(unitEnd);
  // "20 years ago", "$5 million worth of books", "$9 billion of goods", "400 of them", "by 2,310 votes to 1,845": a span
  // back, a worth, a part or a tally reads no "how many" in place.
  if (/^\s+(?:ago|worth|of\s+(?:them|these|those|us|goods)|to\s+\d)\b/.test(after)) return undefined;
  // "won a $1.5 million grant", "another 80 millimetres", "the first 20 minutes", "its 30 supports", "the city's 2,100
  // miles", "A magnitude 6.4 earthquake", "The village where 300 people live": the figure is inside a noun phrase, or a
  // clause the lead opens, and "how many" in its place reads as no English (the second review of s33).
  if (
    /\b(?:a|an|the|its|their|his|her|our|my|your|this|that|another|further|additional|first|last|next|past|every|each|magnitude|where|when|who|whom|which|whose)\s+$|['’]s\s+$/i.test(
      lead,
    ) ||
    // "at a leisurely 62 hours per orbit", "a whopping 40 percent": a describing word between the article and the
    // figure (trial 402 asked "at a leisurely how many hours per orbit?").
    // Not "feed the frogs 12 insects", "reached the final 3 times": after "the", a noun may end the verb's first object.
    /\b(?:a|an)\s+\p{Ll}+\s+$|\bthe\s+(?:remaining|other|entire|full|estimated|whole|total|combined|original)\s+$/iu.test(
      lead,
    )
  )
    return undefined;
  // The hedge as written stays in place ("fewer than how many hours", "within how many days"): the precision's name
  // would lose "fewer than" or "within", and the key would be wrong.
  // A hedge the drafter read apart from the figure ("as many as 50") is still the lead's last words.
  const apart = /\b(?:as (?:many|much) as|up to)\s+$/i.exec(hedgeStart === numberStart ? lead : '');
  if (apart) lead = lead.slice(0, apart.index);
  const hedge = (apart ? apart[0] : sentence.slice(hedgeStart, numberStart))
    .replace(/[$€£¥]\s*$/, '')
    // "as many as how many" reads twice over.
    .replace(/^\s*as (?:many|much) as\s+$/i, 'up to ');
  // "The storm, known in the Philippines as Yolanda, had ...": an aside after the sentence's first noun is no part of
  // the question; an aside anywhere else may be the clause the figure belongs to.
  lead = lead.replace(/^((?:[\p{L}'’.-]+\s){0,3}[\p{L}'’.-]+),\s[^,]{2,80},(?=\s)/u, '$1');
  // "In 2013, the rate was ...": one fronted phrase of when, where or whose word stays; any other comma leaves the figure
  // inside an aside or a second clause ("The jury, which consisted of three women ...", "Moderate blooms have an index of
  // 3-5, while an index more than ...").
  lead = lead.replace(/^(?:And|But|So|Also|Yet)\s+/, '').replace(/^(?:Additionally|However|Meanwhile|Still),\s+/, '');
  const fronted = FRONTED_WHEN.exec(lead);
  const opening = fronted ? lead.slice(fronted[0].length) : lead;
  if (opening.includes(',')) return undefined;
  // "He", "These effects", "The group": whom they mean, the sentence before says. "While Apple asks ...": a clause
  // that leans on another.
  if (
    /^(?:He|She|It|They|We|I|You|This|That|These|Those|Such|His|Her|Its|Their|Our|There|Here|Both|Each|Some|Many|Most|All|While|Although|Though|Because|If|When|Whereas|Unless|As|Since|After|Before|Until|Once)\b/i.test(
      opening,
    ) ||
    /^The (?:group|agency|company|team|same|latter|former|two|three|pair|move|decision|figure|number|total)\b/i.test(
      opening,
    ) ||
    !/^\p{Lu}/u.test(lead)
  )
    return undefined;
  // A subject before the figure, not a phrase of when or where ("Over the next six months") nor the figure opening
  // the clause ("Some 300 people ...", the shapes above).
  if (
    !/\s\S/.test(opening.trim()) ||
    /^(?:In|On|At|During|Since|After|Before|By|For|Over|Under|Among|Across|Within|Throughout|Until|Just|Only|About|Some|Nearly|Almost|More|Fewer|Less|Up)\b/.test(
      opening,
    )
  )
    return undefined;
  const written = sentence.slice(numberEnd, unitEnd).trim();
  // "indicate 1 death": a singular noun would tell the answer is one.
  if (/(?:^|\s)(?:1|one|single)$/i.test(sentence.slice(0, numberEnd))) return undefined;
  if (
    written &&
    /s$/.test(unit) &&
    !/s$/.test(written.split(/\s+/).at(-1)!) &&
    !/^(?:people|men|women|children)$/.test(written)
  )
    return undefined;
  // "the 30th time": a rank reads no "how many".
  if (/\d(?:st|nd|rd|th)$/.test(sentence.slice(0, numberEnd)) || /\bthe\s+$/i.test(lead)) return undefined;
  // "two 3.5-point players", "the two largest cities": no count reads "how many -point", "how many largest".
  if (/^-|^\p{Ll}+est\b/u.test(written)) return undefined;
  const counted = MONEY_UNITS.has(unit) ? 'how much' : written ? `how many ${written}` : undefined;
  if (!counted) return undefined;
  const how = `${hedge}${counted}`;
  const rest = restOfClause(sentence, unitEnd)
    .replace(ANOTHER_DEED, '')
    // "five days in advance and tornado watches hours in advance": a second thing given its own span or measure is no
    // part of this one's question (re-run 393).
    .replace(
      /\s+and\s+(?:[\p{L}'’-]+\s+){1,4}(?:seconds|minutes|hours|days|weeks|months|years|miles|kilometres|kilometers|metres|meters|feet)\b.*$/u,
      '',
    );
  // "winds of up to 50 mph were making ...": a clause cut at its auxiliary, and "A team of 40 rescuers and 6 dogs
  // searched": a figure inside the subject, whose verb comes after it.
  if (/\b(?:is|are|was|were|has|have|had|will|would|be|been)$/.test(rest)) return undefined;
  if (!VERB_WORD.test(opening.toLowerCase()) && !VERB_WORD.test(rest.toLowerCase())) return undefined;
  // "The man who waited 10 days for his papers said ...": the figure is in the subject's own clause, and the sentence's
  // verb comes after it.
  if (
    /\b(?:who|which|that)\s/.test(opening) &&
    /\b(?:said|says|is|are|was|were|has|have|had|will|would)\b/.test(sentence.slice(unitEnd))
  )
    return undefined;
  // "Kepler also has discovered more than how many ...?": "also" leans on the sentence before (trial 431).
  const question = `${lead.replace(/\salso\s/i, ' ')}${how}${rest ? ` ${rest}` : ''}`.replace(/\s+/g, ' ').trim();
  const words = question.split(' ').length;
  return words >= 6 && words <= 22 ? `${question}?` : undefined;
}
