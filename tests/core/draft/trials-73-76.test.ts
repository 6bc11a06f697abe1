// What trials 73 (Wikinews, the Pacific Rim braces for a tsunami), 74 (VOA, the play "English") and 76 (NASA, Juno measures oxygen at Europa) found.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 73: speakers of a tsunami warning', () => {
  const d = draftArticle(
    'Pacific Rim braces for tsunami following major Chilean earthquake',
    '"Stay away from the beaches. Don\'t go out on the water," warned Coastguard Northern Region duty officer John Cowan.',
    'The refinery put all of its operations on hold, according to production controller Ted Rye.',
    '"We\'ve just had a report from a fishing boat, and they have noticed quite a significant surge," he remarked.',
    'The centre, which also confirmed the initial Chile earthquake, also added that "sea-level readings confirm that a tsunami has been generated."',
  );
  const speakerOf = (start: string) => {
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith(start));
    return q?.kind === 'quote' ? d.bank.entities.find((e) => e.id === q.speaker)?.name : undefined;
  };

  it('gives words to the person an attribution ends on, and to "he" who "remarked" after his role and name', () => {
    expect(speakerOf('Stay away')).toBe('John Cowan');
    expect(speakerOf("Don't go out")).toBe('John Cowan');
    expect(speakerOf("We've just had")).toBe('Ted Rye');
  });

  it('gives no words to a country named inside a relative clause before the verb', () => {
    expect(speakerOf('sea-level readings')).not.toBe('Chile');
  });
});

describe("trial 74: a play's characters", () => {
  const d = draftArticle(
    'Play Explores Humor, Complexity of Learning English',
    'The students are all adults with different reasons for taking the class.',
    'Elham is hoping to go to medical school in Australia but must first pass the TOEFL. She has already failed the test five times.',
    'Unlike Elham, Roya wants to learn English so she can talk with her grandchildren who live in Canada.',
    'The Obie Award honors theater that is off-Broadway.',
    'The play explores those ideas and more. It also deals with how speaking a different language can make a person question their identity.',
  );

  it('takes a lone given name that "she" goes on with for a person, and "Unlike" for no one', () => {
    const kinds = Object.fromEntries(d.bank.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Elham']).toBe('person');
    expect(kinds['Unlike']).toBeUndefined();
  });

  it('reads "It" after "The play explores" as no name met before', () => {
    expect(allFacts(d).filter((f) => f.kind === 'action' && f.action.startsWith('deals with'))).toEqual([]);
  });
});

describe('trial 76: nasa.gov picture credits and blocks', () => {
  it('takes no credit line for the headline, and leaves out a picture block whose title opens its caption', () => {
    const lines = [
      'Suggested Searches',
      '',
      'NASA’s Juno Mission Measures Oxygen Production at Europa',
      '',
      'This view of Europa was captured by the JunoCam imager aboard NASA’s Juno spacecraft.',
      'Image data: NASA/JPL-Caltech/SwRI/MSSS',
      'Image processing: Kevin M. Gill CC BY 3.0',
      '',
      'The ice-covered Jovian moon generates 1,000 tons of oxygen every day, scientists with the mission said.',
      '',
      'This illustration shows charged particles from Jupiter impacting Europa’s surface',
      'This illustration shows charged particles from Jupiter impacting Europa’s surface, splitting frozen water molecules into oxygen and hydrogen molecules.',
      'NASA/JPL-Caltech/SWRI/PU',
      '',
      'Europa is the fourth largest of Jupiter’s 95 known moons.',
      '',
    ];
    const d = draftBank(lines.join('\n'), { articleFile: 'a.txt' });
    expect(d.bank.title).toBe('NASA’s Juno Mission Measures Oxygen Production at Europa');
    expect(d.bank.article.exclude).toContain('Image processing: Kevin M. Gill CC BY 3.0');
    expect(JSON.stringify(allFacts(d))).not.toMatch(/This illustration/);
  });
});

describe('trial 76: a journal', () => {
  it('takes the journal a study was published in for a body, not a person "Nature Astronomy"', () => {
    const d = draftArticle(
      'Juno measures oxygen at Europa',
      'Published on March 4 in Nature Astronomy, the findings were derived from data the spacecraft collected.',
      'Nature Astronomy also printed a second paper.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Nature Astronomy')?.kind).toBe('organisation');
  });
});
