// The review of the sixteenth session's rules: ordinary sentences each rule first misread, kept as tests.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftEvents } from '../../../src/core/draft/events.js';
import { findFurniture } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

const units = (s: string) => findNumbers(s).map((n) => n.unit);
const asked = (s: string, k = 0) => {
  const n = findNumbers(s)[k]!;
  return quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit);
};

describe('numbers', () => {
  it('reads "the number of" only in the figure’s own clause', () => {
    expect(units('The number of tourists fell sharply in 2020, but the Grand Hotel still employed 300.')).toEqual([
      'number',
    ]);
    expect(units('The number of students who passed the exam was 300, while 45 failed.')[1]).toBe('number');
    expect(
      units('The number of Americans studying in China has decreased, from around 11,000 in 2019 to 800 this year.'),
    ).toEqual(['Americans', 'Americans']);
  });

  it('takes no span’s unit for "more", no preposition as a modifier, and "The panel" whole', () => {
    expect(units('Rescuers pulled 12 survivors from the rubble over 3 days, and they hope to find 20 more.')[2]).toBe(
      'number',
    );
    expect(units('Police arrested 23 Sunday during protests in the capital.')[0]).not.toBe('during protests');
    expect(findNumbers('The panel of twelve will decide in March.')[0]!.counts).toBe('members of the panel');
  });

  it('asks no share of a part without the part, and no span of one of a pair', () => {
    expect(asked('Among Democrats, 12 percent said the country is headed in the right direction.')).toBeUndefined();
    expect(asked('Their 40-year friendship with Carter and Ford began in 1977.')).toBe(
      'How long was the friendship, in years?',
    );
  });
});

describe('reasons', () => {
  it('reads no place left as what a loss left', () => {
    expect(causeOf('The team flew home on Sunday, leaving Tokyo without a single gold medal.')).toBeUndefined();
    expect(causeOf('The ship sailed on April 10, leaving the port more than an hour late.')).toBeUndefined();
  });

  it('reads no purpose after "remained unable to"', () => {
    expect(causeOf('The government remained unable to provide clean water to the camps.')).toBeUndefined();
  });

  it('reads no reason in who confirmed a plan was called off, or when', () => {
    expect(causeOf('The summit was postponed as the White House confirmed on Friday.')).toBeUndefined();
    expect(causeOf('The launch was called off when the countdown clock reached 31 seconds.')).toBeUndefined();
  });
});

describe('events, furniture, speakers', () => {
  it('dates no plan to cut and no split that is a noun, and keeps whose husband it was', () => {
    const events = draftEvents(
      [
        'In 2030, the country wants to cut its coal use in half.',
        'In 2024, a split in the ruling party looks likely.',
        'Her first husband, John Smith, died in 2005.',
        'The band released their first album in 1993.',
      ],
      'January 15, 2018',
    );
    expect(events.map((e) => e.text)).not.toContain('The first husband, John Smith, died');
    expect(events.some((e) => /cut|split/.test(e.text))).toBe(false);
  });

  it('keeps a story’s sentence "Quincy Jones produced it." and a last paragraph above "AFP"', () => {
    const page = [
      'A record is made',
      '',
      'The singer recorded the album in London over two weeks in 1982.',
      '',
      'Quincy Jones produced it.',
      '',
      'The album sold more than 70 million copies around the world.',
      'AFP',
    ].join('\n');
    const furniture = findFurniture(page);
    expect(furniture).not.toContain('The album sold more than 70 million copies around the world.');
    expect(furniture).not.toContain('Quincy Jones produced it.');
  });

  it('gives words to the one the clause says said them, whatever "as noted by" says', async () => {
    const d = await draftArticleAsInit(
      'Social Security',
      'As noted by Senator Bernie Sanders, President Joe Biden said “we will not back down on Social Security.”',
      '“We agree,” said Bob Lee.',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('we will not'));
    expect(quote && quote.kind === 'quote' ? quote.speaker : undefined).toBe('joe-biden');
  });
});
