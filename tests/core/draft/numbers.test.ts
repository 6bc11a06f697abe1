import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';

const one = (sentence: string) => {
  const found = findNumbers(sentence);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findNumbers', () => {
  it('reads a hedged count with its unit and what it counts', () => {
    const n = one('The United States has placed up to 8,500 soldiers on alert.');
    expect(n).toMatchObject({
      value: 8500,
      text: '8,500',
      unit: 'soldiers',
      precision: 'up to',
      counts: 'soldiers the United States has placed',
    });
  });

  it('reads a share after a dash as the change the words before it name (trial 56)', () => {
    expect(one("It causes a minute drop in KELT-9's brightness — about 0.5%.")).toMatchObject({
      value: 0.5,
      unit: 'percent',
      counts: "drop in KELT-9's brightness",
    });
  });

  it("counts people when a people's name stands before a verb (trial 57)", () => {
    expect(one('About 100 million Chinese live in poverty.')).toMatchObject({
      value: 1e8,
      unit: 'people',
      counts: 'people who live in poverty',
    });
    expect(findNumbers('Debt grew from about $6 trillion to roughly $28 trillion.')[0]?.counts).toBe('dollars');
  });

  it('reads trillions and units of two words (trial 52)', () => {
    expect(one('The sea provides passage for about US$5 trillion in trade every year.')).toMatchObject({
      value: 5e12,
      unit: 'dollars',
      precision: 'about',
    });
    expect(one('It owes $1.5tn to its lenders.')).toMatchObject({ value: 1.5e12, unit: 'dollars' });
    expect(one('Countries may claim a 200-nautical mile area from their mainland.')).toMatchObject({
      value: 200,
      unit: 'nautical miles',
    });
  });

  it('reads what trial 7 and 8 sentences count: a name owning it whole, degree words and adverbs out of the unit, a hedge after it', () => {
    expect(
      one("Today's ruling, by the Court of Appeal's three most senior judges, ordered the paragraphs made public."),
    ).toMatchObject({ value: 3, unit: 'senior judges', counts: "the Court of Appeal's most senior judges" });
    expect(one('The seven previously withheld paragraphs appear in a report.')).toMatchObject({
      value: 7,
      unit: 'paragraphs',
    });
    expect(one('Costs were $10,000 or more for each ranch.')).toMatchObject({
      value: 10000,
      precision: 'at least',
      counts: 'dollars for each ranch',
    });
    expect(one('The 31-year-old Ethiopian-born man was arrested in Pakistan.').counts).toBe(
      'age in years of the Ethiopian-born man',
    );
    // "passengers and crew" counts both (trial 11: "passengers" alone was false); knots, glued or not.
    expect(one('All 162 passengers and crew died in the crash.')).toMatchObject({ unit: 'passengers and crew' });
    expect(findNumbers('The plane climbed at 353knts, well below the 503knts it needed.').map((n) => n.unit)).toEqual([
      'knots',
      'knots',
    ]);
    // A denied "more than" is a ceiling (trial 13).
    expect(one('The islands are low, none of them rising more than six feet above the sea.').precision).toBe('up to');
    // A figure inside brackets defines or converts (trial 10); a label's number counts nothing.
    expect(
      findNumbers('NOAA predicts 17 named storms (winds of 39 mph or higher) this season.').map((n) => n.value),
    ).toEqual([17]);
    expect(findNumbers('The storm reached category 3 by Tuesday.')).toEqual([]);
    // A length, and a year after "in" whatever word follows it, are no counts.
    expect(findNumbers('The form is ten pages long.')).toEqual([]);
    expect(findNumbers('The release of information known in 2001 implies that he misled the BBC.')).toEqual([]);
  });

  it('says what a number counts in a whole named just before it', () => {
    const forty = one(
      'They could reinforce the rapid reaction force of the military alliance, made up of 40,000 soldiers, the Pentagon said.',
    );
    expect(forty).toMatchObject({
      value: 40000,
      counts: 'soldiers in the rapid reaction force of the military alliance',
    });
    expect(one('A survey of 1,150 households was made.').counts).toBe('households in a survey');
  });

  it('takes as unit the head noun of the phrase after the number, with the nouns that modify it', () => {
    // "within" is a hedge (at most thirty days), so the clause before it says which days.
    expect(one('The form must be filed within thirty business days.')).toMatchObject({
      unit: 'business days',
      counts: 'business days the form must be filed',
      precision: 'up to',
    });
    expect(one('The embassy has room for 8,400 visa applications from Peru.')).toMatchObject({
      unit: 'visa applications',
      counts: 'visa applications from Peru',
    });
    // A noun glued by a hyphen to what follows ends the phrase, read as a plural.
    expect(one("It aims to clear the county's 7,500 housing request-'waiting list' by May.")).toMatchObject({
      unit: 'housing requests',
      counts: "the county's housing requests",
    });
    // A plural used as a modifier does not end it; capitalised words before a plural name its kind.
    expect(one('Five police officers were hurt.').unit).toBe('police officers');
    expect(one('Five news outlets ran the story.').unit).toBe('news outlets');
    expect(one('Over 345 Maori carvers met in Rotorua.')).toMatchObject({
      unit: 'carvers',
      counts: 'Maori carvers',
    });
  });

  it('with no noun after the number, takes the noun it is compared with', () => {
    expect(one('The storm drove pending visa applications above 20,000, a record.')).toMatchObject({
      value: 20000,
      unit: 'visa applications',
      counts: 'visa applications',
      precision: 'more than',
    });
    expect(one('Applications topped 20,000 in May.').unit).toBe('applications');
  });

  it('ends what a number counts where the sentence goes on to something else', () => {
    // Korea corpus article: "under the absurd pretext" tells why they fired, not which shells.
    expect(
      one(
        'They took such reckless action as firing 36 shells at police posts under the absurd pretext of a provocation.',
      ).counts,
    ).toBe('shells at police posts');
    // "and prepare ..." is the next thing the troops were told to do.
    expect(one('Stop the broadcast within 48 hours and prepare against the enemy.').counts).toBe('hours');
    expect(one('The ferry carried 120 cars or more, officials said.').counts).not.toMatch(/\bor\b/);
  });

  it('reads the subject past words set off by commas (trial 13: "dollars is worth")', () => {
    expect(
      one('The economy of the island, reliant mainly on tourism and fishing, is worth $800 million a year.').counts,
    ).toBe('dollars the economy of the island is worth');
  });

  it('leaves out a figure of each of the things just counted', () => {
    const found = findNumbers('The plan calls for 155 wind turbines, each generating 1.5 megawatts.');
    expect(found.map((n) => n.value)).toEqual([155]);
    // A figure of its own after "each" is still read.
    expect(findNumbers('Each student paid 12 dollars.').map((n) => n.value)).toEqual([12]);
  });

  it('reads list items, a tally across a dash and a size as a reader would (trial 15)', () => {
    const tally = findNumbers(
      'The sample is the rover’s 24th – a tally that includes 21 sample tubes filled with rock cores, two filled with regolith, and one with air.',
    );
    expect(tally.find((n) => n.value === 21)?.counts).toBe('sample tubes filled with rock cores');
    // "two filled with regolith": "filled" is no unit; the item is not asked on its own.
    expect(tally.some((n) => n.unit === 'filled')).toBe(false);
    const size = findNumbers('The rock – about 5.6 feet wide and 3.3 feet high – intrigued the team.');
    expect(size.map((n) => n.counts)).toEqual(['width of the rock', 'height of the rock']);
  });

  it('reads shares, magnitudes, spans and people by what they are (trials 16 and 17)', () => {
    const first = (s: string) => findNumbers(s)[0]!;
    expect(first('A magnitude 9.0 earthquake struck the coast on March 11.')).toMatchObject({
      unit: 'magnitude',
      counts: 'magnitude of the earthquake',
    });
    expect(first('The leak is about ten percent of what was released at Chernobyl.').counts).toBe('percent');
    expect(first('Officials will evacuate another five communities over the next several weeks.').counts).toBe(
      'communities',
    );
    expect(first('More than 150,000 people remain displaced by the disaster.').counts).toBe(
      'people who remain displaced by the disaster',
    );
    expect(first('Results showed 81 percent of people believe sharing customs is important.').counts).toBe(
      'percent of people',
    );
    expect(first('An even lower number of respondents – 42 percent – said religion is important.').counts).toBe(
      'percent of respondents',
    );
    // "asked ... about four aspects" is what was asked about, no hedge.
    expect(first('Researchers asked study participants about four aspects of national identity.').precision).toBe(
      'exact',
    );
    // The sample a share is taken over is no figure of its own.
    expect(findNumbers('A median of 91 percent of people across 21 countries said so.').map((n) => n.value)).toEqual([
      91,
    ]);
  });

  it('never pieces what a number counts from words on both sides of it', () => {
    expect(one('The museum loaned 40 paintings to the gallery in Rome.').counts).toBe('paintings the museum loaned');
    // A clause ending in a preposition describes nothing: the phrase after the number does.
    expect(one('Tickets went on sale for some 3,000 Danish fans from Aarhus, the club said.').counts).toBe(
      'Danish fans from Aarhus',
    );
    expect(one('Figures show a record 9,120 boats crossing the strait last year drove prices up.').counts).toBe(
      'boats crossing the strait last year',
    );
    // A past form with an object is the verb of the clause, not a participle describing the noun.
    expect(one('Over 900 park rangers planted young trees along the river.').counts).toBe('park rangers');
    expect(one('Some 12 member states objected.').counts).toBe('member states');
  });

  it('drafts no "N years ago" and no length of a text in words, letters or pages', () => {
    expect(findNumbers('The council first proposed the bridge three years ago.')).toEqual([]);
    expect(findNumbers('The ministry sent forms with questions of over sixty words.')).toEqual([]);
    expect(findNumbers('Each answer may hold 500 characters.')).toEqual([]);
  });

  it('reads spelled-out numbers and durations', () => {
    expect(one('They could be ready in five days.')).toMatchObject({
      value: 5,
      text: 'five',
      unit: 'days',
      precision: 'exact',
    });
    expect(one('Joe Biden had a videoconference of just under an hour and a half on Monday.')).toMatchObject({
      value: 90,
      unit: 'minutes',
      precision: 'just under',
      text: 'an hour and a half',
    });
    expect(one('The hearing lasted half an hour.')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(one('Nearly twenty-five people came.')).toMatchObject({
      value: 25,
      unit: 'people',
      precision: 'just under',
      text: 'twenty-five',
    });
  });

  it.each([
    ['about 300 people', 'about'],
    ['more than 300 people', 'more than'],
    ['at least 300 people', 'at least'],
    ['fewer than 300 people', 'less than'],
    ['nearly 300 people', 'just under'],
    ['300 people', 'exact'],
  ])('reads the hedge in "%s"', (phrase, precision) => {
    expect(one(`The club says ${phrase} joined.`).precision).toBe(precision);
  });

  it('reads money and percentages; a year is no quantity', () => {
    const found = findNumbers('The bridge will cost $2.4 million, 68% of households want it, and it opens in 2027.');
    expect(found.map((n) => [n.value, n.unit, n.text])).toEqual([
      [2_400_000, 'dollars', '$2.4 million'],
      [68, 'percent', '68%'],
    ]);
  });

  it('leaves out clock times, phone numbers and labels, and reads ranks and "a thousand"', () => {
    expect(findNumbers('The teleconference starts at 11 a.m. EST and the event runs from 7:30 a.m. to 1 p.m.')).toEqual(
      [],
    );
    expect(findNumbers('Call 888-323-5258 or 415-228-4837 before 1830 BST.')).toEqual([]);
    expect(
      findNumbers('Six shells hit the area near posts 542 and 543 as Vostok 1 flew over the 747, which waited.').map(
        (n) => n.value,
      ),
    ).toEqual([6]);
    expect(findNumbers('Discovery retired after its 39th mission.').map((n) => [n.value, n.unit])).toEqual([
      [39, 'mission'],
    ]);
    // A name's age takes no "the" (trial 14: "age in years of the Netta").
    expect(one('After winning, 25-year-old Netta said she was happy.').counts).toBe('age in years of Netta');
    // Digits grouped by a comma are one rank (trial 15 read "088th").
    expect(findNumbers('It was cored on the 1,088th Martian day of the mission.').map((n) => n.value)).toEqual([1088]);
    expect(findNumbers('The toll would have been more than a thousand.').map((n) => [n.value, n.precision])).toEqual([
      [1000, 'more than'],
    ]);
  });

  it('leaves out a reported range, dates and codes', () => {
    // "at least 14" would mark a student who answers 18 wrong: a range is no one value to ask.
    expect(findNumbers('Construction is expected to take between 14 and 18 months.')).toEqual([]);
    expect(findNumbers('The leaflets, which officials say run from six to 24 pages, arrive today.')).toEqual([]);
    expect(findNumbers('Each form holds 30 to 45 boxes to tick.')).toEqual([]);
    expect(findNumbers('The G7 met on March 3 about COVID-19.')).toEqual([]);
  });

  it('gives text that is a substring of the sentence, so lint finds it', () => {
    const s = 'Up to eight minutes, some 1,200 residents and 45 per cent of 12 new classrooms in 2019.';
    for (const n of findNumbers(s)) expect(s.includes(n.text)).toBe(true);
  });
});

