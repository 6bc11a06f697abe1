// Grades and item statistics as a terminal table, JSON, CSV or Markdown. Names, answers and prompts are
// untrusted text: terminal output passes them through terminalSafeLine, Markdown through escapeMarkdown,
// CSV through csvCell (formula neutralisation). Tables fit the terminal width they are given.
import {
  numberList,
  type ClassGrades,
  type GradedAnswer,
  type GradedQuiz,
  type SkippedRow,
  type StudentGrade,
} from '../core/grading.js';
import {
  FLAG_TEXT,
  MIN_RELIABLE_RESPONDENTS,
  type Analysis,
  type ItemStats,
  type ScoreBin,
} from '../core/item-analysis.js';
import type { ScoreStatus } from '../core/scoring.js';
import type { QuestionType, Quiz } from '../core/types.js';
import { toCsv, type CsvValue } from './csv.js';
import { escapeMarkdown, jsonSafe } from './escape.js';
import { terminalSafeLine } from '../core/terminal-safe.js';
import { plural } from '../core/plural.js';
import { pointsText as pts } from '../core/points-text.js';

export const GRADE_FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type GradeFormat = (typeof GRADE_FORMATS)[number];
export const STATS_FORMATS = ['table', 'json', 'csv'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export const RESULT_WORDS: Record<ScoreStatus, string> = {
  right: 'right',
  partial: 'partly right',
  wrong: 'wrong',
  unanswered: 'not answered',
};
const MARKS: Record<ScoreStatus, string> = { right: '✓', partial: '◐', wrong: '✗', unanswered: '·' };
const MARK_LEGEND = '✓ right  ◐ partly right  ✗ wrong  · not answered  ? could not be read';

/** The legend, broken between its entries to fit `width`. */
function legendLines(width: number): string[] {
  const out: string[] = [];
  for (const item of MARK_LEGEND.split('  ')) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length + 2 + [...item].length <= width)
      out[out.length - 1] = `${last}  ${item}`;
    else out.push(item);
  }
  return out;
}
const SHORT_TYPE: Record<QuestionType, string> = {
  'multiple-choice': 'mc',
  'true-false': 'tf',
  'multi-select': 'ms',
  numeric: 'num',
  'short-answer': 'short',
  cloze: 'cloze',
  matching: 'match',
  ordering: 'order',
};

// ------------------------------------------------------------------------------------------ text helpers

function len(text: string): number {
  return [...text].length;
}

/** At most `w` characters; a cut is marked with an ellipsis. */
export function fit(text: string, w: number): string {
  const chars = [...text];
  if (chars.length <= w) return text;
  if (w <= 0) return '';
  return `${chars.slice(0, w - 1).join('')}…`;
}

function padEnd(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - len(text)));
}

/** Words wrapped to `w` columns (a word longer than `w` is cut); `hang` indents the lines after the first. */
export function wrap(text: string, w: number, indent = '', hang = indent): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : `${indent}${word}`;
    if (len(next) > w && line) {
      out.push(line);
      line = fit(`${hang}${word}`, w);
    } else line = fit(next, w);
  }
  if (line) out.push(line);
  return out;
}

function padStart(text: string, w: number): string {
  return ' '.repeat(Math.max(0, w - len(text))) + text;
}

function safe(text: string): string {
  return terminalSafeLine(text);
}

/** Points without float noise: 7.5, 8, 1.33. */
export { pointsText as pts } from '../core/points-text.js';

function percent(points: number, max: number): string {
  return max > 0 ? `${Math.round((points / max) * 100)}%` : '-';
}

function mark(a: GradedAnswer): string {
  return a.problem !== undefined ? '?' : MARKS[a.status];
}

function resultWord(a: GradedAnswer): string {
  return a.problem !== undefined ? 'not read' : RESULT_WORDS[a.status];
}

const BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `value / max * width` block characters, in eighths. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + BLOCKS[eighths % 8]!;
}

// ------------------------------------------------------------------------------------------ one student

