// How many questions a draft makes without two of them resting on the same sentence: a class quiz that
// asks the same sentence twice gives its answer away, so this is the figure `init` reports.
import { generateQuiz } from '../generate.js';
import type { Bank } from '../types.js';
import { foldForMatch } from '../text.js';

export function questionsWithoutRepeat(bank: Bank): number {
  let quiz;
  try {
    quiz = generateQuiz(bank, { seed: 'init', count: 'all' });
  } catch {
    return 0;
  }
  const evidence = new Map(bank.facts.map((f) => [f.id, foldForMatch(f.evidence)]));
  const used = new Set<string>();
  let n = 0;
  for (const q of quiz.questions) {
    const sentences = (q.factIds.length ? q.factIds : [q.factId]).map(
      (id) => evidence.get(id) ?? foldForMatch(q.evidence),
    );
    if (sentences.some((s) => used.has(s))) continue;
    for (const s of sentences) used.add(s);
    n++;
  }
  return n;
}
