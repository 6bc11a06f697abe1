// Grading as a teacher sees it: every question type, every way a response is written (contract values,
// typed text, paper forms), unreadable responses scored as not answered with a reason, and class sheets
// with every kind of bad row reported at its line and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeAnswer,
  gradeClass,
  gradeStudent,
  numberList,
  paperResponse,
  readClassHeader,
  type SheetRow,
} from '../../src/core/grading.js';
import { ReadquizError } from '../../src/core/errors.js';
import type { Response, ScoreStatus } from '../../src/core/scoring.js';
import type { QuestionType } from '../../src/core/types.js';
import { parseCsv } from '../../src/io/answers.js';
import { GRADING_QUESTIONS, GRADING_QUIZ, GRADING_QUIZ_V2 } from './fixtures/grading-quiz.js';

const q = (t: QuestionType) => {
  const i = GRADING_QUESTIONS.findIndex((x) => x.type === t);
  return { question: GRADING_QUESTIONS[i]!, number: i + 1 };
};

interface Case {
  type: QuestionType;
  response: Response;
  status: ScoreStatus;
  points: number;
  problem?: RegExp;
  strict?: boolean;
}

// Expected points worked out from the fixture's answers (see grading-quiz.ts) and scoring's documented
// partial credit, not from running the code.
const cases: Case[] = [
  // multiple-choice, answer b) Olaf Scholz
  { type: 'multiple-choice', response: 'b', status: 'right', points: 1 },
  { type: 'multiple-choice', response: 'B)', status: 'right', points: 1 },
  { type: 'multiple-choice', response: '2', status: 'right', points: 1 },
  { type: 'multiple-choice', response: 1, status: 'right', points: 1 },
  { type: 'multiple-choice', response: 'olaf scholz', status: 'right', points: 1 },
  { type: 'multiple-choice', response: 'a', status: 'wrong', points: 0 },
  { type: 'multiple-choice', response: 'e', status: 'unanswered', points: 0, problem: /'e' is not an option \(a-d\)/ },
  { type: 'multiple-choice', response: '', status: 'unanswered', points: 0 },
  { type: 'multiple-choice', response: null, status: 'unanswered', points: 0 },
  // true-false, answer false
  { type: 'true-false', response: 'f', status: 'right', points: 1 },
  { type: 'true-false', response: 'False', status: 'right', points: 1 },
  { type: 'true-false', response: false, status: 'right', points: 1 },
  { type: 'true-false', response: 'T', status: 'wrong', points: 0 },
  { type: 'true-false', response: 'maybe', status: 'unanswered', points: 0, problem: /not true or false/ },
  // multi-select, answer a, c; 2 points; (right - wrong) / 2 * 2
  { type: 'multi-select', response: 'a, c', status: 'right', points: 2 },
  { type: 'multi-select', response: 'ca', status: 'right', points: 2 },
  { type: 'multi-select', response: [0, 2], status: 'right', points: 2 },
  { type: 'multi-select', response: 'a', status: 'partial', points: 1 }, // (1 - 0) / 2 * 2
  { type: 'multi-select', response: 'a b c', status: 'partial', points: 1 }, // (2 - 1) / 2 * 2
  { type: 'multi-select', response: 'b', status: 'wrong', points: 0 }, // (0 - 1) / 2 -> 0
  { type: 'multi-select', response: 'a, e', status: 'unanswered', points: 0, problem: /'e' is not an option/ },
  // numeric, answer 8500
  { type: 'numeric', response: '8,500', status: 'right', points: 1 },
  { type: 'numeric', response: '8500', status: 'right', points: 1 },
  { type: 'numeric', response: 8500, status: 'right', points: 1 },
  { type: 'numeric', response: '8.5k', status: 'right', points: 1 },
  { type: 'numeric', response: '8,500 soldiers', status: 'right', points: 1 },
  { type: 'numeric', response: '8,000', status: 'wrong', points: 0 },
  { type: 'numeric', response: 'lots', status: 'unanswered', points: 0, problem: /not a number/ },
  // short-answer, Jens Stoltenberg / Stoltenberg
  { type: 'short-answer', response: 'Jens Stoltenberg', status: 'right', points: 1 },
  { type: 'short-answer', response: 'stoltenberg', status: 'right', points: 1 },
  { type: 'short-answer', response: 'Stoltenburg', status: 'right', points: 1 },
  { type: 'short-answer', response: 'stoltenberg', strict: true, status: 'wrong', points: 0 },
  { type: 'short-answer', response: 'Scholz', status: 'wrong', points: 0 },
  // cloze, five / 5
  { type: 'cloze', response: 'five', status: 'right', points: 1 },
  { type: 'cloze', response: '5', status: 'right', points: 1 },
  { type: 'cloze', response: 'four', status: 'wrong', points: 0 },
  // matching, 1b 2c 3a; 3 points, one per pair
  { type: 'matching', response: '1b 2c 3a', status: 'right', points: 3 },
  { type: 'matching', response: [1, 2, 0], status: 'right', points: 3 },
  { type: 'matching', response: 'b c a', status: 'right', points: 3 },
  { type: 'matching', response: '1b 2a 3c', status: 'partial', points: 1 },
  { type: 'matching', response: '1b', status: 'partial', points: 1 },
  { type: 'matching', response: '1b 2', status: 'unanswered', points: 0, problem: /cannot read '2'/ },
  { type: 'matching', response: '1b 1c', status: 'unanswered', points: 0, problem: /paired twice/ },
  // ordering, 2 3 1; 2 points; pairs (2 before 3), (3 before 1)
  { type: 'ordering', response: '2 3 1', status: 'right', points: 2 },
  { type: 'ordering', response: [1, 2, 0], status: 'right', points: 2 },
  // Credit only above what chance keeps (1 of 2 pairs) and what the order as printed keeps (1 2 3: 2-before-3).
  { type: 'ordering', response: '1 2 3', status: 'wrong', points: 0 }, // the order as printed
  { type: 'ordering', response: '3 2 1', status: 'wrong', points: 0 }, // keeps 3-before-1 only: no better than chance
  { type: 'ordering', response: '2 3', status: 'unanswered', points: 0, problem: /each of the 3 items once/ },
];

