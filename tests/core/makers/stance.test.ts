import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { otherSide, stanceMaker, whoPrompt } from '../../../src/core/makers/stance.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, StanceFact } from '../../../src/core/types.js';
import { readingBank, READING_BANK_FILE, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as StanceFact;
const CAUTION = ['Ben Okafor', 'Eva Lind', 'Finn Moss'];

describe('stance maker', () => {
  it('"Which of these backed the bridge?": the actor among actors the article puts on the other side only', () => {
    for (let i = 0; i < 40; i++) {
      const q = stanceMaker.build(ctx, fact('st-silva'), 'multiple-choice', '1', createRng(`s${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe(whoPrompt(fact('st-silva')));
      expect(q.prompt).toBe('According to the article, which of these backed the bridge?');
      expect(q.choices[q.answer]).toBe('Ana Silva');
      // Never another backer (a second right answer), never someone the article puts on no side.
      expect([...q.choices].sort()).toEqual(['Ana Silva', ...CAUTION].sort());
      expect(q).toMatchObject({
        skill: 'stance',
        factKind: 'stance',
        sources: [{ factId: 'st-silva', evidence: S.silva, paragraph: 1 }],
      });
    }
  });

  it('no true/false: "X urged caution" is false only because X is shown on the other side, which the article never says', () => {
    for (const f of bank.facts.filter((x): x is StanceFact => x.kind === 'stance'))
      expect(stanceMaker.variants(ctx, f)['true-false'], f.id).toBeUndefined();
    expect(() => stanceMaker.build(ctx, fact('st-lind'), 'true-false', 'true', createRng('t'))).toThrow(
      /no true-false/,
    );
  });

  it('an actor on both sides is never a wrong option; one the side names is never an option', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        // Okafor also backed the bridge: offering him against "backed the bridge" would be a second right answer.
        {
          id: 'st-okafor-too',
          kind: 'stance',
          evidence: S.voters,
          actor: 'ben-okafor',
          side: 'backed the bridge',
          position: 'voted for the plan',
        },
        // A side that names an actor: that actor is no plausible option for it.
        {
          id: 'st-against-lind',
          kind: 'stance',
          evidence: S.asked,
          actor: 'riverton',
          side: 'disagreed with Eva Lind',
          position: 'asked for a bridge',
        },
      ],
    });
    const c = createContext(b);
    expect(
      otherSide(c, fact('st-silva', b))
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Eva Lind', 'Finn Moss', 'Riverton']);
    expect(otherSide(c, fact('st-against-lind', b)).map((e) => e.name)).not.toContain('Eva Lind');
  });

  it('multiple choice only with four other-side actors or more (else every ask shows the same three); none without a known actor', () => {
    // Three on the other side: too few.
    expect(stanceMaker.variants(ctx, fact('st-silva'))).toEqual({});
    const fourth = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        {
          id: 'st-westmark',
          kind: 'stance',
          evidence: 'The regional government of Westmark promised to pay half of the cost.',
          actor: 'westmark',
          side: 'urged caution',
          position: 'asked for a cap on its share',
        },
      ],
    });
    const c4 = createContext(fourth);
    expect(stanceMaker.variants(c4, fact('st-silva', fourth))).toEqual({ 'multiple-choice': ['1'] });
    const offered = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const q = stanceMaker.build(
        c4,
        fact('st-silva', fourth),
        'multiple-choice',
        '1',
        createRng(`four${i}`),
      ) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      q.choices.forEach((x) => offered.add(x));
    }
    // Every other-side actor turns up: the wrong options vary from ask to ask.
    expect([...offered].sort()).toEqual(['Ana Silva', ...CAUTION, 'Regional government of Westmark'].sort());
    const lonely = readingBank({
      facts: READING_BANK_FILE.facts.filter((f) => f.kind !== 'stance' || f.id === 'st-silva'),
    });
    expect(stanceMaker.variants(createContext(lonely), fact('st-silva', lonely))).toEqual({});
    expect(stanceMaker.variants(c4, { ...fact('st-silva', fourth), actor: 'nobody' })).toEqual({});
  });
});
