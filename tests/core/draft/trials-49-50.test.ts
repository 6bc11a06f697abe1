// What trials 49 (Wikinews, Microsoft waits for the death of Internet Explorer 6) and 50 (Wikinews, an Australian
// woman's claims against the Church of Scientology) found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe("trial 49: an outlet quoted from its analysis, and letters that are a name's initials", () => {
  const d = draftArticle(
    'Microsoft waits for death of Internet Explorer 6',
    "Internet Explorer's market share is slipping. IE's various versions accounted for 70 percent of the market in 2009. Mozilla Firefox, its main rival, has been increasing its share.",
    'PC World\'s recent analysis of its own web traffic statistics concluded, "Usually, Internet Explorer is the second browser after Firefox, but over the past 30 days it has been third."',
  );

  it('makes the outlet a body and gives it the words its analysis concluded', () => {
    expect(d.bank.entities.find((e) => e.name === 'PC World')?.kind).toBe('organisation');
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('Usually'));
    expect(q?.kind === 'quote' && q.speaker).toBe('pc-world');
  });

  it('makes no body of "IE", the initials of Internet Explorer', () => {
    expect(d.bank.entities.map((e) => e.name)).not.toContain('IE');
  });
});

describe("trial 50: ages, and one woman's claims", () => {
  const d = draftArticle(
    'Australian woman claims Church of Scientology imprisoned her',
    'Valeska Paris, an Australian woman, has claimed that the Church of Scientology imprisoned her for twelve years aboard a cruise ship.',
    'Her parents moved her to the United Kingdom when she was six so they could be closer to the church. She joined the Sea Org aged 14.',
    'Paris also claims that her passport was taken away from her and she was forced to work in the engine room. Paris claims that she was kept at a base in Florida and then transferred to the ship.',
  );

  it('reads "when she was six" and "aged 14" as ages, which wait for a "How old ...?" question', () => {
    const ages = (d.pending ?? []).map((p) => p.fact).filter((f) => f.kind === 'quantity');
    expect(ages.map((f) => f.kind === 'quantity' && [f.value, f.unit, f.counts])).toEqual([
      [6, 'years', 'age in years'],
      [14, 'years', 'age in years'],
    ]);
    expect(d.bank.facts.filter((f) => f.kind === 'quantity' && f.counts === 'age in years')).toEqual([]);
  });

  it('drafts one "Who claims ...?" for her, not one per claim', () => {
    const claims = d.bank.facts.filter((f) => f.kind === 'action' && /\bclaim/.test(f.action));
    expect(claims).toHaveLength(1);
  });
});

describe('trial 12, read again: a swap of an abbreviation', () => {
  it('takes the abbreviation\'s last full stop with it ("the U.S." -> "Uzbekistan")', () => {
    const d = draftArticle(
      'How connected are you to the world',
      'Saodat Sadikova is an English teacher in Jizzakh, Uzbekistan. As a young girl, she dreamed of becoming a flight attendant.',
      'Sadikova has never traveled outside Uzbekistan. Even so, she reports feeling connected to people around the world.',
      'American Trina Bright worked in education for nearly 25 years. Today, she lives in the southern U.S. state of Arkansas. During her career, she traveled to many countries, including China and South Africa.',
      'Bright used stories from her travels to help her students in the U.S. understand their place in the world.',
      'Sadikova, the Uzbek English teacher, told VOA Learning English she feels connected to people all over the world even though she has never traveled outside Uzbekistan.',
    );
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    for (const x of swaps.filter((y) => y.replace.includes('U.S'))) expect(x.replace).toMatch(/U\.S\.$/);
    expect(swaps.some((y) => y.replace.includes('U.S'))).toBe(true);
  });
});
