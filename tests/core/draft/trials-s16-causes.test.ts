// Reasons and page furniture the teachers of trials 140-148 added or cut by hand, read by the sixteenth session.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { findFurniture } from '../../../src/core/draft/furniture.js';

const pair = (s: string) => {
  const c = causeOf(s);
  return c && [c.relation, c.effect, c.cause];
};

describe('reasons the drafts missed', () => {
  it('reads what called a plan off (trials 145 and 146)', () => {
    expect(pair('The operation was aborted when several aircraft developed problems.')).toEqual([
      'reason',
      'the operation was aborted',
      'several aircraft developed problems',
    ]);
    expect(
      pair('Last year, the band’s tour was cancelled partway through as O’Riordan suffered from a back problem.'),
    ).toEqual(['reason', 'the band’s tour was cancelled partway through', 'O’Riordan suffered from a back problem']);
    // "when" after a meeting that began only tells when.
    expect(causeOf('The meeting was held when the mayor arrived.')).toBeUndefined();
  });

  it('reads what a loss left behind, and not a departure (trial 147)', () => {
    expect(
      pair(
        'But Mars lost its global magnetic field long ago, leaving the Red Planet more vulnerable to the Sun’s particles.',
      ),
    ).toEqual([
      'consequence',
      'Mars lost its global magnetic field long ago',
      'the Red Planet was left more vulnerable to the Sun’s particles',
    ]);
    expect(causeOf('The minister spoke for an hour, leaving the building at five.')).toBeUndefined();
  });

  it('reads a purpose past an aside of examples in the subject (trial 140)', () => {
    expect(
      pair(
        'Ten staff, including Chan, remained at UWS after its closure on June 27 to facilitate care for its animals.',
      ),
    ).toEqual([
      'purpose',
      'Ten staff remained at UWS after its closure on June 27',
      'to facilitate care for its animals',
    ]);
  });

  it('keeps "in part" with its "due to", and no reason in a title’s capital "So" (trials 148 and 146)', () => {
    const partly = causeOf(
      'The grandparents were judged unacceptable guardians, in part due to his advanced memory loss.',
    );
    expect([partly?.effect, partly?.cause]).toEqual([
      'the grandparents were judged unacceptable guardians',
      'his advanced memory loss',
    ]);
    expect(
      causeOf('The band released their first album Everybody Else Is Doing It, So Why Can’t We? in 1993.'),
    ).toBeUndefined();
  });
});

describe('a Learning English sign-off with a suffix (trial 145)', () => {
  it('leaves the sign-off, the glossary and the related links out', () => {
    const page = [
      'Former US President Jimmy Carter Dies at the Age of 100',
      '',
      'Former U.S. President Jimmy Carter has died at the age of 100.',
      '',
      'He is to be buried on the grounds of his home in Plains, Georgia.',
      '',
      'I’m Mario Ritter, Jr.',
      '',
      'Kane Farabaugh reported this story for VOA. Mario Ritter, Jr. adapted it for VOA Learning English.',
      '_________________________________________',
      'Words in This Story',
      'inflation – n. a continuing increase in the price of goods and services',
      'legacy – n. something that happens or exists as a result of things that happened at an earlier time',
    ].join('\n');
    const furniture = findFurniture(page);
    expect(furniture).toContain('I’m Mario Ritter, Jr.');
    expect(furniture).toContain('inflation – n. a continuing increase in the price of goods and services');
    expect(furniture).not.toContain('He is to be buried on the grounds of his home in Plains, Georgia.');
  });
});
