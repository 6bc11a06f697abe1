// What trials 101-104 (the thirteenth session's second batch of fresh articles) showed the drafter getting wrong.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';

const draft = (title: string, ...paragraphs: string[]) =>
  draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' }).bank;

describe('reasons (trials 102, 103; trial 10 seen again)', () => {
  it('reads no reason from an "As" of something going on or a day marked', () => {
    expect(
      causeOf(
        'As NASA continues to make progress toward sending astronauts to the lunar South Pole, data from a NASA-funded study is helping scientists understand this part of the Moon.',
      ),
    ).toBeUndefined();
    expect(
      causeOf(
        'As Japan last weekend marked the 66th anniversary of the atomic bombings, concern continues to mount about radiation readings.',
      ),
    ).toBeUndefined();
    expect(causeOf('As prices rose, many families could no longer afford rice.')).toMatchObject({
      cause: 'prices rose',
    });
  });

  it('explains the relative clause just before "because", said of its noun', () => {
    expect(
      causeOf(
        'NOAA scientists predict a quick transition to La Nina conditions, which are conducive to Atlantic hurricane activity because La Nina tends to lessen wind shear in the tropics.',
      ),
    ).toMatchObject({
      effect: 'La Nina conditions are conducive to Atlantic hurricane activity',
      cause: 'La Nina tends to lessen wind shear in the tropics',
    });
  });
});

describe('false versions (trial 103)', () => {
  it('turns a superlative round only when no other name or year serves', () => {
    const bank = draft(
      'Survey on national identity',
      'Luciana de Oliveira grew up in Brazil, but she moved to the United States for her studies.',
      'The Pew study found that 67 percent of people in Brazil consider practicing customs and traditions an important part of national identity.',
      'Mexico is tied with the highest percentage of respondents who answered that customs and traditions are an important aspect of national identity.',
    );
    const swaps = bank.facts.flatMap((f) =>
      f.kind === 'statement' && f.falsify ? f.falsify.map((x) => x.replace) : [],
    );
    expect(swaps).not.toContain('highest');
  });
});
