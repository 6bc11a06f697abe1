import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from '../../../src/core/article.js';
import { readLayout } from '../../../src/core/draft/furniture.js';

describe('readLayout: the headline and the furniture of a pasted page', () => {
  it('finds the headline below navigation lines and leaves "Jump to navigation" out', () => {
    const text =
      'Jump to navigation\nJump to search\nAt least 107 killed in Mecca crane collapse\nFrom Wikinews, the free news source you can write!\n\nSaturday, September 12, 2015\n\nFile photo: pilgrims at the Grand Mosque in 2008.\nImage: Al Jazeera English.\n\nA storm yesterday caused a crane to fall into the Grand Mosque, killing 107 or more and wounding 238.\n';
    const l = readLayout(text);
    expect(l.title).toBe('At least 107 killed in Mecca crane collapse');
    expect(l.date).toBe('Saturday, September 12, 2015');
    expect(l.furniture).toEqual([
      'Jump to navigation',
      'Jump to search',
      'From Wikinews, the free news source you can write!',
      'Saturday, September 12, 2015',
      'File photo: pilgrims at the Grand Mosque in 2008.',
      'Image: Al Jazeera English.',
    ]);
  });

  it('takes the last headline-like line above the first paragraph, not "Skip Header" or a release number', () => {
    const text =
      'Skip Header\nUnited States Census Bureau\nFOR IMMEDIATE RELEASE\nCB12-13\nContact: Robert Bernstein\n301-763-3030/3762 (fax)\n\nCensus Bureau Announces Dates for Upcoming Releases\n\nOver the next six months, the U.S. Census Bureau will release a series of population estimates.\n';
    const l = readLayout(text);
    expect(l.title).toBe('Census Bureau Announces Dates for Upcoming Releases');
    expect(l.furniture).toContain('Skip Header');
    expect(l.furniture).toContain('301-763-3030/3762 (fax)');
    expect(l.furniture).toContain('United States Census Bureau');
  });

  it('leaves out a photo caption above its credit, and source lists after "Sources"', () => {
    const text =
      'Title of the story here\n\nThe first paragraph of the story says what happened in a full sentence.\n\nAn astronaut waves before the launch.\nImage: NASA.\n\nA second paragraph goes on with the story in another full sentence.\n\nSources\n"Shuttle goes up" — CBC.ca, August 15, 2008\n';
    const l = readLayout(text);
    expect(l.furniture).toEqual([
      'An astronaut waves before the launch.',
      'Image: NASA.',
      'Sources',
      '"Shuttle goes up" — CBC.ca, August 15, 2008',
    ]);
  });
});

describe('sentences and paragraphs', () => {
  it('does not split at middle initials, a.m., months or "U.S. Army", but does after "D.C." ending a sentence', () => {
    expect(
      splitSentences(
        'Josh A. Smith arrived at 11 a.m. EST on Aug. 5 with the U.S. Army. He left Washington, D.C. The talks ended.',
      ),
    ).toEqual([
      'Josh A. Smith arrived at 11 a.m. EST on Aug. 5 with the U.S. Army.',
      'He left Washington, D.C.',
      'The talks ended.',
    ]);
  });

  it('reads a paste with one line per paragraph as paragraphs', () => {
    const long =
      'This is a long paragraph line that a browser gives when a reader copies a page, with no blank line between paragraphs at all, and it goes on for a while longer than any wrapped line.';
    const article = parseArticle(`Headline of the story\n${long}\n${long.replace('This', 'That')}\n`);
    expect(article.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('keeps a hard-wrapped paragraph whole', () => {
    const article = parseArticle('Headline\n\nA paragraph wrapped\nat short lines stays\none paragraph.\n');
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(1);
  });
});
