import { describe, expect, it } from 'vitest';
import { findSentence, sentencePosition } from '../../../src/core/article.js';
import { createContext } from '../../../src/core/makers/context.js';
import { matchingMaker } from '../../../src/core/makers/matching.js';
import { orderingMaker } from '../../../src/core/makers/ordering.js';
import { createRng } from '../../../src/core/rng.js';
import type { EventFact, Question, RoleFact, StatementFact } from '../../../src/core/types.js';
import { miniBank } from '../fixtures/mini-bank.js';
import { readingBank } from '../fixtures/reading-bank.js';

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

  it('needs three compatible people plus a spare role; one source per fact used, each with its own paragraph', () => {
    expect(matchingMaker.build(ctx, roles[0]!, roles.slice(1, 2), createRng('x'))).toBeUndefined();
    // Three roles in all: three rows would leave no spare, two rows are too few.
    expect(matchingMaker.build(ctx, roles[3]!, roles.slice(0, 2), createRng('x'))).toBeUndefined();
    const q = matchingMaker.build(ctx, roles[3]!, roles.slice(0, 3), createRng('x')) as Question;
    if (q.type !== 'matching') throw new Error('type');
    expect(q.left).toHaveLength(3);
    expect(q.right).toHaveLength(4);
    // Only the paired facts are sources; the spare role is no claim the question rests on.
    expect(q.sources).toHaveLength(3);
    expect(q.sources.map((s) => s.factId).sort()).toEqual([...q.factIds].sort());
    for (const s of q.sources) {
      const f = roles.find((r) => r.id === s.factId)!;
      expect(s.evidence).toBe(f.evidence);
      expect(s.paragraph).toBe(findSentence(bank.articleText, f.evidence)!.paragraph);
    }
    expect(q.sources.map((s) => s.paragraph)).toEqual([...q.sources.map((s) => s.paragraph)].sort((a, b) => a - b));
    expect(q.evidence).toBe(q.sources[0]!.evidence);
    expect(q.paragraph).toBe(q.sources[0]!.paragraph);
  });

  it('the right column holds one role more than the left: the last pair never comes free', () => {
    for (let i = 0; i < 100; i++) {
      const q = matchingMaker.build(ctx, roles[0]!, roles.slice(1), createRng(`spare${i}`)) as Question;
      if (q.type !== 'matching') throw new Error('type');
      expect(q.right.length).toBe(q.left.length + 1);
      // Every row has a partner and no two rows share one: exactly one role is left over.
      expect(new Set(q.answer).size).toBe(q.left.length);
    }
  });

  it('people only: a role given to an organisation is never matched', () => {
    const org: RoleFact = { id: 'council-role', kind: 'role', entity: 'council', role: 'owner of the old ferry', evidence: 'Traffic on the old ferry has doubled in ten years.' };
    expect(matchingMaker.eligible(ctx, org)).toBe(false);
    for (let i = 0; i < 30; i++) {
      const q = matchingMaker.build(ctx, roles[0]!, [...roles.slice(1), org], createRng(`org${i}`)) as Question;
      if (q.type !== 'matching') throw new Error('type');
      expect(q.factIds).not.toContain('council-role');
      expect(q.right).not.toContain('Owner of the old ferry');
    }
  });
});

describe('ordering', () => {
  const reading = readingBank();
  const rctx = createContext(reading);
  const events = reading.facts.filter((f): f is EventFact => f.kind === 'event');
  const event = (id: string) => events.find((e) => e.id === id)!;

  it('three events; the answer is their time order, not their order in the article; never shown in either order', () => {
    const byText = (text: string) => events.find((e) => e.text.replace(/\.$/, '') === text)!;
    let toldOutOfOrder = 0;
    for (let i = 0; i < 200; i++) {
      const q = orderingMaker.build(rctx, event('ev-vote'), events.filter((e) => e.id !== 'ev-vote'), createRng(`o${i}`)) as Question;
      if (q.type !== 'ordering') throw new Error('type');
      expect(q.prompt).toBe('Put these events in the order they happened, earliest first.');
      expect(q.items).toHaveLength(3);
      expect(q).toMatchObject({ skill: 'sequence', factKind: 'event', points: 2 });
      const times = q.answer.map((j) => byText(q.items[j]!).order);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(3);
      expect(q.items.map((t) => byText(t).order)).not.toEqual(times);
      expect([...q.answer].sort()).toEqual(q.items.map((_, j) => j));
      // Each event's own sentence is a source.
      expect(q.sources.map((s) => s.factId).sort()).toEqual([...q.factIds].sort());
      const told = q.answer.map((j) => sentencePosition(reading.articleText, byText(q.items[j]!).evidence));
      if (told.some((p, k) => k > 0 && p < told[k - 1]!)) toldOutOfOrder++;
    }
    // The vote is told first but happened after the 1998 request and the debate: time order often differs from the telling.
    expect(toldOutOfOrder).toBeGreaterThan(50);
  });

  it('built from events only: statements, actions and quantities never make an ordering', () => {
    expect(orderingMaker.eligible(rctx, event('ev-vote'))).toBe(true);
    for (const f of reading.facts.filter((x) => x.kind !== 'event')) expect(orderingMaker.eligible(rctx, f), f.id).toBe(false);
    const statements = bank.facts.filter((f): f is StatementFact => f.kind === 'statement');
    expect(orderingMaker.build(ctx, byId('builders'), statements.filter((s) => s.id !== 'builders'), createRng('s'))).toBeUndefined();
  });

  it('takes events of distinct times and distinct sentences only', () => {
    const same: EventFact = { id: 'same', kind: 'event', text: 'The council met.', order: 6, evidence: event('ev-vote').evidence };
    const sameTime: EventFact = { id: 'same-time', kind: 'event', text: 'Residents wrote letters.', order: 2, evidence: 'Riverton first asked for a bridge in 1998.' };
    for (let i = 0; i < 50; i++) {
      const q = orderingMaker.build(rctx, event('ev-vote'), [same, sameTime, event('ev-debate'), event('ev-road')], createRng(`d${i}`))!;
      expect(q.factIds).not.toContain('same');
      expect(q.factIds.includes('same-time') && q.factIds.includes('ev-debate')).toBe(false);
    }
    expect(orderingMaker.build(rctx, event('ev-vote'), [same, event('ev-road')], createRng('few'))).toBeUndefined();
  });
});
