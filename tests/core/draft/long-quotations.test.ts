// A quotation of several sentences: a quiz asks one quotation once, so its first sentence is drafted, a later one
// that leans on the one before ("And ...", "But ...") is left out, and any other later one waits for the author, who
// may find the point there (the shuttle report's "a true win for our dynamic museum"; trials 347 and 348 deleted the
// second "Who said ...?" on one quotation).
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/types.js';
import { draftArticle } from '../../helpers/draft-article.js';

type Quote = Extract<Fact, { kind: 'quote' }>;
const quoteTexts = (facts: readonly Fact[]) => facts.flatMap((f) => (f.kind === 'quote' ? [(f as Quote).text] : []));

describe('a quotation of four sentences opened by "X said,"', () => {
  const d = draftArticle(
    'Museum misses out on a shuttle',
    'In a statement, Governor of Washington Chris Gregoire said, "The Museum of Flight put a tremendous amount of effort into landing a retired shuttle. Seattle would have been a perfect fit. And the trainer will let visitors climb aboard. The trainer is a true win for our dynamic museum."',
    'Senator John Cornyn said the choice was "misguided".',
  );
  const live = quoteTexts(d.bank.facts);
  const waiting = (d.pending ?? []).filter((p) => p.fact.kind === 'quote');

  it('drafts its first sentence as her quote', () => {
    expect(live.some((t) => t.startsWith('The Museum of Flight put'))).toBe(true);
    expect(live.some((t) => t.startsWith('The trainer is a true win'))).toBe(false);
    expect(live.some((t) => t.startsWith('Seattle would'))).toBe(false);
  });

  it('keeps a later sentence with a point of its own waiting, saying why, and leaves out the one opening "And"', () => {
    for (const words of ['Seattle would have been a perfect fit', 'The trainer is a true win']) {
      const later = waiting.find((p) => (p.fact as Quote).text.startsWith(words));
      expect(later?.notes.join(' '), words).toMatch(/another sentence of Chris Gregoire's quotation of 4 sentences/);
    }
    expect(quoteTexts([...d.bank.facts, ...waiting.map((p) => p.fact as Fact)]).some((t) => t.startsWith('And'))).toBe(
      false,
    );
  });
});
