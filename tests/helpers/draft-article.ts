// Drafting a small article in a test: a title, then paragraphs separated by blank lines, as a paste reads.
import { draftBank } from '../../src/core/draft/draft-bank.js';
import type { Fact } from '../../src/core/types.js';

/** draftArticle('Council votes', 'The council voted on Monday ...') drafts a bank from a two-line article. */
export function draftArticle(title: string, ...paragraphs: string[]): ReturnType<typeof draftBank> {
  return draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' });
}

/** The draft's facts and its commented drafts together: what a teacher finds in the file. */
export function allFacts(d: ReturnType<typeof draftBank>): Fact[] {
  return [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact as Fact)];
}
