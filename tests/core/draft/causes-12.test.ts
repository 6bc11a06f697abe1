// Causes the twelfth session's drafter reads: purposes after a deed, reasons given with "for ... reasons",
// "in the aftermath of", "at the request of", a reason fronted after "And"/"But", and what a fact means.
import { describe, expect, it } from 'vitest';
import { causeOf, withItNamed } from '../../../src/core/draft/comprehension.js';

describe('causeOf: the purpose of a deed, told by "to" after it', () => {
  it('reads what people marched, gathered or travelled for (trial 81)', () => {
    expect(
      causeOf(
        'On Saturday, over 500,000 women and other protesters — twice the figure expected by organizers — marched through Washington D.C. to protest the inauguration of Donald Trump.',
      ),
    ).toMatchObject({
      relation: 'purpose',
      effect: 'over 500,000 women and other protesters marched through Washington D.C.',
      cause: 'to protest the inauguration of Donald Trump',
    });
    expect(causeOf('Thousands of fans gathered outside the stadium to celebrate the victory.')).toMatchObject({
      relation: 'purpose',
      effect: 'thousands of fans gathered outside the stadium',
      cause: 'to celebrate the victory',
    });
  });

  it('reads what a thing was hired, bought or chartered for (trial 84)', () => {
    expect(
      causeOf('The airline chartered a Lockheed C-130 Hercules from the air force to resume cancelled services.'),
    ).toMatchObject({
      relation: 'purpose',
      effect: 'the airline chartered a Lockheed C-130 Hercules from the air force',
      cause: 'to resume cancelled services',
    });
  });

  it('reads "in a move to" as a purpose (trial 69)', () => {
    expect(
      causeOf(
        'Morales announced plans to take control of the gas industry in a move to try to be more independent from multinational corporations.',
      ),
    ).toMatchObject({ relation: 'purpose', cause: 'to try to be more independent from multinational corporations' });
  });

  it('leaves a "to" that is no purpose', () => {
    // What someone was asked, told or expected to do; where something went; a verb's own object.
    expect(causeOf('The team travelled to Paris for the final.')).toBeUndefined();
    expect(causeOf('Officials used the money to the end of the year.')).toBeUndefined();
    expect(causeOf('She went on to win the race by two seconds.')).toBeUndefined();
    expect(causeOf('Residents were asked to leave their homes before the storm.')).toBeUndefined();
    expect(causeOf('The protesters marched to the capitol building.')).toBeUndefined();
  });
});

describe('causeOf: reasons named, not argued', () => {
  it('reads "for (what he said were) personal reasons" (trial 84)', () => {
    expect(causeOf('Chairman Azam Saigol quit on December 12 for what he said were personal reasons.')).toMatchObject({
      relation: 'reason',
      effect: 'Chairman Azam Saigol quit on December 12',
      cause: 'personal reasons',
    });
    expect(causeOf('The minister resigned for health reasons.')).toMatchObject({
      effect: 'the minister resigned',
      cause: 'health reasons',
    });
    // "for reasons of state" is no reason named; "for two reasons" says how many, not which.
    expect(causeOf('The minister resigned for two reasons.')).toBeUndefined();
  });

  it('reads "in the aftermath of" and "at the request of" (trials 84, 75)', () => {
    expect(
      causeOf('All ten ATRs in its fleet were grounded last week in the aftermath of a crash near Havelian.'),
    ).toMatchObject({
      relation: 'reason',
      effect: 'all ten ATRs in its fleet were grounded last week',
      cause: 'a crash near Havelian',
    });
    expect(
      causeOf('The area around Pittsburgh was chosen as a source of jurors at the request of the legal team of Cosby.'),
    ).toMatchObject({ relation: 'reason', cause: 'the request of the legal team of Cosby' });
  });

  it('reads a fronted "because" after "And" or "But" (trial 70)', () => {
    expect(
      causeOf(
        'And because China has not agreed to be governed by globally accepted financing rules, the risk for countries that accept Chinese loans goes up.',
      ),
    ).toMatchObject({
      relation: 'reason',
      cause: 'China has not agreed to be governed by globally accepted financing rules',
      effect: 'the risk for countries that accept Chinese loans goes up',
    });
  });

  it('reads no reason in an "As" of time before a date (trial 76)', () => {
    expect(
      causeOf(
        'As Juno flew within 220 miles (354 kilometers) of Europa at 2:36 p.m. PDT Sept. 29, 2022, JADE identified and measured hydrogen and oxygen ions.',
      ),
    ).toBeUndefined();
  });
});

describe('causeOf: what a finding means', () => {
  it('reads "– meaning" and ", meaning that" as what follows from the clause before (trial 83)', () => {
    const c = causeOf(
      'Many of these deep coastal valleys have filled with seawater – meaning the ice that broke off made little net contribution to sea level.',
    );
    expect(c).toMatchObject({
      relation: 'consequence',
      effect: 'many of these deep coastal valleys have filled with seawater',
      cause: 'the ice that broke off made little net contribution to sea level',
      question:
        'According to the article, what does it mean that many of these deep coastal valleys have filled with seawater?',
    });
    expect(causeOf('The river dried up in July, meaning that farmers had no water for their crops.')).toMatchObject({
      relation: 'consequence',
      cause: 'farmers had no water for their crops',
    });
    // "meaning" as a noun, or what a word means, is no consequence.
    expect(causeOf('The word has a meaning that few readers know.')).toBeUndefined();
  });
});

