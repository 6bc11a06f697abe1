// The thirty-third session: "How many ...?" stems for the figures teachers asked by hand in trials 346-391, read from
// the clause around the figure instead of a blank in the whole sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { echoQuestion, quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import type { QuantityFact } from '../../../src/core/types.js';
import { allFacts, draftArticleAsInit } from '../../helpers/draft-article.js';

let verbBase: (verb: string) => string | undefined;
beforeAll(async () => {
  verbBase = await (await import('../../../src/io/nlp.js')).loadVerbBase();
});
const ask = (sentence: string, value: number) => {
  const n = findNumbers(sentence).find((x) => x.value === value)!;
  return quantityQuestion(sentence, n.hedgeStart, n.unitEnd, n.unit, verbBase);
};

describe('a count the subject of a common noun did (trials 360, 375, 379, 391)', () => {
  it('"A team of conservationists captured 14 frogs" asks what the team captured', () => {
    expect(
      ask(
        'A team of conservationists captured 14 water frogs earlier this month in northern Chile, a wildlife group reported.',
        14,
      ),
    ).toBe('How many water frogs did the team of conservationists capture earlier this month in northern Chile?');
  });

  it('a span with a verb of how long ("lasted", "lived") asks how many of the span', () => {
    expect(
      ask(
        'The jury, which consisted of three women and nine men, announced their verdict after one week of deliberation and a trial that lasted only six weeks.',
        6,
      ),
    ).toBe('How many weeks did the trial last?');
    expect(ask('The scientists say mice with the best current treatments lived thirty days.', 30)).toBe(
      'According to the scientists, how many days did mice with the best current treatments live?',
    );
  });

  it('"researchers are looking at 10 aspects of the human body" keeps "of ..." with the noun', () => {
    expect(ask('In the Twins Study, researchers are looking at 10 aspects of the human body.', 10)).toBe(
      'How many aspects of the human body are researchers looking at?',
    );
  });

  it('not a pronoun, a bare "the group", or a span with a verb of no duration', () => {
    expect(ask('The river flooded six days after the storm.', 6)).toBeUndefined();
  });
});

describe('who says so, before the figure (trials 387, 391)', () => {
  it('"NAME, aside, said on Wednesday that X are costing Ford $1 billion"', () => {
    expect(
      ask(
        'Jim Hackett, head of Ford Motor Company, said on Wednesday that the new tariffs on steel and aluminum are costing Ford $1 billion.',
        1_000_000_000,
      ),
    ).toBe('According to Jim Hackett, how much are the new tariffs on steel and aluminum costing Ford?');
  });
});

describe('measures: how long, how deep, how far (trials 352, 367, 388)', () => {
  it('"is about 1.9 inches long" asks how long', () => {
    expect(ask('The snake skeleton itself, though missing a head, is about 1.9 inches long (47.5 mm).', 1.9)).toBe(
      'How long is the snake skeleton, in inches?',
    );
  });
  it('"at a depth of 20 feet" asks how deep', () => {
    expect(ask('In some locations the water is now at a depth of 20 feet (six meters).', 20)).toBe(
      'In some locations, how deep is the water now, in feet?',
    );
  });
  it('"95 kilometres (60 miles) Northeast of Rome" asks how far from Rome', () => {
    expect(ask("The epicenter was registered 95 kilometres (60 miles) Northeast of Italy's capital of Rome.", 95)).toBe(
      "How far from Italy's capital of Rome was the epicenter, in kilometres?",
    );
  });
});

describe('the next clause is no part of the question (trial 388)', () => {
  it('"... in the region and officials say the death toll is likely to rise"', () => {
    expect(
      ask(
        'At least 150 people have been killed in the region and officials say the death toll is likely to rise.',
        150,
      ),
    ).toBe('How many people have been killed in the region?');
  });
});

describe('in a draft, with the hedge and the source (trials 352, 388)', () => {
  it('"is about 1.9 inches long" is asked "About how long ...?"', async () => {
    const d = await draftArticleAsInit(
      'Tiny snake found in amber',
      'Scientists have found the fossil of a baby snake inside a piece of amber in Myanmar.',
      'The snake skeleton itself, though missing a head, is about 1.9 inches long (47.5 mm).',
      'The scientists say the find will help them learn how snakes lived in forests long ago.',
    );
    const q = allFacts(d).find((f): f is QuantityFact => f.kind === 'quantity' && f.value === 1.9);
    expect(q?.question).toBe('About how long is the snake skeleton, in inches?');
  });

  it('"Reports say" is "According to reports"; a name keeps its capital', () => {
    expect(
      ask(
        'Reports say as many as 50,000 houses and buildings have been destroyed, leaving thousands of people homeless.',
        50_000,
      ),
    ).toBe('According to reports, how many houses and buildings have been destroyed?');
  });
});

