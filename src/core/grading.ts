// Grading: one student's responses against a quiz, or a class sheet against regenerated quizzes. Pure: all
// scoring is scoring.ts (the interactive quiz uses the same), and file positions come in as data.
//
// A response that cannot be read for its question ("e" on a four-option question, "1c 2" as pairs) is scored
// as not answered and reported: it earns nothing, and the message says so, so it is never silently zero.
import { ReadquizError } from './errors.js';
import {
  describeResponse,
  parseResponse,
  scoreAnswer,
  type Response,
  type ScoreOptions,
  type ScoreStatus,
} from './scoring.js';
import type { FactKind, Question, QuestionType, Quiz } from './types.js';
import { round2 } from './round2.js';

export interface GradedAnswer {
  /** 1-based question number, as on the worksheet. */
  number: number;
  questionId: string;
  type: QuestionType;
  factKind: FactKind;
  /** The response as given (text as written, or a contract-shaped value). */
  response: Response;
  /** The response as read for the question (contract shape); null when not answered or unreadable. */
  value: Response;
  /** The response in words ("b) Olaf Scholz", "1c 2a"), or the raw text when it could not be read. */
  given: string;
  status: ScoreStatus;
  points: number;
  max: number;
  leniency: string[];
  /** Why the response could not be read; it was scored as not answered. */
  problem?: string;
  /** points / max before rounding, for statistics. */
  share?: number;
}

export interface GradedQuiz {
  answers: GradedAnswer[];
  points: number;
  max: number;
}

function rawText(response: Response): string {
  if (response === null || response === undefined) return '';
  return Array.isArray(response) ? JSON.stringify(response) : String(response);
}

/** Scores one response with scoring.ts; an unreadable one becomes "not answered" with its problem kept. */
export function gradeAnswer(
  question: Question,
  number: number,
  response: Response,
  options: ScoreOptions = {},
  problem?: string,
): GradedAnswer {
  const base = {
    number,
    questionId: question.id,
    type: question.type,
    factKind: question.factKind,
    response,
    max: question.points,
  };
  const parsed = problem === undefined ? parseResponse(question, response, options) : { value: undefined, problem };
  if (parsed.problem !== undefined) {
    return {
      ...base,
      value: null,
      given: rawText(response),
      status: 'unanswered',
      points: 0,
      leniency: [],
      problem: parsed.problem,
    };
  }
  const r = scoreAnswer(question, response, options);
  return {
    ...base,
    value: parsed.value ?? null,
    given: parsed.value === null || parsed.value === undefined ? '' : describeResponse(question, parsed.value),
    status: r.status,
    points: r.points,
    leniency: r.leniency,
    ...(r.share !== undefined ? { share: r.share } : {}),
  };
}

export function totals(answers: readonly GradedAnswer[]): { points: number; max: number } {
  return {
    points: round2(answers.reduce((s, a) => s + a.points, 0)),
    max: round2(answers.reduce((s, a) => s + a.max, 0)),
  };
}

// ------------------------------------------------------------------------------------------ one student

export interface KeyedResponse {
  /** A question id, or a question number ("3"). */
  key: string;
  response: Response;
  /** Set when the value itself has the wrong shape (an object, a mixed list). */
  problem?: string;
}

export interface StudentGradeResult {
  graded: GradedQuiz;
  /** Indices into the entries whose key names no question of the quiz. */
  unknown: number[];
  /** Indices of entries that answer a question already answered by an earlier entry (the earlier one counts). */
  repeated: { entry: number; number: number }[];
}

/** Grades `{key: response}` entries against a quiz; keys are question ids or question numbers. */
export function gradeStudent(
  quiz: Quiz,
  entries: readonly KeyedResponse[],
  options: ScoreOptions = {},
): StudentGradeResult {
  const byId = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const chosen = new Array<number | undefined>(quiz.questions.length);
  const unknown: number[] = [];
  const repeated: StudentGradeResult['repeated'] = [];
  entries.forEach((e, k) => {
    let qi = byId.get(e.key);
    if (qi === undefined && /^\d+$/.test(e.key.trim())) {
      const n = Number(e.key.trim());
      if (n >= 1 && n <= quiz.questions.length) qi = n - 1;
    }
    if (qi === undefined) unknown.push(k);
    else if (chosen[qi] !== undefined) repeated.push({ entry: k, number: qi + 1 });
    else chosen[qi] = k;
  });
  const answers = quiz.questions.map((q, i) => {
    const k = chosen[i];
    const e = k === undefined ? undefined : entries[k];
    return gradeAnswer(q, i + 1, e?.response ?? null, options, e?.problem);
  });
  return { graded: { answers, ...totals(answers) }, unknown, repeated };
}

