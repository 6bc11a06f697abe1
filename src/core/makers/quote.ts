// Quoted words: "Who used the words “...”?" and "Which word did X use ...?" for one- or two-word quotes,
// among words the article quotes from others; when the article quotes too few people for four options,
// "According to the article, X said: “...”" as true/false, its false version given to another speaker.
import { entityPool, pickFromPool, poolSize } from '../distractors.js';
import type { Rng } from '../rng.js';
import type { Entity, QuestionType, QuoteFact } from '../types.js';
import {
  baseOf,
  containsWords,
  displayName,
  displayNameInSentence,
  finishPrompt,
  fold,
  namesOf,
  quoted,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
  wordOverlap,
} from './context.js';

/**
 * Everyone the bank says said these words, or nearly ("The election is not free and fair due to the absence of
 * the opposition party" and "... without the main opposition party"; trial 22): none of them can be a wrong
 * option, as a reader who remembers the claim could pick either.
 */
function sameWordsSpeakers(ctx: BankContext, fact: QuoteFact): string[] {
  const want = fold(fact.text);
  return ctx
    .factsOfKind('quote')
    .filter((q) => {
      if (fold(q.text) === want) return true;
      const { share, shared } = wordOverlap(q.text, fact.text);
      return shared >= 4 && share >= 0.7;
    })
    .map((q) => q.speaker);
}

