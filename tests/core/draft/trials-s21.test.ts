// The twenty-first session: the main idea's drafted wrong summaries. Trials 230-246 threw out the too-narrow choice
// (the first later sentence with a digit) as a fragment, a list of names, a score, a clock time, a sentence leaning on
// the one before, and the distorted one where the swapped name was half of a longer one.
import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from '../../../src/core/article.js';
import { distortedSummary, narrowDetail } from '../../../src/core/draft/comprehension.js';
import { draftEvents } from '../../../src/core/draft/events.js';
import { guessKind } from '../../../src/core/draft/names.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';

describe('the too-narrow summary (trials 230-246)', () => {
  const SUMMARY =
    'Chicago politicians asked Cardinal Francis George not to pull funding from immigration campaign groups who support legal recognition of same-sex marriage';
  const at = (paragraph: number, sentence: string) => ({ sentence, paragraph });

  it('passes over lists, scores, clock times, quotations and sentences that lean on the one before', () => {
    const detail = narrowDetail(
      [
        at(
          1,
          'Chicago politicians this past weekend asked Cardinal Francis George not to pull funding from the groups.',
        ),
        // Trial 243: a 57-word list of the letter's signers.
        at(
          2,
          'Politicians who signed the letter included Chicago 46th ward alderman James Cappleman, Cook County Commissioner John Fritchey, City Clerk Susana Mendoza, Chicago aldermen Proco Moreno and Patrick J. O’Connor.',
        ),
        // Trial 244: a score; trial 245: a clock time.
        at(3, 'The Capitals led early in the first with a score of 6–2 and then 6–4 before the visitors went ahead.'),
        at(3, 'Docking coverage will begin at 10:15 a.m. on NASA+, NASA Television and the agency’s website.'),
        // Trial 238: "those" leans on the sentence before; a quotation is someone's claim.
        at(4, 'Prior to 2020, those that were traced to their source originated outside our own galaxy.'),
        at(4, '"It is intellectually and morally dishonest to use the witness of the church," George said.'),
        at(
          5,
          'Initial threats of funding cuts were made in June, following a statement in May by the Illinois Coalition for Immigrant and Refugee Rights.',
        ),
      ],
      1,
      SUMMARY,
    );
    expect(detail).toBe(
      'Initial threats of funding cuts were made in June, following a statement in May by the Illinois Coalition for Immigrant and Refugee Rights.',
    );
  });

  it('is about as long as the summary: not a fragment a reader passes over for being short (trial 236)', () => {
    expect(narrowDetail([at(3, 'A public manifestation, to the tune of $20 million.')], 1, SUMMARY)).toBeUndefined();
  });

  it('is none from the lede’s own paragraph, and none at all when nothing fits', () => {
    expect(
      narrowDetail(
        [
          at(
            1,
            'The groups lost their funding in June after a statement by the Illinois Coalition for Immigrant Rights.',
          ),
        ],
        1,
        SUMMARY,
      ),
    ).toBeUndefined();
  });
});

describe('the distorted summary', () => {
  it('puts one name in another’s place', () => {
    expect(
      distortedSummary('Canada extradited Lai Changxing to China on its promise to spare his life', {
        replace: 'Canada',
        with: 'France',
      }),
    ).toBe('France extradited Lai Changxing to China on its promise to spare his life');
  });

  it('leaves a name that is half of a longer one (trials 232 and 236)', () => {
    expect(
      distortedSummary('An actor playing Juan Valdez at the National Coffee Park in Montenegro, Colombia', {
        replace: 'Montenegro',
        with: 'the United States',
      }),
    ).toBeUndefined();
    expect(
      distortedSummary(
        'A team from the University of Tennessee, Knoxville, has confirmed that the asteroid is held together',
        {
          replace: 'University of Tennessee',
          with: 'California Institute of Technology',
        },
      ),
    ).toBeUndefined();
  });

  it('puts a name written with "the" only where a noun phrase starts (trials 216 and 241)', () => {
    expect(
      distortedSummary("Turkey's assembly voted to authorize sending troops into northern Iraq", {
        replace: 'Iraq',
        with: 'the United States',
      }),
    ).toBeUndefined();
    expect(
      distortedSummary('The crisis at a nuclear plant on the northeast coast of Japan is now as severe as Chernobyl', {
        replace: 'Japan',
        with: 'Soviet Union',
      }),
    ).toBeUndefined();
    expect(
      distortedSummary('The Comoros, backed by African Union forces, has invaded the island of Anjouan', {
        replace: 'The Comoros',
        with: 'the United States',
      }),
    ).toBe('The United States, backed by African Union forces, has invaded the island of Anjouan');
  });
});

