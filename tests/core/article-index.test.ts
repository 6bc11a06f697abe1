// closestSentence indexes the article's words once: lint asks it for every fact whose evidence is not in
// the article, and re-reading the article for each one cost minutes on a long article (issue #16). Counted
// in folds of text, not in time, so the test says the same on any machine.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/core/text.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/text.js')>();
  return { ...original, foldForMatch: vi.fn(original.foldForMatch) };
});

const { closestSentence, parseArticle } = await import('../../src/core/article.js');
const { foldForMatch } = await import('../../src/core/text.js');

const WORDS = [
  'harbour',
  'minister',
  'plan',
  'fishermen',
  'guarantee',
  'talks',
  'council',
  'budget',
  'bridge',
  'river',
  'vote',
  'storm',
];

function article(sentences: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < sentences / 5; p++) {
    const s: string[] = [];
    for (let k = 0; k < 5; k++) {
      const n = p * 5 + k;
      s.push(`The ${WORDS[n % 12]} and the ${WORDS[(n * 7) % 12]} met sentence${n} today.`);
    }
    paragraphs.push(s.join(' '));
  }
  return `A title\n\n${paragraphs.join('\n\n')}\n`;
}

/** The sentence a scan from the top finds: most shared words over the larger word count, first wins. */
function naiveClosest(sentences: string[], text: string): string | undefined {
  const words = (s: string) =>
    new Set(
      foldForMatch(s)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    );
  const want = words(text);
  let best: string | undefined;
  let bestScore = 0;
  for (const s of sentences) {
    const have = words(s);
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const score = shared / Math.max(1, want.size, have.size);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

describe('closestSentence', () => {
  it('folds each sentence of the article once, however many texts are looked up', () => {
    const a = parseArticle(article(1000));
    const folds = vi.mocked(foldForMatch);
    folds.mockClear();
    for (let i = 0; i < 200; i++)
      closestSentence(a, `The ${WORDS[i % 12]} and the plan met sentence${i * 3} yesterday.`);
    // Building the index folds 1,000 sentences (twice: exact lookup and words); each lookup folds its text.
    // Re-reading the article per lookup would be 200,000.
    expect(folds.mock.calls.length).toBeLessThan(2 * 1000 + 200 * 2 + 10);
  });

  it('finds what a scan from the top finds', () => {
    const a = parseArticle(article(200));
    const sentences = a.blocks.flatMap((b) => b.sentences ?? []);
    for (let i = 0; i < 60; i++) {
      const text = `${WORDS[(i * 5) % 12]} the ${WORDS[i % 12]} sentence${(i * 13) % 250} ${i % 3 === 0 ? 'storm' : ''}`;
      expect(closestSentence(a, text)?.sentence).toBe(naiveClosest(sentences, text));
    }
    expect(closestSentence(a, 'zzz qqq')).toBeUndefined();
  });
});
