// What trials 47 (Wikinews, the Taipei Lantern Festival) and 48 (Wikinews, a drain rupture opens a sinkhole in
// Guatemala City) found.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';

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
