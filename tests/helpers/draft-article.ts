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

/**
 * As `draftArticle`, with the NLP library `init` loads (compromise's names and verb forms): for a shape whose
 * reading depends on what the library tags, as it does when a teacher runs `init`.
 */
export async function draftArticleAsInit(
  title: string,
  ...paragraphs: string[]
): Promise<ReturnType<typeof draftBank>> {
  const { loadCommonWords, loadNameTagger, loadVerbBase } = await import('../../src/io/nlp.js');
  const [nameTagger, verbBase, commonWord] = await Promise.all([loadNameTagger(), loadVerbBase(), loadCommonWords()]);
  return draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), {
    articleFile: 'a.txt',
    nameTagger,
    verbBase,
    commonWord,
  });
}

/**
 * The draft after its author moved the commented drafts `ids` into `facts`, as the wait note asks ("move this one
 * up"): the fact goes last in `facts`, with its notes but the wait, which the move answers.
 */
export function promoted(d: ReturnType<typeof draftBank>, ids: readonly string[]): ReturnType<typeof draftBank> {
  const moving = (d.pending ?? []).filter((p) => ids.includes(p.fact.id));
  const facts = [...d.bank.facts];
  const notes = [...d.notes];
  for (const p of moving) {
    for (const note of p.notes.slice(0, -1)) notes.push({ path: ['facts', facts.length], note });
    facts.push(p.fact as Fact);
  }
  return {
    ...d,
    bank: { ...d.bank, facts },
    notes,
    pending: (d.pending ?? []).filter((p) => !moving.includes(p)),
  };
}
