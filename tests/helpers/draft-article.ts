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

/**
 * The draft with facts its author wrote by hand appended to `facts`, each with the `# check:` notes given (none for a
 * fact the author vouches for).
 */
export function withAuthorFacts(
  d: ReturnType<typeof draftBank>,
  added: readonly { fact: Fact; notes?: readonly string[] }[],
): ReturnType<typeof draftBank> {
  const facts = [...d.bank.facts];
  const notes = [...d.notes];
  for (const a of added) {
    for (const note of a.notes ?? []) notes.push({ path: ['facts', facts.length], note });
    facts.push(a.fact);
  }
  return { ...d, bank: { ...d.bank, facts }, notes };
}

/** The riverside article's councillors' positions, as an author who asks them writes them. */
export const RIVERSIDE_COUNCILLORS: readonly { fact: Fact; notes: readonly string[] }[] = [
  ['raj-patel', 'Raj Patel'],
  ['helen-brooks', 'Helen Brooks'],
].map(([id, name]) => ({
  fact: {
    id: `${id}-role`,
    kind: 'role',
    evidence:
      'Mayor Linda Ortiz, Councillor Raj Patel, Councillor Helen Brooks and Councillor Tom Akers presented the plan at the meeting.',
    entity: id!,
    role: 'Councillor',
  },
  notes: [`role read from "Councillor ${name}"`],
}));
