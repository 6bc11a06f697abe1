import { describe, expect, it } from 'vitest';
import { aboutQuote, attributionAfter, attributionInverted, findQuotes } from '../../../src/core/draft/quotes.js';

describe('quotes', () => {
  it('finds typographic and straight quotes without trailing punctuation', () => {
    const s = '“No decision has been made,” however, said his spokesperson.';
    expect(findQuotes(s).map((q) => q.text)).toEqual(['No decision has been made']);
    expect(findQuotes('He called it "far too high" and "rushed".').map((q) => q.text)).toEqual([
      'far too high',
      'rushed',
    ]);
  });

  it('leaves out the mark that cuts a quotation short (trial 11: "thing[...]" was asked)', async () => {
    const { unbalancedQuote } = await import('../../../src/core/draft/quotes.js');
    expect(findQuotes('He said "Trouble in maintenance is a normal thing[...]" and left.')[0]!.text).toBe(
      'Trouble in maintenance is a normal thing',
    );
    expect(findQuotes('She said "much is to be learned…" today.')[0]!.text).toBe('much is to be learned');
    expect(unbalancedQuote('Alwi said "Repeated trouble in maintenance is a normal thing[ … ]')?.text).toBe(
      'Repeated trouble in maintenance is a normal thing',
    );
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

describe('aboutQuote', () => {
  const about = (s: string, speaker: string, verbAfter?: string) => {
    const qs = findQuotes(s);
    const out: string[] = [];
    let previous: { close: number; about: string } | undefined;
    for (const q of qs) {
      const a = aboutQuote(s, q, previous, speaker, verbAfter);
      out.push(a);
      previous = { close: q.close, about: a };
    }
    return out;
  };

  it('names what the words qualify, or what the speaker did, never the quoted words', () => {
    expect(
      about(
        'The Ukrainian authorities have also judged Washington’s decision concerning their diplomatic representation “premature” and “excessive”.',
        'the Ukrainian authorities',
      ),
    ).toEqual([
      'Washington’s decision concerning their diplomatic representation',
      'Washington’s decision concerning their diplomatic representation',
    ]);
    expect(
      about('Moscow denounced “hysteria” and accused the United States and NATO “of exacerbating tensions”.', 'Moscow'),
    ).toEqual(['what Moscow denounced', 'the United States and NATO']);
    expect(about('France called for “not to create ambiguity”.', 'France')).toEqual(['what France called for']);
    expect(about('He praised the “total unanimity” between Americans and Europeans.', 'Joe Biden')).toEqual([
      'what Joe Biden praised',
    ]);
    expect(
      about(
        'The Chancellor said, assuring that Moscow would suffer “very heavy consequences” in the event of invasion.',
        'Olaf Scholz',
      ),
    ).toEqual(['what Moscow would suffer']);
    expect(about('“No decision has been made,” said his spokesperson.', 'the spokesperson', 'said')).toEqual([
      'what the spokesperson said',
    ]);
  });
});

describe('a straight quotation mark that opens a quote running into the next sentence', () => {
  it("reads 'said \"All those ...' as an opening, and its close in the next sentence", async () => {
    const { unbalancedQuote } = await import('../../../src/core/draft/quotes.js');
    expect(
      unbalancedQuote('Suleiman al-Amr said "All those who were wounded have been taken to hospital.'),
    ).toMatchObject({ side: 'opens', text: 'All those who were wounded have been taken to hospital' });
    expect(unbalancedQuote('There are no casualties left at the location."')).toMatchObject({ side: 'closes' });
  });
});
