// Roles: "Who is the German Chancellor?", "What role does the article give Olaf Scholz?", and the
// short answer "Who is the German Chancellor?" (matching lives in matching.ts).
import { entityPool, pickFromPool, poolSize } from '../distractors.js';
import type { Rng } from '../rng.js';
import type { Entity, QuestionType, RoleFact } from '../types.js';
import { baseOf, displayName, finishPrompt, fold, namesOf, type BankContext, type FactMaker, type QuestionBody, type VariantTable } from './context.js';
import { bareRole, shownRole } from './role-text.js';

/** All roles the bank gives `entityId` (role facts and the entity's own `role`), folded. */
function rolesOf(ctx: BankContext, entityId: string): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.factsOfKind('role')) if (r.entity === entityId) out.add(fold(bareRole(r.role)));
  const e = ctx.entity(entityId);
  if (e?.role) out.add(fold(bareRole(e.role)));
  return out;
}

/** Entities the bank gives this same role: all right answers to "Who is the ...?". */
function holders(ctx: BankContext, role: string): string[] {
  const want = fold(bareRole(role));
  return [
    ...ctx.factsOfKind('role').filter((r) => fold(bareRole(r.role)) === want).map((r) => r.entity),
    ...ctx.bank.entities.filter((e) => e.role !== undefined && fold(bareRole(e.role)) === want).map((e) => e.id),
  ];
}

export function whoIsPrompt(role: string): string {
  return finishPrompt(`Who is the ${bareRole(role)}?`, '?');
}

function whatRolePrompt(entity: Entity): string {
  return finishPrompt(`What role does the article give ${entity.name}?`, '?');
}

function holderPool(ctx: BankContext, fact: RoleFact) {
  return ctx.cached(fact, 'role-holders', () => {
    const entity = ctx.entity(fact.entity)!;
    // People the article gives some role are the most plausible wrong answers.
    const prefer = [...ctx.factsOfKind('role').map((r) => r.entity), ...ctx.bank.entities.filter((e) => e.role).map((e) => e.id)];
    return entityPool(ctx, entity, { exclude: holders(ctx, fact.role), prefer, notIn: whoIsPrompt(fact.role) });
  });
}

/** Other roles in the bank (as written), none of which the entity also holds. */
function otherRoles(ctx: BankContext, fact: RoleFact): string[] {
  return ctx.cached(fact, 'role-others', () => makeOtherRoles(ctx, fact));
}

function makeOtherRoles(ctx: BankContext, fact: RoleFact): string[] {
  const mine = rolesOf(ctx, fact.entity);
  const seen = new Set<string>();
  const out: string[] = [];
  const all = [...ctx.factsOfKind('role').map((r) => r.role), ...ctx.bank.entities.flatMap((e) => (e.role ? [e.role] : []))];
  for (const r of all) {
    const k = fold(bareRole(r));
    if (mine.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push(shownRole(r));
  }
  return out;
}

/** Names typed for "Who is the X?": the name and aliases, except aliases that merely restate the role. */
export function acceptNames(entity: Entity, role: string): string[] {
  const r = fold(bareRole(role));
  return namesOf(entity).filter((n, i) => i === 0 || fold(bareRole(n)) !== r);
}

export const roleMaker: FactMaker<RoleFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    if (!ctx.entity(fact.entity)) return table;
    const mc: string[] = [];
    if (poolSize(holderPool(ctx, fact)) >= 2) mc.push('who');
    if (otherRoles(ctx, fact).length >= 2) mc.push('role');
    if (mc.length) table['multiple-choice'] = mc;
    table['short-answer'] = ['1'];
    return table;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const entity = ctx.entity(fact.entity)!;
    switch (type) {
      case 'multiple-choice': {
        if (variant === 'role') {
          const right = shownRole(fact.role);
          const choices = rng.shuffle([right, ...rng.sample(otherRoles(ctx, fact), 3)]);
          return { ...baseOf(ctx, 'multiple-choice', [fact], whatRolePrompt(entity)), choices, answer: choices.indexOf(right) };
        }
        const prompt = whoIsPrompt(fact.role);
        const choices = rng.shuffle([entity, ...pickFromPool(holderPool(ctx, fact), 3, rng)]);
        return { ...baseOf(ctx, 'multiple-choice', [fact], prompt), choices: choices.map(displayName), answer: choices.indexOf(entity) };
      }
      case 'short-answer':
        return { ...baseOf(ctx, 'short-answer', [fact], whoIsPrompt(fact.role)), answer: entity.name, accept: acceptNames(entity, fact.role) };
      default:
        throw new Error(`role facts make no ${type} questions`);
    }
  },
};
