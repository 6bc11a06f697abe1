// What trials 81 to 84, run on the session's last build, found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 82: a father and son', () => {
  it('gives "Edward Martin III" no alias "III": the surname is before the generation', () => {
    const d = draftArticle(
      'Oldest Pet Burial Ground in America',
      'Edward Martin III, vice president of the cemetery, said business is good.',
      'His father Edward Martin Jr. bought the cemetery in 1974.',
    );
    const son = d.bank.entities.find((e) => e.name === 'Edward Martin III');
    expect(son?.aliases ?? []).not.toContain('III');
  });
});

describe('trial 83: Greenland glaciers', () => {
  const d = draftArticle(
    'NASA Study: More Greenland Ice Lost Than Previously Estimated',
    'For decades researchers have studied the ice sheet, Greene said.',
    'Of the 207 glaciers in the study, 179 retreated significantly since 1985, 27 held steady, and one advanced.',
  );

  it('counts the parts of "Of the 207 glaciers" as glaciers that did each thing', () => {
    const counts = allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.counts]] : []));
    expect(counts).toContainEqual([179, 'glaciers that retreated significantly since 1985']);
    expect(counts).toContainEqual([27, 'glaciers that held steady']);
  });

  it('makes no group of "For decades researchers"', () => {
    expect(d.bank.entities.map((e) => e.name)).not.toContain('the for decades researchers');
  });
});

describe("trial 81: signs' slogans", () => {
  it('gives no speaker to words given as examples after "as in", the second one too', () => {
    const d = draftArticle(
      "Women's March becomes largest protest in U.S. history",
      'Donald Trump was inaugurated on Friday.',
      'Many marchers carried signs or referenced things that Trump had said during his campaign, as in "Fury coming out my wherever" and "Hands too small can\'t build a wall."',
    );
    expect(allFacts(d).filter((f) => f.kind === 'quote')).toEqual([]);
  });
});
