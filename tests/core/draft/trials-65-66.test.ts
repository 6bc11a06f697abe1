// What trials 65 (NASA, DART changed an asteroid's orbit) and 66 (Wikinews, South Korean protests against US beef)
// found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 65: spans written in parts', () => {
  it('drafts no part of "11 hours and 55 minutes" or "1 ½ seconds" as a figure, and keeps whole ones', () => {
    const d = draftArticle(
      'NASA Study: Asteroid Orbit Changed After DART Impact',
      'Before the impact, Dimorphos took 11 hours and 55 minutes to complete one loop around Didymos. The impact shortened the orbit by 32 minutes and 42 seconds, to 11 hours, 22 minutes, and 37 seconds.',
      'The measurement is accurate to within 1 ½ seconds, the team said. The spacecraft hit the asteroid at about 14,000 miles per hour after a journey of 10 months.',
    );
    expect(allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.unit]] : []))).toEqual([
      [14000, 'miles per hour'],
      [10, 'months'],
    ]);
  });
});
