// What trials 93-96 (the twelfth session's last batch of fresh articles) showed the drafter getting wrong,
// fixed in the thirteenth session.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { guessKind } from '../../../src/core/draft/names.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quoteCore } from '../../../src/core/draft/quotes.js';

const draft = (title: string, ...paragraphs: string[]) =>
  draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' }).bank;
const quotes = (bank: ReturnType<typeof draft>) =>
  bank.facts.flatMap((f) => (f.kind === 'quote' ? [`${f.speaker}: ${f.text}`] : []));

describe("a name given to a thing is no one's speech (trial 95)", () => {
  it('drafts no quote from "a phenomenon called “Jupiter-shine”" or "nicknamed by the team “the Platypus”"', () => {
    const bank = draft(
      'Juno views Europa',
      'The pictures show the night side of Europa, lit only by sunlight scattered off Jupiter (a phenomenon called “Jupiter-shine”).',
      'One intriguing feature was nicknamed by the team “the Platypus” because of its shape. Scientists call it “chaos terrain.”',
      '“These features hint at present-day surface activity,” said Heidi Becker, lead investigator.',
    );
    expect(quotes(bank)).toEqual(['heidi-becker: These features hint at present-day surface activity']);
  });

  it('still takes a word someone called a thing as their words', () => {
    const bank = draft(
      'Sarkozy denies claims',
      'Nicolas Sarkozy, the French president, called the suggestion “grotesque” on Thursday.',
    );
    expect(quotes(bank)).toEqual(['nicolas-sarkozy: grotesque']);
    const other = draft(
      'Trump attacks inquiry',
      'President Donald Trump on Monday denounced what he called “a witch hunt” against his campaign.',
    );
    expect(quotes(other)).toEqual(['donald-trump: a witch hunt']);
  });
});

describe('figures (trial 95)', () => {
  const figures = (bank: ReturnType<typeof draft>) =>
    bank.facts.flatMap((f) => (f.kind === 'quantity' ? [`${f.value} ${f.unit}`] : []));

  it('asks one side of "an area 23 miles by 42 miles", not both', () => {
    const bank = draft(
      'Juno views Europa',
      'One intriguing feature, which covers an area 23 miles by 42 miles, was nicknamed by the team “the Platypus.”',
    );
    expect(figures(bank)).toEqual(['23 miles']);
  });

  it('keeps a rank waiting for the author: no blank keyed "61 close"', () => {
    const bank = draft(
      'Juno views Europa',
      'Juno executed its 61st close flyby of Jupiter on May 12. It came within 220 miles of the surface of Europa.',
    );
    expect(figures(bank)).not.toContain('61 close');
  });
});

describe('doers (trials 93, 95)', () => {
  const actions = (bank: ReturnType<typeof draft>) =>
    bank.facts.flatMap((f) => (f.kind === 'action' ? [`${f.actor}: ${f.action}`] : []));

  it('gives no deed to a name that describes the noun that acts ("The JunoCam results recently appeared")', () => {
    const bank = draft(
      'Juno views Europa',
      'The JunoCam results recently appeared in the Planetary Science Journal. NASA launched Juno in 2011.',
    );
    expect(actions(bank)).toEqual(['nasa: launched Juno in 2011']);
  });
});

describe('two titled people joined by "and" (trial 94)', () => {
  it('gives each of "Head of the Environmental Protection Agency Scott Pruitt and Secretary of Energy Rick Perry" a role', () => {
    const bank = draft(
      'Report says climate change is human-made',
      'Head of the Environmental Protection Agency Scott Pruitt and Secretary of Energy Rick Perry have both said publicly that carbon dioxide does not cause much global warming.',
      'The CEO of the Refugee Council Enver Solomon said it was wrong.',
      'In a news conference, Director of Medical Service Dr. James Nyikal said the outbreak could become much worse.',
    );
    const people = bank.entities.map((e) => `${e.kind} ${e.name}: ${e.role ?? ''}`);
    expect(people).toEqual([
      'person Scott Pruitt: Head of the Environmental Protection Agency',
      'person Rick Perry: Secretary of Energy',
      'person Enver Solomon: CEO of the Refugee Council',
      'person James Nyikal: Director of Medical Service',
    ]);
  });
});

