// The twenty-fifth session's trials: reasons the drafter read wrong or missed, and what teachers deleted every time.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

describe('reasons a science story gives (trials 282, 299, 305, 308)', () => {
  it('"a sandstorm occurred due to high winds": the clause happened already, asked as why it occurred', async () => {
    expect(causeOf('A sandstorm occurred due to high winds.')).toMatchObject({
      effect: 'a sandstorm occurred',
      cause: 'high winds',
    });
    const d = await draftArticleAsInit(
      'Storm hits Mecca',
      'Rain fell on the pilgrims for two hours on Friday.',
      'A sandstorm occurred due to high winds.',
    );
    const cause = allFacts(d).find((f) => f.kind === 'cause');
    expect(cause).toMatchObject({ question: 'According to the article, why did a sandstorm occur?' });
    // A noun that reads as a verb is still a thing that happened.
    expect(causeOf('The power cut was blamed on a storm that hit the coast overnight.')).toMatchObject({
      effect: 'the power cut happened',
    });
  });

  it('one word can be the reason ("due to stress"), with the examples that follow it; a pointing word cannot', () => {
    expect(
      causeOf('The algae are expelled due to stress, such as higher-than-normal water temperatures or pollution.'),
    ).toMatchObject({
      effect: 'the algae are expelled',
      cause: 'stress, such as higher-than-normal water temperatures or pollution',
    });
    expect(causeOf('The accidents have usually been due to overcrowding.')).toMatchObject({ cause: 'overcrowding' });
    expect(causeOf('The ferry sank quickly due to these.')).toBeUndefined();
  });

  it('"Bleaching occurs when the algae ... are expelled due to stress": the reason is the expelling\'s', () => {
    expect(
      causeOf(
        'Bleaching occurs when the algae that live inside corals (and give them some of their colors) are expelled due to stress, such as higher-than-normal water temperatures or pollution.',
      ),
    ).toMatchObject({ effect: 'the algae that live inside corals are expelled' });
  });

  it('"Researchers say they think dogs are tuned in ... because ...": what they think is what happened', () => {
    expect(
      causeOf(
        'Researchers say they think dogs are tuned in to what people say because dogs have lived with people for a long time.',
      ),
    ).toMatchObject({
      effect: 'dogs are tuned in to what people say',
      cause: 'dogs have lived with people for a long time',
    });
  });
});
