import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionInverted, findQuotes } from '../../../src/core/draft/quotes.js';

describe('quotes', () => {
  it('finds typographic and straight quotes without trailing punctuation', () => {
    const s = '“No decision has been made,” however, said his spokesperson.';
    expect(findQuotes(s).map((q) => q.text)).toEqual(['No decision has been made']);
    expect(findQuotes('He called it "far too high" and "rushed".').map((q) => q.text)).toEqual(['far too high', 'rushed']);
  });

  it('reads the speaker words after a quote', () => {
    const s = '“No decision has been made,” however, said his spokesperson.';
    const a = attributionAfter(s, findQuotes(s)[0]!.close)!;
    expect(s.slice(a.start, a.end)).toBe('his spokesperson');
    expect(a.verb).toBe('said');
    const t = 'The participants “agreed”, commented for his part the German Chancellor, assuring that all was well.';
    const b = attributionAfter(t, findQuotes(t)[0]!.close)!;
    expect(t.slice(b.start, b.end)).toBe('the German Chancellor');
  });

  it('reads "..., Ortiz said."', () => {
    const s = '"This bridge connects the town," Ortiz said.';
    const a = attributionInverted(s, findQuotes(s)[0]!.close)!;
    expect(s.slice(a.start, a.end)).toBe('Ortiz');
  });
});
