// Wrong reasons drawn from an article's own sentences, for its only cause; the cases are the review of s31's
// (/work/trials/review31c): what it judged good, and what gave a second right answer.
import { describe, expect, it } from 'vitest';
import { wrongReasonsFrom } from '../../../src/core/draft/wrong-reasons.js';
import { draftArticle } from '../../helpers/draft-article.js';

const lower = (t: string) => t[0]!.toLowerCase() + t.slice(1);

describe('wrong reasons from the article’s own sentences', () => {
  const cause = {
    evidence: 'St Anne’s Hospital has stopped all visiting because a flu outbreak has spread across three wards.',
    effect: 'St Anne’s Hospital has stopped all visiting',
    cause: 'a flu outbreak has spread across three wards',
    relation: 'reason',
  };
  const sentences = [
    cause.evidence,
    'Patients can still receive phone calls, cards and letters.',
    'Staff numbers on the wards are lower than usual this winter.',
    'The hospital’s vaccination clinic opens every Thursday morning.',
    'Visiting will be reviewed at the end of next week.',
  ];

  it('takes what follows or is arranged around what happened, in the article’s words', () => {
    expect(wrongReasonsFrom(cause, sentences, lower)).toEqual([
      'patients can still receive phone calls, cards and letters',
      'visiting will be reviewed at the end of next week',
    ]);
  });

  it('takes no earlier event or condition, which may be a link of the same chain', () => {
    const school = {
      evidence: 'Hillcrest Primary School closed on Monday and Tuesday because its heating system failed.',
      effect: 'Hillcrest Primary School closed on Monday and Tuesday',
      cause: 'its heating system failed',
      relation: 'reason',
    };
    const got = wrongReasonsFrom(
      school,
      [
        school.evidence,
        'Temperatures dropped below freezing across the town overnight on Sunday.',
        'Parents collected coats and lunch boxes from the office on Monday morning.',
        'Engineers expect to fit a replacement boiler by Wednesday.',
      ],
      lower,
    );
    expect(got).toEqual([]);
  });

  it('gives none for a reason written as a noun phrase, one opening on a pronoun, or a purpose', () => {
    expect(wrongReasonsFrom({ ...cause, cause: 'higher flour costs' }, sentences, lower)).toEqual([]);
    expect(wrongReasonsFrom({ ...cause, cause: 'he missed two training sessions' }, sentences, lower)).toEqual([]);
    expect(wrongReasonsFrom({ ...cause, relation: 'purpose' }, sentences, lower)).toEqual([]);
  });

  it('takes no sentence another fact asks', () => {
    const asked = new Set(['Visiting will be reviewed at the end of next week.']);
    expect(wrongReasonsFrom(cause, sentences, lower, new Set(), asked)).toEqual([
      'patients can still receive phone calls, cards and letters',
    ]);
  });

  it('fills a draft’s only cause, which then makes a question', () => {
    const d = draftArticle(
      'Hospital bans visitors as flu spreads',
      'St Anne’s Hospital has stopped all visiting because a flu outbreak has spread across three wards.',
      'Patients can still receive phone calls, cards and letters.',
      'The hospital’s vaccination clinic opens every Thursday morning.',
      'Visiting will be reviewed at the end of next week.',
    );
    const c = d.bank.facts.find((f) => f.kind === 'cause');
    expect(c?.kind === 'cause' ? c.wrong : undefined).toHaveLength(2);
  });
});
