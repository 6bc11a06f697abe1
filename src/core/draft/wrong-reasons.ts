// Wrong reasons for a drafted cause, from the article's own sentences that tell what followed it: "Why has St Anne's
// Hospital stopped all visiting?" with "a flu outbreak has spread across three wards" beside "visiting will be reviewed
// at the end of next week". A teacher asked for them in every trial that met a cause with none (trials 366, 359, 360:
// two written by hand each, and the draft waiting in the commented block until then).
//
//   wrongReasonsFrom({ cause: 'a flu outbreak has spread across three wards', ... }, sentences, lower)
//     -> ['patients can still receive phone calls, cards and letters',
//         'visiting will be reviewed at the end of next week']

import { sharesRun } from './comprehension.js';

/** A finite verb: the reason and its wrong versions are clauses alike. Not any word in -s ("costs", "across"). */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|can|could|would|may|might|must|should|does|do|did|\p{Ll}{3,}ed|grew|fell|rose|ran|went|came|began|broke|froze|took|made|left|lost|hit|cut|spread)\b/u;
/**
 * What follows or is arranged around what happened ("Visiting will be reviewed", "Unions welcomed the decision",
 * "Drivers were told to use the coast road"): never a reason of it. Earlier events and conditions ("A dust storm swept
 * across the crater", "Energy bills doubled") may be links of the same chain, a second right answer (the review of s31
 * judged 17 of 32 such items bad; every good one used sentences like these).
 */
const AFTERWARDS =
  /\b(?:will|would|still|welcomed|told|asked|invited|urged|expected to|plans? to|planned to|promised|pledged|reviewed)\b/;
/** A sentence that leans on another, speaks in the first person, or gives a reason or a hedge of its own. */
const NOT_A_PLAIN_CLAIM =
  /^(?:He|She|They|It|We|I|You|This|That|These|Those|But|And|So|Also|However|Still|Yet|Instead|Meanwhile|Then|Such|Some|Others|There)\b|\b(?:because|due to|since|as a result|so that|in order to|therefore|thus|if|unless|may|might|could|perhaps|possibly|our|my|we|us|you|your|I)\b|[“”"‘’?!:;()[\]]|\d/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Content words of a text, for telling whether a sentence is about the same thing as the reason. */
function contentWords(text: string): Set<string> {
  return new Set(
    words(text.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')).filter(
      (w) =>
        w.length >= 4 &&
        !/^(?:that|this|with|from|have|been|were|they|their|there|which|about|would|could|should|also|more|most|some|many|other|into|than|them|when|what|will|said|says)$/.test(
          w,
        ),
    ),
  );
}

/**
 * Up to two sentences of the article, each a plain claim of about the reason's length, none sharing a run of three words
 * with the reason or the effect nor more than one content word with the reason (another link of the same chain of
 * events would be a second right answer). Only for a reason written as a clause: a noun phrase ("back pain") wants
 * noun phrases beside it, which the author writes. The sentences keep the article's words, their first capital
 * lower-cased by `lower` where it is no name's.
 */
export function wrongReasonsFrom(
  cause: { evidence: string; effect: string; cause: string; relation: string },
  sentences: readonly string[],
  lower: (clause: string) => string,
  /** Sentences other drafts hold as a cause: a reason of something else may be part of this one's chain too. */
  causal: ReadonlySet<string> = new Set(),
  /** Sentences other facts ask: an option that states one's answer gives it away in the same quiz. */
  asked: ReadonlySet<string> = new Set(),
): string[] {
  // A reason opening on a pronoun would be the only option that does ("He missed two training sessions").
  if (cause.relation !== 'reason' || !FINITE.test(cause.cause) || /^(?:he|she|they|it|we|i)\b/i.test(cause.cause))
    return [];
  const size = words(cause.cause).length;
  const own = contentWords(`${cause.cause} ${cause.effect}`);
  const picked: { text: string; gap: number; at: number }[] = [];
  sentences.forEach((sentence, at) => {
    if (sentence === cause.evidence || causal.has(sentence) || asked.has(sentence)) return;
    const text = sentence.trim().replace(/[.]$/, '');
    const n = words(text).length;
    if (
      n < 5 ||
      n > Math.max(16, Math.round(size * 1.6)) ||
      NOT_A_PLAIN_CLAIM.test(text) ||
      !FINITE.test(text) ||
      !AFTERWARDS.test(text)
    )
      return;
    if (sharesRun(text, cause.cause, 3) || sharesRun(text, cause.effect, 3)) return;
    const shared = [...contentWords(text)].filter((w) => own.has(w)).length;
    if (shared > 1) return;
    picked.push({ text: lower(text), gap: Math.abs(n - size), at });
  });
  return picked
    .sort((a, b) => a.gap - b.gap || a.at - b.at)
    .slice(0, 2)
    .map((p) => p.text);
}
