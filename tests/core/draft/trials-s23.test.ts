// The twenty-third session: faults the trials of the sessions before met again (trials 278 and 281, the corpus's ozone
// report) and this session's trials 287-290.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { loadVerbBase } from '../../../src/io/nlp.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

describe('a share by which a thing changed is asked of the thing (trial 278, the ozone report)', () => {
  const ask = async (s: string) => {
    const n = findNumbers(s).find((x) => x.unit === 'percent')!;
    return quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit, await loadVerbBase());
  };

  it('"increased by 5 percent" after a clause of its own asks "By what percent did ... increase?"', async () => {
    expect(
      await ask(
        'As soon as the results were announced at the New York Stock Exchange, the shares of the American computer company increased by 5 percent.',
      ),
    ).toBe('By what percent did the shares of the American computer company increase?');
    expect(await ask('Sales rose 12 percent in the second quarter.')).toBe(
      'By what percent did sales rise in the second quarter?',
    );
    expect(await ask("Apple's profits rose 78 percent.")).toBe("By what percent did Apple's profits rise?");
  });

  it('"has declined by" keeps its tense, and the dots of "U.S." end no clause', async () => {
    expect(
      await ask(
        'Despite an increase in vehicle miles driven, surface ozone has declined by 30 percent on average across the U.S. from 1980 to 2012 [...]',
      ),
    ).toBe('By what percent has surface ozone declined on average across the U.S. from 1980 to 2012?');
  });

  it('no stem whose subject points back ("That category", "Its shares") or is a pronoun', async () => {
    expect(
      await ask(
        'That category of sea otters declined nearly 5 percent, from 1,955 in spring 1998 to 1,858 in spring 1999.',
      ),
    ).toBeUndefined();
    expect(await ask('Its shares rose 5 percent on Monday.')).toBeUndefined();
    expect(await ask('They fell 5 percent on Monday.')).toBeUndefined();
  });
});

describe('a percent that says not what it is a share of waits for its question (trial 281)', () => {
  it('"declined overall by 1.14 percent since the 1998 spring survey" is no "What figure ... for the percent since ...?"', async () => {
    const d = await draftArticleAsInit(
      'Sea otters decline',
      'The spring 1999 survey of 2,090 California sea otters indicates the population has declined overall by 1.14 percent since the 1998 spring survey, which revealed that there were a total of 2,114.',
      'Spring surveys of California sea otters have shown a steady decrease from a high of 2,377 sea otters counted in 1995.',
    );
    const share = d.bank.facts.find((f) => f.kind === 'quantity' && f.value === 1.14);
    expect(share === undefined || (share.kind === 'quantity' && share.question !== undefined)).toBe(true);
    expect(allFacts(d).some((f) => f.kind === 'quantity' && f.value === 1.14)).toBe(true);
  });
});