// ------------------------------------------------------------------------------------------ a class

/**
 * A sheet cell as a response. The worksheet prints ordering items as given and has the student write each
 * item's POSITION next to it (the key shows the same: "3, 1, 2"), so a sheet cell "3 1 2" lists positions
 * top to bottom; scoring reads "3 1 2" as items in order (as typed in the terminal), so positions are
 * turned into that order here. Every other type is read by scoring as written.
 */
export function paperResponse(question: Question, text: string): { response: Response; problem?: string } {
  if (question.type !== 'ordering' || text.trim() === '') return { response: text };
  const n = question.items.length;
  const parsed = parseResponse(question, text);
  if (parsed.problem !== undefined || !Array.isArray(parsed.value)) {
    const example = Array.from({ length: n }, (_, i) => ((i + 1) % n) + 1).join(' ');
    return {
      response: text,
      problem: `'${text.trim()}' is not a position (1-${n}) for each of the ${n} items, top to bottom as on the sheet, such as '${example}'`,
    };
  }
  // positions[k] = where item k goes; the order lists the items by position.
  const order = new Array<number>(n);
  parsed.value.forEach((position, item) => {
    order[position] = item;
  });
  return { response: order };
}

export interface SheetCell {
  text: string;
  line: number;
  col: number;
}

export interface SheetRow {
  line: number;
  cells: SheetCell[];
}

export interface ClassLayout {
  /** Column index of the student's name. */
  student: number;
  /** Column index of the variant, when the sheet has one. */
  variant?: number;
  /** Question number -> column index, in column order. */
  questions: { number: number; column: number }[];
  /** Number of columns in the header. */
  width: number;
}

/** A problem in the sheet, with what was done about it (in the message). */
export interface SheetWarning {
  line: number;
  col: number;
  message: string;
  /**
   * 'row': the row was skipped; 'cell': a value was scored as not answered; 'sheet': answers were lost for
   * everyone; 'note': nothing was lost (it does not make the exit code 2).
   */
  effect: 'row' | 'cell' | 'sheet' | 'note';
}

const STUDENT_NAMES = ['student', 'name', 'student name'];

