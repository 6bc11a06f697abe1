// A valid bank whose every string carries markup, format syntax, formula starts and terminal escapes,
// loaded and generated for real and written in every format of the registry (new formats are covered as
// they are added). Bank text is data: it must never become markup, syntax, a formula or a terminal command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Quiz } from '../../src/core/types.js';
import { QUIZ_FORMAT_NAMES, QUIZ_FORMATS, type QuizFormat } from '../../src/render/formats.js';
import { fakeIo } from '../helpers/fake-io.js';
import { parseGift } from '../render/helpers/gift.js';
import { parseXml, textOf } from '../render/helpers/xml.js';

const BANK = fileURLToPath(new URL('./fixtures/hostile/bank.yaml', import.meta.url));
const TITLE = 'Hostile <script>alert(1)</script> news \u001b]0;pwned\u0007';

/** What the bank's strings carry (see fixtures/hostile/bank.yaml). */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img onerror=x>',
  ']]>',
  '{=~#}',
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '=HYPERLINK("http://evil.example","click")',
];

/** Raw C0/C1 control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Markup that would run or load something if the output were shown as HTML. */
const LIVE_MARKUP = /<(script|img)\b/i;

/**
 * Formats with a known gap, reported to their owner: the test is expected to fail until it is fixed
 * (vitest's `fails` turns red the day the gap closes, so this list cannot go stale).
 */
const KNOWN_GAPS: Record<string, string> = {};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function render(format: string, extra: string[] = []): Promise<Buffer> {
  const file = join(dir, `quiz-${++n}.${format}`);
  const io = fakeIo({ cwd: dir });
  const code = await main(
    ['generate', '--bank', BANK, '--seed', 'hostile', '--all', '--format', format, '-o', file, ...extra],
    io,
  );
  expect(io.err()).not.toMatch(/internal error/);
  expect(code).toBe(0);
  expect(io.err()).not.toMatch(CONTROL);
  return readFileSync(file);
}

function checkXml(xml: string, where: string): string {
  expect(xml, where).not.toMatch(CONTROL);
  expect(xml, where).not.toMatch(LIVE_MARKUP);
  // Well-formed (a `]]>` or `<` in bank text would break it); returns the text, entities decoded.
  return textOf(parseXml(xml));
}

function expectTextSurvives(text: string, where: string) {
  expect(text, where).toContain('<script>alert(1)</script>');
  expect(text, where).toContain(']]>');
}

function checkCsv(csv: string) {
  expect(csv).not.toMatch(CONTROL);
  for (const line of csv.split(/\r?\n/)) {
    for (const cell of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []) {
      const value = cell.replace(/,$/, '').replace(/^"(.*)"$/s, '$1');
      // A formula start is neutralised with an apostrophe; plain negative numbers are numbers.
      if (/^[=+\-@]/.test(value)) expect(value, line).toMatch(/^-\d+(\.\d+)?$/);
    }
  }
}

/** The checks a format's output must pass, by what it is. Unknown text formats get the universal ones. */
function checkOutput(name: string, format: QuizFormat, bytes: Buffer) {
  const ext = format.ext.toLowerCase();
  if (ext === 'zip') {
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).length).toBeGreaterThan(0);
    let texts = '';
    for (const [path, data] of Object.entries(files)) {
      const text = Buffer.from(data).toString('utf8');
      if (/\.xml$/i.test(path) || text.startsWith('<?xml')) texts += checkXml(text, path);
      else expect(text, path).not.toMatch(CONTROL);
    }
    expectTextSurvives(texts, name);
    return;
  }
  if (format.binary) return; // e.g. a future pdf: rendered without error is what can be said here
  const text = bytes.toString('utf8');
  expect(text).not.toMatch(CONTROL);
  switch (name === 'json' || name === 'yaml' ? name : ext) {
    case 'json': {
      // JSON escapes controls itself; the data must survive exactly.
      const quiz = JSON.parse(text) as Quiz;
      expect(quiz.bank.title).toBe(TITLE);
      expect(JSON.stringify(quiz)).toContain('\\u001b[2J');
      break;
    }
    case 'yaml': {
      const quiz = parseYaml(text) as Quiz;
      expect(quiz.bank.title).toBe(TITLE);
      break;
    }
    case 'md':
      expect(text).not.toMatch(/(^|[^\\])<(script|img)\b/m);
      expect(text).toContain('\\<script\\>');
      break;
    case 'gift':
      for (const q of parseGift(text)) {
        // Moodle shows [plain] and [markdown] text as typed; any other text format would run the markup.
        if (/[<>]/.test(q.text)) expect(['plain', 'markdown'], q.name).toContain(q.format);
      }
      expect(
        parseGift(text).some((q) => q.text.includes('{=~#}') || q.answers.some((a) => a.text.includes('{=~#}'))),
      ).toBe(true);
      break;
    case 'xml':
      expectTextSurvives(checkXml(text, name), name);
      break;
    case 'html':
    case 'htm':
      expect(text).not.toMatch(LIVE_MARKUP);
      expect(text).toContain('&lt;script&gt;');
      break;
    case 'csv':
      checkCsv(text);
      break;
    case 'txt':
      if (name === 'text') expect(text).toContain('\\u{1b}]0;pwned\\u{7}');
      break;
    default:
      break;
  }
}

