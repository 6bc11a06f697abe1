// The eighteenth session's events: trials 159, 160, 165, 168, 170 and 171 dated three to seven things a teacher
// put in time order, and the drafter ordered none of them.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { draftEvents } from '../../../src/core/draft/events.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

/** The one event a sentence makes, read against a date line; three filler events give it the orders it needs. */
function eventOf(sentence: string, dateLine: string) {
  const fillers = [
    'The town was founded in 1801.',
    'The first school opened in 1850.',
    'The old bridge collapsed in 1900.',
  ];
  return draftEvents([...fillers, sentence], dateLine).find((e) => e.sentence === 3);
}

describe('times the date line places', () => {
  it('reads "last week", "earlier this month", "earlier on Friday" and "N years ago" (trials 159, 160, 171)', () => {
    const events = draftEvents(
      [
        'Celebrations of the Bicentennial in Pichilemu started earlier this month.',
        'When the Egyptian-mediated truce terminated last week, Israel warned of a major offensive.',
        'The official fonda of Pichilemu was inaugurated on Thursday night by Mayor Roberto Córdova.',
        'Sebastián Piñera inaugurated the official fondas earlier on Friday.',
        'About one year ago, an American jury found that Google’s app store operates as an illegal monopoly.',
      ],
      'Saturday, September 18, 2010',
    );
    expect(events.map((e) => [e.text, e.when, e.order])).toEqual([
      ['Celebrations of the Bicentennial in Pichilemu started', 'earlier this month', 2],
      // Last week's days fall inside the month's earlier ones: neither is known to come first.
      ['The Egyptian-mediated truce terminated', 'last week', 2],
      ['The official fonda of Pichilemu was inaugurated by Mayor Roberto Córdova', 'on Thursday night', 3],
      ['Sebastián Piñera inaugurated the official fondas', 'earlier on Friday', 4],
      ['An American jury found that Google’s app store operates as an illegal monopoly', 'About one year ago', 1],
    ]);
  });

  it('leaves out a year-wide event that would merge the months told inside it (trial 171)', () => {
    const events = draftEvents(
      [
        'In May, an international gathering in Seoul agreed on measures.',
        'Deepfakes were used in several world election campaigns in 2024.',
        'Then in August 2024, a federal judge ruled that Google had violated trade laws.',
        'In October, the Federal Aviation Administration issued final rules for air taxis.',
      ],
      'December 29, 2024',
    );
    expect(events.map((e) => [e.text, e.order])).toEqual([
      ['An international gathering in Seoul agreed on measures', 1],
      ['A federal judge ruled that Google had violated trade laws', 2],
      ['The Federal Aviation Administration issued final rules for air taxis', 3],
    ]);
  });

  it('dates nothing by a weekday that names a noun, nor by a date in an aside', () => {
    expect(eventOf('Wednesday’s attack came soon after a report was released.', 'Friday, May 9, 2008')).toBeUndefined();
    expect(
      eventOf(
        'Hussein, whom Yusuf appointed little more than a year ago, had previously survived a vote of no confidence.',
        'Saturday, December 15, 2007',
      ),
    ).toBeUndefined();
  });
});

