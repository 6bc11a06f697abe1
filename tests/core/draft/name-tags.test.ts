import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { indexTags } from '../../../src/core/draft/name-tags.js';

const kindIn = (text: string, name: string) =>
  draftBank(text, { articleFile: 'article.txt' }).bank.entities.find((e) => e.name.replace(/^the /, '') === name)?.kind;

describe('indexTags: places the article names as districts', () => {
  it('reads a compass word after a known place as a district, not a person', () => {
    const tags = indexTags({ people: [], places: ['Lantau'], organizations: [] });
    expect(tags.kindOf('Lantau North')?.kind).toBe('other');
    expect(tags.kindOf('Osaka South')?.kind).toBe('other');
    expect(tags.kindOf('Northern Highlands West')?.kind).toBe('other');
    // A person whose surname is a compass word keeps the library's reading (or none).
    expect(tags.kindOf('Kanye West')).toBeUndefined();
  });

  it('reads "X geographical constituency", "X functional constituency" and "X district" as places', () => {
    const text =
      'In the Lantau North geographical constituency, turnout rose.\nPeter Lam of the Fisheries Trade functional constituency won.\nVoters in the Tai Hang district queued.';
    const tags = indexTags({ people: ['Tai Hang'], places: [], organizations: [] }, text);
    expect(tags.kindOf('Lantau North')?.kind).toBe('other');
    expect(tags.kindOf('Fisheries Trade')?.kind).toBe('other');
    expect(tags.kindOf('Tai Hang')?.kind).toBe('other');
    expect(tags.kindOf('Peter Lam')).toBeUndefined();
  });

  it('drafts such a constituency as a place, not as a person a "Who" question could offer', () => {
    const text = [
      'Voting ends in Harbourside',
      '',
      'In the Marlow Vale geographical constituency, Peter Lam was elected with 5,000 votes, Ann Chu said.',
      '',
      'Peter Lam, Ann Chu and Tom Reed were elected in Marlow Vale on Sunday.',
      '',
      'Marlow Vale gained a seat from Tom Reed.',
    ].join('\n');
    expect(kindIn(text, 'Marlow Vale')).toBe('other');
    expect(kindIn(text, 'Peter Lam')).toBe('person');
  });
});

describe('indexTags: what a person is "of"', () => {
  it('reads the body a person is written "of" as an organisation, not as another person', () => {
    const text =
      'Tom Reed of the Blue Greens lost his seat.\nAnn Chu of Harbour Voice won, and so did Mary Soto of Osaka.';
    const tags = indexTags({ people: ['Tom Reed', 'Ann Chu', 'Mary Soto'], places: [], organizations: [] }, text);
    expect(tags.kindOf('Blue Greens')?.kind).toBe('organisation');
    expect(tags.kindOf('Harbour Voice')?.kind).toBe('organisation');
    // A place a person is "of" is no body; without the library's reading of the person, nothing is inferred.
    expect(tags.kindOf('Osaka')?.kind).not.toBe('organisation');
    expect(indexTags(undefined, text).kindOf('Blue Greens')).toBeUndefined();
    // The first words of a name with commas in it are no body of their own.
    const listed = indexTags(
      { people: ['Ed Yiu'], places: [], organizations: [] },
      'Ed Yiu of the Fishing, Farming and Forestry constituency won.',
    );
    expect(listed.kindOf('Fishing')).toBeUndefined();
    // The library's reading of a hyphenated name cut short ("Lee Chi") still reads the person.
    const cut = indexTags({ people: ['Lee Chi'], places: [], organizations: [] }, 'Lee Chi-wah of Harbour Voice won.');
    expect(cut.kindOf('Harbour Voice')?.kind).toBe('organisation');
  });
});
