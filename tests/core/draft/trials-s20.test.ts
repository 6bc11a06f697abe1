// The twentieth session's trials (231-238): events a semicolon joins and a lede with asides left undated, a main idea
// that kept "morning" of "on Sunday morning", reasons read from suppositions, roles and subjectless clauses, a country
// read from "US dollars", an adjective that opens a sentence taken for a body, the one told taken for the speaker.
import { describe, expect, it } from 'vitest';
import { causeOf, pointOf } from '../../../src/core/draft/comprehension.js';
import { draftEvents } from '../../../src/core/draft/events.js';
import { guessKind, nameRuns } from '../../../src/core/draft/names.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';

describe('events (trial 231)', () => {
  const DATE = 'Wednesday, February 7, 2018';
  const LEDE =
    "Early on Sunday morning, Amtrak's passenger train number 91, the Silver Star, bound for Miami from New York, slammed into a stationary CSX freight train in Cayce, about ten miles (16 km) south of Columbia, capital of the US state of South Carolina.";
  const TWO =
    'On December 18, the inaugural train on a new route in Washington state derailed at high speed while crossing above a highway, killing three; on January 31, the driver of a garbage truck was killed in Virginia when he collided with an Amtrak train chartered to take Republican lawmakers to a retreat.';

  it('two clauses a semicolon joins, each dated, are two events', () => {
    const events = draftEvents([LEDE, TWO], DATE);
    expect(events.map((e) => [e.text, e.when, e.order])).toEqual([
      [
        "Amtrak's passenger train number 91 slammed into a stationary CSX freight train in Cayce",
        'Early on Sunday morning',
        3,
      ],
      [
        'The inaugural train on a new route in Washington state derailed at high speed while crossing above a highway',
        'On December 18',
        1,
      ],
      ['The driver of a garbage truck was killed in Virginia', 'on January 31', 2],
    ]);
  });

  it('a lede past twenty words loses its name in apposition, its participle’s aside and where the place lies', () => {
    const [lede] = draftEvents([LEDE, TWO], DATE);
    expect(lede!.sentence).toBe(0);
    // Without the other sentence's two events there are too few times to order: none at all.
    expect(draftEvents([LEDE], DATE)).toEqual([]);
  });

  it('a semicolon before a clause with no date of its own still ends nothing', () => {
    const events = draftEvents(
      [
        'On December 18, the train derailed at high speed; three people were killed.',
        'On January 31, a truck driver was killed in Virginia.',
        'On Sunday, a passenger train slammed into a freight train.',
      ],
      DATE,
    );
    expect(events.map((e) => e.text)).toEqual([
      'The train derailed at high speed',
      'A truck driver was killed in Virginia',
      'A passenger train slammed into a freight train',
    ]);
  });
});

describe('the main idea’s wording (trials 231 and 233)', () => {
  it('takes the day’s part with the day: no "Early morning," and no "Iraq morning"', () => {
    expect(pointOf('Early on Sunday morning, a passenger train slammed into a stationary freight train.')).toBe(
      'A passenger train slammed into a stationary freight train.',
    );
    expect(
      pointOf('Three car bombs were detonated in Baghdad, the capital of Iraq on Sunday morning, killing 30 people.'),
    ).toBe('Three car bombs were detonated in Baghdad, the capital of Iraq, killing 30 people.');
  });
});