describe('the hostile bank', () => {
  it('is valid, and its strings do carry every hostile sample', async () => {
    const io = fakeIo();
    expect(await main(['lint', BANK], io)).toBe(0);
    const quiz = JSON.parse((await render('json')).toString('utf8')) as Quiz;
    const all = JSON.stringify(quiz);
    for (const h of HOSTILE) expect(all).toContain(JSON.stringify(h).slice(1, -1));
    // Fewer questions than before the teacher's review (no true/false from numbers, lists or quotes), but
    // every type but matching and ordering (which need four actions and three events) carries the samples.
    expect(quiz.questions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
  });
});

describe.each(QUIZ_FORMAT_NAMES)('generate --format %s', (name) => {
  const format = (QUIZ_FORMATS as Record<string, QuizFormat>)[name]!;
  const run = KNOWN_GAPS[name] ? it.fails : it;
  run(`keeps bank text inert${KNOWN_GAPS[name] ? ` (known gap: ${KNOWN_GAPS[name]})` : ''}`, async () => {
    checkOutput(name, format, await render(name));
  });
});

describe('text written to a terminal', () => {
  it('generate --format text to stdout shows escapes as text, never raw', async () => {
    const io = fakeIo({ stdoutIsTTY: true });
    expect(await main(['generate', '--bank', BANK, '--seed', 'tty', '--all', '--format', 'text'], io)).toBe(0);
    expect(io.out()).not.toMatch(CONTROL);
    expect(io.out()).toContain('\\u{1b}[2J');
  });

  it('lint and stress print bank text escaped too', async () => {
    const io = fakeIo();
    await main(['stress', '--bank', BANK, '--seeds', '20', '--count', '5'], io);
    expect(io.out() + io.err()).not.toMatch(CONTROL);
  });
});

describe.each(['md', 'html'])('worksheet --format %s', (ext) => {
  const gap = KNOWN_GAPS[`worksheet ${ext}`];
  (gap ? it.fails : it)(`escapes bank text, article included${gap ? ` (known gap: ${gap})` : ''}`, async () => {
    const file = join(dir, `sheet-${++n}.${ext}`);
    const io = fakeIo({ cwd: dir });
    expect(
      await main(
        ['worksheet', '--bank', BANK, '--seed', 'w', '--count', '6', '--with-article', '--key', 'end', '-o', file],
        io,
      ),
    ).toBe(0);
    const out = readFileSync(file, 'utf8');
    if (ext === 'md') expect(out).not.toMatch(/(^|[^\\])<(script|img)\b/m);
    else expect(out).not.toMatch(LIVE_MARKUP);
    expect(out).not.toMatch(CONTROL);
  });
});

describe('class grades as CSV', () => {
  it('student names and answers that start a formula are neutralised', async () => {
    const sheet = join(dir, 'class.csv');
    writeFileSync(
      sheet,
      [
        'student,1,2,3',
        '"=HYPERLINK(""http://evil.example"",""click"")",a,t,=1+1',
        '+Per Dahl,b,f,@SUM(A1)',
        '-Jo Lind,c,t,-2+3',
        '"@Ida Sand",d,f,"=cmd|\' /C calc\'!A0"',
      ].join('\n'),
    );
    const io = fakeIo({ cwd: dir });
    const code = await main(
      ['grade', '--bank', BANK, '--seed', 'class', '--count', '3', 'class.csv', '--format', 'csv', '-o', 'grades.csv'],
      io,
    );
    expect([0, 2]).toContain(code); // answers that are not options are reported (exit 2) but still graded
    const csv = readFileSync(join(dir, 'grades.csv'), 'utf8');
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("'+Per Dahl");
    checkCsv(csv);
    expect(io.err()).not.toMatch(CONTROL);
  });
});
