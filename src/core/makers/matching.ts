// Matching: several role facts; names on the left, roles on the right, both shuffled.
import type { RoleFact } from '../types.js';
import { baseOf, displayName, finishPrompt, fold } from './context.js';
import { chooseGroup, type GroupMaker } from './group.js';
import { shownRole } from './role-text.js';

const SIZE = 4;

export const matchingMaker: GroupMaker = {
  type: 'matching',
  min: 3,
  eligible: (ctx, fact) => fact.kind === 'role' && ctx.entity(fact.entity) !== undefined,
  build(ctx, anchor, pool, rng) {
    const roles = pool.filter((f): f is RoleFact => f.kind === 'role');
    // Distinct people and distinct roles, else two pairings would both be right.
    const fits = (a: RoleFact, b: RoleFact) => a.entity !== b.entity && fold(shownRole(a.role)) !== fold(shownRole(b.role));
    const group = chooseGroup(anchor as RoleFact, roles, SIZE, fits, rng);
    if (group.length < this.min) return undefined;
    const left = rng.shuffle(group);
    // Rows that already line up would answer themselves: reshuffle the right column.
    let right = rng.shuffle(group);
    for (let tries = 0; tries < 8 && right.every((f, i) => f === left[i]); tries++) right = rng.shuffle(group);
    const people = group.every((f) => ctx.entity(f.entity)!.kind === 'person');
    const prompt = finishPrompt(`Match each ${people ? 'person' : 'name'} to the role the article gives ${people ? 'them' : 'it'}.`);
    return {
      ...baseOf(ctx, 'matching', group, prompt),
      left: left.map((f) => displayName(ctx.entity(f.entity)!)),
      right: right.map((f) => shownRole(f.role)),
      answer: left.map((f) => right.indexOf(f)),
    };
  },
};