describe('reasons (trials 210, 232, 234, 238)', () => {
  it('no reason from a supposition: "If the initial glitch caused a crack ..."', () => {
    expect(
      causeOf(
        "If the initial glitch caused a crack in the magnetar's surface, it might have released material from the star's interior into space.",
      ),
    ).toBeUndefined();
  });

  it('no reason from "As head of the Yuanhua Group, ...": a role, with no verb, is not why', () => {
    expect(
      causeOf('As head of the Yuanhua Group, Lai smuggled in cars, chemicals, oil, cigarettes, and other goods.'),
    ).toBeUndefined();
    // A clause after "As" still is.
    expect(
      causeOf(
        'As undergoing a pilgrimage to Mecca is a mandatory religious duty for all Muslims, millions of pilgrims arrive in Mecca each year.',
      )?.effect,
    ).toBe('millions of pilgrims arrive in Mecca each year');
  });

  it('no effect that opens on its verb; the subject before an aside is the effect’s own', () => {
    expect(
      causeOf(
        'This effect results in a change of the rotation rate of an asteroid, and is caused when the Sun heats up an object unevenly, due to asymmetric surface topography.',
      ),
    ).toBeUndefined();
    const c = causeOf(
      'Comoros, backed by African Union forces, has invaded the island of Anjouan in an effort to topple the rebel leadership of Mohamed Bacar.',
    );
    expect(c?.effect).toBe('Comoros has invaded the island of Anjouan');
    expect(c?.cause).toBe('to topple the rebel leadership of Mohamed Bacar');
  });

  it('"because of X by the Apollo 17 expedition in 1974": who found it and when are no part of the reason', () => {
    expect(
      causeOf(
        'Lunar regolith was found to be highly cohesive because of van der Waals forces between grains by the Apollo 17 expedition in 1974.',
      )?.cause,
    ).toBe('van der Waals forces between grains');
  });

  it('no "those that happened" from a relative clause before "traced to"', () => {
    expect(
      causeOf(
        'Prior to 2020, those that were traced to their source originated outside our own galaxy – too far away for astronomers to see what created them.',
      ),
    ).toBeUndefined();
  });
});

describe('names and speakers (trial 234)', () => {
  const d = draftArticle(
    "China's 'Bandit King' given life term in 'massive' bribery case",
    'Friday, May 18, 2012',
    'A court in China has sentenced Lai Changxing to life in prison for smuggling and bribery, the court said.',
    '"The crimes involve massive sums and particularly serious circumstances," court officials told Xinhua.',
    "National newspaper The People's Daily has suggested it is the most serious economic crime in modern Chinese history. The sums were reported in billions of US dollars.",
  );
  const names = d.bank.entities.map((e) => e.name);

  it('"US dollars" names no country; "National newspaper ..." no body', () => {
    expect(names).not.toContain('US');
    expect(names).not.toContain('National');
  });

  it('a news agency named alone is an organisation', () => {
    expect(guessKind('Xinhua', false).kind).toBe('organisation');
    expect(guessKind('Kyodo', false).kind).toBe('organisation');
  });

  it('"..., court officials told Xinhua": the officials spoke, not the agency they told', () => {
    const quote = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('The crimes involve'));
    expect(quote?.kind === 'quote' && quote.speaker).toBe('court-officials');
  });
});

describe('what a number’s notes ask (trials 234 and 238)', () => {
  const d = draftArticle(
    'Crane falls on mosque',
    'A storm caused a crane to fall into the Grand Mosque on Friday, killing 107 or more and wounding 238.',
    'The crane accident comes just ten days before the beginning of the Hajj.',
  );
  const notesOf = (id: string) => {
    const i = d.bank.facts.findIndex((f) => f.id === id);
    return d.notes.filter((n) => n.path[0] === 'facts' && n.path[1] === i).map((n) => n.note);
  };

  it('no check of "counts" beside a question, which a quiz shows instead', () => {
    const wounded = d.bank.facts.find((f) => f.kind === 'quantity' && f.value === 238)!;
    expect(wounded.kind === 'quantity' && wounded.question).toBe(
      'According to the article, how many people were wounded?',
    );
    expect(notesOf(wounded.id)).toContain('question: read from the sentence; check it asks what the number answers');
    expect(notesOf(wounded.id).some((n) => n.startsWith('counts'))).toBe(false);
  });

  it('a question that is the sentence asked in place says so', () => {
    const days = d.bank.facts.find((f) => f.kind === 'quantity' && f.value === 10)!;
    expect(days.kind === 'quantity' && days.question).toBe(
      'The crane accident comes just how many days before the beginning of the Hajj?',
    );
    expect(notesOf(days.id)[0]).toBe(
      'question: the sentence asked with "how many" in the figure’s place; check it reads well alone',
    );
    expect(notesOf(days.id).some((n) => n.startsWith('counts'))).toBe(false);
  });
});

