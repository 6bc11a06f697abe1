import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { stanceGroupMaker } from '../../../src/core/makers/stance-group.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, StanceFact } from '../../../src/core/types.js';
import { readingBank } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const stances = bank.facts.filter((f): f is StanceFact => f.kind === 'stance');
const fact = (id: string) => stances.find((f) => f.id === id)!;
const nameOf = (s: StanceFact) => bank.entities.find((e) => e.id === s.actor)!.name;

describe('stance-group maker (multi-select)', () => {
  it("sorts actors: those on the anchor's side are right, those on the other wrong; each actor's sentence a source", () => {
    const sizes = new Set<number>();
    for (let i = 0; i < 80; i++) {
      const anchor = fact('st-reyes');
      const q = stanceGroupMaker.build(
        ctx,
        anchor,
        stances.filter((s) => s !== anchor),
        createRng(`g${i}`),
      ) as Question;
      if (q.type !== 'multi-select') throw new Error('type');
      expect(q.prompt).toBe('According to the article, which of these backed the bridge? Select all that apply.');
      expect(q.choices).toHaveLength(4);
      expect(q.factIds[0]).toBe('st-reyes');
      expect(q.choices[q.answer[0]!]).toBeDefined();
      const shown = q.factIds.map((id) => fact(id));
      q.choices.forEach((c, j) => {
        const s = shown.find((x) => nameOf(x) === c)!;
        expect(q.answer.includes(j), c).toBe(s.side === 'backed the bridge');
      });
      expect(q.choices).toContain('Carla Reyes');
      // At least one wrong and one right: sorting, not ticking everything.
      expect(q.answer.length).toBeGreaterThanOrEqual(1);
      expect(q.answer.length).toBeLessThan(4);
      expect(q.sources.map((s) => s.factId).sort()).toEqual([...q.factIds].sort());
      expect(q).toMatchObject({ skill: 'stance', factKind: 'stance', points: 2 });
      sizes.add(q.answer.length);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3]);
  });

  it('needs four actors with at least one on another side', () => {
    const backers = stances.filter((s) => s.side === 'backed the bridge');
    expect(stanceGroupMaker.build(ctx, backers[0]!, backers.slice(1), createRng('x'))).toBeUndefined();
    expect(stanceGroupMaker.build(ctx, backers[0]!, [backers[1]!, fact('st-lind')], createRng('x'))).toBeUndefined();
    // Two backers and two others make four options whatever the seed: the draw never leaves them short.
    for (let i = 0; i < 40; i++) {
      const q = stanceGroupMaker.build(
        ctx,
        backers[0]!,
        [backers[1]!, fact('st-lind'), fact('st-moss')],
        createRng(`four${i}`),
      ) as Question;
      if (q?.type !== 'multi-select') throw new Error(`seed four${i}: no question`);
      expect(q.answer).toHaveLength(2);
    }
  });

  it('takes stance facts with a known actor only', () => {
    expect(stanceGroupMaker.eligible(ctx, fact('st-silva'))).toBe(true);
    expect(stanceGroupMaker.eligible(ctx, { ...fact('st-silva'), actor: 'nobody' })).toBe(false);
    expect(
      stanceGroupMaker.eligible(
        ctx,
        bank.facts.find((f) => f.kind === 'role')!,
      ),
    ).toBe(false);
  });
});
