// Numbers a sentence gives, with what they count, their unit and how precisely they are stated:
// "up to 8,500 soldiers", "in five days", "just under an hour and a half" (90 minutes), "after 1997".
import { MONTH, MONTH_NAMES } from '../calendar.js';
import { HEDGES } from '../hedges.js';
import { readNumberWords } from '../number-words.js';
import { CURRENCY_MARK, CURRENCY_NAMES, escapeRegExp, TENS_WORDS } from '../text.js';
import type { Precision } from '../types.js';
import { isAdjectiveWord } from './names.js';
import { CITIES, COUNTRIES, REGIONS_OF_COUNTRIES } from './places.js';
import { IRREGULAR_PAST } from './quantity-question.js';

export interface NumberFind {
  value: number;
  /** The number as the sentence writes it; a substring of the sentence. */
  text: string;
  unit: string;
  /** A noun phrase for what it counts, pieced together from the words around it: a guess. */
  counts: string;
  precision: Precision;
  start: number;
  end: number;
  /** What the author should look at ("a range: 10 to 20"). */
  notes: string[];
  /** Where the number's phrase starts (its hedge, "at least", included) and where its unit word ends. */
  hedgeStart: number;
  unitEnd: number;
  /** "killing 107", "wounding 238": the people the verb did it to, as its participle ("wounded"). */
  casualty?: string;
  /** A question the sentence's own shape gives outright: "Tony Benn, at 82 is ..." asks "How old is Tony Benn?". */
  question?: string;
}

// Verbs whose bare object is people in a news report: "killing 107 or more and wounding 238",
// "police arrested 12", "evacuated at least 300". Keyed by the forms written, valued by the participle.
const CASUALTY_VERBS: ReadonlyMap<string, string> = new Map(
  (
    'kill:killed wound:wounded injur:injured hurt:hurt evacuat:evacuated rescu:rescued arrest:arrested ' +
    'detain:detained displac:displaced hospitaliz:hospitalized hospitalis:hospitalised'
  )
    .split(' ')
    .flatMap((pair) => {
      const [stem, participle] = pair.split(':') as [string, string];
      const forms = stem === 'hurt' ? ['hurt', 'hurting'] : [participle, `${stem}ing`, `${stem.replace(/e$/, '')}ing`];
      return forms.map((f) => [f, participle] as [string, string]);
    }),
);

const UNITS_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const DIGIT_WORDS: Record<string, number> = { one: 1, ...UNITS_WORDS };
/** The number words as pattern alternatives, declared once for every pattern that reads figures in words. */
const TENS = Object.keys(TENS_WORDS).join('|');
const ONE_TO_NINETEEN = Object.keys(DIGIT_WORDS).join('|');
/** "Tony Benn, at 82": a name, then its age after a comma and "at". */
// A person's name of two words or more, not after a preposition ("The meeting in Leeds, at 10 was ...").
const AT_AGE_BEFORE =
  /(?<!\b(?:in|at|on|of|from|to|outside|inside|near)\s)((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+at\s+$/u;
/** What follows "25m" when it is a length: "wide", "(204 feet)", "in diameter". */
// "the 400m freestyle event": a race's length (trial 188 asked for 400,000,000).
const METRE_AFTER =
  /^\s*(?:\(\s*[\d.,]+\s*(?:feet|ft|foot|yards?|inches)\b|(?:wide|high|long|deep|tall|down|up|across|away|above|below|underground|in\s+(?:diameter|length|depth|height|width|circumference)|freestyle|backstroke|breaststroke|butterfly|medley|individual medley|relay|hurdles|sprint|dash|race|steeplechase)\b)/;
// "US$5 trillion in trade" (trial 52 read it as 5 dollars).
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
  tn: 1e12,
};

// "one" is left out on purpose: "one of the", "no one" are rarely numbers worth a question; but "one percentage
// point" is a margin's size, "the one percent" a people (trial 274 lost "only one percentage point clear of Boris Johnson").
const WORD_NUMBER = new RegExp(
  `\\b(?:(${TENS})(?:[- ](${ONE_TO_NINETEEN}))?|(${Object.keys(UNITS_WORDS).join('|')}|(?<!\\bthe )one(?= (?:percentage point|per ?cent|percent)\\b))|a dozen)((?: hundred(?!-))?(?: (?:thousand|million|billion|trillion)(?!-))*)\\b`,
  'gi',
);
const DIGIT_NUMBER = new RegExp(
  // "$ 1 billion": a space after the sign (trial 278 read "number").
  String.raw`(?<![\p{L}\d.,\-/])(?:(${CURRENCY_MARK})\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(\s?%|\s(?:percent|per cent)\b)|[\s-](million|billion|trillion|thousand|bn|tn)\b|(m|bn|tn)\b)?(?![\d,]\d)`,
  'gu',
);
/** What may follow a figure's scale word: "[and] forty-two", "[and] nineteen", "three hundred [[and] forty]". */
const TENS_AND_DIGIT = `(?:${TENS})(?:[- ](?:${ONE_TO_NINETEEN}))?`;
const COMPOUND_TAIL = new RegExp(
  String.raw`^(?:\s+and)?\s+(?:(?:${ONE_TO_NINETEEN})\s+hundred(?:(?:\s+and)?\s+(?:${TENS_AND_DIGIT}|${ONE_TO_NINETEEN}))?|${TENS_AND_DIGIT}|${ONE_TO_NINETEEN})\b(?![- ](?:hundred|thousand|million|billion|trillion)\b)`,
  'i',
);

/**
 * A figure in words that goes on past its scale word, read whole: compoundTail('one hundred forty cases', 0, 11) ->
 * { end: 17, value: 140 }. Undefined when nothing follows that a figure may end with.
 */
function compoundTail(sentence: string, start: number, end: number): { end: number; value: number } | undefined {
  const more = COMPOUND_TAIL.exec(sentence.slice(end));
  if (!more) return undefined;
  const words = sentence
    .slice(start, end + more[0].length)
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  const read = readNumberWords(words);
  return read && read.used === words.length ? { end: end + more[0].length, value: read.value } : undefined;
}
/** "an hour and a half", "two days and a half", "half an hour". */
const DURATION =
  /\b(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (hour|day|week|year|month)s?(?: and a half)?|half an? (hour|day|year))\b/gi;
const SMALLER: Record<string, { unit: string; factor: number }> = {
  hour: { unit: 'minutes', factor: 60 },
  day: { unit: 'hours', factor: 24 },
  week: { unit: 'days', factor: 7 },
  month: { unit: 'weeks', factor: 4 },
  year: { unit: 'months', factor: 12 },
};

const CURRENCY: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds' };
/** A month's name just before a figure: "March 3" is a date. */
const MONTHS = new RegExp(`\\b${MONTH} $`);
/** Words between a number and its noun that are not the noun. */
const SKIP_AFTER = new Set([
  'new',
  'more',
  'extra',
  'additional',
  'other',
  'full',
  'local',
  'young',
  'old',
  'small',
  'large',
  'big',
  'further',
  'separate',
  'different',
  'consecutive',
  'straight',
  'whole',
  'entire',
  'remaining',
]);
const NOT_UNIT = new Set([
  // Words that count nothing a reader could name: "two things I'm told".
  'things',
  // "groups of six over to the crash site": a particle, no noun (trial 30).
  'over',
  'up',
  'down',
  'out',
  'off',
  'back',
  'away',
  // "ten apiece", "two years ago" read as "two ago": how, or when, not what.
  'apiece',
  'ago',
  'ways',
  'of',
  'the',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'a',
  'an',
  'by',
  'from',
  'that',
  'which',
  'who',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'than',
  'as',
  'per',
  'after',
  'before',
  'since',
  'last',
  'next',
  'this',
  'each',
  'every',
  'earlier',
  'later',
  'aboard',
]);
/** Units written singular after a hyphen ("11-year"), as the plural a count takes. */
const HYPHENED_PLURALS: Record<string, string> = Object.fromEntries(
  'second minute hour day week month year decade century mile kilometre kilometer metre meter acre storey story floor person'
    .split(' ')
    .map((w) => [
      w,
      ({ century: 'centuries', storey: 'storeys', story: 'stories', person: 'people' } as Record<string, string>)[w] ??
        `${w}s`,
    ]),
);
/** "of the", "of their": what a figure is a part of opens so ("27,000 of those testimonies"). */
const OF_DETERMINERS = 'the|those|these|all|their|its|our|his|her';
const OF_WHOSE = new RegExp(`^of\\s+(?:${OF_DETERMINERS})\\s+`);
/** "27,000 of those testimonies", "13,000 of their customers": the noun after "of" is what is counted. */
const OF_NOUN = new RegExp(`^\\s+of\\s+(?:${OF_DETERMINERS})\\s+(?:[\\d,]+\\s+)?(\\p{Ll}{3,}s)\\b`, 'u');
const TRAILING_GLUE =
  /\s+(?:(?:to|from|by)\s+(?:about|around|roughly|nearly|almost|some|just|more than|over)|across|among|between|in|within|during|until|into|per|of|by|to|for|with|from|at|after|before|since|than|on|about|around|roughly|some|up|just|under|over|nearly|almost|more|less|fewer|at least|the|a|an|and|or|that|are|is|was|were)$/i;

function sentenceNumber(s: string): number | undefined {
  const t = s.toLowerCase();
  if (t === 'a dozen') return 12;
  const m = /^(\w+)(?:[- ](\w+))?$/.exec(t);
  if (!m) return undefined;
  const first = TENS_WORDS[m[1]!] ?? DIGIT_WORDS[m[1]!];
  if (first === undefined) return undefined;
  return first + (m[2] ? (DIGIT_WORDS[m[2]] ?? 0) : 0);
}

/** Words after which a number is a name or a label ("posts 542 and 543", "Route 66", "Vostok 1"). */
const LABEL_BEFORE =
  /(?:\b(?:[Pp]osts?|[Nn]umbers?|N[Oo]\.?|[Nn]os\.?|[Rr]outes?|[Ff]light|[Gg]ate|[Rr]ooms?|[Hh]ighway|[Ii]nterstate|[Cc]hannel|[Cc]ode|[Mm]odel|[Vv]ersion|[Pp]ad|STS|[Ss]eat|[Pp]latform)|\b\p{L}*\p{Lu}[\p{L}-]*) $/u;

/** A plural noun right after a figure: what it counts ("300 miles", "30 minutes"). */
const PLURAL_AFTER = /^\s+\p{Ll}+s\b/u;

/**
 * "the top five being rounded out by Logano", "the top ten closed out": a place in a ranking, no count (trial 256); "the
 * top 30 minutes later" is a count, a plural noun after it.
 */
function placeInRanking(before: string, after: string): boolean {
  return /\b(?:top|bottom)\s+$/i.test(before) && !PLURAL_AFTER.test(after);
}

/**
 * "Counts seven and eight regard robbery", "on count 2": a charge's number in a court story, a label, not a count
 * (trial 403 asked "Counts seven and how many regard ...?"). Not "counts 30 species": a plural noun after is counted.
 */
function chargeCount(before: string, after: string): boolean {
  return (
    !PLURAL_AFTER.test(after) &&
    /\b[Cc]ounts?\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)(?:\s*,\s*|\s+(?:and|or|through|to)\s+)){0,4}$/.test(before)
  );
}

/**
 * Numbers that count nothing: clock times ("11 a.m.", "7:30", "1830 BST"), phone numbers and other
 * hyphenated codes ("888-323-5258"), labels ("posts 542", "Vostok 1", "Super Bowl 51"), "the 747".
 */
function notACount(sentence: string, start: number, end: number): boolean {
  // "possibly reading '021411270507'": a serial number, a code; a count has no leading zero, and one of seven
  // digits or more is written with commas (trial 72 asked for 21,411,270,507).
  if (/^(?:0\d+|\d{7,})$/.test(sentence.slice(start, end))) return true;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (
    /^\s*(?::\d{2})?\s*(?:a\.m\.|p\.m\.|A\.M\.|P\.M\.|am\b|pm\b|AM\b|PM\b|o'clock|[A-Z]{2,4}T\b|GMT|UTC|BST)/.test(
      after,
    ) ||
    /^:\d{2}/.test(after) ||
    /\d:$/.test(before)
  )
    return true;
  // "voted 98–15": a vote's tally, not a code (trial 128).
  const tally = /\b(?:voted|vote of)\s+(?:\d+[-–])?$/i.test(before);
  if (!tally && (/^[-–.]\d/.test(after) || /\d[-–.]$/.test(before) || /^\s*\)\s*\d{3}/.test(after))) return true;
  // "on lap 140", "in turn 2", "at hole 7": a place in a race or a game, not "who turns 80" (trial 256 drafted "140 due"
  // and six more). Only where no plural noun follows: "by car 300 miles" is a count.
  if (
    !PLURAL_AFTER.test(after) &&
    /\b(?:on|in|at|into|after|before|from|until)\s+(?:the\s+)?(?:lap|turn|hole|stage)\s+$/i.test(before)
  )
    return true;
  if (placeInRanking(before, after)) return true;
  if (chargeCount(before, after)) return true;
  // "and 543" after "posts 542": a label list goes on.
  if (/(?:\b(?:posts?|numbers?|nos?\.?|routes?)) \d+(?:,? (?:and|or) |, )$/i.test(before)) return true;
  const prevWord = /(\S+) $/.exec(before)?.[1] ?? '';
  const sentenceStart = before.trim() === prevWord;
  if (
    LABEL_BEFORE.test(before) &&
    !sentenceStart &&
    !MONTHS.test(before) &&
    !/^(?:The|A|An|In|On|At|About|Some|Over|Nearly|Almost|By|Of|For|To|With|From|And|Or|Than|Around|Up|Only|Just|Under|All|More|Less|Fewer|Least|Most)$/.test(
      prevWord,
    )
  )
    return true;
  // "the 747, which ...": a bare number used as a name.
  if (/\bthe $/i.test(before) && /^\s*(?:[,.;)]|which\b|and\b)/.test(after)) return true;
  return false;
}

interface RawNumber {
  start: number;
  end: number;
  value: number;
  unit?: string;
  notes: string[];
  /** "1.7±0.7": a measure with its margin, about its value. */
  margin?: boolean;
}

