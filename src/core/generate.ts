// The seeded question generator. Pure: the same bank, seed and options give deep-equal output in any
// process. Every question draws from its own forked stream (`<factId>:<type>`), so its content depends
// only on the seed and the question; assembly is a sequential process whose choices never look at the
// requested count, so the first N questions of a longer quiz are the quiz of N.
//
// Decisions worth knowing:
// - A count the bank cannot honour (no fact twice, no giveaway) throws a ReadquizError naming the most
//   it can make for that seed, rather than quietly returning fewer questions.
// - True/false is offered only for facts with a false version, so a coin flip decides true or false.
// - Multiple choice never pads: a fact without two wrong options of the right kind gets no such question.
// - Count 'all' is a listing (every variant, ids `<factId>:<type>:<variant>`), not a quiz: facts repeat.
import { ReadquizError } from './errors.js';
import { givesAway, sameView } from './giveaway.js';
import { actionMaker } from './makers/action.js';
import { createContext, type BankContext, type FactMaker, type QuestionBody, type VariantTable } from './makers/context.js';
import type { GroupMaker } from './makers/group.js';
import { matchingMaker } from './makers/matching.js';
import { orderingMaker } from './makers/ordering.js';
import { quantityMaker } from './makers/quantity.js';
import { quoteMaker } from './makers/quote.js';
import { roleMaker } from './makers/role.js';
import { setMaker } from './makers/set.js';
import { statementMaker } from './makers/statement.js';
import { createRng, type Rng } from './rng.js';
import {
  QUESTION_TYPES,
  QUIZ_FORMAT,
  type Bank,
  type Fact,
  type FactKind,
  type GenerateOptions,
  type Question,
  type QuestionType,
  type Quiz,
} from './types.js';

export { CLOZE_BLANK, POINTS } from './makers/context.js';

export const DEFAULT_COUNT = 10;

const MAKERS: { [K in FactKind]: FactMaker<Extract<Fact, { kind: K }>> } = {
  quantity: quantityMaker,
  set: setMaker,
  quote: quoteMaker,
  statement: statementMaker,
  role: roleMaker,
  action: actionMaker,
};

const GROUP_MAKERS: readonly GroupMaker[] = [matchingMaker, orderingMaker];

function makerFor(fact: Fact): FactMaker<Fact> {
  return MAKERS[fact.kind] as unknown as FactMaker<Fact>;
}

function groupFor(type: QuestionType): GroupMaker | undefined {
  return GROUP_MAKERS.find((g) => g.type === type);
}

/** The requested types in canonical order; unknown names are a user error. */
function effectiveTypes(types: readonly QuestionType[] | undefined): QuestionType[] {
  if (types === undefined) return QUESTION_TYPES.slice();
  for (const t of types) {
    if (!QUESTION_TYPES.includes(t)) throw new ReadquizError(`unknown question type '${t}'; expected some of ${QUESTION_TYPES.join(', ')}`);
  }
  if (types.length === 0) throw new ReadquizError(`no question types asked for; expected some of ${QUESTION_TYPES.join(', ')}`);
  return QUESTION_TYPES.filter((t) => types.includes(t));
}

/** What one fact can feed, computed once per bank. */
interface FactPlan {
  fact: Fact;
  single: VariantTable;
  groups: QuestionType[];
}

/** Seed-independent, so computed once per bank object (and shipped precomputed for built-in banks). */
const planCache = new WeakMap<Bank, FactPlan[]>();

/** The plan as plain data, to store beside a precompiled bank. */
export interface BankPlanData {
  facts: { id: string; single: VariantTable; groups: QuestionType[] }[];
}

export function exportPlan(bank: Bank): BankPlanData {
  return { facts: planBank(createContext(bank)).map((p) => ({ id: p.fact.id, single: p.single, groups: p.groups })) };
}

/**
 * Seeds the plan cache for `bank` from data made by exportPlan on the same bank content (the loader
 * checks the content hash first). Data that does not line up with the bank's facts is ignored.
 */
export function primePlan(bank: Bank, data: BankPlanData): void {
  if (data.facts.length !== bank.facts.length || data.facts.some((p, i) => p.id !== bank.facts[i]!.id)) return;
  planCache.set(bank, data.facts.map((p, i) => ({ fact: bank.facts[i]!, single: p.single, groups: p.groups })));
}

