// The twenty-fourth session's trials: what teachers added by hand because the draft missed it.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import type { QuantityFact } from '../../../src/core/types.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

const allFactsOf = (d: ReturnType<typeof draftBank>) =>
  allFacts(d).filter((f): f is QuantityFact => f.kind === 'quantity');

describe('reasons a science story gives without "because" (trials 292, 298, 300)', () => {
  it('"X results in Y" asks what results in Y (trial 298)', () => {
    expect(
      causeOf(
        'According to the scientists, the low-pressure system results in white fluffy snow, which appears as a very bright region over the ice cap.',
      ),
    ).toMatchObject({
      cause: 'the low-pressure system',
      question: 'According to the article, what results in white fluffy snow?',
    });
  });

  it('"X is the root cause of Y" asks what the root cause of Y is (trial 298)', () => {
    expect(
      causeOf(
        'The scientists found that the location of two huge craters in the southern hemisphere of Mars is the root cause of the two distinct climates.',
      ),
    ).toMatchObject({
      cause: 'the location of two huge craters in the southern hemisphere of Mars',
      question: 'According to the article, what is the root cause of the two distinct climates?',
    });
    expect(causeOf('Poor maintenance was the main cause of the fire, investigators said.')).toMatchObject({
      cause: 'Poor maintenance',
      question: 'According to the article, what was the main cause of the fire?',
    });
  });

  it('"The main reason for X was Y" asks the reason for X', () => {
    expect(causeOf('The main reason for the delay was a shortage of spare parts.')).toMatchObject({
      cause: 'a shortage of spare parts',
      question: 'According to the article, what was the main reason for the delay?',
    });
    expect(causeOf('The cause of the fire was not immediately known.')).toBeUndefined();
    expect(causeOf('The reason for the delay is unclear.')).toBeUndefined();
    expect(causeOf('The cause of the crash is under investigation.')).toBeUndefined();
    expect(causeOf('He is the reason for our success.')).toBeUndefined();
    expect(causeOf('This was the main cause of the delay.')).toBeUndefined();
  });

  it('"to avoid" and "to prevent" after a deed say what it was for (trials 292, 300)', () => {
    expect(
      causeOf('When given a choice, most of the rats switched the lever to avoid shocking the other rat.'),
    ).toMatchObject({ relation: 'purpose', cause: 'avoid shocking the other rat' });
    expect(
      causeOf(
        'The cannabis was vacuum packed to prevent its distinctive pungent aroma from drawing unwanted attention.',
      ),
    ).toMatchObject({
      relation: 'purpose',
      effect: 'the cannabis was vacuum packed',
      cause: 'prevent its distinctive pungent aroma from drawing unwanted attention',
    });
    expect(
      causeOf(
        'The study showed the actor rat, which pressed the lever, tended to switch the lever to avoid shocking the other rat.',
      ),
    ).toMatchObject({ effect: 'the actor rat tended to switch the lever' });
    // A purpose someone only supposes is no reason the article gives.
    expect(
      causeOf(
        'According to ABC News, Basya also believes the asylum seekers found in the water may have left the boat on purpose to be rescued to avoid being sent away from Indonesia waters.',
      ),
    ).toBeUndefined();
    // What one tries, fails, wants or manages to avoid is the deed itself, not what another deed was for.
    for (const s of [
      'The driver tried to avoid the crowd on the bridge.',
      'The council failed to prevent the closure of the library.',
      'Officials want to avoid a repeat of last year.',
      'It is hard to avoid sugar in a modern diet.',
      'Doctors explained how to prevent the spread of the flu.',
      'Firefighters managed to prevent the blaze from reaching the houses.',
      'The government is doing everything it can to prevent a second wave.',
      'There are simple ways to avoid the virus at home.',
    ])
      expect(causeOf(s), s).toBeUndefined();
  });
});

