import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfWords, wordRegExp } from '../../../src/core/makers/context.js';
import { testSize } from '../../helpers/test-size.js';

// indexOfWords replaced a compiled pattern per needle for speed; it must answer exactly as the pattern.
describe('indexOfWords', () => {
  // ASCII letters, digits and the characters on either side of their ranges ('/', ':', '@', '[', '`', '{', '_'),
  // since ASCII is judged without the Unicode pattern.
  const alphabet = fc.constantFrom(
    'a',
    'B',
    'Z',
    'z',
    'é',
    'É',
    'ß',
    '0',
    '1',
    '9',
    ' ',
    ',',
    '-',
    '/',
    ':',
    '@',
    '[',
    '`',
    '{',
    '_',
    '’',
    '“',
    'İ',
    '😀',
    'x',
  );
  const text = fc.array(alphabet, { maxLength: 14 }).map((cs) => cs.join(''));

  it('agrees with the whole-word pattern on any text', () => {
    fc.assert(
      fc.property(text, text, fc.nat(6), (hay, needle, from) => {
        fc.pre(needle.length > 0 && from <= hay.length);
        const re = new RegExp(wordRegExp(needle).source, 'giu');
        re.lastIndex = from;
        expect(indexOfWords(hay, needle, from)).toBe(re.exec(hay)?.index ?? -1);
      }),
      { numRuns: testSize(3000) },
    );
  });

  it('finds whole words only', () => {
    expect(indexOfWords('London and Canberra', 'canberra')).toBe(11);
    expect(indexOfWords('Londoners', 'London')).toBe(-1);
    expect(indexOfWords('8500 soldiers', '500')).toBe(-1);
    // A figure with its digit groups (trial 51 blanked "about 4,_____ panels").
    expect(indexOfWords('FAST comprises about 4,500 panels and spans 500 meters', '500')).toBe(44);
    expect(indexOfWords('It cost 2.500 euros', '500')).toBe(-1);
    expect(indexOfWords('In 1,000 years, 1, 2', '1')).toBe(16);
    expect(indexOfWords('a a', 'a', 1)).toBe(2);
    // Found by the property above: a start inside a surrogate pair means that whole code point.
    expect(indexOfWords('😀', '😀', 1)).toBe(0);
  });
});