describe('the sentence asked in place, where no shape reads (trials 350, 363, 377, 383)', () => {
  const echo = (sentence: string, value: number) => {
    const n = findNumbers(sentence).find((x) => x.value === value);
    if (!n) return `no figure ${value} in: ${sentence}`;
    return echoQuestion(sentence, n.hedgeStart, n.start, n.start + n.text.length, n.unitEnd, n.unit);
  };
  it('puts "how many" in the figure’s place', () => {
    expect(
      echo(
        'The pope’s message to Congress was based on the stories of four Americans: Abraham Lincoln, Martin Luther King, Dorothy Day and Thomas Merton.',
        4,
      ),
    ).toBe('The pope’s message to Congress was based on the stories of how many Americans?');
    expect(
      echo('The storm, known in the Philippines as Yolanda, had wind gusts of over 350 kilometers per hour.', 350),
    ).toBe('The storm had wind gusts of over how many kilometers per hour?');
    expect(
      echo('Because of the remoteness of the area, word of the attack took three days to reach the state capital.', 3),
    ).toBe('Because of the remoteness of the area, word of the attack took how many days to reach the state capital?');
    expect(
      echo('The cuts are one condition for Greece to get more than $170 billion in bailout funds.', 170_000_000_000),
    ).toBe('The cuts are one condition for Greece to get more than how much in bailout funds?');
  });
  it('not inside an aside, a second clause, a span back, a pronoun’s sentence or a clause that leans on another', () => {
    for (const [sentence, value] of [
      ['The jury, which consisted of three women and nine men, announced their verdict.', 3],
      ['The vehicle, which was carrying 48 passengers as well as the driver, overturned.', 48],
      ['Moderate blooms have an index of 3-5, while an index more than 7 indicates more severe blooms.', 7],
      ['These effects became compounded every year, reaching as high as six males to one female.', 6],
      ['While Apple asks buyers to pay $1,000 for its high-end model, Samsung asks less.', 1000],
      ['Over the next six months, the bureau will release new figures.', 6],
      ['A team of scientists has announced remains of a girl from about 50 thousand years ago.', 50_000],
      ['The game featured an unusual duel between two 3.5-point players.', 3.5],
      ['The road connects Syria’s two largest cities.', 2],
      ['He said the company hired 200 workers last year.', 200],
      ['Hospital reports indicate 1 death.', 1],
    ] as const)
      expect(echo(sentence, value), sentence).toBeUndefined();
  });
  it('ends the clause at a dash, and reads on past a clock time', () => {
    expect(echo('The particle used was two hundred nanometers -- much, much smaller than a human hair.', 200)).toBe(
      'The particle used was how many nanometers?',
    );
    expect(ask('There were 305 tornadoes during the outbreak from 8:00 a.m. April 25.', 305)).toBe(
      'How many tornadoes were there during the outbreak from 8:00 a.m. April 25?',
    );
  });
});