describe('who "he" and "she" are (trials 247 and 248)', () => {
  it('a person the sentence names is not its "He": Jim Swire, not al-Megrahi, described the death', async () => {
    const d = await draftArticleAsInit(
      'Lockerbie convict buried',
      'However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi was not guilty. He described al-Megrahi\'s death as "a sad time", telling the BBC he was "satisfied for some years that this man was nothing to do with the murder of my daughter".',
    );
    const quotes = allFacts(d).filter((f) => f.kind === 'quote');
    expect(quotes.map((f) => (f.kind === 'quote' ? f.speaker : ''))).toEqual(['jim-swire', 'jim-swire']);
  });

  it('"she said" after a passive that names another woman goes on with the one the story is about', async () => {
    const d = await draftArticleAsInit(
      'Betancourt returns',
      'Freed hostage Íngrid Betancourt arrived in France today, two days after being rescued.',
      'Standing alongside President Nicolas Sarkozy at a military air base southwest of Paris, Betancourt said, "I cry with joy." The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy, along with some supporters.',
      '"I have been dreaming for seven years of this moment. I owe everything to you," she said, thanking France for pressuring Colombia to "think of other than military options". She added, "France is my home and you are my family."',
    );
    const said = Object.fromEntries(allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text, f.speaker]] : [])));
    expect(said).toMatchObject({
      'I cry with joy': 'ingrid-betancourt',
      'I have been dreaming for seven years of this moment': 'ingrid-betancourt',
      'I owe everything to you': 'ingrid-betancourt',
      'France is my home and you are my family': 'ingrid-betancourt',
    });
    // The words between the close and the next open are no quotation (they were read as one before).
    expect(Object.keys(said).some((t) => t.startsWith('she said'))).toBe(false);
  });
});

describe('sentences, furniture and titles (trials 250, 252 and 254)', () => {
  it('a title after "entitled:" is one sentence and no one’s words; "article id." ends none', () => {
    expect(
      splitSentences(
        'The paper is entitled: “Solar Active Region Coronal Jets. III. Hidden-onset Jets,” and appears in The Astrophysical Journal. It appears in the Journal of Physics 2024, 254, article id. 106165. Read it online.',
      ),
    ).toEqual([
      'The paper is entitled: “Solar Active Region Coronal Jets. III. Hidden-onset Jets,” and appears in The Astrophysical Journal.',
      'It appears in the Journal of Physics 2024, 254, article id. 106165.',
      'Read it online.',
    ]);
    const d = draftArticle(
      'Papers on solar jets published',
      'Alphonse Sterling is lead author on a paper describing coronal jets. The paper is entitled: “Solar Active Region Coronal Jets,” and appears in The Astrophysical Journal.',
    );
    expect(allFacts(d).filter((f) => f.kind === 'quote')).toEqual([]);
  });

  it('Wikinews’s notices of original reporting and of its own foundation are furniture', () => {
    const d = draftArticle(
      'Wikimania 2008 opens at Bibliotheca Alexandrina',
      'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.',
      'Thursday saw the start of the fourth International Wikimedia Conference, better known as Wikimania 2008.',
      'Wikinews original reporting. This article features first-hand journalism by Wikinews members.',
      'This exclusive interview features first-hand journalism by a Wikinews reporter. See the collaboration page for more details.',
    );
    expect(d.bank.article.exclude).toEqual([
      'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.',
      'Wikinews original reporting. This article features first-hand journalism by Wikinews members.',
      'This exclusive interview features first-hand journalism by a Wikinews reporter. See the collaboration page for more details.',
    ]);
  });
});

