import { it } from 'vitest';
import { draftArticle, allFacts } from './helpers/draft-article.js';
it('x', () => {
  const d = draftArticle('Astronomers find hot planet', 'On Monday, astronomers at the Ohio State University revealed the discovery of an exoplanet named KELT-9b.', 'The discovery was a collaboration between Ohio State University, Vanderbilt University, Lehigh University, and the South African Astronomical Observatory.', 'The planet orbits a star that Harvard University studied in 2014.');
  console.log('OUT', JSON.stringify(allFacts(d).filter(f=>f.kind==='set'), null, 1));
});
