// Reading what comes back from students: one student's answers (JSON), a class sheet (CSV), a quiz file
// (JSON) and `--record` attempt files (JSON lines). Every problem is placed at file:line:col, because the
// person fixing it has the file open in an editor or a spreadsheet.
import { ATTEMPT_FORMAT, type AttemptRecord } from '../core/attempt-record.js';
import { formatPath, ReadquizError, type FieldPath } from '../core/errors.js';
import type { Response } from '../core/scoring.js';
import { attemptSchema, quizSchema } from '../core/schemas.js';
import { QUIZ_FORMAT, type Quiz } from '../core/types.js';
import { validateAgainst } from '../core/validate.js';
import { quoteForMessage } from '../core/terminal-safe.js';
import { decodeUtf8Text, LIMITS, readFileBytes, readTextFile } from './read-text.js';

/** A problem in a file that does not stop the command: reported, and the command says what it did instead. */
export interface FileWarning {
  file: string;
  line: number;
  col: number;
  message: string;
}

// ------------------------------------------------------------------------------------------ positions

/** 1-based line and column (UTF-16 code units, as editors count them for BMP text) of offsets in `text`. */
export function lineLocator(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}

// ------------------------------------------------------------------------------------------ CSV

export interface CsvCell {
  /** The cell's text, quotes removed and doubled quotes undone; not trimmed. */
  text: string;
  /** Where the cell starts (its opening quote, for a quoted cell). */
  line: number;
  col: number;
}

export interface CsvRow {
  /** Line the row starts on. */
  line: number;
  cells: CsvCell[];
}

export interface CsvSheet {
  rows: CsvRow[];
  /** The separator found in the first line: ',' normally, ';' from spreadsheets set to a European locale, or a tab. */
  separator: string;
}

/** The separator the first line uses most outside quotes: ',', ';' or tab (',' when none). */
function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const sep of [';', '\t']) if (counts[sep]! > counts[best]!) best = sep;
  return best;
}

/**
 * RFC 4180 CSV: quoted cells may hold separators, doubled quotes and line breaks; lines end in LF, CRLF or
 * CR; a BOM is dropped. A quote inside an unquoted cell is kept as text (as spreadsheets do). An unclosed
 * quote, or text after a closing quote, is an error at its position: guessing would misplace every answer.
 */
export function parseCsv(textIn: string, file: string): CsvSheet {
  const text = textIn.replace(/^\uFEFF/, '');
  const at = lineLocator(text);
  const separator = detectSeparator(text);
  const rows: CsvRow[] = [];
  let cells: CsvCell[] = [];
  let rowStart = 0;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push({ line: at(rowStart).line, cells });
    cells = [];
  };
  while (i <= n) {
    let start = i;
    let value = '';
    // `Ana, "b, e"`: spaces before an opening quote, as people type after a comma, still open a quoted cell.
    let lead = i;
    while (text[lead] === ' ') lead++;
    if (lead > i && text[lead] === '"') i = start = lead;
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n)
          throw new ReadquizError('a quoted cell is never closed; expected a closing "', { file, ...at(start) });
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      // Spaces after a closing quote are harmless; anything else means the quoting is off.
      while (text[i] === ' ') i++;
      if (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        const sepName = separator === '\t' ? 'a tab' : `'${separator}'`;
        throw new ReadquizError(
          `text after a closing quote; expected ${sepName} or the end of the line (write a quote inside a quoted cell as "")`,
          { file, ...at(i) },
        );
      }
    } else {
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    }
    cells.push({ text: value, ...at(start) });
    if (i >= n) {
      // A final line break does not start another row.
      if (!(cells.length === 1 && cells[0]!.text === '' && start === n && rows.length > 0)) endRow();
      else cells = [];
      break;
    }
    const ch = text[i]!;
    if (ch === separator) {
      i++;
      continue;
    }
    // Line break: CRLF, LF or CR.
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    rowStart = i;
    if (i >= n) break;
  }
  return { rows, separator };
}

/** Reads a class CSV (UTF-8, at most LIMITS.answersBytes). */
export function readCsvFile(file: string, shownAs = file): CsvSheet {
  let text: string;
  try {
    text = readTextFile(file, LIMITS.answersBytes, 'answers file');
  } catch (err) {
    throw err instanceof ReadquizError && err.file === file ? err.at({ file: shownAs }) : err;
  }
  return parseCsv(text, shownAs);
}

// ------------------------------------------------------------------------------------------ JSON with positions

