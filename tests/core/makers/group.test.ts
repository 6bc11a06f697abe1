import { describe, expect, it } from 'vitest';
import { sentencePosition } from '../../../src/core/article.js';
import { createContext } from '../../../src/core/makers/context.js';
import { matchingMaker } from '../../../src/core/makers/matching.js';
import { orderingMaker } from '../../../src/core/makers/ordering.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, RoleFact, StatementFact } from '../../../src/core/types.js';
import { miniBank } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const byId = (id: string) => bank.facts.find((f) => f.id === id)!;

describe('matching', () => {
  const roles = bank.facts.filter((f): f is RoleFact => f.kind === 'role');
  it('pairs each name with its role; both columns shuffled; the anchor first in factIds; 2 points', () => {
    const lefts = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const q = matchingMaker.build(ctx, roles[1]!, roles.filter((r) => r !== roles[1]), createRng(`m${i}`)) as Question;
      if (q.type !== 'matching') throw new Error('type');
      expect(q.factIds[0]).toBe('okafor-role');
      expect(q.points).toBe(2);
      expect(q.left).toHaveLength(q.factIds.length);
      q.left.forEach((name, j) => {
        const fact = roles.find((r) => bank.entities.find((e) => e.id === r.entity)!.name === name)!;
        expect(q.right[q.answer[j]!]!.toLowerCase()).toBe(fact.role.replace(/^the /, '').replace("'", '\u2019').toLowerCase());
      });
      lefts.add(q.left.join('|'));
      // Rows that line up would answer themselves.
      expect(q.answer.every((r, j) => r === j)).toBe(false);
    }
    expect(lefts.size).toBeGreaterThan(10);
  });

  it('needs three compatible facts; evidence sentences joined in article order', () => {
    expect(matchingMaker.build(ctx, roles[0]!, roles.slice(1, 2), createRng('x'))).toBeUndefined();
    const q = matchingMaker.build(ctx, roles[3]!, roles.slice(0, 2), createRng('x'))!;
    expect(q.evidence).toBe(
      "Mayor Ana Silva called it “a bridge for everyone”. Ben Okafor, the council's treasurer, warned that costs could rise. Carla Reyes, the chair of the transport committee, welcomed the vote.",
    );
    expect(q.paragraph).toBe(1);
  });
});

describe('ordering', () => {
  const statements = bank.facts.filter((f): f is StatementFact => f.kind === 'statement');
  it('the answer lists the items in the order the article reports them; never shown already in order', () => {
    for (let i = 0; i < 200; i++) {
      const q = orderingMaker.build(ctx, byId('builders'), statements.filter((s) => s.id !== 'builders'), createRng(`o${i}`)) as Question;
      if (q.type !== 'ordering') throw new Error('type');
      const pos = (text: string) => sentencePosition(bank.articleText, statements.find((s) => s.text === text)!.evidence);
      const ordered = q.answer.map((j) => pos(q.items[j]!));
      expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
      expect(new Set(ordered).size).toBe(ordered.length);
      expect(q.items.map(pos)).not.toEqual(ordered);
      expect([...q.answer].sort()).toEqual(q.items.map((_, j) => j));
    }
  });

  it('takes statements from different sentences only', () => {
    const same: StatementFact = { id: 'same', kind: 'statement', text: 'Builders will start in the spring.', evidence: 'Builders from Northbay will start work in the spring.' };
    for (let i = 0; i < 50; i++) {
      const q = orderingMaker.build(ctx, byId('builders'), [same, byId('new-road'), byId('westmark-pays')], createRng(`d${i}`))!;
      expect(q.factIds).not.toContain('same');
    }
  });
});
