// What trials 55 (NASA, volcanic super-eruptions and cooling) and 56 (Wikinews, the hottest gas giant known)
// found: a picture block and the headline below a nav line read as text, a work's title read as speech and split at
// its "?", a body's letters joined to the next body, the researchers as every answer, a state taken for a person,
// and an author list under "External link".
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const draft = (lines: string[]) => draftBank(lines.join('\n'), { articleFile: 'a.txt' });

describe('trial 55: a NASA feature', () => {
  const d = draft([
    'Explore',
    'Earth',
    'Climate Change',
    '',
    'Can Volcanic Super Eruptions Lead to Major Cooling? Study Suggests No',
    '',
    'New research suggests that sunlight-blocking particles from an extreme eruption would not cool surface temperatures on Earth as severely as previously estimated.',
    '',
    'Some 74,000 years ago, the Toba volcano in Indonesia exploded with a force 1,000 times more powerful than the 1980 eruption of Mount St. Helens.',
    '',
    'Etna Eruption',
    'Crew aboard the International Space Station photographed the eruption of Mount Etna in Sicily in October 2002. Ashfall was reported more than 350 miles away.',
    'NASA',
    '',
    'In a new study, a team from NASA GISS and Columbia University in New York used advanced computer modeling to simulate super-eruptions.',
    '',
    'By simulating super-eruptions over a range of particle sizes, the researchers found that super-eruptions may be incapable of altering global temperatures dramatically.',
    '',
    'The study, titled “Severe Global Cooling After Volcanic Super-Eruptions? The Answer Hinges on Unknown Aerosol Size,” was published in the Journal of Climate.',
    '',
    'Earth’s climate would probably not exceed 2.7 degrees Fahrenheit of cooling, the study found.',
    '',
  ]);
  const names = () => d.bank.entities.map((e) => e.name);

  it('leaves out a picture block: a short title, its caption and a bare credit', () => {
    expect(d.bank.article.exclude).toEqual(expect.arrayContaining(['Etna Eruption']));
    expect(JSON.stringify(allFacts(d))).not.toMatch(/Ashfall|350/);
  });

  it('reads no name or main idea from the headline left below a nav line', () => {
    expect(names().join('|')).not.toMatch(/Study Suggests/);
    const idea = (d.pending ?? []).find((p) => p.fact.kind === 'main-idea');
    expect(idea?.fact.evidence).toMatch(/^New research suggests/);
  });

  it("keeps a work's title whole, as no one's words, and makes no name of its words", () => {
    expect(names().join('|')).not.toMatch(/Answer Hinges/);
    expect(allFacts(d).some((f) => f.kind === 'quote' && /Answer Hinges/.test(f.text))).toBe(false);
  });

  it('reads "NASA GISS and Columbia University" as two bodies', () => {
    expect(names()).toContain('Columbia University');
    expect(names().join('|')).not.toMatch(/GISS and Columbia/);
  });

  it('asks no "Who found ...?" of "the researchers"', () => {
    expect(allFacts(d).some((f) => f.kind === 'action' && /^found\b/.test(f.action))).toBe(false);
  });
});

describe('trial 56: a Wikinews science story', () => {
  const d = draft([
    'Astronomers reveal discovery of the hottest gas giant exoplanet known yet',
    '',
    'Thursday, June 8, 2017',
    '',
    'On Monday, astronomers at the Ohio State University revealed the discovery of an exoplanet, named KELT-9b, with a dayside temperature of more than 4000°C (7232°F).',
    '',
    'According to Keivan Stassun, a professor of physics and astronomy at Vanderbilt University, Tennessee, "KELT-9 will swell to become a red giant star in a few hundred million years".',
    '',
    'Have your say',
    'Would you like to write about this story? Add your comments',
    '',
    'Sources',
    '',
    '— BBC News, June 5, 2017',
    '',
    'External link',
    '',
    'B. Scott Gaudi, Keivan G. Stassun, Karen A. Collins, Thomas G. Beatty, George Zhou, David W. Latham and Allyson Bieryla. "A giant planet undergoing extreme-ultraviolet irradiation by its hot massive-star host" — Nature, June 5, 2017. doi:10.1038/nature22392',
    '',
  ]);

  it('leaves out every line under "External link", an author list too, and the comment box', () => {
    expect(d.bank.entities.map((e) => e.name).join('|')).not.toMatch(/Beatty|Bieryla|Keivan G\. Stassun/);
    expect(d.bank.article.exclude).toEqual(
      expect.arrayContaining(['Have your say', 'Would you like to write about this story? Add your comments']),
    );
  });

  it("makes no person of a state after a body's name", () => {
    expect(d.bank.entities.find((e) => e.name === 'Tennessee')?.kind ?? 'other').toBe('other');
    expect(d.bank.entities.find((e) => e.name === 'Keivan Stassun')?.role).toMatch(/professor/);
  });

  it('reads a temperature in degrees Celsius', () => {
    expect(allFacts(d).find((f) => f.kind === 'quantity' && f.value === 4000)).toMatchObject({
      unit: 'degrees Celsius',
      precision: 'more than',
    });
  });
});

describe('trial 55: a ceiling written "would not exceed"', () => {
  it('is "up to"', () => {
    const d = draftArticle(
      'Study of eruptions',
      'Global cooling after a super-eruption would probably not exceed 2.7 degrees Fahrenheit, the team said.',
    );
    expect(allFacts(d).find((f) => f.kind === 'quantity')).toMatchObject({
      value: 2.7,
      unit: 'degrees Fahrenheit',
      precision: 'up to',
    });
  });
});