function rawNumbers(sentence: string): RawNumber[] {
  const out: RawNumber[] = [];
  // Spans read already that count nothing ("nineteen-ninety", a year): no number is read inside them again.
  const years: [number, number][] = [];
  const taken = (s: number, e: number) =>
    out.some((o) => s < o.end && e > o.start) || years.some(([ys, ye]) => s < ye && e > ys);
  for (const m of sentence.matchAll(DURATION)) {
    const [whole, count, unitWord, halfOf] = m;
    const half = halfOf !== undefined || /and a half$/i.test(whole);
    if (!half) continue; // "two days" is an ordinary count, handled below
    const base = (halfOf ?? unitWord!).toLowerCase();
    const n = halfOf ? 0 : /^an?$/i.test(count!) ? 1 : (sentenceNumber(count!) ?? (Number(count) || 1));
    const { unit, factor } = SMALLER[base]!;
    out.push({
      start: m.index,
      end: m.index + whole.length,
      value: (n + 0.5) * factor,
      unit,
      notes: [`"${whole}" read as ${(n + 0.5) * factor} ${unit}`],
    });
  }
  // VOA Special English writes numbers as words joined by hyphens: "four-point-four percent", "one-hundred-and-ten",
  // "nineteen-ninety" (a year, which counts nothing; trial 322 read 4, 9 and 90).
  for (const m of sentence.matchAll(SPOKEN_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    // "In nineteen-ninety", "since two-thousand-four": a year after its preposition; "fifteen-hundred workers" a count.
    const yearPlace = /\b(?:in|since|by|until|till|from|during|before|after|of)\s+$/i.test(sentence.slice(0, start));
    const read = spokenValue(m[0].toLowerCase());
    const spoken =
      read?.year && !yearPlace && /-hundred$/i.test(m[0])
        ? { value: read.value }
        : read && !read.year && yearPlace && read.value >= 1800 && read.value <= 2100 && Number.isInteger(read.value)
          ? { value: read.value, year: true }
          : read;
    if (!spoken) continue;
    if (spoken.year) {
      years.push([start, end]);
      continue;
    }
    out.push({ start, end, value: spoken.value, notes: [`"${m[0]}" read as ${spoken.value}`] });
  }
  // "In two thousand seven an American man ...", "since nineteen ninety-five": VOA Special English says a year in words
  // with spaces too (trial 400 read "two thousand" as a count of "seven").
  for (const m of sentence.matchAll(SPOKEN_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!taken(start, end)) years.push([start, end]);
  }
  for (const m of sentence.matchAll(DIGIT_NUMBER)) {
    const [whole, cur, int, frac, percent, scaleWord, scaleSuffix] = m;
    const start = m.index;
    const end = start + whole.length;
    if (taken(start, end)) continue;
    // "Hyper-Angular Rainbow Polarimeter #2", "No. 5": a number that names one of a series counts nothing (trial 166).
    if (/(?:#|\bNo\.\s?)$/.test(sentence.slice(0, start))) continue;
    // "21 Lutetia", "(29075) 1950 DA", "1950DA": a figure that opens a name (an asteroid's) counts nothing.
    // Not "5,000 US troops", "500 MW of power", "12 EU countries": letters with a noun after them say what is counted.
    if (
      /^(?:\p{Lu}{2,}\b|\s\p{Lu}{2,}\b(?=\s*(?:[,.;:)]|$)|\s+(?:is|was|has|had|which|and)\b)|\s?\p{Lu}\p{Ll}+(?![\p{Ll}]*s\b)(?=\s*[,.;:)]|\s+(?:is|was|has|which|and)\b))/u.test(
        sentence.slice(end),
      )
    )
      continue;
    if (/\(\d+\)\s*$/.test(sentence.slice(0, start))) continue;
    // "401(k)s", "Section 8(a)": a figure with a letter in brackets is a name of a rule or a plan (trial 37).
    if (/^\([a-z]\)/i.test(sentence.slice(end))) continue;
    // "51±19%", "1.7±0.7 g/cm³": the margin after "±" is no figure of its own (trial 28 asked for the 19).
    if (/±\s*$/.test(sentence.slice(0, start))) continue;
    // A day of the month ("March 3", "29 July, 2018") is a date, not a count.
    if (MONTHS.test(sentence.slice(0, start))) continue;
    if (
      /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        sentence.slice(end),
      ) &&
      Number(int!.replace(/,/g, '')) <= 31
    )
      continue;
    // "COVID-19", "G7", "1st", "5G": part of a word (ordinals are read below).
    if (/^\p{L}/u.test(sentence.slice(end)) && !/^(?:km|kg|cm|mm|mph|ft|m|g|h|knts|kts)\b/.test(sentence.slice(end)))
      continue;
    if (!cur && !percent && !scaleWord && !scaleSuffix && notACount(sentence, start, end)) continue;
    let value = Number(`${int!.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
    // "about minus 179 degrees Celsius", "−40 degrees": below zero; the sign's word is part of the figure, so a
    // hedge before it still reads as one (trial 24 drafted 179 "degrees to be about minus").
    const minus = /(?:\b(?:minus|negative)\s+|\u2212\s*)$/i.exec(sentence.slice(0, start));
    if (minus && !cur && !percent) {
      out.push({ start: minus.index, end, value: -value, unit: undefined, notes: [] });
      continue;
    }
    // "about 25m wide", "60m (204 feet) deep", "cascades 15m down", "a 3.5m main pipe": metres, not millions,
    // when no money is named (trial 48 asked for 25,000,000).
    const metres =
      scaleSuffix === 'm' &&
      !cur &&
      (METRE_AFTER.test(sentence.slice(end)) ||
        (/\ban?\s+$/i.test(sentence.slice(0, start)) && /^\s+\p{Ll}/u.test(sentence.slice(end))) ||
        // "He ran the 5000m in London", "Marathon and 5000m": a race named by its distance (trial 252 asked for
        // 5,000,000,000).
        (/\b(?:the|and|or)\s+(?:\p{Lu}+\d+\s+)?$/u.test(sentence.slice(0, start)) &&
          // Not "the 5m pounds", "the 2m visitors", "6m in 2020": money or a count goes on with its noun or year.
          /^\s*(?:[.,;:)]|$|\s+(?:in|at|on)\s+(?!\d)|\s+(?:race|final|event|title|record|heat)s?\b)/.test(
            sentence.slice(end),
          )));
    const scale = metres ? undefined : (scaleWord ?? scaleSuffix)?.toLowerCase();
    if (scale) value *= SCALE[scale]!;
    let unit: string | undefined = metres ? 'meters' : undefined;
    if (percent) unit = 'percent';
    else if (cur) unit = CURRENCY[cur.slice(-1)];
    // A year dates something; it counts nothing, so it is no quantity to ask about ("2000 levels" too).
    else if (
      !frac &&
      !int!.includes(',') &&
      // "had not appeared that close ... since 1623" (trial 253 counted it): an older year after its preposition too.
      (value >= 1800 ||
        (value >= 1000 &&
          /\b(?:in|since|by|until|till|from|during|after|before)\s+$/i.test(sentence.slice(0, start)) &&
          // "signed by 1500 residents" is a count: an older year only where the clause ends on it.
          /^\s*(?:[.,;:)]|$)/.test(sentence.slice(end)))) &&
      value <= 2100 &&
      // "known in 2001 implies ...": after "in", "since" or "by" a year, whatever follows it.
      // "from 1980 to 2009 was 539 cubic miles": the end of a span of years too (trial 71).
      // "competed at the 2012 games", "the 2008 elections": a year that names an occasion (trial 188 counted "2,012
      // games").
      (/\b(?:in|since|by|until|till|from|during|after|before|of)\s+$/i.test(sentence.slice(0, start)) ||
        // Not "the 2000 residents of the village": only an occasion.
        (/\bthe\s+$/i.test(sentence.slice(0, start)) &&
          /^\s+(?:games|olympics|elections?|polls|census|season|championships?|finals?|playoffs|summit|war|floods?|riots?|protests?|budget|campaign|world cup|rejections?|proposals?|submissions?|launch(?:es)?|missions?)\b/i.test(
            sentence.slice(end),
          )) ||
        /\b(?:from|between)\s+\d{4}\s*(?:to|through|until|and|-|–)\s*$/i.test(sentence.slice(0, start)) ||
        // "one each after the 1996 and 1998 rejections": the second of two years before their noun (trial 218).
        /\bthe\s+(?:19|20)\d{2}\s+and\s+$/i.test(sentence.slice(0, start)) ||
        !/^\s+[a-z]{2,}s\b/.test(sentence.slice(end)) ||
        // "As 2015 comes to an end": a year the verb after it tells of, no plural noun (trial 405 counted "comes").
        /^\s+(?:comes|begins|ends|starts|draws|marks|closes|winds|brings|sees|is|was|has)\b/.test(
          sentence.slice(end),
        ) ||
        /^\s+(?:levels|figures|prices|values|rates)\b/.test(sentence.slice(end)))
    )
      continue;
    // "51±19%": the figure is about 51, and its unit is written after the margin.
    const margin = /^\s*±\s*[\d.,]+(\s?%|\s(?:percent|per cent)\b)?/.exec(sentence.slice(end));
    if (margin) {
      out.push({
        start,
        end: end + margin[0].length,
        value,
        unit: unit ?? (margin[1] ? 'percent' : undefined),
        notes: [`"${whole}${margin[0]}" read as about ${value}, its margin left out`],
        margin: true,
      });
      continue;
    }
    // "14-and-a-half Earth days", "2 and a half microns": the half is the figure's own (trial 196 asked 14).
    const half = !cur && !percent && !scale ? plusHalf(sentence, start, end, value, false) : undefined;
    if (half) {
      out.push({ ...half, unit });
      continue;
    }
    out.push({ start, end, value, unit, notes: [] });
  }
  // Ordinals: "its 39th mission", "the 30th reserve", "the 1,088th Martian day": a rank (its digits grouped
  // whole, never "088th" after the comma; trial 15).
  for (const m of sentence.matchAll(/(?<![\d,])\b(\d{1,3}(?:,\d{3})+|\d{1,4})(?:st|nd|rd|th)\b/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      taken(start, end) ||
      /\d{1,2}(?:st|nd|rd|th),? \d{4}/.test(sentence.slice(start, end + 6)) ||
      MONTHS.test(sentence.slice(0, start)) ||
      // "The 22nd Fan Expo Canada", "the 501st Legion": an ordinal that opens a name is part of it (trial 38).
      // Not "the 1,088th Martian day": an adjective of a place or a people describes the noun after it.
      /^\s+(?!\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic)\b)\p{Lu}/u.test(sentence.slice(end)) ||
      // "Now in its 10th year, the report shows ...": how long a report or a show has run is no finding of the story
      // (trial 418 left out a draft of "year" asked as a rank).
      (/\b(?:in|into)\s+(?:its|their|his|her|the)\s+$/i.test(sentence.slice(0, start)) &&
        /^\s+(?:year|season|edition)\b/.test(sentence.slice(end)))
    )
      continue;
    out.push({ start, end, value: Number(m[1]!.replace(/,/g, '')), notes: [`"${m[0]}" is a rank, not a count`] });
  }
  // "a thousand", "a half million", "half a million", "a million and a half" (trial 112 read 1,000,000).
  for (const m of sentence.matchAll(
    /\b(?:(a|one) ((?:hundred|thousand|million|billion|trillion)(?: (?:thousand|million|billion|trillion)(?!-))*)( and a half)?|(?:a )?half(?: a)? (million|billion|trillion))\b/gi,
  )) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    // "one hundred forty confirmed cases", "a thousand and one nights": the words after go on with the figure.
    const whole = m[2] && !m[3] ? compoundTail(sentence, start, end) : undefined;
    if (whole && !taken(start, whole.end)) {
      out.push({ start, end: whole.end, value: whole.value, notes: [] });
      continue;
    }
    // "one hundred thousand million dollars": each scale multiplies.
    const value = m[2] ? scaled(1, m[2]) * (m[3] ? 1.5 : 1) : SCALE[m[4]!.toLowerCase()]! / 2;
    out.push({ start, end, value, notes: [] });
  }
  for (const m of sentence.matchAll(WORD_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    // "four hours earlier" and "Vostok One" are no counts either; "the first" is not a number here.
    if (/^\s*(?:a\.m\.|p\.m\.|o'clock)/i.test(sentence.slice(end))) continue;
    if (placeInRanking(sentence.slice(0, start), sentence.slice(end))) continue;
    // "Thirteen Reasons Why by Jay Asher": a capitalised number word inside a sentence, before a capitalised word,
    // is part of a title (trial 97 asked "_____ Reasons Why").
    if (
      start > 0 &&
      /^\p{Lu}/u.test(m[0]) &&
      /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end)) &&
      !/[.!?:"“]\s*$/.test(sentence.slice(0, start))
    )
      continue;
    if (chargeCount(sentence.slice(0, start), sentence.slice(end))) continue;
    // "two thousand three hundred homes", "forty thousand and ten": the words after a scale go on with the figure, as
    // American English says it without "and" (trial 423 read "one hundred forty" as 100 and 40).
    const whole = m[4] ? compoundTail(sentence, start, end) : undefined;
    // "... more than five million deaths for two thousand five.": a year said at the end of a clause (trial 423 asked
    // "2,000 five").
    if (
      whole &&
      /^two thousand\b/i.test(m[0]) &&
      whole.value < 2100 &&
      /\bfor\s+$/i.test(sentence.slice(0, start)) &&
      /^\s*(?:[.,;:!?]|$)/.test(sentence.slice(whole.end))
    )
      continue;
    if (whole && !taken(start, whole.end)) {
      out.push({ start, end: whole.end, value: whole.value, notes: [] });
      continue;
    }
    const [, tens, digit, unitWord, scaleWord] = m;
    const base = m[0].toLowerCase().startsWith('a dozen')
      ? 12
      : tens
        ? TENS_WORDS[tens.toLowerCase()]! + (digit ? DIGIT_WORDS[digit.toLowerCase()]! : 0)
        : (UNITS_WORDS[unitWord!.toLowerCase()] ?? 1);
    // "two hundred million", "one hundred thousand million": each scale multiplies (trial 339 read 100 "thousand million").
    const value = scaled(base, scaleWord ?? '');
    // "seventy-five and a half years": the half is the figure's own, in words as in digits (trial 400 asked 75).
    // Only before the noun it counts: "ages 10, eight and two-and-a-half." is a list of ages, read apart (line above).
    const half = !scaleWord ? plusHalf(sentence, start, end, value, true) : undefined;
    if (half) {
      out.push(half);
      continue;
    }
    out.push({ start, end, value, notes: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A figure with "and a half" after it, read as half more: plusHalf('14 and a half days', 0, 2, 14, false) -> 14.5 over
 * "14 and a half". With `nounAfter`, only where a word follows the half (the noun it counts).
 */
function plusHalf(
  sentence: string,
  start: number,
  end: number,
  value: number,
  nounAfter: boolean,
): RawNumber | undefined {
  const m = (
    nounAfter ? /^(?:-and-a-half|\s+and\s+a\s+half)(?=\s+\p{L})/u : /^(?:-and-a-half|\s+and\s+a\s+half)\b/
  ).exec(sentence.slice(end));
  if (!m) return undefined;
  const to = end + m[0].length;
  return { start, end: to, value: value + 0.5, notes: [`"${sentence.slice(start, to)}" read as ${value + 0.5}`] };
}

/** `base` times each scale word of `words`: scaled(1, 'hundred thousand million') -> 100,000,000,000. */
function scaled(base: number, words: string): number {
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .reduce((v, w) => v * SCALE[w.toLowerCase()]!, base);
}

const NUMBER_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|point|and)`;
/** Number words joined by hyphens, three or more, or two where one is a scale or a teen before a tens word. */
const SPOKEN_NUMBER = new RegExp(String.raw`\b${NUMBER_WORD}(?:-${NUMBER_WORD})+\b`, 'gi');
const ONES: Readonly<Record<string, number>> = { zero: 0, oh: 0, one: 1, ...UNITS_WORDS };
// The words of a spoken year, read from the number words above: "one" to "nine", "ten" to "nineteen", "twenty" to
// "ninety".
const YEAR_ONES = Object.keys(DIGIT_WORDS)
  .filter((w) => DIGIT_WORDS[w]! <= 9)
  .join('|');
const YEAR_TEENS = Object.keys(UNITS_WORDS)
  .filter((w) => UNITS_WORDS[w]! >= 10)
  .join('|');
/** "eleven" to "nineteen": a year's hundreds said as a number ("nineteen ninety-five"). */
const YEAR_CENTURIES = Object.keys(UNITS_WORDS)
  .filter((w) => UNITS_WORDS[w]! >= 11)
  .join('|');
const YEAR_TENS = `(?:${TENS})(?:[- ](?:${YEAR_ONES}))?`;
/**
 * A year in words with spaces, after the words that place a year ("in", "since", "the summer of"): "two thousand
 * seven", "two thousand and ten", "nineteen ninety-five", "nineteen oh five". Not before a scale or a plural noun:
 * "in two thousand seven hundred homes" counts.
 */
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:in|since|by|until|till|from|during|before|after|through|between|(?:summer|winter|spring|fall|autumn|end|start|beginning|middle|${MONTH_NAMES.join('|')}) of)\s+(two thousand(?:(?: and)? (?:${YEAR_TENS}|${YEAR_TEENS}|${YEAR_ONES}))?|(?:${YEAR_CENTURIES}) (?:oh (?:${YEAR_ONES})|hundred|${YEAR_TEENS}|${YEAR_TENS}))\b(?![- ](?:hundred|thousand|million|billion|${YEAR_ONES}|${YEAR_TEENS}|${TENS})\b)(?!\s+\p{L}+s\b)(?!\s+(?:people|men|women|children|feet|geese|mice)\b)`,
  'giu',
);

/**
 * The value of a spoken compound, or undefined for one WORD_NUMBER reads ("twenty-five") or none:
 *
 *   spokenValue('four-point-four') -> { value: 4.4 }; spokenValue('one-hundred-and-ten') -> { value: 110 };
 *   spokenValue('nineteen-ninety') -> { value: 1990, year: true }
 */
function spokenValue(text: string): { value: number; year?: boolean } | undefined {
  const words = text.split('-');
  if (words[0] === 'and' || words.at(-1) === 'and' || words[0] === 'point' || words.at(-1) === 'point')
    return undefined;
  const point = words.indexOf('point');
  if (point > 0) {
    // "two-point-three-billion": the scale after the digits multiplies the whole.
    const scale = SCALE[words.at(-1)!] && words.at(-1) !== 'hundred' ? SCALE[words.at(-1)!]! : 1;
    const whole = spokenValue(words.slice(0, point).join('-')) ?? wordsValue(words.slice(0, point));
    const digits = words.slice(point + 1, scale > 1 ? -1 : undefined).map((w) => ONES[w]);
    if (!whole || whole.year || !digits.length || digits.some((d) => d === undefined || d > 9)) return undefined;
    return { value: Number(`${whole.value}.${digits.join('')}`) * scale };
  }
  // "nineteen-ninety", "eighteen-sixty-five", "nineteen-oh-five": a year said in two halves.
  if (
    /^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/.test(words[0]!) &&
    words.length >= 2
  ) {
    const rest = words.slice(1);
    const tail =
      rest[0] === 'oh' ? ONES[rest[1] ?? ''] : rest[0] === 'hundred' && rest.length === 1 ? 0 : wordsValue(rest)?.value;
    if (tail !== undefined && tail < 100) return { value: ONES[words[0]!]! * 100 + tail, year: true };
  }
  // Only compounds WORD_NUMBER does not read whole: with a scale inside or "and".
  if (!words.some((w) => /^(?:hundred|thousand|million|billion|and)$/.test(w)) || words.length < 2) return undefined;
  return wordsValue(words);
}

/** The value of `words` when all of them are one spoken figure: ['one', 'hundred', 'and', 'ten'] -> 110. */
function wordsValue(words: readonly string[]): { value: number; year?: boolean } | undefined {
  const read = readNumberWords(words);
  return read && read.used === words.length ? { value: read.value } : undefined;
}

/** The numbers of one sentence, in order. Ranges ("10 to 20") give one find, its lower end, with a note. */
export function findNumbers(sentence: string): NumberFind[] {
  const raws = rawNumbers(sentence);
  const out: NumberFind[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const notes = [...r.notes];
    let end = r.end;
    let precision: Precision = 'exact';
    const before = sentence.slice(0, r.start);
    let hedgeStart = r.start;
    for (const [re, p] of HEDGES) {
      const hm = re.exec(before);
      // "asked study participants about four aspects": "about" after a verb of asking or talking is what was
      // asked about, no hedge (trial 16).
      if (
        hm &&
        p === 'about' &&
        /^about\b/i.test(hm[0].trim()) &&
        /\b(?:ask|asked|asks|talk|talked|talks|spoke|speak|speaks|learn|learned|know|knew|think|thought|worried|care|cared)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu.test(
          before.slice(0, hm.index),
        )
      )
        break;
      // "will be built over five years": a span the deed takes, not "more than" (trial 44); "had over 20,000 hours
      // experience" is more than.
      if (
        hm &&
        /^over\b/i.test(hm[0].trim()) &&
        !/\b(?:had|has|have|is|are|was|were|be|been|being|of|for|with|by|rose|fell|grew|increased|decreased|gained|lost|spent|spend|took|take|takes|lasted|lasts|last|served|worked|lived|waited|remained|stayed|aged|at|to|in|about)\s+$/i.test(
          before.slice(0, hm.index + hm[0].search(/over/i)),
        ) &&
        // "compiled over three years as New Horizons traveled ..." (trial 119 read "more than").
        /^\s*(?:years?|months?|weeks?|days?|decades?|centuries|hours?)\s*(?:[,.;]|$|and\b|from\b|starting\b|beginning\b|as\b|while\b|when\b|until\b|through\b)/i.test(
          sentence.slice(r.end),
        )
      )
        break;
      if (hm) {
        precision = p;
        hedgeStart = hm.index;
        break;
      }
    }
    if (r.margin && precision === 'exact') precision = 'about';
    if (precision === 'exact' && /^\+\s+\p{Ll}/u.test(sentence.slice(r.end))) precision = 'more than';
    // "the death toll from the flooding has surpassed 400": past the figure, as "more than" says (trial 425 keyed 400
    // exact).
    if (
      precision === 'exact' &&
      /\b(?:has\s+|have\s+|had\s+)?(?:surpassed|exceeded|topped)\s+$/i.test(sentence.slice(0, hedgeStart))
    )
      precision = 'more than';
    // "none of them rising more than six feet": a denied "more than" is a ceiling, a denied "less than" a
    // floor (trial 13). Not a denial of another clause: "will not be affected if they drink less than two litres" is
    // under two litres (trial 277 drafted "at least").
    if (
      /\b(?:none|no|not|never|nothing|nowhere)\b(?:(?!\b(?:if|when|unless|because|while|whereas|although|once|provided)\b)[^,.;:]){0,40}$/i.test(
        sentence.slice(0, hedgeStart),
      )
    ) {
      if (precision === 'more than') precision = 'up to';
      else if (precision === 'less than') precision = 'at least';
    }
    // Numbers no reader is asked for: a conversion in brackets after a figure ("500 miles (800 km)"), a
    // guess between two ("one or two points"), a small number word made an adjective ("the six-member team",
    // "a three-nation alliance").
    const next = raws[i + 1];
    const prev = raws[i - 1];
    if (prev && /^\s*\p{L}*\s*\($/u.test(sentence.slice(prev.end, r.start))) continue;
    // "five hours earlier or four hours earlier": a guess between two as well.
    if (next && /^\s+(?:\p{L}+\s+){0,2}or\s+$/u.test(sentence.slice(r.end, next.start))) {
      i++;
      continue;
    }
    // "one in three visits": a share, which a count of 3 misreads (trial 45).
    if (/\b(?:one|1)\s+(?:in|out of)\s+$/i.test(sentence.slice(0, r.start))) continue;
    // "one" is no raw number (see WORD_NUMBER): "one or two" ends here.
    if (/\b(?:one|a|an|\d+)\s+or\s+$/i.test(sentence.slice(0, r.start))) continue;
    // "her four-year prison sentence": a time joined to its noun is the thing's length, worth asking.
    if (
      /^\p{L}+$/u.test(sentence.slice(r.start, r.end)) &&
      r.value <= 10 &&
      sentence[r.end] === '-' &&
      !timeLength(sentence, r.end) &&
      // "ten-percent" is ten percent, not a describing word.
      !/^-(?:percent|per-cent)\b/i.test(sentence.slice(r.end))
    )
      continue;
    // "(winds of 39 mph or higher)": a figure inside brackets is an aside, a definition or a conversion
    // (trial 10: its counts read "mph )").
    const openBefore = sentence.lastIndexOf('(', r.start);
    // An amount of money there is kept: "(approximately US$1.4 million)" gives the sum in another currency.
    // So is a bracket that gives the figure of a phrase with none of its own: "a small chance (approximately 2 percent)
    // of an earthquake" (trial 315's key asked for it).
    const ownFigure =
      openBefore >= 0 &&
      !/\d/.test(sentence.slice(Math.max(0, openBefore - 40), openBefore)) &&
      /^\(\s*(?:(?:about|approximately|around|roughly|nearly|almost|some|over|more than|less than|up to)\s+)?[\d.,]+\s*(?:percent|per cent|%)\s*\)/i.test(
        sentence.slice(openBefore),
      );
    if (
      openBefore >= 0 &&
      sentence.indexOf(')', openBefore) > r.start &&
      !/[$€£]/.test(sentence.slice(r.start, r.end)) &&
      !ownFigure
    )
      continue;
    // "category 3", "phase five": the number of a label, no count.
    if (/\b(?:category|level|phase|stage|grade|class|type|number|no\.)\s+$/i.test(before)) continue;
    // "Dr Christian Keysers and Dr Valeria Gazzola, two of the authors": an aside that counts the names just before it,
    // which give the answer away (trial 292 drafted "2 authors").
    if (
      /^[\p{L} ]+$/u.test(sentence.slice(r.start, r.end)) &&
      r.value <= 10 &&
      /^\s+of\s+(?:the|its|their|his|her)\s/i.test(sentence.slice(r.end)) &&
      // Two or more names before it, the last after "and": "In Texas, five of the victims ..." counts (the review).
      /\band\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+$/u.test(before)
    )
      continue;
    // "Game Six followed ...", "In Round Two", "Day 3 of the talks": a number in a name of a game or a stage (trial 386).
    // Only the name, then its verb or its end: "Thanksgiving Day 3 million travelers", "Election Day 40 percent" count (the
    // review of s32).
    if (
      /\b(?:Game|Round|Stage|Day|Part|Week|Phase|Chapter|Episode|Season|Level|Leg|Heat|Match|Race)\s+$/.test(
        sentence.slice(0, r.start),
      ) &&
      /^[\p{L}\d.-]+(?:\s*[,.;:)]|\s+(?:of|followed|began|begins|ended|ends|was|is|will|drew|saw|opened|closed|featured|went|started|starts|took|kicked|on|at|in)\b)/u.test(
        sentence.slice(r.start),
      )
    )
      continue;
    // "Five years earlier (in 2013), the rate was 59 percent": the span only points to the year it gives beside it
    // (trial 378 asked "_____ years earlier").
    if (
      /^\s+(?:years?|months?)\s+(?:earlier|later|before|after|ago)\s*\(\s*(?:in\s+)?(?:19|20)\d\d\b/.test(
        sentence.slice(r.end),
      )
    )
      continue;
    // "a billion-year contract": a number made an adjective by a hyphen counts nothing asked about.
    // A time joined to its noun is the thing's length ("her four-year prison sentence"; trial 85), kept.
    if (
      /^-(?!(?:year|month|week|day)-old)(?!(?:percent|per-cent)\b)\p{L}/u.test(sentence.slice(r.end)) &&
      /^[\p{L} ]+$/u.test(sentence.slice(r.start, r.end)) &&
      // "a billion-year contract" is a way of speaking, no length.
      (/\b(?:hundred|thousand|million|billion|trillion)\b/i.test(sentence.slice(r.start, r.end)) ||
        !timeLength(sentence, r.end))
    )
      continue;
    // Ranges: "between 10 and 20", "from 10 to 20", "10-20", "10 to 20". A reported range is no one value:
    // asked as its lower end ("at least 10"), a student who answers 20 is marked wrong. Left out.
    // "anywhere from two weeks to two months": a range with a unit on each end (trial 29).
    // Only units of one measure ("from two weeks to two months"): "from 30 countries and 12 organisations" are
    // two counts.
    if (
      next &&
      /\bfrom\s+$/i.test(before) &&
      /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|inches?|pounds?|kilograms?|tons?|tonnes?|percent|dollars?|euros?)\s+to\s+$/.test(
        sentence.slice(r.end, next.start),
      )
    ) {
      i++;
      continue;
    }
    // "sentences of one to six years", "between one and three days": the range's upper end, its lower one a word the
    // reading of figures leaves alone ("one"; trial 403 asked a flat six years).
    if (/\b(?:(?:from|of)\s+)?(?:one|zero)\s*(?:-|–|—|to)\s*$|\bbetween\s+(?:one|zero)\s+and\s+$/i.test(before))
      continue;
    // "Members of the Scottish Parliament voted 98–15", "by a vote of 68 to 32": a vote's tally is the story's figure,
    // not a range; the votes for and the votes against (trial 128 drafted neither).
    const against = /^\s*(?:-|–|—|to)\s*(\d+)\b(?!\s*(?:percent|%|per cent))/.exec(sentence.slice(r.end));
    if (against && /\b(?:voted|vote of|votes of|by a margin of)\s+$/i.test(before)) {
      const otherStart = r.end + against[0].length - against[1]!.length;
      const sides = [
        { value: r.value, start: r.start, end: r.end, side: 'in favour' },
        { value: Number(against[1]), start: otherStart, end: r.end + against[0].length, side: 'against' },
      ];
      for (const n of sides)
        out.push({
          value: n.value,
          text: sentence.slice(n.start, n.end),
          unit: 'votes',
          counts: `votes ${n.side}`,
          precision: 'exact',
          start: n.start,
          end: n.end,
          notes: [`a vote's tally: "${sentence.slice(r.start, sides[1]!.end)}", the votes ${n.side}`],
          hedgeStart: n.start,
          unitEnd: n.end,
        });
      if (next && next.start === otherStart) i++;
      continue;
    }
    // "The death toll has risen from four to eleven": a change, whose second figure is where it stands now; the
    // first is left out, the second asked (trial 100 lost its headline toll).
    if (next && /^\s*to\s*$/.test(sentence.slice(r.end, next.start)) && CHANGED_FROM.test(before)) continue;
    if (
      next &&
      // "a 2- to 2.5-year-long event": the first end's hyphen waits for the unit after the second (trial 308).
      /^\s*(?:-\s*)?(?:-|–|—|to|and)\s*$/.test(sentence.slice(r.end, next.start)) &&
      (/\b(?:between|from) $/i.test(before) || !/\band\b/.test(sentence.slice(r.end, next.start)))
    ) {
      i++;
      continue;
    }
    const text = sentence.slice(r.start, r.end);
    // "a 14-year-old boy from Irving": an age, asked as the age of whom the sentence names after it.
    // "the 19-month-old conflict": an age in months (trial 382 drafted the unit "month-old").
    const age =
      /^[-\s](?:year|month|week|day)[-\s]old\s+((?:[\p{Ll}][\p{L}'’-]*\s+){0,3}?[\p{L}'’-]+(?:\s+(?:from|in|of)\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(
        sentence.slice(end),
      );
    // "The 31-year-old Ethiopian-born man": past a describing word, the noun it describes.
    if (age && /(?:-born|-based|^\p{Lu}\p{L}+)$/u.test(age[1]!)) {
      const noun = /^\s+(\p{Ll}{2,})\b/u.exec(sentence.slice(end + age.index + age[0].length));
      if (noun && !/^(?:was|were|is|are|has|had|have|who|and|from|in|of|said|says)$/.test(noun[1]!))
        age[1] = `${age[1]} ${noun[1]}`;
    }
    // "This follows two of the busiest years on record": a rank among the most of something, no count to ask (trial 362
    // counted "follows").
    // Only after a verb: "12 of the most polluted cities are in India" counts cities (the third review).
    if (
      !r.unit &&
      /^\s+of\s+the\s+(?:\p{Ll}+est|most|least)\b/u.test(sentence.slice(end)) &&
      /\b(?:follows|followed|follow|marks|marked|was|were|is|are|became|becomes|remains|remained|among)\s+$/.test(
        sentence.slice(0, hedgeStart),
      )
    )
      continue;
    // "With my 8-year-old, it’s now ...": the child is the noun, and no one the article names (trial 356 counted
    // "year-old"); "They are ages 10, eight and two-and-a-half": a list of ages of people the sentence does not name.
    // Not "Police later arrested a 17-year-old.", "people ages 65 and older": one the sentence tells of, and a bound
    // (the review of s30).
    if (
      (!age &&
        !r.unit &&
        // "my 20-year-old, rusty tractor" goes on to its noun (the second review).
        /^[-\s]year[-\s]old\s*(?:[.;!?)]|,\s*(?:it|it['’]s|he|she|they|we|i|you|there|and|but)\b|$)/iu.test(
          sentence.slice(end),
        ) &&
        /\b(?:my|his|her|their|our|your)\s+$/i.test(sentence.slice(0, hedgeStart))) ||
      (/\bages\s+$/i.test(sentence.slice(0, hedgeStart)) &&
        /^\s*,\s*[\p{L}\d-]+(?:\s*,\s*[\p{L}\d-]+)*,?\s+and\s+(?!(?:older|over|up|above|under|younger|below)\b)/u.test(
          sentence.slice(end),
        ))
    )
      continue;
    // "the 27-year-old was remanded": no noun after it, whose age the sentence before says (trial 148 read "of the was").
    const ageOfNoOne =
      age &&
      /^(?:was|were|is|are|has|had|have|said|says|will|would|could|who|and|also|then|if|when|because|after|before|while|as|in|on|at|to|for|with|of|from|by|but|or)$/.test(
        age[1]!,
      );
    const ageUnit = `${/^[-\s](\p{L}+)/u.exec(sentence.slice(end))?.[1] ?? 'year'}s`;
    if (age && !r.unit && !ageOfNoOne) {
      out.push({
        value: r.value,
        text,
        unit: ageUnit,
        // "25-year-old Netta": a name takes no "the" (trial 14 had "the Netta").
        counts: `age in ${ageUnit} of ${/^\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*$/u.test(age[1]!) ? '' : 'the '}${age[1]!.replace(/^(?:a|an|the)\s+/i, '')}`,
        precision,
        start: r.start,
        end,
        notes: [...notes, 'an age: check whose'],
        hedgeStart,
        unitEnd: end + ` ${ageUnit.slice(0, -1)} old`.length,
      });
      continue;
    }
    // "She joined the Sea Org aged 14", "at age seventeen", "when she was six so they could ...": an age, with no
    // noun after it to count (trial 50 read "so they" as what six counts).
    if (
      ageOfNoOne ||
      (!r.unit &&
        r.value > 0 &&
        r.value <= 120 &&
        // "Castro, who turns 80 later this month" (trial 206 counted "turns").
        (/\b(?:aged|(?:at|since|from|until|by|before|after) (?:the )?age of|at age|when (?:he|she|i|they|we) (?:was|were)|turns|turned|turning|will turn)\s+$/i.test(
          sentence.slice(0, hedgeStart),
        ) ||
          // "Tony Benn, at 82 is a still an active political figure" (trial 249 counted "number at").
          (AT_AGE_BEFORE.test(sentence.slice(0, hedgeStart)) &&
            /^\s*,?\s(?:is|was|remains|still)\b/.test(sentence.slice(end)))) &&
        !/^\s+(?:years?|months?|weeks?|days?)\b/i.test(sentence.slice(end)))
    ) {
      const named = AT_AGE_BEFORE.exec(sentence.slice(0, hedgeStart));
      const tense = /^\s*,?\s*(is|was)\b/.exec(sentence.slice(end))?.[1];
      out.push({
        value: r.value,
        text,
        unit: 'years',
        counts: named ? `age of ${named[1]}` : 'age in years',
        precision,
        start: r.start,
        end,
        notes: [
          ...notes,
          named && tense ? 'an age: check whose' : 'an age: check whose, and ask "How old was ... when ...?"',
        ],
        hedgeStart,
        unitEnd: ageOfNoOne ? end + ' year old'.length : end,
        ...(named && tense ? { question: `How old ${tense} ${named[1]}?` } : {}),
      });
      continue;
    }
    const after = unitAfter(sentence, end, r.unit);
    let { unitEnd } = after;
    // "$10,000 or more", "107 or more": a hedge written after the figure (or after its noun).
    // "infants two years or younger", "aged 65 or older" (trial 277 drafted a plain 2).
    const orMore = /^\s*or (more|above|higher|over|older|longer|less|fewer|under|below|younger|shorter)\b/i.exec(
      sentence.slice(unitEnd),
    );
    if (orMore && precision === 'exact') {
      precision = /^(?:more|above|higher|over|older|longer)$/i.test(orMore[1]!) ? 'at least' : 'up to';
      unitEnd += orMore[0].length;
    }
    // "claims over 150,000", "claims topped 150,000": nothing counted after it, the noun it is compared with.
    // Not "magnitudes greater than 3", "lengths longer than 19": a measure compared, no count of it.
    const compared =
      after.unit || /\b(?:greater|larger|longer) than\s*$/i.test(sentence.slice(0, r.start))
        ? undefined
        : comparedNoun(
            sentence
              .slice(0, hedgeStart)
              .replace(/\b(?:exceed(?:ed|s|ing)?|top(?:ped|s|ping)?|surpass(?:ed|es|ing)?|pass(?:ed|es|ing)?) $/i, ''),
          );
    // "The number of Americans studying in China has decreased ..., from around 11,000 in 2019 to 800": the figures
    // count what "the number of" names; "3,000 NEOs, 215 of which the space telescope discovered": what the figure
    // before counts (trials 125 and 143 read "number").
    const counted =
      after.unit || compared
        ? undefined
        : (tollBefore(sentence.slice(0, hedgeStart)) ??
          numberOfBefore(sentence.slice(0, hedgeStart)) ??
          groupOf(sentence.slice(0, hedgeStart)) ??
          ofWhich(sentence.slice(end), out.at(-1)));
    if (counted?.length) unitEnd = end + counted.length;
    // "wounding 238": nothing named after the number, the people the verb before it did it to.
    const verbBefore =
      after.unit || compared || counted ? undefined : /(\p{Ll}+)\s+$/u.exec(sentence.slice(0, hedgeStart))?.[1];
    const casualty = verbBefore ? CASUALTY_VERBS.get(verbBefore) : undefined;
    // "increased 18-fold": how many times over, asked as such.
    // Only a bare figure, or one a verb follows ("an index above 5 indicates"): "a reading of 12 new poems", "a ranking of
    // 1,500 universities" count their own nouns (the second review of s29).
    const scale =
      !after.unit ||
      /^(?:indicates|indicate|means|mean|shows|show|suggests|signals|marks|represents|is|was)$/.test(after.unit)
        ? scaleOf(sentence.slice(0, hedgeStart), sentence.slice(end))
        : undefined;
    const unit =
      after.unit === 'fold' || after.unit === 'times'
        ? 'times'
        : scale
          ? scale
          : (after.unit ?? compared ?? counted?.unit ?? (casualty ? 'people' : undefined));
    // "two years ago" dates something, and "over fifty words", "a 12-page form" measure a text: no reader
    // is asked for either.
    // Pages and paragraphs are things when counted ("seven previously withheld paragraphs", "the 131-page
    // document" a reader may be asked about); a mere length only when written "ten pages long".
    const measure = unit?.split(' ').at(-1) ?? '';
    const length =
      TEXT_MEASURES.has(measure) &&
      (!/^(?:pages|paragraphs)$/.test(measure) || /^\s+long\b/.test(sentence.slice(unitEnd)));
    // "two years ago" dates something; "Some 74,000 years ago, the Toba volcano exploded" and "first reported in
    // humans 40 years ago" are spans a reader is asked about (trials 55 and 60: teachers added three).
    const longAgo = unit === 'years' && r.value >= 20;
    if (unit && ((/^\s+ago\b/i.test(sentence.slice(unitEnd)) && !longAgo) || length)) continue;
    // "In the past 50 years": a time frame the sentence is set in, no figure a reader is asked for (trial 19).
    if (
      unit &&
      /^(?:years|months|weeks|days|decades|centuries)$/.test(unit) &&
      /\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+$/i.test(sentence.slice(0, hedgeStart))
    )
      continue;
    // "155 wind turbines, each generating 1.5 megawatts": a figure of each of the things just counted is a
    // detail of that count, never asked apart from it (trial 13's teacher deleted it as trivia).
    if (
      i > 0 &&
      /\d[^,;]*,\s*each\s+(?:\p{Ll}+ing\s+|with\s+|of\s+)?(?:about\s+|around\s+|some\s+|up to\s+)?$/u.test(
        sentence.slice(0, hedgeStart),
      )
    )
      continue;
    // "in groups of three": a small number word that counts nothing named is no figure to ask about.
    if (!unit && r.value <= 10 && /^\p{L}+$/u.test(text)) continue;
    if (!unit) notes.push('no unit found after the number; say what it counts');
    if (casualty) notes.push(`unit guessed: people (the number follows "${verbBefore}")`);
    // "91 percent of people across 21 countries": the sample a share is taken over, a detail of the share (trial 16).
    if (
      unit &&
      /^(?:countries|nations|states|cities|regions)$/.test(unit) &&
      /\d\s*(?:%|percent|per cent)\b[^.;]*\b(?:across|in|from|of)\s+$/.test(sentence.slice(0, hedgeStart))
    )
      continue;
    // "a 40-meter-long antenna", "a 3-mile-long wall": the length (width, height) of the thing, in that unit
    // (trial 20 had the unit "meter-long").
    const sized =
      /^-(meter|metre|foot|feet|mile|kilometer|kilometre|km|inch|yard)-(long|wide|tall|high|deep|thick)\s+([\p{Ll}-]+)/u.exec(
        sentence.slice(end),
      );
    const attributive = sized ? undefined : attributiveMeasure(sentence.slice(end));
    if (attributive) {
      out.push({
        value: r.value,
        text,
        unit: attributive.unit,
        counts: attributive.counts,
        precision,
        start: r.start,
        end,
        notes,
        hedgeStart,
        unitEnd: end + attributive.length,
      });
      continue;
    }
    if (sized) {
      const units: Record<string, string> = { foot: 'feet', feet: 'feet', inch: 'inches', km: 'kilometres' };
      out.push({
        value: r.value,
        text,
        unit: units[sized[1]!] ?? `${sized[1]}s`,
        counts: `${DIMENSIONS[sized[2]!]} of the ${sized[3]}`,
        precision,
        start: r.start,
        end,
        notes,
        hedgeStart,
        unitEnd: end + sized[0].length,
      });
      continue;
    }
    // "a magnitude 9.0 earthquake": the figure is the earthquake's magnitude, not a count of earthquakes (trial 17).
    // "a 4.8 aftershock", "the quake was a 6.7": a figure with a decimal point beside a quake is its magnitude too
    // (trial 388 counted "aftershock about an hour" and "number").
    const decimal = /^\d\.\d$/.test(text.trim());
    const quakeAfter = /^[\s-]+(?:magnitude\s+)?(earthquake|quake|aftershock|tremor|temblor)s?\b/i.exec(
      sentence.slice(end),
    )?.[1];
    const quakeBefore =
      /\b(earthquake|quake|aftershock|tremor|temblor)\s+(?:was|is|measured|registered)\s+(?:at\s+)?(?:an?\s+)?$/i.exec(
        sentence.slice(0, hedgeStart),
      )?.[1];
    const quake = /\bmagnitude[-\s]+$/i.test(sentence.slice(0, hedgeStart))
      ? (quakeAfter ?? '')
      : decimal
        ? (quakeAfter ?? quakeBefore)
        : undefined;
    const magnitude = quake === undefined ? undefined : quake ? `magnitude of the ${quake.toLowerCase()}` : 'magnitude';
    out.push({
      value: r.value,
      text,
      unit: quake === undefined ? (unit ?? 'number') : 'magnitude',
      ...(casualty ? { casualty } : {}),
      // The scale's name says what the figure is; whose, the author adds ("the severity index of last year's bloom").
      counts:
        scale && unit === scale && quake === undefined
          ? scale
          : casualty
            ? `people ${casualty}`
            : unit === 'years' && /^\s+ago\b/i.test(sentence.slice(unitEnd))
              ? 'years ago'
              : /\bin attendance$/.test(sentence.slice(end, unitEnd))
                ? 'people in attendance'
                : HURT_ALONE.test(sentence.slice(end, unitEnd))
                  ? `people ${sentence.slice(end, unitEnd).trim()}`
                  : (magnitude ??
                    bracketed(sentence, hedgeStart, unitEnd, unit) ??
                    changedTo(sentence, hedgeStart) ??
                    timeLength(sentence, end) ??
                    priced(sentence, hedgeStart, unitEnd, unit) ??
                    measured(sentence, hedgeStart, unitEnd) ??
                    compared ??
                    counted?.counts ??
                    countsPhrase(
                      sentence,
                      hedgeStart,
                      end,
                      unitEnd,
                      unit ?? 'number',
                      raws[i - (end === r.end ? 1 : 2)]?.end ?? 0,
                      raws[i + 1]?.start ?? sentence.length,
                    ).replace(OF_WHOSE, '')),
      precision,
      start: r.start,
      end,
      notes,
      hedgeStart,
      unitEnd,
    });
  }
  return ofTheWhole(sentence, out);
}

/** Things that last a time: "a 14-week program", "a four-year prison sentence", "an 11-year lull". */
const LASTING = new Set(
  'program programme course sentence term contract lease wait delay lull period trip journey visit stay mission war conflict campaign strike ban break hiatus deadline limit meeting session trial investigation study project freeze moratorium suspension closure shutdown search walk drive flight ride voyage tour festival ceasefire truce battle siege pause gap absence career tenure reign training apprenticeship internship warranty loan window cycle shift residency exile detention imprisonment'.split(
    ' ',
  ),
);

/**
 * "the 14-week program", "her four-year prison sentence", "the two hour working limit": a time joined to a noun is
 * that thing's length ("weeks program in 2020" and "years prison sentence" were no phrases; trials 85, 88).
 */
function timeLength(sentence: string, end: number): string | undefined {
  const m = /^[\s-](?:year|month|week|day|hour|minute)(?:-long)?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(
    sentence.slice(end),
  );
  if (!m) return undefined;
  // Only a thing that lasts: "one-minute wind speed", "the lowest three-year average" measure over a time.
  const words = m[1]!.split(/\s+/);
  // "an 11-month mission concept study": the last such noun is the head ("mission" only says what kind; trial 306).
  const head = words.findLastIndex((w) => LASTING.has(w));
  if (head < 0 || words.slice(0, head).some((w) => /^(?:the|a|an|to|and|or|of|in)$/.test(w))) return undefined;
  // "the 21-day period between SWOT observations": what a gap is between says which one.
  const between = /^\s+between\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(
    sentence.slice(end + m[0].length - m[1]!.length + words.slice(0, head + 1).join(' ').length),
  );
  const among = between?.[1]?.replace(/(?:\s+(?:of|the|a|an|in|on|at|to|and|or|for))+$/, '');
  return `length of the ${words.slice(0, head + 1).join(' ')}${among ? ` between ${among}` : ''}`;
}

/**
 * "Of the 207 glaciers in the study, 179 retreated significantly since 1985, 27 held steady": the figures after the
 * whole count its parts, glaciers that did each thing (trial 83 drafted units "retreated" and "number").
 */
function ofTheWhole(sentence: string, found: NumberFind[]): NumberFind[] {
  const whole = /^Of (?:the|all|these|those) (?:[\d,]+\s+)?(\p{Ll}[\p{Ll}-]*s)\b[^,]*,/u.exec(sentence);
  if (!whole) return found;
  const noun = whole[1]!;
  return found.map((n) => {
    if (n.start < whole[0].length || !(n.unit === 'number' || /ed$/.test(n.unit))) return n;
    const did = /^\s*([^,;.]+)/.exec(sentence.slice(n.end))?.[1]?.trim();
    if (!did || !/^(?:\p{Ll}+ed|held|left|fell|grew|rose|won|lost|kept|shrank)\b/u.test(did)) return n;
    return { ...n, unit: noun, counts: `${noun} that ${did}` };
  });
}

/**
 * What a figure in brackets measures: the noun before the bracket and the words after it.
 *
 *   bracketed('a small chance (approximately 2 percent) of an earthquake larger than this one', 17, 39, 'percent')
 *     -> 'percent chance of an earthquake larger than this one'
 */
function bracketed(
  sentence: string,
  hedgeStart: number,
  unitEnd: number,
  unit: string | undefined,
): string | undefined {
  const open = /(\p{L}+)\s*\(\s*$/u.exec(sentence.slice(0, hedgeStart));
  const close = /^\s*\)\s*((?:of|for|that|in|to)\s[^,;.()]{2,80})?/.exec(sentence.slice(unitEnd));
  if (!open || !close || !unit) return undefined;
  // "had the lowest mover rate (8.1 percent)": a rate's words before the bracket say what the share is (trial 406 had
  // "percent rate").
  const rate =
    unit === 'percent'
      ? /((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:rate|share|level|turnout|majority|growth|increase|decline|drop|rise))\s*\(\s*$/u.exec(
          sentence.slice(0, hedgeStart),
        )
      : null;
  if (rate && !/^(?:the|a|an|its|their)\s/.test(rate[1]!)) return `${rate[1]} in percent`;
  return `${unit} ${open[1]}${close[1] ? ` ${close[1].trim()}` : ''}`;
}

function unitAfter(sentence: string, end: number, known: string | undefined): { unit?: string; unitEnd: number } {
  const found = nounAfter(sentence, end, known);
  // "58 American paintings, photographs and other works of art": the figure counts them all, what "other" names
  // (trial 297 asked "How many paintings ...?" with 58 as its key).
  const other =
    found.unit && !known
      ? // Each item one noun, no deed ("40 people, destroyed homes and other buildings" lists what a quake did).
        /^,\s+(?:(?!\p{Ll}+ed\b)\p{Ll}[\p{Ll}-]*s,\s+)?(?!\p{Ll}+ed\b)\p{Ll}[\p{Ll}-]*s,?\s+and\s+other\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s(?:\s+of\s+[\p{Ll}-]+(?:\s+(?!(?:in|on|at|to|for|from|by|with|and|or|that|which|who|during|after|before)\b)[\p{Ll}-]+)?)?)(?=[\s,.;:!?]|$)/u.exec(
          sentence.slice(found.unitEnd),
        )
      : null;
  return other ? { unit: other[1]!, unitEnd: found.unitEnd + other[0].length } : found;
}

/** A word that describes the noun after a figure ("new", "old", "used"), as one of "new and old books". */
function describesNoun(w: string): boolean {
  return (
    SKIP_AFTER.has(w) ||
    /^(?:old|young|small|large|big|rare|local|foreign|public|private|free)$/.test(w) ||
    /^\p{Ll}{3,}ed$/u.test(w)
  );
}

function nounAfter(sentence: string, end: number, known: string | undefined): { unit?: string; unitEnd: number } {
  // "200+ members of Anonymous": the plus sign says more than; the noun comes after it (trial 430 counted "number +
  // members"). Blanked, so the offsets stay the sentence's.
  let rest = sentence.slice(end).replace(/^\+(?=\s+\p{Ll})/u, ' ');
  let offset = end;
  if (known) {
    // Skip the words that belong to the unit already read ("percent", "per cent").
    const m = /^\s*(?:%|percent\b|per cent\b)?/.exec(rest)!;
    return { unit: known, unitEnd: offset + m[0].length };
  }
  // "two giant (titanosauriform) herbivorous sauropods": a gloss in brackets among the modifiers is no end of the noun
  // phrase (trial 341 counted "giant"). Blanked, so the offsets stay the sentence's.
  rest = rest.replace(
    /^(\s+\p{Ll}[\p{L}-]*)(\s\([^()]{1,40}\))(?=\s+\p{Ll})/u,
    (_, a: string, p: string) => a + ' '.repeat(p.length),
  );
  // "about 700 m.p.h.": miles per hour, not metres (trial 88).
  const dottedSpeed = /^\s?m\.p\.h\.?/i.exec(rest);
  if (dottedSpeed) return { unit: 'miles per hour', unitEnd: offset + dottedSpeed[0].length };
  // "417.1 parts per million (ppm)", "414.7 ppm": one unit of concentration, the short form after it no part of what is
  // counted (trial 368 drafted unit "parts" and counts "ppm recorded").
  const concentration = /^\s?(?:parts per (million|billion|trillion)(?:\s*\((?:ppm|ppb|ppt)\))?|(ppm|ppb|ppt)\b)/i.exec(
    rest,
  );
  if (concentration) {
    const scale =
      concentration[1]?.toLowerCase() ??
      { ppm: 'million', ppb: 'billion', ppt: 'trillion' }[concentration[2]!.toLowerCase()]!;
    return { unit: `parts per ${scale}`, unitEnd: offset + concentration[0].length };
  }
  const short = /^\s?(km|kg|cm|mm|mph|ft|m|g|h|knts|kts|knots|GHz|MHz|kHz|Hz|AU)\b/.exec(rest);
  if (short)
    return {
      unit: {
        km: 'kilometres',
        kg: 'kilograms',
        cm: 'centimetres',
        mm: 'millimetres',
        mph: 'miles per hour',
        ft: 'feet',
        m: 'metres',
        g: 'grams',
        h: 'hours',
        knts: 'knots',
        // "the first-ever 94 GHz wavelength radar" (trial 107 read "number").
        GHz: 'gigahertz',
        MHz: 'megahertz',
        kHz: 'kilohertz',
        Hz: 'hertz',
        // "beyond 100 AU from the Sun" (trial 119 read "number").
        AU: 'astronomical units',
        kts: 'knots',
        knots: 'knots',
      }[short[1]!]!,
      unitEnd: offset + short[0].length,
    };
  // The noun phrase after the number: its head noun with the nouns that modify it ("twenty working days",
  // "12,000 asylee hopefuls", "92,000 asylum claim-'legacy backlog'"), past leading adjectives ("new").
  // "27,000 of those testimonies", "18,000 of the 35,868 respondents": what is counted comes after "of" (trial 41).
  // "13,000 of their customers" (trial 54): a possessive too.
  const ofNoun = OF_NOUN.exec(rest);
  if (ofNoun && !NOT_UNIT.has(ofNoun[1]!)) return { unit: ofNoun[1]!, unitEnd: offset + ofNoun[0].length };
  // "316 said they were raped", "15 gave birth": a verb right after the figure is no unit.
  const verbNext = /^\s+(\p{Ll}+)\b/u.exec(rest)?.[1];
  // "At least fourteen were injured.": people are hurt, killed or rescued (trial 62 asked "14 number"); "An additional
  // thirty are reported wounded" too (trial 395 had "counts: number an additional").
  if (
    /^\s+(?:were|have been|had been|are)\s+(?:(?:reported|said|believed|feared|confirmed|thought)\s+(?:to\s+(?:be|have\s+been)\s+)?)?(?:(?:also|seriously|critically|badly|slightly)\s+)?(?:killed|injured|wounded|hurt|arrested|rescued|evacuated|hospitali[sz]ed|detained|displaced|missing|dead)\b/.test(
      rest,
    )
  )
    return { unit: 'people', unitEnd: end };
  // "Almost five million more became infected.": "more" stands for more people when they fall ill or die (trial 423
  // drafted unit "became").
  const morePeople =
    /^\s+(?:more|others)(?=\s+(?:became|become|were|are|have been|had been|got|fell)\s+(?:infected|ill|sick|killed|injured|wounded|hurt)\b|\s+died\b)/.exec(
      rest,
    );
  if (morePeople) return { unit: 'people', unitEnd: end };
  // "four out of eight fish samples": the share's noun is the whole's, after it (trial 102 drafted the eight).
  const outOf =
    /^\s+out of\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)(?=\s)/i.exec(
      rest,
    );
  if (outOf) {
    const whole = unitAfter(sentence, end + outOf[0].length, undefined);
    if (whole.unit) return whole;
  }
  // "with as many as 80,000 in attendance" (trial 66).
  const attending = /^\s+in attendance\b/.exec(rest);
  if (attending) return { unit: 'people', unitEnd: end + attending[0].length };
  // "currently 39 injured", "33 missing": people, as the word after the figure says (trial 100 read "number").
  // Not "600 dead whales": a word of harm before a noun says what the noun is (trial 340 counted people).
  const hurt = HURT_AFTER.exec(rest);
  if (
    hurt &&
    !/^\s+(?!(?:and|or|but|in|at|on|from|after|as|during|since|by|of|to|with|among|including|includes|across|remains|plus|besides|towards|always|sometimes|thus|when|while|were|was|are|is|has|have|had|this|last|so|yet|comes|goes|stands|rises|falls|says|seems|needs|means|seconds|minutes|hours|days|weeks|months|years|times)\b)\p{Ll}{3,}s\b/u.test(
      rest.slice(hurt[0].length),
    )
  )
    return { unit: 'people', unitEnd: end + hurt[0].length };
  // "1,429,981 voted in favour ...": only people vote, march or flee; they are what is counted (trial 58).
  if (verbNext && /^(?:voted|marched|protested|fled|attended|signed|registered|applied|died)$/.test(verbNext))
    return { unit: 'people', unitEnd: end };
  if (
    verbNext &&
    (IRREGULAR_PAST.has(verbNext) || /^(?:said|says|were|was|are|is|had|have|has|will|would|could|did)$/.test(verbNext))
  )
    return { unitEnd: end };
  // "a 200-nautical mile area", "4.2 light-years": a unit of two words (trial 52 read "200 nautical").
  // "4000°C (7232°F)", "2.7 degrees Fahrenheit": a temperature's scale is its unit (trial 56 read "number").
  const temperature = /^\s?(?:°\s?([CF])\b|degrees?\s+(Celsius|Fahrenheit|centigrade)\b)/i.exec(rest);
  if (temperature) {
    const scale = (temperature[1] ?? temperature[2]!).toUpperCase().startsWith('F') ? 'Fahrenheit' : 'Celsius';
    return { unit: `degrees ${scale}`, unitEnd: offset + temperature[0].length };
  }
  // "only one percentage point clear", "two percentage points" (trial 274 read "percentage").
  const points = /^\s+percentage\s+points?\b/i.exec(rest);
  if (points) return { unit: 'percentage points', unitEnd: offset + points[0].length };
  const twoWord = /^[\s-]+(nautical|light)[\s-]+(miles?|years?)\b/i.exec(rest);
  if (twoWord)
    return {
      unit: `${twoWord[1]!.toLowerCase()} ${twoWord[2]!.replace(/s?$/, 's')}`,
      unitEnd: offset + twoWord[0].length,
    };
  const phrase: { word: string; end: number }[] = [];
  let skipped = 0;
  let head = false;
  while (phrase.length < 4) {
    // "300 U.S. troops": the country's letters describe the noun, as "British" does (trial 93 had "number U").
    // "12 U.S. and European groups" too (trial 320 had "number U.S.").
    const letters =
      !phrase.length && skipped < 3
        ? /^\s+(?:\p{Lu}\.){2,}(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}+(?:an|ian|ish|ese))?(?=\s+\p{Ll})/u.exec(rest)
        : null;
    if (letters) {
      skipped++;
      offset += letters[0].length;
      rest = rest.slice(letters[0].length);
      continue;
    }
    // "500,000 new and old books", "3,000 used and rare records": two words that describe the noun, joined (trial 370
    // read "number").
    const pair =
      !phrase.length && skipped < 3 ? /^\s+(\p{Ll}+)\s+(?:and|or)\s+(\p{Ll}+)(?=\s+\p{Ll})/u.exec(rest) : null;
    if (pair && describesNoun(pair[1]!) && describesNoun(pair[2]!)) {
      skipped++;
      offset += pair[0].length;
      rest = rest.slice(pair[0].length);
      continue;
    }
    // "the five foundational “mother” sauces": a word in quotation marks is still a word of the phrase (trial 85).
    const m = /^[\s-]+[“"]?(\p{L}+(?:[-'’]\p{L}+)*)[”"]?/u.exec(rest);
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    // "345 Muslim pilgrims", "three Space Shuttle orbiters": capitalised words before a plural name its kind; so do
    // "200 New York City area bars" and "the 19 Saffire-VI experiment runs", a lower-case modifier between
    // (trials 135 and 136 read "number").
    const nameBefore = /^\p{Lu}/u.test(word) && pluralAfterName(rest.slice(m[0].length));
    // "three most senior judges", "seven previously withheld paragraphs": a degree word or an adverb, and the
    // participle an adverb leads, describe the noun; they are no part of its unit.
    const afterAdverb = skipped > 0 && /^\p{Ll}+(?:ed|en|wn|ld)$/u.test(word);
    if (
      !phrase.length &&
      skipped < 3 &&
      (SKIP_AFTER.has(lower) ||
        /^(?:most|least|top)$/.test(lower) ||
        (/^\p{Ll}{3,}ly$/u.test(word) && !/^(?:only|early|family|daily|weekly|monthly|yearly)$/.test(lower)) ||
        afterAdverb ||
        /^\p{Lu}\p{Ll}+(?:an|ian|ish|ese)$/u.test(word) ||
        nameBefore)
    ) {
      skipped++;
      offset += m[0].length;
      rest = rest.slice(m[0].length);
      continue;
    }
    // "About 100 million Chinese live in poverty": a people's name before a verb is who is counted (trial 57).
    if (
      skipped > 0 &&
      !phrase.length &&
      /^(?:live|lived|work|worked|die|died|vote|voted|are|were|have|had|own|owned|use|used|speak|spoke|travel|traveled|travelled|visit|visited|say|said|believe|believed|fled|moved|remain|remained)$/.test(
        lower,
      ) &&
      /^\p{Lu}\p{Ll}+(?:ese|ish|ch|ss)$/u.test(sentence.slice(end, offset).trim().split(/\s+/).at(-1) ?? '')
    )
      return { unit: 'people', unitEnd: offset };
    // "10 million Swedish Kronor": a currency's name is the unit, capitalised or not.
    if (!phrase.length && CURRENCY_NAMES.has(lower)) return { unit: lower, unitEnd: offset + m[0].length };
    // "more than 3,000 NEOs": an acronym's plural is what is counted (trial 143 read "includes" from before it).
    if (!phrase.length && /^\p{Lu}{2,}s$/u.test(word)) return { unit: word, unitEnd: offset + m[0].length };
    // "taking 66 Americans hostage", "50,000 Americans": a people's name in the plural is who is counted (trials 125
    // and 145 read "number", and offered Carter's age of 99 as a wrong count of hostages).
    // Not "200 Illinois clergy": a place's name ending in s (trial 142).
    if (
      !phrase.length &&
      /^\p{Lu}\p{Ll}{3,}s$/u.test(word) &&
      !REGIONS_OF_COUNTRIES.has(word) &&
      !COUNTRIES.has(word) &&
      !CITIES.has(word) &&
      isAdjectiveWord(word.slice(0, -1))
    )
      return { unit: word, unitEnd: offset + m[0].length };
    // "forty prominent African leaders": a people's or a place's name between a describing word and the plural it
    // describes is a word of the phrase (trial 152 read the unit "prominent").
    if (phrase.length && /^\p{Lu}\p{Ll}/u.test(word) && nameBefore) {
      offset += m[0].length;
      rest = rest.slice(m[0].length);
      phrase.push({ word, end: offset });
      continue;
    }
    if (NOT_UNIT.has(lower) || /^\p{Lu}/u.test(word)) break;
    // "21 tubes filled with rock cores, two filled with regolith": a participle and its phrase describe a noun
    // said before; "filled" is no unit (trial 15).
    if (
      !phrase.length &&
      /^\p{Ll}+(?:ed|en)$/u.test(word) &&
      /^\s+(?:with|by|in|from|at|on|for|into|to)\b/.test(rest.slice(m[0].length))
    )
      break;
    // "about thirty stayed during the night": a verb right after the figure; its noun is the one before (trial 30).
    // Not "200 displaced families", "50 elected officials": there a noun follows the participle.
    if (
      !phrase.length &&
      /^\p{Ll}{3,}ed$/u.test(word) &&
      /^(?:\s*[,.;:]|\s*$|\s+(?:during|in|at|on|for|from|to|with|by|until|after|before|overnight|behind|away|back|there|here|home|outside|inside)\b)/.test(
        rest.slice(m[0].length),
      )
    )
      break;
    offset += m[0].length;
    rest = rest.slice(m[0].length);
    // "an 11-year lull", "a 48-hour deadline": a unit joined to the number by a hyphen is written singular,
    // yet counts years, not a calendar year.
    // "his 33 year reign": the hyphen left out, a noun after the singular unit (trial 27).
    const asAdjective =
      /^-/.test(m[0]) || (/^(?:year|month|week|day|hour|minute)$/.test(lower) && /^\s+\p{Ll}{3,}/u.test(rest));
    const plural = !phrase.length && asAdjective ? HYPHENED_PLURALS[lower] : undefined;
    if (plural) {
      phrase.push({ word: plural, end: offset });
      head = true;
      break;
    }
    phrase.push({ word: lower, end: offset });
    // A plural ends the phrase ("45,756 migrants crossing ..."), unless it is a noun used as a modifier
    // ("five police officers"); a word glued by a hyphen to what follows ("claim-'legacy backlog'") does too.
    const next = /^[\s-]+(\p{Ll}+)/u.exec(rest)?.[1];
    if (isPlural(lower) && !(MODIFIER_PLURAL.has(lower) && next && isPlural(next) && !NOT_UNIT.has(next))) {
      head = true;
      break;
    }
    if (/^-(?!\p{L})/u.test(rest)) {
      head = true;
      phrase[phrase.length - 1]!.word = /s$/.test(lower) ? lower : `${lower}s`;
      break;
    }
  }
  // "162 passengers and crew": the figure counts both; "passengers" alone would be false (trial 11).
  const both = head
    ? // "Over 200 protesters and police officers were injured": two nouns before the verb, both counted (trial 66).
      (/^\s+and\s+(crew|staff|children|employees|workers|passengers|students|teachers|officers|soldiers|civilians)\b/.exec(
        rest,
      ) ?? /^\s+and\s+((?:\p{Ll}+\s+)?\p{Ll}{3,}s)(?=\s+(?:were|are|have|had|was|died)\b)/u.exec(rest))
    : null;
  if (both && phrase.length) {
    const last = phrase[phrase.length - 1]!;
    phrase[phrase.length - 1] = { word: `${last.word} and ${both[1]}`, end: last.end + both[0].length };
  }
  if (!phrase.length) return { unitEnd: end };
  // No head found: the first word, as read before ("its 39th mission").
  const words = head ? phrase : phrase.slice(0, 1);
  // "1,235 kilometers an hour", "20 liters per day": a rate, not a distance or an amount.
  const rate = /^\s+(?:an?|per)\s+(?:hour|day|week|month|year|second|minute)\b/.exec(sentence.slice(words.at(-1)!.end));
  if (rate)
    return {
      unit: `${words.map((w) => w.word).join(' ')} ${rate[0].trim()}`,
      unitEnd: words.at(-1)!.end + rate[0].length,
    };
  return { unit: words.map((w) => w.word).join(' '), unitEnd: words.at(-1)!.end };
}

