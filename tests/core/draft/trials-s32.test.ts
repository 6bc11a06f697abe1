// The thirty-second session: what the thirty-first session's trials (366-377) left costing edits.
import { describe, expect, it } from 'vitest';
import { trimClaim } from '../../../src/core/draft/draft-bank.js';

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
