// The thirty-second session: what the thirty-first session's trials (366-377) left costing edits.
import { describe, expect, it } from 'vitest';
import { trimClaim } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';
import type { Fact } from '../../../src/core/types.js';

const causes = (facts: Fact[]) => facts.filter((f) => f.kind === 'cause') as Extract<Fact, { kind: 'cause' }>[];

describe('an aside that is a list (trial 377)', () => {
  it('is not cut at the first comma of its list', () => {
    const claim = trimClaim(
      'One of the strongest typhoons ever recorded is pounding the central Philippines, where it has caused landslides, destroyed buildings and killed at least three people',
    );
    expect(claim).not.toMatch(/Philippines destroyed/);
    expect(claim).toMatch(/^One of the strongest typhoons ever recorded is pounding the central Philippines/);
  });

  it('still goes when it sits between a subject and its verb', () => {
    expect(trimClaim('Finally, Atlantis, which flew last in July, will go on display in Florida, officials said')).toBe(
      'Atlantis will go on display in Florida',
    );
    expect(
      trimClaim('The council, which has met twice, voted on Monday to close the old bridge and build a new one'),
    ).toBe('The council voted on Monday to close the old bridge and build a new one');
  });
});

describe('a reason given in the first person (trial 376)', () => {
  it('is not drafted when the effect is the speaker\'s own ("I have no doubt ...")', () => {
    const facts = allFacts(
      draftArticle(
        'Rumsfeld visit sparks protests',
        'Protesters gathered outside Parliament House in Adelaide on Tuesday.',
        '"But because he came from Adelaide, I have no doubt that the issue will be raised," said Sandra Kanck.',
        '"Because of the lack of communications, we are not quite sure what the damage is," said Kanck.',
      ),
    );
    expect(causes(facts).map((c) => c.effect)).toEqual([]);
  });

  it('nor when the reason opens on a generic "you"', () => {
    const facts = allFacts(
      draftArticle(
        'Bookstore thrives',
        'The thrill of finding a new book is very serendipitous here because you can’t come and buy the new bestseller.',
      ),
    );
    expect(causes(facts)).toEqual([]);
  });

  it('but is, when only the reason holds "we" further on', () => {
    const facts = allFacts(
      draftArticle(
        'Long Drought Affects Oklahoma Farmers',
        '"Things looked phenomenal because of the mild weather and the showers we were able to catch," Muller said.',
      ),
    );
    expect(causes(facts).map((c) => c.cause)).toEqual(['the mild weather and the showers we were able to catch']);
  });
});
