// Splits an article's plain text into the title, headings and numbered paragraphs, and paragraphs into
// sentences, so evidence can be checked verbatim and shown with its paragraph number.
import type { Article, ArticleBlock } from './types.js';
import { foldForMatch } from './text.js';

// Abbreviations after which a full stop does not end a sentence: titles, months ("Aug. 5"), middle
// initials ("Josh A. Smith").
const ABBREVIATIONS =
  // "retired Air Force Brig. Gen. David L. Johnson" (trial 286 cut his name off at "Brig.").
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Capt|Cmdr|Adm|Maj|Brig|Cpl|Pvt|Det|Lieut|Supt|Insp|Rev|Hon|Mt|Ft|Ave|Blvd|Co|Corp|Inc|Ltd|Bros|No|pp|vs|v|etc|e\.g|i\.e|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?<![\p{L}.])\p{Lu})\.$/u;
/** A U.S. state's abbreviation after its place, as news agencies write it: "Tampa, Fla.", "Tuscaloosa, Ala.". */
const STATE_AFTER_PLACE =
  /,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;
// "U.S.", "D.C.", "a.m.": a full stop that belongs to the word, and may also end the sentence. It ends
// it when the next word is one that opens sentences rather than names ("D.C. The ..." but "U.S. Army").
const DOTTED = /(?:\b\p{L}(?:\.\p{L})+)\.$/u;
const LOWER_DOTTED = /(?<![\p{L}.])(?!e\.g\.$|i\.e\.$)\p{Ll}(?:\.\p{Ll})+\.$/u;
// "8:35 p.m. Pacific Standard Time", "11 a.m. Eastern" (trial 385 split there).
const NOT_OPENING_AFTER_TIME =
  /^\(?(?:Eastern|Pacific|Central|Mountain|Atlantic)(?:\)|\s+(?:on|and|or|in|time)\b|[,.;])|^\p{Lu}\p{Ll}+\s+time\b|^(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|Greenwich|Universal|Coordinated|Moscow|Beijing|Japan|Indian|Arabia)\s+(?:Standard|Daylight|Summer|Mean|Universal|Time)\b|^(?:Eastern|Pacific|Central|Mountain)\s*[).,;]|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/u;
/**
 * After letters with dots ("U.S.", "D.C."), more words that open a sentence, or a name and a verb of speaking that is
 * no body's ("Fresco said", not "Army said"; trial 93).
 */
const OPENS_AFTER_LETTERS =
  // "The pope enjoyed a warm welcome in Washington D.C. Large crowds attended ..." (trial 363 read one sentence).
  /^(?:Fewer|More|Less|Several|Such|Other|Others|Each|Every|Two|Three|Four|Five|Ten|Large|Huge|Thousands|Hundreds|Dozens|Millions|Crowds|Residents|People|Critics|Supporters|Protesters|Experts|Doctors|Scientists|Researchers|Students|Teachers|Parents)\b|^(?!(?:Army|Navy|Air|Marines?|Senate|Congress|Embassy|Government|Department|Court|Agency|Military|Treasury|Mission|Guard|Police|Administration|Council|Office|Consulate|Attorney|Secretary|President|Ambassador|Officials?)\b)\p{Lu}\p{Ll}+\s+(?:said|says|told|added|explained|noted)\b/u;