/** What a figure with no noun after it counts, read elsewhere in its sentence; `length`: words after it to pass over. */
interface Counted {
  unit: string;
  counts?: string;
  length?: number;
}

const NUMBER_OF = new RegExp(
  // "The official number of exoplanets ...": a word that says whose count it is (trial 337).
  String.raw`\bthe (?:(?:official|total|overall|estimated|confirmed|current|latest|annual|daily|recorded)\s+)?number of ((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:has|have|had|is|was|were|are|rose|fell|grew|dropped|decreased|increased|declined|doubled|tripled|reached|stood|topped|jumped|climbed|went)\b`,
  'iu',
);

/**
 * "the death toll from the flooding has surpassed 400", "puts its death toll at just over 200": a toll counts deaths
 * (trial 425 drafted "number"). tollBefore('the death toll from the flooding has surpassed ') ->
 * { unit: 'people', counts: 'deaths from the flooding' }
 */
function tollBefore(text: string): Counted | undefined {
  const m =
    /\bdeath\s+toll\b(\s+(?:from|in|of)\s+[^,;]{2,60}?)?\s+(?:(?:has|have|had)\s+)?(?:surpassed|passed|exceeded|topped|reached|risen\s+to|rose\s+to|climbed\s+to|stands\s+at|stood\s+at|is|was|at)\s+(?:just\s+)?$/i.exec(
      text,
    );
  return m ? { unit: 'people', counts: `deaths${m[1] ? m[1].replace(/\s+/g, ' ') : ''}` } : undefined;
}