describe('events (trials 247 and 251)', () => {
  const DATE = 'Friday, July 4, 2008';
  it('an event on a sentence that opens "She" says whom it means; a span after the comma dates another deed', async () => {
    const d = await draftArticleAsInit(
      'Betancourt returns to France',
      DATE,
      'Freed hostage Íngrid Betancourt arrived in France today, two days after being rescued from the Revolutionary Armed Forces of Colombia.',
      'Betancourt was one of the 15 hostages rescued on July 2 by the Colombian army. She was kidnapped in February 2002 while campaigning for President of Colombia.',
    );
    const events = allFacts(d).flatMap((f) => (f.kind === 'event' ? [[f.text, f.order]] : []));
    expect(events).toEqual([
      // Without "Freed hostage": what she is would tell the order (retrial 247).
      ['Íngrid Betancourt arrived in France', 3],
      ['Betancourt was one of the 15 hostages rescued by the Colombian army', 2],
      ['Íngrid Betancourt was kidnapped while campaigning for President of Colombia', 1],
    ]);
  });

  it('a long deed is not cut at an adjective in -ing ("the neighbouring province")', () => {
    const events = draftEvents(
      [
        "On Thursday, Pakistani President Mamnoon Hussain signed a bill to merge the country's Federally Administered Tribal Areas (FATA) with the neighbouring province of Khyber Pakhtunkhwa (KP).",
        "The bill was presented to the president by Senate Chairman Sadiq Sanjrani on Tuesday for the president's assent.",
        'The province was founded in 1901.',
      ],
      'Saturday, June 2, 2018',
    );
    expect(events.map((e) => [e.text, e.order])).toEqual([
      ['Pakistani President Mamnoon Hussain signed a bill', 3],
      ["The bill was presented to the president by Senate Chairman Sadiq Sanjrani for the president's assent", 2],
      ['The province was founded', 1],
    ]);
  });
});

describe('an office for a speaker, and "he added" (trial 251)', () => {
  it('"the president said" is the one person of the article who holds the office; "He added, saying" goes on with him', async () => {
    const d = await draftArticleAsInit(
      'Pakistani President signs bill',
      'On Thursday, Pakistani President Mamnoon Hussain signed a bill to merge the tribal areas with the neighbouring province.',
      'Outgoing Chief Minister of KP, Pervez Khattak said he would hold the first elections in the areas next year.',
      'After approving the bill, the president said this move is to "open up an entire era of prosperity and development for its people". He added, saying, "The nation needs to work together to fully benefit from this historic opportunity."',
    );
    const said = Object.fromEntries(allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text, f.speaker]] : [])));
    expect(said).toEqual({
      'open up an entire era of prosperity and development for its people': 'mamnoon-hussain',
      'The nation needs to work together to fully benefit from this historic opportunity': 'mamnoon-hussain',
    });
  });
});

describe('numbers (trials 249, 250, 252 and 253)', () => {
  const quantities = (d: ReturnType<typeof draftArticle>) =>
    allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.counts, f.question ?? '']] : []));

  it('"Tony Benn, at 82 is ..." is an age, asked as one', () => {
    const d = draftArticle(
      'Benn interview',
      'Tony Benn, at 82 is a still an active political figure, attending rallies.',
    );
    expect(quantities(d)).toEqual([[82, 'age of Tony Benn', 'How old is Tony Benn?']]);
  });

  it('"since 1623" is a year, no count; "the 5000m" is metres, not five billion', () => {
    const d = draftArticle(
      'Great conjunction',
      'Jupiter and Saturn had not appeared that close in the sky to each other since 1623. He ran the 5000m in London.',
    );
    expect(quantities(d).map(([value]) => value)).toEqual([5000]);
  });

  it('"Of these approximately 75 were approved" makes no blank question: "these" leans on the sentence before', () => {
    const d = draftArticle(
      'Wikimania opens',
      'Over 150 submissions were received for the conference. Of these approximately 75 were approved.',
    );
    const q75 = allFacts(d).find((f) => f.kind === 'quantity' && f.value === 75);
    expect(q75 && q75.kind === 'quantity' ? q75.question : undefined).toBeUndefined();
  });

  it('"Jimmy Wales" is a person: a country that is also a surname', () => {
    expect(guessKind('Jimmy Wales', false).kind).not.toBe('organisation');
  });
});

