// prepareBank: everything the generator needs that follows from the bank alone, worked out once: the
// indexes (entities by name, sentences by evidence), what each fact can feed, and which article sentence
// each fact rests on. The loader prepares every bank it loads; the build ships the plan of the built-in
// banks so that a cold `readquiz generate` only builds the questions it picks.
import { createRng } from './rng.js';
import { createContext, type BankContext, type VariantTable } from './makers/context.js';
import { GROUP_MAKERS, makerFor } from './makers/registry.js';
import type { Bank, Fact, QuestionType } from './types.js';

/** What one fact can feed: its own questions by type and variant, and the group questions it can anchor. */
export interface FactPlan {
  readonly fact: Fact;
  readonly single: VariantTable;
  readonly groups: readonly QuestionType[];
  /** The article sentence the fact's evidence is (its evidence when the article lacks it). */
  readonly sentence: string;
}

/** A bank ready for quizzes: the bank itself, plus its indexes and plan. Frozen; share it freely. */
export type PreparedBank = Bank & {
  readonly prepared: { readonly ctx: BankContext; readonly plans: readonly FactPlan[] };
};

/** The plan as plain data, to store beside a precompiled bank. */
export interface BankPlanData {
  facts: { id: string; single: VariantTable; groups: QuestionType[] }[];
}

/**
 * Whether `bank` carries a preparation made from its own facts, entities and article. A copy with other
 * facts (`{...prepared, facts}`) still carries the old `prepared`: trusting it would serve stale plans.
 */
export function isPrepared(bank: Bank): bank is PreparedBank {
  const p = (bank as Partial<PreparedBank>).prepared;
  if (p === undefined) return false;
  const made = p.ctx.bank;
  return (
    made.entities === bank.entities &&
    made.articleText === bank.articleText &&
    p.plans.length === bank.facts.length &&
    p.plans.every((plan, i) => plan.fact === bank.facts[i])
  );
}

/**
 * prepareBank(bank) once, then generateQuiz(prepared, {seed}) as often as needed. `plan` is data that
 * exportPlan made from the same bank content; when it does not line up with the facts it is ignored.
 */
export function prepareBank(bank: Bank, plan?: BankPlanData): PreparedBank {
  if (isPrepared(bank)) return bank;
  const ctx = createContext(bank);
  const fits =
    plan !== undefined &&
    plan.facts.length === bank.facts.length &&
    plan.facts.every((p, i) => p.id === bank.facts[i]!.id);
  const plans = fits ? plan.facts.map((p, i) => planOf(ctx, bank.facts[i]!, p.single, p.groups)) : computePlans(ctx);
  return Object.freeze({ ...bank, prepared: Object.freeze({ ctx, plans: Object.freeze(plans) }) });
}

export function exportPlan(bank: Bank): BankPlanData {
  return {
    facts: prepareBank(bank).prepared.plans.map((p) => ({ id: p.fact.id, single: p.single, groups: p.groups.slice() })),
  };
}

function planOf(ctx: BankContext, fact: Fact, single: VariantTable, groups: readonly QuestionType[]): FactPlan {
  return Object.freeze({ fact, single, groups, sentence: ctx.sentence(fact.evidence).sentence });
}

function computePlans(ctx: BankContext): FactPlan[] {
  const groupOk = GROUP_MAKERS.map((g) => {
    const eligible = ctx.bank.facts.filter((f) => g.eligible(ctx, f));
    const ok = new Set<Fact>();
    // A fixed stream: feasibility must not depend on the seed.
    for (const f of eligible) {
      if (
        g.build(
          ctx,
          f,
          eligible.filter((o) => o !== f),
          createRng('readquiz/feasibility'),
        ) !== undefined
      )
        ok.add(f);
    }
    return { g, ok };
  });
  return ctx.bank.facts.map((fact) =>
    planOf(
      ctx,
      fact,
      makerFor(fact).variants(ctx, fact),
      groupOk.filter(({ ok }) => ok.has(fact)).map(({ g }) => g.type),
    ),
  );
}