describe('what happened, cut from its sentence', () => {
  const DATE_LINE = 'Saturday, December 27, 2008';
  it('reads past brackets, a comma that was the date’s, a long span before the clause and names in quotes', () => {
    expect(
      eventOf(
        'A giant flag of Chile (18 meters of height, 27 of width; weighing 200 kilograms) was raised on the square on Friday morning.',
        DATE_LINE,
      )?.text,
    ).toBe('A giant flag of Chile was raised on the square');
    expect(
      eventOf(
        'In response thirteen rockets and mortar shells had also hit southern Israel on Friday, damaging an unoccupied house.',
        DATE_LINE,
      )?.text,
    ).toBe('Thirteen rockets and mortar shells had also hit southern Israel');
    expect(
      eventOf(
        'Two hours after IAF missiles targeted Hamas installations in the Gaza Strip, Palestinian gunmen launched on Saturday a massive attack with Qassam rockets.',
        DATE_LINE,
      )?.text,
    ).toBe('Palestinian gunmen launched a massive attack with Qassam rockets');
    expect(eventOf('On Thursday, "Fonda Don Vicente Nario" was opened on Preciosa Sangre.', DATE_LINE)?.text).toBe(
      '"Fonda Don Vicente Nario" was opened on Preciosa Sangre',
    );
    expect(eventOf('The “massive” air strikes on Saturday have claimed at least 220 lives.', DATE_LINE)?.text).toBe(
      'The “massive” air strikes have claimed at least 220 lives',
    );
    // Speech in quotation marks is still someone's words.
    expect(eventOf('On Thursday, he announced "we will not stop here" to reporters.', DATE_LINE)).toBeUndefined();
  });

  it('cuts a long deed before a relative clause or a purpose after a noun, not after a verb (trials 159, 171)', () => {
    expect(
      eventOf(
        'On September 2, two thousand people lined up in a formation to create the message "Viva Chile Bicentenario Cardenal Caro" on Pichilemu beach "Las Terrazas".',
        'Saturday, September 18, 2010',
      )?.text,
    ).toBe('Two thousand people lined up in a formation');
    expect(
      eventOf(
        'In May, an international gathering of major AI developers and top government officials in Seoul agreed on measures that aim to ensure that AI systems are safely built and deployed.',
        'December 29, 2024',
      )?.text,
    ).toBe(
      'An international gathering of major AI developers and top government officials in Seoul agreed on measures',
    );
    // What was asked needs its "to": too long, no event.
    expect(
      eventOf(
        'Earlier this month, video sharing service TikTok asked a U.S. appeals court to block a law requiring its Chinese parent, ByteDance, to divest itself of TikTok or face a U.S. ban.',
        'December 29, 2024',
      ),
    ).toBeUndefined();
    // The date is the cut clause's.
    expect(
      eventOf(
        'The Prince was keen to stress that those in power are the same people who, in 1979, seized the US embassy in Tehran.',
        'Tuesday, November 30, 2010',
      ),
    ).toBeUndefined();
    expect(
      eventOf(
        'The number of injuries increased over the course of the study period, and also increased since the United States first set safety standards in 2004.',
        'Friday, January 24, 2014',
      ),
    ).toBeUndefined();
  });

  it('takes no telling, no state, nothing that did not happen and no date as subject (trials 117, 165, 168, 170, 171)', () => {
    const line = 'December 29, 2024';
    for (const s of [
      'Here is a look back at some of the biggest tech stories we covered in 2024.',
      'We reported in October about an effort by researchers to use AI.',
      "The large number of people that fled Libya, Côte d'Ivoire and Syria in 2011, were not tallied in the report.",
      'Chris Strickland was working in a Home Depot in Anchorage earlier this month.',
      'In 2024, the phrase has been used to describe concerns about the harm of overconsuming.',
      'Today, American schools cannot legally restrict students based on race.',
      'May 17 marked the 70th anniversary of one of the most notable cases in U.S. Supreme Court history.',
    ])
      expect(eventOf(s, line), s).toBeUndefined();
    expect(eventOf('In October, Apple announced it was launching several new iPhones.', line)?.text).toBe(
      'Apple announced it was launching several new iPhones',
    );
    expect(eventOf('The report notes that in 2010 Japan resettled 18 families from Myanmar.', line)?.text).toBe(
      'Japan resettled 18 families from Myanmar',
    );
  });
});

describe('years swapped into false versions', () => {
  const draft = (published: string, ...sentences: string[]) =>
    draftBank(['Words of the year', '', ...sentences.flatMap((p) => [p, ''])].join('\n'), {
      articleFile: 'a.txt',
      published,
    });
  const swaps = (d: ReturnType<typeof draft>) =>
    allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => [f.text, x.with]) : []));

  it('swaps no year after the date line’s in, nor the date line’s own year out of what goes on (trials 170, 171)', () => {
    const d = draft(
      'December 29, 2024',
      'The online Dictionary.com selected demure as its word of the year for 2024.',
      'Deepfakes were used in several world election campaigns in 2024.',
      'Here is a look back at some of the biggest tech stories we covered in 2024.',
      'The phrase first appeared in Henry David Thoreau’s book Walden in 1854.',
      'The company said it expects a full release of the agents sometime in 2025.',
    );
    const swapped = swaps(d);
    expect(swapped.filter(([, to]) => /^\d{4}$/.test(to!))).toEqual([]);
    expect(swapped.some(([text]) => /^Here is/.test(text!))).toBe(false);
  });

  it('still swaps the article’s own year in a deed done once, and an earlier year for one before it', () => {
    const d = draft(
      'December 29, 2024',
      'The agency was founded in 2024 by three former officials of the health ministry.',
      'Their third album, To the Faithful Departed, was released in 1996 by Island Records.',
      'In 2003, the band split after touring for more than ten years across Europe.',
    );
    const years = swaps(d).filter(([, to]) => /^\d{4}$/.test(to!));
    expect(years.length).toBeGreaterThanOrEqual(2);
    expect(years.every(([, to]) => Number(to) <= 2024)).toBe(true);
  });
});

