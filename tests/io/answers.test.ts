// Reading answers: CSV as spreadsheets write it, JSON with positions for messages, quiz files checked
// against the contract, and record files whose bad lines are reported, not fatal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadquizError } from '../../src/core/errors.js';
import {
  answersFromJson,
  parseCsv,
  parseJsonLocated,
  quizFromJson,
  readCsvFile,
  readQuizFile,
  recordsFromText,
  recordsFromBytes,
} from '../../src/io/answers.js';
import { toCsv } from '../../src/render/csv.js';
import { GRADING_QUIZ } from '../core/fixtures/grading-quiz.js';

const cells = (csv: string) => parseCsv(csv, 'a.csv').rows.map((r) => r.cells.map((c) => c.text));

function thrown(f: () => unknown): ReadquizError {
  try {
    f();
  } catch (err) {
    if (err instanceof ReadquizError) return err;
    throw err;
  }
  throw new Error('expected a ReadquizError');
}

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, separators and line breaks inside quotes', () => {
    expect(cells('a,"b, c","say ""hi"""\n"x\ny",,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['x\ny', '', 'z'],
    ]);
  });

  it('takes LF, CRLF and CR line ends, a BOM, and no final line end', () => {
    expect(cells('\uFEFFa,b\r\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(parseCsv('\uFEFFa,b', 'a.csv').rows[0]!.cells[0]).toEqual({ text: 'a', line: 1, col: 1 });
  });

  it('keeps empty lines in the middle as rows (callers skip blank rows) but adds none for a final line end', () => {
    expect(cells('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('places each cell at its line and column, counting lines inside quoted cells', () => {
    const rows = parseCsv('name,1\n"Ana\nLopez",b\r\nBen,"c"\n', 'a.csv').rows;
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[1]!.cells[1]).toEqual({ text: 'b', line: 3, col: 8 });
    expect(rows[2]!.cells[1]).toEqual({ text: 'c', line: 4, col: 5 });
  });

  it('detects semicolons and tabs from the first line, as European spreadsheets save', () => {
    expect(parseCsv('student;1;2\nAna;"a, c";8,500\n', 'a.csv')).toMatchObject({ separator: ';' });
    expect(cells('student;1;2\nAna;"a, c";8,500\n')).toEqual([
      ['student', '1', '2'],
      ['Ana', 'a, c', '8,500'],
    ]);
    expect(cells('student\t1\nAna\tb\n')).toEqual([
      ['student', '1'],
      ['Ana', 'b'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(cells('Ana,O"Neil\n')).toEqual([['Ana', 'O"Neil']]);
  });

  it('an unclosed quote is an error at the opening quote', () => {
    const err = thrown(() => parseCsv('a,b\nAna,"oops\nmore\n', 'a.csv'));
    expect(err.format()).toBe('a.csv:2:5: a quoted cell is never closed; expected a closing "');
  });

  it('text after a closing quote is an error at that text', () => {
    const err = thrown(() => parseCsv('a,"b"c\n', 'a.csv'));
    expect(err.format()).toMatch(/^a\.csv:1:6: text after a closing quote; expected ',' or the end of the line/);
  });

  it('reads back what toCsv writes, with formulas neutralised', () => {
    const rows = [
      ['=1+1', '+SUM(A1)', '-2', '@x', '\tx', 'a, "b"', 'line\nbreak', 'plain'],
      [3.5, -1, '', null],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(cells(text)).toEqual([
      ["'=1+1", "'+SUM(A1)", "'-2", "'@x", "'\tx", 'a, "b"', 'line\nbreak', 'plain'],
      ['3.5', '-1', '', ''],
    ]);
  });

  it('reads a file from disk and names it as the user typed it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-answers-'));
    writeFileSync(join(dir, 'c.csv'), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('student,1\r\nAna,b\r\n')]));
    expect(readCsvFile(join(dir, 'c.csv'), 'c.csv').rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['student', '1'],
      ['Ana', 'b'],
    ]);
    expect(thrown(() => readCsvFile(join(dir, 'missing.csv'), 'missing.csv')).format()).toBe(
      'missing.csv:1:1: cannot read the answers file: no such file or folder',
    );
  });
});