describe('a figure that opens its sentence on "of" (trial 248)', () => {
  it('asks the rest as it stands, not after "6 of them"', () => {
    const ask = (s: string) => {
      const n = findNumbers(s)[0]!;
      return quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit);
    };
    expect(ask('189 of those who died in the incident were US citizens.')).toBe(
      'How many of those who died in the incident were US citizens?',
    );
    expect(ask("About 40 of the hospital's staff stayed, officials said.")).toBe(
      "How many of the hospital's staff stayed?",
    );
    expect(ask('6 of them hit the area near the posts.')).toBeUndefined();
  });
});

describe('the second batch (trials 255-262)', () => {
  it('"George Bush" beside "George W. Bush", "Alberto Suárez" beside "Alberto Suárez Laso": one person each', async () => {
    const d = await draftArticleAsInit(
      'Bush arrives in Israel',
      'George W. Bush arrived in Israel on Wednesday. Following a discussion with Ehud Olmert, George Bush said he would provide pressure if necessary.',
      'Wikinews interviewed Alberto Suárez Laso at the airport. "I am going a bit injured," said Alberto Suárez.',
    );
    const people = d.bank.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases ?? []]);
    expect(people).toContainEqual(['George W. Bush', expect.arrayContaining(['George Bush'])]);
    expect(people).toContainEqual(['Alberto Suárez Laso', expect.arrayContaining(['Alberto Suárez'])]);
    expect(people.map(([n]) => n)).not.toContain('George Bush');
    expect(people.map(([n]) => n)).not.toContain('Alberto Suárez');
  });

  it('teams named by their racing are bodies; the West Bank is a region', () => {
    expect(guessKind('Joe Gibbs Racing', false).kind).toBe('organisation');
    expect(guessKind('Hendrick Motorsports', false).kind).toBe('organisation');
    expect(guessKind('the West Bank', false).kind).toBe('other');
  });

  it('a group photo’s caption "... from left to right:" is furniture', () => {
    const d = draftArticle(
      'NESC Honor Awards',
      'The NASA Engineering and Safety Center presents its honor awards each year.',
      '2022 Honorees from left to right: (Front Row) Tim Wilson (NESC Director); Yuan Chen (LaRC), Elspeth Peterson (KSC).',
    );
    expect(d.bank.article.exclude?.some((l) => l.startsWith('2022 Honorees from left to right:'))).toBe(true);
  });

  it('"on lap 140", "in turn 2" and "the top five" count nothing', () => {
    const d = draftArticle(
      'Gordon wins the Brickyard 400',
      'The final caution occurred on lap 140 due to Ryan Truex being too slow in turn 2. Kyle Busch finished second, with the top five being rounded out by Logano.',
    );
    expect(allFacts(d).filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('clauses ", and" joins are two events; "25 years ago in 1993" is one time', () => {
    const events = draftEvents(
      [
        'On Saturday, the Pride in the Irish capital Dublin attracted a record number of people.',
        'Homosexuality was decriminalised in the Irish Republic 25 years ago in 1993, and the marriage of same-sex couples was legalised in November 2015 after a nation-wide referendum.',
      ],
      'Tuesday, July 3, 2018',
    );
    expect(events.map((e) => [e.text, e.order])).toEqual([
      ['The Pride in the Irish capital Dublin attracted a record number of people', 3],
      ['Homosexuality was decriminalised in the Irish Republic', 1],
      ['The marriage of same-sex couples was legalised', 2],
    ]);
  });
});

describe('the re-runs (retrials 248 and 255)', () => {
  it('the too-narrow summary is no sentence another fact asks, and states no figure', () => {
    const at = (paragraph: number, sentence: string) => ({ sentence, paragraph });
    const summary = 'Lockerbie convict Abdelbaset al-Megrahi has been buried after dying at his home in Libya';
    const asked = '189 of those who died in the incident were US citizens and many of the others were British.';
    expect(
      narrowDetail(
        [
          at(2, asked),
          at(3, 'He was sentenced to at least 27 years in prison for the bombing of the flight over Scotland.'),
          at(4, 'Salmond also called for remembrance of those killed in the bombing over the Scottish town.'),
        ],
        1,
        summary,
        new Set([asked]),
      ),
    ).toBe('Salmond also called for remembrance of those killed in the bombing over the Scottish town.');
  });

  it("a body's coach named after it speaks for themself", async () => {
    const d = await draftArticleAsInit(
      'Bayern beats Borussia Dortmund',
      'Yesterday, Bayern Munich defeated Borussia Dortmund 5–4 in the penalty shootout.',
      'Bayern\'s coach, Carlo Ancelotti, congratulated the team and tweeted, "Proud of your effort."',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote');
    expect(quote && quote.kind === 'quote' ? quote.speaker : undefined).toBe('carlo-ancelotti');
  });
});

describe('the review of the twenty-first session (each case drafted wrong by a rule of this session, then mended)', () => {
  const speakers = (d: Awaited<ReturnType<typeof draftArticleAsInit>>) =>
    allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text.slice(0, 20), f.speaker]] : []));

  it('a name inside the quotation, or naming a thing, is no reason "he" is someone else', async () => {
    const d = await draftArticleAsInit(
      'Travel ban ruling',
      'President Donald Trump said on Monday that he would appeal a court ruling that blocked his travel ban.',
      'Judge James Robart blocked the ban last week. Trump attacked the ruling in a speech in Ohio on Monday. "The Trump administration will never stop fighting for the safety of this country," he said.',
    );
    expect(speakers(d)).toContainEqual(['The Trump administra', 'donald-trump']);
  });

  it('"the vice president said", "the Mexican president said" are not the article’s one president', async () => {
    const d = await draftArticleAsInit(
      'Infrastructure plan',
      'President Joe Biden announced the plan on Monday.',
      'After the speech, the vice president said the plan would "rebuild our roads and bridges for a generation".',
    );
    expect(speakers(d).find(([t]) => t?.startsWith('rebuild'))?.[1]).not.toBe('joe-biden');
  });

  it('"The businessman was released" after "Police questioned John Smith" is Smith', async () => {
    const d = await draftArticleAsInit(
      'Businessman released',
      'Detective Inspector Mark Rowe said the inquiry would continue.',
      'Police questioned John Smith on Monday about the fraud. The businessman was released without charge on Tuesday. "I have done nothing wrong and I will clear my name," he said.',
    );
    expect(speakers(d)).toContainEqual(['I have done nothing ', 'john-smith']);
  });

  it('"he added" after another person became the subject is that person', async () => {
    const d = await draftArticleAsInit(
      'Rates forecast',
      '"Prices will rise faster than anyone expects," said economist Tom Reed of Oxford University. Paul Hart, a banker in the City, disagreed with the forecast. "Rates could even fall before Christmas," he added.',
    );
    expect(speakers(d)).toContainEqual(['Rates could even fal', 'paul-hart']);
  });

  it('counts after a preposition, an age only of a person, money in millions, counts after "top" and "by car"', () => {
    const d = draftArticle(
      'Council approves new stadium',
      'The plan was backed by 1200 residents in a public consultation. The stadium will cost the 5m pounds the club raised last year.',
      'The meeting in Leeds, at 10 was the shortest in years. The leaders reached the top 30 minutes later. They travelled by car 300 miles.',
    );
    const q = allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.unit]] : []));
    expect(q).toContainEqual([1200, 'residents']);
    expect(q).toContainEqual([5000000, 'pounds']);
    expect(findNumbers('The leaders reached the top 30 minutes later.').map((n) => n.value)).toEqual([30]);
    expect(q).toContainEqual([300, 'miles']);
    expect(allFacts(d).some((f) => f.kind === 'quantity' && /How old/.test(f.question ?? ''))).toBe(false);
  });

  it('South Wales, New England and Historic England are no people; a father of the same name is not merged', async () => {
    for (const n of ['South Wales', 'North Wales', 'New England', 'Historic England'])
      expect(guessKind(n, false).kind).not.toBe('person');
    const d = await draftArticleAsInit(
      'Bush sworn in',
      'George W. Bush was sworn in on Saturday. His father, former President George Bush, watched from the stands.',
    );
    expect(d.bank.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(
      expect.arrayContaining(['George W. Bush', 'George Bush']),
    );
  });

  it('prose that says "from left to right:" is no caption; "the fig." ends a sentence', () => {
    const d = draftArticle(
      'Election results',
      'Voters in the region have swung from left to right: the conservatives won 60 percent of the vote, up from 35 percent in 2013.',
    );
    expect(d.bank.article.exclude ?? []).toEqual([]);
    expect(splitSentences('Farmers grow the fig. Prices rose this year.')).toHaveLength(2);
  });

  it('no event from a clause in the present; no later date drawn into an earlier one', () => {
    const events = draftEvents(
      [
        'The airline was privatised in 1987, and the company now flies planes built in 2015.',
        'The company was founded in March 2010 and listed on the stock exchange in 2010.',
        'The chief executive resigned in 2019.',
      ],
      'Tuesday, July 3, 2018',
    );
    expect(events.map((e) => e.text)).not.toContain('The company now flies planes built');
    expect(events.map((e) => e.text)).not.toContain('The company was founded and listed on the stock exchange');
  });
});

