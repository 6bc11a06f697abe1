// One question must not answer another: a prompt (or an ordering item) that contains another question's
// answer, or a name of the entity that answer is, gives it away. Choices are checked for figures only: an option
// being listed says nothing about whether it is right, but it shows its figure ("panel of twelve") to every reader;
// and the main idea's are checked whole, since each of them states something of the article as a summary would.
import { MONTH } from './calendar.js';
import { asOption, containsFolded, fold, folded, namesOf, type BankContext, type Folded } from './makers/context.js';
import { foldForMatch, formatNumber, numberInWords, wordToNumber } from './text.js';
import type { Question } from './types.js';

/** Everything a reader sees of a question before answering, apart from the options. */
export function visibleText(q: Question): string[] {
  return q.type === 'ordering' ? [q.prompt, ...q.items] : [q.prompt];
}

function withNames(ctx: BankContext, text: string): string[] {
  const e = ctx.entityNamed(text);
  return e ? [text, ...namesOf(e)] : [text];
}

/**
 * The strings that would give this question's answer away if another question showed them. Strings
 * the question itself shows are left out (they cannot be a secret: "Who is the German Chancellor?").
 */
export function secretsOf(ctx: BankContext, q: Question): string[] {
  return viewOf(ctx, q).secretTexts;
}

function computeSecrets(ctx: BankContext, q: Question, shown: readonly Folded[]): string[] {
  let raw: string[] = [];
  switch (q.type) {
    case 'multiple-choice': {
      raw = withNames(ctx, q.choices[q.answer]!);
      const fact = ctx.bank.facts.find((f) => f.id === q.factId);
      if (fact?.kind === 'quantity' && fact.text) raw.push(fact.text);
      if (fact?.kind === 'quantity' && q.choices[q.answer] === formatNumber(fact.value, fact.unit))
        raw.push(...numberInWords(fact.value));
      break;
    }
    // A multi-select's secret is which options belong together, not the options' names: another prompt
    // naming NATO says nothing about NATO being among those who put forces on standby (and that claim's
    // own sentence cannot be asked again in the quiz).
    case 'multi-select':
      raw = [];
      break;
    case 'numeric': {
      // "For more than fifty years now, ..." in another question tells "50 years" (trial 348).
      raw = [formatNumber(q.answer, q.unit), String(q.answer), ...numberInWords(q.answer)];
      const fact = ctx.bank.facts.find((f) => f.id === q.factId);
      if (fact?.kind === 'quantity' && fact.text) raw.push(fact.text);
      break;
    }
    case 'short-answer':
    case 'cloze':
      raw = q.accept.flatMap((a) => withNames(ctx, a));
      break;
    default:
      raw = [];
  }
  const out: string[] = [];
  for (const s of raw) {
    if (!s.trim() || out.some((o) => fold(o) === fold(s))) continue;
    const f = folded(s);
    if (shown.some((t) => containsFolded(t, f))) continue;
    out.push(s);
  }
  return out;
}

/**
 * What the checks below need of one question, folded once: a quiz compares each new question with every
 * one before it, so folding per comparison was most of the cost of the check.
 */
interface QuestionView {
  shown: Folded[];
  /**
   * The main idea's options, each a statement about the article: another question's answer must not be in them
   * ("killing 107 or more" in a summary answers "How many died?"). A name is no answer there: "Russia" in a
   * summary says nothing of who accused whom.
   */
  stated: Folded[];
  secretTexts: string[];
  secrets: Folded[];
  /** The secrets that are not the name of an entity of the bank ("a path of de-escalation", not "Russia"). */
  plainSecrets: Folded[];
  /** Matching only: each pair's role and the names of its person. */
  pairs: { role: Folded; names: Folded[] }[];
  sentence: string | undefined;
  face: string;
  /** The options of a choice question, which every reader sees as well as its prompt. */
  options: Folded[];
  /** A number's answer as figures or words ("12", "twelve"), which no other question's options may show. */
  figureSecrets: Folded[];
  /** Options that are quoted words ("Which word did X use?"): another prompt quoting one rules it out. */
  quotedOptions: Folded[];
  /** True/false on who said a quote: its speaker, the one the prompt names, its paragraph. */
  attribution: Attribution | undefined;
  /** True/false on a reason: the cause fact whose reason the claim shows (its own, or one set in its place). */
  shownCause: string | undefined;
}

interface Attribution {
  speaker: string;
  named: string;
  paragraph: number;
}

// Questions are treated as immutable once made; a question's view is worked out once.
const views = new WeakMap<Question, QuestionView>();