describe('a US government page as pasted (trial 302)', () => {
  const page = [
    'Skip to main content',
    'U.S. flag',
    '',
    'An official website of the United States government',
    '',
    'MADISON, Wis. — Mexican free-tailed bats can be infected with the SARS-CoV-2 virus but don’t appear to spread it or become sick, according to a U.S. Geological Survey study published today.',
    '',
    '',
    'Mexican free-tailed bat',
    'Mexican free-tailed bats are an abundant and widespread species of the Americas. (Credit: Ann Froschauer, USFWS)',
    '',
    'Scientists with the USGS monitored 10 captive Mexican free-tailed bats that were exposed to SARS-CoV-2, the virus that causes COVID-19 in humans, for infection and potential bat-to-bat transmission. Five of the bats became infected with the virus and tested positive for 6-18 days.',
    '',
    '“As the virus that causes COVID-19 continues to circulate, our study addresses its potential to infect native wildlife populations,” said Jeffrey Hall, a USGS scientist and the lead author of the report. “The findings can help managers understand the risk this virus poses to valuable Mexican free-tailed bats.”',
    '',
    'Mexican free-tailed bats are famous for a colony of about 1,500,000 animals that roosts under the Congress Avenue Bridge in Austin, Texas.',
  ].join('\n');

  it('leaves out the government banner and the credited caption, and reads the dateline as no name', async () => {
    const { loadNameTagger, loadVerbBase } = await import('../../../src/io/nlp.js');
    const d = draftBank(page, {
      articleFile: 'a.txt',
      nameTagger: await loadNameTagger(),
      verbBase: await loadVerbBase(),
    });
    expect(d.bank.title).not.toMatch(/official website/i);
    expect(d.bank.article.exclude).toEqual(
      expect.arrayContaining([
        'An official website of the United States government',
        'Mexican free-tailed bats are an abundant and widespread species of the Americas. (Credit: Ann Froschauer, USFWS)',
      ]),
    );
    const names = d.bank.entities.map((e) => e.name);
    expect(names).not.toContain('MADISON');
    expect(names).not.toContain('Ann Froschauer');
    expect(d.bank.entities.find((e) => e.name === 'Jeffrey Hall')?.kind).toBe('person');
  });

  it('counts what the figure counts: "10 captive Mexican free-tailed bats", "about 1,500,000 animals"', async () => {
    const { loadNameTagger, loadVerbBase } = await import('../../../src/io/nlp.js');
    const d = draftBank(page, {
      articleFile: 'a.txt',
      nameTagger: await loadNameTagger(),
      verbBase: await loadVerbBase(),
    });
    const q = allFactsOf(d);
    expect(q.find((f) => f.value === 10)?.unit).toMatch(/bats$/);
    expect(q.find((f) => f.value === 10)?.question).toBe(
      'How many captive Mexican free-tailed bats did scientists with the USGS monitor?',
    );
    expect(q.find((f) => f.value === 1500000)?.counts).toBe('animals');
  });
});

describe('reasons that are none, and one that is (trials 301, 303)', () => {
  it('"shortly after", "As X reports from" and a list before ", so" give no reason (trial 301)', () => {
    expect(causeOf('Emergency crews arrived shortly after the storm struck.')).toBeUndefined();
    expect(
      causeOf(
        'As VOA’s Greg Flakus reports from Houston, this is the worst storm season in a decade in the central plains states.',
      ),
    ).toBeUndefined();
    expect(causeOf('We have no water, electricity, gas or anything, so there is no place right now.')).toBeUndefined();
    // A reason after "after" still reads as one without a span before it.
    expect(causeOf('The plane was grounded after an engine failed during the test.')).toBeDefined();
  });

  it('", thus securing ..." is what followed (trial 303)', () => {
    expect(
      causeOf('Great Britain managed to win the sprint race, thus securing a first place start in the feature race.'),
    ).toMatchObject({
      relation: 'consequence',
      effect: 'Great Britain managed to win the sprint race',
      cause: 'securing a first place start in the feature race',
    });
  });
});

describe('a picture’s caption that says where a thing stands (trial 303)', () => {
  it('"New Zealand’s Black Beauty car in the middle." is furniture; a story sentence ending so is not', () => {
    const d = draftBank(
      [
        'Motorsport: A1GP Shanghai, China results',
        '',
        'Sunday, April 15, 2007',
        '',
        'Great Britain’s A1GP car.',
        'New Zealand’s Black Beauty car in the middle.',
        '',
        'A1 Team New Zealand has won the feature race at the A1 Grand Prix in Shanghai, China today, followed by A1 Team Great Britain and A1 Team Germany.',
        '',
        'The Germans were placed in the middle.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(d.bank.article.exclude).toContain('New Zealand’s Black Beauty car in the middle.');
    expect(d.bank.article.exclude ?? []).not.toContain('The Germans were placed in the middle.');
  });
});

describe('a broadcast transcript (trial 301)', () => {
  it('"URLICH:" names Steve Ulrich, misspelt; the reporter’s question is no quote; "Coordinator" is a title', async () => {
    const d = await draftArticleAsInit(
      'Severe Weather Leaves Death and Destruction in US Heartland',
      'At least 7 people were killed in Iowa and Minnesota by tornadoes on Sunday. As VOA’s Greg Flakus reports from Houston, this is the worst storm season in a decade.',
      '"We had real good notice," said Mayor Robert Haylock. "Our sirens all went off well in advance."',
      'In a VOA telephone interview, Emergency Management Coordinator Steve Ulrich said Parkersburg has been left uninhabitable for the moment.',
      'URLICH: "The whole town really has no place to stay. We have no water, electricity, gas or anything, so there is no place right now."',
      'FLAKUS: "What is being done for those people?"',
      'URLICH: "We are providing some shelter for those who do not have any of those resources."',
    );
    expect(d.bank.entities.map((e) => e.name)).not.toContain('URLICH');
    expect(d.bank.entities.map((e) => e.name)).not.toContain('FLAKUS');
    expect(d.bank.entities.find((e) => e.name === 'Steve Ulrich')).toMatchObject({
      kind: 'person',
      role: 'Emergency Management Coordinator',
    });
    const quotes = allFacts(d).filter((f) => f.kind === 'quote');
    expect(quotes.filter((q) => q.speaker === 'steve-ulrich').map((q) => q.text)).toEqual([
      'The whole town really has no place to stay',
      'We have no water, electricity, gas or anything, so there is no place right now',
      'We are providing some shelter for those who do not have any of those resources',
    ]);
    expect(quotes.some((q) => /being done/.test(q.text))).toBe(false);
  });
});
