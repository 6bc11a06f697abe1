import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestSentence, findSentence, parseArticle, splitSentences } from '../../src/core/article.js';

const text = readFileSync(new URL('../../questions/biden-ukraine.txt', import.meta.url), 'utf8');
const furniture = ['© KEYSTONE/EPA/MICHAEL REYNOLDS / POOL', 'Leave a Comment', 'This site uses Akismet'];

describe('parseArticle on the built-in article', () => {
  const article = parseArticle(text, furniture);

  it('finds the title, the three sub-headings and numbered paragraphs', () => {
    expect(article.title).toBe('Biden tries to change the balance of power on Ukraine');
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '“Unanimity”',
      '“Volatility”',
      'New Blinken-Lavrov meeting',
    ]);
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((p) => p.n)).toEqual(paragraphs.map((_, i) => i + 1));
    expect(paragraphs[0]!.text.startsWith('By announcing the possible deployment')).toBe(true);
    expect(paragraphs.at(-1)!.text.endsWith('“Non-negotiable” demands for Westerners.')).toBe(true);
  });

  it("starts at the bank's headline when lines above it could not be excluded (retrial 55)", () => {
    const page =
      'Earth\n\nCan Eruptions Cool the Planet? Study Suggests No\n\nEarth’s climate cooled less than thought.\n';
    const read = parseArticle(page, [], 'Can Eruptions Cool the Planet? Study Suggests No');
    expect(read.title).toBe('Can Eruptions Cool the Planet? Study Suggests No');
    expect(read.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.n, b.text])).toEqual([
      [1, 'Earth’s climate cooled less than thought.'],
    ]);
    // Without the headline, the first block is the title, as before.
    expect(parseArticle(page).title).toBe('Earth');
  });

  it('keeps the headline when an exclude names its repeat further down (trial 74)', () => {
    const page =
      'Play Explores Humor\n\nThe cast, on stage.\nPlay Explores Humor\n\nAnyone who has learned a language knows it.\n';
    const read = parseArticle(page, ['Play Explores Humor', 'The cast, on stage.'], 'Play Explores Humor');
    expect(read.title).toBe('Play Explores Humor');
    expect(read.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.n, b.text])).toEqual([
      [1, 'Anyone who has learned a language knows it.'],
    ]);
  });

  it('leaves page furniture out', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('KEYSTONE');
    expect(all).not.toContain('Akismet');
    expect(all).not.toContain('Leave a Comment');
  });

  it('keeps a quotation that ends a clause inside its sentence', () => {
    const s = findSentence(
      article,
      '“No decision has been made on the deployment of forces outside the United States for the moment,” however, said his spokesperson.',
    );
    expect(s?.paragraph).toBe(3);
  });

  it('matches evidence with straight quotes and odd spacing', () => {
    expect(
      findSentence(article, 'The head of European diplomacy,   Josep Borrell, called on him not to "dramatize".')
        ?.paragraph,
    ).toBeGreaterThan(0);
  });

  it('suggests the closest sentence for a paraphrase', () => {
    const near = closestSentence(article, 'The United States placed 8,500 soldiers on alert.');
    expect(near?.sentence).toBe('The United States has placed up to 8,500 soldiers on alert.');
  });
});

describe('splitSentences', () => {
  it('ends a sentence before a name that opens with a lower-case particle (trial 16)', () => {
    expect(splitSentences('She believes it matters. de Oliveira speaks both Portuguese and English.')).toEqual([
      'She believes it matters.',
      'de Oliveira speaks both Portuguese and English.',
    ]);
    // A particle not followed by a capital is no name: one sentence.
    expect(splitSentences('The cost was 5 dollars. de facto it was more.')).toHaveLength(1);
  });

  it('splits on full stops, keeps abbreviations and decimals', () => {
    expect(splitSentences('Mr. Smith paid 8.5 dollars. Then he left! Did he? Yes.')).toEqual([
      'Mr. Smith paid 8.5 dollars.',
      'Then he left!',
      'Did he?',
      'Yes.',
    ]);
    expect(splitSentences('The U.S. Army came. It left.')).toEqual(['The U.S. Army came.', 'It left.']);
    // A case's name (trial 77 cut "Citizens United v." off its sentence).
    expect(
      splitSentences('He criticised Citizens United v. Federal Election Commission. It was decided last week.'),
    ).toEqual(['He criticised Citizens United v. Federal Election Commission.', 'It was decided last week.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “stop.” Then “go”.')).toEqual(['He said “stop.”', 'Then “go”.']);
  });
});

describe('Markdown articles', () => {
  it('show titles and headings without their # markers', () => {
    const article = parseArticle(
      '# Council approves bridge\n\nThe council voted on Monday.\n\n## Costs\n\nIt will cost 2 million.\n',
    );
    expect(article.title).toBe('Council approves bridge');
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'Council approves bridge'],
      ['paragraph', 'The council voted on Monday.'],
      ['heading', 'Costs'],
      ['paragraph', 'It will cost 2 million.'],
    ]);
  });
});

describe('lines with no full stop that are sentences all the same', () => {
  it('a line introducing a quotation with a colon, and a list of people one per line, are paragraphs; a short label is a heading', () => {
    const a = parseArticle(
      [
        'Climate briefing',
        '',
        'The teleconference panelists are:',
        '',
        "Gavin Schmidt, director of NASA's Goddard Institute for Space Studies in New York",
        'Deke Arndt, chief of the global monitoring branch of NOAA in Asheville, North Carolina',
        '',
        'US President Barack Obama tweeted using his official account:',
        '',
        '"Cool clock, Ahmed."',
      ].join('\n'),
    );
    const kinds = a.blocks.map((b) => `${b.kind}: ${b.text.slice(0, 20)}`);
    expect(kinds).toEqual([
      'title: Climate briefing',
      'heading: The teleconference p',
      'paragraph: Gavin Schmidt, direc',
      'paragraph: Deke Arndt, chief of',
      'paragraph: US President Barack ',
      'paragraph: "Cool clock, Ahmed."',
    ]);
  });
});