function planBank(ctx: BankContext): FactPlan[] {
  const cached = planCache.get(ctx.bank);
  if (cached) return cached;
  const plan = computePlan(ctx);
  planCache.set(ctx.bank, plan);
  return plan;
}

function computePlan(ctx: BankContext): FactPlan[] {
  const groupOk = new Map<QuestionType, Set<string>>();
  for (const g of GROUP_MAKERS) {
    const eligible = ctx.bank.facts.filter((f) => g.eligible(ctx, f));
    const ok = new Set<string>();
    // A fixed stream: feasibility must not depend on the seed.
    for (const f of eligible) {
      if (g.build(ctx, f, eligible.filter((o) => o.id !== f.id), createRng('readquiz/feasibility')) !== undefined) ok.add(f.id);
    }
    groupOk.set(g.type, ok);
  }
  return ctx.bank.facts.map((fact) => ({
    fact,
    single: makerFor(fact).variants(ctx, fact),
    groups: GROUP_MAKERS.filter((g) => groupOk.get(g.type)!.has(fact.id)).map((g) => g.type),
  }));
}

function typesOf(plan: FactPlan): QuestionType[] {
  return QUESTION_TYPES.filter((t) => (plan.single[t]?.length ?? 0) > 0 || plan.groups.includes(t));
}

/** The types a fact can feed in this bank; empty means the fact is too thin to make any question. */
export function questionTypesForFact(bank: Bank, fact: Fact): QuestionType[] {
  const ctx = createContext(bank);
  const plan = planBank(ctx).find((p) => p.fact === fact || p.fact.id === fact.id);
  if (plan && plan.fact === fact) return typesOf(plan);
  // A fact not (or not exactly) in the bank: judge it on its own, against the bank's other facts.
  return typesOf(planBank(createContext({ ...bank, facts: [...bank.facts.filter((f) => f.id !== fact.id), fact] })).find((p) => p.fact === fact)!);
}

function withId(id: string, body: QuestionBody): Question {
  return { id, ...body } as Question;
}

/**
 * Every question the bank can produce: every fact x every type that fits it x every variant (true and
 * each false version of true/false, the NOT form, ...). Ids are `<factId>:<type>:<variant>`.
 */
