// The thirty-fifth session: what trials 417-420 drafted wrong, each as a teacher found it.
import { describe, expect, it } from 'vitest';
import { causeOf, hedgedClaimOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { readLayout } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts } from '../../helpers/draft-article.js';

const story = (...lines: string[]) => draftBank(lines.join('\n\n'), { articleFile: 'a.txt' });
const quantities = (d: ReturnType<typeof draftBank>) => allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [f] : []));

describe('what a figure counts (trials 418, 420)', () => {
  it('a span of years after the noun is when, not what: no "between 2010" in the count', () => {
    const d = story(
      'Study Finds Many Graduates Underemployed',
      'Researchers used special software to examine advertisements listed on nearly 50,000 job search websites between 2010 and 2017.',
      'They also looked at the résumés of almost 4 million American workers dating from 2000 to 2017.',
    );
    const counts = quantities(d).map((f) => f.counts);
    expect(counts).toContain('job search websites');
    expect(counts).toContain('American workers');
    expect(counts.join(' ')).not.toMatch(/2010|2017|dating/);
  });

  it('a share of "college and university graduates\' first jobs" keeps the whole phrase', () => {
    const d = story(
      'Study Finds Many Graduates Underemployed',
      "By comparing this information, researchers found that during those periods, 43 percent of U.S. college and university graduates' first jobs did not require a bachelor's degree.",
    );
    expect(quantities(d).find((f) => f.value === 43)?.counts).toBe(
      "percent of U.S. college and university graduates' first jobs",
    );
  });

  it('"Now in its 10th year" is how long a report has run, no figure to draft', () => {
    expect(
      findNumbers(
        'Now in its 10th year, the latest report shows that air temperature across the Arctic was above average.',
      ),
    ).toEqual([]);
    // A rank of a race stays a rank.
    expect(findNumbers('She finished in 10th place, behind the champion.').map((n) => n.value)).toEqual([10]);
  });
});

describe('doubts and reasons that are none (trials 419, 420)', () => {
  it('"may not come as surprise" is an idiom, no hedge', () => {
    expect(
      hedgedClaimOf(
        'The high percentage of underemployed college graduates may not come as surprise, says a top official at the Strada Education Network.',
        (c) => c,
      ),
    ).toBeUndefined();
    // A plain "may" still is.
    expect(hedgedClaimOf('The storm may reach the coast by Friday night.', (c) => c)).toBeDefined();
  });

  it('"no radiation leaks caused by the disaster" names no effect of the disaster', () => {
    expect(
      causeOf('Prime Minister Naoto Kan said there had been no nuclear plant radiation leaks caused by the disaster.'),
    ).toBeUndefined();
    expect(causeOf('The flooding was caused by the storm that hit the coast on Friday.')?.cause).toBe(
      'the storm that hit the coast on Friday',
    );
  });
});

describe('lists and false versions (trial 417)', () => {
  const d = story(
    'UN Membership Fills Security Council Seats',
    'The Western European and Others Group was the only contested race this year.',
    'In that group Turkey, Spain and New Zealand vied for only two available council seats.',
    'New Zealand captured a two-thirds majority in the first round, but Spain and Turkey had to go through two more rounds of ballots before Spain prevailed.',
    'WEOG, as it is known, is not a strictly regional group as it includes far-flung members such as Britain, Canada, Australia and Israel.',
    'Carne Ross tells VOA he expects Venezuela will probably echo its foreign policy opinions inside the council.',
  );
  const facts = allFacts(d);

  it('a list after "In that group" says what the members did; none is about "but"', () => {
    const sets = facts.flatMap((f) => (f.kind === 'set' ? [f.about] : []));
    expect(sets).toContain('vied for only two available council seats');
    expect(sets).not.toContain('but');
    expect(sets).not.toContain('In that group');
  });

  it('no "is not" turned to "is" when the sentence gives the reason, and no name swapped into a forecast', () => {
    const statements = facts.flatMap((f) => (f.kind === 'statement' ? [f] : []));
    expect(statements.some((f) => f.falsify?.some((x) => x.replace === 'is not'))).toBe(false);
    expect(statements.some((f) => /Venezuela/.test(f.text) && f.falsify?.length)).toBe(false);
  });
});

describe("a page's deck and a picture's alt text (trial 418)", () => {
  const layout = readLayout(
    [
      'Warmer air and sea, declining ice continue to trigger Arctic change',
      '',
      'See how the region scored in the 2015 Arctic Report Card',
      '',
      'Now in its 10th year, the latest NOAA-sponsored report shows that air temperature in 2015 across the Arctic was well above average.',
      '',
      'A lone hiker in the Delong Mountains in the Western Arctic National Parklands, August 2014.',
      'A lone hiker in the Delong Mountains in the Western Arctic National Parklands, August 2014. (Western Arctic National Parklands/NPS)',
      '',
      'Some 70 authors from 11 countries contributed to this annual peer-reviewed report.',
    ].join('\n'),
  );

  it('the headline is the title, and the line bidding the reader "See how ..." is no title', () => {
    expect(layout.title).toBe('Warmer air and sea, declining ice continue to trigger Arctic change');
  });

  it('the alt text over its credited caption is furniture, both lines', () => {
    expect(layout.furniture).toContain(
      'A lone hiker in the Delong Mountains in the Western Arctic National Parklands, August 2014.',
    );
    expect(layout.furniture).not.toContain(
      'Some 70 authors from 11 countries contributed to this annual peer-reviewed report.',
    );
  });
});
