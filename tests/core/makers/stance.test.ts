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
const BACKERS = ['Ana Silva', 'Carla Reyes', 'Dan Weiss'];

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
      expect(q).toMatchObject({ skill: 'stance', factKind: 'stance', sources: [{ factId: 'st-silva', evidence: S.silva, paragraph: 1 }] });
    }
  });

  it('true/false: the actor on their side (true), or an actor of the other side (false: the article says otherwise)', () => {
    expect(stanceMaker.build(ctx, fact('st-lind'), 'true-false', 'true', createRng('t'))).toMatchObject({
      prompt: 'According to the article, Eva Lind urged caution.',
      answer: true,
      factIds: ['st-lind'],
      sources: [{ factId: 'st-lind', evidence: S.lind, paragraph: 4 }],
    });
    const swapped = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const q = stanceMaker.build(ctx, fact('st-lind'), 'true-false', 'false', createRng(`f${i}`)) as Question;
      expect(q.answer).toBe(false);
      const who = /^According to the article, (.+) urged caution\.$/.exec(q.prompt)![1]!;
      expect(BACKERS).toContain(who);
      swapped.add(who);
      // What makes it false is the other actor's own stance: its sentence is a source, beside Lind's.
      const theirs = bank.facts.find((f) => f.kind === 'stance' && bank.entities.find((e) => e.id === f.actor)!.name === who)!;
      expect(q.factIds).toEqual(['st-lind', theirs.id]);
      expect(q.sources.map((s) => s.evidence).sort()).toEqual([S.lind, theirs.evidence].sort());
    }
    expect(swapped.size).toBe(3);
  });

  it('an actor on both sides is never a wrong option; one the side names is never an option', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        // Okafor also backed the bridge: offering him against "backed the bridge" would be a second right answer.
        { id: 'st-okafor-too', kind: 'stance', evidence: S.voters, actor: 'ben-okafor', side: 'backed the bridge', position: 'voted for the plan' },
        // A side that names an actor: that actor is no plausible option for it.
        { id: 'st-against-lind', kind: 'stance', evidence: S.asked, actor: 'riverton', side: 'disagreed with Eva Lind', position: 'asked for a bridge' },
      ],
    });
    const c = createContext(b);
    expect(otherSide(c, fact('st-silva', b)).map((e) => e.name).sort()).toEqual(['Eva Lind', 'Finn Moss', 'Riverton']);
    expect(otherSide(c, fact('st-against-lind', b)).map((e) => e.name)).not.toContain('Eva Lind');
  });

  it('multiple choice with three wrong actors or more, true/false with one; none without a known actor', () => {
    expect(stanceMaker.variants(ctx, fact('st-silva'))).toEqual({ 'multiple-choice': ['1'], 'true-false': ['true', 'false'] });
    const thin = readingBank({ facts: READING_BANK_FILE.facts.filter((f) => f.id !== 'st-moss' && f.id !== 'st-okafor') });
    expect(stanceMaker.variants(createContext(thin), fact('st-silva', thin))).toEqual({ 'true-false': ['true', 'false'] });
    const lonely = readingBank({ facts: READING_BANK_FILE.facts.filter((f) => f.kind !== 'stance' || f.id === 'st-silva') });
    expect(stanceMaker.variants(createContext(lonely), fact('st-silva', lonely))).toEqual({});
    expect(stanceMaker.variants(ctx, { ...fact('st-silva'), actor: 'nobody' })).toEqual({});
  });
});