describe('properties', () => {
  it('parseCsv reads back any table toCsv writes (cells a spreadsheet would run get their apostrophe)', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', ';', '=', '-', '\t', 'é', '\u2028'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A row of one empty cell is written as an empty line, which is a row of one empty cell again.
        const back = parseCsv(toCsv(rows), 'x.csv').rows.map((r) => r.cells.map((c) => c.text));
        expect(back).toEqual(rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
      }),
      { numRuns: 300 },
    );
  });

  it('parseJsonLocated agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        expect(parseJsonLocated(text, 'x.json').value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonLocated', () => {
  it('gives the same values as JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, null], "b": {"c": "x\\u00e9\\n"}, "d": []}';
    expect(parseJsonLocated(text, 'f.json').value).toEqual(JSON.parse(text));
  });

  it('locates keys and array elements', () => {
    const j = parseJsonLocated('{\n  "one": 1,\n  "list": [\n    10,\n    20\n  ]\n}\n', 'f.json');
    expect(j.locate(['one'])).toEqual({ line: 2, col: 3 });
    expect(j.locate(['list', 1])).toEqual({ line: 5, col: 5 });
    expect(j.locate(['list', 1, 'deeper'])).toEqual({ line: 5, col: 5 });
  });

  it('reports duplicate keys and keeps the last, like JSON.parse', () => {
    const j = parseJsonLocated('{"a": 1,\n "a": 2}', 'f.json');
    expect(j.value).toEqual({ a: 2 });
    expect(j.duplicates).toEqual([{ path: ['a'], line: 2, col: 2 }]);
  });

  it('treats "__proto__" as an ordinary key', () => {
    const v = parseJsonLocated('{"__proto__": {"polluted": 1}}', 'f.json').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', "f.json:1:9: invalid JSON: expected a key in double quotes, got '}'"],
    ['{"a" 1}', "f.json:1:6: invalid JSON: expected ':' after the key, got '1'"],
    ['{\n"a": tru}', "f.json:2:6: invalid JSON: expected a value, got 't'"],
    ['[1, 2', "f.json:1:6: invalid JSON: expected ',' or ']', got the end of the file"],
    ['{"a": "b\nc"}', 'f.json:1:9: invalid JSON: a line break or control character inside a string'],
    ['{} x', "f.json:1:4: invalid JSON: unexpected 'x' after the end of the JSON value"],
  ])('%j is an error at its position', (text, message) => {
    expect(thrown(() => parseJsonLocated(text, 'f.json')).format()).toBe(message);
  });

  it('refuses absurd nesting with a message, not a stack overflow', () => {
    expect(thrown(() => parseJsonLocated('['.repeat(5000), 'f.json')).message).toMatch(/nested more than 100 levels/);
  });
});

describe('quiz files', () => {
  const asFile = (v: unknown) => parseJsonLocated(JSON.stringify(v, null, 2), 'quiz.json');

  it('accepts a quiz as generate writes it', () => {
    expect(quizFromJson(asFile(GRADING_QUIZ), 'quiz.json')).toEqual(GRADING_QUIZ);
  });

  it('says what is wrong with something that is not a quiz', () => {
    expect(thrown(() => quizFromJson(asFile({ answers: {} }), 'quiz.json')).message).toMatch(
      /^not a readquiz quiz: no "format" field; expected "format": "readquiz\/quiz@2" \(make one with: readquiz generate/,
    );
    // A quiz of the earlier contract is named as such, with how to make it again.
    expect(
      thrown(() => quizFromJson(asFile({ ...GRADING_QUIZ, format: 'readquiz/quiz@1' }), 'quiz.json')).format(),
    ).toBe(
      'quiz.json:2:3: a readquiz/quiz@1 quiz from another version of readquiz; this version reads "readquiz/quiz@2" (make it again with the same --seed, --count and --types: readquiz generate --seed S --format json -o quiz.json)',
    );
    expect(thrown(() => quizFromJson(asFile([1]), 'quiz.json')).message).toMatch(/^expected a quiz/);
    expect(thrown(() => quizFromJson(asFile({ ...GRADING_QUIZ, questions: {} }), 'quiz.json')).format()).toMatch(
      /^quiz\.json:\d+:3: expected "questions" to be a list/,
    );
  });

  it('places contract problems at their line', () => {
    const broken = {
      ...GRADING_QUIZ,
      questions: GRADING_QUIZ.questions.map((q, i) => (i === 2 ? { ...q, choices: 'abc' } : q)),
    };
    const text = JSON.stringify(broken, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"choices": "abc"')) + 1;
    expect(thrown(() => quizFromJson(parseJsonLocated(text, 'quiz.json'), 'quiz.json')).format()).toBe(
      `quiz.json:${line}:7: questions[2].choices: expected a list, got the text "abc"`,
    );
  });

  it('refuses answers that point outside the question', () => {
    const broken = {
      ...GRADING_QUIZ,
      questions: GRADING_QUIZ.questions.map((q, i) => (i === 0 ? { ...q, answer: 7 } : q)),
    };
    expect(thrown(() => quizFromJson(asFile(broken), 'quiz.json')).message).toBe(
      'an answer index is out of range; expected a choice 0-3',
    );
    const twice = { ...GRADING_QUIZ, questions: [GRADING_QUIZ.questions[0], GRADING_QUIZ.questions[0]] };
    expect(thrown(() => quizFromJson(asFile(twice), 'quiz.json')).message).toMatch(/appears twice/);
  });

  it('reads from disk: an empty file is named as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-quiz-'));
    writeFileSync(join(dir, 'q.json'), '  \n');
    expect(thrown(() => readQuizFile(join(dir, 'q.json'), 'q.json')).format()).toBe(
      'q.json:1:1: the quiz file is empty; expected JSON',
    );
  });
});