/** The header row: `student,variant,1,2,3,...` (variant optional; `q1`, `Q1` also read as question 1). */
export function readClassHeader(
  header: SheetRow,
  questionCount: number,
  variants: number,
): { layout: ClassLayout; warnings: SheetWarning[] } {
  const warnings: SheetWarning[] = [];
  let student: number | undefined;
  let variant: number | undefined;
  const questions: ClassLayout['questions'] = [];
  const expected = `expected 'student', 'variant' or a question number 1-${questionCount}`;
  // Spreadsheets often export empty columns after the last one used: they are not columns of the sheet.
  let used = header.cells.length;
  while (used > 0 && header.cells[used - 1]!.text.trim() === '') used--;
  header.cells.slice(0, used).forEach((cell, column) => {
    const name = cell.text.trim().toLowerCase();
    const where = { line: cell.line, col: cell.col };
    if (STUDENT_NAMES.includes(name)) {
      if (student !== undefined) throw new ReadquizError(`a second '${cell.text.trim()}' column; ${expected}`, where);
      student = column;
    } else if (name === 'variant' || name === 'var' || name === 'v') {
      if (variant !== undefined) throw new ReadquizError(`a second '${cell.text.trim()}' column; ${expected}`, where);
      variant = column;
    } else if (/^(?:q|question\s*)?\d+$/.test(name)) {
      const n = Number(name.replace(/\D/g, ''));
      if (n < 1 || n > questionCount) {
        throw new ReadquizError(
          `column '${cell.text.trim()}' but the quiz has ${questionCount} questions; pass the --count the worksheet used`,
          where,
        );
      }
      const dup = questions.find((q) => q.number === n);
      if (dup) throw new ReadquizError(`question ${n} has two columns; each question needs exactly one`, where);
      questions.push({ number: n, column });
    } else if (name === '') {
      throw new ReadquizError(`a column without a name; ${expected}`, where);
    } else {
      throw new ReadquizError(`unknown column '${cell.text.trim()}'; ${expected}`, where);
    }
  });
  const first = header.cells[0] ?? { line: header.line, col: 1 };
  if (student === undefined) {
    throw new ReadquizError(`no 'student' column; the first line must name the columns, like: student,variant,1,2,3`, {
      line: first.line,
      col: first.col,
    });
  }
  if (questions.length === 0) {
    throw new ReadquizError(
      `no question columns; the first line must name them by number, like: student,variant,1,2,3`,
      { line: first.line, col: first.col },
    );
  }
  if (variant === undefined && variants > 1) {
    throw new ReadquizError(
      `no 'variant' column, but --variants ${variants} was given; add a variant column saying which worksheet each student had`,
      { line: first.line, col: first.col },
    );
  }
  const missing: number[] = [];
  for (let n = 1; n <= questionCount; n++) if (!questions.some((q) => q.number === n)) missing.push(n);
  if (missing.length > 0) {
    warnings.push({
      line: first.line,
      col: first.col,
      effect: 'sheet',
      message: `no column for question${missing.length === 1 ? '' : 's'} ${numberList(missing)}; scored as not answered for every student`,
    });
  }
  return { layout: { student, variant, questions, width: used }, warnings };
}

