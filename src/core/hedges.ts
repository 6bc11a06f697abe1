// The words a sentence writes before a figure to hedge it ("up to 8,500", "almost 60", "an estimated 300"), with the
// precision each gives: one list for the drafter, which reads a figure's precision from them, and the quantity
// maker, which quotes them as the article writes them. Pure.
import type { Precision } from './types.js';

/** Each hedge as it ends the words before a figure, then the space before the figure, and its precision. */
export const HEDGES: readonly [RegExp, Precision][] = [
  // "with as many as 180 people onboard" (trial 46).
  // "would probably not exceed 2.7 degrees" (trial 55): at most.
  // "holding elections within three months" (trial 210 asked it as exact).
  // Not "the price goes up to eleven cents": a change to a new level, exact (trial 322).
  [
    /\b(?:(?<!\b(?:go|goes|went|gone|going|rose|rise|rises|risen|climbed|climbs|jumped|jumps|moved|moves|shot|ramped|stepped) )up to|as many as|as much as|no more than|at most|(?:not|never) exceed(?:ing)?|within) $/i,
    'up to',
  ],
  [/\b(?:just|slightly|a little) (?:under|below|less than) $/i, 'just under'],
  [/\b(?:nearly|almost|close to|just shy of) $/i, 'just under'],
  [/\b(?:at least|no fewer than|no less than|a minimum of) $/i, 'at least'],
  // "a cost in-excess of £150" (trial 228).
  // "can reach lengths greater than 19 feet" (trial 330 asked it as exact).
  [/\b(?:more than|over|just over|above|upwards of|in[ -]excess of|(?:greater|larger|longer) than) $/i, 'more than'],
  [/\b(?:less than|fewer than|under|below) $/i, 'less than'],
  [
    // "over an approximate 10-year lifespan" (trial 123 dropped the hedge).
    // "roughly an area 3 miles wide" (trial 330): the hedge before what is measured.
    /\b(?:about|around|roughly|approximately|some|an estimated|an approximate|nearly about|circa|more like|something like|(?:around|roughly|approximately) (?:an? |the )?(?:area|distance|stretch|length|depth|height|width)(?: of)?) $/i,
    'about',
  ],
];

/**
 * Any hedge ending the words before a figure, the space after it optional ("approximately 5,000"): the leftmost, so
 * the longest of two that end alike ("just under" before "under").
 */
export const HEDGE_BEFORE = new RegExp(
  `(?:${HEDGES.map(([re]) => re.source.replace(/ \$$/, '')).join('|')})\\s*$`,
  'i',
);