export function renderStudent(quiz: Quiz, graded: GradedQuiz, format: GradeFormat, width = 80): string {
  switch (format) {
    case 'json':
      return `${jsonSafe(
        JSON.stringify(
          {
            seed: quiz.seed,
            bank: { id: quiz.bank.id, contentHash: quiz.bank.contentHash },
            points: graded.points,
            max: graded.max,
            answers: graded.answers.map((a) => ({
              number: a.number,
              questionId: a.questionId,
              type: a.type,
              response: a.response ?? null,
              given: a.given,
              status: a.status,
              points: a.points,
              max: a.max,
              leniency: a.leniency,
              ...(a.problem !== undefined ? { problem: a.problem } : {}),
            })),
          },
          null,
          2,
        ),
      )}\n`;
    case 'csv':
      return toCsv([
        ['number', 'questionId', 'type', 'result', 'points', 'max', 'given', 'question'],
        ...graded.answers.map((a, i): CsvValue[] => [
          a.number,
          a.questionId,
          a.type,
          resultWord(a),
          a.points,
          a.max,
          a.given,
          quiz.questions[i]!.prompt,
        ]),
        ['', '', '', 'total', graded.points, graded.max, '', ''],
      ]);
    case 'md': {
      const out = [
        `**${escapeMarkdown(quiz.bank.title)}** · seed ${escapeMarkdown(quiz.seed)} · ${quiz.questions.length} questions`,
        '',
        '| # | question | answer given | result | points |',
        '| ---: | --- | --- | --- | ---: |',
        ...graded.answers.map(
          (a, i) =>
            `| ${a.number} | ${escapeMarkdown(quiz.questions[i]!.prompt)} | ${escapeMarkdown(a.given)} | ${resultWord(a)} | ${pts(a.points)}/${pts(a.max)} |`,
        ),
        '',
        `**Total: ${pts(graded.points)} of ${pts(graded.max)} points (${percent(graded.points, graded.max)})**`,
      ];
      return `${out.join('\n')}\n`;
    }
    case 'table': {
      const numW = String(graded.answers.length).length;
      const resW = Math.max(...graded.answers.map((a) => resultWord(a).length), 6);
      const ptW = Math.max(...graded.answers.map((a) => `${pts(a.points)}/${pts(a.max)}`.length), 6);
      const fixed = numW + 2 + resW + 2 + ptW + 2;
      const givenLongest = Math.max(5, ...graded.answers.map((a) => len(safe(a.given))));
      let givenW = Math.min(givenLongest, 28, Math.max(5, width - fixed - 2 - 12));
      let questionW = width - fixed - givenW - 2;
      if (questionW < 12) {
        givenW = Math.max(5, width - fixed);
        questionW = 0;
      }
      const row = (n: string, res: string, p: string, given: string, question: string) =>
        `${padStart(n, numW)}  ${padEnd(res, resW)}  ${padStart(p, ptW)}  ${questionW > 0 ? `${padEnd(fit(given, givenW), givenW)}  ${fit(question, questionW)}` : fit(given, givenW)}`.trimEnd();
      const lines = [
        ...wrap(`${safe(quiz.bank.title)} · seed ${safe(quiz.seed)} · ${quiz.questions.length} questions`, width),
        '',
        row('#', 'result', 'points', 'given', 'question'),
        ...graded.answers.map((a, i) =>
          row(
            String(a.number),
            resultWord(a),
            `${pts(a.points)}/${pts(a.max)}`,
            safe(a.given || '-'),
            safe(quiz.questions[i]!.prompt),
          ),
        ),
        '',
      ];
      const notes = graded.answers.flatMap((a) => [
        ...a.leniency.map((l) => `  ${a.number}: ${safe(l)}`),
        ...(a.problem !== undefined
          ? [`  ${a.number}: could not read ${JSON.stringify(safe(a.given))}: ${safe(a.problem)}`]
          : []),
      ]);
      if (notes.length > 0) lines.push('Notes:', ...notes.map((l) => fit(l, width)), '');
      lines.push(`Total: ${pts(graded.points)} of ${pts(graded.max)} points (${percent(graded.points, graded.max)})`);
      return `${lines.join('\n')}\n`;
    }
  }
}

// ------------------------------------------------------------------------------------------ a class

export interface ClassMeta {
  bankId: string;
  seed: string;
  variants: number;
  count: number | 'all';
  types?: readonly QuestionType[];
}