/** "The number of American students in China was around 15,000": what the figure counts, and its plural noun. */
function numberOfBefore(text: string): Counted | undefined {
  // "The official number of exoplanets - planets outside our solar system - tracked by NASA": an aside between dashes
  // is no part of what is counted. Blanked, so the offsets stay.
  const before = text.replace(/\s[-—–]\s[^-—–,;]{2,60}?\s[-—–]\s/gu, (x) => ' '.repeat(x.length));
  const m = NUMBER_OF.exec(before);
  // Only in the figure's own clause: "The number of tourists fell ..., but the hotel still employed 300" counts staff.
  // A comma before "from ... to" or "by" still leads the clause on ("has decreased ..., from around 11,000 in 2019 to 800").
  if (
    !m ||
    /;|,(?!\d)(?!\s+(?:from|to|by|at|in|of|up|down|around|about|nearly|almost|over|under)\b)|\b(?:but|while|whereas|and)\b/.test(
      before.slice(m.index + m[0].length),
    )
  )
    return undefined;
  const words = m[1]!.split(/\s+/);
  const noun = words.find((w) => isPlural(w.toLowerCase()) && !NOT_UNIT.has(w.toLowerCase()));
  return noun ? { unit: noun, counts: m[1]!.replace(/\s+/g, ' ') } : undefined;
}

