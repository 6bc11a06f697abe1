// The seeded question generator. Pure, and keeps no state between calls: the same bank, seed and options
// give deep-equal output in any process. Every question draws from its own forked stream
// (`<factId>:<type>`), so its content depends only on the seed and the question; assembly is a
// sequential process whose choices never look at the requested count, so the first N questions of a
// longer quiz are the quiz of N.
//
// What a quiz holds (the composition rules; `readquiz stress` checks them on any bank):
// - Reading skills first: the main idea opens the quiz when the bank has one, and every other question
//   from then on alternates between a skill beyond recalling a detail (cause and effect, sequence, stance,
//   inference, vocabulary) and a detail, as long as the bank has both.
// - One question per sentence: no two questions rest on the same article sentence, and no fact is asked
//   twice. At most one question about roles (they test recall of titles, not reading). The main idea sums
//   up the article rather than asking its lede: a detail of the lede may stand beside it, asked in a question
//   of its own (a number, a name) that neither shows the sentence again nor has its answer among the
//   summary's options, and so may the lede's event in a question of time order.
// - No question gives another away (giveaway.ts).
// - A count the bank cannot honour throws a ReadquizError naming the most it can make for that seed,
//   rather than quietly returning fewer questions.
// - Count 'all' is a listing (every variant, ids `<factId>:<type>:<variant>`), not a quiz: facts repeat.
import { ReadquizError } from './errors.js';
import { MAX_MESSAGE } from './terminal-safe.js';
import { answerEntityOf, givesAway, statedBySummary, titleGivesAway } from './giveaway.js';
import { fold, type BankContext, type QuestionBody } from './makers/context.js';
import { groupMakerFor, makerFor } from './makers/registry.js';
import { prepareBank, type FactPlan, type PreparedBank } from './prepare.js';
import { createRng, type Rng } from './rng.js';
import { effectiveSkills, isComprehension, skillOf } from './skills.js';
import {
  QUESTION_TYPES,
  QUIZ_FORMAT,
  type Bank,
  type FactKind,
  type GenerateOptions,
  type Question,
  type QuestionType,
  type Quiz,
  type Skill,
} from './types.js';

export { CLOZE_BLANK, POINTS } from './makers/context.js';
export { exportPlan, prepareBank, type BankPlanData, type PreparedBank } from './prepare.js';

export const DEFAULT_COUNT = 10;
/** A quiz of 10 or more holds at least this many questions beyond recalling a detail, when the bank can. */
export const MIN_COMPREHENSION = 3;
/** Questions resting on several sentences a quiz may hold: each spends sentences no other question may use. */
const MAX_MANY_SENTENCE = 2;
/** At most this many questions of a quiz have one person or body as their answer. */
const MAX_SAME_ANSWER = 2;
/** The types that may ask a detail of the main idea's sentence beside it: each asks one thing in words of its own. */
const BESIDE_SUMMARY: ReadonlySet<QuestionType> = new Set(['multiple-choice', 'numeric', 'short-answer']);

/**
 * Whether a prompt repeats six words running of `sentence`: "How many people were killed when three car bombs were
 * detonated in Baghdad?" tells the lede's claim again, which the summary beside it asks for.
 */