function questionColumns(cls: ClassGrades): number {
  return Math.max(0, ...cls.quizzes.map((q) => q.questions.length));
}

/** "q8 could not be read: ...; q4-10 could not be read: no cell ...": answers with the same problem together. */
function unreadNote(unread: readonly GradedAnswer[]): string {
  const byProblem = new Map<string, number[]>();
  for (const a of unread) byProblem.set(a.problem!, [...(byProblem.get(a.problem!) ?? []), a.number]);
  return [...byProblem].map(([problem, ns]) => `q${numberList(ns)} could not be read: ${problem}`).join('; ');
}

/** "q8 typo forgiven: "Borell" for "Borrell"; q10 case folded": the leniencies applied, by question. */
function leniencyNote(answers: readonly GradedAnswer[]): string {
  return answers.flatMap((a) => a.leniency.map((l) => `q${a.number} ${l}`)).join('; ');
}

/** Graded students and skipped rows together, in the order of the sheet. */
function bySheetOrder(cls: ClassGrades): (StudentGrade | SkippedRow)[] {
  return [...cls.students, ...cls.skipped].sort((a, b) => a.line - b.line);
}

export function renderClass(cls: ClassGrades, meta: ClassMeta, format: GradeFormat, width = 80): string {
  const nq = questionColumns(cls);
  const numbers = Array.from({ length: nq }, (_, i) => i + 1);
  const answerAt = (s: StudentGrade, n: number) => s.answers[n - 1];
  const mean =
    cls.students.length > 0
      ? cls.students.reduce((t, s) => t + (s.max > 0 ? s.points / s.max : 0), 0) / cls.students.length
      : 0;
  const notGraded = cls.skipped.length > 0 ? ` · ${cls.skipped.length} not graded` : '';
  const summary = `${plural(cls.students.length, 'student')} graded${notGraded} · mean ${Math.round(mean * 100)}% · bank ${meta.bankId} · seed ${meta.seed}${meta.variants > 1 ? ` · variants 1-${meta.variants}` : ''} · ${nq} questions`;
  switch (format) {
    case 'json':
      return `${jsonSafe(
        JSON.stringify(
          {
            bank: meta.bankId,
            seed: meta.seed,
            variants: meta.variants,
            count: meta.count,
            ...(meta.types ? { types: meta.types } : {}),
            students: cls.students.map((s) => ({
              student: s.student,
              line: s.line,
              variant: s.variant,
              seed: s.seed,
              points: s.points,
              max: s.max,
              answers: s.answers.map((a) => ({
                number: a.number,
                questionId: a.questionId,
                response: a.response ?? null,
                status: a.status,
                points: a.points,
                max: a.max,
                // What was forgiven (a typo, case, a number read), for the teacher to check.
                leniency: a.leniency,
                ...(a.problem !== undefined ? { problem: a.problem } : {}),
              })),
            })),
            skipped: cls.skipped,
            skippedRows: cls.skippedRows,
            unreadable: cls.unreadable,
          },
          null,
          2,
        ),
      )}\n`;
    case 'csv':
      // An answer that could not be read is '?', not a 0 that reads as wrong; `note` says why, and what
      // was forgiven in a right answer (a typo, case, a number read), and a skipped row keeps its student
      // with the reason. Points stay bare numbers for the spreadsheet's sums.
      return toCsv([
        ['student', 'variant', 'seed', ...numbers.map((n) => `q${n}`), 'points', 'max', 'percent', 'note'],
        ...bySheetOrder(cls).map((r): CsvValue[] => {
          if ('reason' in r)
            return [r.student, '', '', ...numbers.map(() => ''), '', '', '', `not graded: ${r.reason}`];
          const s = r;
          const unread = s.answers.filter((a) => a.problem !== undefined);
          return [
            s.student,
            s.variant,
            s.seed,
            ...numbers.map((n) => {
              const a = answerAt(s, n);
              return a ? (a.problem !== undefined ? '?' : a.points) : '';
            }),
            s.points,
            s.max,
            s.max > 0 ? Math.round((s.points / s.max) * 1000) / 10 : '',
            [unreadNote(unread), leniencyNote(s.answers)].filter(Boolean).join('; '),
          ];
        }),
      ]);
    case 'md': {
      const out = [
        escapeMarkdown(summary),
        '',
        `| student |${meta.variants > 1 ? ' variant |' : ''} ${numbers.join(' | ')} | points | % |`,
        `| --- |${meta.variants > 1 ? ' ---: |' : ''}${numbers.map(() => ' :-: |').join('')} ---: | ---: |`,
        ...cls.students.map(
          (s) =>
            `| ${escapeMarkdown(s.student)} |${meta.variants > 1 ? ` ${s.variant} |` : ''} ${numbers
              .map((n) => {
                const a = answerAt(s, n);
                return a ? mark(a) : '';
              })
              .join(' | ')} | ${pts(s.points)}/${pts(s.max)} | ${percent(s.points, s.max)} |`,
        ),
        '',
        escapeMarkdown(MARK_LEGEND),
        ...(cls.skipped.length > 0
          ? [
              '',
              '**Not graded:**',
              '',
              ...cls.skipped.map((k) => `- ${escapeMarkdown(k.student)} (line ${k.line}): ${escapeMarkdown(k.reason)}`),
            ]
          : []),
      ];
      return `${out.join('\n')}\n`;
    }
    case 'table': {
      const showVariant = meta.variants > 1;
      const ptsW = Math.max(6, ...cls.students.map((s) => `${pts(s.points)}/${pts(s.max)}`.length));
      const pctW = 4;
      const varW = showVariant ? Math.max(3, String(meta.variants).length) : 0;
      const markW = String(nq).length + 1;
      const longest = Math.max(7, ...cls.students.map((s) => len(safe(s.student))));
      const fixedNoMarks = (showVariant ? varW + 2 : 0) + ptsW + 2 + pctW;
      // Names take what they need up to 24; the marks come next; below 8 characters of name, marks go.
      let nameW = Math.min(longest, 24);
      let showMarks = nameW + 2 + fixedNoMarks + nq * markW + 2 <= width;
      if (!showMarks) {
        const room = width - fixedNoMarks - nq * markW - 4;
        if (room >= 8) {
          nameW = Math.min(nameW, room);
          showMarks = true;
        } else nameW = Math.max(4, Math.min(longest, width - fixedNoMarks - 2));
      }
      const row = (name: string, variant: string, marks: string[], p: string, pct: string) =>
        [
          padEnd(fit(name, nameW), nameW),
          showVariant ? padStart(variant, varW) : undefined,
          showMarks ? marks.map((m) => padStart(m, markW)).join('') : undefined,
          padStart(p, ptsW),
          padStart(pct, pctW),
        ]
          .filter((c) => c !== undefined)
          .join('  ')
          .trimEnd();
      const lines = [
        ...wrap(safe(summary), width),
        '',
        row('student', 'var', numbers.map(String), 'points', '%'),
        ...bySheetOrder(cls).map((r) => {
          if (!('reason' in r))
            return row(
              safe(r.student),
              String(r.variant),
              numbers.map((n) => {
                const a = answerAt(r, n);
                return a ? mark(a) : '';
              }),
              `${pts(r.points)}/${pts(r.max)}`,
              percent(r.points, r.max),
            );
          // A skipped row keeps its place, with why it was not graded where its marks would be.
          const name = padEnd(fit(safe(r.student), nameW), nameW);
          return `${name}  ${fit(`not graded: ${safe(r.reason)}`, Math.max(10, width - nameW - 2))}`;
        }),
        '',
      ];
      if (showMarks) lines.push(...legendLines(width));
      else
        lines.push(
          ...wrap(`(one column per question does not fit in ${width} columns; --format csv has them all)`, width),
        );
      return `${lines.join('\n')}\n`;
    }
  }
}

