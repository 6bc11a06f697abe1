// What trials 137-140 of the fifteenth session (VOA Learning English, Wikinews, NASA releases) and the re-reading
// of 125-136 found: captions run on with their credit, who speaks when a sentence names others on the way, and
// events told in time order that now reach a quiz.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 131: a caption run on with a credit across a slash', () => {
  it('leaves the caption out as furniture, and drafts nothing from it', () => {
    const caption =
      'This enhanced color view of NASA’s Ingenuity Mars Helicopter was generated using data collected on Aug. 2, 2023. After its 72nd flight on Jan. 18, 2024, NASA’s Ingenuity Mars Helicopter captured this color image showing the shadow of one of its rotor blades. NASA/JPL-Caltech';
    const d = draftArticle(
      'After Three Years on Mars, NASA’s Ingenuity Helicopter Mission Ends',
      'NASA’s history-making Ingenuity Mars Helicopter has ended its mission at the Red Planet after making dozens more flights than planned.',
      caption,
      'In 2023, the helicopter executed two successful flight tests.',
    );
    expect(d.bank.article.exclude ?? []).toContain(caption);
    expect(allFacts(d).some((f) => f.evidence.includes('color image'))).toBe(false);
  });
});