describe('"the company" and where a body is based (trial 171)', () => {
  it('takes "U.S.-based" out of the name, calls the name a body, and gives "the company" no court', () => {
    const d = draftArticle(
      'Driverless trucks',
      'The U.S. Supreme Court will hear the case in January, the court said on Monday.',
      'In May, U.S.-based Aurora Innovation said it was preparing to launch a series of driverless trucks.',
      'The company hopes to expand the service to thousands of tractor-trailers within three to four years.',
    );
    const aurora = d.bank.entities.find((e) => /Aurora/.test(e.name));
    expect(aurora).toMatchObject({ name: 'Aurora Innovation', kind: 'organisation' });
    const plan = allFacts(d).find((f) => f.kind === 'action' && /hopes to expand/.test(f.action));
    expect(plan).toMatchObject({ actor: aurora!.id });
  });
});

describe('long deeds cut to what happened (trials 172 and 177)', () => {
  it('reads past what a place is also called, cuts where it happened from the end, and keeps "urged him not to"', () => {
    const line = 'Tuesday, January 5, 2010';
    expect(
      eventOf(
        "The bombing last Wednesday at the CIA base, known as Forward Operating Base Chapman, in Afghanistan's Khowst province killed seven CIA employees and a Jordanian officer.",
        line,
      )?.text,
    ).toBe(
      "The bombing at the CIA base in Afghanistan's Khowst province killed seven CIA employees and a Jordanian officer",
    );
    expect(
      eventOf(
        'The bodies of the seven CIA employees killed in the Khowst attack arrived Monday at a U.S. Air Force base in the East Coast state of Delaware.',
        line,
      )?.text,
    ).toBe('The bodies of the seven CIA employees killed in the Khowst attack arrived at a U.S. Air Force base');
    expect(
      eventOf(
        'Trump spoke by phone with Russian President Vladimir Putin last week and urged him not to escalate the war.',
        line,
      )?.text,
    ).toBe('Trump spoke by phone with Russian President Vladimir Putin and urged him not to escalate the war');
  });
});

describe('quotation marks of two kinds (trial 177)', () => {
  it('pairs a straight opening mark with a curly closing one', async () => {
    const { findQuotes } = await import('../../../src/core/draft/quotes.js');
    expect(
      findQuotes('Trump said he "can work out something that\'s good for both sides.”').map((q) => q.text),
    ).toEqual(["can work out something that's good for both sides"]);
    // Paired marks stay as they were.
    expect(findQuotes('He said "yes" and then “no.”').map((q) => q.text)).toEqual(['yes', 'no']);
  });
});