describe('the review of the new shapes (the thirty-third session)', () => {
  it('a span stops before the sentence’s own verb or another deed', () => {
    expect(ask('A similar strike that lasted only six weeks in 2015 ended with a new contract.', 6)).toBe(
      'How many weeks did the similar strike last in 2015?',
    );
    expect(ask('The patient lived 117 years and saw three emperors.', 117)).toBe(
      'How many years did the patient live?',
    );
    expect(ask('The talks lasted three days and ended without a deal.', 3)).toBe('How many days did the talks last?');
  });
  it('what a thing is costing keeps its rate', () => {
    expect(ask('The strike is costing the airline $20 million a day.', 20_000_000)).toBe(
      'How much is the strike costing the airline a day?',
    );
  });
  it('measures: not a report’s subject, not "Its", not a hedge the question would lose, not a rise', () => {
    expect(ask('The scientists say the tree is 330 feet tall.', 330)).toBe(
      'According to the scientists, how tall is the tree, in feet?',
    );
    expect(ask('Its trunk is 30 feet wide.', 30)).toBeUndefined();
    expect(ask('The bridge is nearly 2 miles long.', 2)).toBeUndefined();
    expect(ask('The river is 3 feet high above its normal level.', 3)).toBeUndefined();
    expect(ask('The boat was 200 feet from the shark when it was seen.', 200)).toBeUndefined();
    expect(ask('The storm was 200 miles east of Miami on Tuesday morning.', 200)).toBe(
      'How far from Miami was the storm on Tuesday morning, in miles?',
    );
  });
  it('a common subject: not a phrase of when, not whose; "each" stays; "of ..." stays with the noun', () => {
    expect(ask('Last year the hospitals treated 4,000 patients with the disease.', 4000)).toBeUndefined();
    expect(ask('Their families waited 3 weeks for news of them.', 3)).toBeUndefined();
    expect(ask('In the final, the players each scored 2 goals.', 2)).toBe('How many goals did the players each score?');
    expect(ask('The volunteers donated 40 bags of mulch for the park.', 40)).toBe(
      'How many bags of mulch did the volunteers donate for the park?',
    );
    expect(ask('The ministers waited 20 minutes more.', 20)).toBeUndefined();
    expect(ask('The group stayed 2 nights at the camp.', 2)).toBeUndefined();
  });
  it('"and Delhi and Mumbai expect more rain" is cut whole', () => {
    expect(ask('Nearly 300 roads were closed and Delhi and Mumbai expect more rain.', 300)).toBe(
      'How many roads were closed?',
    );
  });
});

describe('the sentence asked in place: the review of s33', () => {
  const echo = (sentence: string, value: number) => {
    const n = findNumbers(sentence).find((x) => x.value === value);
    if (!n) return `no figure ${value} in: ${sentence}`;
    return echoQuestion(sentence, n.hedgeStart, n.start, n.start + n.text.length, n.unitEnd, n.unit);
  };
  it('not a rank, not a figure inside the subject’s own clause', () => {
    expect(echo('A climber from Nepal has reached the top of Mount Everest for the 30th time.', 30)).toBeUndefined();
    expect(echo('The man who waited 10 days for his release papers said he was not angry.', 10)).toBeUndefined();
  });
  it('stops before another deed, and keeps a participle’s phrase with the counted', () => {
    expect(echo('The line will be 27 kilometres long and will have 13 stations.', 27)).toBe(
      'The line will be how many kilometres long?',
    );
    expect(ask('The scientists are now testing 300 blood samples taken before and after the flight.', 300)).toBe(
      'How many blood samples taken before and after the flight are the scientists testing?',
    );
  });
});

describe('a headline’s toll after its verb (trial 394)', () => {
  it('"Boko Haram Kills 68 in Nigerian Town" is not asked again as "killing at least 68 people"', async () => {
    const d = await draftArticleAsInit(
      'Boko Haram Kills 68 in Nigerian Town',
      'Suspected Boko Haram militants have attacked a village in northeastern Nigeria, killing at least 68 people.',
      'Residents said the gunmen arrived on motorcycles early on Tuesday and set fire to homes.',
      'The army said its troops had retaken the town of Mafa on Thursday.',
      'A resident who fled to the city of Maiduguri said he had counted 68 corpses in the streets.',
    );
    // Nor "counted 68 corpses" (re-run 394): a large toll is the headline's figure whatever the body calls it.
    expect(allFacts(d).some((f) => f.kind === 'quantity' && f.value === 68)).toBe(false);
  });
});

describe('"other" stays with the counted (trial 395)', () => {
  it('"Two other soldiers are in detention"', () => {
    expect(ask('Two other soldiers are in detention.', 2)).toBe('How many other soldiers are in detention?');
  });
});

describe('one figure given twice (re-runs 388b and 388c)', () => {
  it('is drafted where it reads, not where it first waits for its words', async () => {
    const d = await draftArticleAsInit(
      'Major earthquake strikes central Italy',
      'According to the United States Geological Survey (USGS) a major moment magnitude 6.3 earthquake has struck Central Italy at 3:32 a.m. local time with a 4.8 aftershock about an hour after.',
      'At least 150 people have been killed in the region and officials say the death toll is likely to rise.',
      'At least nine aftershocks, with the highest being a magnitude 4.8, have shaken the area since the initial earthquake.',
    );
    const fours = allFacts(d).filter((f) => f.kind === 'quantity' && f.value === 4.8);
    expect(fours).toHaveLength(1);
    expect(d.bank.facts.find((f) => f.kind === 'quantity' && f.value === 4.8)?.evidence).toMatch(/^At least nine/);
  });
});