const OPENS_SENTENCE =
  /^["'\u201C\u2018(]?(?:The|A|An|In|On|At|It|He|She|They|We|I|This|That|These|Those|There|His|Her|Their|Its|But|And|So|After|Before|When|While|During|According|Officials?|Police|No|Some|Many|Most|All|Both|As|If|For|By|Since|Last|Next|Earlier|Later|Meanwhile|However|Also)\b/;

/** Sentences of one paragraph. Quotation marks that close a sentence stay with it. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  // A sentence ends at . ! ? (and any closing quotes/brackets) followed by space and an opening capital or quote (a
  // closing mark typed for an opening one too: "... Laboratory. ”We continue ...", trial 368),
  // or a name's lower-case particle ("... identity. de Oliveira speaks ...", trial 16).
  // A footnote's number may follow the full stop ("... an average of 100 days.2 The editors ...", "... through 2020.1
  // The ...": nasa.gov's references; trials 211 and 213 had two sentences as one).
  // A copy that lost the space after a full stop ("long-term diseases.Researchers studied ...", trial 291) ends a
  // sentence there too, between a word of three lower-case letters or more and a capitalised one ("investigation.A
  // spokesman for ...", trial 382).
  const boundary =
    /((?:(?<=[A-Za-z\u00C0-\u024F)]|\b(?:19|20)\d\d)\.\d{1,2}(?:,\d{1,2})*(?=\s+[A-Z]))|[.!?…]+["'\u201D\u2019)\]]*)(?:\s+(?=["'\u201C\u2018\u201D(\[]?(?:[A-Z0-9\u00C0-\u024F]|(?:de|da|dos|van|von|der|al|el|le|la|du|del|della|di|bin|ibn)\s+[A-Z\u00C0-\u024F]))|(?<=[a-z]{3}\.)(?=(?!(?:Com|Org|Net|Gov|Edu)\b)(?:[A-Z][a-z]{2,}|An?)\s+[a-z]))/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[1]!.length;
    const candidate = text.slice(start, end);
    // "... after paleontologist James H. Madsen Jr. Scientists believe ...": a name's "Jr." ends a sentence where a
    // word that opens one comes next (trial 332 had two sentences as one).
    const suffixEnds =
      /\b(?:Jr|Sr)\.$/.test(candidate) &&
      (OPENS_SENTENCE.test(text.slice(boundary.lastIndex)) ||
        /^\p{Lu}\p{Ll}+\s+(?:\p{Ll}+ed|said|says|say|believe|believes|think|thinks|found|have|has|are|is|was|were|will|would|can|could)\b/u.test(
          text.slice(boundary.lastIndex),
        ));
    if (ABBREVIATIONS.test(candidate) && !suffixEnds) continue;
    // "Sumter, Fla. (67.1 years), and Catron, N.M. (60.5 years)": a state's abbreviation after its place before an aside
    // ends no sentence (trial 396 split there); before a capitalised word it may ("Tuscaloosa, Ala. Aerial surveys ...").
    if (STATE_AFTER_PLACE.test(candidate) && /^\(/.test(text.slice(boundary.lastIndex))) continue;
    // "article id. 106165", "Vol. 2", "Fig. 3": a reference's short word before its number (trial 254); "the fig. Prices"
    // ends a sentence.
    if (/\b(?:id|[Vv]ol|[Ff]ig|[Nn]o)\.$/.test(candidate) && /^\d/.test(text.slice(boundary.lastIndex))) continue;
    // "DEC. 15, 2020 — The U.S. Census Bureau ...": a release's date line writes the month in capitals (trial 424 split
    // it there); only before the day, since "the state DEC. Officials said" ends a sentence.
    if (
      /\b(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.$/.test(candidate) &&
      /^\d/.test(text.slice(boundary.lastIndex))
    )
      continue;
    // '“How big a fire does it take for things to get bad for a crew?” Urban said.': a question or an exclamation
    // that closes a quotation, with its attribution after it, is one sentence (trial 135 lost the speaker).
    if (
      /[?!]["'\u201D\u2019]+$/.test(candidate) &&
      /^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|asked|asks|added|adds|told|explained|noted|wrote|replied|recalled)\b/u.test(
        text.slice(boundary.lastIndex),
      )
    )
      continue;
    // 'The study, titled “Severe Global Cooling ...? The Answer Hinges on ...,” was published': a title's own
    // question mark ends no sentence of the article (trial 55 drafted a name "the Answer Hinges"); nor its full stop
    // ('The paper is entitled: “Solar Active Region Coronal Jets. III. Hidden-onset Jets,” and appears ...', trial 254).
    const opened = candidate.lastIndexOf('\u201C');
    if (
      opened > candidate.lastIndexOf('\u201D') &&
      /\b(?:titled|entitled|headlined)\s*[,:]?\s*$/i.test(candidate.slice(0, opened))
    )
      continue;
    if (
      DOTTED.test(candidate) &&
      !OPENS_SENTENCE.test(text.slice(boundary.lastIndex)) &&
      // "... studying in the U.S. Fewer American students ...", "Washington, D.C. Fresco said ..." (trial 93).
      !OPENS_AFTER_LETTERS.test(text.slice(boundary.lastIndex)) &&
      // '... a huge loss for the U.S. "You really need people who ...," he said.': a quotation opening after the
      // initials starts a sentence (trial 125 drafted two facts from the two sentences read as one).
      !/^["\u201C]\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(text.slice(boundary.lastIndex)) &&
      // "about 700 m.p.h. Airspeed would ...", "at 5 p.m. Officials ...": a lower-case abbreviation starts no name,
      // so a capitalised word after it opens a sentence; not a code ("p.m. PDT") nor a day ("p.m. Monday").
      !(
        LOWER_DOTTED.test(candidate) &&
        /^["'\u201C\u2018(]?\p{Lu}\p{Ll}/u.test(text.slice(boundary.lastIndex)) &&
        !NOT_OPENING_AFTER_TIME.test(text.slice(boundary.lastIndex))
      )
    )
      continue;
    out.push(candidate.trim());
    start = boundary.lastIndex;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isExcluded(line: string, exclude: readonly string[]): boolean {
  const folded = foldForMatch(line);
  return exclude.some((x) => {
    const f = foldForMatch(x);
    return f.length > 0 && (folded === f || folded.startsWith(f));
  });
}

/**
 * A paste with one line per paragraph (no blank lines) keeps its lines apart: a block is split at its
 * line breaks when a line is longer than hard-wrapped text ever is, so a wrapped paragraph stays whole.
 */
function splitLinePerParagraph(block: string): string[] {
  const lines = block.split('\n').filter((l) => l.trim());
  if (lines.length < 2) return [block];
  // "... risk of cancer and cardiovascular disease." / "Benefits of being a weekend warrior": a sub-heading pasted on
  // the line under a paragraph's last sentence is a heading of its own, not a fragment of that paragraph (trial 346).
  const last = lines.at(-1)!.trim();
  // Only in a wrapped paragraph (a line of it stops mid-sentence): in a paste of one line per paragraph the last line is
  // the story's; and not after an abbreviation ("taken to St." / "Mary's Hospital"; the second review of s29).
  if (
    lines.slice(0, -1).some((l, k) => !/[.!?…:]["'”’)]*$/.test(l.trim()) && /^\p{Ll}/u.test(lines[k + 1]!.trim())) &&
    /[.!?…]["'”’)]*$/.test(lines.at(-2)!.trim()) &&
    !/\b(?:St|Dr|Mr|Mrs|Ms|Jr|Sr|No|Mt|Ft|Gen|Sen|Rep|Gov|Prof|[A-Z])\.$/.test(lines.at(-2)!.trim()) &&
    !/[.!?…:;,"'”’)]$/.test(last) &&
    /^\p{Lu}/u.test(last) &&
    last.split(/\s+/).length <= 10
  )
    return [...splitLinePerParagraph(lines.slice(0, -1).join('\n')), last];
  // A list of people, one per line ("Gavin Schmidt, director of ..."), keeps its lines apart too.
  if (lines.some((l) => l.trim().length > 160) || lines.every((l) => NAME_AND_ROLE.test(l.trim()))) return lines;
  return [block];
}

/** "Gavin Schmidt, director of NASA's Goddard Institute": a name, a comma, a role in lower case. */
const NAME_AND_ROLE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+(?:the\s+|a\s+)?\p{Ll}/u;

/**
 * Blocks are separated by blank lines, or are single lines in a paste with one line per paragraph. The first block is the title; a block with no sentence-ending
 * punctuation is a heading; the rest are paragraphs, numbered from 1. Excluded lines (page furniture)
 * are dropped before anything else; so are blocks above one that reads as `headline`, the bank's title.
 */
export function parseArticle(text: string, exclude: readonly string[] = [], headline?: string): Article {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  // The headline's first line stands even when an exclude names it: VOA's media player prints the headline again,
  // and an exclude of that repeat took the headline too (trial 74: the lede became the title).
  const headlineAt = headline ? lines.findIndex((l) => foldForMatch(l.trim()) === foldForMatch(headline)) : -1;
  const kept = lines.map((l, i) => (i !== headlineAt && isExcluded(l, exclude) ? '' : l));
  const rawBlocks = kept
    .join('\n')
    .split(/\n\s*\n/)
    .flatMap(splitLinePerParagraph)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // Lines above the bank's headline that no exclude can take (a nav tag "Earth", where the body has lines that open
  // with "Earth's"): the headline is the title all the same, and paragraphs are numbered from below it (retrial 55
  // found every "paragraph N" one too high).
  const at = headline
    ? rawBlocks.findIndex((b) => foldForMatch(b.replace(/^#{1,6}\s+/, '')) === foldForMatch(headline))
    : -1;
  if (at > 0) rawBlocks.splice(0, at);
  // A copy with no headline, whose title is its lede's first sentence without the full stop: the lede is the story's
  // first paragraph, and no block is the title (trial 380 lost every fact of its lede).
  const ledeAt =
    headline && at < 0
      ? rawBlocks.findIndex((b) => {
          const sentences = splitSentences(b);
          const first = sentences[0] ?? '';
          if (!/[.!?…]["'\u201D\u2019)]*$/.test(first)) return false;
          const folded = foldForMatch(first.replace(/[.!?…]+["'\u201D\u2019)]*$/, ''));
          const title = foldForMatch(headline);
          // The whole first sentence, or what follows its dateline's dash ("MADISON, Wis. — Mexican free-tailed bats ...").
          const isFirst =
            folded === title || (folded.endsWith(title) && /[—–-]\s*$/.test(folded.slice(0, -title.length)));
          // A lede, not a headline with a full stop ("Mayor Tom Greer resigns after a state audit finds missing funds."):
          // several sentences, or one long one (the review of s32).
          return isFirst && (sentences.length >= 2 || first.split(/\s+/).length >= 14);
        })
      : -1;
  if (ledeAt >= 0) rawBlocks.splice(0, ledeAt);
  // "WASHINGTON, May 10, 2010 /PRNewswire via COMTEX/ -- U.S. Census Bureau Reports Residents Move at Higher Rate in
  // 2009 After Record Low in 2008 The U.S. Census Bureau announced today ...": a wire's copy runs the headline into the
  // lede; the headline is no sentence of the story (trial 406 drafted a body "U.S. Census Bureau Reports Residents Move").
  const wireHeadings = new Set<string>();
  for (let i = 0; i < rawBlocks.length; i++) {
    const m = WIRE_HEADLINE_RUN.exec(rawBlocks[i]!);
    if (!m || (m[2]!.match(/(?:^|\s)[\p{Lu}\d]/gu)?.length ?? 0) < 5) continue;
    const head = `${m[1]}${m[2]}`;
    wireHeadings.add(head);
    rawBlocks.splice(i, 1, head, rawBlocks[i]!.slice(m[0].length));
    break;
  }
  const blocks: ArticleBlock[] = [];
  let n = 0;
  // "Moore and his team found that exercise lowered the risk of developing:" then "- liver cancer by 27 percent": the
  // items of a list a sentence opens are its sentences, stop or none (trial 320 lost three figures as headings).
  let inList = false;
  rawBlocks.forEach((raw, i) => {
    // Markdown headings (`# Title`, `## Section`) show without their markers.
    const heading = /^#{1,6}\s+/.test(raw) || wireHeadings.has(raw);
    const text = raw.replace(/^#{1,6}\s+/, '');
    const item = inList && LIST_MARK.test(raw) && raw.split(' ').length >= 3 && !/@|https?:|www\./.test(raw);
    // Not a page's lists: "You might also like these stories:", "Follow our coverage on social media:".
    inList =
      item ||
      (i > 0 &&
        !heading &&
        /:$/.test(raw) &&
        raw.split(' ').length >= 4 &&
        !/\b(?:stories|links|articles|coverage|social media|follow|read more|see also|related|you might|you may|more from|subscribe|newsletter|sign up)\b/i.test(
          raw,
        ));
    if (i === 0 && ledeAt < 0) {
      blocks.push({ kind: 'title', text });
    } else if (!item && (heading || (!/[.!?…]["'\u201D\u2019)]*(\s|$)/.test(raw) && !introduces(raw)))) {
      blocks.push({ kind: 'heading', text });
    } else {
      n += 1;
      // "• Between 2000 and 2018 the percentage ... increased": a bullet before a paragraph that no list opens is the
      // page's decoration, not part of its first sentence (trial 378 printed it in evidence, blanks and options).
      const para = item ? raw : raw.replace(LIST_MARK, '');
      blocks.push({ kind: 'paragraph', text: para, n, sentences: splitSentences(para) });
    }
  });
  const title = blocks.find((b) => b.kind === 'title')?.text ?? headline ?? '';
  return { title, blocks };
}

/** A wire's dateline with its service between slashes, then a headline's words in capitals, then the lede's "The". */
const TITLE_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d.'’&:-]*|of|in|at|for|to|and|the|a|an|on|after|by|with|from|as|over|amid)`;
const WIRE_HEADLINE_RUN = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’-]{1,40},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*\/[^/]{2,60}\/\s*[—–-]{1,2}\s+)(\p{Lu}[\p{L}.'’&-]*(?:\s+${TITLE_WORD}){4,24})\s+(?=(?:The|A|An)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Ll}{3,})`,
  'u',
);

/** The mark that opens a list's item as a page shows it: "- liver cancer by 27 percent", "• 12 schools". */
export const LIST_MARK = /^[-•*–]\s+(?=\S)/;

/**
 * Lines with no full stop that are sentences all the same: "US President Barack Obama tweeted using his
 * @POTUS account:" opens what follows; "Gavin Schmidt, director of NASA's Goddard Institute for Space
 * Studies in New York" names someone in a list of panelists. Neither is a heading.
 */
function introduces(block: string): boolean {
  if (block.split(' ').length < 6) return false;
  // "Forcing major customers such as Dell ... into Intel-exclusive deals;": an item of a list of sentences, each ended
  // by a semicolon (trial 268 lost six of them as headings, and two lists of companies a quiz could ask).
  return /[:;]$/.test(block) || NAME_AND_ROLE.test(block);
}

export interface SentenceRef {
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
  sentence: string;
}

interface SentenceIndex {
  list: SentenceRef[];
  /** Folded sentence -> first sentence with that text, and its reading-order position. */
  byFolded: Map<string, { ref: SentenceRef; position: number }>;
  /** Built on the first closestSentence call: word -> the sentences holding it, and each sentence's word count. */
  words?: WordIndex;
}

interface WordIndex {
  postings: Map<string, number[]>;
  sizes: Int32Array;
}

/** The distinct words of a text, folded as evidence is matched. */
function wordSet(text: string): Set<string> {
  return new Set(
    foldForMatch(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

function wordIndexOf(index: SentenceIndex): WordIndex {
  if (!index.words) {
    const postings = new Map<string, number[]>();
    const sizes = new Int32Array(index.list.length);
    index.list.forEach((ref, i) => {
      const words = wordSet(ref.sentence);
      sizes[i] = words.size;
      for (const w of words) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    });
    index.words = { postings, sizes };
  }
  return index.words;
}

// Articles are immutable once parsed; the index is built once per article, not per lookup.
const indexCache = new WeakMap<Article, SentenceIndex>();

function indexOf(article: Article): SentenceIndex {
  let index = indexCache.get(article);
  if (!index) {
    const list: SentenceRef[] = [];
    for (const b of article.blocks) {
      if (b.kind !== 'paragraph') continue;
      b.sentences!.forEach((sentence, i) => list.push({ paragraph: b.n!, index: i, sentence }));
    }
    const byFolded = new Map<string, { ref: SentenceRef; position: number }>();
    list.forEach((ref, position) => {
      const key = foldForMatch(ref.sentence);
      if (!byFolded.has(key)) byFolded.set(key, { ref, position });
    });
    index = { list, byFolded };
    indexCache.set(article, index);
  }
  return index;
}

export function sentencesOf(article: Article): SentenceRef[] {
  return indexOf(article).list.slice();
}

/** The article sentence equal to `evidence` once whitespace and typographic quotes are folded. */
export function findSentence(article: Article, evidence: string): SentenceRef | undefined {
  return byEvidence(article, evidence)?.ref;
}

/** A bank drafted before bullets were dropped may quote one ("• Between 2000 and 2018 ..."): it is the same sentence. */
function byEvidence(article: Article, evidence: string) {
  const { byFolded } = indexOf(article);
  return byFolded.get(foldForMatch(evidence)) ?? byFolded.get(foldForMatch(evidence.replace(LIST_MARK, '')));
}

/** Position of a sentence in reading order (for ordering questions); -1 when absent. */
export function sentencePosition(article: Article, evidence: string): number {
  return byEvidence(article, evidence)?.position ?? -1;
}

/**
 * The article sentence most like `text` (by shared words), to suggest when evidence is not verbatim. The
 * article's words are indexed once, so each call only visits the sentences sharing a word with `text`
 * (lint asks this for every fact not found: thousands of facts against a long article).
 */
export function closestSentence(article: Article, text: string): SentenceRef | undefined {
  const index = indexOf(article);
  const { postings, sizes } = wordIndexOf(index);
  const want = wordSet(text);
  const shared = new Int32Array(index.list.length);
  const touched: number[] = [];
  for (const w of want) {
    for (const i of postings.get(w) ?? []) {
      if (shared[i] === 0) touched.push(i);
      shared[i]!++;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (const i of touched) {
    const score = shared[i]! / Math.max(1, Math.max(want.size, sizes[i]!));
    // The first sentence in reading order wins a tie, as a scan from the top would pick it.
    if (score > bestScore || (score === bestScore && i < best)) {
      bestScore = score;
      best = i;
    }
  }
  return best >= 0 ? index.list[best] : undefined;
}
