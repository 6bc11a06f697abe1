import { describe, expect, it } from 'vitest';
import { wrongReasonsFrom } from '../../../src/core/draft/wrong-reasons.js';
import { draftArticle } from '../../helpers/draft-article.js';

const lower = (t: string) => t[0]!.toLowerCase() + t.slice(1);

describe('wrong reasons from the article’s own sentences (trial 366)', () => {
  const cause = {
    evidence: 'So, many people cannot run.',
    effect: 'many people cannot run',
    cause: 'running is a high-impact activity and can be hard on the body',
    relation: 'reason',
  };
  const sentences = [
    'Running is a high-impact activity and can be hard on the body.',
    'So, many people cannot run.',
    'Researchers at the Lawrence Berkeley National Laboratory in California did the study.',
    'The American Heart Association explains the findings on its website.',
    '“Walking is the closest thing we have to a wonder drug,” says Thomas Friedman.',
    'Because walking is easy, many people choose it.',
    'Walking can be hard on the body for some older people.',
  ];

  it('takes two plain claims of about the reason’s length, in the article’s words', () => {
    expect(wrongReasonsFrom(cause, sentences, lower)).toEqual([
      'researchers at the Lawrence Berkeley National Laboratory in California did the study',
      'the American Heart Association explains the findings on its website',
    ]);
  });

  it('takes no quotation, no reason of its own, and nothing that says the same as the reason', () => {
    const got = wrongReasonsFrom(cause, sentences, lower).join(' | ');
    expect(got).not.toMatch(/wonder drug|because|hard on the body/i);
  });

  it('gives none for a reason written as a noun phrase, or a purpose', () => {
    expect(wrongReasonsFrom({ ...cause, cause: 'back pain' }, sentences, lower)).toEqual([]);
    expect(wrongReasonsFrom({ ...cause, relation: 'purpose' }, sentences, lower)).toEqual([]);
  });

  it('fills a draft’s only cause, which then makes a question', () => {
    const d = draftArticle(
      'Walking: The Wonder Drug',
      'Running is a high-impact activity and can be hard on the body. So, many people cannot run.',
      'Researchers at the Lawrence Berkeley National Laboratory in California did the study.',
      'The American Heart Association explains the findings on its website.',
    );
    const c = d.bank.facts.find((f) => f.kind === 'cause');
    expect(c?.kind === 'cause' ? c.wrong : undefined).toHaveLength(2);
  });
});