export function allQuestions(bank: Bank, options: { seed: string; types?: readonly QuestionType[]; limit?: number }): Question[] {
  const types = effectiveTypes(options.types);
  const ctx = createContext(bank);
  const root = createRng(options.seed);
  const out: Question[] = [];
  // The listing's order does not depend on the seed, so its first `limit` questions need only be made.
  const limit = options.limit ?? Infinity;
  for (const plan of planBank(ctx)) {
    if (out.length >= limit) break;
    for (const type of types) {
      for (const variant of plan.single[type] ?? []) {
        const id = `${plan.fact.id}:${type}:${variant}`;
        out.push(withId(id, makerFor(plan.fact).build(ctx, plan.fact, type, variant, root.fork(id))));
      }
      const group = plan.groups.includes(type) ? groupFor(type) : undefined;
      if (group) {
        const id = `${plan.fact.id}:${type}:1`;
        const pool = ctx.bank.facts.filter((f) => f.id !== plan.fact.id && group.eligible(ctx, f));
        const body = group.build(ctx, plan.fact, pool, root.fork(id));
        if (body) out.push(withId(id, body));
      }
    }
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** True/false: a fair coin between the true version and a false one; otherwise any variant. */
function chooseVariant(type: QuestionType, variants: readonly string[], rng: Rng): string {
  if (type === 'true-false') {
    const truths = variants.filter((v) => v === 'true' || v.startsWith('true-'));
    const falses = variants.filter((v) => !truths.includes(v));
    if (truths.length && falses.length) return rng.pick(rng.next() < 0.5 ? truths : falses);
  }
  return rng.pick(variants);
}

interface Candidate {
  plan: FactPlan;
  type: QuestionType;
}

/** The candidates of a plan for some types, in order, with the lookups assembly needs. Seed-independent. */
interface CandidateTable {
  list: Candidate[];
  /** Indices into `list` per type, in list order. */
  byType: Map<QuestionType, number[]>;
  /** Indices into `list` per fact id. */
  byFact: Map<string, number[]>;
}

const candidateCache = new WeakMap<readonly FactPlan[], Map<string, CandidateTable>>();

function candidateTable(plans: readonly FactPlan[], types: readonly QuestionType[]): CandidateTable {
  let forPlans = candidateCache.get(plans);
  if (!forPlans) {
    forPlans = new Map();
    candidateCache.set(plans, forPlans);
  }
  const key = types.join(',');
  let table = forPlans.get(key);
  if (!table) {
    const list: Candidate[] = [];
    const byType = new Map<QuestionType, number[]>();
    const byFact = new Map<string, number[]>();
    for (const plan of plans) {
      for (const type of types) {
        if ((plan.single[type]?.length ?? 0) === 0 && !plan.groups.includes(type)) continue;
        const i = list.push({ plan, type }) - 1;
        if (!byType.has(type)) byType.set(type, []);
        if (!byFact.has(plan.fact.id)) byFact.set(plan.fact.id, []);
        byType.get(type)!.push(i);
        byFact.get(plan.fact.id)!.push(i);
      }
    }
    table = { list, byType, byFact };
    forPlans.set(key, table);
  }
  return table;
}

export function generateQuiz(bank: Bank, options: GenerateOptions): Quiz {
  const types = effectiveTypes(options.types);
  const count = options.count ?? DEFAULT_COUNT;
  const head = {
    format: QUIZ_FORMAT,
    seed: options.seed,
    bank: { id: bank.id, title: bank.title, contentHash: bank.contentHash },
    options: { count, types },
  } as const;
  if (count === 'all') {
    const questions = allQuestions(bank, { seed: options.seed, types });
    if (questions.length === 0) throw new ReadquizError(noneMessage(bank, types));
    return { ...head, options: { count, types }, questions };
  }
  if (!Number.isInteger(count) || count < 1) throw new ReadquizError(`count must be a whole number of at least 1, got ${count}`);
  return { ...head, options: { count, types }, questions: assemble(bank, options.seed, types, count) };
}

function noneMessage(bank: Bank, types: readonly QuestionType[]): string {
  const what = types.length === QUESTION_TYPES.length ? '' : `${types.join(', ')} `;
  return `bank '${bank.id}' cannot make any ${what}questions; try other --types or add facts to the bank`;
}

/**
 * Picks questions one at a time: a type among those used least so far, then an unused fact for it
 * (sparing facts an unused type depends on, favouring the fact kind used least so far), at random. A pick that would give another question away (or
 * cannot be built from the facts left) is dropped and the next one tried.
 */
function assemble(bank: Bank, seed: string, types: readonly QuestionType[], count: number): Question[] {
  const ctx = createContext(bank);
  const root = createRng(seed);
  const picker = root.fork('assembly');
  const { list: candidates, byType, byFact } = candidateTable(planBank(ctx), types);
  if (candidates.length === 0) throw new ReadquizError(noneMessage(bank, types));

  const usedFacts = new Set<string>();
  const typeUse = new Map<QuestionType, number>();
  const kindUse = new Map<FactKind, number>();
  const chosen: Question[] = [];

  // Candidates close as their facts are used and as picks are dropped (a pick dropped for a giveaway is
  // common); the lists keep their order and closed ones are skipped, with a count of open ones per type.
  const closed = new Uint8Array(candidates.length);
  const openOfType = new Map<QuestionType, number>();
  for (const [t, list] of byType) openOfType.set(t, list.length);
  let openCount = candidates.length;
  const closeCandidate = (i: number) => {
    if (closed[i]) return;
    closed[i] = 1;
    openCount -= 1;
    const t = candidates[i]!.type;
    openOfType.set(t, openOfType.get(t)! - 1);
  };
  const isOpen = (t: QuestionType) => (openOfType.get(t) ?? 0) > 0;

  while (chosen.length < count) {
    if (openCount === 0) break;
    // Type first, uniformly among the least used, so a type few facts can feed is as likely as any
    // other; then a fact of the least used kind.
    const typeCount = (t: QuestionType) => typeUse.get(t) ?? 0;
    const liveTypes = types.filter(isOpen);
    const fewest = Math.min(...liveTypes.map(typeCount));
    const type = picker.pick(liveTypes.filter((t) => typeCount(t) === fewest));
    // Spare the facts that an unused type cannot do without (the only set for multi-select, the last
    // three statements for ordering), then favour the least used fact kind.
    const criticalOf = new Map<FactPlan, number>();
    for (const t of liveTypes) {
      if (t === type || typeCount(t) !== 0 || openOfType.get(t)! > (groupFor(t)?.min ?? 1)) continue;
      for (const i of byType.get(t)!) {
        if (closed[i]) continue;
        const plan = candidates[i]!.plan;
        criticalOf.set(plan, (criticalOf.get(plan) ?? 0) + 1);
      }
    }
    let bestRank = Infinity;
    let best: number[] = [];
    for (const i of byType.get(type)!) {
      if (closed[i]) continue;
      const plan = candidates[i]!.plan;
      const r = (criticalOf.get(plan) ?? 0) * 1_000_000 + (kindUse.get(plan.fact.kind) ?? 0);
      if (r < bestRank) {
        bestRank = r;
        best = [i];
      } else if (r === bestRank) best.push(i);
    }
    const pick = picker.pick(best);
    const q = build(ctx, candidates[pick]!, root, usedFacts);
    if (!q || chosen.some((other) => givesAway(ctx, other, q))) {
      closeCandidate(pick);
      continue;
    }
    chosen.push(q);
    for (const id of q.factIds) {
      usedFacts.add(id);
      for (const i of byFact.get(id) ?? []) closeCandidate(i);
    }
    typeUse.set(q.type, (typeUse.get(q.type) ?? 0) + 1);
    kindUse.set(q.factKind, (kindUse.get(q.factKind) ?? 0) + 1);
  }
  if (chosen.length < count) {
    throw new ReadquizError(
      `bank '${bank.id}' can make only ${chosen.length} question${chosen.length === 1 ? '' : 's'} of the requested types with seed '${seed}' (no fact is asked twice); ask for at most ${chosen.length}`,
    );
  }
  return chosen;
}

function build(ctx: BankContext, c: Candidate, root: Rng, usedFacts: ReadonlySet<string>): Question | undefined {
  const id = `${c.plan.fact.id}:${c.type}`;
  const rng = root.fork(id);
  const group = c.plan.groups.includes(c.type) ? groupFor(c.type) : undefined;
  if (group) {
    const pool = ctx.bank.facts.filter((f) => f.id !== c.plan.fact.id && !usedFacts.has(f.id) && group.eligible(ctx, f));
    const body = group.build(ctx, c.plan.fact, pool, rng);
    return body ? withId(id, body) : undefined;
  }
  const variants = c.plan.single[c.type]!;
  const variant = chooseVariant(c.type, variants, rng);
  // Many questions draw nothing once their variant is chosen (a cloze, a short answer, "Was X among
  // ...?"): such a question is the same in every quiz, so it is made once per bank and copied.
  const key = `${c.type}\0${variant}`;
  const known = templates(ctx, c.plan.fact).get(key);
  if (known) return copyOf(known);
  const watched = watchDraws(rng);
  const q = withId(id, makerFor(c.plan.fact).build(ctx, c.plan.fact, c.type, variant, watched.rng));
  // The template is a private clone: `q` goes to the caller, who may change it.
  if (known === undefined) templates(ctx, c.plan.fact).set(key, watched.drew() ? null : cloneOf(q));
  return q;
}

/**
 * Per bank and fact, by type and variant: the question they always make, or null when it draws at random.
 * The map is the generator's own, kept in the bank context beside the facts' other cached values.
 */
function templates(ctx: BankContext, fact: Fact): Map<string, Question | null> {
  return ctx.cached(fact, 'question-templates', () => new Map<string, Question | null>());
}

/** A question of its own: fields are strings, numbers, booleans and arrays of them. */
function cloneOf(q: Question): Question {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) out[k] = Array.isArray(v) ? v.slice() : v;
  return out as unknown as Question;
}

/** A copy of a template for one quiz; it shares the template's giveaway view (templates never change). */
function copyOf(template: Question): Question {
  const copy = cloneOf(template);
  sameView(copy, template);
  return copy;
}

/** `rng` as it is, and whether anything drew on it (or forked it) since. */
function watchDraws(rng: Rng): { rng: Rng; drew(): boolean } {
  let drew = false;
  const mark = <T>(f: () => T): T => {
    drew = true;
    return f();
  };
  return {
    rng: {
      seed: rng.seed,
      next: () => mark(() => rng.next()),
      int: (n) => mark(() => rng.int(n)),
      pick: (items) => mark(() => rng.pick(items)),
      shuffle: (items) => mark(() => rng.shuffle(items)),
      sample: (items, k) => mark(() => rng.sample(items, k)),
      fork: (label) => mark(() => rng.fork(label)),
    },
    drew: () => drew,
  };
}
