import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/core/scoring.js';
import { actionMaker } from '../../../src/core/makers/action.js';
import { createContext } from '../../../src/core/makers/context.js';
import { createRng } from '../../../src/core/rng.js';
import type { ActionFact, Question } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as ActionFact;

describe('action maker', () => {
  it('"Who ...?" as multiple choice: the actor among others of the same kind', () => {
    for (let i = 0; i < 50; i++) {
      const q = actionMaker.build(ctx, fact('lind-against'), 'multiple-choice', '1', createRng(`a${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Who voted against the plan?');
      expect(q.choices[q.answer]).toBe('Eva Lind');
      expect(q.choices).toHaveLength(4);
    }
  });

  it('no multiple choice when the kind has too few other entities (never padded); short answer remains; never true/false', () => {
    expect(Object.keys(actionMaker.variants(ctx, fact('council-voted'))).sort()).toEqual(['short-answer']);
    // "X did Y" is false only by the article's silence about X, which a reader cannot check: no true/false.
    for (const a of bank.facts.filter((f): f is ActionFact => f.kind === 'action'))
      expect(actionMaker.variants(ctx, a)['true-false'], a.id).toBeUndefined();
    expect(() => actionMaker.build(ctx, fact('lind-against'), 'true-false', 'true', createRng('t'))).toThrow(
      /no true-false/,
    );
  });

  it('"Who said ...?" only when someone else of the speaker\'s kind is named: else the answer needs no reading', () => {
    const said: ActionFact = {
      ...fact('council-voted'),
      id: 'council-said',
      action: 'said the ferry would stop in spring',
    };
    const lone = miniBank({
      entities: MINI_BANK_FILE.entities.filter((e) => e.id !== 'westmark'),
      facts: [
        ...MINI_BANK_FILE.facts.filter((f) => !(f.kind === 'set' || JSON.stringify(f).includes('westmark'))),
        said,
      ],
    });
    const c = createContext(lone);
    expect(actionMaker.variants(c, fact('council-said', lone))).toEqual({});
    expect(actionMaker.needs!(c, fact('council-said', lone))).toMatch(/^"who said it" needs another organisation/);
    // A deed is asked all the same; with another body named, so is what was said.
    expect(Object.keys(actionMaker.variants(c, fact('council-voted', lone)))).toEqual(['short-answer']);
    const withTwo = miniBank({ facts: [...MINI_BANK_FILE.facts, said] });
    expect(Object.keys(actionMaker.variants(createContext(withTwo), fact('council-said', withTwo)))).toEqual([
      'short-answer',
    ]);
  });

  it('asks "What ...?" when the doer is a thing, not a person or a body (trial 62\'s plane)', () => {
    const crashed: ActionFact = {
      ...fact('council-voted'),
      id: 'ferry-crashed',
      actor: 'old-ferry',
      action: 'ran aground near the Alder bridge',
    };
    const withThing = miniBank({
      entities: [...MINI_BANK_FILE.entities, { id: 'old-ferry', kind: 'other', name: 'the Alder Queen' }],
      facts: [...MINI_BANK_FILE.facts, crashed],
    });
    const s = actionMaker.build(
      createContext(withThing),
      fact('ferry-crashed', withThing),
      'short-answer',
      '1',
      createRng('t'),
    );
    expect(s.prompt).toBe('What ran aground near the Alder bridge?');
  });

  it('short answer accepts the name and aliases', () => {
    const s = actionMaker.build(ctx, fact('council-voted'), 'short-answer', '1', createRng('t')) as Question;
    expect(s).toMatchObject({
      prompt: 'Who voted on Tuesday to build a new bridge over the Alder river?',
      answer: 'Riverton town council',
      accept: ['Riverton town council', 'the council'],
    });
  });

  it('a wrong option is never one the action itself names', () => {
    const b = miniBank({
      facts: [
        ...MINI_BANK_FILE.facts,
        {
          id: 'lind-criticised',
          kind: 'action',
          actor: 'eva-lind',
          action: 'criticised Ben Okafor and Dan Weiss',
          evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.',
        },
      ],
    });
    const c = createContext(b);
    const offered = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const q = actionMaker.build(
        c,
        fact('lind-criticised', b),
        'multiple-choice',
        '1',
        createRng(`n${i}`),
      ) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Who criticised Ben Okafor and Dan Weiss?');
      expect(q.choices[q.answer]).toBe('Eva Lind');
      q.choices.forEach((o) => offered.add(o));
    }
    expect(offered.has('Ben Okafor')).toBe(false);
    expect(offered.has('Dan Weiss')).toBe(false);
    expect([...offered].sort()).toEqual(['Ana Silva', 'Carla Reyes', 'Eva Lind', 'Finn Moss']);
  });

  it('whoever else the bank says did the same is never a wrong option, and is accepted as typed answer', () => {
    const b = miniBank({
      facts: [
        ...MINI_BANK_FILE.facts,
        {
          id: 'moss-against',
          kind: 'action',
          actor: 'finn-moss',
          action: 'voted against the plan',
          evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.',
        },
      ],
    });
    const c = createContext(b);
    for (let i = 0; i < 50; i++) {
      const q = actionMaker.build(c, fact('lind-against', b), 'multiple-choice', '1', createRng(`d${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).not.toContain('Finn Moss');
    }
    const s = actionMaker.build(c, fact('lind-against', b), 'short-answer', '1', createRng('s')) as Question;
    // Both together are right too, in either order (trial 261: "NASA and the FAA" was marked wrong).
    expect(s).toMatchObject({
      answer: 'Eva Lind',
      accept: [
        'Eva Lind',
        'Lind',
        'Finn Moss',
        'Eva Lind and Finn Moss',
        'Finn Moss and Eva Lind',
        'Lind and Finn Moss',
        'Finn Moss and Lind',
      ],
    });
    expect(scoreAnswer(s, 'Finn Moss and Eva Lind').status).toBe('right');
    // Letters take their "the" after "and" too: "NASA and the FAA" (retrial 261 had it marked wrong).
    const agencies = miniBank({
      entities: [
        { id: 'nasa', kind: 'organisation', name: 'NASA' },
        { id: 'faa', kind: 'organisation', name: 'Federal Aviation Administration', aliases: ['FAA'] },
        { id: 'usfs', kind: 'organisation', name: 'U.S. Forest Service' },
      ],
      facts: [
        {
          id: 'nasa-team',
          kind: 'action',
          actor: 'nasa',
          action: 'established a research transition team',
          evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.',
        },
        {
          id: 'faa-team',
          kind: 'action',
          actor: 'faa',
          action: 'established a research transition team',
          evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.',
        },
      ],
    });
    const joint = actionMaker.build(
      createContext(agencies),
      fact('nasa-team', agencies),
      'short-answer',
      '1',
      createRng('s'),
    ) as Question;
    expect(scoreAnswer(joint, 'NASA and the FAA').status).toBe('right');
  });
});
