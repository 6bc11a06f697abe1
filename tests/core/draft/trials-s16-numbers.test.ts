// What a figure counts when no noun follows it: the sixteenth session's reading of the number edits teachers made
// in trials 125-148 ("counts: number" and "unit: number" in every one of them).
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import type { QuantityFact } from '../../../src/core/types.js';
import { draftArticle } from '../../helpers/draft-article.js';

const read = (sentence: string) => findNumbers(sentence).map((n) => [n.text, n.unit, n.counts]);

describe('a figure whose noun the sentence names elsewhere', () => {
  it('counts a people named in the plural (trial 145: "taking 66 Americans hostage")', () => {
    expect(read('Iranian militants stormed the U.S. Embassy in Tehran, taking 66 Americans hostage.')).toEqual([
      ['66', 'Americans', 'Americans'],
    ]);
    // A state whose name ends in s is no people (trial 142).
    expect(read('Over 200 Illinois clergy have signed an amicus brief.')[0]![1]).toBe('number');
  });

  it('passes over a name and one modifier before the plural (trials 135 and 136)', () => {
    expect(read('Over 200 New York City area bars and restaurants had committed to the boycott.')[0]![1]).toBe(
      'area bars and restaurants',
    );
    expect(read('During the 19 Saffire-VI experiment runs, the team made adjustments.')[0]![1]).toBe('experiment runs');
    expect(read('Some 345 Muslim pilgrims died.')[0]![1]).toBe('pilgrims');
  });

  it('reads what "the number of" names before the figure (trial 125)', () => {
    expect(read('During the 2011-12 school year, the number of American students in China was around 15,000.')).toEqual(
      [['15,000', 'students', 'American students in China']],
    );
  });

  it('takes the figure before for "of which" and "more" (trial 143, the asylum story)', () => {
    expect(read('That includes more than 3,000 NEOs, 215 of which the space telescope discovered.')[1]).toEqual([
      '215',
      'NEOs',
      'NEOs the space telescope discovered',
    ]);
    expect(
      read('Fishermen rescued over 700 asylum seekers, and the Navy saved 200 more after they were found.')[1]![1],
    ).toBe('asylum seekers');
    // "more than" is a hedge of what follows, not more of the figure before.
    expect(read('It cost 5 dollars, 3 more than last year.')[1]![1]).toBe('number');
  });

  it('reads an age after "since the age of", and no age of a verb (trials 146 and 148)', () => {
    expect(read('She wrote songs since the age of twelve.')).toEqual([['twelve', 'years', 'age in years']]);
    expect(read('Carter led an active life until the age of 99.')).toEqual([['99', 'years', 'age in years']]);
    expect(read('The centre offered to employ the 27-year old if he was released.')).toEqual([
      ['27', 'years', 'age in years'],
    ]);
  });
});

describe('a figure nothing names waits for its author (trial 145)', () => {
  it('is a commented draft that says what it needs, never a question with "number" as its unit', () => {
    const d = draftArticle(
      'Hostages taken in Tehran',
      'Iranian militants stormed the U.S. Embassy in Tehran, taking 66 Americans hostage.',
      'Thirteen were released weeks later but the crisis went on.',
    );
    const active = d.bank.facts.filter((f): f is QuantityFact => f.kind === 'quantity');
    expect(active.map((f) => [f.value, f.unit])).toEqual([[66, 'Americans']]);
    const waiting = (d.pending ?? []).find((p) => p.fact.kind === 'quantity' && p.fact.value === 13);
    expect(waiting?.notes.at(-1)).toMatch(/^needs what it counts: no noun beside "Thirteen" names it/);
  });
});

describe('a question a reader can follow, or none (trials 130, 145, 146)', () => {
  const quantities = (d: ReturnType<typeof draftArticle>) =>
    d.bank.facts.filter((f): f is QuantityFact => f.kind === 'quantity');

  it('asks a poll\'s share as "What percentage said ...?"', () => {
    const d = draftArticle(
      'Survey on the imperial succession',
      'In a survey by Kyodo News of about 3000 people, 68 percent said the Imperial Household Law should be amended.',
      '61 percent said female ascendance should be debated only after the abdication, while 28 percent said it should not wait.',
    );
    const asked = quantities(d).map((f) => [f.value, f.question]);
    expect(asked).toContainEqual([68, 'What percentage said the Imperial Household Law should be amended?']);
    expect(asked).toContainEqual([
      61,
      'What percentage said female ascendance should be debated only after the abdication?',
    ]);
    // "it" is the clause before's: no question of its own.
    expect(asked.find(([v]) => v === 28)?.[1] ?? '').not.toMatch(/^What percentage said it/);
  });

  it('never leaves "What figure does the article give for the ..." to read a clause or an adverb', () => {
    const d = draftArticle(
      'The hostage crisis',
      'Five months into the crisis, in April 1980, Carter ordered a complex military operation to free the hostages.',
      'The band went on to release six more albums featuring her voice, including Something Else.',
      'The train, with 139 passengers and eight employees aboard, collided head on with the freight train.',
    );
    for (const f of quantities(d))
      expect([f.counts, f.question ?? '']).not.toEqual([expect.stringMatching(/into|more|aboard/), '']);
  });
});
