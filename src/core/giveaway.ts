// One question must not answer another: a prompt (or an ordering item) that contains another question's
// answer, or a name of the entity that answer is, gives it away. Choices are not checked: an option
// being listed says nothing about whether it is right.
import { containsWords, fold, namesOf, type BankContext } from './makers/context.js';
import { formatNumber } from './text.js';
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
  let out = secretCache.get(q);
  if (!out) {
    out = computeSecrets(ctx, q);
    secretCache.set(q, out);
  }
  return out;
}

// Questions are immutable once made; a quiz compares each new one with all before it.
const secretCache = new WeakMap<Question, string[]>();

function computeSecrets(ctx: BankContext, q: Question): string[] {
  let raw: string[] = [];
  switch (q.type) {
    case 'multiple-choice': {
      raw = withNames(ctx, q.choices[q.answer]!);
      const fact = ctx.bank.facts.find((f) => f.id === q.factId);
      if (fact?.kind === 'quantity' && fact.text) raw.push(fact.text);
      break;
    }
    case 'multi-select':
      raw = q.answer.flatMap((i) => withNames(ctx, q.choices[i]!));
      break;
    case 'numeric': {
      raw = [formatNumber(q.answer, q.unit), String(q.answer)];
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
  const shown = visibleText(q);
  const out: string[] = [];
  for (const s of raw) {
    if (!s.trim() || out.some((o) => fold(o) === fold(s))) continue;
    if (shown.some((t) => containsWords(t, s))) continue;
    out.push(s);
  }
  return out;
}

/**
 * The article sentence a question prints nearly whole (true/false on a number, cloze on a number or a
 * quote); two such questions on one sentence let a reader check one against the other.
 */
function shownSentence(ctx: BankContext, q: Question): string | undefined {
  const whole = (q.type === 'true-false' && q.factKind === 'quantity') || (q.type === 'cloze' && (q.factKind === 'quantity' || q.factKind === 'quote'));
  return whole ? ctx.sentence(q.evidence).sentence : undefined;
}

/** A matching question is given away by a prompt that names one of its people together with the role. */
function pairShown(ctx: BankContext, matching: Question, other: Question): boolean {
  if (matching.type !== 'matching') return false;
  const shown = visibleText(other);
  return matching.left.some((name, i) => {
    const role = matching.right[matching.answer[i]!]!;
    const entity = ctx.entityNamed(name);
    const names = entity ? namesOf(entity) : [name];
    return shown.some((t) => containsWords(t, role) && names.some((n) => containsWords(t, n)));
  });
}

/** What a reader sees first, to spot two questions that look the same. */
function face(q: Question): string {
  return fold([q.prompt, ...(q.type === 'ordering' ? q.items : q.type === 'matching' ? q.left : [])].join('\n'));
}

/**
 * True when either question shows what the other asks for, when both print the same article sentence,
 * or when they read the same.
 */
export function givesAway(ctx: BankContext, a: Question, b: Question): boolean {
  const hits = (from: Question, to: Question) => {
    const shown = visibleText(to);
    return secretsOf(ctx, from).some((s) => shown.some((t) => containsWords(t, s)));
  };
  if (hits(a, b) || hits(b, a)) return true;
  if (pairShown(ctx, a, b) || pairShown(ctx, b, a)) return true;
  const sa = shownSentence(ctx, a);
  if (sa !== undefined && sa === shownSentence(ctx, b)) return true;
  return face(a) === face(b);
}
