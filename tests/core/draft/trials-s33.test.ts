// The thirty-third session: "How many ...?" stems for the figures teachers asked by hand in trials 346-391, read from
// the clause around the figure instead of a blank in the whole sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import type { QuantityFact } from '../../../src/core/types.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

let verbBase: (verb: string) => string | undefined;
beforeAll(async () => {
  verbBase = await (await import('../../../src/io/nlp.js')).loadVerbBase();
});
const ask = (sentence: string, value: number) => {
  const n = findNumbers(sentence).find((x) => x.value === value)!;
  return quantityQuestion(sentence, n.hedgeStart, n.unitEnd, n.unit, verbBase);
};

describe('a count the subject of a common noun did (trials 360, 375, 379, 391)', () => {
  it('"A team of conservationists captured 14 frogs" asks what the team captured', () => {
    expect(
      ask(
        'A team of conservationists captured 14 water frogs earlier this month in northern Chile, a wildlife group reported.',
        14,
      ),
    ).toBe('How many water frogs did the team of conservationists capture earlier this month in northern Chile?');
  });

  it('a span with a verb of how long ("lasted", "lived") asks how many of the span', () => {
    expect(
      ask(
        'The jury, which consisted of three women and nine men, announced their verdict after one week of deliberation and a trial that lasted only six weeks.',
        6,
      ),
    ).toBe('How many weeks did the trial last?');
    expect(ask('The scientists say mice with the best current treatments lived thirty days.', 30)).toBe(
      'According to the scientists, how many days did mice with the best current treatments live?',
    );
  });

  it('"researchers are looking at 10 aspects of the human body" keeps "of ..." with the noun', () => {
    expect(ask('In the Twins Study, researchers are looking at 10 aspects of the human body.', 10)).toBe(
      'How many aspects of the human body are researchers looking at?',
    );
  });

  it('not a pronoun, a bare "the group", or a span with a verb of no duration', () => {
    expect(ask('The river flooded six days after the storm.', 6)).toBeUndefined();
  });
});

describe('who says so, before the figure (trials 387, 391)', () => {
  it('"NAME, aside, said on Wednesday that X are costing Ford $1 billion"', () => {
    expect(
      ask(
        'Jim Hackett, head of Ford Motor Company, said on Wednesday that the new tariffs on steel and aluminum are costing Ford $1 billion.',
        1_000_000_000,
      ),
    ).toBe('According to Jim Hackett, how much are the new tariffs on steel and aluminum costing Ford?');
  });
});

describe('measures: how long, how deep, how far (trials 352, 367, 388)', () => {
  it('"is about 1.9 inches long" asks how long', () => {
    expect(ask('The snake skeleton itself, though missing a head, is about 1.9 inches long (47.5 mm).', 1.9)).toBe(
      'How long is the snake skeleton, in inches?',
    );
  });
  it('"at a depth of 20 feet" asks how deep', () => {
    expect(ask('In some locations the water is now at a depth of 20 feet (six meters).', 20)).toBe(
      'In some locations, how deep is the water now, in feet?',
    );
  });
  it('"95 kilometres (60 miles) Northeast of Rome" asks how far from Rome', () => {
    expect(ask("The epicenter was registered 95 kilometres (60 miles) Northeast of Italy's capital of Rome.", 95)).toBe(
      "How far from Italy's capital of Rome was the epicenter, in kilometres?",
    );
  });
});

describe('the next clause is no part of the question (trial 388)', () => {
  it('"... in the region and officials say the death toll is likely to rise"', () => {
    expect(
      ask(
        'At least 150 people have been killed in the region and officials say the death toll is likely to rise.',
        150,
      ),
    ).toBe('How many people have been killed in the region?');
  });
});

describe('in a draft, with the hedge and the source (trials 352, 388)', () => {
  it('"is about 1.9 inches long" is asked "About how long ...?"', async () => {
    const d = await draftArticleAsInit(
      'Tiny snake found in amber',
      'Scientists have found the fossil of a baby snake inside a piece of amber in Myanmar.',
      'The snake skeleton itself, though missing a head, is about 1.9 inches long (47.5 mm).',
      'The scientists say the find will help them learn how snakes lived in forests long ago.',
    );
    const q = allFacts(d).find((f): f is QuantityFact => f.kind === 'quantity' && f.value === 1.9);
    expect(q?.question).toBe('About how long is the snake skeleton, in inches?');
  });

  it('"Reports say" is "According to reports"; a name keeps its capital', () => {
    expect(
      ask(
        'Reports say as many as 50,000 houses and buildings have been destroyed, leaving thousands of people homeless.',
        50_000,
      ),
    ).toBe('According to reports, how many houses and buildings have been destroyed?');
  });
});
