// Moodle XML: every type maps to a Moodle question type; ordering becomes matching (item -> position),
// reported as a warning; a cloze is a short answer with the blank in its text. Texts are plain_text, so
// Moodle shows markup in a bank literally; XML escaping keeps the file well-formed whatever the bank holds.
import { citations } from '../core/sources.js';
import { acceptedRange } from '../core/numeric-range.js';
import type { Bank, Question, Quiz } from '../core/types.js';
import { escapeXml as x, oneLine } from './escape.js';
import type { RenderResult } from './render-types.js';
import { Conversions, moodleShare, orderingAsMatching } from './worksheet/convert.js';

const text = (s: string) => `<text>${x(s)}</text>`;
const plain = (tag: string, s: string, attrs = '') => `<${tag}${attrs} format="plain_text">${text(s)}</${tag}>`;

function answer(fraction: string, body: string, extra = ''): string {
  return `    <answer fraction="${fraction}" format="plain_text">${text(body)}${extra}<feedback format="plain_text"><text></text></feedback></answer>`;
}

function common(q: Question, n: number, type: string): string[] {
  return [
    `  <question type="${type}">`,
    `    <name>${text(`Q${String(n).padStart(2, '0')} ${q.id}`)}</name>`,
    `    ${plain('questiontext', q.prompt)}`,
    `    ${plain('generalfeedback', citations(q, (t) => t).join(' '))}`,
    `    <defaultgrade>${q.points}</defaultgrade>`,
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${x(q.id)}</idnumber>`,
    // The reading skill as a Moodle tag, so a question bank can be filtered by skill.
    `    <tags><tag>${text(`skill:${q.skill}`)}</tag></tags>`,
  ];
}

/** Moodle short answers treat `*` as a wildcard; `\*` is a literal star. */
const literal = (s: string) => s.replace(/\*/g, '\\*');

function question(q: Question, n: number, conv: Conversions): string {
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select': {
      const single = q.type === 'multiple-choice';
      const right = single ? [q.answer] : q.answer;
      const wrongCount = q.choices.length - right.length;
      const share = moodleShare(right.length);
      const penalty = single || wrongCount === 0 ? '0' : `-${moodleShare(wrongCount)}`;
      return [
        ...common(q, n, 'multichoice'),
        `    <single>${single}</single>`,
        '    <shuffleanswers>false</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        ...q.choices.map((c, i) => answer(right.includes(i) ? share : penalty, c)),
        '  </question>',
      ].join('\n');
    }
    case 'true-false':
      return [
        ...common(q, n, 'truefalse'),
        answer(q.answer ? '100' : '0', 'true'),
        answer(q.answer ? '0' : '100', 'false'),
        '  </question>',
      ].join('\n');
    case 'numeric': {
      // Moodle's tolerance is symmetric: a one-sided range is its midpoint plus or minus half its width.
      const { lo, hi } = acceptedRange(q);
      const mid = q.toleranceSide ? Number(((lo + hi) / 2).toPrecision(12)) : q.answer;
      const tol = q.toleranceSide ? Number(((hi - lo) / 2).toPrecision(12)) : q.tolerance;
      return [
        ...common(q, n, 'numerical'),
        answer('100', String(mid), `<tolerance>${tol}</tolerance>`),
        '  </question>',
      ].join('\n');
    }
    // A cloze is a Moodle short answer whose text holds the blank: nothing is lost, so no warning.
    case 'cloze':
    case 'short-answer': {
      const answers = [q.answer, ...q.accept.filter((a) => a !== q.answer)];
      return [
        ...common(q, n, 'shortanswer'),
        '    <usecase>0</usecase>',
        ...answers.map((a) => answer('100', literal(a))),
        '  </question>',
      ].join('\n');
    }
    case 'matching': {
      const subs = q.left.map(
        (l, i) =>
          `    <subquestion format="plain_text">${text(l)}<answer>${text(oneLine(q.right[q.answer[i]!]!))}</answer></subquestion>`,
      );
      // A right item no left item points to: an empty subquestion, which Moodle shows as an extra choice.
      q.right.forEach((r, j) => {
        if (!q.answer.includes(j))
          subs.push(
            `    <subquestion format="plain_text"><text></text><answer>${text(oneLine(r))}</answer></subquestion>`,
          );
      });
      return [...common(q, n, 'matching'), '    <shuffleanswers>true</shuffleanswers>', ...subs, '  </question>'].join(
        '\n',
      );
    }
    case 'ordering':
      conv.note(q, 'exported as matching (each item -> its position)');
      return question(orderingAsMatching(q), n, new Conversions('moodle-xml'));
  }
}

export function render(quiz: Quiz, _bank?: Bank): RenderResult {
  const conv = new Conversions('moodle-xml');
  // `/` separates category levels; the bank id and seed are one level.
  const category = `$course$/top/readquiz/${`${quiz.bank.id} seed ${oneLine(quiz.seed)}`.replace(/\//g, '-')}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- readquiz: bank ${x(quiz.bank.id).replace(/-(?=-)/g, '- ')} (${quiz.bank.contentHash}), ${quiz.questions.length} questions -->`,
    '<quiz>',
    `  <question type="category"><category>${text(category)}</category></question>`,
    ...quiz.questions.map((q, i) => question(q, i + 1, conv)),
    '</quiz>',
    '',
  ];
  return { data: out.join('\n'), warnings: conv.warnings() };
}
