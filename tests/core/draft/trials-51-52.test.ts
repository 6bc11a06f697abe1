// What trial 52 (Wikinews, a UN tribunal dismisses China's claims to the South China Sea) found: a long citation
// under "Sources" read as a paragraph, and a swapped country that lost its "the" before a preposition or an adverb.
// (Trial 51's finding, a blank inside "4,500", is the generator's: tests/core/makers/index-of-words.test.ts.)
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 52: a long citation, and a swapped country', () => {
  const d = draftArticle(
    "UN tribunal dismisses China's claims to South China Sea",
    "On Tuesday, a United Nations (UN) tribunal in The Hague dismissed China's sovereignty claims to the South China Sea, a body of water connecting to the Pacific Ocean which is also bordered by the Philippines, Vietnam, Brunei, Malaysia, Taiwan, and Indonesia. Court battles over the claims between China and the Philippines go back to 2013.",
    'These claims were established by China during the reign of its Nationalist government in the 1940s, marked by a demarcation line nicknamed its Nine-dash line. Its line stretched hundreds of miles from the Chinese mainland, including about nine tenths of the entire sea. The South China Sea is a valuable property, providing passage for about US$5 trillion in trade by planes and boats every year. China is not the only country to claim large parts of the sea; notably, Taiwan and Vietnam have also done so, but other large-scale claimants have been less militarily active about their claims than China.',
    'China has built several artificial islands and military bases in the South China Sea. The tribunal scolded the impeding of fishing and exploration in the sea by China, which it deemed against the United Nations Convention on the Law of the Sea (UNCLOS), signed by China in 1982. The tribunal also concluded China knowingly permitted the poaching of endangered turtles and clams as well as destroyed coral reefs to construct artificial islands.',
  );

  it('leaves out a citation under "Sources" whose quoted title is a long statement\'s', () => {
    const citation =
      '"Statement of the Ministry of Foreign Affairs of the People\'s Republic of China on the Award of 12 July 2016 of the Arbitral Tribunal in the South China Sea Arbitration Established at the Request of the Republic of the Philippines". Ministry of Foreign Affairs of the People\'s Republic of China, July 12, 2016.';
    const d = draftBank(
      [
        "UN tribunal dismisses China's claims to South China Sea",
        '',
        "A United Nations tribunal in The Hague dismissed China's claims to the South China Sea on Tuesday.",
        '',
        'Sources',
        '"Decision in the Philippines-China Arbitration". U.S. Department of State, July 12, 2016.',
        citation,
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(d.bank.article.exclude).toContain(citation);
    expect(JSON.stringify(d.bank.facts)).not.toContain('Ministry');
  });

  it('gives the swapped-in country its "the" before a preposition or an adverb', () => {
    // The second claim swapped to another country waits for its author (trial 125), and reads the same.
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    const toThePhilippines = swaps.filter((x) => x.replace === 'China');
    expect(toThePhilippines.length).toBeGreaterThanOrEqual(2);
    // "The" at a sentence's start.
    for (const x of toThePhilippines) expect(x.with).toMatch(/^[Tt]he Philippines$/);
  });

  it('drops an aside with the words that hang on it, and reads the sea as a place', () => {
    const texts = d.bank.facts.map((f) => (f.kind === 'statement' ? f.text : ''));
    expect(texts.join('\n')).not.toMatch(/by China signed/);
    expect(d.bank.entities.find((e) => /South China Sea/.test(e.name))?.kind ?? 'other').toBe('other');
  });
});