function speakerPool(ctx: BankContext, fact: QuoteFact, prompt: string) {
  return ctx.cached(fact, `quote-speakers\0${prompt}`, () => {
    const speaker = ctx.entity(fact.speaker);
    if (!speaker) return { preferred: [], rest: [] };
    // Other people the article quotes are the most natural wrong speakers.
    const prefer = [
      ...ctx.factsOfKind('quote').map((q) => q.speaker),
      ...ctx.factsOfKind('action').map((a) => a.actor),
      ...ctx.factsOfKind('stance').map((a) => a.actor),
    ];
    // Only those the article shows speaking or acting: a country that is only named (Georgia, in Russia's
    // demands) is no believable speaker.
    return {
      preferred: entityPool(ctx, speaker, { exclude: sameWordsSpeakers(ctx, fact), prefer, notIn: prompt }).preferred,
      rest: [],
    };
  });
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

// "Used the words" fits every quote, including fragments of reported speech ("in the coming days"),
// where "Who said ...?" reads as if the fragment were a whole statement.
const whoSaid = (fact: QuoteFact) =>
  finishPrompt(`According to the article, who used the words ${quoted(fact.text)}?`, '?');

/** Words enough to be a claim someone made: a fragment ("quasi-state of war") is no statement to judge. */
const SAID_MIN_WORDS = 6;

/** A claim to judge: six words or more, or a whole sentence of four ("We take document security seriously"). */
function isClaim(text: string): boolean {
  const n = wordCount(text);
  return n >= SAID_MIN_WORDS || (n >= 4 && /^[\p{Lu}"“‘']/u.test(text.trim()));
}

/**
 * "According to the article, X said: “....”": a quote that is a sentence, its full stop inside. Words taken
 * from inside a sentence ("damning that the Home Office ...") are no sentence of their own: "X used the words".
 */
function saidPrompt(ctx: BankContext, fact: QuoteFact, speakerId: string): string {
  const speaker = ctx.entity(speakerId)!;
  const text = fact.text.trim();
  const who = displayNameInSentence(speaker);
  if (!/^[\p{Lu}\d"“‘']/u.test(text))
    return finishPrompt(`According to the article, ${who} used the words ${quoted(text)}`);
  const ended = /[.?!]$/.test(text) ? text : `${text}.`;
  return finishPrompt(`According to the article, ${who} said: ${quoted(ended)}`);
}

/**
 * Wrong speakers "who used the words" needs: three, so it has four options. Three and no more means every ask shows the
 * same four, in a new order; with fewer, a whole claim is asked true or false (trial 316's army spokesman, beside three
 * others the article shows speaking or acting, waited for a fourth).
 */
const WRONG_SPEAKERS = 3;

/** Other speakers a false "X said: ..." can name: only when four options of "who used the words" are not there. */
function falseSpeakers(ctx: BankContext, fact: QuoteFact): Entity[] {
  return ctx.cached(fact, 'quote-false-speakers', () => {
    const pool = speakerPool(ctx, fact, whoSaid(fact));
    if (poolSize(pool) >= WRONG_SPEAKERS || !isClaim(fact.text)) return [];
    // "We in the Left Party of Malmö think ...": words that say whose they are; given to anyone else, the
    // false version gives itself away (trial 14's draft quiz).
    if (/\b(?:we|us)\s+(?:in|at|of|from)\s+(?:the\s+)?\p{Lu}/iu.test(fact.text)) return [];
    const same = [...pool.preferred, ...pool.rest];
    if (same.length > 0) return same;
    // No one of the speaker's own kind speaks or acts: a true/false names one speaker, never beside others
    // of another kind, so a person the article quotes may take a body's words and a body a person's. Only
    // those the article quotes, and never a country: a country speaks through its agencies and leaders, so
    // "North Korea said: ..." of its news agency's words would be no false claim.
    const exclude = new Set([fact.speaker, ...sameWordsSpeakers(ctx, fact)]);
    // Nor the body the speaker speaks for: "NASA said: ..." of its project manager's words, named in the
    // same sentence ("Tzanetos, NASA's project manager, said") or in the speaker's role, is no false claim.
    const speaker = ctx.entity(fact.speaker);
    const around = `${ctx.sentence(fact.evidence).sentence} ${speaker?.role ?? ''}`;
    const out: Entity[] = [];
    for (const id of ctx.factsOfKind('quote').map((q) => q.speaker)) {
      const e = ctx.entity(id);
      if (!e || exclude.has(id) || !SPEAKING_KINDS.has(e.kind)) continue;
      if (namesOf(e).some((n) => containsWords(fact.text, n) || containsWords(around, n))) continue;
      exclude.add(id);
      out.push(e);
    }
    // A person's words in an article that quotes no one else (a defendant's testimony, trial 120; a smuggler's
    // boasts, trial 122): any other person the article names may take them, since the article says whose they are.
    // Never a body or a country: "Yonhap said: ..." of the words it relayed from KCNA would be true in a sense.
    if (out.length === 0 && speaker?.kind === 'person')
      for (const e of ctx.bank.entities) {
        if (e.kind !== 'person' || exclude.has(e.id)) continue;
        if (namesOf(e).some((n) => containsWords(fact.text, n) || containsWords(around, n))) continue;
        exclude.add(e.id);
        out.push(e);
      }
    return out;
  });
}

const SPEAKING_KINDS = new Set(['person', 'organisation']);

function wordPrompt(ctx: BankContext, fact: QuoteFact): string {
  const speaker = ctx.entity(fact.speaker)!;
  const what = wordCount(fact.text) === 1 ? 'Which word' : 'Which two words';
  return finishPrompt(`${what} did ${speaker.name} use about ${fact.about.trim()}?`, '?');
}

/**
 * Words the article quotes, one or two words long, from sentences other than the fact's own: the wrong
 * options of "Which word did X use ...?" (every one is the article's, said by someone else). Words of the
 * fact's own sentence are left out: "premature" and "excessive" were both said of the same decision.
 */
function otherShortQuotes(ctx: BankContext, fact: QuoteFact): string[] {
  return ctx.cached(fact, 'quote-short-others', () => {
    const own = ctx.sentence(fact.evidence).sentence;
    const seen = new Set([fold(fact.text)]);
    const out: string[] = [];
    for (const block of ctx.bank.articleText.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const sentence of block.sentences ?? []) {
        if (sentence === own) continue;
        for (const m of sentence.matchAll(/[\u201C"]([^\u201C\u201D"]{2,40})[\u201D"]/g)) {
          const words = m[1]!.trim();
          if (wordCount(words) > 2 || seen.has(fold(words))) continue;
          seen.add(fold(words));
          out.push(words);
        }
      }
    }
    return out;
  });
}

export const quoteMaker: FactMaker<QuoteFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    const speaker = ctx.entity(fact.speaker);
    if (!speaker) return table;
    // "Who used the words ...?" only of a named speaker: a loose group ("Westerners") is no answer a
    // reader could defend against the other groups the article names.
    const named = speaker.kind !== 'group';
    const mc: string[] = [];
    // Three believable wrong speakers at least.
    if (named && poolSize(speakerPool(ctx, fact, whoSaid(fact))) >= WRONG_SPEAKERS) mc.push('1');
    // "Which word did X use ...?" as multiple choice among words others used: typed, it would mark a
    // synonym wrong, and a blank in a quotation tests recall of one word, not reading.
    if (wordCount(fact.text) <= 2 && otherShortQuotes(ctx, fact).length >= 3) mc.push('word');
    if (mc.length) table['multiple-choice'] = mc;
    // True/false on who said a whole claim, only when the bank has too few speakers for four options: the
    // false version gives the words to another person the article quotes, so the article itself says
    // otherwise. A fragment is never asked so: "X used the words ..." tests finding words, not reading.
    if (named) {
      const others = falseSpeakers(ctx, fact);
      if (others.length) table['true-false'] = ['true', ...others.map((e) => `false-${e.id}`)];
    }
    return table;
  },

  needs(ctx, fact) {
    const speaker = ctx.entity(fact.speaker);
    if (!speaker) return 'name its speaker under speaker: (an entity id)';
    if (speaker.kind === 'group')
      return `"who used the words" is not asked of a group (${speaker.name}); name one person or body as speaker, or ask it as a written fact (your paraphrase, with its opposite)`;
    const n = poolSize(speakerPool(ctx, fact, whoSaid(fact)));
    if (isClaim(fact.text))
      return `"who said it" needs another person the bank names (for a person's words) or another person or organisation it quotes (it has none): add them as entities, or ask this as a written fact (your paraphrase, with its opposite)`;
    const word =
      wordCount(fact.text) <= 2 ? '; "which word" needs 3 other quotes of 1-2 words from other sentences' : '';
    return `"who used the words" needs ${WRONG_SPEAKERS} others the bank shows speaking or acting (it has ${n}): add their quotes or actions, or ask this as a written fact (your paraphrase, with its opposite)${word}`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const speaker = ctx.entity(fact.speaker)!;
    switch (type) {
      case 'multiple-choice': {
        if (variant === 'word') {
          const right = fact.text.trim();
          const choices = rng.shuffle([right, ...rng.sample(otherShortQuotes(ctx, fact), 3)]).map((c) => quoted(c));
          return {
            ...baseOf(ctx, 'multiple-choice', [fact], wordPrompt(ctx, fact)),
            choices,
            answer: choices.indexOf(quoted(right)),
          };
        }
        const prompt = whoSaid(fact);
        const choices = rng.shuffle([speaker, ...pickFromPool(speakerPool(ctx, fact, prompt), 3, rng)]);
        return {
          ...baseOf(ctx, 'multiple-choice', [fact], prompt),
          choices: choices.map(displayName),
          answer: choices.indexOf(speaker),
        };
      }
      case 'true-false': {
        const truth = variant === 'true';
        const who = truth ? fact.speaker : variant.slice('false-'.length);
        return { ...baseOf(ctx, 'true-false', [fact], saidPrompt(ctx, fact, who)), answer: truth };
      }
      default:
        throw new Error(`quote facts make no ${type} questions`);
    }
  },
};