/** "3", "3 and 5", "7-10", "2, 4 and 7-9". */
export function numberList(ns: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${ns[i]}-${ns[j]}` : j === i ? `${ns[i]}` : `${ns[i]}, ${ns[j]}`);
    i = j + 1;
  }
  const parts = runs.join(', ').split(', ');
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface StudentGrade extends GradedQuiz {
  student: string;
  /** Line of the student's row. */
  line: number;
  variant: number;
  seed: string;
}

/** A row that could not be graded at all: its student is still listed, with why. */
export interface SkippedRow {
  /** The name in the row, or `line N` when it has none. */
  student: string;
  line: number;
  reason: string;
}

export interface ClassGrades {
  /** One quiz per variant, variant 1 first. */
  quizzes: Quiz[];
  students: StudentGrade[];
  /** Rows skipped, in sheet order, each with its reason. */
  skipped: SkippedRow[];
  warnings: SheetWarning[];
  skippedRows: number;
  unreadable: number;
}

function readVariant(text: string): number | undefined {
  const m = /^(?:v(?:ariant)?\s*#?\s*)?(\d{1,6})$/i.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Grades each row of a class sheet against its variant's quiz (`quizzes[v - 1]`, made with
 * variantSeed(S, v)). Blank rows are passed over; bad rows are skipped or their bad cells scored as not
 * answered, each with a warning that says which.
 */
export function gradeClass(
  rows: readonly SheetRow[],
  layout: ClassLayout,
  quizzes: readonly Quiz[],
  options: ScoreOptions = {},
  headerWarnings: readonly SheetWarning[] = [],
): ClassGrades {
  const warnings: SheetWarning[] = [...headerWarnings];
  const students: StudentGrade[] = [];
  const skipped: SkippedRow[] = [];
  let skippedRows = 0;
  let unreadable = 0;
  const K = quizzes.length;
  const range =
    K === 1 ? 'only variant 1 (pass --variants K if the worksheets had more)' : `variants 1-${K} (--variants ${K})`;
  const seenNames = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((c) => c.text.trim() === '')) continue;
    // The student of a skipped row is named in the message and listed with the results, not lost.
    const rowName =
      (layout.student < row.cells.length ? row.cells[layout.student]!.text.trim() : '') || `line ${row.line}`;
    const skip = (cell: { line: number; col: number }, message: string) => {
      warnings.push({ line: cell.line, col: cell.col, message: `${rowName}: ${message}; row skipped`, effect: 'row' });
      skipped.push({ student: rowName, line: row.line, reason: message });
      skippedRows++;
    };
    // Empty cells past the last column (a spreadsheet's trailing separators) are not extra answers.
    const filled = row.cells.length - [...row.cells].reverse().findIndex((c) => c.text.trim() !== '');
    if (filled > layout.width) {
      const extra = row.cells[layout.width]!;
      skip(
        extra,
        `the row has ${row.cells.length} cells but the header has ${layout.width} columns (an answer with a comma needs quotes, like "a, c", or write it ac)`,
      );
      continue;
    }
    const rowEnd = () => {
      const last = row.cells[row.cells.length - 1]!;
      return { line: last.line, col: last.col + last.text.length };
    };
    const cellAt = (column: number) => row.cells[column];
    let variant = 1;
    if (layout.variant !== undefined) {
      const cell = cellAt(layout.variant);
      const text = cell?.text.trim() ?? '';
      if (text === '') {
        if (K > 1) {
          skip(cell ?? rowEnd(), `no variant; the worksheets were ${range}`);
          continue;
        }
      } else {
        const v = readVariant(text);
        if (v === undefined || v < 1 || v > K) {
          skip(cell!, `unknown variant '${text}'; expected ${range}`);
          continue;
        }
        variant = v;
      }
    }
    const quiz = quizzes[variant - 1]!;
    let name = cellAt(layout.student)?.text.trim() ?? '';
    if (name === '') {
      name = `line ${row.line}`;
      const cell = cellAt(layout.student) ?? rowEnd();
      warnings.push({
        line: cell.line,
        col: cell.col,
        message: `no student name; graded as '${name}'`,
        effect: 'cell',
      });
      unreadable++;
    } else {
      const before = seenNames.get(name.toLowerCase());
      if (before !== undefined) {
        const cell = cellAt(layout.student)!;
        warnings.push({
          line: cell.line,
          col: cell.col,
          message: `'${name}' also has a row on line ${before}; both are graded`,
          effect: 'note',
        });
      } else seenNames.set(name.toLowerCase(), row.line);
    }
    const cellFor = new Map(layout.questions.map((q) => [q.number, q.column]));
    const missing: number[] = [];
    const answers = quiz.questions.map((q, i) => {
      const number = i + 1;
      const column = cellFor.get(number);
      if (column === undefined) return gradeAnswer(q, number, null, options);
      const cell = cellAt(column);
      if (cell === undefined) {
        // A short row: the answer is missing, not blank; it could not be read (`?`), which is not the same
        // as a student leaving it empty (`·`).
        missing.push(number);
        return gradeAnswer(q, number, null, options, 'no cell: the row is shorter than the header');
      }
      const paper = paperResponse(q, cell.text);
      // Keep the cell as written in the results; score what it means.
      const g = { ...gradeAnswer(q, number, paper.response, options, paper.problem), response: cell.text };
      if (paper.problem !== undefined) g.given = cell.text;
      if (g.problem !== undefined) {
        warnings.push({
          line: cell.line,
          col: cell.col,
          message: `question ${number}: ${g.problem}; scored as not answered`,
          effect: 'cell',
        });
        unreadable++;
      }
      return g;
    });
    if (missing.length > 0) {
      const end = rowEnd();
      warnings.push({
        ...end,
        effect: 'cell',
        message: `the row has ${row.cells.length} cells but the header has ${layout.width} columns; question${missing.length === 1 ? '' : 's'} ${numberList(missing)} scored as not answered`,
      });
      unreadable++;
    }
    // Answers in columns past the quiz's length cannot be graded (only when variants differ in length).
    for (const { number, column } of layout.questions) {
      const cell = cellAt(column);
      if (number > quiz.questions.length && cell && cell.text.trim() !== '') {
        warnings.push({
          line: cell.line,
          col: cell.col,
          message: `question ${number}: variant ${variant} has only ${quiz.questions.length} questions; ignored`,
          effect: 'cell',
        });
        unreadable++;
      }
    }
    students.push({ student: name, line: row.line, variant, seed: quiz.seed, answers, ...totals(answers) });
  }
  warnings.sort((a, b) => a.line - b.line || a.col - b.col);
  return { quizzes: quizzes.slice(), students, skipped, warnings, skippedRows, unreadable };
}