describe('words quoted in what someone tells of another (trial 177)', () => {
  it('gives them to the one who told, past an apposition and a relative clause', () => {
    const d = draftArticle(
      'Lawmakers on the war',
      'Lawmakers met with Donald Trump on Tuesday in Washington to talk about the war.',
      'Republican Representative Michael McCaul, chairman of the House Foreign Affairs Committee, who has been a strong supporter of U.S. military aid to Ukraine, told VOA that Trump wants to have a “very strong military presence in Europe.”',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote' && /very strong military/.test(f.text));
    expect(quote).toMatchObject({ speaker: 'michael-mccaul' });
  });
});

describe('a lede pasted above a map (trial 172)', () => {
  it('keeps the story’s one-sentence paragraphs above a map’s caption and its credit', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const lede =
      'Media in the United States says a suicide bomber who attacked a Central Intelligence Agency base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda double agent.';
    const second =
      'The reports say current and former Western intelligence officials identified the suicide bomber as Humam Khalil Abu-Mulal al-Balawi, a 36-year-old physician and al-Qaeda sympathizer from Zarqa, Jordan.';
    const furniture = findFurniture(
      [
        'Suicide bomber at US base in Afghanistan was al-Qaeda double agent',
        'From Wikinews, the free news source you can write!',
        'Tuesday, January 5, 2010',
        lede,
        second,
        'Map showing Khost province (in red) in eastern Afghanistan.',
        'Image: Wikimedia Commons.',
        'U.S. television network NBC says Jordanian authorities arrested al-Balawi more than a year ago. The CIA declined to comment on the reports.',
      ].join('\n'),
    );
    expect(furniture).toContain('Map showing Khost province (in red) in eastern Afghanistan.');
    expect(furniture).not.toContain(lede);
    expect(furniture).not.toContain(second);
  });
});

describe('a caption over a body’s credit and its photographer (trial 175)', () => {
  it('leaves out the caption and its "Varda Space Industries/John Kraus" credit', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const caption =
      'A heat shield made by NASA is visible on the blunt, upward-facing side of a space capsule after its landing in the Utah desert.';
    const story =
      'The first flight of Inversion Space of Torrance, California, will take place in 2024 with the goal of using space to transport cargo.';
    const furniture = findFurniture(
      [
        'NASA Helps Emerging Space Companies ‘Take the Heat’',
        'Mar 11, 2024',
        'NASA works to encourage commercial growth. With an increasing number of start-ups, NASA helps.',
        caption,
        'Varda Space Industries/John Kraus',
        story,
      ].join('\n'),
    );
    expect(furniture).toEqual(expect.arrayContaining([caption, 'Varda Space Industries/John Kraus']));
    expect(furniture).not.toContain(story);
  });
});

describe('false versions a teacher called nonsense (trials 158, 168, 172, 179)', () => {
  const swapsOf = (...sentences: string[]) =>
    allFacts(draftArticle('Tests and wars', ...sentences)).flatMap((f) =>
      f.kind === 'statement' ? (f.falsify ?? []).map((x) => `${f.text} | ${x.replace} -> ${x.with}`) : [],
    );

  it('swaps no "U.S." before a noun, no end of a year span, no example or member of a list, and no question', () => {
    const swaps = swapsOf(
      'Great Britain and the United States sent troops to Afghanistan in 2001 and again in 2006.',
      'U.S. television network NBC says Jordanian authorities arrested the bomber more than a year ago.',
      'Wong was a decorated veteran who served in the infantry in Afghanistan for a year in 2011–2012.',
      'Several top universities say they will require standardized tests such as the SAT and ACT from applicants again.',
      "The large number of people that fled Libya, Côte d'Ivoire and Syria in 2011 were not counted by the United Nations.",
      'So if you are an international student planning to apply to college in the U.S., what should you know about the tests?',
    );
    expect(
      swaps.filter((x) =>
        /U\.S\. television.*\| U\.S\.|2011–2012.*\| 2011 |\| the SAT|fled Libya.*\| Libya |what should you know/.test(
          x,
        ),
      ),
    ).toEqual([]);
  });
});

