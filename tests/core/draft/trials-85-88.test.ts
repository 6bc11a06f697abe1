// What trials 85-88 (the twelfth session's fresh articles) showed the drafter getting wrong.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/article.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { draftEvents } from '../../../src/core/draft/events.js';
import { findFurniture } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';

/** A draft of an article given as its title and paragraphs. */
const draft = (title: string, ...paragraphs: string[]) =>
  draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' }).bank;

describe('measures with a dimension, and speeds in m.p.h. (trial 88)', () => {
  it('reads "600 vertical feet" as feet, its dimension kept with the unit', () => {
    const found = findNumbers('Two airliners came within 600 vertical feet and 1.3 horizontal miles of each other.');
    expect(found.find((n) => n.value === 600)).toMatchObject({ unit: 'vertical feet' });
    expect(found.find((n) => n.value === 1.3)).toMatchObject({ unit: 'horizontal miles' });
  });

  it('reads "700 m.p.h." as miles per hour and ends the sentence after it', () => {
    expect(
      findNumbers('They would have been traveling at a combined speed of about 700 m.p.h.').find(
        (n) => n.value === 700,
      ),
    ).toMatchObject({ unit: 'miles per hour' });
    expect(
      splitSentences('They were traveling at about 700 m.p.h. Airspeed would normally be higher, officials said.'),
    ).toEqual(['They were traveling at about 700 m.p.h.', 'Airspeed would normally be higher, officials said.']);
    // A code or a day after "p.m." goes with the time.
    expect(splitSentences('Juno flew past at 2:36 p.m. PDT on Sept. 29.')).toHaveLength(1);
    expect(splitSentences('The vote closes at 5 p.m. Monday in every state.')).toHaveLength(1);
  });
});

describe('events dated by a weekday and its part of the day (trial 87)', () => {
  const older = ['The council approved the new budget in 2001.', 'The council approved the old budget in 1990.'];
  const first = (sentence: string) => draftEvents([sentence, ...older], 'Monday, February 6, 2017')[0];

  it('reads "on Saturday night" and "early yesterday morning" whole', () => {
    expect(
      first(
        'The appeal was filed on Saturday night with the 9th Circuit Court of Appeals, which declined to overturn the decision, stating the request is denied.',
      ),
    ).toMatchObject({ text: 'The appeal was filed with the 9th Circuit Court of Appeals', when: 'on Saturday night' });
    expect(first('The stay request was rejected early yesterday morning.')).toMatchObject({
      text: 'The stay request was rejected',
      when: 'early yesterday morning',
    });
  });

  it('takes a date before a noun as the thing it names, and cuts a long deed before its participle', () => {
    expect(
      first(
        'In response to a lawsuit filed by Washington State attorney Bob Ferguson in Seattle, U.S. federal judge James Robart on Saturday ordered the suspension of a January 27 executive order issued by U.S. President Donald J. Trump suspending entry to the U.S. by refugees.',
      ),
    ).toMatchObject({
      text: 'U.S. federal judge James Robart ordered the suspension of a January 27 executive order',
      when: 'on Saturday',
    });
    expect(
      first('Yesterday, several Middle Eastern airlines had already begun to board passengers, and flights resumed.'),
    ).toMatchObject({ text: 'Several Middle Eastern airlines had already begun to board passengers' });
  });
});

describe('events: what the tail dates, and scene-setting phrases (trials 39, 84)', () => {
  const older = ['The council approved the new budget in 2001.', 'The council approved the old budget in 1990.'];
  const first = (sentence: string) => draftEvents([sentence, ...older], 'Monday, December 19, 2016')[0];

  it('does not date a deed by a date inside the tail it cuts away', () => {
    expect(
      first(
        "The protest at Fort Benning which involved a mock funeral procession is an annual event organized by the School of Americas Watch (SOAW) to commemorate the first assassination attributed to school's graduates, the November 16 1989, killing of six Jesuit priests.",
      )?.sentence,
    ).not.toBe(0);
  });

  it('drafts no event from "With one ATR-42 declared airworthy as of December 15 ..."', () => {
    expect(
      first(
        'With one ATR-42 declared airworthy as of December 15 PIA also said flights to Chitral could be expected to resume soon.',
      )?.sentence,
    ).not.toBe(0);
  });
});