function repeatsSentence(q: Question, sentence: string): boolean {
  const words = (t: string) =>
    fold(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const text = q.type === 'multiple-choice' ? [q.prompt, ...q.choices] : [q.prompt];
  const shown = ` ${words(text.join(' ')).join(' ')} `;
  const w = words(sentence);
  for (let i = 0; i + 6 <= w.length; i++) if (shown.includes(` ${w.slice(i, i + 6).join(' ')} `)) return true;
  return false;
}

/** The requested types in canonical order; unknown names are a user error. */
function effectiveTypes(types: readonly QuestionType[] | undefined): QuestionType[] {
  if (types === undefined) return QUESTION_TYPES.slice();
  for (const t of types) {
    if (!QUESTION_TYPES.includes(t))
      throw new ReadquizError(`unknown question type '${t}'; expected some of ${QUESTION_TYPES.join(', ')}`);
  }
  if (types.length === 0)
    throw new ReadquizError(`no question types asked for; expected some of ${QUESTION_TYPES.join(', ')}`);
  return QUESTION_TYPES.filter((t) => types.includes(t));
}

function typesOf(plan: FactPlan): QuestionType[] {
  return QUESTION_TYPES.filter((t) => (plan.single[t]?.length ?? 0) > 0 || plan.groups.includes(t));
}

/**
 * The prepared bank that holds `fact` itself, with its plan: the bank as it is when the fact is one of its
 * facts, else the bank with this fact in place of the one of its id (judged against the bank's other facts).
 */
function preparedWith(bank: Bank, fact: (typeof bank.facts)[number]): { bank: PreparedBank; plan: FactPlan } {
  const prepared = prepareBank(bank);
  const plan = prepared.prepared.plans.find((p) => p.fact === fact);
  if (plan) return { bank: prepared, plan };
  const other = prepareBank({ ...bank, facts: [...bank.facts.filter((f) => f.id !== fact.id), fact] });
  return { bank: other, plan: other.prepared.plans.find((p) => p.fact === fact)! };
}

/** The types a fact can feed in this bank; empty means the fact is too thin to make any question. */
export function questionTypesForFact(bank: Bank, fact: (typeof bank.facts)[number]): QuestionType[] {
  return typesOf(preparedWith(bank, fact).plan);
}

/**
 * Why a fact makes no question, in words its author can act on (lint, review and init show it): the
 * maker's own account of what it lacks, or a pointer to the kind's reference.
 */
export function thinFactNeeds(bank: Bank, fact: (typeof bank.facts)[number]): string {
  const { ctx } = preparedWith(bank, fact).bank.prepared;
  return makerFor(fact).needs?.(ctx, fact) ?? `add what a ${fact.kind} fact needs (see docs/bank-format.md)`;
}

function withId(id: string, body: QuestionBody): Question {
  return { id, ...body } as Question;
}

function skillAllowed(plan: FactPlan, skills: readonly Skill[] | undefined): boolean {
  return skills === undefined || skills.includes(skillOf(plan.fact));
}

/**
 * Every question the bank can produce: every fact x every type that fits it x every variant (true and
 * each false version of true/false, ...). Ids are `<factId>:<type>:<variant>`.
 */
export function allQuestions(
  source: Bank,
  options: { seed: string; types?: readonly QuestionType[]; skills?: readonly Skill[]; limit?: number },
): Question[] {
  const bank = prepareBank(source);
  const { ctx, plans } = bank.prepared;
  const types = effectiveTypes(options.types);
  const skills = effectiveSkills(options.skills);
  const root = createRng(options.seed);
  const out: Question[] = [];
  // The listing's order does not depend on the seed, so its first `limit` questions need only be made.
  const limit = options.limit ?? Infinity;
  for (const plan of plans) {
    if (out.length >= limit) break;
    if (!skillAllowed(plan, skills)) continue;
    for (const type of types) {
      for (const variant of plan.single[type] ?? []) {
        const id = `${plan.fact.id}:${type}:${variant}`;
        out.push(withId(id, makerFor(plan.fact).build(ctx, plan.fact, type, variant, root.fork(id))));
      }
      const group = plan.groups.includes(type) ? groupMakerFor(ctx, type, plan.fact) : undefined;
      if (group) {
        const id = `${plan.fact.id}:${type}:1`;
        const pool = bank.facts.filter((f) => f !== plan.fact && group.eligible(ctx, f));
        const body = group.build(ctx, plan.fact, pool, root.fork(id));
        if (body) out.push(withId(id, body));
      }
    }
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

const isTrueVariant = (v: string) => v === 'true' || v.startsWith('true-');

/**
 * True/false: the version the quiz asked for (`truth`, a coin the assembler flipped), else a fair coin
 * between the true version and a false one; otherwise any variant.
 */
function chooseVariant(type: QuestionType, variants: readonly string[], rng: Rng, truth?: boolean): string {
  if (type === 'true-false') {
    const truths = variants.filter(isTrueVariant);
    const falses = variants.filter((v) => !isTrueVariant(v));
    if (truths.length && falses.length) {
      const coin = rng.next() < 0.5;
      return rng.pick((truth ?? coin) ? truths : falses);
    }
  }
  return rng.pick(variants);
}

export function generateQuiz(source: Bank, options: GenerateOptions): Quiz {
  return quizOf(source, options, false);
}

/**
 * A quiz of `count` questions or, where the bank holds fewer within the quiz's rules, of as many as it holds: what
 * `generate` makes when no count is asked for, so that a short draft still gives a quiz (five teachers in trials
 * 174-182 got exit 2 and no quiz from their first `generate`). No question at all is still an error.
 *
 *   generateQuizUpTo(shortBank, { seed: 's', count: 10 }).questions.length -> 7
 */
export function generateQuizUpTo(source: Bank, options: GenerateOptions & { count: number }): Quiz {
  return quizOf(source, options, true);
}

/** generateQuiz, or with `upTo` generateQuizUpTo: one body, so the two make the same quiz where both can. */
function quizOf(source: Bank, options: GenerateOptions, upTo: boolean): Quiz {
  const bank = prepareBank(source);
  const types = effectiveTypes(options.types);
  const skills = effectiveSkills(options.skills);
  const count = options.count ?? DEFAULT_COUNT;
  const head = {
    format: QUIZ_FORMAT,
    seed: options.seed,
    bank: { id: bank.id, title: bank.title, contentHash: bank.contentHash },
  } as const;
  const opts = skills === undefined ? { count, types } : { count, types, skills };
  if (count === 'all') {
    const questions = allQuestions(bank, { seed: options.seed, types, skills });
    if (questions.length === 0) throw new ReadquizError(noneMessage(bank, types, skills));
    return { ...head, options: opts, questions };
  }
  if (!Number.isInteger(count) || count < 1)
    throw new ReadquizError(`count must be a whole number of at least 1, got ${count}`);
  const questions = assemble(bank, options.seed, types, skills, count, upTo);
  if (!upTo) return { ...head, options: opts, questions };
  if (questions.length === 0) throw new ReadquizError(noneMessage(bank, types, skills));
  // The count it holds, so that its "Regenerate" line (--count 7) makes the same quiz again, byte for byte.
  return { ...head, options: { ...opts, count: questions.length }, questions };
}

function noneMessage(bank: Bank, types: readonly QuestionType[], skills: readonly Skill[] | undefined): string {
  const what = [types.length === QUESTION_TYPES.length ? '' : types.join(', '), skills ? `${skills.join(', ')} ` : '']
    .filter(Boolean)
    .join(' ');
  return `bank '${bank.id}' cannot make any ${what ? `${what.trim()} ` : ''}questions; try other --types or --skills, or add facts to the bank`;
}

/**
 * Why a quiz holds fewer questions beyond detail than it should (MIN_COMPREHENSION in a quiz of 10 or more, one in
 * a quiz of 5 to 9), or undefined when it holds enough (or is too short to owe them). For the CLI's note on stderr.
 */
export function compositionNote(source: Bank, quiz: Quiz): string | undefined {
  if (quiz.options.count === 'all') return undefined;
  // A draft's quiz of 6 to 9 holds none more often than not, and its author should hear it as well (retrial 118).
  const expected = quiz.questions.length >= 10 ? MIN_COMPREHENSION : quiz.questions.length >= 5 ? 1 : 0;
  const have = quiz.questions.filter((q) => isComprehension(q.skill)).length;
  if (have >= expected) return undefined;
  // `--skills detail` asked for details only: nothing to explain.
  const skills = quiz.options.skills;
  if (skills !== undefined && !skills.some(isComprehension)) return undefined;
  const bank = prepareBank(source);
  const types = quiz.options.types;
  const able = bank.prepared.plans.filter(
    (p) => isComprehension(skillOf(p.fact)) && skillAllowed(p, skills) && typesOf(p).some((t) => types.includes(t)),
  );
  const why =
    able.length === 0
      ? `the bank has no facts of the kinds that make them (main-idea, cause, event, stance, inference, vocabulary) for the types asked for`
      : `the bank's ${able.length} such fact${able.length === 1 ? ' shares' : 's share'} sentences or skills the quiz already uses`;
  return `only ${have} of ${quiz.questions.length} questions ask more than a detail (at least ${expected} expected): ${why}`;
}

interface Candidate {
  plan: FactPlan;
  type: QuestionType;
  comprehension: boolean;
  mainIdea: boolean;
}

/**
 * Picks questions one at a time. The slot decides what is wanted (the main idea first, then skills
 * beyond detail and details in turn); among the open candidates of that want, a type among those used
 * least so far, then a fact of the skill and kind used least so far, at random. A pick that would give
 * another question away, rests on a sentence already used, or cannot be built from the facts left is
 * dropped and the next one tried.
 */
/**
 * How many questions a quiz of this bank can hold with `seed`, within every composition rule (one per
 * sentence, one role question, two resting on several sentences ...): what `generate --count` may ask for.
 */
export function quizCapacity(source: Bank, seed: string): number {
  const bank = prepareBank(source);
  try {
    return assemble(bank, seed, effectiveTypes(undefined), undefined, Number.MAX_SAFE_INTEGER, true).length;
  } catch {
    return 0;
  }
}

function assemble(
  bank: PreparedBank,
  seed: string,
  types: readonly QuestionType[],
  skills: readonly Skill[] | undefined,
  count: number,
  asManyAsFit = false,
): Question[] {
  const { ctx, plans } = bank.prepared;
  const root = createRng(seed);
  const picker = root.fork('assembly');
  const candidates: Candidate[] = [];
  for (const plan of plans) {
    if (!skillAllowed(plan, skills)) continue;
    const skill = skillOf(plan.fact);
    for (const type of types) {
      if ((plan.single[type]?.length ?? 0) === 0 && !plan.groups.includes(type)) continue;
      candidates.push({ plan, type, comprehension: isComprehension(skill), mainIdea: skill === 'main-idea' });
    }
  }
  if (candidates.length === 0) throw new ReadquizError(noneMessage(bank, types, skills));

  const open = new Set(candidates);
  const usedFacts = new Set<string>();
  const usedSentences = new Set<string>();
  const typeUse = new Map<QuestionType, number>();
  const kindUse = new Map<FactKind, number>();
  const skillUse = new Map<Skill, number>();
  const chosen: Question[] = [];
  const sentenceOf = new Map(plans.map((p) => [p.fact.id, p.sentence]));
  let pendingTruth: boolean | undefined;
  let manySentenceQuestions = 0;
  let roleAsked = false;
  /** The main idea, once asked: a detail of its sentence may still be asked (BESIDE_SUMMARY). */
  let summary: Question | undefined;
  const answerUse = new Map<string, number>();
  const closeWhere = (drop: (c: Candidate) => boolean) => {
    for (const c of open) if (drop(c)) open.delete(c);
  };

  // When the strict rules run out of questions before `count` (a few seeds in thousands on a short
  // article), the rest of the quiz may name an entity that another question has as its answer ("Russia" in
  // a prompt while "Who accused the West ...?" is asked): a hint at most, where the alternative is no quiz.
  // The switch comes at the same point whatever the count, so quizzes stay prefix-stable.
  let lenient = false;
  while (chosen.length < count) {
    if (open.size === 0) {
      if (lenient) break;
      lenient = true;
      for (const c of candidates) {
        const f = c.plan.fact;
        if (!usedFacts.has(f.id) && !usedSentences.has(sentenceOf.get(f.id)!) && !(roleAsked && f.kind === 'role'))
          open.add(c);
      }
      if (open.size === 0) break;
    }
    const slot = chosen.length;
    const all = [...open];
    const mainIdeas = all.filter((c) => c.mainIdea);
    const comprehension = all.filter((c) => c.comprehension);
    const detail = all.filter((c) => !c.comprehension);
    const wanted =
      slot === 0 && mainIdeas.length > 0
        ? mainIdeas
        : slot % 2 === 0
          ? comprehension.length > 0
            ? comprehension
            : detail
          : detail.length > 0
            ? detail
            : comprehension;
    // Type first, uniformly among the least used, so a type few facts can feed is as likely as any other.
    const liveTypes = types.filter((t) => wanted.some((c) => c.type === t));
    const typeCount = (t: QuestionType) => typeUse.get(t) ?? 0;
    const fewest = Math.min(...liveTypes.map(typeCount));
    let type = picker.pick(liveTypes.filter((t) => typeCount(t) === fewest));
    // True or false is decided here, by the quiz, so that facts with only one version (a written
    // statement) cannot tilt the balance: only candidates that can be what the coin says take part, and
    // when none can, this pick is another type.
    // A coin whose pick was dropped stands for the next true/false pick, or drops would tilt the balance.
    const truth = type === 'true-false' ? (pendingTruth ?? picker.next() < 0.5) : undefined;
    const canBe = (c: Candidate) =>
      truth === undefined || (c.plan.single['true-false'] ?? []).some((v) => isTrueVariant(v) === truth);
    if (truth !== undefined && !wanted.some((c) => c.type === type && canBe(c))) {
      const others = liveTypes.filter((t) => t !== 'true-false');
      if (others.length > 0) {
        type = picker.pick(others);
        pendingTruth = truth;
      }
    }
    const ofType = wanted.filter((c) => c.type === type);
    const fitting = type === 'true-false' && ofType.some(canBe) ? ofType.filter(canBe) : ofType;
    let bestRank = Infinity;
    let best: Candidate[] = [];
    for (const c of fitting) {
      const r = (skillUse.get(skillOf(c.plan.fact)) ?? 0) * 1000 + (kindUse.get(c.plan.fact.kind) ?? 0);
      if (r < bestRank) {
        bestRank = r;
        best = [c];
      } else if (r === bestRank) best.push(c);
    }
    const pick = picker.pick(best);
    const q = build(bank, pick, root, usedFacts, usedSentences, truth);
    if (
      !q ||
      keptOutBy(ctx, { chosen, usedSentences, answerUse, summary, manySentenceQuestions, lenient }, q) !== undefined
    ) {
      open.delete(pick);
      if (truth !== undefined && type === 'true-false') pendingTruth = truth;
      continue;
    }
    const sums = q.skill === 'main-idea';
    // The summary's lede stays open to a detail; a question on it otherwise spends its sentences.
    const sentences = sums ? [] : q.sources.map((s) => s.evidence);
    const spendsMany = new Set(sentences).size > 1;
    const answerIs = answerEntityOf(ctx, q);
    if (q.type === 'true-false') pendingTruth = undefined;
    chosen.push(q);
    if (spendsMany) manySentenceQuestions++;
    if (answerIs !== undefined) answerUse.set(answerIs, (answerUse.get(answerIs) ?? 0) + 1);
    for (const id of q.factIds) usedFacts.add(id);
    for (const s of sentences) usedSentences.add(s);
    if (sums) summary = q;
    roleAsked ||= q.factKind === 'role';
    closeWhere(
      (c) =>
        usedFacts.has(c.plan.fact.id) ||
        usedSentences.has(sentenceOf.get(c.plan.fact.id)!) ||
        (roleAsked && c.plan.fact.kind === 'role'),
    );
    typeUse.set(q.type, (typeUse.get(q.type) ?? 0) + 1);
    kindUse.set(q.factKind, (kindUse.get(q.factKind) ?? 0) + 1);
    skillUse.set(q.skill, (skillUse.get(q.skill) ?? 0) + 1);
  }
  if (chosen.length < count && !asManyAsFit) {
    const message = `bank '${bank.id}' can make only ${chosen.length} question${chosen.length === 1 ? '' : 's'} of the requested types with seed '${seed}' (no fact or sentence is asked twice); ask for at most ${chosen.length}`;
    // The message is clipped at MAX_MESSAGE with the file's name before it: the list keeps to what fits whole.
    const why = leftOutLine(whyLeftOut(bank, seed, types, skills, chosen), MAX_MESSAGE - message.length - 60);
    throw new ReadquizError(`${message}${why ? `; in that quiz, ${why}` : ''}`);
  }
  return chosen;
}

/** What a quiz holds so far, as the rules that keep a question out of it read it. */
interface QuizSoFar {
  readonly chosen: readonly Question[];
  /** The sentences its questions rest on, but for the main idea's summary (its lede stays open to a detail). */
  readonly usedSentences: ReadonlySet<string>;
  /** How many questions each person or body answers. */
  readonly answerUse: ReadonlyMap<string, number>;
  readonly summary: Question | undefined;
  readonly manySentenceQuestions: number;
  /** The last resort when a quiz cannot be filled otherwise: a prompt may name another question's answer. */
  readonly lenient: boolean;
}

/**
 * The rule that keeps `q` out of the quiz so far, said as its author would read it ("it and question 3 give each other
 * away"), or undefined when it may join. The assembler and the "left out" list read the same rules here.
 */
function keptOutBy(ctx: BankContext, so: QuizSoFar, q: Question): string | undefined {
  const sums = q.skill === 'main-idea';
  const sentences = sums ? [] : q.sources.map((s) => s.evidence);
  const lede = so.summary?.sources[0]?.evidence;
  const numbered = (i: number) => `question ${i + 1}`;
  // The same person or body as the answer of two questions already: a third lets "Kargbo" everywhere score.
  const answerIs = answerEntityOf(ctx, q);
  if (answerIs !== undefined && (so.answerUse.get(answerIs) ?? 0) >= MAX_SAME_ANSWER)
    return `its answer, ${ctx.entity(answerIs)?.name ?? answerIs}, already answers ${MAX_SAME_ANSWER} questions`;
  const used = sentences.find((s) => so.usedSentences.has(s));
  if (used !== undefined) {
    const by = so.chosen.findIndex((c) => c !== so.summary && c.sources.some((s) => s.evidence === used));
    return `its sentence is asked by ${numbered(by)}`;
  }
  if (lede !== undefined && sentences.includes(lede) && !besideSummary(ctx, so.summary!, q))
    return `it rests on the sentence the main idea (${numbered(so.chosen.indexOf(so.summary!))}) sums up`;
  // One summary a quiz: a second (a written one beside the fact) would put a third question on the lede.
  if (sums && so.summary !== undefined) return 'a quiz asks one main idea';
  // Questions on several sentences (matching, ordering, sorting) spend the article fast: two a quiz.
  if (new Set(sentences).size > 1 && so.manySentenceQuestions >= MAX_MANY_SENTENCE)
    return `a quiz holds ${MAX_MANY_SENTENCE} questions on several sentences`;
  const other = so.chosen.findIndex((c) => givesAway(ctx, c, q, { names: !so.lenient }));
  if (other >= 0) return `it and ${numbered(other)} give each other away`;
  if (!so.lenient && titleGivesAway(ctx, q)) return 'the title printed above the quiz holds its answer';
  return undefined;
}

/**
 * A question that may stand on the lede beside the summary of it: the lede's own deed in time order (a news story's
 * main event is most often on the lede, and leaving it out left the dated events with no later one to order; retrial
 * 231 had no sequence question in 12 seeds), or a detail asked in words of its own that the summary's options do not
 * state.
 */
function besideSummary(ctx: BankContext, summary: Question, x: Question): boolean {
  return (
    x.skill === 'sequence' ||
    (x.skill === 'detail' &&
      BESIDE_SUMMARY.has(x.type) &&
      !repeatsSentence(x, summary.sources[0]!.evidence) &&
      !statedBySummary(ctx, summary, x))
  );
}

/** A fact a quiz left out, and the rule that kept it out, as its author would fix it. */
export interface LeftOut {
  factId: string;
  why: string;
}

/**
 * Why each fact of the bank is in none of `quiz`'s questions: the question whose sentence it shares, the question it
 * would give away (or that would give it away), the one position a quiz asks. Three teachers of trials 288-290 spent
 * their time finding which wording of theirs blocked which fact when a quiz came out short.
 *
 *   whyLeftOutOf(bank, quiz) -> [{ factId: 'weeks-2', why: 'its sentence is asked by question 3' }, ...]
 */
export function whyLeftOutOf(source: Bank, quiz: Quiz): LeftOut[] {
  const bank = prepareBank(source);
  return whyLeftOut(
    bank,
    quiz.seed,
    effectiveTypes(quiz.options.types),
    effectiveSkills(quiz.options.skills),
    quiz.questions,
  );
}

/**
 * "left out: weeks-2 (its sentence is asked by question 3), ...": as many as fit in `room` characters, then how many
 * more, so the line stays whole where a message is clipped.
 */
export function leftOutLine(left: readonly LeftOut[], room = Infinity): string {
  if (left.length === 0) return '';
  let line = 'left out:';
  let shown = 0;
  for (const l of left) {
    const more = left.length - shown - 1;
    const next = `${line}${shown ? ',' : ''} ${l.factId} (${l.why})`;
    if (shown > 0 && next.length + (more > 0 ? ` and ${more} more`.length : 0) > room) break;
    line = next;
    shown++;
  }
  return shown < left.length ? `${line} and ${left.length - shown} more` : line;
}

function whyLeftOut(
  bank: PreparedBank,
  seed: string,
  types: readonly QuestionType[],
  skills: readonly Skill[] | undefined,
  chosen: readonly Question[],
): LeftOut[] {
  const { ctx, plans } = bank.prepared;
  const root = createRng(seed);
  const usedFacts = new Set(chosen.flatMap((q) => q.factIds));
  const summary = chosen.find((q) => q.skill === 'main-idea');
  const spent = chosen.filter((q) => q !== summary).map((q) => q.sources.map((s) => s.evidence));
  const answerUse = new Map<string, number>();
  for (const q of chosen) {
    const a = answerEntityOf(ctx, q);
    if (a !== undefined) answerUse.set(a, (answerUse.get(a) ?? 0) + 1);
  }
  // The quiz as the assembler left it, read by the same rules; strict, as a quiz that could hold the fact would have.
  const so: QuizSoFar = {
    chosen,
    usedSentences: new Set(spent.flat()),
    answerUse,
    summary,
    manySentenceQuestions: spent.filter((s) => new Set(s).size > 1).length,
    lenient: false,
  };
  const askedBy = (sentence: string) =>
    chosen.findIndex((q) => q !== summary && q.sources.some((s) => s.evidence === sentence));
  const roleAt = chosen.findIndex((q) => q.factKind === 'role');
  const out: LeftOut[] = [];
  for (const plan of plans) {
    const f = plan.fact;
    if (usedFacts.has(f.id) || !skillAllowed(plan, skills)) continue;
    const able = types.filter((t) => (plan.single[t]?.length ?? 0) > 0 || plan.groups.includes(t));
    const say = (why: string) => out.push({ factId: f.id, why });
    if (able.length === 0) {
      say('it makes no question of the types asked');
      continue;
    }
    const at = askedBy(plan.sentence);
    if (at >= 0) {
      say(`its sentence is asked by question ${at + 1}`);
      continue;
    }
    if (f.kind === 'role' && roleAt >= 0) {
      say(`a quiz asks one position, and question ${roleAt + 1} does`);
      continue;
    }
    let why: string | undefined;
    for (const type of able) {
      const candidate: Candidate = {
        plan,
        type,
        comprehension: isComprehension(skillOf(f)),
        mainIdea: skillOf(f) === 'main-idea',
      };
      const q = build(bank, candidate, root, usedFacts, so.usedSentences);
      if (!q) {
        why ??= 'the facts left give its question too few options';
        continue;
      }
      why = keptOutBy(ctx, so, q);
      if (why === undefined) break;
    }
    if (why) say(why);
  }
  return out;
}

function build(
  bank: PreparedBank,
  c: Candidate,
  root: Rng,
  usedFacts: ReadonlySet<string>,
  usedSentences: ReadonlySet<string>,
  truth?: boolean,
): Question | undefined {
  const { ctx, plans } = bank.prepared;
  const id = `${c.plan.fact.id}:${c.type}`;
  const rng = root.fork(id);
  const group = c.plan.groups.includes(c.type) ? groupMakerFor(ctx, c.type, c.plan.fact) : undefined;
  if (group) {
    const pool = plans
      .filter(
        (p) =>
          p !== c.plan && !usedFacts.has(p.fact.id) && !usedSentences.has(p.sentence) && group.eligible(ctx, p.fact),
      )
      .map((p) => p.fact);
    const body = group.build(ctx, c.plan.fact, pool, rng);
    return body ? withId(id, body) : undefined;
  }
  const variant = chooseVariant(c.type, c.plan.single[c.type]!, rng, truth);
  return withId(id, makerFor(c.plan.fact).build(ctx, c.plan.fact, c.type, variant, rng));
}

export type { BankContext };
