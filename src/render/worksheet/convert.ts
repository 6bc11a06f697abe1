// Shared by the LMS exports: turning a question type a format cannot hold into the nearest one it can,
// and the one-line warnings that say so (the CLI prints them on stderr).
import type { MatchingQuestion, OrderingQuestion, Question, QuestionType } from '../../core/types.js';
import { ordinal } from './model.js';

/** Ordering as matching: each item is matched with its position ("1st", "2nd", ...). */
export function orderingAsMatching(q: OrderingQuestion): MatchingQuestion {
  const right = q.items.map((_, i) => ordinal(i + 1));
  return {
    id: q.id,
    type: 'matching',
    prompt: `${q.prompt} (Match each item with its position.)`,
    factId: q.factId,
    factIds: q.factIds,
    factKind: q.factKind,
    skill: q.skill,
    evidence: q.evidence,
    paragraph: q.paragraph,
    sources: q.sources,
    points: q.points,
    left: q.items.slice(),
    right,
    answer: q.items.map((_, k) => q.answer.indexOf(k)),
  };
}

/** Collects what a format did with the questions it could not hold as they are: one line per kind of change. */
export class Conversions {
  private readonly notes = new Map<string, { type: QuestionType; what: string; ids: string[] }>();
  constructor(private readonly formatLabel: string) {}

  note(q: Question, what: string): void {
    const key = `${q.type}\u0000${what}`;
    const entry = this.notes.get(key) ?? { type: q.type, what, ids: [] };
    entry.ids.push(q.id);
    this.notes.set(key, entry);
  }

  warnings(): string[] {
    return [...this.notes.values()].map(
      (n) =>
        `${this.formatLabel}: ${n.ids.length} ${n.type} question${n.ids.length === 1 ? '' : 's'} ${n.what} (${n.ids.join(', ')})`,
    );
  }
}

/** Moodle accepts only these grade fractions; n right answers of a multi-select share 100%. */
const MOODLE_SHARES: Record<number, string> = {
  1: '100',
  2: '50',
  3: '33.33333',
  4: '25',
  5: '20',
  6: '16.66667',
  7: '14.28571',
  8: '12.5',
  9: '11.11111',
  10: '10',
  20: '5',
};

export function moodleShare(n: number): string {
  return MOODLE_SHARES[n] ?? (100 / n).toFixed(5);
}
