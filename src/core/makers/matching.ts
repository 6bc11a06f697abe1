// Matching: several role facts of people; names on the left, roles on the right, both shuffled, with one
// role more on the right than names on the left (a role the article gives someone not listed), so the
// last pair never comes free.
import { capitalize } from '../text.js';
import type { RoleFact } from '../types.js';
import { baseOf, displayName, finishPrompt, fold, typographic } from './context.js';
import { chooseGroup, type GroupMaker } from './group.js';

const SIZE = 4;

function bareRole(role: string): string {
  return capitalize(typographic(role.trim().replace(/^(the|a|an)\s+/i, '')));
}

export const matchingMaker: GroupMaker = {
  type: 'matching',
  min: 3,
  eligible: (ctx, fact) => fact.kind === 'role' && ctx.entity(fact.entity)?.kind === 'person',
  build(ctx, anchor, pool, rng) {
    const roles = pool.filter((f): f is RoleFact => f.kind === 'role' && ctx.entity(f.entity)?.kind === 'person');
    // Distinct people and distinct roles, else two pairings would both be right.
    const fits = (a: RoleFact, b: RoleFact) => a.entity !== b.entity && fold(bareRole(a.role)) !== fold(bareRole(b.role));
    // One more than the rows: the extra one's role is the spare option on the right.
    const group = chooseGroup(anchor as RoleFact, roles, SIZE + 1, fits, rng);
    if (group.length < this.min + 1) return undefined;
    const paired = group.slice(0, group.length - 1);
    const left = rng.shuffle(paired);
    // Rows that already line up would answer themselves: reshuffle the right column.
    let right = rng.shuffle(group);
    for (let tries = 0; tries < 8 && left.every((f, i) => f === right[i]); tries++) right = rng.shuffle(group);
    const prompt = finishPrompt('Match each person to the role the article gives them. One role is left over.');
    return {
      ...baseOf(ctx, 'matching', paired, prompt),
      left: left.map((f) => displayName(ctx.entity(f.entity)!)),
      right: right.map((f) => bareRole(f.role)),
      answer: left.map((f) => right.indexOf(f)),
    };
  },
};
