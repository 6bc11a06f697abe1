import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../src/core/number-words.js';

describe('readNumberWords', () => {
  const read = (text: string) => readNumberWords(text.split(/[\s-]+/));
  it('reads a spoken figure and says how many words it took', () => {
    expect(read('two hundred and ten people')).toEqual({ value: 210, used: 4 });
    expect(read('twenty-five')).toEqual({ value: 25, used: 2 });
    expect(read('a million')).toEqual({ value: 1e6, used: 2 });
    expect(read('three thousand four hundred')).toEqual({ value: 3400, used: 4 });
  });
  it('multiplies by a scale larger than any before and adds a smaller one', () => {
    expect(read('one hundred thousand million')).toEqual({ value: 1e11, used: 4 });
    expect(read('two million three hundred thousand')).toEqual({ value: 2_300_000, used: 5 });
  });
  it('reads nothing from words that are no figure, and stops before a fraction', () => {
    expect(read('hundreds of people')).toBeUndefined();
    expect(read('a dog')).toBeUndefined();
    expect(read('three and three quarters')).toEqual({ value: 3, used: 1 });
    expect(read('and ten')).toBeUndefined();
  });
});
