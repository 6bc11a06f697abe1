// Roles: "According to the article, what is Josep Borrell's position?" (matching lives in matching.ts), or,
// where the bank gives one other person's position only, "According to the article, Josep Borrell's position
// is ...", true or false. Never "Who is the British Prime Minister?": that is answerable without the article, and dated.
import type { Rng } from '../rng.js';
import type { Entity, QuestionType, RoleFact } from '../types.js';
import {
  baseOf,
  containsWords,
  finishPrompt,
  fold,
  typographic,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';
import { bareRole as bare, shownRole } from './role-text.js';

/** All roles the bank gives `entityId` (role facts and the entity's own `role`), folded. */
function rolesOf(ctx: BankContext, entityId: string): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.factsOfKind('role')) if (r.entity === entityId) out.add(fold(bare(r.role)));
  const e = ctx.entity(entityId);
  if (e?.role) out.add(fold(bare(e.role)));
  return out;
}

export function whatRolePrompt(entity: Entity): string {
  return finishPrompt(`According to the article, what is ${entity.name}’s position?`, '?');
}

/**
 * The claim a true/false item makes of a position, in the article's words without "the" or "a" (which "is" would
 * need to choose), but for a possessive's "the" ("the project's chief engineer"); true and false claims are written
 * alike, so neither a capital nor an article tells them apart: "According to the article, Khaled Al-Maeena’s position
 * is editor at large at the Saudi Gazette."
 */
export function roleClaim(entity: Entity, role: string): string {
  const plain = typographic(bare(role));
  const shown = /^\p{L}+['’]s\s/u.test(plain) ? `the ${plain}` : plain;
  return finishPrompt(`According to the article, ${entity.name}’s position is ${shown}`);
}

/**
 * The one other position a true/false item may set in this one's place, as the bank writes it: none when two or more
 * could (a choice among them is the multiple-choice question's), or when it shares a word of four letters or more with
 * one of the person's own ("health ministry spokesman" against "spokeswoman for the ministry" may be true of both).
 */
function swappableRole(ctx: BankContext, fact: RoleFact): string | undefined {
  return ctx.cached(fact, 'role-swap', () => makeSwappableRole(ctx, fact));
}

function makeSwappableRole(ctx: BankContext, fact: RoleFact): string | undefined {
  const others = otherRoleTexts(ctx, fact);
  if (others.length !== 1) return undefined;
  const long = (t: string) =>
    new Set((fold(t).match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:wo)?m[ae]n$|person$/, '')));
  const mine = [...rolesOf(ctx, fact.entity)].flatMap((r) => [...long(r)]);
  const theirs = long(others[0]!);
  if (mine.some((w) => theirs.has(w))) return undefined;
  // "Wesley Kennedy's position is President": a bare title set against a post at a named body ("principal of the Richard
  // Nixon Institute") is false on its face (trial 287); the two must both say where, or neither.
  // A title is written with a capital ("Secretary of State", "President"); a post at a body is not ("principal of the
  // Richard Nixon Institute", "editor at large at the Saudi Gazette").
  const says = (r: string) =>
    /^\p{Ll}/u.test(r.replace(/^(?:the|a|an)\s+/i, '')) &&
    // "on the project" says where; "adviser on foreign policy" says on what (the review's counterexample).
    /\b(?:of|at|for|with|in|from)\s|\bon\s+(?:the|a|an|its|their)\s/i.test(r);
  // As written, not folded: the capital is what tells a title.
  const written = [fact.role, ctx.entity(fact.entity)?.role].filter((r): r is string => r !== undefined);
  return written.every((r) => says(r) === says(others[0]!)) ? others[0] : undefined;
}

/** Other roles the bank gives entities of the same kind (as written), none of which the entity also holds. */
function otherRoles(ctx: BankContext, fact: RoleFact): string[] {
  return ctx.cached(fact, 'role-others', () => makeOtherRoles(ctx, fact));
}

function makeOtherRoles(ctx: BankContext, fact: RoleFact): string[] {
  return otherRoleTexts(ctx, fact).map(shownRole);
}

/** The other roles as the bank writes them (not capitalised for an option). */
function otherRoleTexts(ctx: BankContext, fact: RoleFact): string[] {
  const mine = rolesOf(ctx, fact.entity);
  const kind = ctx.entity(fact.entity)?.kind;
  const sameKind = (id: string) => ctx.entity(id)?.kind === kind;
  const all = [
    ...ctx
      .factsOfKind('role')
      .filter((r) => sameKind(r.entity))
      .map((r) => r.role),
    ...ctx.bank.entities.flatMap((e) => (e.role && e.kind === kind ? [e.role] : [])),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of all) {
    const k = fold(bare(r));
    // "President" beside "US President", "Secretary" beside "Secretary of State": a wrong option that a
    // right one holds is right too.
    const overlaps = [...mine].some((m) => containsWords(m, k) || containsWords(k, m));
    if (mine.has(k) || seen.has(k) || overlaps) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

export const roleMaker: FactMaker<RoleFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    if (ctx.entity(fact.entity)?.kind !== 'person') return table;
    const others = otherRoles(ctx, fact).length;
    if (others >= 2) table['multiple-choice'] = ['role'];
    // Two people with positions, the usual draft of a story that quotes two (Mecca's director of civil defence
    // and a newspaper's editor): one other position is too few for a choice among three, but enough for a claim
    // to judge, true or the other's position set in its place. Both versions or neither, as for a reason.
    else if (swappableRole(ctx, fact) !== undefined) table['true-false'] = ['true', 'false'];
    return table;
  },

  needs(ctx, fact) {
    const e = ctx.entity(fact.entity);
    if (!e) return 'name whose position it is under entity: (an entity id)';
    if (e.kind !== 'person') return `positions are asked of people only; ${e.name} is a ${e.kind}`;
    return `the position question needs another person's position in the bank (it has none): add role: to another person the article names`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const entity = ctx.entity(fact.entity)!;
    if (type === 'true-false') {
      const truth = variant === 'true';
      const shown = truth ? fact.role : swappableRole(ctx, fact)!;
      return { ...baseOf(ctx, 'true-false', [fact], roleClaim(entity, shown)), answer: truth };
    }
    if (type !== 'multiple-choice') throw new Error(`role facts make no ${type} questions`);
    const right = shownRole(fact.role);
    const choices = rng.shuffle([right, ...rng.sample(otherRoles(ctx, fact), 3)]);
    return {
      ...baseOf(ctx, 'multiple-choice', [fact], whatRolePrompt(entity)),
      choices,
      answer: choices.indexOf(right),
    };
  },
};