function viewOf(ctx: BankContext, q: Question): QuestionView {
  let v = views.get(q);
  if (!v) {
    const shown = visibleText(q).map(folded);
    const secretTexts = computeSecrets(ctx, q, shown);
    v = {
      shown,
      // A written question of the main-idea skill sums up as the fact does.
      stated: q.type === 'multiple-choice' && q.skill === 'main-idea' ? q.choices.map(folded) : [],
      options: q.type === 'multiple-choice' || q.type === 'multi-select' ? q.choices.map(folded) : [],
      secretTexts,
      secrets: secretTexts.map(folded),
      plainSecrets: secretTexts.filter((t) => ctx.entityNamed(t) === undefined).map(folded),
      figureSecrets: q.type === 'numeric' || q.factKind === 'quantity' ? secretTexts.filter(isFigure).map(folded) : [],
      pairs: q.type === 'matching' ? matchingPairs(ctx, q) : [],
      sentence: shownSentence(ctx, q),
      face: face(q),
      attribution: attributionOf(ctx, q),
      shownCause: shownCauseOf(ctx, q),
      quotedOptions:
        q.type === 'multiple-choice'
          ? q.choices.filter((c) => /^[\u201C"]/.test(c)).map((c) => folded(c.replace(/[\u201C\u201D"]/g, '')))
          : [],
    };
    views.set(q, v);
  }
  return v;
}

function matchingPairs(ctx: BankContext, q: Extract<Question, { type: 'matching' }>): QuestionView['pairs'] {
  return q.left.map((name, i) => {
    const entity = ctx.entityNamed(name);
    return { role: folded(q.right[q.answer[i]!]!), names: (entity ? namesOf(entity) : [name]).map(folded) };
  });
}

/**
 * The article sentence a question prints nearly whole (true/false on a number, cloze on a number or a
 * quote); two such questions on one sentence let a reader check one against the other.
 */
function shownSentence(ctx: BankContext, q: Question): string | undefined {
  const whole =
    (q.type === 'true-false' && q.factKind === 'quantity') ||
    (q.type === 'cloze' && (q.factKind === 'quantity' || q.factKind === 'quote'));
  return whole ? ctx.sentence(q.evidence).sentence : undefined;
}

/** "According to the article, X said: “...”" (true or false): who said it, whom the prompt names, where. */
function attributionOf(ctx: BankContext, q: Question): Attribution | undefined {
  if (q.type !== 'true-false' || q.factKind !== 'quote') return undefined;
  const fact = ctx.factsOfKind('quote').find((f) => f.id === q.factId);
  if (!fact) return undefined;
  const name = /^According to the article, (.+?) (?:said:|used the words)/.exec(q.prompt)?.[1];
  const named = q.answer ? fact.speaker : name !== undefined ? ctx.entityNamed(name)?.id : undefined;
  return { speaker: fact.speaker, named: named ?? '', paragraph: ctx.sentence(fact.evidence).paragraph };
}

/**
 * Two true/false items on who said what that are one claim, or read off each other: the same speaker in
 * one paragraph (a quotation running over two sentences is one statement), or two false items crossing
 * the same two people ("Key said: [Burrows's words]", "Burrows said: [Key's words]").
 */
function sameAttribution(a: Attribution | undefined, b: Attribution | undefined): boolean {
  if (!a || !b) return false;
  if (a.speaker === b.speaker && a.paragraph === b.paragraph) return true;
  const crossed = a.speaker === b.named && a.named === b.speaker;
  return crossed && a.speaker !== a.named && b.speaker !== b.named;
}

/** The cause fact whose reason a true/false claim on a reason shows: the longest reason the prompt holds. */
function shownCauseOf(ctx: BankContext, q: Question): string | undefined {
  if (q.type !== 'true-false' || q.factKind !== 'cause') return undefined;
  const prompt = folded(q.prompt);
  let best: { id: string; length: number } | undefined;
  for (const c of ctx.factsOfKind('cause')) {
    const reason = folded(asOption(c.cause));
    if (containsFolded(prompt, reason) && (!best || reason.text.length > best.length))
      best = { id: c.id, length: reason.text.length };
  }
  return best?.id;
}

/**
 * Two claims on reasons that show the same reason, or one that sets another fact's reason in its place beside
 * a question on that fact: either tells the reader which reason belongs where.
 */
function sameReason(a: Question, va: QuestionView, b: Question, vb: QuestionView): boolean {
  if (va.shownCause !== undefined && va.shownCause === vb.shownCause) return true;
  const borrowed = (q: Question, v: QuestionView, other: Question) =>
    v.shownCause !== undefined && v.shownCause !== q.factId && v.shownCause === other.factId;
  return borrowed(a, va, b) || borrowed(b, vb, a);
}

/** What a reader sees first, to spot two questions that look the same. */
function face(q: Question): string {
  if (q.type !== 'ordering' && q.type !== 'matching') return fold(q.prompt);
  // Not memoised: shuffled items make a new text almost every time, which would only churn the memo.
  return foldForMatch([q.prompt, ...(q.type === 'ordering' ? q.items : q.left)].join('\n')).toLowerCase();
}