describe('gradeAnswer', () => {
  it.each(cases)('$type: $response -> $status ($points)', ({ type, response, status, points, problem, strict }) => {
    const { question, number } = q(type);
    const g = gradeAnswer(question, number, response, { strict });
    expect(g.status).toBe(status);
    expect(g.points).toBe(points);
    expect(g.max).toBe(question.points);
    expect(g.number).toBe(number);
    if (problem) expect(g.problem).toMatch(problem);
    else expect(g.problem).toBeUndefined();
  });

  it('says what was read, in words', () => {
    expect(gradeAnswer(q('multiple-choice').question, 1, 'B').given).toBe('b) Olaf Scholz');
    expect(gradeAnswer(q('matching').question, 7, 'b c a').given).toBe('1b 2c 3a');
    expect(gradeAnswer(q('multiple-choice').question, 1, 'e').given).toBe('e');
  });

  it('names the leniency used', () => {
    expect(gradeAnswer(q('short-answer').question, 5, 'Stoltenburg').leniency.join(' ')).toMatch(/typo forgiven/);
  });

  it('a blank whose answer is a figure: another number is wrong, an ambiguous one is not read', () => {
    const { question } = q('numeric');
    const blank = {
      ...question,
      type: 'cloze' as const,
      id: 'soldiers:cloze',
      prompt: 'Fill in the blank: up to _____ soldiers.',
      answer: '8,500',
      accept: ['8,500', '8500', '8 500'],
    };
    expect(gradeAnswer(blank, 2, '85.00')).toMatchObject({ status: 'wrong', points: 0, leniency: [] });
    expect(gradeAnswer(blank, 2, '8500')).toMatchObject({ status: 'right', leniency: [] });
    expect(gradeAnswer(question, 4, '8.500')).toMatchObject({ status: 'right', given: '8,500' });
    // Under strict the dot is a decimal point, and the answer as read says so.
    expect(gradeAnswer(question, 4, '8.500', { strict: true })).toMatchObject({ status: 'wrong', given: '8.5' });
    expect(gradeAnswer(blank, 2, '40.000')).toMatchObject({
      status: 'unanswered',
      given: '40.000',
      problem: expect.stringContaining('could be 40 or 40,000'),
    });
  });
});