describe('a state’s abbreviation after its place (trial 396)', () => {
  it('"Sumter, Fla. (67.1 years)" ends no sentence; "Tampa, Fla. The storm ..." does', async () => {
    const { splitSentences } = await import('../../../src/core/article.js');
    expect(
      splitSentences(
        'In 2016, two counties had median ages over 60: Sumter, Fla. (67.1 years), and Catron, N.M. (60.5 years). Next came others.',
      ),
    ).toEqual([
      'In 2016, two counties had median ages over 60: Sumter, Fla. (67.1 years), and Catron, N.M. (60.5 years).',
      'Next came others.',
    ]);
    expect(splitSentences('She lives in Tampa, Fla. The storm hit on Monday.')).toHaveLength(2);
    expect(splitSentences('A team was in Tuscaloosa, Ala. Aerial and ground surveys document the storm.')).toHaveLength(
      2,
    );
  });
});

describe('a wire release’s dateline (trial 396)', () => {
  it('"WASHINGTON, June 22, 2017 /PRNewswire-USNewswire/ -- " is no part of the lede', async () => {
    const { DATELINE } = await import('../../../src/core/draft/furniture.js');
    const lede =
      "WASHINGTON, June 22, 2017 /PRNewswire-USNewswire/ -- The nation's population has a distinctly older age profile than it did 16 years ago.";
    expect(lede.replace(DATELINE, '')).toBe(
      "The nation's population has a distinctly older age profile than it did 16 years ago.",
    );
    expect('WASHINGTON, June 22, 2017 -- The agency said.'.replace(DATELINE, '')).toBe('The agency said.');
  });
});

describe('the sentence asked in place: the second review of s33', () => {
  const echo = (sentence: string, value: number) => {
    const n = findNumbers(sentence).find((x) => x.value === value);
    if (!n) return `no figure ${value} in: ${sentence}`;
    return echoQuestion(sentence, n.hedgeStart, n.start, n.start + n.text.length, n.unitEnd, n.unit);
  };
  it('not a figure inside a noun phrase, a tally, a question, a part, or a subject', () => {
    for (const [sentence, value] of [
      ['The school won a $1.5 million grant from the state.', 1_500_000],
      ['Forecasters expect another 80 millimetres of rain on Sunday.', 80],
      ['The team scored twice in the first 20 minutes of the game.', 20],
      ['The bridge lost 14 of its 30 steel supports.', 30],
      ['A magnitude 6.4 earthquake struck the island on Monday.', 6.4],
      ['The council passed the plan by 2,310 votes to 1,845.', 2310],
      ['Can a city of 4 million people survive without water?', 4_000_000],
      ['Officials said around 400 of them were rescued.', 400],
      ['The storm brought winds of up to 50 mph were making the roads unsafe.', 50],
      ['A team of 40 rescuers and 6 dogs searched the rubble.', 40],
      ['Workers repaired about 40 percent of the city’s 2,100 miles of pipe.', 2100],
      ['The village where 300 people live was cut off by the flood.', 300],
    ] as const)
      expect(echo(sentence, value), sentence).toBeUndefined();
  });
  it('keeps the hedge as written', () => {
    expect(echo('The jury deliberated for less than four hours before the verdict.', 4)).toBe(
      'The jury deliberated for less than how many hours before the verdict?',
    );
  });
});