describe('page furniture (trials 233 and 236)', () => {
  it('a caption between the date line and the lede, with no verb of its own, is furniture', () => {
    const d = draftArticle(
      'Mother Goose cartoonist sued by Colombian coffee growers',
      'Sunday, January 11, 2009',
      'An actor playing Juan Valdez at the National Coffee Park in Montenegro, Colombia.',
      'While it was just a joke, the coffee growers of Colombia do not find a recent comic strip terribly funny.',
      'The growers have sued the cartoonist Mike Peters for $20 million, their lawyer said on Friday.',
    );
    expect(d.bank.article.exclude).toContain(
      'An actor playing Juan Valdez at the National Coffee Park in Montenegro, Colombia.',
    );
    const idea = allFacts(d).find((f) => f.kind === 'main-idea');
    expect(idea?.evidence).toMatch(/^While it was just a joke/);
    // A lede whose words are all nouns and verbs of its own stays: "The growers ... sued".
    expect(d.bank.article.exclude).not.toContain(
      'The growers have sued the cartoonist Mike Peters for $20 million, their lawyer said on Friday.',
    );
  });

  it('a pull quote whose sentences the body gives with the attribution between them is furniture', () => {
    const d = draftArticle(
      '30 dead in Baghdad bomb blasts',
      'Sunday, April 4, 2010',
      'Three car bombs were detonated in Baghdad on Sunday morning, killing 30 people.',
      'The explosion [at the Iranian embassy] was really strong. They never kill ministers, officials or heads of state. How much longer will this last?',
      '—Abu Ahmed, witness to the attack',
      '"The explosion [at the Iranian embassy] was really strong," said Abu Ahmed, a taxi driver. "They never kill ministers, officials or heads of state. How much longer will this last?"',
    );
    expect(d.bank.article.exclude).toContain(
      'The explosion [at the Iranian embassy] was really strong. They never kill ministers, officials or heads of state. How much longer will this last?',
    );
    const quotes = d.bank.facts.filter((f) => f.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.kind === 'quote' && q.speaker).toBe('abu-ahmed');
  });
});

describe('a release’s boilerplate (trial 238)', () => {
  it('"More About the Mission" and what follows are furniture; the story above stays', () => {
    const d = draftArticle(
      'NASA Telescopes Find New Clues About Mysterious Deep Space Signals',
      'Feb 14, 2024',
      'Two NASA X-ray telescopes observed a magnetar that slowed down in just nine hours, the researchers said.',
      'More About the Mission',
      'A Small Explorer mission led by Caltech, NuSTAR was developed in partnership with the Danish Technical University. NuSTAR’s mission operations center is at the University of California, Berkeley.',
      'For more information about the NuSTAR mission, visit:',
      'News Media Contact',
    );
    expect(d.bank.article.exclude).toContain('More About the Mission');
    expect(d.bank.article.exclude?.some((l) => l.startsWith('A Small Explorer mission led by Caltech'))).toBe(true);
    expect(d.bank.article.exclude?.some((l) => l.startsWith('Two NASA X-ray telescopes'))).toBe(false);
    expect(d.bank.entities.map((e) => e.name)).not.toContain('Danish Technical University');
  });
});

describe('what an amount of money is asked as (trial 235)', () => {
  const d = draftArticle(
    'Maldives to become carbon-neutral',
    'The plan will cost an estimated US$1.1 billion.',
    'The economy of the Maldives, reliant mainly on tourism and fishing, is worth $800 million a year.',
  );
  const asked = (value: number) => {
    const f = d.bank.facts.find((x) => x.kind === 'quantity' && x.value === value);
    return f?.kind === 'quantity' ? f.question : undefined;
  };

  it('of the thing that costs it, or is worth it, hedged as the article hedges it', () => {
    expect(asked(1_100_000_000)).toBe('About how much will the plan cost?');
    expect(asked(800_000_000)).toBe('How much is the economy of the Maldives worth a year?');
  });
});

