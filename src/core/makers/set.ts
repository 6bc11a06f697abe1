// Closed groups the article lists: multi-select, "Which of these ...?" (one member among non-members),
// "Which of these is NOT ...?" (one non-member among members) and true/false "X took part in ...".
import { entityPool, pickFromPool, poolSize } from '../distractors.js';
import type { Rng } from '../rng.js';
import type { Entity, QuestionType, SetFact } from '../types.js';
import {
  baseOf,
  displayName,
  finishPrompt,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

function members(ctx: BankContext, fact: SetFact): Entity[] {
  return fact.members.map((id) => ctx.entity(id)).filter((e): e is Entity => e !== undefined);
}

/**
 * Non-members that can be offered. When the bank lists non-members, only those: an entity the list leaves
 * out may well belong to the group in fact (Joe Biden held the videoconference its list of participants
 * does not name him in). Without a list, other entities of the members' kind.
 */
function outsiders(ctx: BankContext, fact: SetFact): { preferred: Entity[]; rest: Entity[] } {
  return ctx.cached(fact, 'set-outsiders', () => makeOutsiders(ctx, fact));
}

function makeOutsiders(ctx: BankContext, fact: SetFact): { preferred: Entity[]; rest: Entity[] } {
  const ms = members(ctx, fact);
  if (ms.length === 0) return { preferred: [], rest: [] };
  // Any member works as the reference: the pool excludes all members and anything sharing their names.
  const pool = entityPool(ctx, ms[0]!, { exclude: fact.members, prefer: fact.nonMembers ?? [] });
  if (fact.nonMembers && fact.nonMembers.length > 0) pool.rest = [];
  const memberNames = new Set(ms.flatMap((m) => [m.name, ...(m.aliases ?? [])].map((n) => n.toLowerCase())));
  const ok = (e: Entity) => ![e.name, ...(e.aliases ?? [])].some((n) => memberNames.has(n.toLowerCase()));
  return { preferred: pool.preferred.filter(ok), rest: pool.rest.filter(ok) };
}

/** Verb phrases like "took part in ..." in the negative need a base form; a short table covers the usual ones. */
const BASE_FORMS: Record<string, string> = {
  took: 'take',
  participated: 'participate',
  joined: 'join',
  attended: 'attend',
  signed: 'sign',
  met: 'meet',
  said: 'say',
  called: 'call',
  announced: 'announce',
  demanded: 'demand',
  agreed: 'agree',
  voted: 'vote',
  had: 'have',
  made: 'make',
  went: 'go',
  came: 'come',
  sent: 'send',
  received: 'receive',
  backed: 'back',
  supported: 'support',
  opposed: 'oppose',
  praised: 'praise',
  condemned: 'condemn',
  spoke: 'speak',
  gave: 'give',
  followed: 'follow',
  figured: 'figure',
  appeared: 'appear',
  visited: 'visit',
  promised: 'promise',
  pledged: 'pledge',
  accepted: 'accept',
  rejected: 'reject',
  approved: 'approve',
  welcomed: 'welcome',
  warned: 'warn',
  asked: 'ask',
  won: 'win',
  lost: 'lose',
  left: 'leave',
  became: 'become',
  got: 'get',
  held: 'hold',
  led: 'lead',
  chose: 'choose',
  decided: 'decide',
  named: 'name',
  mentioned: 'mention',
  listed: 'list',
};

export function negatedPrompt(about: string): string {
  const [first, ...rest] = about.trim().split(/\s+/);
  const base = first ? BASE_FORMS[first.toLowerCase()] : undefined;
  if (base) return finishPrompt(`Which of these did NOT ${[base, ...rest].join(' ')}?`, '?');
  if (first && /^(are|were|is|was)$/i.test(first))
    return finishPrompt(`Which of these ${first.toLowerCase()} NOT ${rest.join(' ')}?`, '?');
  return finishPrompt(`Which of these is NOT among those who ${about.trim()}?`, '?');
}

export const setMaker: FactMaker<SetFact> = {
  variants(ctx, fact) {
    const ms = members(ctx, fact);
    const out = outsiders(ctx, fact);
    const nOut = poolSize(out);
    const table: VariantTable = {};
    // Two wrong options at least: with one, "pick all but the odd one out" answers without reading.
    if (ms.length >= 1 && nOut >= 2 && ms.length + nOut >= 4) table['multi-select'] = ['1'];
    const mc: string[] = [];
    if (ms.length >= 1 && nOut >= 2) mc.push('member');
    if (ms.length >= 2 && nOut >= 1) mc.push('not');
    if (mc.length) table['multiple-choice'] = mc;
    // No true/false: "X took part in ..." checks one name of a list, a coin toss of recall.
    return table;
  },

  needs(ctx, fact) {
    if (members(ctx, fact).length === 0) return 'list its members under members: (entity ids)';
    return `needs 2 or more names outside the list (it has ${poolSize(outsiders(ctx, fact))}): add entities of the same kind the article names, under nonMembers:`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const ms = members(ctx, fact);
    const out = outsiders(ctx, fact);
    switch (type) {
      case 'multi-select': {
        const nOut = poolSize(out);
        const total = Math.min(6, ms.length + nOut);
        // Two wrong options at least where the bank has them: one wrong among five right is no question.
        const lo = Math.max(Math.min(2, nOut), total - ms.length);
        const hi = Math.min(nOut, total - 1, 3);
        const nWrong = lo + rng.int(Math.max(1, hi - lo + 1));
        const right = rng.sample(ms, total - nWrong);
        const wrong = pickFromPool(out, nWrong, rng);
        const choices = rng.shuffle([...right.map((e) => ({ e, ok: true })), ...wrong.map((e) => ({ e, ok: false }))]);
        const prompt = finishPrompt(`Which of these ${fact.about.trim()}? Select all that apply.`);
        return {
          ...baseOf(ctx, 'multi-select', [fact], prompt),
          choices: choices.map((c) => displayName(c.e)),
          answer: choices.flatMap((c, i) => (c.ok ? [i] : [])),
        };
      }
      case 'multiple-choice': {
        if (variant === 'not') {
          const [answer] = pickFromPool(out, 1, rng);
          const others = rng.sample(ms, 3);
          const choices = rng.shuffle([answer!, ...others]);
          return {
            ...baseOf(ctx, 'multiple-choice', [fact], negatedPrompt(fact.about)),
            choices: choices.map(displayName),
            answer: choices.indexOf(answer!),
            negated: true,
          };
        }
        const answer = rng.pick(ms);
        const choices = rng.shuffle([answer, ...pickFromPool(out, 3, rng)]);
        return {
          ...baseOf(ctx, 'multiple-choice', [fact], finishPrompt(`Which of these ${fact.about.trim()}?`, '?')),
          choices: choices.map(displayName),
          answer: choices.indexOf(answer),
        };
      }
      default:
        throw new Error(`set facts make no ${type} questions`);
    }
  },
};