/** A secret of `from` shown by `to` (with `names: false`, only secrets that are not an entity's name), or stated by a summary it offers. */
function hits(from: QuestionView, to: QuestionView, names = true): boolean {
  return (
    (names ? from.secrets : from.plainSecrets).some((s) => to.shown.some((t) => containsFolded(t, s))) ||
    from.plainSecrets.some((s) => to.stated.some((t) => containsFolded(t, s))) ||
    // "Chairman of the project's panel of twelve" as an option beside "... the project's panel of _____": an option
    // shows its figure to every reader too. Only figures: a name or a role offered as a wrong answer tells nothing.
    from.figureSecrets.some((s) => to.options.some((t) => containsFolded(t, s) && !asDayOfMonth(t.lower, s.lower)))
  );
}

/**
 * Whether every place `figure` stands in `option` is a date's day: "November 2" shows no count of two months (trial
 * 317 lost its date question beside "two months longer than scheduled").
 */
function asDayOfMonth(option: string, figure: string): boolean {
  if (!/^\d{1,2}$/.test(figure)) return false;
  const all = option.match(new RegExp(`(?<![\\d.,])${figure}(?![\\d.,])`, 'g'))?.length ?? 0;
  const days =
    option.match(
      new RegExp(`\\b${MONTH}\\s+${figure}(?![\\d.,])|(?<![\\d.,])${figure}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'gi'),
    )?.length ?? 0;
  return all > 0 && days === all;
}

/** `other` quotes one of `q`'s quoted-word options in its own text: that option is then no longer a choice. */
function quotesOption(q: QuestionView, other: QuestionView): boolean {
  return q.quotedOptions.some((o) => other.shown.some((t) => containsFolded(t, o)));
}

/** A matching question is given away by a text that names one of its people together with the role. */
function pairShown(matching: QuestionView, other: QuestionView): boolean {
  return matching.pairs.some((p) =>
    other.shown.some((t) => containsFolded(t, p.role) && p.names.some((n) => containsFolded(t, n))),
  );
}

/**
 * True when either question shows what the other asks for, when both print the same article sentence,
 * or when they read the same. With `names: false`, a prompt may name an entity another question has as its
 * answer (the assembler's last resort when a quiz cannot be filled otherwise).
 */
export function givesAway(ctx: BankContext, a: Question, b: Question, options: { names?: boolean } = {}): boolean {
  const va = viewOf(ctx, a);
  const vb = viewOf(ctx, b);
  const names = options.names !== false;
  if (hits(va, vb, names) || hits(vb, va, names)) return true;
  if (pairShown(va, vb) || pairShown(vb, va)) return true;
  if (quotesOption(va, vb) || quotesOption(vb, va)) return true;
  if (va.sentence !== undefined && va.sentence === vb.sentence) return true;
  if (sameAttribution(va.attribution, vb.attribution)) return true;
  if (sameReason(a, va, b, vb)) return true;
  return va.face === vb.face;
}

/**
 * Whether a summary's options state an answer of `q`, names too: beside a question on the lede it sums up, "Riverton's
 * council has voted for a new bridge" answers "Who voted for a new bridge?".
 */
export function statedBySummary(ctx: BankContext, summary: Question, q: Question): boolean {
  const stated = viewOf(ctx, summary).stated;
  return viewOf(ctx, q).secrets.some((s) => stated.some((t) => containsFolded(t, s)));
}

/**
 * True when the headline, printed above every quiz, holds a typed answer's words ("Fill in the blank: ... the
 * _____ Peak rock" under "Perseverance samples the Bunsen Peak rock"): the reader copies it from the title.
 * Only blanks and numbers: a name in the headline says nothing of who said or did what.
 */
export function titleGivesAway(ctx: BankContext, q: Question): boolean {
  if (q.type !== 'cloze' && q.type !== 'numeric') return false;
  const title = folded(ctx.bank.title);
  return secretsOf(ctx, q).some((s) => s.trim().length >= 2 && containsFolded(title, folded(s)));
}

/**
 * The entity a question's answer names ("Who said ...?" -> Ibrahim Ben Kargbo), if it names one: a quiz whose
 * answers are the same person again and again is answered by writing that name everywhere.
 */
export function answerEntityOf(ctx: BankContext, q: Question): string | undefined {
  const answer =
    q.type === 'multiple-choice' ? q.choices[q.answer] : q.type === 'short-answer' ? q.accept[0] : undefined;
  return answer === undefined ? undefined : ctx.entityNamed(answer)?.id;
}

/** "12", "8,500", "twelve", "a thousand": a figure written in digits or in words. */
function isFigure(text: string): boolean {
  return (
    /\d/.test(text) ||
    text.split(/\s+/).some((w) => wordToNumber(w) !== undefined || /^(?:hundred|thousand|million|billion)$/i.test(w))
  );
}