describe('trials 184 and 187', () => {
  it('orders "In early June" before "In late June", keeps no "In," and dates "in October" without the full stop', () => {
    const events = draftEvents(
      [
        'The town was founded in 1801.',
        'In late June, Chinese space officials announced the spacecraft had returned to Earth.',
        'In early June, Boeing carried out a test mission for NASA.',
        'The last test took place in October.',
      ],
      'January 5, 2025',
    );
    expect(events.map((e) => [e.text, e.when, e.order])).toEqual([
      ['The town was founded', 'in 1801', 1],
      ['Chinese space officials announced the spacecraft had returned to Earth', 'In late June', 3],
      ['Boeing carried out a test mission for NASA', 'In early June', 2],
      ['The last test took place', 'in October', 4],
    ]);
  });

  it('leaves out a caption over a photographer’s and a body’s credit, a blank line between', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const caption =
      'An engineering geologist measures water depth at an agricultural well in a field north of Sacramento, California.';
    const furniture = findFurniture(
      [
        'US, Germany Partnering on Mission to Track Earth’s Water Movement',
        '',
        'Mar 19, 2024',
        '',
        caption,
        '',
        'Kelly M. Grow/California Department of Water Resources',
        '',
        'NASA and the German Aerospace Center signed an agreement to continue a mission that tracks water.',
      ].join('\n'),
    );
    expect(furniture).toEqual(
      expect.arrayContaining([caption, 'Kelly M. Grow/California Department of Water Resources']),
    );
  });

  it('swaps no year a bound sets: "no earlier than 2028"', () => {
    const swaps = allFacts(
      draftArticle(
        'A new mission',
        'The first GRACE mission was launched in 2002 by NASA and the German Aerospace Center.',
        'The follow-on mission is targeting a launch no earlier than 2028 from California.',
      ),
    ).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => `${f.text} | ${x.replace}`) : []));
    expect(swaps.filter((x) => /no earlier than 2028.*\| 2028$/.test(x))).toEqual([]);
  });
});

describe('Wikinews notices (trial 181)', () => {
  it('leaves out the "Wikinews Shorts" archive note', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const note =
      'Please note that due to the way in which Wikinews is archived, this article may have been a part of Category:Wikinews Shorts and may only be available on that page.';
    expect(
      findFurniture(
        ['Helicopter crash', 'A helicopter crashed in the city on Tuesday, killing four people.', note].join('\n'),
      ),
    ).toContain(note);
  });
});

describe('a short caption that ends its sentence (trial 189)', () => {
  it('is all of the caption: the story’s paragraph above it stays', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const story =
      'The International Olympics Committee stated last week they would seek clarification from the Russian government after calls from gay activists to relocate the event.';
    const furniture = findFurniture(
      [
        'Russian government confirms gay protesters to be arrested at Olympics',
        'Tuesday, August 13, 2013',
        "Russia's Interior Ministry confirmed yesterday that the police will enforce the law. The statement said so.",
        story,
        'Stephen Fry in 2008.',
        'Image: Wikimedia Commons.',
        'British actor Stephen Fry wrote a letter to Prime Minister David Cameron. He asked for the Games to move.',
      ].join('\n'),
    );
    expect(furniture).toEqual(expect.arrayContaining(['Stephen Fry in 2008.', 'Image: Wikimedia Commons.']));
    expect(furniture).not.toContain(story);
  });
});

describe('a race and an occasion are no counts (trials 188 and 191)', () => {
  it('reads "the 400m freestyle" as metres and "the 2012 games", "the 2012 elections" as years', async () => {
    const { findNumbers } = await import('../../../src/core/draft/numbers.js');
    expect(
      findNumbers(
        'Muffat won the 400m freestyle event at the 2012 games, and a gold medal in the 2008 games in Beijing.',
      ).map((n) => [n.value, n.unit]),
    ).toEqual([[400, 'meters']]);
    expect(
      findNumbers('The government’s term is halfway expired and the 2012 elections are quickly approaching.'),
    ).toEqual([]);
  });
});

describe('halves and a Wikinews footer (trials 185, 192, 196)', () => {
  it('reads "14-and-a-half" as 14.5 and "2 and a half microns" as 2.5', async () => {
    const { findNumbers } = await import('../../../src/core/draft/numbers.js');
    expect(findNumbers('Lunar nights are 14-and-a-half Earth days long.').map((n) => [n.value, n.text])).toEqual([
      [14.5, '14-and-a-half'],
    ]);
    expect(findNumbers('The sail is 2 and a half microns thick.').map((n) => [n.value, n.unit])).toEqual([
      [2.5, 'microns'],
    ]);
  });

  it('leaves out "Found an error? Please add {{editprotected}} ..."', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const line =
      'Found an error? Please add {{editprotected}} to the talk page if you notice factual errors or inaccuracies in this article.';
    expect(
      findFurniture(['Hamas ends truce', 'Hamas declared a formal end to the truce on Friday.', line].join('\n')),
    ).toContain(line);
  });
});

