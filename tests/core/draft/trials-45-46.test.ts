// What trials 45 (Wikinews, hackers attack the Church of Scientology's website) and 46 (Wikinews, a Virgin train
// derails in Cumbria) found: speakers named after a description of them, quotations split into pieces, and
// names, figures and reasons the drafter misread.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const quotes = (d: ReturnType<typeof draftArticle>) =>
  allFacts(d).flatMap((f) => (f.kind === 'quote' ? [{ text: f.text, speaker: f.speaker }] : []));

describe('trial 46: a speaker named after a description of them', () => {
  it('gives the words to the person named after "said a spokesman for ...," and "said a BBC executive,"', () => {
    const d = draftArticle(
      'Virgin train derails in Cumbria',
      '"It\'s our understanding there are a number of people injured on the train. We think there are numerous injuries," said a spokesman for the Cumbria Fire and Rescue squad, Brian Mitchelhill.',
      '"The carriage I am in is completely on its side, it did a sort of bump," said a BBC executive, Caroline Thomson.',
    );
    expect(d.bank.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Brian Mitchelhill', 'Caroline Thomson']),
    );
    const speakers = new Set(quotes(d).map((q) => q.speaker));
    expect([...speakers].sort()).toEqual(['brian-mitchelhill', 'caroline-thomson']);
  });
});

describe('trial 43: a quotation of three sentences', () => {
  it('is asked from its first and last sentences, not the middle one', () => {
    const d = draftArticle(
      'British white paper on public health',
      'Health Secretary John Reid presented the paper on Tuesday.',
      '"We are not going to lecture people on how to live their lives. But people do not have the right to impose their choices on others. That is why we are acting on smoking in public places," said Reid.',
    );
    const texts = quotes(d).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('We are not going to lecture'))).toBe(true);
    expect(texts.some((t) => t.startsWith('That is why'))).toBe(true);
    expect(texts.some((t) => t.startsWith('But people'))).toBe(false);
  });
});