describe('gradeStudent', () => {
  it('grades by question id or number, and lists keys that name no question', () => {
    const r = gradeStudent(GRADING_QUIZ, [
      { key: 'scholz-role:multiple-choice', response: 'b' },
      { key: '4', response: '8,500' },
      { key: 'nope:numeric', response: '3' },
      { key: '1', response: 'a' },
      { key: '99', response: 'x' },
    ]);
    expect(r.unknown).toEqual([2, 4]);
    expect(r.repeated).toEqual([{ entry: 3, number: 1 }]);
    expect(r.graded.answers[0]!.status).toBe('right'); // the first answer to question 1 counts
    expect(r.graded.answers[3]!.status).toBe('right');
    expect(r.graded.answers.filter((a) => a.status === 'unanswered')).toHaveLength(6);
    expect(r.graded).toMatchObject({ points: 2, max: 12 }); // 1+1+2+1+1+1+3+2 = 12
  });

  it('scores a value of the wrong shape as not answered, with the reason', () => {
    const r = gradeStudent(GRADING_QUIZ, [
      { key: '2', response: null, problem: 'expected text, a number, true/false, a list of numbers or null' },
    ]);
    expect(r.graded.answers[1]).toMatchObject({
      status: 'unanswered',
      points: 0,
      problem: expect.stringMatching(/expected text/),
    });
  });

  it('totals a full paper', () => {
    const r = gradeStudent(GRADING_QUIZ, [
      { key: '1', response: 'b' }, // 1
      { key: '2', response: 't' }, // 0
      { key: '3', response: 'a' }, // 1 of 2
      { key: '4', response: '8 500' }, // 1
      { key: '5', response: 'Stoltenberg' }, // 1
      { key: '6', response: '' }, // not answered
      { key: '7', response: '1b 2a 3c' }, // 1 of 3
      { key: '8', response: '1 2 3' }, // the order as printed: 0
    ]);
    expect(r.graded.answers.map((a) => a.status)).toEqual([
      'right',
      'wrong',
      'partial',
      'right',
      'right',
      'unanswered',
      'partial',
      'wrong',
    ]);
    expect(r.graded.points).toBe(5); // 1+0+1+1+1+0+1+0
    expect(r.graded.max).toBe(12);
  });
});

describe('paperResponse', () => {
  const order = q('ordering').question; // items in order: 2, 3, 1

  it('reads ordering cells as the positions written next to the items, top to bottom', () => {
    expect(paperResponse(order, '3 1 2')).toEqual({ response: [1, 2, 0] });
    expect(paperResponse(order, '3,1,2')).toEqual({ response: [1, 2, 0] });
    // 2 3 1: item 1 second, item 2 third, item 3 first -> order 3, 1, 2 = [2, 0, 1]
    expect(paperResponse(order, '2 3 1')).toEqual({ response: [2, 0, 1] });
    expect(gradeAnswer(order, 8, paperResponse(order, '3 1 2').response)).toMatchObject({ status: 'right', points: 2 });
    // [2, 0, 1] keeps 3-before-1 only of (2 before 3, 3 before 1): no more than chance, so no credit
    expect(gradeAnswer(order, 8, paperResponse(order, '2 3 1').response)).toMatchObject({ status: 'wrong', points: 0 });
  });

  it('says what a bad ordering cell should look like', () => {
    expect(paperResponse(order, '3 1').problem).toBe(
      "'3 1' is not a position (1-3) for each of the 3 items, top to bottom as on the sheet, such as '2 3 1'",
    );
    expect(paperResponse(order, '1 1 2').problem).toMatch(/is not a position/);
  });

  it('leaves every other type to scoring as written', () => {
    expect(paperResponse(q('matching').question, '1b 2c')).toEqual({ response: '1b 2c' });
    expect(paperResponse(order, ' ')).toEqual({ response: ' ' });
  });
});