describe('a stance in a one-sided story (trials 165, 191, 192, 197)', () => {
  it('says what to do when the article gives no other side', async () => {
    const { thinFactNeeds } = await import('../../../src/core/generate.js');
    const { readingBank, READING_BANK_FILE } = await import('../fixtures/reading-bank.js');
    // The reading bank's one stance left alone: no one on another side.
    const stance = READING_BANK_FILE.facts.find((f) => f.id === 'st-silva')!;
    const bank = readingBank({ facts: [...READING_BANK_FILE.facts.filter((f) => f.kind !== 'stance'), stance] });
    expect(thinFactNeeds(bank, stance)).toBe(
      '"who took this side" needs 4 others on another side (the bank has 0): add stance facts for them, or, where the article gives no other side, ask it as a written question with skill: stance',
    );
  });
});

describe('the review of the session’s rules: counterexamples', () => {
  const line = 'Tuesday, March 5, 2024';
  it('keeps events a participle, a second clause or a reported modal opens or ends, and "I-95"', () => {
    expect(eventOf('Iran-backed Houthi rebels attacked a cargo ship in the Red Sea on Monday.', line)?.text).toBe(
      'Iran-backed Houthi rebels attacked a cargo ship in the Red Sea',
    );
    expect(eventOf('On Monday, armed men attacked a police station in the north.', line)?.text).toBe(
      'Armed men attacked a police station in the north',
    );
    expect(eventOf('The plane disappeared over the Indian Ocean in 2014 and was never found.', line)?.text).toBe(
      'The plane disappeared over the Indian Ocean and was never found',
    );
    expect(eventOf('The Supreme Court ruled in 2015 that same-sex couples can marry.', line)?.text).toBe(
      'The Supreme Court ruled that same-sex couples can marry',
    );
    expect(eventOf('I-95 reopened on Monday after the bridge repairs.', line)?.text).toBe(
      'I-95 reopened after the bridge repairs',
    );
  });

  it('reads no "last week" in "the last week of", and cuts no "so that" nor a preposition "to"', () => {
    expect(eventOf('Voters flooded the polling stations in the last week of the campaign.', line)).toBeUndefined();
    for (const s of [
      'In 2010, officials evacuated thousands of residents from the towns below the dam so that engineers could inspect the cracks in its concrete wall before the rains.',
      'In 2018, the prime minister of India made a three-day visit to the disputed region of Kashmir for talks with local leaders and military commanders.',
    ])
      expect(eventOf(s, line)?.text ?? '', s).not.toMatch(/\bso$|visit$/);
  });

  it('gives "the company" to a company named "Service", and "called ..." words to the one who called them', () => {
    const ups = allFacts(
      draftArticle(
        'Market fire',
        'The ministry said the market fire was under control on Monday.',
        'United Parcel Service said it would keep delivering to the city.',
        'The company said its warehouse near the market was not damaged.',
      ),
    ).find((f) => f.kind === 'action' && /warehouse/.test(f.action));
    expect(ups).toMatchObject({ actor: 'united-parcel-service' });
    const quote = allFacts(
      draftArticle(
        'Farmers',
        'Farmers protested on Monday in the capital.',
        'Senator Mary Smith told reporters that Governor Tom Jones called the trade deal “a total disaster for farmers” last year.',
      ),
    ).find((f) => f.kind === 'quote');
    expect(quote).toMatchObject({ speaker: 'tom-jones' });
  });

  it('counts "the 2000 residents", keeps "London-based Jane Goodall" a person', async () => {
    const { findNumbers } = await import('../../../src/core/draft/numbers.js');
    expect(findNumbers('Police evacuated the 2000 residents of the village.').map((n) => n.value)).toEqual([2000]);
    const d = draftArticle(
      'Chimpanzees',
      'The study began in 1960.',
      'London-based Jane Goodall praised the new park on Monday.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Jane Goodall')).toMatchObject({ kind: 'person' });
  });

  it('takes no sub-heading with a slash for a credit', async () => {
    const { findFurniture } = await import('../../../src/core/draft/furniture.js');
    const story = 'Thousands of residents were moved to shelters as the water rose through the night, officials said.';
    expect(
      findFurniture(
        ['Floods hit the region', story, '', 'Israel/Gaza Regional Tensions', '', 'The army arrived.'].join('\n'),
      ),
    ).not.toContain(story);
  });
});
