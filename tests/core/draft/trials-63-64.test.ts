// What trials 63 (VOA, Zimbabwe's election and China) and 64 (Wikinews, African troops invade Anjouan) found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 63: "he said" after a sentence about someone', () => {
  it('gives the words to the subject of the sentence before, not to the last name it gave', () => {
    const d = draftArticle(
      'Zimbabwe Election Campaigns Ask: What about China?',
      'Zimbabwean President Emmerson Mnangagwa is courting both China and the West.',
      'But Nelson Chamisa, leader of the opposition Movement for Democratic Change, has pledged to weed out Chinese investors. He accused Mnangagwa of being involved.',
      '“Your business is shady dealing,” he said at a rally in Harare this week.',
    );
    const q = allFacts(d).find((f) => f.kind === 'quote' && /shady dealing/.test(f.text));
    expect(q?.kind === 'quote' && q.speaker).toBe('nelson-chamisa');
  });
});
