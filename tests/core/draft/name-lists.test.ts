import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';

const sets = (text: string) =>
  draftBank(text, { articleFile: 'article.txt' }).bank.facts.flatMap((f) =>
    f.kind === 'set' ? [{ about: f.about, members: f.members }] : [],
  );
const article = (...paragraphs: string[]) => ['Results are in for Harbourside', '', ...paragraphs].join('\n\n');

describe('lists of names drafted as sets', () => {
  it('ends a list at the next possessive name, which is no member, and drafts no set about a possessive', () => {
    const drafted = sets(
      article(
        "The pro-city candidates elected were Green League's Tom Reed, ACU's Peter Lam, Ann Chu and Mary Soto, BTU's Alice Mak and nonpartisan John Ho.",
        'Peter Lam said it was a good day. Ann Chu agreed with Mary Soto.',
      ),
    );
    expect(drafted.flatMap((s) => s.members)).not.toContain('btu');
    expect(drafted.map((s) => s.about)).not.toContain("ACU's");
  });

  it('reads no list of names in a name with commas after "of the" ("X of the A, B and C constituency")', () => {
    const drafted = sets(
      article(
        'Also, an independent, Edward Yiu of the Fishing, Farming, Mining and Forestry constituency, defeated his opponents and was elected.',
        'Edward Yiu said it was a good day.',
      ),
    );
    expect(drafted).toEqual([]);
  });

  it('reads no list in "between X and Y": two sides of one relation', () => {
    const drafted = sets(
      article(
        'The paragraphs had been kept secret over fears publication would harm intelligence sharing between the United States and Britain.',
        'Britain said the ruling was wrong, and the United States agreed.',
      ),
    );
    expect(drafted).toEqual([]);
  });

  it('still drafts a plain list of people as a set', () => {
    const drafted = sets(
      article(
        'The candidates elected were Tom Reed, Peter Lam, Ann Chu and Mary Soto.',
        'Peter Lam said it was a good day. Ann Chu agreed with Mary Soto and Tom Reed.',
      ),
    );
    expect(drafted).toEqual([
      { about: 'The candidates elected were', members: ['tom-reed', 'peter-lam', 'ann-chu', 'mary-soto'] },
    ]);
  });
});

describe("groups read from a sentence's subject", () => {
  const entities = (text: string) => draftBank(text, { articleFile: 'article.txt' }).bank.entities.map((e) => e.name);
  it('drafts no entity for a plural of things after "the" ("The leaflets are ..."), but keeps a group of people', () => {
    const text = article(
      "The leaflets are part of Mayor Tom Reed's effort to clear the town's 4,000 parking claim 'legacy backlog' by year end.",
      'The booklet, which media reports range from ten to 12 pages with 40 to 50 questions, "must be read in full", the council recommending "online tools" if needed.',
      'The protesters have said "we will not stop" before the vote.',
    );
    const names = entities(text);
    expect(names).not.toContain('the leaflets');
    expect(names).toContain('the protesters');
  });
});

describe('a list whose words before it are cut inside a phrase', () => {
  it('waits for what the members share ("the states of" asks nothing; trial 8)', () => {
    const d = draftBank(
      article(
        'The Nature Conservancy has partnered with cattle ranches in the states of Kansas, New Mexico and Colorado.',
        'Ranchers in Texas and Oklahoma have not tried the collars yet.',
      ),
      { articleFile: 'article.txt' },
    );
    expect(d.bank.facts.some((f) => f.kind === 'set')).toBe(false);
    const waiting = (d.pending ?? []).find((p) => p.fact.kind === 'set');
    expect(waiting?.notes.join(' ')).toMatch(/"the states of" is no phrase a question can use/);
  });
});

describe('an open list of examples', () => {
  it('"including China and South Africa" is no closed group to ask "which is NOT" of (trial 12)', () => {
    const d = draftBank(
      article(
        'Pew asked people in 24 countries, including China, India and South Africa, about their travel.',
        'Saodat Sadikova has never left Uzbekistan, she told VOA.',
      ),
      { articleFile: 'article.txt' },
    );
    expect([...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)].some((f) => f.kind === 'set')).toBe(false);
  });
});