describe('letters and the name they stand for (trials 85, 86)', () => {
  const entities = (title: string, ...paragraphs: string[]) => draft(title, ...paragraphs).entities;

  it('joins "HOPES, Hospitality Opportunities for People Reentering Society" into one name', () => {
    const found = entities(
      'Cooking school gives hope',
      'Haglid attended the classes through a U.S. Department of Labor program called HOPES, Hospitality Opportunities for People Reentering Society. HOPES is run by an industry group.',
      'About 1000 people have gone through the HOPES program nationwide, Gifford said.',
    );
    expect(found.filter((e) => /Hospitality|Reentering/.test(e.name))).toEqual([]);
    expect(found.find((e) => e.name === 'HOPES')?.aliases).toContain(
      'Hospitality Opportunities for People Reentering Society',
    );
  });

  it('joins "CONAE (Comisión Nacional de Actividades Espaciales)" as a body', () => {
    const found = entities(
      'Satellites spot saltier coasts',
      'The study used data from SAC-D, a mission of NASA and CONAE (Comisión Nacional de Actividades Espaciales), the space agency of Argentina. CONAE built the satellite.',
    );
    expect(found.filter((e) => e.kind === 'person')).toEqual([]);
    // A mission's letters name a thing (trial 65 drafted a person "Double Asteroid Redirection Test").
    expect(
      entities(
        'Asteroid changed shape',
        "When NASA's DART (Double Asteroid Redirection Test) smashed into an asteroid in 2022, it made its mark. DART showed that a kinetic impactor could deflect an asteroid, NASA said.",
      ).filter((e) => e.kind === 'person'),
    ).toEqual([]);
  });

  it('drafts no body from "practical salinity units, or PSU"', () => {
    const found = entities(
      'Salinity peaks in March',
      'Surface salinity in coastal waters reached a maximum global average (34.50 practical salinity units, or PSU) each March, the NASA team said.',
      'The open ocean reached a global average maximum (34.97 PSU) from July to October, NASA said.',
    );
    expect(found.map((e) => e.name)).not.toContain('PSU');
  });
});

describe('who said it (trial 87)', () => {
  const quotes = (title: string, ...paragraphs: string[]) =>
    draft(title, ...paragraphs).facts.flatMap((f) => (f.kind === 'quote' ? [`${f.speaker}: ${f.text}`] : []));
  const lede =
    'Judge James Robart on Saturday ordered the suspension of the order issued by President Donald J. Trump.';

  it('gives "He also claimed" after "In another Tweet, he referred to Robart" to the one "he" was', () => {
    expect(
      quotes(
        'Judge blocks order',
        lede,
        'President Trump was more direct. "What is our country coming to when a judge can halt a travel ban?" he said via Twitter. In another Tweet, he referred to Robart as a "so-called judge" and expressed confidence the ruling would be overturned. He also claimed, "Interesting that certain Middle-Eastern countries agree with the ban. They know it is bad!" Judge Robart acquired his post under Republican president George W. Bush.',
      ).filter((q) => /Interesting/.test(q)),
    ).toEqual(['donald-j-trump: Interesting that certain Middle-Eastern countries agree with the ban']);
  });

  it('gives "he said" after a quotation to the person who opened it with a colon, and drops "If it were, ..."', () => {
    expect(
      quotes(
        'Judge blocks order',
        lede,
        'It was ruled upon by Judge Robart. The U.S. Speaker of the House, Republican Paul Ryan, expressly disagreed: "This is not a Muslim ban. If it were, I would be against it," he said.',
      ),
    ).toEqual(['paul-ryan: This is not a Muslim ban']);
  });
});

describe('a caption printed twice, its credit on no list (trial 86)', () => {
  it('leaves out both copies and the credit, however long the caption', () => {
    const caption =
      'Rivers can flush rainwater over hundreds of miles to the sea, changing the makeup of coastal waters in ways that scientists are still discovering. In this satellite image from December 2023, a large, sediment-rich plume from the Mississippi River spreads down the Gulf Coast of Louisiana and Texas following winter rains.';
    const text = [
      'How NASA Spotted El Niño Changing the Saltiness of Coastal Waters',
      '',
      caption,
      caption,
      'NASA/OB.DAAC',
      '',
      'New findings have revealed a coastal realm highly sensitive to changes in runoff and rainfall on land.',
      '',
      'After helping stoke record heat in 2023, the current El Niño is losing steam this spring, scientists said.',
    ].join('\n');
    expect(findFurniture(text)).toEqual(expect.arrayContaining([caption, 'NASA/OB.DAAC']));
  });
});

describe('a quote box whose credit line ends in a full stop (trial 87)', () => {
  it('leaves out the words and the credit', () => {
    const words =
      'The judge opens up our country to potential terrorists and others that do not have our best interests at heart. Bad people are very happy!';
    const text = [
      'Travel to U.S. resumes after federal judge blocks executive order',
      '',
      'Monday, February 6, 2017',
      '',
      'Judge James Robart on Saturday ordered the suspension of the executive order, court papers show.',
      '',
      words,
      "— President Donald J. Trump, of Judge Robart's ruling.",
      '',
      `President Trump was more direct. "${words}" he said via Twitter.`,
    ].join('\n');
    expect(findFurniture(text)).toEqual(
      expect.arrayContaining([words, "— President Donald J. Trump, of Judge Robart's ruling."]),
    );
  });
});