describe('answers files', () => {
  it('takes contract values and typed text; lists of words become one line; other shapes are problems', () => {
    const j = parseJsonLocated(
      '{\n "1": "b",\n "2": false,\n "3": [0, 2],\n "4": ["a", "c"],\n "5": 8500,\n "6": null,\n "7": {"x": 1}\n}',
      'a.json',
    );
    const { entries, warnings } = answersFromJson(j, 'a.json');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => [e.key, e.response, e.line, e.problem])).toEqual([
      ['1', 'b', 2, undefined],
      ['2', false, 3, undefined],
      ['3', [0, 2], 4, undefined],
      ['4', 'a, c', 5, undefined],
      ['5', 8500, 6, undefined],
      ['6', null, 7, undefined],
      ['7', null, 8, 'expected text, a number, true/false, a list of numbers or null'],
    ]);
  });

  it('warns about a question answered twice in the file', () => {
    const { warnings } = answersFromJson(parseJsonLocated('{"1": "a",\n"1": "b"}', 'a.json'), 'a.json');
    expect(warnings).toEqual([
      { file: 'a.json', line: 2, col: 1, message: "'1' is answered twice; the last answer is used" },
    ]);
  });

  it('must be an object', () => {
    expect(thrown(() => answersFromJson(parseJsonLocated('["b"]', 'a.json'), 'a.json')).message).toMatch(
      /expected an object of answers/,
    );
  });
});

describe('record files', () => {
  const good = {
    format: 'readquiz/attempt@1',
    seed: 's',
    bank: { id: 'biden-ukraine', contentHash: 'abcd1234' },
    options: { count: 2, types: ['true-false'] },
    strict: false,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    answers: [
      {
        questionId: 'f:true-false',
        type: 'true-false',
        factKind: 'statement',
        response: 't',
        status: 'right',
        points: 1,
        max: 1,
        ms: 900,
      },
    ],
    score: { points: 1, max: 1 },
  };

  it('reads good lines and reports bad ones with their line numbers', () => {
    const bad = { ...good, answers: [{ ...good.answers[0], status: 'great' }] };
    const text = [
      JSON.stringify(good),
      '',
      '{"format": "readquiz/attempt@1", "seed": ',
      JSON.stringify({ ...good, format: 'x' }),
      JSON.stringify(bad),
      JSON.stringify(good),
    ].join('\n');
    const r = recordsFromText(text, 'r.jsonl');
    expect(r.attempts.map((a) => a.line)).toEqual([1, 6]);
    expect(r.attempts[0]).toMatchObject({
      file: 'r.jsonl',
      seed: 's',
      bank: { id: 'biden-ukraine' },
      answers: [{ questionId: 'f:true-false', points: 1 }],
    });
    expect(r.warnings.map((w) => `${w.line}:${w.col}: ${w.message}`)).toEqual([
      '3:42: invalid JSON: expected a value, got the end of the file; line skipped',
      '4:2: not an attempt record: format "x"; expected "readquiz/attempt@1" (written by readquiz take --record FILE); line skipped',
      expect.stringMatching(
        /^5:\d+: answers\[0\]\.status: expected one of right, partial, wrong, unanswered, not-reached; got the text "great"; line skipped$/,
      ),
    ]);
  });
});

describe('record files, byte by byte', () => {
  const line = JSON.stringify({
    format: 'readquiz/attempt@1',
    seed: 's',
    bank: { id: 'b', contentHash: 'deadbeef' },
    options: { count: 1, types: ['numeric'] },
    strict: false,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    answers: [],
    score: { points: 0, max: 0 },
  });

  it('a line cut inside a character, or holding a NUL, is reported and left out; the other lines count', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${line}\n{"seed":"Fran`),
      Buffer.from([0xc3]),
      Buffer.from(`\n${line}\n`),
      Buffer.from([0]),
      Buffer.from('\n'),
    ]);
    const r = recordsFromBytes(bytes, 'r.jsonl');
    expect(r.attempts.map((a) => a.line)).toEqual([1, 3]);
    expect(r.warnings.map((w) => `${w.line}:${w.col}: ${w.message}`)).toEqual([
      '2:14: the record file is not valid UTF-8 (byte 0xc3); line skipped',
      '4:1: the record file contains binary data (a NUL byte at offset 0); expected UTF-8 text; line skipped',
    ]);
  });

  it('a UTF-16 file is still refused as a whole', () => {
    expect(() => recordsFromBytes(Buffer.from([0xff, 0xfe, 0x7b, 0x00]), 'r.jsonl')).toThrow(/UTF-16/);
  });
});
