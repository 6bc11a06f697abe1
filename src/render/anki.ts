// Anki's text import (File > Import): tab-separated notes with header lines telling Anki the separator,
// that fields are plain text (#html:false: Anki escapes markup itself), and which column holds the note
// type. Cloze questions become Cloze notes ({{c1::...}}); everything else a Basic note, front and back.
import { citations } from '../core/sources.js';
import type { Bank, Question, Quiz } from '../core/types.js';
import { ankiField, escapeAnkiCloze, oneLine } from './escape.js';
import type { RenderResult } from './render-types.js';
import { keyAnswer, splitBlanks } from './worksheet/model.js';
import { optionLetter } from '../core/text.js';

function front(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select':
      return [q.prompt, ...q.choices.map((c, i) => `${optionLetter(i)}) ${c}`)].join('\n');
    case 'matching':
      return [
        q.prompt,
        ...q.left.map((l, i) => `${i + 1}. ${l}`),
        '',
        ...q.right.map((r, i) => `${optionLetter(i)}) ${r}`),
      ].join('\n');
    case 'ordering':
      return [q.prompt, ...q.items.map((it) => `- ${it}`)].join('\n');
    case 'true-false':
      return /^true or false/i.test(q.prompt) ? q.prompt : `True or false: ${q.prompt}`;
    default:
      return q.prompt;
  }
}

function back(q: Question): string {
  const answer = q.type === 'ordering' ? q.answer.map((k, i) => `${i + 1}. ${q.items[k]}`).join('\n') : keyAnswer(q);
  const accepted = q.type === 'short-answer' ? q.accept.filter((a) => a !== q.answer) : [];
  return [
    answer,
    ...(accepted.length ? [`Also accepted: ${accepted.join('; ')}`] : []),
    '',
    ...citations(q, (t) => t),
  ].join('\n');
}

function clozeText(q: Extract<Question, { type: 'cloze' }>): string {
  const [before = '', ...after] = splitBlanks(q.prompt).map(escapeAnkiCloze);
  return `${before}{{c1::${escapeAnkiCloze(q.answer)}}}${after.join('_____')}`;
}

export function render(quiz: Quiz, _bank?: Bank): RenderResult {
  const tags = `readquiz ${quiz.bank.id.replace(/\s+/g, '_')}`;
  const rows = quiz.questions.map((q) =>
    q.type === 'cloze'
      ? ['Cloze', clozeText(q), citations(q, (t) => t).join('\n'), tags]
      : ['Basic', front(q), back(q), tags],
  );
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype column:1',
    '#tags column:4',
    `# readquiz: ${oneLine(quiz.bank.title)} · bank ${oneLine(quiz.bank.id)} · seed ${oneLine(quiz.seed)}`,
    ...rows.map((r) => r.map((f) => ankiField(f.replace(/\r\n?/g, '\n'))).join('\t')),
    '',
  ];
  return { data: lines.join('\n'), warnings: [] };
}
