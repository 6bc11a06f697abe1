// The thirty-second session: what the thirty-first session's trials (366-377) left costing edits.
import { describe, expect, it } from 'vitest';
import { findSentence, parseArticle, sentencesOf, splitSentences } from '../../../src/core/article.js';
import { stanceOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { trimClaim } from '../../../src/core/draft/sentence-reading.js';
import { isFurniture } from '../../../src/core/draft/furniture.js';
import { isAdjectiveWord } from '../../../src/core/draft/names.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';
import type { Fact } from '../../../src/core/types.js';

const speakerOf = (facts: Fact[], text: RegExp) =>
  (facts.find((f) => f.kind === 'quote' && text.test(f.text)) as { speaker: string } | undefined)?.speaker;
const causes = (facts: Fact[]) => facts.filter((f) => f.kind === 'cause') as Extract<Fact, { kind: 'cause' }>[];

describe('an aside that is a list (trial 377)', () => {
  it('is not cut at the first comma of its list', () => {
    const claim = trimClaim(
      'One of the strongest typhoons ever recorded is pounding the central Philippines, where it has caused landslides, destroyed buildings and killed at least three people',
    );
    expect(claim).not.toMatch(/Philippines destroyed/);
    expect(claim).toMatch(/^One of the strongest typhoons ever recorded is pounding the central Philippines/);
  });

  it('stays whole after a verb of any form ("struck", "found")', () => {
    expect(
      trimClaim(
        'The storm struck the island of Luzon, where it has triggered landslides, destroyed homes and increased fears of disease',
      ),
    ).toMatch(/Luzon, where it has triggered landslides, destroyed homes/);
  });

  it('still goes when it sits between a subject and its verb', () => {
    // Both verbs in -ed, and an "and" after (the review of s32).
    expect(
      trimClaim(
        'The new budget, which had stalled twice in committee, passed on Monday and increased spending on schools',
      ),
    ).toBe('The new budget passed on Monday and increased spending on schools');
    expect(
      trimClaim(
        'The miners, who had worked in the shaft for years, walked out into the sunlight and appeared unharmed',
      ),
    ).toBe('The miners walked out into the sunlight and appeared unharmed');
    expect(trimClaim('Finally, Atlantis, which flew last in July, will go on display in Florida, officials said')).toBe(
      'Atlantis will go on display in Florida',
    );
    expect(
      trimClaim('The council, which has met twice, voted on Monday to close the old bridge and build a new one'),
    ).toBe('The council voted on Monday to close the old bridge and build a new one');
  });
});

describe('a reason given in the first person (trial 376)', () => {
  it('is not drafted when the effect is the speaker\'s own ("I have no doubt ...")', () => {
    const facts = allFacts(
      draftArticle(
        'Rumsfeld visit sparks protests',
        'Protesters gathered outside Parliament House in Adelaide on Tuesday.',
        '"But because he came from Adelaide, I have no doubt that the issue will be raised," said Sandra Kanck.',
        '"Because of the lack of communications, we are not quite sure what the damage is," said Kanck.',
      ),
    );
    expect(causes(facts).map((c) => c.effect)).toEqual([]);
  });

  it('nor when the reason holds the speaker\'s "I"', () => {
    const facts = allFacts(
      draftArticle(
        'Bookstore thrives',
        'The thrill of finding a new book is very serendipitous here because you can’t come and say ‘I’m buying the new bestseller today.’',
      ),
    );
    expect(causes(facts)).toEqual([]);
  });

  it('but is, with a generic "you", a road named "I-95" or a hospital named "Our Lady of Mercy" (the review of s32)', () => {
    const facts = allFacts(
      draftArticle(
        'Winter on the pass',
        'Drivers should slow down on the pass because you cannot see black ice until it is too late, a police spokesman said.',
        'Traffic backed up for miles because I-95 was closed for three hours after the crash.',
        'Our Lady of Mercy Hospital closed its maternity ward because of a shortage of midwives.',
      ),
    );
    expect(causes(facts).map((c) => c.cause)).toEqual([
      'you cannot see black ice until it is too late',
      'I-95 was closed for three hours after the crash',
      'a shortage of midwives',
    ]);
  });

  it('but is, when only the reason holds "we" further on', () => {
    const facts = allFacts(
      draftArticle(
        'Long Drought Affects Oklahoma Farmers',
        '"Things looked phenomenal because of the mild weather and the showers we were able to catch," Muller said.',
      ),
    );
    expect(causes(facts).map((c) => c.cause)).toEqual(['the mild weather and the showers we were able to catch']);
  });
});

describe('a page with bullets before paragraphs no list opens (trial 378)', () => {
  const text = [
    'Number of Master and Doctoral Degrees Doubles Among Population',
    '',
    'In the last two decades, the number of people with master’s and doctoral degrees has doubled.',
    '',
    '  • The percentage of men with less than a high school diploma (10.6 percent) was higher than for women (9.8 percent).',
    '',
    '  • Among Asians ages 25 to 29 in 2018, almost 7 in 10 had a bachelor’s or higher degree.',
  ].join('\n');

  it('reads them without the bullet, and a bank that quotes the bullet still finds its sentence', () => {
    const article = parseArticle(text);
    const sentences = sentencesOf(article).map((s) => s.sentence);
    expect(sentences).toContain(
      'Among Asians ages 25 to 29 in 2018, almost 7 in 10 had a bachelor’s or higher degree.',
    );
    expect(sentences.some((s) => s.includes('•'))).toBe(false);
    expect(
      findSentence(article, '• Among Asians ages 25 to 29 in 2018, almost 7 in 10 had a bachelor’s or higher degree.'),
    ).toBeDefined();
  });

  it('keeps the mark of a list a sentence opens, which the drafter reads as items', () => {
    const article = parseArticle(
      [
        'Exercise study',
        '',
        'Moore and his team found that exercise lowered the risk of developing:',
        '',
        '- liver cancer by 27 percent',
        '',
      ].join('\n'),
    );
    expect(sentencesOf(article).map((s) => s.sentence)).toContain('- liver cancer by 27 percent');
  });

  it('drafts no evidence with a bullet in it', () => {
    const d = draftBank(text, { articleFile: 'a.txt' });
    expect(allFacts(d).filter((f) => f.evidence.includes('•'))).toEqual([]);
  });
});

describe("a media player's notice over a story (trial 380)", () => {
  it('is furniture, not the headline', () => {
    expect(isFurniture('Your browser doesn’t support HTML5')).toBe(true);
    expect(isFurniture('Your browser does not support the audio element.')).toBe(true);
    // A paragraph that quotes the notice is the story's (the review of s32).
    expect(isFurniture('Your browser doesn’t support HTML5 video, the message tells users who open the old app.')).toBe(
      false,
    );
    const d = draftBank(
      [
        'Your browser doesn’t support HTML5',
        'US Educators Urge Total Phone Bans in Schools',
        'American educators and lawmakers are calling for complete bans on smartphone use by students in schools.',
        'Most U.S. schools already have rules restricting phone use in class.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(d.bank.title).toBe('US Educators Urge Total Phone Bans in Schools');
  });
});

describe('a court story with quotations on either side of "said X" (trial 379)', () => {
  const facts = allFacts(
    draftArticle(
      'Zacarias Moussaoui to serve life in prison',
      "U.S. District Judge Leonie Brinkema has agreed to a federal jury's recommendation that Zacarias Moussaoui spend life in prison.",
      '"God curse America. God save Osama bin Laden. You\'ll never get him," said Moussaoui moments before Judge Brinkema read her sentence.',
      'Brinkema responded, "You came here to be a martyr and die in a big bang of glory."',
      'This verdict "represents the end of this case but not an end to the fight against terror," said U.S. President George W. Bush. "Mr. Moussaoui got a fair trial. The jury convicted him to life in prison, where he will spend the rest of his life."',
    ),
  );

  it('gives words to the one named after "said", through a dotted "U.S." and a "moments before" after the name', () => {
    expect(speakerOf(facts, /^represents the end/)).toBe('george-w-bush');
    expect(speakerOf(facts, /^God save Osama/)).toBe('zacarias-moussaoui');
    expect(speakerOf(facts, /^You'll never get him/)).toBe('zacarias-moussaoui');
  });

  it('goes on with the same speaker when the next quotation of the paragraph names no one', () => {
    expect(speakerOf(facts, /^Mr\. Moussaoui got a fair trial/)).toBe('george-w-bush');
    expect(speakerOf(facts, /^The jury convicted him/)).toBe('george-w-bush');
  });

  it('reads "Moussaoui" as a name, not a nationality in -i', () => {
    expect(isAdjectiveWord('Moussaoui')).toBe(false);
    // A consonant before the "i" too: a surname unless a known nationality (the review of s32).
    expect(isAdjectiveWord('Bertolucci')).toBe(false);
    expect(isAdjectiveWord('Modi')).toBe(false);
    expect(isAdjectiveWord('Pakistani')).toBe(true);
    expect(isAdjectiveWord('Iraqi')).toBe(true);
    expect(isAdjectiveWord('Thai')).toBe(true);
  });
});

describe('a name that describes the people who act (trial 381)', () => {
  it('drafts no deed of the body for "NOAA forecasters expect ..."', () => {
    const facts = allFacts(
      draftArticle(
        'NOAA announces winter outlook',
        'The National Oceanic and Atmospheric Administration (NOAA) announced the winter outlook today.',
        'NOAA forecasters expect warmer-than-normal temperatures in most of the U.S.',
      ),
    );
    expect(facts.filter((f) => f.kind === 'action' && /forecasters/.test(f.action))).toEqual([]);
  });
});

describe('a role with a town and its state inside it (trial 380)', () => {
  it('is read whole', () => {
    const d = draftArticle(
      'US Educators Urge Phone Bans',
      'American educators are calling for complete bans on smartphone use in schools.',
      'James Granger is a science teacher at a Los Angeles, California high school. He requires students to place their phones in a container.',
    );
    const granger = d.bank.entities.find((e) => e.name === 'James Granger') as { role?: string } | undefined;
    expect(granger?.role).toBe('science teacher at a Los Angeles, California high school');
  });
});

describe('names and sentences from trial 382 and the review of s32', () => {
  it('reads "Then-mediator Kofi Annan" as Kofi Annan, who did the deed', () => {
    const facts = allFacts(
      draftArticle(
        'Airstrikes kill 43 in Syria',
        'A previous cease-fire in April collapsed after just a few days. Then-mediator Kofi Annan resigned from his post in frustration.',
      ),
    );
    expect(facts.find((f) => f.kind === 'action' && /^resigned/.test(f.action))).toMatchObject({ actor: 'kofi-annan' });
  });

  it('reads "Theresa May" whole after "said U.K. Prime Minister"', () => {
    const facts = allFacts(
      draftArticle(
        'Brexit talks go on',
        'Talks on the deal went on in Brussels on Monday.',
        '"We will get a deal that works for everyone," said U.K. Prime Minister Theresa May.',
      ),
    );
    expect(speakerOf(facts, /^We will get a deal/)).toBe('theresa-may');
  });

  it('ends a sentence whose copy lost the space before "A"', () => {
    const sentences = sentencesOf(
      parseArticle(
        'Avaaz report\n\nIt says it will hand the cases to the council for investigation.A spokesman for the group said more would follow.\n',
      ),
    ).map((x) => x.sentence);
    expect(sentences).toEqual([
      'It says it will hand the cases to the council for investigation.',
      'A spokesman for the group said more would follow.',
    ]);
  });

  it('gives no deed to an older body when the subject before "It" was a name the draft could not read', () => {
    const facts = allFacts(
      draftArticle(
        'Airstrikes kill 43 in Syria',
        'The U.N.-Arab League envoy Lakhdar Brahimi told reporters Thursday that a respite could build confidence.',
        'Avaaz released testimony Thursday from family members of those detained in Syria. It says it will hand the cases to the United Nations Human Rights Council for investigation.',
      ),
    );
    expect(facts.filter((f) => f.kind === 'action' && /hand the cases/.test(f.action))).toEqual([]);
  });

  it('asks "the 19-month-old conflict" as an age in months', () => {
    const facts = allFacts(
      draftArticle('Truce talks', 'The envoy said a truce could end the 19-month-old conflict in Syria.'),
    );
    expect(facts.find((f) => f.kind === 'quantity' && f.value === 19)).toMatchObject({
      unit: 'months',
      counts: 'age in months of the conflict in Syria',
    });
  });
});

describe('a copy with no headline (trial 380)', () => {
  const text = [
    'Your browser doesn’t support HTML5',
    'American educators and lawmakers are calling for complete bans on smartphone use by students in schools.',
    'Most U.S. schools already have rules restricting phone use in class. But teachers say the measures are difficult to enforce.',
  ].join('\n');

  it('takes the lede’s first sentence, without its full stop, as the title, and keeps the lede in the story', () => {
    const d = draftBank(text, { articleFile: 'a.txt' });
    expect(d.bank.title).toBe(
      'American educators and lawmakers are calling for complete bans on smartphone use by students in schools',
    );
    const article = parseArticle(text, ['Your browser doesn’t support HTML5'], d.bank.title);
    expect(article.blocks.some((b) => b.kind === 'title')).toBe(false);
    expect(sentencesOf(article)[0]?.sentence).toBe(
      'American educators and lawmakers are calling for complete bans on smartphone use by students in schools.',
    );
    expect(article.title).toBe(d.bank.title);
  });

  it('still reads a headline with a full stop as the title when the bank names it so', () => {
    const article = parseArticle(
      'Mayor Tom Greer resigns after a state audit finds missing funds.\n\nThe mayor resigned on Monday.\n',
      [],
      'Mayor Tom Greer resigns after a state audit finds missing funds.',
    );
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
  });
});

describe('a reason named with "one of the main reasons" (trial 384)', () => {
  it('is drafted as a cause, past "He says"', () => {
    const facts = allFacts(
      draftArticle(
        'Diabetes on the rise',
        'Amit Jain is a doctor in India. He says obesity is one of the main reasons people get Type 2 diabetes.',
      ),
    );
    expect(causes(facts)[0]).toMatchObject({
      cause: 'obesity',
      effect: 'people get Type 2 diabetes',
      question: 'According to the article, what is one of the main reasons people get Type 2 diabetes?',
    });
  });
});

describe('a span that points to the year beside it (trial 378)', () => {
  it('is no figure to ask: "Five years earlier (in 2013)"', () => {
    const facts = allFacts(
      draftArticle(
        'Degrees double',
        'Among Asians ages 25 to 29 in 2018, almost 7 in 10 had a degree. Five years earlier (in 2013), the rate for this group was 59 percent.',
      ),
    );
    expect(facts.filter((f) => f.kind === 'quantity' && f.value === 5)).toEqual([]);
  });
});

describe('pages and speakers from trials 385 and 386', () => {
  it('gives words to the person a body’s possessive names between commas ("..., JPL\'s Richard Cook, said")', () => {
    const facts = allFacts(
      draftArticle(
        'Spirit lands on Mars',
        'A robotic geologist from NASA has landed on Mars. Engineers at JPL cheered the landing.',
        'Deputy project manager for the rovers, JPL\'s Richard Cook, said, "We are looking forward to Opportunity landing three weeks from now."',
      ),
    );
    expect(speakerOf(facts, /^We are looking forward/)).toBe('richard-cook');
  });

  it('reads a free host’s banner and a blog’s "- by Admin" as furniture', () => {
    expect(isFurniture('Make your own free website on')).toBe(true);
    expect(isFurniture('Make your own free website on Tripod.')).toBe(true);
    expect(isFurniture('- by Admin')).toBe(true);
    expect(isFurniture('Make your own bread at home with these five steps, bakers say.')).toBe(false);
  });

  it('does not end a sentence at "p.m." before a time zone', () => {
    expect(
      splitSentences(
        'The rover bounced after its impact at 11:35 p.m. EST (8:35 p.m. Pacific Standard Time) on January 3. Engineers cheered.',
      ),
    ).toEqual([
      'The rover bounced after its impact at 11:35 p.m. EST (8:35 p.m. Pacific Standard Time) on January 3.',
      'Engineers cheered.',
    ]);
  });

  it('asks no figure of a game’s or a round’s name ("Game Six followed ...")', () => {
    const facts = allFacts(
      draftArticle(
        'United States wins rugby series',
        'In Game Five, played under lights, the United States beat New Zealand. Game Six followed immediately after at 19:30.',
      ),
    );
    expect(facts.filter((f) => f.kind === 'quantity' && (f.value === 6 || f.value === 5))).toEqual([]);
  });
});

describe('deeds that lean on the story around them (trials 384 and 386)', () => {
  const d = draftArticle(
    'As Diabetes Increases, a Vegetable Could Help',
    'Amit Jain is a children’s doctor in India. He says obesity is one of the main reasons people get Type 2 diabetes.',
    'Rohin Sarin is a regular 15-year old kid. He goes to school. He likes sports. Australia won 64-53.',
  );
  const waiting = (action: RegExp) => d.pending?.find((p) => p.fact.kind === 'action' && action.test(p.fact.action));

  it('waits when the sentence is a few words ("He goes to school.", "Australia won 64-53.")', () => {
    expect(d.bank.facts.filter((f) => f.kind === 'action' && /school|sports|64-53/.test(f.action))).toEqual([]);
    expect(waiting(/^goes to school/)).toBeDefined();
  });

  it('waits when its sentence is drafted as the reason it names ("says obesity is one of the main reasons ...")', () => {
    expect(d.bank.facts.filter((f) => f.kind === 'action' && /obesity/.test(f.action))).toEqual([]);
    expect(waiting(/^says obesity/)).toBeDefined();
  });
});

describe('a business story (trial 387)', () => {
  const d = draftArticle(
    'More US Companies Warn Tariffs will Lead to Higher Prices',
    'Ford Motor Company says tariffs on steel and aluminum are costing the company $1 billion.',
    'Walmart, America’s largest store, has told the Trump administration that the latest tariffs — on $200 billion of Chinese imports — could increase prices. The company pointed to products like car seats, hats, and bicycles.',
    'In addition, drinking Coca-Cola is costing Americans more because of the taxes.',
  );
  const facts = allFacts(d);

  it('names the body an apposition describes ("Walmart, America’s largest store,"), and gives it "The company"', () => {
    expect(d.bank.entities.find((e) => e.name === 'Walmart')).toMatchObject({ kind: 'organisation' });
    expect(facts.find((f) => f.kind === 'action' && /^pointed to products/.test(f.action))).toMatchObject({
      actor: 'walmart',
    });
  });

  it('reads a deed past an aside between dashes', () => {
    expect(facts.find((f) => f.kind === 'action' && /^has told the Trump/.test(f.action))).toMatchObject({
      action: 'has told the Trump administration that the latest tariffs could increase prices',
    });
  });

  it('reads a reason past an opening "In addition,"', () => {
    expect(causes(facts)[0]).toMatchObject({
      effect: 'drinking Coca-Cola is costing Americans more',
      cause: 'the taxes',
    });
  });
});

describe('mends from the second review of s32 and trials 388-390', () => {
  it('keeps a headline with a full stop over a furniture line as the title, and out of the story', () => {
    const text =
      'Advertisement\n\nMayor Tom Greer resigns after a state audit finds missing funds.\n\nThe mayor of Springfield resigned on Monday after auditors found that $2 million was missing from city accounts.\n';
    const d = draftBank(text, { articleFile: 'a.txt' });
    const article = parseArticle(text, ['Advertisement'], d.bank.title);
    expect(sentencesOf(article).map((x) => x.sentence)).not.toContain(
      'Mayor Tom Greer resigns after a state audit finds missing funds.',
    );
  });

  it('keeps a lede of several short sentences in the story', () => {
    const text =
      '09/14/2022\n\nThe fire started at dawn. By noon it had burned more than 2,000 acres and forced 300 families from their homes.\n\nFirefighters said the wind made the fire hard to stop.\n';
    const d = draftBank(text, { articleFile: 'a.txt' });
    expect(d.bank.title).toBe('The fire started at dawn');
    const article = parseArticle(text, d.bank.article.exclude ?? [], d.bank.title);
    expect(sentencesOf(article)[0]?.sentence).toBe('The fire started at dawn.');
  });

  it('counts figures after a named day or an act ("Thanksgiving Day 3 million travelers"), and "20 years before, in 1998"', () => {
    const values = (text: string) =>
      allFacts(draftArticle('Travel', text))
        .filter((f) => f.kind === 'quantity')
        .map((f) => (f as { value: number }).value);
    expect(values('By the end of Thanksgiving Day 3 million travelers had passed through the airports.')).toContain(
      3_000_000,
    );
    expect(values('On Election Day 40 percent of voters stayed home, officials said.')).toContain(40);
    expect(values('He worked at the plant for 20 years before, in 1998, he became its manager.')).toContain(20);
  });

  it('asks "what was one of the main reasons ...", and no reason for a clause of two words', () => {
    const facts = allFacts(
      draftArticle(
        'Town votes to close the pool',
        'High costs were one of the main reasons voters wanted to close the old pool.',
        'Low pay was the main reason respondents cited.',
      ),
    );
    expect(causes(facts).map((c) => c.question)).toEqual([
      'According to the article, what was one of the main reasons voters wanted to close the old pool?',
    ]);
  });

  it('does not end a sentence at a time zone after "a.m."/"p.m."', () => {
    expect(splitSentences('The launch is set for 10:17 a.m. Moscow time on Friday. Crews are ready.')).toHaveLength(2);
    expect(splitSentences('The show airs at 9 p.m. Eastern on weekdays. It is popular.')).toHaveLength(2);
    expect(splitSentences('Polls close at 7 p.m. (Eastern) tonight. Counting starts soon.')).toHaveLength(2);
  });

  it('keeps a sentence that begins like a free host’s banner', () => {
    expect(isFurniture('Make your own free website on your phone in ten minutes.')).toBe(false);
  });

  it('reads a magnitude beside a quake ("a 4.8 aftershock", "the quake was a 6.7")', () => {
    const facts = allFacts(
      draftArticle(
        'Major earthquake strikes central Italy',
        'A magnitude 6.3 earthquake has struck central Italy at 3:32 a.m. local time with a 4.8 aftershock about an hour after. Earlier reports had said the quake was a 6.7.',
      ),
    );
    expect(facts.find((f) => f.kind === 'quantity' && f.value === 4.8)).toMatchObject({
      unit: 'magnitude',
      counts: 'magnitude of the aftershock',
    });
    expect(facts.find((f) => f.kind === 'quantity' && f.value === 6.7)).toMatchObject({ unit: 'magnitude' });
  });

  it('reads "Unimak Pass" as a place', () => {
    const d = draftArticle(
      'Rare whales pass through Unimak Pass',
      'Scientists analyzed recordings from 2009 to 2015 in Unimak Pass, the most likely passage for the whales.',
    );
    expect(d.bank.entities.find((e) => /Unimak/.test(e.name))?.kind).not.toBe('person');
  });

  it('asks no toll the headline gives in words ("Two killed, 47 injured ...")', () => {
    const d = draftArticle(
      'Two killed, 47 injured in coach crash in Cornwall, England',
      'Two people have been killed and 47 injured after a coach crashed in Cornwall on Tuesday night.',
    );
    expect(allFacts(d).filter((f) => f.kind === 'quantity' && (f.value === 2 || f.value === 47))).toEqual([]);
    // Only the toll: another figure of the same value is asked (re-run 390).
    const other = draftArticle(
      'Two killed, 47 injured in coach crash in Cornwall, England',
      'Two people have been killed and 47 injured after a coach crashed in Cornwall on Tuesday night.',
      '"It was difficult to breathe but two gentlemen dragged me out," said Ann Ellis, a passenger.',
    );
    expect(allFacts(other).filter((f) => f.kind === 'quantity' && f.value === 2)).toHaveLength(1);
  });
});

describe('mends from the third review of s32', () => {
  it('keeps a short deed that names whom it was done to ("Russia invaded Ukraine.")', () => {
    const d = draftArticle(
      'War in Europe',
      'The war began in February 2022 after months of tension. Russia invaded Ukraine. Millions of people fled west.',
    );
    expect(d.bank.facts.find((f) => f.kind === 'action' && f.action === 'invaded Ukraine')).toBeDefined();
  });

  it('reads "Gorge" as a surname, not a place word', async () => {
    const d = await draftArticleAsInit(
      'Singer wins Mercury Prize',
      'Peter Gorge won the Mercury Prize on Tuesday night in London. Gorge said he would give part of the prize money to a youth music charity.',
    );
    // As before "Gorge" joined the place words: the surname said what he would do.
    expect(d.bank.entities.find((e) => e.name === 'Gorge')).toMatchObject({ kind: 'person' });
  });
});

describe('a long purpose question (trial 389)', () => {
  it('drops the description set after the last name of its clause', async () => {
    const facts = allFacts(
      await draftArticleAsInit(
        'Study sheds light on rare whales',
        'To test their migration hypothesis, scientists analyzed acoustic recordings from 2009-2015 in Unimak Pass, the most plausible passage from the eastern Bering Sea south through the Aleutian Island chain.',
      ),
    );
    expect(causes(facts)[0]?.question).toBe(
      'According to the article, why did scientists analyze acoustic recordings from 2009-2015 in Unimak Pass?',
    );
  });
});

describe('a stance verb whose subject is a thing (trial 389)', () => {
  it('is no side the speaker takes: "because it supported the idea of a migration"', () => {
    expect(
      stanceOf('Hearing calls was even more exciting, because it supported the idea of a migration'),
    ).toBeUndefined();
    expect(stanceOf('The mayor supported the plan to close the bridge')).toBeDefined();
  });
});