describe('names and deeds of the second batch (trials 242, 244, 246)', () => {
  it('a preposition that opens a sentence is no part of a name; "April" before a surname is a given name', () => {
    expect(
      nameRuns("Per Japan's current constitution, an emperor cannot make political statements.").map((r) => r.name),
    ).toEqual(['Japan']);
    expect(nameRuns('Besides Naruhito, Akihito has another son and a daughter.').map((r) => r.name)).toEqual([
      'Naruhito',
      'Akihito',
    ]);
    expect(nameRuns('It is a toolkit for all ages, said April Lanotte, the agency’s lead.').map((r) => r.name)).toEqual(
      ['April Lanotte'],
    );
    // A month that dates stays a month.
    expect(nameRuns('In April Congress passed the law.').map((r) => r.name)).toEqual(['Congress']);
  });

  const d = draftArticle(
    'Capitals beat China',
    'Valeria Ogoke scored again and the Capitals went ahead by two.',
    'Nicole Hunt shot an airball and Brigitte Ardossi did a good job keeping the ball in play.',
    'Kenneth Ruoff told the BBC that, while Akihito has been active in social causes, Naruhito has done little in this regard.',
    'Yayi Boni said he and President George Bush discussed the economy of Benin on Saturday.',
  );
  const deeds = allFacts(d).flatMap((f) => (f.kind === 'action' ? [f.action] : []));

  it('a deed ends where a second subject takes over', () => {
    expect(deeds).toContain('scored again');
    expect(deeds).toContain('shot an airball');
    expect(deeds.join(' | ')).not.toMatch(/went ahead|Ardossi/);
  });

  it('no deed and no claim cut before what was said ("told the BBC that")', () => {
    for (const f of allFacts(d))
      expect(f.kind === 'action' ? f.action : f.kind === 'statement' ? f.text : '').not.toMatch(/that$/);
  });

  it('"said he and President Bush discussed ...": a subject of two is no second clause', () => {
    expect(deeds.some((x) => x.startsWith('said he and President George Bush discussed'))).toBe(true);
  });
});

describe('numbers of the second batch (trials 242, 244, 245)', () => {
  const values = (...paragraphs: string[]) =>
    allFacts(draftArticle('Numbers', ...paragraphs)).flatMap((f) => (f.kind === 'quantity' ? [f.value] : []));

  it('no count from a name’s pair, a kind of shot, or a century', () => {
    expect(
      values('Dyson will spend six months aboard the station as an Expedition 70 and 71 flight engineer.'),
    ).toEqual([6]);
    expect(values('Both teams tried to shoot 3-point shots that they did not land.')).toEqual([]);
    expect(values('Jiamei made a three pointer to put China ahead by one, from 2 point range.')).toEqual([]);
    expect(values('The approach is totally out of sync with 21st-century norms, Kingston said.')).toEqual([]);
  });

  it('a poll’s second share of one sentence, told the other way, is not drafted again', () => {
    expect(values('In the survey, 62 percent supported separate branches for princesses; 35 percent opposed.')).toEqual(
      [62],
    );
    expect(
      values('61 percent said the debate should wait, while 28 percent said it should not wait for the abdication.'),
    ).toEqual([61]);
    // Two values, each the answer to its own case, are both figures.
    expect(
      values(
        'By 2050, undernourishment would increase by either 49 percent or by 27 percent, depending on the scenario.',
      ),
    ).toEqual([49, 27]);
  });
});

describe('kinds of the second batch (trials 243 and 246)', () => {
  it('a people named by party or faith is a group; a Spanish body’s word opens an organisation; NASA’s parts are bodies', () => {
    expect(guessKind('Catholic Democrats', false).kind).toBe('group');
    expect(guessKind('House Republicans', false).kind).toBe('group');
    expect(guessKind('Centro de Trabajadores Unidos', false).kind).toBe('organisation');
    expect(guessKind('NASA Aeronautics', false).kind).toBe('organisation');
    // Not NASA's television, nor a person titled by NASA.
    expect(guessKind('NASA Television', false).kind).not.toBe('organisation');
    expect(guessKind('STEM', false).kind).toBe('other');
  });
});

describe('a quotation broken by its attribution and a semicolon (trial 239)', () => {
  it('"..., shut up," said Ruto; "I don’t think ...": both halves are Ruto’s', () => {
    const d = draftArticle(
      'Ruto dismisses claims',
      'Kenyan cabinet minister William Ruto dismissed the claims as rumors.',
      '"The people making these allegations should come out in the open and shut up," said Ruto; "I don\'t think rumor mongering is going to take this country anywhere."',
    );
    const speakers = allFacts(d).flatMap((f) => (f.kind === 'quote' ? [f.speaker] : []));
    expect(speakers).toEqual(['william-ruto', 'william-ruto']);
  });
});

