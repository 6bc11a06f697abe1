// What trials 49 (Wikinews, Microsoft waits for the death of Internet Explorer 6) and 50 (Wikinews, an Australian
// woman's claims against the Church of Scientology) found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 49: an outlet quoted from its analysis, and letters that are a name\'s initials', () => {
  const d = draftArticle(
    'Microsoft waits for death of Internet Explorer 6',
    'Internet Explorer\'s market share is slipping. IE\'s various versions accounted for 70 percent of the market in 2009. Mozilla Firefox, its main rival, has been increasing its share.',
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
