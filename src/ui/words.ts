// Answers, responses and numbers in words for the screens (bank text made terminal-safe here, once).
import { describeResponse, type Response, type ScoreResult } from '../core/scoring.js';
import type { Question } from '../core/types.js';
import { answerText } from '../render/text.js';
import { terminalSafeLine } from '../core/terminal-safe.js';
import { pointsText as pts } from '../core/points-text.js';
import { OUTCOME_TITLE } from '../core/quiz-flow.js';

export const safe = terminalSafeLine;

export const TYPE_LABEL: Record<Question['type'], string> = {
  'multiple-choice': 'multiple choice',
  'true-false': 'true or false',
  'multi-select': 'pick every right option',
  numeric: 'number',
  'short-answer': 'short answer',
  cloze: 'fill in the blank',
  matching: 'matching',
  ordering: 'ordering',
};

/** Points without float noise: 7.5, 8, 1.33. */
export { pointsText as pts } from '../core/points-text.js';

export function pointsWord(n: number): string {
  return `${pts(n)} point${n === 1 ? '' : 's'}`;
}

/** The right answer as a reader wants to see it. */
export function rightAnswer(q: Question): string {
  if (q.type === 'ordering') return q.answer.map((i) => q.items[i]).join(' → ');
  if (q.type === 'matching') return q.left.map((l, i) => `${l} = ${q.right[q.answer[i]!]}`).join('; ');
  return answerText(q);
}

/** Matching and ordering answers read better as lists: one line per pair or item ('ok' marks a right pair). */
export function answerList(q: Question, response?: Response): { text: string; ok?: boolean }[] | undefined {
  if (q.type === 'ordering') {
    const order = response === undefined ? q.answer : Array.isArray(response) ? response : undefined;
    return order?.map((item, i) => ({ text: `${i + 1}. ${q.items[item] ?? '?'}` }));
  }
  if (q.type === 'matching') {
    const pairs = response === undefined ? q.answer : Array.isArray(response) ? response : undefined;
    return (
      pairs &&
      q.left.map((l, i) => {
        const r = pairs[i];
        const partner = r !== undefined && r >= 0 ? q.right[r] : undefined;
        return { text: `${l} = ${partner ?? '(none)'}`, ok: response === undefined ? undefined : r === q.answer[i] };
      })
    );
  }
  return undefined;
}

/** The reader's response in words. */
export function givenAnswer(q: Question, response: Response): string {
  if (q.type === 'ordering' && Array.isArray(response)) return response.map((i) => q.items[i] ?? '?').join(' → ');
  if (q.type === 'matching' && Array.isArray(response)) {
    return q.left
      .map((l, i) => `${l} = ${response[i] !== undefined && response[i]! >= 0 ? q.right[response[i]!] : '(none)'}`)
      .join('; ');
  }
  return describeResponse(q, response);
}

export function verdict(result: ScoreResult): {
  mark: string;
  text: string;
  color: 'green' | 'red' | 'yellow' | 'gray';
} {
  switch (result.status) {
    case 'right':
      return { mark: '✔', text: `Right: ${pointsWord(result.points)}`, color: 'green' };
    case 'partial':
      return { mark: '◐', text: `Partly right: ${pts(result.points)} of ${pointsWord(result.max)}`, color: 'yellow' };
    case 'wrong':
      return { mark: '✘', text: `Wrong: 0 of ${pointsWord(result.max)}`, color: 'red' };
    case 'unanswered':
      return { mark: '·', text: OUTCOME_TITLE.unanswered, color: 'gray' };
  }
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Text in double quotes; double quotes inside it become single ones, so quotes do not nest as “...“...”...”. */
export function quoted(text: string): string {
  return `“${text.replace(/[“”„"]([^“”„"]*)[“”"]/g, '‘$1’').replace(/[“”„"]/g, '’')}”`;
}