describe('figures: a time joined to its noun, a quoted word in the phrase, whom it was told (trials 85, 88)', () => {
  const one = (sentence: string, value: number) => findNumbers(sentence).find((n) => n.value === value);

  it('reads "the 14-week program" and "her four-year prison sentence" as their length', () => {
    expect(one('She completed the 14-week program in 2020.', 14)).toMatchObject({
      unit: 'weeks',
      counts: 'length of the program',
    });
    expect(one('As she approached the end of her four-year prison sentence, she joined a class.', 4)).toMatchObject({
      unit: 'years',
      counts: 'length of the prison sentence',
    });
    expect(one('Controllers worked past the two hour working limit between rest breaks.', 2)).toMatchObject({
      counts: 'length of the working limit between rest breaks',
    });
    expect(one('The war lasted four years.', 4)).toMatchObject({ counts: 'years the war lasted' });
    expect(one('A four-year-old boy was rescued.', 4)).toBeUndefined();
  });

  it('reads past a word in quotation marks and past whom something was told', () => {
    expect(one('Students learn the five foundational “mother” sauces.', 5)?.unit).toMatch(/sauces$/);
    expect(
      one('Richards told reporters that pilots had mentioned three times that the airspace was congested.', 3),
    ).toMatchObject({ counts: 'times pilots had mentioned' });
  });
});

describe('a time the headline gives joined to its noun', () => {
  it('asks no figure the title already states ("after two-year wait")', () => {
    const facts = draftBank(
      [
        'Riverside council approves new footbridge after two-year wait',
        '',
        'Riverside Town Council voted on Tuesday to build a footbridge, ending a dispute over the crossing that had lasted more than two years.',
        '',
        'The bridge will cost about $2.4 million and should open in the spring of 2027, the council said.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    ).bank.facts;
    expect(facts.some((f) => f.kind === 'quantity' && f.value === 2)).toBe(false);
    expect(facts.some((f) => f.kind === 'quantity' && f.value === 2400000)).toBe(true);
  });
});

describe('a time that measures, not a thing that lasts', () => {
  it('keeps "one-minute wind speed" and "the lowest three-year average" out of lengths', () => {
    expect(findNumbers('The buoys measure one-minute wind speed and direction.').some((n) => n.value === 1)).toBe(
      false,
    );
    expect(
      findNumbers('This year marks the lowest three-year average for ice coverage.').find((n) => n.value === 3)
        ?.counts ?? '',
    ).not.toMatch(/^length/);
    expect(
      findNumbers('It is a 21-day period between SWOT observations of the lake.').find((n) => n.value === 21),
    ).toMatchObject({ counts: 'length of the period between SWOT observations' });
  });
});

describe('who a person is, from the sentence after their name (trial 85, Sierra Leone)', () => {
  const entities = (title: string, ...paragraphs: string[]) => draft(title, ...paragraphs).entities;

  it('reads "said Anna McDermott. She is the Food Bank’s Chief Impact Officer." as her name and role', () => {
    expect(
      entities(
        'Cooking school',
        'Others are out of the workforce for a long time, said Anna McDermott. She is the Food Bank’s Chief Impact Officer. “The work is hard for all of us,” McDermott said.',
        'The school has 20 students, officials said.',
      ).find((e) => e.name === 'Anna McDermott'),
    ).toMatchObject({ kind: 'person', role: 'Food Bank’s Chief Impact Officer' });
  });

  it('reads "negotiated by Ibrahim Ben Kargbo. He is a former minister and ..." as his role', () => {
    expect(
      entities(
        'Sierra Leone Investigates Plan',
        'The agreement was negotiated by Ibrahim Ben Kargbo. He is a former minister and senior presidential aide.',
        'Kargbo told VOA that the agreement was part of a deal to build a fertilizer factory.',
      ).find((e) => e.name === 'Ibrahim Ben Kargbo')?.role,
    ).toBe('former minister');
  });
});

describe('given names that end like a nationality (trial 87)', () => {
  it('reads "Professor Jonathan Turley of George Washington University" as a person of a body', () => {
    const entities = draftBank(
      [
        'Judge blocks order',
        '',
        '"It\'s hard for the president to demand that courts respect his inherent authority," said law Professor Jonathan Turley of George Washington University.',
        '',
        '"We will win this case," said Vice President Mike Pence.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    ).bank.entities;
    expect(entities.find((e) => e.name === 'Jonathan Turley')).toMatchObject({ kind: 'person' });
  });
});
