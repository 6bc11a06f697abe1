import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { statementMaker, substitute } from '../../../src/core/makers/statement.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, StatementFact } from '../../../src/core/types.js';
import { miniBank } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string) => bank.facts.find((f) => f.id === id) as StatementFact;
const build = (id: string, type: Question['type'], variant: string) =>
  statementMaker.build(ctx, fact(id), type, variant, createRng('s')) as Question;

describe('statement maker', () => {
  it('true/false: the claim, or each of its falsified versions', () => {
    expect(statementMaker.variants(ctx, fact('okafor-warned'))['true-false']).toEqual(['true', 'false-1', 'false-2']);
    expect(build('okafor-warned', 'true-false', 'true')).toMatchObject({
      prompt: 'Ben Okafor warned that costs could rise.',
      answer: true,
    });
    expect(build('okafor-warned', 'true-false', 'false-1')).toMatchObject({
      prompt: 'Carla Reyes warned that costs could rise.',
      answer: false,
    });
    expect(build('okafor-warned', 'true-false', 'false-2')).toMatchObject({
      prompt: 'Ben Okafor warned that traffic could rise.',
      answer: false,
    });
  });

  it('no cloze when the first false version replaces more than four words (an exchange of two names)', () => {
    const f = fact('okafor-warned');
    const exchange = {
      ...f,
      falsify: [{ replace: 'Ben Okafor warned that costs', with: 'costs warned that Ben Okafor' }],
    } as StatementFact;
    expect(statementMaker.variants(ctx, exchange).cloze).toBeUndefined();
    expect(statementMaker.variants(ctx, exchange)['true-false']).toEqual(['true', 'false-1']);
    expect(statementMaker.variants(ctx, f).cloze).toEqual(['1']);
  });

  it('no cloze on a verb or adjective made opposite ("increased", "uncrowded"): other words fill it as well', () => {
    for (const [replace, by] of [
      ['warned', 'promised'],
      ['could', 'could'],
    ] as const) {
      const f: StatementFact = { ...fact('okafor-warned'), falsify: [{ replace, with: by }] };
      const v = statementMaker.variants(ctx, f);
      expect(v.cloze, replace).toEqual(replace === 'warned' ? undefined : ['1']);
      expect(v['true-false']).toEqual(['true', 'false-1']);
    }
  });

  it('evidence is the article sentence, not the restated claim', () => {
    const q = build('okafor-warned', 'true-false', 'true');
    expect(q.evidence).toBe("Ben Okafor, the council's treasurer, warned that costs could rise.");
    expect(q.paragraph).toBe(4);
  });

  it('cloze blanks the first substitution; an entity answer accepts all its names', () => {
    expect(build('okafor-warned', 'cloze', '1')).toMatchObject({
      prompt: 'Fill in the blank: _____ warned that costs could rise.',
      answer: 'Ben Okafor',
      accept: ['Ben Okafor', 'Okafor'],
    });
    expect(build('westmark-pays', 'cloze', '1')).toMatchObject({
      answer: 'Westmark',
      accept: ['Westmark', 'regional government of Westmark'],
    });
  });

  it('a claim with no false version feeds nothing: true/false would always be true', () => {
    const thin: StatementFact = { ...fact('new-road'), falsify: [] };
    expect(statementMaker.variants(ctx, thin)).toEqual({});
  });

  it('substitutes the first occurrence only, of whole words ("Brazil" is not inside "Brazilian"; trial 9)', () => {
    expect(substitute('a b a', 'a', 'c')).toBe('c b a');
    expect(substitute('The Brazilian minister met Brazil’s team', 'Brazil', 'Chile')).toBe(
      'The Brazilian minister met Chile’s team',
    );
    expect(substitute('The Brazilian minister spoke', 'Brazil', 'Chile')).toBeUndefined();
    expect(substitute('It cost $5 million', '$5', '$7')).toBe('It cost $7 million');
    expect(substitute('a b', 'x', 'c')).toBeUndefined();
  });
});