describe('a claim made false by exchanging two names (retrial 244)', () => {
  const claims = (...paragraphs: string[]) =>
    allFacts(draftArticle('Capitals win', ...paragraphs)).flatMap((f) => (f.kind === 'statement' ? [f] : []));

  it('not when the clause names one of them again ("..., and Hunt did")', async () => {
    // Read as init reads it, with the NLP library's names: only then are Graf and Hunt two people to exchange.
    const d = await draftArticleAsInit(
      "Canberra Capitals beat Chinese women's national B basketball team in pre-season",
      "Playing before a packed crowd, the game started with both teams' national anthems played, followed by the Capitals giving their guests mini-basketballs. Canberra started with Nicole Hunt, Jessica Bibby, Samantha Norwood, Ogoke, and Michelle Cosier on the floor. China's starting lineup included Liang Jiamei, Ma Xueya, Cui Xiaoxue, Huang Hongpin, and Shen Yi.",
      'The second quarter started with a Canberra possession, where they turned over the ball to China before they were able to get a shot up. Ogoke managed to steal the ball back before China could capitalize on the turnover. The Chinese bench started making noise on the bench, cheering and chanting to support their teammates on the court. The Capitals coach, Carrie Graf, was very animated on the sidelines. Chinese fouls sent Canberra to the line several times, with Norwood scoring a pair with 1:41 left in the half. Dombkins made a pair of baskets in the remaining time to bring the score to within two by end of the quarter.',
      'Hunt, Bibby, Norwood, Ogoke and Cosier started the fourth for Canberra, while Ma Xueya, Sun Mengran, Jiamei, Shen Yi and Huang Hongpin started for China. China continued to play zone defense in this quarter and their bench continued to support their on court players. With the Caps ahead 61–50, Graf yelled at Hunt to shoot, and Hunt did, making a 3-point shot. Later in the quarter, Hunt shot an airball and Brigitte Ardossi did a good job keeping in play, getting the ball back to Hunt who failed to score on the next shot. Hunt would finish the half 2 of 4 from 2 point range. With 4:52 left in the game, China took a time out. On the bench, Xueya had her fingers buddy taped, despite not starting the game with her fingers that way. Following the time out, Graf had to yell at Bibby several times. On the next opportunity to bring subs in, Bibby was subbed out of the game. China kept trying to score 3 points but was unable to capitalise. By the time there was 2:09 left in the game, Hunt was trying to slow play down. When Hunt was subbed out, the game sped up again. With 24 seconds left, China scored a 3 pointer to bring the score to 75–64 where the score remained unchanged in the remaining time.',
    );
    const swapped = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => x.with) : []));
    expect(swapped.join(' | ')).not.toMatch(/Hunt yelled at Graf/);
  });

  it('still when the name comes again after a semicolon, in another claim', () => {
    const found = claims(
      'The current New Zealand flag is partially based on the United Kingdom’s flag; the new one would be unique to New Zealand.',
    );
    expect(
      found.some((c) => c.falsify?.some((f) => /United Kingdom flag is partially based on New Zealand/.test(f.with))),
    ).toBe(true);
  });
});

describe('a figure’s sentence that points back (retrial 240)', () => {
  it('"Such levels ... are 250 times the readings": no blank of it as the question; the figure waits for one', () => {
    const d = draftArticle(
      'Radiation concern',
      'TEPCO found radiation levels of 10 sieverts per hour at the plant on August 3.',
      'Such levels are enough to kill a person within a few weeks, according to the World Nuclear Association, and are 250 times the readings recorded immediately after the disaster.',
    );
    expect(d.bank.facts.some((f) => f.kind === 'quantity' && f.value === 250)).toBe(false);
    const waiting = (d.pending ?? []).find(
      (p) => p.fact.kind === 'quantity' && (p.fact as { value: number }).value === 250,
    );
    expect(waiting?.notes.join(' ')).toMatch(/needs a question/);
  });
});

