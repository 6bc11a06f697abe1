// What teachers fixed in trials 24 (VOA Learning English, Titan's methane ice) and 25 (NASA, sea ice near
// record lows): units and signs lost, figures that point back, furniture with no "Credit:" line, year swaps
// that read as nonsense, roles cut to their last word, and speakers read from the wrong name.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { isFurniture } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { parseNumber } from '../../../src/core/scoring.js';

const draft = draftArticle;

describe('trials 24 and 25: figures', () => {
  it('reads "square miles" as the unit, and "about minus 179" as -179 with its hedge', () => {
    expect(findNumbers('Sea ice covered a total of 768,000 square miles.')[0]).toMatchObject({ unit: 'square miles' });
    expect(findNumbers('The surface of Titan is estimated to be about minus 179 degrees Celsius.')[0]).toMatchObject({
      value: -179,
      precision: 'about',
    });
    for (const typed of ['minus 179', '-179', '\u2212179']) expect(parseNumber(typed), typed).toBe(-179);
  });

  it('leaves a conversion in brackets out of a blank\'s sentence, and keeps "That\'s 30% below" and ranks waiting', () => {
    const d = draft(
      'Sea ice near record lows',
      'This year, Antarctic sea ice reached its lowest annual extent on Feb. 20 with a total of 768,000 square miles (1.99 million square kilometers).',
      'That’s 30% below the 1981 to 2010 end-of-summer average.',
      'This year’s Arctic ice maximum is the 14th lowest on record.',
      '“After six, seven, eight years, it’s starting to look like maybe it’s happening,” Meier said.',
    );
    const q = d.bank.facts.find((f) => f.kind === 'quantity' && f.value === 768000) as { question?: string };
    // Asked in place since the thirty-third session; the conversion is still left out.
    expect(q.question).toBe(
      'This year, Antarctic sea ice reached its lowest annual extent on Feb. 20 with a total of how many square miles?',
    );
    const waiting = (d.pending ?? []).map((p) => p.fact).filter((f) => f.kind === 'quantity');
    expect(waiting.map((f) => (f as { value: number }).value).sort((a, b) => a - b)).toEqual([14, 30]);
    expect(allFacts(d).some((f) => f.kind === 'quantity' && f.value === 8)).toBe(false);
  });
});

describe('trials 24 and 25: furniture, swaps, roles and speakers', () => {
  it("leaves out an editor's note, a media link, a run-in chart credit and a call to readers", () => {
    for (const line of [
      'Editor’s note, April 16, 2024: An earlier version of this article included a rounded figure.',
      'Download this video in HD formats from https://svs.gsfc.nasa.gov/14538.',
      'The Arctic Ocean sea ice reached its annual maximum on March 14. Chart by Lauren Dauphin/NASA Earth Observatory, using data from the National Snow and Ice Data Center.',
      'What do you think about the new findings on Titan? Write to us in the Comments section, and visit our Facebook page.',
    ])
      expect(isFurniture(line), line).toBe(true);
    expect(isFurniture('The photo by Jane Doe won a prize in 2019.')).toBe(false);
  });

  it('swaps no year a trend runs over or a span starts from', () => {
    const d = draft(
      'Sea ice',
      'Sea ice at both the top and bottom of the planet continued its decline in 2024.',
      'The Arctic ice has shrunk by an area the size of Alaska since 1979.',
      'The first satellite survey of the ice was published in 2016.',
      '“The ice is thinner now,” said sea ice scientist Walt Meier of the National Snow and Ice Data Center.',
      'Satellites measured 5.8 million square miles of ice on March 14.',
    );
    const swapped = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => x.replace) : []));
    // A year that dates one thing is still swapped.
    expect(swapped).toContain('2016');
    expect(swapped).not.toContain('2024');
    expect(swapped).not.toContain('1979');
  });

  it('keeps the nouns before a role ("sea ice scientist"), and gives "said University of Hawaii\'s X" to X', () => {
    const d = draft(
      'Titan and sea ice',
      '“Sea ice acts like a buffer,” said ice scientist Linette Boisvert of NASA’s Goddard Space Flight Center.',
      '“We had three record lows,” said sea ice scientist Walt Meier of the National Snow and Ice Data Center.',
      '“This was very surprising,” said University of Hawaii’s Lauren Schurmeier, who led the study.',
    );
    const role = (name: string) => d.bank.entities.find((e) => e.name === name)?.role;
    expect(role('Linette Boisvert')).toBe('ice scientist');
    expect(role('Walt Meier')).toBe('sea ice scientist');
    const quote = d.bank.facts.find((f) => f.kind === 'quote' && f.text.startsWith('This was'));
    expect(quote).toMatchObject({ speaker: 'lauren-schurmeier' });
  });

  it('reads "Because of X, Y, the researchers said" without "of" or the saying, and no cause whose subject points back', () => {
    expect(
      causeOf(
        'Because of this extreme cold, liquids on the moon’s surface take the form of ice, the researchers said.',
      ),
    ).toMatchObject({ cause: 'this extreme cold', effect: 'liquids on the moon’s surface take the form of ice' });
    expect(causeOf('This gas could help warm surface levels beneath the crust.')).toBeUndefined();
  });
});
