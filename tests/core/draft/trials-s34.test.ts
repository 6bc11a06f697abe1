// The thirty-fourth session: what trials 393-404 drafted wrong or missed, each as a teacher found it.
import { describe, expect, it } from 'vitest';
import { hedgedClaimOf, openQuestionOf } from '../../../src/core/draft/comprehension.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';

describe('a year said in words with spaces (trial 400)', () => {
  it('"In two thousand seven" is a year, no count of "seven"', () => {
    const found = findNumbers(
      'In two thousand seven an American man could expect to live about seventy-five and a half years.',
    );
    expect(found.map((n) => n.value)).toEqual([75.5]);
  });

  it('"since nineteen ninety-five", "the summer of two thousand and ten", "in nineteen oh five"', () => {
    expect(findNumbers('Prices have doubled since nineteen ninety-five, the report says.')).toEqual([]);
    expect(findNumbers('The drought began in the summer of two thousand and ten.')).toEqual([]);
    expect(findNumbers('The bridge was built in nineteen oh five.')).toEqual([]);
  });

  it('a count after "in" stays a count: a scale or a plural noun after it', () => {
    // (How the spoken count reads is another matter: it is no year.)
    expect(findNumbers('The storm damaged roofs in two thousand seven hundred homes.')).not.toEqual([]);
    expect(findNumbers('Aid arrived in two thousand villages.').map((n) => n.value)).toEqual([2000]);
  });
});

describe('doubts the article leaves open (trials 395, 400)', () => {
  it('"It is not currently clear if ..." is asked as open', () => {
    expect(
      openQuestionOf('It is not currently clear if those killed and wounded are civilian or military.')?.question,
    ).toBe('What does the article say about whether those killed and wounded are civilian or military?');
  });

  it('"could expect to live" is a statistic, no hedge', () => {
    expect(hedgedClaimOf('In 2007, an American man could expect to live about 75 years.', (c) => c)).toBeUndefined();
  });
});

describe("a feed's repost of a VOA story (trial 397)", () => {
  it("skips a line in another script and VOA's about lines, and finds the headline over the story", async () => {
    const { readLayout } = await import('../../../src/core/draft/furniture.js');
    const page = [
      'ロンドン大学夏季英語音声学コース (SCEP)',
      'BBC News - Home',
      'Voice of America is an international news and broadcast organization serving Central and Eastern Europe, the Caucasus, Central Asia, Russia, the Middle East and Balkan countries',
      '',
      'Learning English Broadcast',
      '',
      "Learning English use a limited vocabulary and are read at a slower pace than VOA's other English broadcasts. Previously known as Special English.",
      '',
      'Scientists Identify Moon-Forming Disk Around Planet Outside Solar System',
      '',
      'Scientists say they have clearly identified for the first time a moon-forming area around a planet beyond our solar system. The ring-shaped area surrounds an exoplanet called PDS 70c.',
    ].join('\n');
    const layout = readLayout(page);
    expect(layout.title).toBe('Scientists Identify Moon-Forming Disk Around Planet Outside Solar System');
    expect(layout.furniture).toContain(
      "Learning English use a limited vocabulary and are read at a slower pace than VOA's other English broadcasts. Previously known as Special English.",
    );
  });
});