const GROUP_OF =
  /(?:\b([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:([\p{L}'’-]+['’]s)\s+)?(?:(\p{Ll}+)\s+)?\b(panel|committee|board|jury|council|team|crew|delegation|squad|cast|commission)\s+of\s+$/u;

/** "the chairman of the project's panel of twelve": a group's size, counted in its members (the NZ flag story). */
function groupOf(before: string): Counted | undefined {
  const m = GROUP_OF.exec(before);
  if (!m) return undefined;
  const owner = m[2] ? `${m[1]?.toLowerCase() === 'the' ? 'the ' : ''}${m[2]} ` : 'the ';
  return { unit: 'members', counts: `members of ${owner}${m[3] ? `${m[3]} ` : ''}${m[4]}` };
}

/**
 * "3,000 NEOs, 215 of which the space telescope discovered": the figure before's noun, and what the clause says of
 * it; "200 more": the figure before's noun, and its own clause to say what is counted.
 */
function ofWhich(after: string, before: NumberFind | undefined): Counted | undefined {
  // Not "over 3 days, and they hope to find 20 more": more of a span, a sum or a share is no count of things.
  if (
    !before ||
    before.unit === 'number' ||
    /^(?:years|months|weeks|days|hours|minutes|seconds|percent|dollars|euros|pounds)$/.test(before.unit)
  )
    return undefined;
  // "fishermen rescued over 700 asylum seekers ..., and the Navy saved 200 more": more of the same (the held-out
  // asylum story read "number").
  const more = /^\s+more\b(?!\s+than)/.exec(after);
  if (more) return { unit: before.unit, length: more[0].length };
  const m = /^\s+of\s+which\s+([^,;.:"“”]{3,60}?)\s*(?=[,;.:"“”]|$)/.exec(after);
  return m ? { unit: before.unit, counts: `${before.unit} ${m[1]!}` } : undefined;
}

/**
 * The plural noun after a name's other capitalised words (two at most) and one lower-case modifier at most:
 * " Shuttle orbiters" -> "orbiters", " York City area bars" -> "bars", " pilgrims died" -> "pilgrims".
 */
function pluralAfterName(rest: string): string | undefined {
  // "10 captive Mexican free-tailed bats": a hyphenated word between is one modifier (trial 302 read "captive").
  const m = /^((?:[\s-]+\p{Lu}[\p{L}-]*){0,2})[\s-]+(\p{Ll}+(?:-\p{Ll}+)*)(?:[\s-]+(\p{Ll}+))?/u.exec(rest);
  if (!m) return undefined;
  if (isPlural(m[2]!) && !NOT_UNIT.has(m[2]!)) return m[2];
  // "arrested 23 Sunday during protests": a preposition is no modifier.
  return m[2]!.length >= 3 &&
    !/^(?:during|across|in|on|at|for|from|with|by|after|before|over|under|of|to|and|or|into|near|around|through)$/.test(
      m[2]!,
    ) &&
    m[3] &&
    isPlural(m[3]) &&
    !NOT_UNIT.has(m[3])
    ? m[3]
    : undefined;
}

/** What a text's length is measured in. */
const TEXT_MEASURES = new Set(['words', 'letters', 'characters', 'syllables', 'pages', 'paragraphs']);

/** Plural forms that do not end in -s. */
const IRREGULAR_PLURAL = new Set(
  'people children men women police staff cattle sheep fish deer personnel troops aircraft feet teeth geese mice'.split(
    ' ',
  ),
);
/** Plurals that modify a noun after them: "police officers", "staff members". */
const MODIFIER_PLURAL = new Set(['police', 'staff', 'personnel']);

/** Words ending in -s that are no plurals: "five news outlets" counts outlets. */
const NOT_PLURAL = new Set(
  'news politics economics physics always perhaps towards afterwards besides plus thus whereas its his hers ours yours theirs'.split(
    ' ',
  ),
);

/** A plural noun by its ending: "days", "claims", "people"; not "bus", "class", "crisis", "famous". */
function isPlural(word: string): boolean {
  return (
    IRREGULAR_PLURAL.has(word) ||
    (/^\p{Ll}[\p{Ll}'’-]*[^sui']s$/u.test(word) && !/ous$/.test(word) && !NOT_PLURAL.has(word))
  );
}

/**
 * "drove outstanding asylum claims over 150,000": with no noun after it, a number compared with a plural
 * noun just before the comparison counts that noun ("asylum claims"), with one noun modifying it.
 */
function comparedNoun(before: string): string | undefined {
  const m = /(?:^|\s)(?:(\p{Ll}+)\s+)?(\p{L}\p{Ll}+)\s+$/u.exec(before);
  const noun = m?.[2]!.toLowerCase() ?? '';
  // Capitalised only where it opens the sentence: "Claims topped 150,000", not "the Pentagon over 150".
  if (!m || !isPlural(noun) || NOT_UNIT.has(noun) || (/^\p{Lu}/u.test(m[2]!) && before.trim() !== m[0].trim()))
    return undefined;
  const modifier = m[1];
  const keep =
    modifier &&
    !NOT_UNIT.has(modifier) &&
    !SKIP_AFTER.has(modifier) &&
    !/(?:ed|ing|ly|ous|ful|ive|al|ic|able|ible|ent|ant|less)$/.test(modifier);
  return keep ? `${modifier} ${noun}` : noun;
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|this|these|those)$/i;

/** At most `max` words from the end of `text`, starting at a determiner when one is near: "the countries of ...". */
function lastWords(text: string, max: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= max) return words.join(' ');
  const window = words.slice(-max);
  const det = window.findIndex((w) => DETERMINER.test(w));
  return window.slice(det > 0 && det <= max / 2 ? det : 0).join(' ');
}

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)$/;