describe('the third batch (trials 263-269)', () => {
  it('list items that end in a semicolon are sentences, not headings (trial 268)', () => {
    const a = parseArticle(
      'AMD files antitrust lawsuit\n\nAccording to the complaint, Intel did the following:\n\nForcing major customers such as Dell, Sony and Toshiba into Intel-exclusive deals;\n\nWithholding rebates from customers that bought from AMD.\n',
    );
    expect(a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain(
      'Forcing major customers such as Dell, Sony and Toshiba into Intel-exclusive deals;',
    );
  });

  it('"overnight Saturday" dates an event; "Formula Renault" is a racing series; "Ajax AFC" a club', () => {
    const events = draftEvents(
      [
        'Hundreds of people were injured in clashes with riot police overnight Saturday.',
        'Police raided the offices of two civic groups on Monday.',
        'The government banned the imports in 2003.',
      ],
      'Monday, June 30, 2008',
    );
    expect(events.map((e) => e.when)).toContain('overnight Saturday');
    expect(guessKind('Formula Renault', false).kind).toBe('other');
    expect(guessKind('Ajax AFC', false).kind).toBe('organisation');
  });

  it('"Earth planning date: Monday, April 29, 2024" is the date line and "2 min read" furniture, not the title (trial 269)', () => {
    const d = draftArticle(
      'Sols 4171-4172: Scoot Over!',
      '2 min read',
      'Earth planning date: Monday, April 29, 2024',
      'We saw two types of rocks in our workspace: light-toned layered rocks and darker toned rocks.',
    );
    expect(d.bank.title).toBe('Sols 4171-4172: Scoot Over!');
    expect(d.bank.article.exclude).toEqual(expect.arrayContaining(['2 min read']));
  });
});

describe('read in the third batch’s drafts (trial 258)', () => {
  it('"last year’s Pride" dates no event; a role ends before the verb of saying', async () => {
    const events = draftEvents(
      [
        'About 60 thousand people attended the event, almost double the number of attendees in last year’s Pride.',
        'Homosexuality was decriminalised in 1993.',
        'The marriage of same-sex couples was legalised in November 2015.',
      ],
      'Tuesday, July 3, 2018',
    );
    expect(events.map((e) => e.when)).not.toContain('last year');
    const d = await draftArticleAsInit(
      'Dublin Pride attracts thousands',
      'Mary Lou McDonald, leader of the Sinn Féin political party said, "We stand in solidarity with our friends." Health Minister Simon Harris also spoke.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Mary Lou McDonald')?.role).toBe(
      'leader of the Sinn Féin political party',
    );
  });
});

describe('retrial 260: "he" after a possessive, a kin noun and a quotation that names the victim', () => {
  it('gives the father’s and the investigator’s words to them, not to the boy the quotations name', async () => {
    const d = await draftArticleAsInit(
      'Judge jails two men for life over Liam Aitchison murder',
      'Liam Aitchison, 16, was found dead in a disused building in Stornoway.',
      'Aitchison\u2019s father Norrie said following the guilty verdicts MacKinnon and Millar were given would "finally allow Liam to rest in peace and bring his family some closure." He called this murder case one which "no family should have to endure".',
      'In a statement, Detective Inspector Andy Logan, the senior investigator of Aitchison\u2019s murder, said the crime had "caused considerable distress in such a small community." He also said "Liam\u2019s family have also had to cope with the loss of Liam in the most tragic of circumstances."',
    );
    const said = Object.fromEntries(
      allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text.slice(0, 20), f.speaker]] : [])),
    );
    expect(said['no family should hav'] ?? '').toMatch(/^norrie/);
    expect(said['Liam\u2019s family have a']).toBe('andy-logan');
  });
});