describe('numberList', () => {
  it('joins numbers and runs', () => {
    expect(numberList([3])).toBe('3');
    expect(numberList([3, 5])).toBe('3 and 5');
    expect(numberList([7, 8, 9, 10])).toBe('7-10');
    expect(numberList([2, 4, 7, 8, 9])).toBe('2, 4 and 7-9');
  });
});

const sheet = (csv: string): SheetRow[] => parseCsv(csv, 'answers.csv').rows;

describe('readClassHeader', () => {
  const header = (line: string, count = 8, variants = 1) => readClassHeader(sheet(line)[0]!, count, variants);

  it('reads student, variant and numbered question columns in any order', () => {
    const { layout, warnings } = header('Student,Variant,1,2,3,4,5,6,7,8');
    expect(layout).toEqual({
      student: 0,
      variant: 1,
      questions: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ number: n, column: n + 1 })),
      width: 10,
    });
    expect(warnings).toEqual([]);
    expect(header('q2,q1,name,Q3,4,5,6,7,8').layout.questions.slice(0, 2)).toEqual([
      { number: 2, column: 0 },
      { number: 1, column: 1 },
    ]);
  });

  it('warns when questions have no column: they are not answered by anyone', () => {
    const { warnings } = header('student,1,2,3,4,5');
    expect(warnings).toEqual([
      {
        line: 1,
        col: 1,
        effect: 'sheet',
        message: 'no column for questions 6-8; scored as not answered for every student',
      },
    ]);
  });

  const bad: [string, string, RegExp, number][] = [
    ['no student column', '1,2,3', /no 'student' column/, 1],
    ['unknown column', 'student,email,1', /unknown column 'email'/, 9],
    ['a question past the count', 'student,1,9', /column '9' but the quiz has 8 questions; pass the --count/, 11],
    ['a question twice', 'student,1,2,1', /question 1 has two columns/, 13],
    ['an unnamed column', 'student,,1', /a column without a name/, 9],
    ['no question columns', 'student,variant', /no question columns/, 1],
  ];
  it.each(bad)('%s is an error at its column', (_name, line, message, col) => {
    try {
      header(line);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ReadquizError);
      expect((err as ReadquizError).message).toMatch(message);
      expect((err as ReadquizError).line).toBe(1);
      expect((err as ReadquizError).col).toBe(col);
    }
  });

  it('needs a variant column when there are several variants', () => {
    expect(() => header('student,1,2', 8, 2)).toThrow(/no 'variant' column, but --variants 2/);
  });
});

