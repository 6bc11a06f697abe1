// What trials 47 (Wikinews, the Taipei Lantern Festival) and 48 (Wikinews, a drain rupture opens a sinkhole in
// Guatemala City) found.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 48: "25m wide" is in metres', () => {
  it('reads "m" as metres after a length word, a conversion in feet or "a ... m <noun>", and as millions with money', () => {
    const read = (s: string) => findNumbers(s).map((n) => [n.value, n.unit]);
    expect(read('The hole is about 25m wide at the top and 40m wide at the bottom.')).toEqual([
      [25, 'meters'],
      [40, 'meters'],
    ]);
    expect(read('It is about 60m (204 feet) deep.')).toEqual([[60, 'meters']]);
    expect(read('The water cascades 15m down into the hole.')).toEqual([[15, 'meters']]);
    expect(read('Workers laid a 3.5m main pipe.')).toEqual([[3.5, 'meters']]);
    expect(read('The council spent £25m on roads.')).toEqual([[25000000, 'pounds']]);
    expect(read('The city has 2.7m people.')).toEqual([[2700000, 'people']]);
  });
});

describe('trial 47: a measure written before what it measures', () => {
  it('reads the area, height, size or circumference of the thing, in the plural unit', () => {
    const read = (s: string) => findNumbers(s).map((n) => [n.value, n.unit, n.counts]);
    expect(read('People crowded into the 240,000 square meter memorial park near downtown.')).toEqual([
      [240000, 'square meters', 'area of the memorial park'],
    ]);
    expect(read('The centerpiece is a 15 meter high rotating pig equipped with a fog machine.')).toEqual([
      [15, 'meters', 'height of the rotating pig'],
    ]);
    expect(read('Visitors climb the steps of the 70 meter memorial hall on the grounds.')).toEqual([
      [70, 'meters', 'size of the memorial hall'],
    ]);
    expect(read('Lanterns fill the surrounding 2 km circumference of the memorial.')).toEqual([
      [2, 'kilometres', 'circumference of the memorial'],
    ]);
    expect(read('The road is 5 km long.')).toEqual([[5, 'kilometres', 'length of the road']]);
  });

  it('counts a figure from its own clause, after "and", without a time phrase', () => {
    const six = findNumbers(
      'Last year over 4 million visitors attended the event and this year the city expects about 6 million visitors.',
    ).find((n) => n.value === 6e6);
    expect(six?.counts).toBe('visitors the city expects');
    const five = findNumbers(
      'It predicts an 85% chance of an above-normal season, a 10% chance of a near-normal season and a 5% chance of a below-normal season.',
    ).find((n) => n.value === 5);
    expect(five?.counts).toBe('percent chance of a below-normal season');
  });
});

describe('trials 47 and 48: page furniture and a station', () => {
  it("leaves out Wikinews's original-reporting notice, and reads a station named after a hospital as no body", () => {
    const d = draftBank(
      [
        'Lantern Festival in Taipei lights up the night',
        '',
        'The crowds can be avoided by walking from NTU Hospital Station, a few minutes away.',
        '',
        'Sources',
        'This article features first-hand journalism by Wikinews members. See the collaboration page for more details.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(d.bank.article.exclude).toContain(
      'This article features first-hand journalism by Wikinews members. See the collaboration page for more details.',
    );
    expect(d.bank.entities.find((e) => e.name === 'NTU Hospital Station')?.kind).not.toBe('organisation');
  });
});

describe('trial 48: reasons, results and purposes of a sinkhole', () => {
  it('reads ", creating", ", since <clause>" and "is being laid to"', () => {
    const d = draftArticle(
      'Ruptured drain caused Guatemala City sinkhole',
      'Water gushing out of the break gradually eroded the loosely compacted soil, creating an expanding cavern around the junction box.',
      'The sinkhole has continued to expand even after the collapse, since the collector pipes continue to carry water.',
      'A bypass pipe is being laid to divert the water away from the junction.',
    );
    const causes = allFacts(d).flatMap((f) => (f.kind === 'cause' ? [[f.relation, f.cause]] : []));
    expect(causes).toEqual([
      ['consequence', 'an expanding cavern around the junction box'],
      ['reason', 'the collector pipes continue to carry water'],
      ['purpose', 'to divert the water away from the junction'],
    ]);
  });
});