describe('what was said past an aside (retrial 242)', () => {
  it('"told the BBC that, while A ..., B ...": the deed is what was told, past the aside', () => {
    const d = draftArticle(
      'Emperor to abdicate',
      'Portland State University professor Kenneth Ruoff told the BBC that, while Akihito has been active in social causes, Naruhito and Masako have done little for them.',
    );
    const deeds = allFacts(d).flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(deeds).toContain('told the BBC that Naruhito and Masako have done little for them');
  });
});

describe('the review of the twentieth session: ordinary sentences the new rules first misread', () => {
  const names = (sentence: string) => nameRuns(sentence).map((r) => r.name);

  it('a short lede of an irregular past, after the date line, is no caption; a story’s own "More about ..." subhead ends nothing', () => {
    const d = draftArticle(
      'Earthquake in Mexico',
      'September 19, 2017',
      'A powerful earthquake hit central Mexico on Tuesday afternoon.',
      'At least 200 people were killed, officials said.',
      'More about the evacuation',
      'About 3,000 people left their homes in Puebla on Wednesday, the governor said.',
    );
    const excluded = d.bank.article.exclude ?? [];
    expect(excluded).not.toContain('A powerful earthquake hit central Mexico on Tuesday afternoon.');
    expect(excluded.some((l) => l.startsWith('About 3,000 people'))).toBe(false);
  });

  it('a country that opens a sentence stays a country; "Per" is a given name past a sentence’s start', () => {
    const d = draftArticle('Aid blocked', 'Hungary blocked a European Union aid package on Monday, diplomats said.');
    expect(d.bank.entities.map((e) => e.name)).toContain('Hungary');
    expect(names('Former coach Per Mertesacker said the team was ready.')).toContain('Per Mertesacker');
  });

  it('a month before a body’s or an event’s word dates it; "Union Station" is a place; "EU Commissioner" a role', () => {
    expect(names('The rates were held at the June Fed meeting.')).not.toContain('June Fed');
    expect(guessKind('Union Station', false).kind).not.toBe('organisation');
    expect(guessKind('EU Commissioner', false).kind).not.toBe('organisation');
  });

  it('a deed keeps an object of two names and its participle', () => {
    const d = draftArticle(
      'Truce',
      'Egypt’s foreign minister Ahmed Aboul Gheit brokered the truce between Israel and Hamas announced on Monday.',
    );
    const deeds = allFacts(d).flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(deeds.some((x) => x.includes('between Israel and Hamas'))).toBe(true);
  });

  it('a lead of points, two shares of different matters, and money a report tells', () => {
    const values = (...paragraphs: string[]) =>
      allFacts(draftArticle('Numbers', ...paragraphs)).flatMap((f) => (f.kind === 'quantity' ? [f] : []));
    expect(values('Labour now holds a 10-point lead over the Conservatives in the polls.').map((f) => f.value)).toEqual(
      [10],
    );
    expect(
      values('Unemployment fell to 4 percent in March, while 45 percent said the economy was getting worse.').map(
        (f) => f.value,
      ),
    ).toEqual([4, 45]);
    const stadium = values('The company said the new stadium will cost US$500 million.')[0];
    expect(stadium?.kind === 'quantity' ? (stadium.question ?? '') : '').not.toMatch(/company said/);
  });

  it('"As demand ... fell" is a reason; "a strike by Air France pilots" keeps its pilots', () => {
    expect(causeOf('As demand for Chinese steel fell, hundreds of mills closed across the country.')?.cause).toBe(
      'demand for Chinese steel fell',
    );
    expect(causeOf('Hundreds of flights were cancelled because of a strike by Air France pilots.')?.cause).toBe(
      'a strike by Air France pilots',
    );
  });

  it('an event keeps a list with "the" in it', () => {
    const events = draftEvents(
      [
        'Firefighters from Paris, the Loire Valley, Lyon and Marseille battled a huge blaze at the old warehouse of the city port on January 25, 2018.',
        'The port reopened on February 2, 2018.',
        'The warehouse was built in 1901.',
      ],
      'March 1, 2018',
    );
    expect(events[0]?.text ?? '').not.toMatch(/Paris Lyon/);
  });
});