export interface LocatedJson {
  value: unknown;
  /** Line and column of a member's key (objects) or an element's value (arrays). */
  locate(path: FieldPath): { line: number; col: number } | undefined;
  /** Keys written twice in one object (JSON.parse would keep the last silently). */
  duplicates: { path: FieldPath; line: number; col: number }[];
}

const MAX_JSON_DEPTH = 100;

/** JSON.parse with positions: the same values, plus where each key and element is, for messages. */
export function parseJsonLocated(text: string, file: string): LocatedJson {
  const at = lineLocator(text);
  const positions = new Map<string, number>();
  const duplicates: LocatedJson['duplicates'] = [];
  let i = 0;
  const fail = (message: string, offset = i): never => {
    throw new ReadquizError(`invalid JSON: ${message}`, { file, ...at(offset) });
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const str = (): string => {
    const start = i;
    i++;
    // Runs without escapes are taken as slices: a string built a character at a time is a rope of as many
    // pieces, and thousands of record lines of them held most of `stats`'s memory.
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('a string is never closed', start);
      const ch = text[i]!;
      if (ch === '"') {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (ch === '\\') {
        out += text.slice(run, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('a bad escape in a string', i);
        run = i;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) fail('a line break or control character inside a string', i);
      i++;
    }
  };
  const value = (path: (string | number)[], depth: number): unknown => {
    if (depth > MAX_JSON_DEPTH) fail(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a key in double quotes, got ${describe()}`);
        const keyAt = i;
        const key = str();
        const childPath = [...path, key];
        const where = at(keyAt);
        if (Object.prototype.hasOwnProperty.call(obj, key)) duplicates.push({ path: childPath, ...where });
        positions.set(JSON.stringify(childPath), keyAt);
        ws();
        if (text[i] !== ':') fail(`expected ':' after the key, got ${describe()}`);
        i++;
        // defineProperty: a "__proto__" key is data here, not the object's prototype.
        Object.defineProperty(obj, key, {
          value: value(childPath, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected ',' or '}', got ${describe()}`);
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        ws();
        positions.set(JSON.stringify([...path, arr.length]), i);
        arr.push(value([...path, arr.length], depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected ',' or ']', got ${describe()}`);
      }
    }
    if (ch === '"') return str();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(`expected a value, got ${describe()}`);
  };
  const result = value([], 0);
  ws();
  if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return {
    value: result,
    duplicates,
    locate(path) {
      for (let k = path.length; k > 0; k--) {
        const off = positions.get(JSON.stringify(path.slice(0, k)));
        if (off !== undefined) return at(off);
      }
      return text.length > 0 ? { line: 1, col: 1 } : undefined;
    },
  };
}

function readJsonFile(file: string, shownAs: string, what: string): { text: string; json: LocatedJson } {
  let text: string;
  try {
    text = readTextFile(file, LIMITS.answersBytes, what);
  } catch (err) {
    throw err instanceof ReadquizError && err.file === file ? err.at({ file: shownAs }) : err;
  }
  if (text.trim() === '')
    throw new ReadquizError(`the ${what} is empty; expected JSON`, { file: shownAs, line: 1, col: 1 });
  return { text, json: parseJsonLocated(text, shownAs) };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ------------------------------------------------------------------------------------------ quiz file

/**
 * The most a question may be worth in a file readquiz reads (it writes 1 or 2): sums of a few thousand such
 * numbers stay exact and finite, where 1e308 twice is Infinity.
 */
export const MAX_POINTS = 1000;

/**
 * A quiz file from `readquiz generate --format json`: checked against the quiz contract, because grading a
 * hand-edited or truncated quiz would give wrong scores without any error.
 */
export function readQuizFile(file: string, shownAs = file): Quiz {
  const { json } = readJsonFile(file, shownAs, 'quiz file');
  return quizFromJson(json, shownAs);
}

export function quizFromJson(json: LocatedJson, file: string): Quiz {
  const v = json.value;
  const where = (path: FieldPath) => ({ file, path, ...(json.locate(path) ?? {}) });
  const make = 'make one with: readquiz generate --seed S --format json -o quiz.json';
  if (!isPlainObject(v))
    throw new ReadquizError(`expected a quiz (a JSON object with "format": "${QUIZ_FORMAT}"); ${make}`, {
      file,
      line: 1,
      col: 1,
    });
  if (typeof v.format === 'string' && /^readquiz\/quiz@\d+$/.test(v.format) && v.format !== QUIZ_FORMAT) {
    // A quiz of another contract version (an older readquiz): it is a quiz, just not one this version reads.
    throw new ReadquizError(
      `a ${v.format} quiz from another version of readquiz; this version reads "${QUIZ_FORMAT}" (make it again with the same --seed, --count and --types: readquiz generate --seed S --format json -o quiz.json)`,
      { file, ...json.locate(['format']) },
    );
  }
  if (v.format !== QUIZ_FORMAT) {
    const got = v.format === undefined ? 'no "format" field' : `format ${JSON.stringify(v.format)}`;
    throw new ReadquizError(`not a readquiz quiz: ${got}; expected "format": "${QUIZ_FORMAT}" (${make})`, {
      file,
      ...json.locate(['format']),
    });
  }
  if (!Array.isArray(v.questions))
    throw new ReadquizError('expected "questions" to be a list of questions', { file, ...json.locate(['questions']) });
  const issues = validateAgainst(quizSchema as unknown as Record<string, unknown>, v, 1);
  if (issues.length > 0) throw new ReadquizError(issues[0]!.message, where(issues[0]!.path));
  const quiz = v as unknown as Quiz;
  const seen = new Set<string>();
  quiz.questions.forEach((q, qi) => {
    const path = ['questions', qi];
    if (q.points > MAX_POINTS)
      throw new ReadquizError(
        `expected at most ${MAX_POINTS} points for a question, got ${q.points}`,
        where([...path, 'points']),
      );
    if (seen.has(q.id))
      throw new ReadquizError(`question id '${q.id}' appears twice; ids must be unique`, where([...path, 'id']));
    seen.add(q.id);
    const bad = (field: string, message: string) => new ReadquizError(message, where([...path, field]));
    const within = (list: readonly number[], n: number, what: string) => {
      if (!list.every((x) => Number.isInteger(x) && x >= 0 && x < n))
        throw bad('answer', `an answer index is out of range; expected ${what} 0-${n - 1}`);
    };
    switch (q.type) {
      case 'multiple-choice':
        within([q.answer], q.choices.length, 'a choice');
        break;
      case 'multi-select':
        within(q.answer, q.choices.length, 'choices');
        break;
      case 'matching':
        if (q.answer.length !== q.left.length)
          throw bad('answer', `expected one partner per left item (${q.left.length}), got ${q.answer.length}`);
        within(q.answer, q.right.length, 'partners');
        break;
      case 'ordering':
        if (q.answer.length !== q.items.length || new Set(q.answer).size !== q.items.length)
          throw bad('answer', `expected each of the ${q.items.length} items once`);
        within(q.answer, q.items.length, 'items');
        break;
      default:
        break;
    }
  });
  return quiz;
}

// ------------------------------------------------------------------------------------------ one student's answers

export interface AnswerEntry {
  /** The key as written: a question id, or a question number. */
  key: string;
  response: Response;
  line: number;
  col: number;
  /** Why the value cannot be a response (it is then treated as not answered). */
  problem?: string;
}

export interface AnswersFile {
  entries: AnswerEntry[];
  warnings: FileWarning[];
}

/** `{"<question id>": response}`; values are the contract's answer shapes or text as written. */
export function readAnswersFile(file: string, shownAs = file): AnswersFile {
  const { json } = readJsonFile(file, shownAs, 'answers file');
  return answersFromJson(json, shownAs);
}

export function answersFromJson(json: LocatedJson, file: string): AnswersFile {
  const v = json.value;
  if (!isPlainObject(v)) {
    throw new ReadquizError('expected an object of answers, {"<question id>": answer, ...}', { file, line: 1, col: 1 });
  }
  const warnings: FileWarning[] = json.duplicates.map((d) => ({
    file,
    line: d.line,
    col: d.col,
    message: `'${String(d.path[d.path.length - 1])}' is answered twice; the last answer is used`,
  }));
  const entries: AnswerEntry[] = [];
  for (const [key, raw] of Object.entries(v)) {
    const where = json.locate([key]) ?? { line: 1, col: 1 };
    const entry: AnswerEntry = { key, response: null, ...where };
    if (
      raw === null ||
      typeof raw === 'string' ||
      typeof raw === 'boolean' ||
      (typeof raw === 'number' && Number.isFinite(raw))
    ) {
      entry.response = raw;
    } else if (Array.isArray(raw) && raw.every((x) => typeof x === 'number' && Number.isInteger(x))) {
      entry.response = raw as number[];
    } else if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) {
      // ["a", "c"] or ["1c", "2a"]: the same as written on one line.
      entry.response = raw.join(', ');
    } else {
      entry.problem = 'expected text, a number, true/false, a list of numbers or null';
    }
    entries.push(entry);
  }
  return { entries, warnings };
}

// ------------------------------------------------------------------------------------------ attempt records

/** One `--record` line as stats reads it: the record, where it is, and its round (1 when older records lack it). */
export interface AttemptLine extends AttemptRecord {
  file: string;
  line: number;
  round: number;
}

export interface RecordFile {
  attempts: AttemptLine[];
  warnings: FileWarning[];
}

/**
 * Checks one parsed record line against the attempt schema (schema/attempt.schema.json), then the two rules a
 * schema cannot say: a question is worth something, and no answer earns more than its question is worth.
 */
function attemptFromJson(v: unknown): { attempt?: AttemptRecord; problem?: string; path?: FieldPath } {
  if (!isPlainObject(v)) return { problem: 'expected an attempt record (a JSON object)' };
  if (v.format !== ATTEMPT_FORMAT) {
    const got = v.format === undefined ? 'no "format"' : `format ${quoteForMessage(JSON.stringify(v.format))}`;
    return {
      problem: `not an attempt record: ${got}; expected "${ATTEMPT_FORMAT}" (written by readquiz take --record FILE)`,
      path: ['format'],
    };
  }
  const issues = validateAgainst(attemptSchema as unknown as Record<string, unknown>, v, 1);
  if (issues.length > 0) {
    const { path, message } = issues[0]!;
    return { problem: `${formatPath(path)}: ${message}`, path };
  }
  const record = v as unknown as AttemptRecord;
  for (let k = 0; k < record.answers.length; k++) {
    const a = record.answers[k]!;
    if (a.max > MAX_POINTS)
      return {
        problem: `answers[${k}].max: expected at most ${MAX_POINTS} points for a question, got ${a.max}`,
        path: ['answers', k, 'max'],
      };
    if (!(a.max > 0))
      return { problem: `answers[${k}].max: expected a positive number, got ${a.max}`, path: ['answers', k, 'max'] };
    if (a.points > a.max)
      return {
        problem: `answers[${k}].points: ${a.points} is more than the question's ${a.max} points`,
        path: ['answers', k, 'points'],
      };
  }
  return { attempt: record };
}

/** A `--record` file: one JSON attempt per line. Bad lines are warnings with their line numbers, not fatal. */
export function readRecordFile(file: string, shownAs = file): RecordFile {
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file, LIMITS.answersBytes, 'record file');
  } catch (err) {
    throw err instanceof ReadquizError && err.file === file ? err.at({ file: shownAs }) : err;
  }
  return recordsFromBytes(bytes, shownAs);
}

/**
 * Record lines are decoded one by one: a line cut short inside a character, or damaged on disk, is
 * reported and left out like any other bad line, and the rest of the file still counts.
 */
export function recordsFromBytes(bytes: Uint8Array, file: string): RecordFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    decodeUtf8Text(bytes, file, 'record file'); // throws: UTF-16
  // Line by line, straight from the bytes: no copy of the whole file as text is kept while it is read.
  const out: RecordFile = { attempts: [], warnings: [] };
  let lineNo = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    let text: string | undefined;
    try {
      text = decodeUtf8Text(bytes.subarray(start, end), file, 'record file');
    } catch (err) {
      if (!(err instanceof ReadquizError)) throw err;
      out.warnings.push({
        file,
        line: lineNo + 1,
        col: err.col ?? 1,
        message: `${err.message.replace(/; save it as UTF-8$/, '')}; line skipped`,
      });
      lineNo++;
    }
    // A lone CR ends a line too (as in recordsFromText).
    if (text !== undefined) for (const part of text.split(/\r\n|\r/)) readRecordLine(part, ++lineNo, file, out);
    start = end + 1;
  }
  return out;
}

export function recordsFromText(text: string, file: string): RecordFile {
  const out: RecordFile = { attempts: [], warnings: [] };
  text.split(/\r\n|\n|\r/).forEach((lineText, k) => readRecordLine(lineText, k + 1, file, out));
  return out;
}

function readRecordLine(lineText: string, lineNo: number, file: string, out: RecordFile): void {
  if (lineText.trim() === '') return;
  let json: LocatedJson;
  try {
    json = parseJsonLocated(lineText, file);
  } catch (err) {
    if (!(err instanceof ReadquizError)) throw err;
    out.warnings.push({ file, line: lineNo, col: err.col ?? 1, message: `${err.message}; line skipped` });
    return;
  }
  const { attempt, problem, path } = attemptFromJson(json.value);
  if (!attempt) {
    const where = path ? json.locate(path) : undefined;
    out.warnings.push({ file, line: lineNo, col: where?.col ?? 1, message: `${problem}; line skipped` });
    return;
  }
  out.attempts.push({ ...attempt, file, line: lineNo, round: attempt.round ?? 1 });
}
