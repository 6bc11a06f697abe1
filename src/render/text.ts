// A readable listing with the answers: for checking a seed by eye, or pasting into a message.
import { sourcesOf } from '../core/sources.js';
import { acceptedRange } from '../core/numeric-range.js';
import { QUESTION_TYPES, type Question, type Quiz } from '../core/types.js';
import { formatNumber, optionLetter } from '../core/text.js';
import type { RenderResult } from './render-types.js';
import { terminalSafe, terminalSafeLine } from '../core/terminal-safe.js';
import { plural, unitFor } from '../core/plural.js';

/** The right answer in words, as a key shows it. */
export function answerText(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
      return `${optionLetter(q.answer)}) ${q.choices[q.answer]}`;
    case 'true-false':
      return q.answer ? 'True' : 'False';
    case 'multi-select':
      return q.answer.map((i) => `${optionLetter(i)}) ${q.choices[i]}`).join('; ');
    case 'numeric':
      return `${formatNumber(q.answer, q.unit)}${q.unit && q.unit !== 'year' ? ` ${unitFor(q.answer, q.unit)}` : ''}${numericSlack(q)}`;
    case 'short-answer':
    case 'cloze':
      return q.answer;
    case 'matching':
      return q.left.map((l, i) => `${i + 1}${optionLetter(q.answer[i]!)} (${l} = ${q.right[q.answer[i]!]})`).join('; ');
    // The items' numbers in the article's order (a worksheet key gives each item's position instead).
    case 'ordering':
      return `items in order ${q.answer.map((i) => `${i + 1}`).join(', ')}`;
  }
}

function body(q: Question): string[] {
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select':
      return q.choices.map((c, i) => `   ${optionLetter(i)}) ${terminalSafeLine(c)}`);
    case 'true-false':
      return ['   True / False'];
    case 'matching': {
      const rows = Math.max(q.left.length, q.right.length);
      const width = Math.max(...q.left.map((l) => l.length)) + 6;
      return Array.from({ length: rows }, (_, i) => {
        const l = q.left[i] !== undefined ? `${i + 1}. ${terminalSafeLine(q.left[i]!)}` : '';
        const r = q.right[i] !== undefined ? `${optionLetter(i)}) ${terminalSafeLine(q.right[i]!)}` : '';
        return `   ${l.padEnd(width)}${r}`;
      });
    }
    case 'ordering':
      return q.items.map((it, i) => `   ${i + 1}. ${terminalSafeLine(it)}`);
    default:
      return [];
  }
}

export function render(quiz: Quiz): RenderResult {
  const lines: string[] = [
    terminalSafeLine(quiz.bank.title),
    `${quiz.questions.length} questions · bank ${quiz.bank.id} (${quiz.bank.contentHash}) · seed ${terminalSafeLine(quiz.seed)}`,
    // The bank may have come from a path the quiz does not know, so the bank is named, not spelled as --bank.
    `Regenerate: readquiz generate --seed ${JSON.stringify(quiz.seed)}${quiz.options.count === 'all' ? ' --all' : ` --count ${quiz.options.count}`}${quiz.options.types.length < QUESTION_TYPES.length ? ` --types ${quiz.options.types.join(',')}` : ''}${quiz.options.skills ? ` --skills ${quiz.options.skills.join(',')}` : ''} with bank ${quiz.bank.id}`,
    '',
  ];
  quiz.questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}, ${q.skill}, ${plural(q.points, 'pt')}] ${terminalSafe(q.prompt)}`);
    lines.push(...body(q));
    lines.push(`   Answer: ${terminalSafeLine(answerText(q))}`);
    if ((q.type === 'short-answer' || q.type === 'cloze') && q.accept.length > 1) {
      lines.push(
        `   Also accepted: ${q.accept
          .filter((a) => a !== q.answer)
          .map(terminalSafeLine)
          .join('; ')}`,
      );
    }
    for (const s of uniqueSources(q))
      lines.push(`   Evidence (paragraph ${s.paragraph}): ${terminalSafeLine(s.evidence)}`);
    lines.push('');
  });
  return { data: lines.join('\n'), warnings: [] };
}

/** " (±5)" for a symmetric tolerance, " (85 to 90 accepted)" for a one-sided one, "" for none. */
function numericSlack(q: Extract<Question, { type: 'numeric' }>): string {
  if (!q.tolerance) return '';
  if (!q.toleranceSide) return ` (±${formatNumber(q.tolerance)})`;
  const { lo, hi } = acceptedRange(q);
  return ` (${formatNumber(lo)} to ${formatNumber(hi)} accepted)`;
}

/** Each sentence once (a question may use two facts of one sentence). */
function uniqueSources(q: Question) {
  const seen = new Set<string>();
  return sourcesOf(q).filter((s) => !seen.has(s.evidence) && seen.add(s.evidence));
}
