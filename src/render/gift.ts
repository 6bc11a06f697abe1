// Moodle GIFT. Every question is marked [plain] so Moodle shows bank text as typed (markup stays literal),
// and every bank string goes through escapeGift. Ordering becomes matching (item -> position), reported as a
// warning. The parsing rules followed here are those of Moodle's qformat_gift importer.
import { citations } from '../core/sources.js';
import { acceptedRange } from '../core/numeric-range.js';
import type { Bank, Question, Quiz } from '../core/types.js';
import { escapeGift as g, oneLine } from './escape.js';
import type { RenderResult } from './render-types.js';
import { Conversions, moodleShare, orderingAsMatching } from './worksheet/convert.js';
import { splitBlanks } from './worksheet/model.js';

/**
 * An answer or item: Moodle reads a leading `[name]` as a text format and a leading `%n%` as a weight,
 * so such text gets an explicit [plain] in front (which Moodle strips).
 */
const item = (s: string) => (/^\s*[[%]/.test(s) ? `[plain]${g(s)}` : g(s));
/** Short answers are compared by Moodle with `*` as a wildcard; a literal star is written `\*`. */
const literalAnswer = (s: string) => item(s.replace(/\*/g, '\\*'));

function feedback(q: Question): string {
  return `####${g(citations(q, (t) => t).join(' '))}`;
}

function title(q: Question, n: number): string {
  return `::${g(`Q${String(n).padStart(2, '0')} ${q.id}`)}::`;
}

/**
 * The answers Moodle can read back: it takes any answer block holding "->" for matching (GIFT has no
 * escape for it), so such accepted forms are dropped; undefined when the answer itself holds one.
 */
function typedAnswers(
  q: Extract<Question, { type: 'short-answer' | 'cloze' }>,
  conv: Conversions,
): string[] | undefined {
  if (q.answer.includes('->')) {
    conv.note(q, "left out: its answer holds '->', which GIFT reads as matching (moodle-xml keeps it)");
    return undefined;
  }
  const all = [q.answer, ...q.accept.filter((a) => a !== q.answer)];
  const kept = all.filter((a) => !a.includes('->'));
  if (kept.length < all.length)
    conv.note(q, "lost accepted answers holding '->', which GIFT reads as matching (moodle-xml keeps them)");
  return kept;
}

function question(q: Question, n: number, conv: Conversions): string | undefined {
  // Blank lines separate questions and `//` lines are comments, so everything stays on its own lines.
  const head = `${title(q, n)}[plain]`;
  switch (q.type) {
    case 'multiple-choice':
      return `${head}${g(q.prompt)} {\n${q.choices.map((c, i) => `\t${i === q.answer ? '=' : '~'}${item(c)}`).join('\n')}\n\t${feedback(q)}\n}`;
    case 'true-false':
      return `${head}${g(q.prompt)} {${q.answer ? 'TRUE' : 'FALSE'}${feedback(q)}}`;
    case 'multi-select': {
      const right = moodleShare(q.answer.length);
      const wrongCount = q.choices.length - q.answer.length;
      const wrong = wrongCount > 0 ? `-${moodleShare(wrongCount)}` : '0';
      const lines = q.choices.map((c, i) => `\t~%${q.answer.includes(i) ? right : wrong}%${item(c)}`);
      return `${head}${g(q.prompt)} {\n${lines.join('\n')}\n\t${feedback(q)}\n}`;
    }
    case 'numeric': {
      // A one-sided tolerance is a range: GIFT writes it min..max.
      const { lo, hi } = acceptedRange(q);
      return q.toleranceSide
        ? `${head}${g(q.prompt)} {#${lo}..${hi}${feedback(q)}}`
        : `${head}${g(q.prompt)} {#${q.answer}:${q.tolerance}${feedback(q)}}`;
    }
    case 'short-answer': {
      const answers = typedAnswers(q, conv);
      if (!answers) return undefined;
      return `${head}${g(q.prompt)} {\n${answers.map((a) => `\t=${literalAnswer(a)}`).join('\n')}\n\t${feedback(q)}\n}`;
    }
    case 'cloze': {
      // Missing word: the answer braces stand where the blank is.
      const answers = typedAnswers(q, conv);
      if (!answers) return undefined;
      const braces = `{${answers.map((a) => `=${literalAnswer(a)}`).join(' ')}${feedback(q)}}`;
      const [before = '', ...after] = splitBlanks(q.prompt);
      const rest = after.map(g).join('_____');
      return `${head}${g(before)}${braces}${rest}`;
    }
    case 'matching': {
      // Moodle splits a pair at the first "->", so an arrow inside a left item is broken up. Right items no
      // left item points to are written as Moodle itself exports them: an empty left side (a distractor).
      const left = (s: string) => item(oneLine(s).replace(/->/g, '- >'));
      const pairs = q.left.map((l, i) => `\t=${left(l)} -> ${g(q.right[q.answer[i]!]!)}`);
      q.right.forEach((r, j) => {
        if (!q.answer.includes(j)) pairs.push(`\t= -> ${g(r)}`);
      });
      return `${head}${g(q.prompt)} {\n${pairs.join('\n')}\n\t${feedback(q)}\n}`;
    }
    case 'ordering':
      conv.note(q, 'exported as matching (each item -> its position): GIFT has no ordering type');
      return question(orderingAsMatching(q), n, new Conversions('gift'));
  }
}

export function render(quiz: Quiz, _bank?: Bank): RenderResult {
  const conv = new Conversions('gift');
  const header = [
    `// ${oneLine(quiz.bank.title)}`,
    `// readquiz: bank ${oneLine(quiz.bank.id)} (${quiz.bank.contentHash}), seed ${oneLine(quiz.seed)}, ${quiz.questions.length} questions`,
  ];
  const body = quiz.questions.map((q, i) => question(q, i + 1, conv)).filter((b): b is string => b !== undefined);
  // GIFT has no points: Moodle gives every question the default mark of 1.
  for (const q of quiz.questions)
    if (q.points !== 1)
      conv.note(q, `worth ${q.points} points come in as 1 point each (GIFT has no points; moodle-xml keeps them)`);
  return { data: `${header.join('\n')}\n\n${body.join('\n\n')}\n`, warnings: conv.warnings() };
}