describe('findNumbers: rates', () => {
  it('reads "kilometers an hour" and "liters per day" as the unit, not the distance or amount', () => {
    expect(findNumbers('The jet flies at about 1,235 kilometers an hour over the sea.')[0]).toMatchObject({
      value: 1235,
      unit: 'kilometers an hour',
    });
    expect(findNumbers('Each family uses 20 liters per day in the dry season.')[0]).toMatchObject({
      value: 20,
      unit: 'liters per day',
    });
    expect(findNumbers('The probe is 24 billion kilometers from Earth.')[0]?.unit).toBe('kilometers');
  });
});

describe('quantityQuestion', () => {
  const ask = (sentence: string, verbBase?: (v: string) => string | undefined) => {
    const n = findNumbers(sentence)[0]!;
    return quantityQuestion(sentence, n.hedgeStart, n.unitEnd, n.unit, verbBase);
  };
  const base = (v: string) => ({ evacuated: 'evacuate', rescued: 'rescue' })[v];

  it('asks "How many ...?" when the number opens its clause and a verb follows', () => {
    expect(
      ask(
        'Last week, at least 76 people were killed when the Al-Ghaza Hotel near the Masjid Al-Haram (Grand Mosque) collapsed.',
      ),
    ).toBe('How many people were killed when the Al-Ghaza Hotel near the Masjid Al-Haram collapsed?');
    expect(ask('Over 700 pilgrims were trampled, the ministry said.')).toBe('How many pilgrims were trampled?');
  });

  it('asks how long a span written as an adjective was (Korea corpus: "after an 11-year lull")', () => {
    expect(ask('South Korea started the broadcasts again after an 11-year lull.')).toBe(
      'How long was the lull, in years?',
    );
    expect(ask('Nurses work a 12-hour shift in the ward.')).toBe('How long was the shift, in hours?');
    // A verb after the noun makes it no noun of its own: no stem.
    expect(ask('The 30-minute walk ends at the bridge.')).toBeUndefined();
  });

  it('asks "How many years ago ...?" of a long span back, written before or after its clause (trial 55)', () => {
    const past = (v: string) => ({ exploded: 'explode', occurred: 'occur', built: 'build' })[v];
    expect(
      ask(
        'Some 74,000 years ago, the Toba volcano in Indonesia exploded with a force 1,000 times more powerful than the 1980 eruption.',
        past,
      ),
    ).toBe('How many years ago did the Toba volcano in Indonesia explode?');
    expect(ask('The most recent super-eruption occurred more than 22,000 years ago in New Zealand.', past)).toBe(
      'How many years ago did the most recent super-eruption occur in New Zealand?',
    );
    // A subject that says only "his" asks of no one the question names.
    expect(
      ask('Thirty years ago, his editorial cartoon featured Reddy Kilowatt.', (v) => ({ featured: 'feature' })[v]),
    ).toBeUndefined();
    // A short span back dates something: no figure at all.
    expect(findNumbers('Two years ago, the town built a new wall.')).toEqual([]);
  });

  it('asks "What percentage of ...?" of a share its clause opens (trial 58)', () => {
    const said = (v: string) => ({ favoured: 'favour', said: 'say' })[v];
    expect(
      ask('Officer Barry Ryan announced yesterday 66.4% of voters favoured overturning the eighth amendment.', said),
    ).toBe('What percentage of voters favoured overturning the eighth amendment?');
    expect(ask('About 40 percent of respondents said they had never traveled abroad.', said)).toBe(
      'What percentage of respondents said they had never traveled abroad?',
    );
  });

  it('asks "By how many ...?" of a change by so much (retrial 21)', () => {
    expect(ask('Global average sea level rose by about 0.3 inches (0.76 centimeters) from 2022 to 2023.')).toBe(
      'By how many inches did global average sea level rise from 2022 to 2023?',
    );
    // A verb with no known base form gets no stem without the library's.
    expect(ask('Exports dropped by 12 tonnes last year.')).toBeUndefined();
    expect(ask('Exports dropped by 12 tonnes last year.', () => 'drop')).toBe(
      'By how many tonnes did exports drop last year?',
    );
  });

  it('asks "By what percent did X fall ...?" of "X, which fell by N percent" (retrial 19)', () => {
    expect(
      ask(
        'The talks prompted a spate of selling on the Istanbul Stock Exchange, which fell by six percent on Thursday.',
      ),
    ).toBe('By what percent did the Istanbul Stock Exchange fall on Thursday?');
    // No name before ", which": no stem.
    expect(ask('Shares of the firm, which fell by six percent on Thursday, recovered.')).toBeUndefined();
  });

  it('keeps "According to X" and "in total" in the stem: the figure is that source\'s, and a sum (retrial 19)', () => {
    expect(
      ask(
        'According to The Guardian, in total approximately 200 people have been arrested in relation to the investigation.',
      ),
    ).toBe('According to The Guardian, how many people have been arrested in relation to the investigation in total?');
  });

  it('asks "How many ... did X <verb>?" when a named subject and a past verb come before it, with the base form given', () => {
    const s =
      'No one was hurt, but South Korea evacuated about 80 people in the town of Yeoncheon after a shell landed.';
    expect(ask(s, base)).toBe(
      'How many people did South Korea evacuate in the town of Yeoncheon after a shell landed?',
    );
    // Without a way to find the base form, no stem: the maker's own prompt is used.
    expect(ask(s)).toBeUndefined();
  });

  it('reads a present verb, an infinitive after it and a common noun after the name', () => {
    const verbs = (v: string) => ({ intends: 'intend', hired: 'hire', plans: 'plan' })[v];
    expect(
      ask('The New Zealand government intends to hold two referendums to reach a verdict on the flag.', verbs),
    ).toBe('How many referendums does the New Zealand government intend to hold to reach a verdict on the flag?');
    expect(ask('The Riverton council hired 12 builders last spring.', verbs)).toBe(
      'How many builders did the Riverton council hire last spring?',
    );
    // "is", "has", "was" and words ending like them are no verbs to ask with.
    expect(ask('The Riverton council has 12 members.', verbs)).toBeUndefined();
    expect(ask('The Riverton council plans 12 buildings.', verbs)).toBe(
      'How many buildings does the Riverton council plan?',
    );
  });

  it('asks with a unit of several words, judged by its head noun', () => {
    expect(ask('Five police officers were hurt in the crash.')).toBe(
      'How many police officers were hurt in the crash?',
    );
    expect(ask('The form must be filed within thirty business days.')).toBeUndefined();
  });

  it('gives no stem for percentages, spans of time, a pronoun subject or a gerund', () => {
    expect(ask('Ozone caused 46 percent of the damage to soybean crops.', base)).toBeUndefined();
    expect(ask('The enemy must stop the broadcasts within 48 hours.', base)).toBeUndefined();
    expect(ask('They evacuated 80 people from the town.', base)).toBeUndefined();
    expect(ask('They took such action as firing 36 shells at the posts.', base)).toBeUndefined();
  });
});

describe('findNumbers: words after a number that are not its unit', () => {
  it('reads no unit from "aboard" or "each", and skips "remaining" to the noun', () => {
    expect(one('The ferry sank in the storm, drowning all 19 aboard.').unit).toBe('number');
    // A small number spelled out with nothing it counts is no figure to ask.
    expect(findNumbers('The ferry sank in the storm, drowning all nine aboard.')).toEqual([]);
    expect(one('The players were paid 300 each.').unit).toBe('number');
    expect(one('The city sold its four remaining trams last year.').unit).toBe('trams');
    expect(one('The city sold its four remaining Skoda trams last year.').unit).toBe('trams');
  });

  it('counts a unit joined by a hyphen in the plural: "a 12-year wait" is 12 years, not the year 12', () => {
    expect(one('The village ended a 12-year wait for a bridge.')).toMatchObject({ value: 12, unit: 'years' });
    expect(one('They set a 36-hour deadline.')).toMatchObject({ value: 36, unit: 'hours' });
  });
});