describe('gradeClass', () => {
  const grade = (csv: string, quizzes = [GRADING_QUIZ, GRADING_QUIZ_V2]) => {
    const rows = sheet(csv);
    const { layout, warnings } = readClassHeader(rows[0]!, 8, quizzes.length);
    return gradeClass(rows.slice(1), layout, quizzes, {}, warnings);
  };

  // On paper, ordering is numbered in place: the student writes each item's position next to it. The
  // fixture's order is items 2, 3, 1, so the boxes read 3 (item 1 goes third), 1, 2: the cell is "3 1 2".
  it('grades each row against its own variant', () => {
    // Both wrote "c" for question 1: right only on variant 2, where Olaf Scholz is c.
    const r = grade(
      'student,variant,1,2,3,4,5,6,7,8\nAna,1,c,f,"a, c",8500,Stoltenberg,5,1b 2c 3a,3 1 2\nBen,2,c,f,ac,"8,500",jens stoltenberg,five,b c a,3 1 2\n',
    );
    expect(r.warnings).toEqual([]);
    expect(r.students.map((s) => [s.student, s.variant, s.seed, s.points, s.max])).toEqual([
      ['Ana', 1, 'grading-fixture', 11, 12],
      ['Ben', 2, 'grading-fixture#2', 12, 12],
    ]);
    expect(r.students[0]!.answers[0]!.status).toBe('wrong');
    expect(r.students[1]!.answers[0]!.status).toBe('right');
  });

  it('reports every kind of bad row at its line and column, saying what was done', () => {
    const csv = [
      'student,variant,1,2,3,4,5,6,7,8', // line 1
      'Ana,1,b,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 2: fine
      'Ben,3,b,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 3: unknown variant
      'Cy,1,e,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 4: e is not an option (col 6)
      'Di,1,b,f,ac,8500,Stoltenberg,5,1b 2,3 1 2', // 5: malformed pair (col 32)
      'Ed,1,b,f,ac,8500', // 6: missing columns: questions 5-8
      'Flo,1,b,f,a,c,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 7: too many columns (unquoted comma); the 11th cell is at col 43
      ',,,,,,,,,', // 8: blank row: passed over silently
      'Gus,,b,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 9: no variant, two variants exist
      ',1,b,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 10: no name
      'Hal,v2,c,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2', // 11: "v2" is variant 2: fine
    ].join('\r\n');
    const r = grade(csv);
    expect(r.warnings.map((w) => `${w.line}:${w.col}: ${w.message}`)).toEqual([
      "3:5: Ben: unknown variant '3'; expected variants 1-2 (--variants 2); row skipped",
      "4:6: question 1: 'e' is not an option (a-d); scored as not answered",
      "5:32: question 7: cannot read '2'; write pairs such as '1c 2a' (1-3 with a-c); scored as not answered",
      '6:17: the row has 6 cells but the header has 10 columns; questions 5-8 scored as not answered',
      '7:43: Flo: the row has 11 cells but the header has 10 columns (an answer with a comma needs quotes, like "a, c", or write it ac); row skipped',
      '9:5: Gus: no variant; the worksheets were variants 1-2 (--variants 2); row skipped',
      "10:1: no student name; graded as 'line 10'",
    ]);
    expect(r.skippedRows).toBe(3);
    expect(r.unreadable).toBe(4);
    expect(r.students.map((s) => s.student)).toEqual(['Ana', 'Cy', 'Di', 'Ed', 'line 10', 'Hal']);
    // Cy: question 1 not answered (not wrong), the rest right: 12 - 1.
    expect(r.students[1]!.answers[0]).toMatchObject({ status: 'unanswered', problem: expect.any(String) });
    expect(r.students[1]!.points).toBe(11);
    // Ed: questions 5-8 not answered: 1 + 1 + 2 + 1.
    expect(r.students[3]!.points).toBe(5);
    expect(r.students[3]!.answers.slice(4).every((a) => a.status === 'unanswered')).toBe(true);
  });

  it('places problems inside multi-line quoted cells on the right line', () => {
    const r = grade(
      'student,variant,1,2,3,4,5,6,7,8\n"Ana\nLopez",1,b,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2\nBen,1,x,f,ac,8500,Stoltenberg,5,1b 2c 3a,3 1 2\n',
    );
    expect(r.warnings.map((w) => [w.line, w.col])).toEqual([[4, 7]]);
    expect(r.students[1]!.line).toBe(4);
  });

  it('notes a name given twice without losing either row', () => {
    const r = grade('student,variant,1,2,3,4,5,6,7,8\nAna,1,b\nana,2,c\n');
    const note = r.warnings.find((w) => w.effect === 'note');
    expect(note?.message).toBe("'ana' also has a row on line 2; both are graded");
    expect(r.students).toHaveLength(2);
  });

  it('with one variant, an empty variant cell is variant 1 and a sheet needs no variant column', () => {
    const rows = sheet('student,1,2\nAna,b,f\n');
    const { layout } = readClassHeader(rows[0]!, 8, 1);
    const r = gradeClass(rows.slice(1), layout, [GRADING_QUIZ]);
    expect(r.students[0]).toMatchObject({ variant: 1, points: 2 });
    const r2 = grade('student,variant,1\nAna,,b\n', [GRADING_QUIZ]);
    expect(r2.students[0]).toMatchObject({ variant: 1, points: 1 });
    const r3 = grade('student,variant,1\nAna,2,b\n', [GRADING_QUIZ]);
    expect(r3.warnings.find((w) => w.effect === 'row')?.message).toBe(
      "Ana: unknown variant '2'; expected only variant 1 (pass --variants K if the worksheets had more); row skipped",
    );
  });
});