describe('a pull quote over its speaker’s line, and a feed’s link home (trials 393, 397)', () => {
  it('the main idea is the first plain sentence after a first-person pull quote', async () => {
    const d = await draftArticleAsInit(
      'New April tornado outbreak information',
      '"I observed some of the devastating tornado damage with a NOAA forensic meteorology team in Tuscaloosa, Ala.',
      'Dr. Jane Lubchenco, NOAA administrator',
      "NOAA's preliminary estimate is that there were 305 tornadoes during the entire outbreak from April 25 to April 28, 2011.",
      'The largest previous number of tornadoes on record in one event occurred in 1974, with 148 tornadoes.',
    );
    const idea = allFacts(d).find((f) => f.kind === 'main-idea');
    expect(idea?.evidence).toMatch(/^NOAA's preliminary estimate/);
  });
  it('"BBC News - Home" is furniture', async () => {
    const { isFurniture } = await import('../../../src/core/draft/furniture.js');
    expect(isFurniture('BBC News - Home')).toBe(true);
    expect(isFurniture('The Road Home')).toBe(false);
  });
});

describe('a share keeps the span it holds for (trial 396)', () => {
  it('"Between 2000 and 2016, 95.2 percent of all counties experienced ..."', () => {
    expect(ask('Between 2000 and 2016, 95.2 percent of all counties experienced increases in median age.', 95.2)).toBe(
      'Between 2000 and 2016, what percentage of all counties experienced increases in median age?',
    );
  });
});

describe('"and a half" in words, and "the past 11 years" (trials 399, 400)', () => {
  it('"seventy-five and a half years" is 75.5', () => {
    const n = findNumbers('An American man could expect to live about seventy-five and a half years.')[0];
    expect(n?.value).toBe(75.5);
  });
  it('"his government’s past 11 and a half years" is not asked in place', () => {
    const s = "Howard reflected upon his government's past 11 and a half years.";
    const n = findNumbers(s)[0]!;
    expect(echoQuestion(s, n.hedgeStart, n.start, n.start + n.text.length, n.unitEnd, n.unit)).toBeUndefined();
  });
});

describe('a country’s possessive after a name (trial 399)', () => {
  it('"Julia Gillard Australia\'s first female Deputy Prime Minister" names Julia Gillard', async () => {
    const d = await draftArticleAsInit(
      'Rudd to become Prime Minister',
      "Kevin Rudd is set to become Australia's 26th Prime Minister after his Labor party defeated John Howard's coalition on Saturday.",
      "The victory makes Labor's deputy leader Julia Gillard Australia's first female Deputy Prime Minister.",
      'Mr Howard congratulated Mr Rudd on his election win.',
    );
    const names = d.bank.entities.map((e) => e.name);
    expect(names).toContain('Julia Gillard');
    expect(names).not.toContain('Julia Gillard Australia');
  });
});

describe('a compound object asked in place (re-run 393)', () => {
  it('"five days in advance and tornado watches hours in advance" asks the outlooks only', () => {
    const s =
      'The NWS Storm Prediction Center issued severe weather outlooks five days in advance and tornado watches hours in advance.';
    const n = findNumbers(s).find((x) => x.value === 5)!;
    expect(echoQuestion(s, n.hedgeStart, n.start, n.start + n.text.length, n.unitEnd, n.unit)).toBe(
      'The NWS Storm Prediction Center issued severe weather outlooks how many days in advance?',
    );
  });
});

describe('"An additional thirty are reported wounded" (trial 395)', () => {
  it('counts people, asked "How many more people ...?"', () => {
    const s = 'An additional thirty are reported wounded, some seriously.';
    expect(findNumbers(s)[0]).toMatchObject({ value: 30, unit: 'people' });
    expect(ask(s, 30)).toBe('How many more people are reported wounded?');
  });
});

describe('"said Thursday that ..." (trial 394)', () => {
  it('a day after "said" is when, not whom: the deed is drafted as with "said on Thursday that"', async () => {
    const d = await draftArticleAsInit(
      'Army retakes town',
      'Suspected militants have attacked a village in northeastern Nigeria, killing at least 68 people.',
      'The Nigerian army said Thursday that its troops are now in full control of Mafa in Borno state.',
      "Chad's President Idriss Deby called on the group's leader to surrender.",
    );
    const deed = allFacts(d).find((f) => f.kind === 'action' && f.evidence.startsWith('The Nigerian army'));
    expect(deed && deed.kind === 'action' ? deed.action : undefined).toBe(
      'said Thursday that its troops are now in full control of Mafa in Borno state',
    );
  });
});

describe('a name of two words before its fighters (trial 394)', () => {
  it('"Boko Haram militants" is a body; "Laurent Nkunda fighters" still follow a person', async () => {
    const d = await draftArticleAsInit(
      'Militants attack town',
      'Suspected Boko Haram militants have attacked a village in northeastern Nigeria, killing at least 68 people.',
      'Boko Haram has killed thousands of people since 2009.',
      'In Congo, Laurent Nkunda fighters attacked a town on Monday, and Laurent Nkunda said he wanted talks.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Boko Haram')?.kind).toBe('organisation');
    expect(d.bank.entities.find((e) => e.name === 'Laurent Nkunda')?.kind).toBe('person');
  });
});
