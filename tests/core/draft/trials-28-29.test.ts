// What trials 28 (Wikinews, an asteroid held together by cohesive forces) and 29 (VOA Learning English, an
// Arab-American orchestra) found: a margin taken for the figure, a redirect note taken for the headline,
// figures that open a name, the site's comment system read as the story, a state after its city as a body,
// and a range split in two.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { readLayout } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';

describe('trials 28 and 29', () => {
  it('reads "51±19%" as about 51 percent and "1.7±0.7" as about 1.7, never the margin', () => {
    expect(findNumbers('Its macro-porosity is 51±19% of its volume.')).toEqual([
      expect.objectContaining({ value: 51, unit: 'percent', precision: 'about' }),
    ]);
    expect(findNumbers('The bulk density 1.7±0.7 g/cm³ is low.').map((n) => n.value)).toEqual([1.7]);
  });

  it('drafts no figure that opens a name ("21 Lutetia", "1950 DA", "(29075) 1950 DA")', () => {
    for (const s of [
      'The analogue was earlier found to fit best 21 Lutetia: enstatite chondrite.',
      'Near-Earth asteroid (29075) 1950 DA is held together by cohesive forces.',
      'Asteroid 1950 DA spins fast.',
    ])
      expect(findNumbers(s), s).toEqual([]);
    // A count of people with a capitalised noun stays.
    expect(findNumbers('Twelve Americans were among the 40 passengers.').map((n) => n.value)).toContain(40);
  });

  it("takes the headline above a wiki's redirect note and review mark", () => {
    const layout = readLayout(
      [
        'Jump to content',
        'US researchers find a large asteroid held together by forces other than gravity',
        'Checked',
        '(Redirected from American researchers find large asteroid is rubble pile)',
        'Saturday, August 16, 2014',
        'A team of researchers from the University of Tennessee, Knoxville, has confirmed that near-Earth asteroid 1950 DA is held together by van der Waals forces.',
      ].join('\n'),
    );
    expect(layout.title).toBe('US researchers find a large asteroid held together by forces other than gravity');
    expect(layout.furniture).toEqual(
      expect.arrayContaining(['Checked', '(Redirected from American researchers find large asteroid is rubble pile)']),
    );
  });

  it('leaves out everything after a site\'s sign-off, its comment system too, and reads no body in "Washington, D.C."', () => {
    const text = [
      'American Orchestra Shares Arabic Music',
      '',
      'In January, the orchestra’s concert in Washington, D.C. sold out in less than three hours, Michael Ibrahim said.',
      '',
      'It can take him anywhere from two weeks to two months to finish a piece, Ibrahim said.',
      '',
      'I’m Jill Robbins. And I’m Andrew Smith.',
      '',
      'We have a new comment system. Here is how it works:',
      '',
      'Under the box, you can see four images for social media accounts. They are for Disqus, Facebook, Twitter and Google.',
    ].join('\n');
    const layout = readLayout(text);
    expect(layout.furniture).toContain(
      'Under the box, you can see four images for social media accounts. They are for Disqus, Facebook, Twitter and Google.',
    );
    const d = draftBank(text, { articleFile: 'a.txt' });
    const names = d.bank.entities.map((e) => e.name);
    for (const n of ['Disqus', 'Facebook', 'D.C', 'D.C.']) expect(names, n).not.toContain(n);
    const values = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)].flatMap((f) =>
      f.kind === 'quantity' ? [f.value] : [],
    );
    expect(values).not.toContain(2);
  });
});

describe('trial 29: claims, deeds and quotes that lean on another sentence or give themselves away', () => {
  const text = [
    'American Orchestra Shares Arabic Music',
    '',
    'The National Arab Orchestra (NAO) started in 2009 as a student group at the University of Michigan under Michael Ibrahim.',
    '',
    'Soon it doubled in size and became the Michigan Arab Orchestra in 2010.',
    '',
    'The orchestra changed its name and began playing as the NAO in 2014.',
    '',
    'Back in the U.S., he learned to play the oud in Detroit.',
    '',
    'Michael Ibrahim urges them to clap along with the drums at every concert.',
    '',
    '“I think it’s really important that people support the arts,” he said, “because that’s where the soul of humanity resides.”',
  ].join('\n');
  const d = draftBank(text, { articleFile: 'a.txt' });
  const all = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)];

  it('drafts no claim whose subject is a pronoun past an opening word or phrase', () => {
    const claims = all.flatMap((f) => (f.kind === 'statement' ? [f.text] : []));
    expect(claims.filter((t) => /^(?:Soon it|Back in the U\.S\., he)/.test(t))).toEqual([]);
  });

  it('asks no deed that names its doer, and keeps "urges them to ..." waiting for whom "them" means', () => {
    expect(all.some((f) => f.kind === 'action' && /as the NAO/.test(f.action))).toBe(false);
    expect(d.bank.facts.some((f) => f.kind === 'action' && /them to clap/.test(f.action))).toBe(false);
    const waiting = (d.pending ?? []).find((p) => p.fact.kind === 'action' && /them to clap/.test(p.fact.action));
    expect(waiting?.notes.join(' ')).toContain('"them" points to another sentence');
  });

  it('drafts one quote of a sentence the attribution splits, not its lower-case second half', () => {
    const quotes = all.flatMap((f) => (f.kind === 'quote' ? [f.text] : []));
    expect(quotes.filter((t) => t.startsWith('because'))).toEqual([]);
    expect(quotes.some((t) => t.startsWith('I think it’s really important'))).toBe(true);
  });
});

describe('trial 28: names, doers and reasons of a science story', () => {
  const text = [
    'Researchers find an asteroid held together by cohesive forces',
    '',
    'A team from the University of Tennessee found that near-Earth asteroid (29075) 1950 DA is held together by van der Waals forces.',
    '',
    'It would have been puzzling, if it was not for the Rosetta observations of the asteroid Lutetia.',
    '',
    'Its boulders may have been lost due to YORP effect, said Daniel Scheeres, an aerospace engineer at the University of Colorado, Boulder.',
    '',
    'As Ben Rozitis, a planetary scientist and a co-author of the study, told Space.com: "We expected a metallic asteroid."',
    '',
    'The study was supported by Jet Propulsion Laboratory, California Institute of Technology and the NASA.',
  ].join('\n');
  const d = draftBank(text, { articleFile: 'a.txt' });
  const all = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)];

  it('makes no name of a designation, an effect, a craft before its observations or a campus town', () => {
    const names = d.bank.entities.map((e) => e.name);
    for (const n of ['DA', 'YORP', 'Rosetta', 'Boulder']) expect(names, n).not.toContain(n);
  });

  it('asks no "Who supported the study?" of one of three, and a set says what they share', () => {
    expect(all.some((f) => f.kind === 'action' && /supported the study/.test(f.action))).toBe(false);
    expect(all.find((f) => f.kind === 'set')).toMatchObject({ about: 'supported the study' });
  });

  it('reads no reason in "As Ben Rozitis, ..., told Space.com:"', () => {
    expect(all.some((f) => f.kind === 'cause' && /Rozitis/.test(f.cause))).toBe(false);
  });
});
