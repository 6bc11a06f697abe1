// The article sentences a question rests on, as keys, feedback and exports cite them: each sentence with
// its own paragraph. Quizzes written before sources existed (quiz@1) cite their one evidence.
import type { Question, Source } from './types.js';

/** sourcesOf(q) -> [{factId, evidence: 'The United States has placed ...', paragraph: 2}, ...]. */
export function sourcesOf(q: Pick<Question, 'factId' | 'evidence' | 'paragraph'> & { sources?: Source[] }): Source[] {
  return q.sources && q.sources.length > 0
    ? q.sources
    : [{ factId: q.factId, evidence: q.evidence, paragraph: q.paragraph }];
}

/** "Paragraph 6: “...”" per source, distinct sentences only, in article order. */
export function citations(
  q: Parameters<typeof sourcesOf>[0],
  quote: (text: string) => string = (t) => `“${t}”`,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of sourcesOf(q)) {
    if (seen.has(s.evidence)) continue;
    seen.add(s.evidence);
    out.push(`Paragraph ${s.paragraph}: ${quote(s.evidence)}`);
  }
  return out;
}
