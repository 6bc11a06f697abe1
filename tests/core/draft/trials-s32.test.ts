// The thirty-second session: what the thirty-first session's trials (366-377) left costing edits.
import { describe, expect, it } from 'vitest';
import { findSentence, parseArticle, sentencesOf } from '../../../src/core/article.js';
import { draftBank, trimClaim } from '../../../src/core/draft/draft-bank.js';
import { isFurniture } from '../../../src/core/draft/furniture.js';
import { isAdjectiveWord } from '../../../src/core/draft/names.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';
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

  it('still goes when it sits between a subject and its verb', () => {
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

  it('nor when the reason opens on a generic "you"', () => {
    const facts = allFacts(
      draftArticle(
        'Bookstore thrives',
        'The thrill of finding a new book is very serendipitous here because you can’t come and buy the new bestseller.',
      ),
    );
    expect(causes(facts)).toEqual([]);
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
