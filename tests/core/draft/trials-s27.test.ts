// The twenty-seventh session: sentences the drafts lost, and what teachers wrote by hand in the session's trials.
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../src/core/draft/furniture.js';

describe('a short sentence of the story is not a caption', () => {
  it('"The mission cost $2.3 billion.": an irregular past after its subject, with an object, is a verb', () => {
    const page = [
      'NASA Launches New Probe',
      '',
      'NASA launched a new probe to Mars on Tuesday, the agency said.',
      '',
      'The mission cost $2.3 billion.',
      '',
      'The probe will reach Mars in seven months, said project manager Jane Smith.',
    ].join('\n');
    expect(readLayout(page).furniture).not.toContain('The mission cost $2.3 billion.');
  });
  it('a caption with no verb, or one ending on a past participle, is still one', () => {
    const page = [
      'Crane Collapse Kills 107',
      '',
      'A crane fell on the Grand Mosque in Mecca on Friday, killing at least 107 people.',
      '',
      'The crane that fell.',
      '',
      'The current flag of New Zealand.',
      '',
      'Officials said the storm was to blame for the collapse of the crane.',
    ].join('\n');
    expect(readLayout(page).furniture).toEqual(
      expect.arrayContaining(['The crane that fell.', 'The current flag of New Zealand.']),
    );
  });
});
