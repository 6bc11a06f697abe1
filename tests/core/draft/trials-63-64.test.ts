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

describe("trial 64: a spokesman spelt two ways, whose surname is also the rebel leader's", () => {
  const d = draftArticle(
    'African troops invade rebel-held island of Anjouan',
    'African Union troops landed on Anjouan to topple the rebel leadership of Colonel Mohamed Bacar.',
    '"The operation started in the early morning hours," said Abdourahim Said Bakar, a government spokesman.',
    '"We hope that by the end of the day we will have the problem resolved," the government spokesman said. Mohamed Bacar was not found.',
    'Abdourahim Said Bacar said the island would hold elections within three months.',
  );

  it("keeps one spokesman, under the spelling first met, with his role and no alias of the rebel's name", () => {
    const spokesman = d.bank.entities.filter((e) => /^Abdourahim/.test(e.name) || /spokesman/.test(e.name));
    expect(spokesman).toHaveLength(1);
    expect(spokesman[0]).toMatchObject({ name: 'Abdourahim Said Bakar', role: 'government spokesman' });
    expect(spokesman[0]!.aliases ?? []).not.toContain('Bacar');
  });
});

describe('retrial 63: a short name that ends like a nationality', () => {
  it('reads "Xi", "Li" and "Ban" as names, and gives "Xi told" its words', () => {
    const d = draftArticle(
      'Zimbabwe and China',
      'Chinese President Xi Jinping met Zimbabwean President Emmerson Mnangagwa last month.',
      'During a welcoming ceremony in Beijing, Xi told Mnangagwa, “You are an old friend of the Chinese people.”',
    );
    const q = allFacts(d).find((f) => f.kind === 'quote' && /old friend/.test(f.text));
    expect(q?.kind === 'quote' && q.speaker).toBe('xi-jinping');
  });
});