describe('causeOf: a clause that lost its subject is no effect', () => {
  it('leaves a deed whose subject an appositive cut off, and a participle (trials 19, 56)', () => {
    expect(
      causeOf(
        'Prime Minister Recep Tayyip Erdoğan and General Ilker Basbug, Chief of the General Staff, held crisis talks on Thursday to discuss the recent waves of arrests.',
      ),
    ).toBeUndefined();
    expect(
      causeOf(
        'This pattern was observed once every one and a half days, implying the planet comes in between the line of sight, meaning the planet completes one revolution in that time period.',
      ),
    ).toBeUndefined();
  });

  it('takes the purpose from the first "to" after the deed (trial 49)', () => {
    // "to persuade users to stop using IE6": the campaign is to persuade; stopping is what users are asked.
    expect(
      causeOf(
        'Microsoft has launched an aggressive campaign to persuade users to stop using IE6 and update to a newer IE.',
      ),
    ).toBeUndefined();
  });
});

describe('causeOf: a gerund that opens the sentence is its subject', () => {
  it('keeps "estimating the size of particles is challenging because ..." (trial 55)', () => {
    expect(
      causeOf(
        'But estimating the size of particles is challenging because previous super eruptions have not left reliable physical evidence.',
      ),
    ).toMatchObject({
      effect: 'estimating the size of particles is challenging',
      cause: 'previous super eruptions have not left reliable physical evidence',
    });
  });
});

describe('causeOf: a cause told after a colon, and what a mistake came after', () => {
  it('reads "... effect: Less precipitation over land led to a decrease in river discharge" (trial 86)', () => {
    expect(
      causeOf(
        'During the exceptional El Niño event of 2015, for example, the scientists traced a particularly distinct global water cycle effect: Less precipitation over land led to a decrease in river discharge on average, which in turn led to notably higher salinity levels.',
      ),
    ).toMatchObject({
      cause: 'less precipitation over land',
      question: 'According to the article, what led to a decrease in river discharge on average?',
      evidence: expect.stringMatching(/^During the exceptional/),
    });
  });

  it('reads "The mistake was made after ..." as its reason (trial 88)', () => {
    expect(
      causeOf(
        "The mistake was made after an air traffic controller erroneously removed the latter aircraft's identification tag.",
      ),
    ).toMatchObject({
      relation: 'reason',
      effect: 'the mistake was made',
      cause: "an air traffic controller erroneously removed the latter aircraft's identification tag",
    });
    // "after" of time only: the meeting came after lunch.
    expect(causeOf('The meeting was held after the vote in the senate.')).toBeUndefined();
  });
});

describe('causeOf: a verb the comma left without its subject', () => {
  it('leaves "announced plans of ..., particularly gas ... in a move to" (trial 69)', () => {
    expect(
      causeOf(
        'The newly elected president of Bolivia, announced plans of socializing part of the energy resources, particularly gas in Bolivia in 2005 in a move to try to be more independent from multinational coorporations.',
      ),
    ).toBeUndefined();
  });
});

describe('causeOf: glosses and descriptions are no causes', () => {
  it('leaves a word glossed with ", meaning" and a thing described with ", linked to" (trials 85, 86)', () => {
    expect(
      causeOf(
        'Others are in substance abuse recovery programs or underemployed, meaning they have been out of the workforce for a long time.',
      ),
    ).toBeUndefined();
    expect(
      causeOf(
        'El Niño, linked to warmer-than-average ocean temperatures in the equatorial Pacific, brings more rain than normal in the southwestern U.S.',
      ),
    ).toBeUndefined();
    expect(causeOf('The outbreak was linked to contaminated water from a village well.')).toMatchObject({
      cause: 'contaminated water from a village well',
    });
  });
});

describe('causeOf: a clause after "and" that lost its subject', () => {
  it('leaves "..., and melting ice on land, leading to sea level rise" (trial 10)', () => {
    expect(
      causeOf(
        'Human-caused climate change is warming our ocean globally and in the Atlantic basin, and melting ice on land, leading to sea level rise, which increases the risk of storm surge.',
      ),
    ).toBeUndefined();
  });
});

describe('withItNamed: a reason that opens on "it"', () => {
  it('names what "it" is from the last thing the effect names (Sierra Leone)', () => {
    const c = causeOf(
      'Kargbo said President Koroma was not told about the agreement because it was still being negotiated.',
    )!;
    expect(withItNamed(c).cause).toBe('the agreement was still being negotiated');
    // Nothing named, or a plural: left as it is.
    const plain = causeOf('The match was cancelled because it was raining heavily in the city.')!;
    expect(withItNamed(plain).cause).toBe(plain.cause);
  });
});

describe('causeOf: a reason without the purpose of its deed', () => {
  it('cuts "in preparation to ..." off a long reason (retrial 88)', () => {
    expect(
      causeOf(
        "The mistake was made after an air traffic controller erroneously removed the latter aircraft's identification aircraft tag in preparation to handing off the aircraft to the air traffic control centre for a neighbouring sector of airspace.",
      ),
    ).toMatchObject({
      cause: "an air traffic controller erroneously removed the latter aircraft's identification aircraft tag",
    });
  });
});

describe('causeOf: "Since" before a plural subject and its verb', () => {
  it('reads "Since prisons provide food service, ..." as a reason, not "Since the fall of ..." (trial 85)', () => {
    expect(
      causeOf('Since prisons provide food service, there is already a place to provide training for inmates.'),
    ).toMatchObject({ relation: 'reason', cause: 'prisons provide food service' });
    expect(causeOf('Since the fall of the Islamic Courts Union, the city has been calm.')).toBeUndefined();
  });
});