describe("an elision ending a quotation's sentence (trial 94)", () => {
  it("is no part of the quote's words", () => {
    expect(quoteCore("I'm quite confident there has been no political interference in this report...]")).toBe(
      "I'm quite confident there has been no political interference in this report",
    );
    expect(quoteCore('It is extremely likely that human influence has been the dominant cause [...]')).toBe(
      'It is extremely likely that human influence has been the dominant cause',
    );
  });
});

describe("letters with dots in a figure's words (trial 93)", () => {
  it('reads "students studying in the U.S." whole and "300 U.S. troops" as troops', () => {
    const counted = findNumbers(
      'Nigeria ranked seventh in the report with over 17,600 students studying in the U.S. About 300 U.S. troops arrived on Monday.',
    ).map((n) => `${n.value} ${n.unit}: ${n.counts}`);
    expect(counted[0]).toBe('17600 students: students studying in the U.S.');
    expect(counted[1]).toMatch(/^300 troops: /);
  });
});

describe('names of storms (trial 94)', () => {
  it('takes "Superstorm Sandy" and "Winter Storm Elliott" for no person', () => {
    expect(guessKind('Superstorm Sandy', false).kind).toBe('other');
    expect(guessKind('Winter Storm Elliott', false).kind).toBe('other');
  });
});

describe('"It" after a body\'s representative spoke (trial 93)', () => {
  it('gives "It also noted ..." to the State Department, not the country named after it', () => {
    const bank = draft(
      'Activists want US to re-think student visa policies',
      'Fanta Aw said the rejection rates for African students are too high.',
      'In an email to VOA, a representative from the State Department said its program helps Africans attend U.S. colleges. But, as more students are interested in studying in the U.S., the percentage of visa denials will increase. It also noted that more Africans received student visas in 2023 than ever before.',
      'A group of American lawmakers wrote a letter earlier this year to U.S. Secretary of State Antony Blinken. They said that educational exchange is an important part of international diplomacy.',
    );
    expect(bank.facts.filter((f) => f.kind === 'action' && /educational exchange/.test(f.action))).toEqual([]);
    const noted = bank.facts.find((f) => f.kind === 'action' && /^noted/.test(f.action));
    expect(noted && noted.kind === 'action' ? noted.actor : 'none').toMatch(/state-department/);
  });
});

describe('false versions from the word a claim turns on (trial 93)', () => {
  const falsified = (bank: ReturnType<typeof draft>) =>
    bank.facts.flatMap((f) =>
      f.kind === 'statement' && f.falsify ? f.falsify.map((x) => `${x.replace} -> ${x.with}`) : [],
    );

  it('turns "is growing" round before swapping in a country the article says nothing of', () => {
    const bank = draft(
      'Activists want US to re-think student visa policies',
      'Students from Nigeria and Ghana applied in record numbers, officials said.',
      'The number of students from Africa who study in the United States is growing every year.',
    );
    expect(falsified(bank)).toEqual(['growing -> shrinking']);
  });

  it('leaves a verb, a place word and a definition alone ("to lower costs", "Growing plants", "or higher")', () => {
    const bank = draft(
      'Plants and drought',
      'Researchers are looking for ways to lower costs and bring the technology to developing countries.',
      'Growing plants emit a form of light detectable by NASA satellites orbiting hundreds of miles above Earth.',
      'NOAA is forecasting a range of 17 to 25 total named storms with winds of 39 mph or higher.',
    );
    expect(falsified(bank).filter((x) => /higher|lower|Growing|Shrinking/.test(x))).toEqual([]);
  });
});