/** Words that open a phrase describing the noun before them: "migrants crossing ...", "hopefuls from ...". */
const POST_MODIFIER =
  /^(?:from|in|of|at|on|off|with|without|for|by|who|that|which|whose|under|over|above|below|across|along|around|behind|beyond|through|into|to|toward|towards|between|among|near|inside|outside|aged|\p{Ll}{3,}ing|\p{Ll}{3,}ed)\b/u;

/**
 * What a number counts, as a noun phrase: the phrase after it with the words that describe it ("asylee
 * hopefuls from Afghanistan", "soldiers on alert"), else with the clause before it ("people the crash
 * killed"): never pieced from words on both sides, which reads as a glitch ("working it also must be
 * returned within days"). "made up of 40,000 soldiers" and "a force of 40,000 soldiers" become
 * "soldiers in <the thing before>".
 */
/** "... launched on Dec. 14, 2009": a date at the end of what a figure counts. */
const DATE_AFTER_COUNT = new RegExp(`\\s+(?:on|in|by|since|until)\\s+${MONTH}(?:\\s.*)?$`);

function countsPhrase(
  sentence: string,
  hedgeStart: number,
  numberEnd: number,
  unitEnd: number,
  unit: string,
  from: number,
  to: number,
): string {
  // The noun phrase as written, with the adjectives left out of the unit: "Afghan refugees", "new schools".
  const written = sentence
    .slice(numberEnd, unitEnd)
    .replace(/[\s-]+/g, ' ')
    .trim();
  const share = /^out of (\S+) (.+)$/.exec(written);
  // "26 kinds of cancer", "13 types of cancer": a kind is a kind of something, which the phrase names.
  const kindOf = /^(?:kinds|types|sorts|forms|varieties|categories|classes|species)$/.test(unit)
    ? /^\s+of\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u
        .exec(sentence.slice(unitEnd))?.[1]
        ?.split(
          /\s+(?=(?:among|in|at|on|for|from|with|during|that|which|who|and|or|is|are|was|were|have|has|had)\b)/,
        )[0]
    : undefined;
  const np = share
    ? `${share[2]} out of ${share[1]}`
    : kindOf
      ? `${written.toLowerCase().endsWith(unit) && /^\p{L}[\p{L} '’]*$/u.test(written) ? written : unit} of ${kindOf}`
      : written.toLowerCase().endsWith(unit) && /^\p{L}[\p{L} '’]*$/u.test(written)
        ? written
        : unit;
  if (kindOf) return np;
  // A share says of whom (trial 16: "percent Results showed", "percent –"): "81 percent of people believe
  // ..." is the percent of people; "respondents – 42 percent – said" the percent of respondents; "ten percent
  // of what was released" names no one, and stays "percent".
  if (unit === 'percent') {
    const ofWhom =
      // "86 percent of its GDP": letters may end the phrase (trial 70 had "percent of its").
      // "25% of the world's GDP": a possessive goes on to its noun (trial 411 had "percent of the world").
      /^\s*(?:%|percent|per cent)?\s+of\s+((?:the\s+|all\s+)?(?:\p{Ll}[\p{Ll}-]*(?:['’]s)?\s+){0,2}(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,5}\b))/u.exec(
        sentence.slice(numberEnd),
      );
    // "43 percent of U.S. college and university graduates' first jobs did not require ...": a longer phrase, up to the
    // clause's verb, when it ends on a plural noun (trial 420 had "percent of U.S. college").
    const longWhom =
      /^\s*(?:%|percent|per cent)?\s+of\s+((?:the\s+|all\s+)?(?:(?:\p{Lu}\.){2,}\s+)?(?:\p{Ll}[\p{Ll}-]*(?:['’]s?)?\s+){1,6}?\p{Ll}[\p{Ll}-]*[^s\s'’]s)\s+(?:did|do|does|were|are|was|is|have|had|said|say|believe|think|will|would|could|can)\b/u.exec(
        sentence.slice(numberEnd),
      );
    // Not "12 percent of the workforce and the remaining employees were given raises": a second clause after "and".
    if (
      longWhom &&
      /\sand\s/.test(longWhom[1]!) &&
      !/\sand\s+(?:the|its|their|his|her|most|some|all|many|other|others|those|these)\b/.test(longWhom[1]!)
    )
      return `percent of ${longWhom[1]}`;
    const whom = ofWhom?.[1]?.split(
      /\s+(?=(?:believe|believed|say|said|think|thought|were|are|was|is|have|had|who|that|across|in|from|at|with|said)\b)/,
    )[0];
    if (whom && !/^(?:what|which|those|them|these|this|that|it)\b/.test(whom)) return `percent of ${whom}`;
    // "the nation's stubborn 10% unemployment rate": a rate the figure stands before (trial 77 had the clause before).
    const rate =
      /^\s*(?:%|percent|per cent)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:rate|share|stake|increase|rise|growth|drop|fall|decline|cut|tax|tariff|discount|majority|turnout))\b/u.exec(
        sentence.slice(numberEnd),
      );
    if (rate) return `${rate[1]} in percent`;
    // "at a yearly rate of four-point-four percent", "an inflation rate of 1.9 percent" (trial 322 had "percent between
    // December").
    const rateOf =
      /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+)?(?:rate|share|level|increase|growth|rise|drop|decline|cut))\s+of\s+$/u.exec(
        sentence.slice(0, hedgeStart),
      );
    if (rateOf && !/^(?:a|an|the|its|their)\s/.test(rateOf[1]!)) return `${rateOf[1]} in percent`;
    if (ofWhom) return 'percent';
    const aside = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+[–—]\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$/u.exec(
      sentence.slice(0, hedgeStart),
    );
    // "a minute drop in KELT-9's brightness — about 0.5%": the share is the drop's, not of the brightness (trial 56).
    const change =
      /(?:^|\s)((?:drop|fall|decline|rise|increase|cut|loss|gain|growth|dip|jump)\s+in\s+(?:[\p{L}\d'’-]+\s+){0,3}\p{Ll}[\p{Ll}-]*)\s+[–—]\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$/u.exec(
        sentence.slice(0, hedgeStart),
      );
    if (change) return change[1]!;
    if (aside && !/^(?:the|a|an|of|and|or)$/.test(aside[1]!)) return `percent of ${aside[1]}`;
  }
  // Other numbers of the sentence bound the clause: their words describe them, not this one.
  const head = sentence.slice(Math.min(from, hedgeStart), hedgeStart);
  const cut = Math.max(
    head.lastIndexOf(','),
    // "the sample is the rover's 24th – a tally that includes 21 sample tubes": a dash opens an aside.
    head.lastIndexOf(' – '),
    head.lastIndexOf(' — '),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    head.lastIndexOf('“'),
    head.lastIndexOf('”'),
    head.lastIndexOf('"'),
  );
  let before = head.slice(cut + 1).trim();
  // "The economy of the Maldives, reliant mainly on tourism, is worth": the verb's subject stands before the
  // words set off by commas (trial 13 had "dollars is worth").
  // "Inflation peaked in June when the consumer price index, a measure of ..., rose 9.1%": so too a verb of change,
  // its subject after the clause's opening word (retrial 351 had "percent rose").
  if (
    /^(?:is|are|was|were|has|have|had|will|would|could|may|might|rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined)\b/.test(
      before,
    )
  ) {
    const parts = head.slice(0, Math.max(cut, 0)).split(',');
    const subject = (parts.length >= 2 ? parts[parts.length - 2]!.trim() : '').replace(
      /^.*\b(?:when|as|after|while|because|since|that|where)\s+(?=(?:the|a|an|its|their)\s)/i,
      '',
    );
    const aside = parts[parts.length - 1]!.trim();
    if (/^\p{Ll}/u.test(aside) && /^(?:The|A|An|Its|Their)\s/i.test(subject) && subject.split(/\s+/).length <= 8)
      before = `${lowerFirst(subject)} ${before}`;
  }
  // "For October, the index was 7.7% higher": the share by which it was higher (retrial 351 had "percent higher").
  const comparative =
    /^\s*(?:%|percent|per cent)?\s+(higher|lower|more|less|greater|smaller|larger|bigger|cheaper|dearer)\b/.exec(
      sentence.slice(numberEnd),
    );
  if (
    unit === 'percent' &&
    comparative &&
    /^(?:the|its|their|this year's|last year's)\s+[\p{L}\s'’-]{2,60}?\s+(?:is|was|are|were|has been|had been)$/iu.test(
      before,
    )
  )
    return `percent by which ${lowerFirst(before)} ${comparative[1]}`;
  // "4 million visitors attended the event and this year the city expects about 6 million": the clause of this
  // figure starts after the last "and"; a time phrase opening it says when, not what (trial 47).
  if (/\s(?:and|but|while|whereas)\s/.test(` ${before} `) && !/^(?:is|are|was|were|has|have|had)\b/.test(before))
    before = before
      .split(/\s+(?:and|but|while|whereas)\s+/)
      .pop()!
      .replace(/^(?:this|last|next)\s+(?:year|week|month|season|time)\s+/i, '')
      // "... near-normal season and a 5% chance": only an article is left, which describes nothing.
      .replace(/^(?:a|an|the)$/i, '');
  // "GRAIL-B's insertion burn is scheduled to begin tomorrow ... and will last about 39 minutes": a second verb of the
  // sentence's subject, which says whose minutes (trial 421 had "minutes will last").
  const subject = /^(?:will|would|can|could|should|may|might|must)\s+\p{Ll}+$/u.test(before)
    ? /^((?:The|A|An|Its|Their|\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:is|are|was|were|will|has|have|had)\b/u.exec(
        sentence,
      )?.[1]
    : undefined;
  if (subject && !/\b(?:he|she|it|they|we|i|you)\b/i.test(subject)) before = `${lowerFirst(subject)} ${before}`;
  before = before
    .replace(/^(?:this|that|it) (?:means|meant|shows|showed|suggests|suggested) that\s+/i, '')
    .replace(/^(?:and|or|but|while|whereas|then)\s+/i, '')
    // "Reyes said the crossing adds": what is counted is in the reported clause.
    // "told reporters that pilots had mentioned three times": whom it was told is no part of it (trial 88).
    .replace(/^.*\b(?:told|tells|informed|assured|reminded)\s+(?:[\p{L}.'’]+\s+){1,3}?that\s+(?=\S)/iu, '')
    .replace(
      // "said on Monday it would cut": the day is when it was said (so too "said Monday", "said last week").
      // Not a passive's hedge: "The attack is reported to have killed" (trial 199 had "civilians to have killed").
      /^.*\b(?<!\b(?:is|are|was|were|been)\s)(?:said|says|say|told|stated|reported|announced|added|noted|estimated|estimates)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+(?:week|month|year))\s+)?(?:that\s+)?(?=\S)/i,
      '',
    );
  // Not a sentence's opening "With two antennas ..." (trial 79 had "antennas in With").
  const part = /^(?:made up of|consisting of|composed of|comprising|including|with)$/i.test(before) && cut >= 0;
  const ofWhole = /^(.+?)\s+of$/i.exec(before);
  // "a force of 40,000 soldiers": a short noun phrase, not a clause ("Joe Biden had a videoconference of ...").
  // Not "the lorry in question was one of 21 Hyza vehicles": one of them is no whole of which they are parts (trial 350
  // drafted "Hyza vehicles in the lorry in question was one").
  const nounPhrase =
    ofWhole &&
    DETERMINER.test(ofWhole[1]!.split(' ')[0]!) &&
    ofWhole[1]!.split(' ').length <= 6 &&
    !/\b(?:is|are|was|were|be|been|has|have|had)\b|\bone$/.test(ofWhole[1]!);
  if (part || nounPhrase) {
    // The number counts the parts of something named just before: take that thing.
    const whole = part ? lastWords(head.slice(0, cut).replace(/^[\s\S]*[;:“”"]/, ''), 10) : lastWords(ofWhole![1]!, 10);
    // "... 40 years ago, with nearly 1,000 people killed": a time before the comma is no whole the figure is part of.
    if (whole && !/\bago$/.test(whole.trim()))
      return `${np} in ${lowerFirst(whole.replace(TRAILING_GLUE, ''))}`.replace(/\s+/g, ' ').slice(0, 300).trim();
  }
  // "the nation's 92,000 asylum claims": the number sits inside a noun phrase; its owner says whose.
  // A name of several words owns it whole: "the Court of Appeal's three most senior judges", not "of Appeal's".
  const owner =
    /(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.-]*)+['’]s?)$/u.exec(
      before,
    ) ?? /(?:^|\s)((?:(?:the|a|an|this|that)\s+)?(?:\p{L}+\s+)?\p{L}+['’]s?)$/iu.exec(before);
  if (owner && /['’]s?$/.test(owner[1]!) && !/^(?:it|he|she)['’]s$/i.test(owner[1]!))
    return `${lowerFirst(owner[1]!)} ${np}`.replace(/\s+/g, ' ').trim();
  // "The results were compiled over three years": the span of a deed, asked as "years over which the results were
  // compiled" (trial 119; a trailing "over" would leave only "years").
  const span = /^(.*\S)\s+(?:over|during)$/i.exec(before);
  if (
    span &&
    /^(?:years?|months?|weeks?|days?|decades?|centuries|hours?)$/.test(np) &&
    span[1]!.split(/\s+/).length >= 2 &&
    // "over an approximate 10-year lifespan": the figure measures the noun after it, not a span of the deed
    // (retrial 123 drafted "years over which subsequent missions").
    !/^-/.test(sentence.slice(numberEnd, unitEnd))
  )
    return `${np} over which ${lowerFirst(lastWords(span[1]!, 10))}`.replace(/\s+/g, ' ').trim();
  // A clause that ends in a preposition or a determiner ("returned within", "for", "after its") is no
  // description of what is counted: "people the crash killed" is, "working days it must be returned" is not.
  if (TRAILING_GLUE.test(before) || /\s(?:its|their|his|her|our|my|your)$/i.test(` ${before}`)) before = '';
  // "a tally that includes 21 sample tubes": a relative clause's verb has its own subject ("a tally"), and
  // "sample tubes a tally that includes" reads as nothing.
  // "his priorities ..., which included holding elections within three months": a relative clause about something
  // else says nothing of what the figure counts either (trial 210 had "months which included holding elections").
  if (/\b(?:that|which)\s+\p{Ll}+$/u.test(before) || /^(?:which|who|that)\s/i.test(before)) before = '';
  // "according to Amnesty International there may be up to 30 journalists imprisoned": "there is" describes nothing;
  // what is counted is after the figure (trial 201 had "journalists according to Amnesty International there may be").
  if (/(?:^|\s)there\s+(?:is|are|was|were|(?:may|might|could|will|would)\s+be|ha(?:s|ve|d)\s+been)$/i.test(before))
    before = '';
  // "the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians": a subject with a place after
  // it is cut to its head ("civilians the U.S. airstrike killed"), not to its last words ("civilians a house in ...
  // killed"; trial 200).
  const clause = before.split(/\s+/).filter(Boolean);
  const verb = clause[clause.length - 1] ?? '';
  const place = clause.findIndex(
    (w, k) => k >= 2 && k < clause.length - 1 && /^(?:on|in|at|of|from|near|across|inside|outside|along)$/.test(w),
  );
  if (
    place > 0 &&
    clause.length > 5 &&
    DETERMINER.test(clause[0]!) &&
    // Only a noun phrase before the verb: "The reports of the possible use ... comes just months after Israel confirmed
    // they used", "The scientists found reduction of crop yields ... exceeded" have verbs of their own.
    !clause
      .slice(1, -1)
      .some(
        (w) =>
          FINITE.test(w) ||
          IRREGULAR_PAST.has(w) ||
          /^(?:who|that|which|they|he|she|it|we|i|you)$/i.test(w) ||
          /^\p{Ll}+(?:ed|es)$/u.test(w),
      ) &&
    (/^\p{Ll}{2,}ed$/u.test(verb) || IRREGULAR_PAST.has(verb))
  )
    before = [...clause.slice(0, place), verb].join(' ');
  before = lowerFirst(lastWords(before, 10));
  const tail = sentence.slice(unitEnd, Math.max(unitEnd, to));
  // "students studying in the U.S.": the dots of capital letters are no stop (trial 93 had "in the U").
  const stop = tail.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '_')).search(/[,;.:!?“”"([]/);
  // "boxes containing cannabis, cocaine, and MDMA": a list of one- or two-word items runs on to its "and" (trial 300
  // counted "boxes containing cannabis").
  const list =
    stop >= 0 && tail[stop] === ','
      ? /^,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)*,?\s+and\s+[\p{L}-]+(?=[\s,.;:!?(]|$)/u.exec(
          tail.slice(stop),
        )
      : null;
  let after = (stop < 0 ? tail : tail.slice(0, stop)).trim();
  // "shells at KPA posts under the absurd pretext that ...", "hours and prepare against ...": a conjunction
  // or an adverbial opener after the first word starts what the sentence says next, not what is counted.
  // "adults in England and Scotland": two places joined by "and" are one place phrase (trial 346 had "adults in England").
  const JOINED = '\u0000';
  after = after
    // "websites between 2010 and 2017", "workers dating from 2000 to 2017": a span of years is when, not what is
    // counted, and its "and" is no clause (trial 420 asked "how many job search websites between 2010?").
    .replace(
      /(?:^|\s+)(?:dating\s+)?(?:between|from)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s*(?:and|to|through|until|-|–)\s*(?:\p{Lu}\p{Ll}+\s+)?\d{4}\b.*$/u,
      '',
    )
    .replace(
      /(\b(?:in|from|across|throughout|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+and\s+(?=(?:the\s+)?\p{Lu})/gu,
      `$1 ${JOINED} `,
    )
    .split(
      // "minutes to go in overtime when heavy wind could be heard": "when" opens another clause too (trial 54).
      // "shots as an “execution”", "years as New Horizons traveled": the clause may open right after the unit (trials
      // 119, 120 read "shots as", "years as New Horizons traveled").
      /(?:^|\s+)(?:and|or|but|as|while|whereas|when|because|unless|if|despite)\s+|\s+(?:under the|until|after|before)\s+/,
    )[0]!
    .replaceAll(JOINED, 'and');
  // The list runs on only where nothing cut the phrase before it ("containing cannabis" stays whole up to its comma).
  if (list && after && after === tail.slice(0, stop).trim()) after = `${after}${list[0]}`;
  // "five communities over the next several weeks": when is no part of what is counted (trial 17).
  after = after
    .replace(/(?:^|\s+)(?:over|in|during|within|for)\s+the\s+(?:next|coming|past|last|following)\b.*$/, '')
    // "six percent on Thursday", "two lieutenants Saturday": the day is when, not what (trial 19).
    .replace(/(?:^|\s+)(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b.*$/, '')
    // "thirteen hours late last night", "three days earlier this month": when too (trial 403 had "hours late last night").
    .replace(
      /(?:^|\s+)(?:late|early|earlier|later)\s+(?:last|this|next)\s+(?:night|week|month|year|morning|evening|weekend|summer|winter|spring|fall|autumn)\b.*$|(?:^|\s+)(?:last\s+night|this\s+(?:morning|evening)|tonight|overnight)\b.*$/,
      '',
    );
  // "a million and a half people have been displaced in ...": the passive says which people ("people displaced";
  // trial 112's two counts of people both read only "people").
  const passive = /^(?:have|has|had)\s+been\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:ed|en))\b/u.exec(after);

  // "150,000 people remain displaced": a verb in the present, read as who they are ("people who remain displaced").
  if (/^(?:remain|remained|live|lived|stay|stayed|face|faced|need|needed|lack|work|worked)\s/.test(after))
    after = `who ${after}`;
  const afterWords = after.split(/\s+/);
  if (afterWords.length > 10) after = afterWords.slice(0, 10).join(' ');
  // "migrants crossing the Channel last year drove ...": a finite verb starts the clause's predicate.
  if (!/^(?:who|that|which|whose)\b/.test(after)) {
    const words = after.split(/\s+/);
    const verb = words.findIndex((w, k) => k > 0 && (FINITE.test(w) || IRREGULAR_PAST.has(w)));
    if (verb > 0) after = words.slice(0, verb).join(' ');
  }
  after = after.replace(/\s+(?:while|whereas|but|and|or)$/, '');
  // "to roughly" before the range's other end: every glue word goes, one after another (trial 57 had "dollars to").
  for (let k = 0; k < 3 && TRAILING_GLUE.test(` ${after}`); k++) after = ` ${after}`.replace(TRAILING_GLUE, '').trim();
  // "refugees was reportedly rejected": a verb right after the noun makes the rest a clause, not a description.
  const predicate = /^\S+/.exec(after)?.[0] ?? '';
  // "personnel installed security cameras", "member states objected": a past form with an object after
  // it, or alone, is the verb, not a participle ("people killed in the attack").
  const object =
    /^\p{Ll}+ed(?:\s+(?!(?:in|on|at|by|from|to|with|for|during|after|before|near|over|under|into|across|since|as)\b)\S|$)/u;
  if (FINITE.test(predicate) || IRREGULAR_PAST.has(predicate) || object.test(after)) after = '';
  if (passive) after = passive[1]!;
  // "a colony of about 1,500,000 animals that roosts under the bridge": a verb in the singular after a plural noun
  // agrees with something else (the colony), so the clause says nothing of what is counted (trial 302).
  if (
    /^(?:that|which)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}[^s'’]s\b/u.test(after) &&
    /s$/.test(np) &&
    !/^(?:is|has|was|does)$/.test(after.split(/\s+/)[1] ?? '')
  )
    after = '';
  else if (/^(?:that|which)\s+(?:is|has|was|does)\b/.test(after) && /[^s]s$/.test(np)) after = '';
  // The clause before reads as a description only when it ends in its verb ("people the crash killed",
  // "minutes the crossing adds"), not in a noun ("show a record 45,756 migrants").
  const last = before.split(/\s+/).slice(-2);
  const verbEnds =
    last.length === 2 &&
    !DETERMINER.test(last[0]!) &&
    // "That includes more than 3,000 NEOs": a pronoun and its verb are a clause, not a description (trial 143).
    !/^(?:that|it|which|this|who)$/i.test(last[0]!) &&
    !/^(?:some|many|few|several|all|record|total)$/i.test(last[0]!) &&
    !/^(?:\p{Ll}+ly|already|still|now|also|even|only|just|yet|then)$/u.test(last[1]!) &&
    (/^\p{Ll}{2,}(?:ed|[^s'’]s)$/u.test(last[1]!) || IRREGULAR_PAST.has(last[1]!) || FINITE.test(last[0]!));
  let side = verbEnds ? before : after && (POST_MODIFIER.test(after) || !before) ? after : '';
  // "percent" or "dollars" alone says nothing of what is measured: the clause's words, as a guess to rewrite.
  if (!side && np === unit && (unit === 'number' || unit === 'percent' || CURRENCY_NAMES.has(unit))) side = before;
  // "hours hours earlier earlier": the unit or a word said twice in a row reads as a glitch.
  return (
    [np, side]
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\b(\w+)( \1\b)+/gi, '$1')
      // "months before the spacecraft launched on Dec. 14, 2009": a date says when, not what is counted, and its
      // abbreviation's full stop cut it short (trial 143 drafted "... launched on Dec").
      .replace(DATE_AFTER_COUNT, '')
      .slice(0, 300)
      .trim()
  );
}

/** Units of length written before a noun, in the plural a question uses. */
const LENGTH_UNIT_PLURALS: Record<string, string> = {
  meter: 'meters',
  metre: 'metres',
  foot: 'feet',
  mile: 'miles',
  kilometer: 'kilometers',
  kilometre: 'kilometres',
  km: 'kilometres',
  yard: 'yards',
  inch: 'inches',
};
/** Words that end the noun a measure describes: "the 70 meter memorial hall | on the grounds". */
const NOUN_PHRASE_END = new Set(
  'on in at of with that which who near from for and or to by as equipped built made is are was were has have had'.split(
    ' ',
  ),
);

/**
 * A length or an area written before what it measures (trial 47): "240,000 square meter memorial park" is the
 * area of the memorial park, "15 meter high rotating pig" its height, "70 meter memorial hall" its size, "2 km
 * circumference of the memorial" the circumference of the memorial. `after` is the sentence after the figure.
 */
/** People hurt, counted by the word after the figure: "currently 39 injured", "33 missing", "5 dead". */
const HURT = '(?:injured|wounded|dead|missing)';
const HURT_AFTER = new RegExp(`^\\s+${HURT}\\b`);
const HURT_ALONE = new RegExp(`^\\s+${HURT}$`);

/** A verb of change before "from X to Y": the figure after "to" is where the thing stands now. */
const CHANGED =
  '(?:risen|rose|rises|climbed|climbs|increased|increases|grown|grew|jumped|soared|surged|fallen|fell|falls|dropped|drops|declined|decreased|gone (?:up|down))';
const CHANGED_FROM = new RegExp(`\\b${CHANGED} from $`, 'i');
const CHANGED_TO = new RegExp(
  `(?:^|[,;:]\\s+)((?:(?:the|its|their|a)\\s+)?[\\p{L}\\s'’-]{2,120}?)\\s+(?:has\\s+|have\\s+|had\\s+)?${CHANGED}\\s+from\\s+\\S+(?:\\s+\\S+)?\\s+to\\s+$`,
  'iu',
);

/**
 * "The death toll from the collapse has risen from four to eleven": what rose, for the figure it rose to ("the death
 * toll from the collapse"), read from the sentence's subject.
 */
function changedTo(sentence: string, hedgeStart: number): string | undefined {
  const m = CHANGED_TO.exec(sentence.slice(0, hedgeStart));
  // "the death toll from the weekend suspension bridge collapse on ... Borneo": the toll is what is asked.
  const what = m?.[1]!.replace(/\s+(?:from|on|in|at|after|since)\s.*$/, '');
  return what ? what[0]!.toLowerCase() + what.slice(1) : undefined;
}

/** A measure that names itself after the figure: "2 km circumference of the memorial", "305-meter diameter". */
const MEASURE_NOUNS = '(circumference|diameter|radius|length|width|height|depth|perimeter)';
const MEASURE_FIRST = new RegExp(`^${MEASURE_NOUNS}\\b`);
const MEASURE_OF = new RegExp(`^${MEASURE_NOUNS}\\s+of\\s+((?:the|its|their)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)`, 'u');
const MEASURE_OF_NAME = new RegExp(`^${MEASURE_NOUNS}\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,4}[\\p{Ll}-]+)`, 'u');

function attributiveMeasure(after: string): { unit: string; counts: string; length: number } | undefined {
  const m =
    /^[\s-](square\s)?(meter|metre|foot|mile|kilometer|kilometre|km|yard|inch)(?:[-\s](long|wide|tall|high|deep|thick))?\s+/.exec(
      after,
    );
  if (!m) return undefined;
  const unit = `${m[1] ? 'square ' : ''}${LENGTH_UNIT_PLURALS[m[2]!]}`;
  const rest = after.slice(m[0].length);
  // "2 km circumference of the memorial": the measure names itself, and what it is of.
  const own = MEASURE_OF.exec(rest);
  if (own)
    return {
      unit,
      counts: `${own[1]} of ${own[2]!.replace(/^(?:its|their)\s/, 'the ')}`,
      length: m[0].length + own[0].length,
    };
  // "the 305-meter diameter Arecibo Observatory telescope": the measure names itself, and the name after it says
  // what of; left to the reader's words rather than "size of the diameter".
  if (MEASURE_FIRST.test(rest)) {
    const named = MEASURE_OF_NAME.exec(rest);
    return named
      ? { unit, counts: `${named[1]} of the ${named[2]}`, length: m[0].length + named[0].length }
      : undefined;
  }
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    const bare = w.replace(/[,.;:!?]+$/, '');
    if (!/^[\p{Ll}-]+$/u.test(bare) || NOUN_PHRASE_END.has(bare) || DIMENSIONS[bare] || words.length === 3) break;
    // "The 720-metre structure collapsed": the verb after the noun is no part of it (trial 100).
    if (words.length > 0 && /\p{Ll}{3,}ed$/u.test(bare)) break;
    words.push(bare);
    if (bare !== w) break;
  }
  if (words.length === 0) return undefined;
  const thing = `the ${words.join(' ')}`;
  const measure = m[1] ? 'area' : m[3] ? DIMENSIONS[m[3]]! : 'size';
  return { unit, counts: `${measure} of ${thing}`, length: m[0].length + words.join(' ').length };
}

const DIMENSIONS: Record<string, string> = {
  wide: 'width',
  high: 'height',
  tall: 'height',
  long: 'length',
  deep: 'depth',
  thick: 'thickness',
};

/**
 * "the $3.5 billion project", "a $1.2 million grant": an amount set before the thing it prices, asked as what the
 * thing is worth (trial 70 had "dollars the").
 */
function priced(sentence: string, hedgeStart: number, unitEnd: number, unit: string | undefined): string | undefined {
  if (!unit || !CURRENCY_NAMES.has(unit)) return undefined;
  const thing = PRICED_THING.exec(sentence.slice(unitEnd))?.[1];
  if (!thing || !/\b(?:the|a|an)\s+(?:US)?[$€£]?$/i.test(sentence.slice(0, hedgeStart))) return undefined;
  return `${unit} the ${thing.toLowerCase()} is worth`;
}

const PRICED_THING =
  /^(?:\s*(?:million|billion|trillion))?\s*(project|grant|loan|deal|contract|package|plan|budget|investment|fund|program|programme|scheme|bailout|settlement|fine|expansion|upgrade|renovation|stadium|bridge|railway|port|facility|factory|plant|pipeline|tunnel|dam|airport|highway|road)\b/;

/**
 * "the rock – about 5.6 feet wide and 3.3 feet high": a size, asked as "the height of the rock" (trial 15
 * had "feet high"). Undefined when no dimension word follows the unit.
 */
/**
 * The scale a bare figure is read on: "a severity index of 10.5", "measure 5 on the severity index", "an index above
 * 5", "a score of 88" (trial 349 had "number" for each, and "indicates" for the last).
 *
 *   scaleOf('which had a severity index of ', '.') -> 'severity index'
 */
function scaleOf(before: string, after: string): string | undefined {
  const SCALE_NOUN = String.raw`(?:index|score|rating|reading|grade|ranking|magnitude)`;
  // Words of the scale's name: no article, verb or preposition ("earned a score" is no name).
  const WORD = String.raw`(?:(?!(?:the|a|an|its|their|of|on|in|at|has|had|have|is|was|are|were|be|been|earned|got|scored|reached|measured)\s)[\p{Ll}-]+\s+|\p{Lu}{2,6}\s+)`;
  const pre = new RegExp(
    String.raw`(?:^|\s)(?:(?:the|a|an|its|their)\s+)?(${WORD}{0,2}${SCALE_NOUN})(?:\s+(?:of|above|below|over|under))?\s+(?:about\s+|around\s+|nearly\s+)?$`,
    'u',
  ).exec(before);
  // "measure 5 on the severity index": a verb of measuring before the figure, not "63 on the index lost value".
  const post =
    /\b(?:measures?|measured|measuring|rated?|rates|scored?|scores|ranked?|ranks|registered|registers|reached|reaches|hit|hits)\s+(?:about\s+|around\s+|nearly\s+)?$/.test(
      before,
    )
      ? new RegExp(String.raw`^\s+on\s+the\s+(${WORD}{0,2}${SCALE_NOUN})\b`, 'u').exec(after)
      : null;
  const name = (pre?.[1] ?? post?.[1])?.replace(/^(?:the|a|an|its|their)\s+/, '');
  // "a price index of ...": only a scale's own name, not a verb's object ("showed an index").
  return name && !/^(?:is|was|had|has|have)\s/.test(name) ? name : undefined;
}

function measured(sentence: string, hedgeStart: number, unitEnd: number): string | undefined {
  const dim = /^\s+(wide|high|tall|long|deep|thick)\b/.exec(sentence.slice(unitEnd))?.[1];
  if (!dim) return undefined;
  // The thing measured: "the rock" before the dash, bracket or comma that opens the sizes.
  const thing =
    /\b((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s*(?:[–—(,]|is|was)\s*(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:[\d.,]+\s+\p{Ll}+\s+\p{Ll}+\s+(?:and|by)\s+)?(?:about\s+)?$/u.exec(
      sentence.slice(0, hedgeStart),
    )?.[1];
  return thing ? `${DIMENSIONS[dim]} of ${lowerFirst(thing).replace(/^(?:its|their)\s/, 'the ')}` : DIMENSIONS[dim];
}

function lowerFirst(text: string): string {
  return /^(?:The|A|An|This|These|Those|It|They|He|She|We|Its|Their|His|Her)\b/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/**
 * True when the headline, printed above the quiz, gives the number with the same noun ("... for five
 * nationalities"): a question on it would carry its answer. `titleFigures` are findNumbers(title).
 */
export function inTitle(n: NumberFind, titleFigures: readonly NumberFind[], sentence?: string): boolean {
  // "Kills 68" over "counted 68 corpses": the dead are people whatever the body calls them (re-run 394).
  const headNoun = (unit: string) => {
    const head = unit.split(' ').at(-1)!;
    return /^(?:corpses|bodies|dead|deaths|victims|fatalities|casualties)$/.test(head) ? 'people' : head;
  };
  // "Three new dinosaurs" over "three new species of dinosaur": the headline's noun after the body's "of" (trial 341);
  // not "Ten roads leading to the schools" under "Ten Schools Close".
  const near = (unit: string) =>
    sentence !== undefined &&
    headNoun(unit).length >= 5 &&
    new RegExp(
      `^\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(headNoun(unit).replace(/(?:es|s)$/, ''))}`,
      'iu',
    ).test(sentence.slice(n.unitEnd));
  // "At least 107 killed": a headline figure that counts nothing named is the same figure in the body
  // ("killing 107 or more"); the headline is printed above the quiz.
  // Headlines drop the noun: "107 killed", "12 hurt" count people the body names ("killing 107 or more").
  const besideFigure = (unit: string) => {
    const words = unit
      .split(' ')
      .slice(0, -1)
      .filter((w) => w.length >= 5);
    const after = sentence?.slice(n.unitEnd, n.unitEnd + 40).toLowerCase() ?? '';
    return words.length > 0 && words.every((w) => new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\b`).test(after));
  };
  const countsNothing = (unit: string) =>
    unit === 'number' ||
    (!/s$/.test(headNoun(unit)) && !/^(?:people|children|men|women|police|staff)$/.test(headNoun(unit)));
  return titleFigures.some(
    (t) =>
      t.value === n.value &&
      (countsNothing(t.unit) ||
        headNoun(t.unit) === headNoun(n.unit) ||
        // "8.9 magnitude earthquake hits Japan": a headline's verb in the present reads on into its unit (trial 343).
        t.unit.split(' ').includes(headNoun(n.unit)) ||
        near(t.unit) ||
        // "Fills 5 Security Council Seats" over "elected five countries to the Security Council": the headline's words
        // before its noun follow the body's figure (trial 417 asked the five countries).
        (n.value >= 2 && besideFigure(t.unit))),
  );
}