// ------------------------------------------------------------------------------------------ statistics

export interface StatsMeta {
  /** What was analysed: "5 students (answers.csv, seed class1)" or "12 attempts from 2 record files". */
  source: string;
  /** "students" or "attempts". */
  unit: string;
}

const DISCRIMINATION_NOTE =
  "discrimination: point-biserial r between the item score and the rest score (the share of the other questions' points); below 0.2 is weak, below 0 suspicious";

function fixed2(n: number | null): string {
  if (n === null) return '-';
  // No "-0.00": rounding noise around zero shows as zero.
  return Math.abs(n) < 0.005 ? '0.00' : n.toFixed(2);
}

/** r with two decimals; `?` after it when too few respondents gave it to act on. */
function discrText(it: ItemStats): string {
  return it.discrimination !== null && !it.discriminationReliable
    ? `${fixed2(it.discrimination)}?`
    : fixed2(it.discrimination);
}

/**
 * Prompts cut to `w` so that no two read the same: a prompt whose cut equals another's is cut in the middle
 * instead (its start … its end), and failing that shows its question id.
 */
function distinctCuts(prompts: readonly string[], ids: readonly string[], w: number): string[] {
  const cut = prompts.map((p) => fit(p, w));
  const clashes = (i: number, list: string[]) =>
    list.some((c, j) => j !== i && c === list[i] && prompts[j] !== prompts[i]);
  const middle = (p: string) => {
    const chars = [...p];
    if (chars.length <= w) return p;
    const head = Math.ceil((w - 1) / 2);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (w - 1 - head)).join('')}`;
  };
  const firstPass = cut.map((c, i) =>
    clashes(i, cut) || cut.some((d, j) => j !== i && d === c) ? middle(prompts[i]!) : c,
  );
  // Prompts alike at both ends (one fact asked two ways: "... ruled out a ..." / "... also wanted a ..."),
  // and so under one id: shown from the word where they part.
  const fromDifference = (i: number) => {
    const chars = [...prompts[i]!];
    let common = 0;
    prompts.forEach((other, j) => {
      if (j === i || firstPass[j] !== firstPass[i]) return;
      const o = [...other];
      let k = 0;
      while (k < chars.length && k < o.length && chars[k] === o[k]) k++;
      common = Math.max(common, k);
    });
    const start = chars.slice(0, common).join('').lastIndexOf(' ') + 1;
    return start > 0 ? fit(`…${chars.slice(start).join('')}`, w) : firstPass[i]!;
  };
  const secondPass = firstPass.map((c, i) => (firstPass.some((d, j) => j !== i && d === c) ? fromDifference(i) : c));
  return secondPass.map((c, i) => (secondPass.some((d, j) => j !== i && d === c) ? fit(ids[i]!, w) : c));
}

function optionsCell(item: ItemStats): string {
  return item.options.map((o) => `${o.correct ? '*' : ''}${o.text}: ${o.chosen}/${o.offered}`).join('; ');
}

/** Ten 10% bins as a bar chart: "60-69% ████ 2". */
export function histogram(bins: readonly ScoreBin[], width: number): string[] {
  const labels = bins.map(
    (b, i) => `${Math.round(b.from * 100)}-${i === bins.length - 1 ? 100 : Math.round(b.to * 100) - 1}%`,
  );
  const labelW = Math.max(...labels.map((l) => l.length));
  const most = Math.max(0, ...bins.map((b) => b.count));
  const countW = String(most).length;
  const barW = Math.max(1, Math.min(40, width - labelW - countW - 4));
  return bins.map((b, i) =>
    `${padStart(labels[i]!, labelW)} ${padStart(b.count ? String(b.count) : '', countW)} ${bar(b.count, most, barW)}`.trimEnd(),
  );
}

export function renderStats(a: Analysis, meta: StatsMeta, format: StatsFormat, width = 80): string {
  switch (format) {
    case 'json':
      return `${jsonSafe(
        JSON.stringify(
          {
            source: meta.source,
            discrimination:
              "point-biserial correlation between item score (points/max) and rest score (share of the other questions' points)",
            respondents: a.respondents,
            meanShare: a.meanShare,
            items: a.items.map((it) => ({ ...it, flags: it.flags })),
            byFactKind: a.byFactKind,
            byType: a.byType,
            distribution: a.distribution,
            totals: a.totals,
          },
          null,
          2,
        ),
      )}\n`;
    case 'csv':
      return toCsv([
        [
          'questionId',
          'sheet',
          'type',
          'factKind',
          'n',
          'right',
          'partial',
          'wrong',
          'unanswered',
          'facility',
          'discrimination',
          'reliable',
          'flags',
          'options (*answer: chosen/offered)',
          'prompt',
          // Last, so the columns before keep their places: answers left out of n and facility.
          'notReached',
          'unread',
        ],
        ...a.items.map((it): CsvValue[] => [
          it.questionId,
          it.labels.join(' '),
          it.type,
          it.factKind,
          it.n,
          it.right,
          it.partial,
          it.wrong,
          it.unanswered,
          it.facility ?? '',
          it.discrimination ?? '',
          it.discrimination === null ? '' : it.discriminationReliable ? 'yes' : 'no',
          it.flags.join(' '),
          optionsCell(it),
          it.prompt ?? '',
          it.notReached,
          it.unread,
        ]),
      ]);
    case 'table': {
      const lines: string[] = [];
      const push = (l = '') => lines.push(fit(l, width));
      for (const l of wrap(
        `Item analysis of ${safe(meta.source)}: mean score ${Math.round(a.meanShare * 100)}%`,
        width,
      ))
        push(l);
      for (const l of wrap(`facility: share of the points earned (0-1); ${DISCRIMINATION_NOTE}`, width)) push(l);
      push();
      // Items of a class sheet are numbered as on the sheet ("q3", "v2 q3"); attempts from records as listed.
      const numbers = a.items.map((it, i) => (it.labels.length > 0 ? fit(it.labels.join(','), 12) : String(i + 1)));
      const numW = Math.max(1, ...numbers.map(len));
      const unreliable = a.items.some((it) => it.discrimination !== null && !it.discriminationReliable);
      const nW = Math.max(1, String(Math.max(0, ...a.items.map((i) => i.n))).length);
      // Answers left out of n and facility (never shown; cells that could not be read): a column of their
      // own when there are any, so a left-out answer is never a silent zero nor silently gone.
      const outOf = (it: ItemStats) => it.notReached + it.unread;
      const anyOut = a.items.some((it) => outOf(it) > 0);
      const outW = anyOut ? Math.max(3, String(Math.max(...a.items.map(outOf))).length) : 0;
      const flagsOf = (it: ItemStats) =>
        it.flags
          .map(
            (f) =>
              ({
                'negative-discrimination': 'neg-discr',
                'distractor-beats-answer': 'distractor',
                'nobody-right': 'none-right',
                'everybody-right': 'all-right',
              })[f],
          )
          .join(',');
      const flagW = Math.max(5, ...a.items.map((it) => flagsOf(it).length));
      // Columns give way in this order as the terminal narrows: flags (listed below anyway), then type.
      const base = numW + 2 + 2 + nW + (anyOut ? outW + 2 : 0) + 2 + 8 + 2 + 6;
      let flagCol = Math.min(flagW, 24);
      let showType = true;
      let qW = width - base - 7 - (flagCol + 2);
      if (qW < 10) {
        flagCol = 0;
        qW = width - base - 7;
      }
      if (qW < 10) {
        showType = false;
        qW = Math.max(6, width - base);
      }
      const row = (n: string, q: string, t: string, cnt: string, out: string, fac: string, dis: string, fl: string) =>
        `${padStart(n, numW)}  ${padEnd(fit(q, qW), qW)}  ${showType ? `${padEnd(t, 5)}  ` : ''}${padStart(cnt, nW)}  ${anyOut ? `${padStart(out, outW)}  ` : ''}${padStart(fac, 8)}  ${padStart(dis, 6)}${flagCol ? `  ${fit(fl, flagCol)}` : ''}`.trimEnd();
      push(row('#', 'question', 'type', 'n', 'out', 'facility', 'discr', flagCol ? 'flags' : ''));
      const prompts = distinctCuts(
        a.items.map((it) => safe(it.prompt ?? it.questionId)),
        a.items.map((it) => safe(it.questionId)),
        qW,
      );
      a.items.forEach((it, i) =>
        push(
          row(
            numbers[i]!,
            prompts[i]!,
            SHORT_TYPE[it.type],
            String(it.n),
            String(outOf(it)),
            fixed2(it.facility),
            discrText(it),
            flagsOf(it),
          ),
        ),
      );
      if (anyOut) {
        const why = [
          ...(a.items.some((it) => it.notReached > 0) ? ['not reached (the attempt was stopped first)'] : []),
          ...(a.items.some((it) => it.unread > 0)
            ? ['could not be read, or no cell in the row (see the messages on stderr)']
            : []),
        ];
        for (const l of wrap(`out: answers left out of n and facility: ${why.join('; ')}`, width)) push(l);
      }
      if (unreliable) {
        for (const l of wrap(
          `? fewer than ${MIN_RELIABLE_RESPONDENTS} respondents: too few for the discrimination to mean much; not flagged`,
          width,
        ))
          push(l);
      }
      const flagged = a.items.map((it, i) => ({ it, i })).filter(({ it }) => it.flags.length > 0);
      if (flagged.length > 0) {
        push();
        push('Look again at:');
        for (const { it, i } of flagged) {
          push(`${padStart(numbers[i]!, numW)}  ${safe(it.questionId)}: ${safe(it.prompt ?? '')}`);
          for (const f of it.flags) {
            const text = `- ${FLAG_TEXT[f]}${f === 'negative-discrimination' ? ` (r = ${fixed2(it.discrimination)})` : ''}`;
            for (const l of wrap(text, width, ' '.repeat(numW + 2), ' '.repeat(numW + 4))) push(l);
          }
        }
      }
      const withOptions = a.items.map((it, i) => ({ it, i })).filter(({ it }) => it.options.length > 0);
      if (withOptions.length > 0) {
        push();
        push('Options chosen (✓ the answer):');
        for (const { it, i } of withOptions) {
          push(`${padStart(numbers[i]!, numW)}  ${safe(it.prompt ?? it.questionId)}`);
          const textW = Math.min(30, Math.max(...it.options.map((o) => len(safe(o.text)))));
          const countW = Math.max(...it.options.map((o) => `${o.chosen}/${o.offered}`.length));
          const barW = Math.max(0, Math.min(20, width - numW - 2 - 2 - textW - 2 - countW - 2));
          for (const o of it.options) {
            // The bar is the share of those offered the option who chose it: the same scale for every item.
            push(
              `${' '.repeat(numW + 2)}${o.correct ? '✓' : ' '} ${padEnd(fit(safe(o.text), textW), textW)}  ${padStart(`${o.chosen}/${o.offered}`, countW)}  ${bar(o.chosen, o.offered, barW)}`.trimEnd(),
            );
          }
        }
      }
      push();
      push('Mean score by fact kind:');
      for (const g of a.byFactKind)
        push(`  ${padEnd(g.key, 16)} ${padStart(`${Math.round(g.mean * 100)}%`, 4)}  (${plural(g.n, 'answer')})`);
      push('Mean score by question type:');
      for (const g of a.byType)
        push(`  ${padEnd(g.key, 16)} ${padStart(`${Math.round(g.mean * 100)}%`, 4)}  (${plural(g.n, 'answer')})`);
      push();
      push(`Score distribution (${a.respondents} ${meta.unit}):`);
      for (const l of histogram(a.distribution, width - 2)) push(`  ${l}`);
      push();
      push(`Totals per ${meta.unit === 'students' ? 'student' : 'attempt'}:`);
      const labelW = Math.min(
        Math.max(7, ...a.totals.map((t) => len(safe(t.label)))),
        Math.max(8, Math.floor(width / 3)),
      );
      const ptW = Math.max(...a.totals.map((t) => `${pts(t.points)}/${pts(t.max)}`.length), 1);
      const totBarW = Math.max(0, Math.min(30, width - 2 - labelW - 2 - ptW - 2 - 4 - 2));
      for (const t of a.totals) {
        push(
          `  ${padEnd(fit(safe(t.label), labelW), labelW)}  ${padStart(`${pts(t.points)}/${pts(t.max)}`, ptW)}  ${padStart(`${Math.round(t.share * 100)}%`, 4)}  ${bar(t.share, 1, totBarW)}`.trimEnd(),
        );
      }
      return `${lines.join('\n')}\n`;
    }
  }
}