describe('never silently zero (property)', () => {
  const cellText = fc.constantFrom(
    '',
    ' ',
    'b',
    'e',
    'z',
    't',
    'maybe',
    'a, c',
    'ac',
    '8,500',
    'lots',
    'Stoltenberg',
    '1b 2c 3a',
    '1b 2',
    '3 1 2',
    '3 1',
    '"',
    '=1+1',
  );
  const variant = fc.constantFrom('1', '2', '3', '', 'v2', 'x');
  const row = fc.tuple(fc.constantFrom('Ana', 'Ben', ''), variant, fc.array(cellText, { minLength: 0, maxLength: 10 }));
  const q = (t: string) => (/[,"\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

  it('every non-blank row is graded or reported as skipped; every unreadable cell is reported', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = [
          'student,variant,1,2,3,4,5,6,7,8',
          ...rows.map(([name, v, cells]) => [name, v, ...cells].map(q).join(',')),
        ].join('\n');
        const parsed = parseCsv(csv, 'p.csv').rows;
        const { layout, warnings: hw } = readClassHeader(parsed[0]!, 8, 2);
        const r = gradeClass(parsed.slice(1), layout, [GRADING_QUIZ, GRADING_QUIZ_V2], {}, hw);
        for (const dataRow of parsed.slice(1)) {
          if (dataRow.cells.every((c) => c.text.trim() === '')) continue;
          const graded = r.students.some((s) => s.line === dataRow.line);
          const skipped = r.warnings.some((w) => w.line === dataRow.line && w.effect === 'row');
          expect(graded !== skipped).toBe(true);
        }
        for (const s of r.students) {
          const dataRow = parsed.find((p) => p.line === s.line)!;
          s.answers.forEach((a, i) => {
            const cell = dataRow.cells[i + 2];
            if (a.problem !== undefined && cell !== undefined) {
              expect(a.points).toBe(0);
              expect(r.warnings.some((w) => w.line === cell!.line && w.col === cell!.col && w.effect === 'cell')).toBe(
                true,
              );
            }
            if (cell === undefined) {
              // A missing cell (short row) is marked as unreadable, not as left blank.
              expect(a.problem).toBeDefined();
              expect(r.warnings.some((w) => w.line === dataRow.line && /scored as not answered/.test(w.message))).toBe(
                true,
              );
            }
          });
        }
        expect(r.skippedRows).toBe(r.warnings.filter((w) => w.effect === 'row').length);
        // Every skipped row keeps its student, with the reason.
        expect(r.skipped.map((k) => k.line)).toEqual(r.warnings.filter((w) => w.effect === 'row').map((w) => w.line));
      }),
      { numRuns: 300 },
    );
  });
});
