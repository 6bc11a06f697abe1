// What trial 38 (Wikinews, Fan Expo Canada 2016) found: ordinals that open a name drafted as counts, a work's
// title read as a person, and a blank over "half an hour" whose options are figures.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 38', () => {
  it('drafts no ordinal that opens a name, but keeps a rank before an adjective', () => {
    expect(findNumbers('The 22nd Fan Expo Canada was held in Toronto.')).toEqual([]);
    expect(findNumbers('The Canadian garrison of the 501st Legion marched.')).toEqual([]);
    expect(findNumbers('It was cored on the 1,088th Martian day.').map((n) => n.value)).toEqual([1088]);
  });

  it('reads a title after the noun of its kind of work as no person, and blanks no "half an hour"', () => {
    const d = draftArticle(
      'Fan Expo Canada',
      'Margaret Atwood was there to launch her graphic novel Angel Catbird, she said on Saturday.',
      'After nearly half an hour, the team was deducted a point by the referees.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Angel Catbird')?.kind ?? 'other').not.toBe('person');
    const halfHour = allFacts(d).find((f) => f.kind === 'quantity' && f.value === 30) as
      { question?: string } | undefined;
    expect(halfHour?.question ?? '').not.toContain('_____');
  });
});

describe('trial 37', () => {
  it('drafts no figure of a plan\'s name with a letter in brackets ("401(k)s")', () => {
    expect(findNumbers('Workers could put part of their taxes into 401(k)s and other accounts.')).toEqual([]);
  });
});
