// Issue #16, hardening round two: hostile numbers, paths and strings in the files `grade` and `stats` read.
// Each test runs the CLI as a user would (main with a fake io) and checks what reaches the terminal.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generateQuiz } from '../../src/core/generate.js';
import type { Bank, Quiz } from '../../src/core/types.js';
import { loadBank } from '../../src/io/load-bank.js';
import { fakeIo } from '../helpers/fake-io.js';

// Raw C0 (but tab and newline), DEL and C1 characters: what must never reach a terminal.
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

let dir: string;
let bank: Bank;

async function run(args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function recordOf(
  quiz: Quiz,
  patch: (answer: Record<string, unknown>, i: number) => void = () => {},
  top: Record<string, unknown> = {},
): string {
  const answers = quiz.questions.map((q, i) => {
    const a: Record<string, unknown> = {
      questionId: q.id,
      type: q.type,
      factKind: q.factKind,
      response: null,
      status: 'unanswered',
      points: 0,
      max: q.points,
      ms: 100,
    };
    patch(a, i);
    return a;
  });
  return JSON.stringify({
    format: 'readquiz/attempt@1',
    seed: quiz.seed,
    bank: { id: quiz.bank.id, contentHash: quiz.bank.contentHash },
    options: quiz.options,
    strict: false,
    round: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    answers,
    score: { points: 0, max: 1 },
    ...top,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rq-harden-'));
  bank = await loadBank('biden-ukraine');
});

describe('numbers that are not finite are bad input', () => {
  it('stats: a record answer worth 1e400 points is a skipped line, exit 2, no stack trace, in every format', async () => {
    const quiz = generateQuiz(bank, { seed: 'inf', count: 3 });
    const huge = recordOf(quiz, (a, i) => {
      if (i === 0) Object.assign(a, { points: 1, max: 1 });
    }).replace('"points":1,"max":1', '"points":1e400,"max":1e400');
    writeFileSync(join(dir, 'inf.jsonl'), `${recordOf(quiz)}\n${huge}\n`);
    for (const format of ['table', 'json', 'csv']) {
      const { code, err, out } = await run(['stats', 'inf.jsonl', '--format', format]);
      expect(code).toBe(2);
      expect(err).not.toMatch(/TypeError|\n\s+at /);
      expect(err).toMatch(
        /^inf\.jsonl:2:\d+: answers\[0\]\.points: expected a number, got number Infinity; line skipped$/m,
      );
      expect(out).not.toMatch(/Infinity|NaN/);
    }
  });

  it('grade: a quiz file whose question is worth 1e308 points is refused (it would total Infinity)', async () => {
    const quiz = generateQuiz(bank, { seed: 'big', count: 2 }) as unknown as { questions: { points: number }[] };
    quiz.questions[0]!.points = 1e308;
    quiz.questions[1]!.points = 1e308;
    writeFileSync(join(dir, 'big.json'), JSON.stringify(quiz, null, 2));
    writeFileSync(join(dir, 'big-answers.json'), '{"1": "a"}');
    const { code, err, out } = await run(['grade', 'big.json', 'big-answers.json']);
    expect(out).not.toMatch(/Infinity/);
    expect(err).toMatch(
      /^big\.json:\d+:\d+: questions\[0\]\.points: expected at most 1000 points for a question, got 1e\+308\n$/,
    );
    expect(code).toBe(2);
  });
});

describe('a record names a built-in bank or the one passed, never a file to open', () => {
  it("stats does not open the path a record's bank.id names, nor show its content", async () => {
    // A path that opens from the working folder, and short: a message clips a long value (an absolute path
    // under a deep TMPDIR would show cut with '…').
    const secret = 'secret.yaml';
    writeFileSync(join(dir, secret), 'TOP-SECRET-FIRST-LINE\n');
    const quiz = generateQuiz(bank, { seed: 'path', count: 2 });
    writeFileSync(
      join(dir, 'path.jsonl'),
      `${recordOf(quiz, () => {}, { bank: { id: secret, contentHash: quiz.bank.contentHash } })}\n`,
    );
    const { code, err } = await run(['stats', 'path.jsonl']);
    expect(err).not.toMatch(/TOP-SECRET/);
    expect(err).toContain(`bank '${secret}' is not built in; pass --bank PATH`);
    expect(code).toBe(0);
  });
});

describe('what readquiz writes, readquiz reads', () => {
  it('a quiz made with generate --all -o quiz.json can be graded', async () => {
    expect((await run(['generate', '--all', '--seed', 'all1', '--types', 'true-false', '-o', 'all.json'])).code).toBe(
      0,
    );
    writeFileSync(join(dir, 'all-answers.json'), '{"1": "t", "2": "f"}');
    const { code, err, out } = await run(['grade', 'all.json', 'all-answers.json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Total: \d+ of \d+ points/m);
  });

  it('stats reads records of count "all" that answered a few questions, making only those again', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      const quiz = generateQuiz(bank, { seed: `all-${i}`, count: 'all' });
      lines.push(
        recordOf({ ...quiz, questions: quiz.questions.slice(0, 2) }, (a) =>
          Object.assign(a, { status: 'right', points: a.max }),
        ),
      );
    }
    writeFileSync(join(dir, 'all.jsonl'), `${lines.join('\n')}\n`);
    const { code, err, out } = await run(['stats', 'all.jsonl', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const stats = JSON.parse(out) as { respondents: number; items: { n: number; facility: number }[] };
    expect(stats.respondents).toBe(30);
    expect(stats.items.reduce((s, it) => s + it.n, 0)).toBe(60);
    expect(stats.items.every((it) => it.facility === 1)).toBe(true);
  });
});

describe('error messages quote input safely', () => {
  it('an unknown field in quiz.json, and its format value, reach stderr escaped and clipped', async () => {
    const quiz = generateQuiz(bank, { seed: 'esc', count: 1 }) as unknown as Record<string, unknown>;
    const key = `\u001b]0;owned\u0007\u009b2J${'x'.repeat(100_000)}`;
    writeFileSync(join(dir, 'esc.json'), JSON.stringify({ ...quiz, [key]: 1 }));
    writeFileSync(join(dir, 'fmt.json'), JSON.stringify({ ...quiz, format: `\u001b[2J${'y'.repeat(100_000)}` }));
    writeFileSync(join(dir, 'esc-answers.json'), '{}');
    for (const file of ['esc.json', 'fmt.json']) {
      const { code, err } = await run(['grade', file, 'esc-answers.json']);
      expect(code).toBe(2);
      expect(err).not.toMatch(RAW_CONTROL);
      expect(err.split('\n')).toHaveLength(2);
      expect(err.length).toBeLessThan(600);
    }
  });

  it('the character an invalid answers.json stops at is shown escaped', async () => {
    const quiz = generateQuiz(bank, { seed: 'esc2', count: 1 });
    writeFileSync(join(dir, 'q2.json'), JSON.stringify(quiz));
    writeFileSync(join(dir, 'bad-answers.json'), '{"1": "a"\u001b}');
    const { code, err } = await run(['grade', 'q2.json', 'bad-answers.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^bad-answers\.json:1:10: invalid JSON: expected ',' or '}', got '\\u\{1b\}'\n$/);
  });
});

describe('raw control characters never reach a terminal from grade and stats output', () => {
  const sheet = ['student,1,2', '"Eve \u001b]0;owned\u0007 \u001b[2J \u009b31m \u007f \u202eevil",b,t', 'Ana,a,f'].join(
    '\n',
  );

  it.each([
    ['grade', 'csv'],
    ['grade', 'json'],
    ['grade', 'md'],
    ['grade', 'table'],
    ['stats', 'csv'],
    ['stats', 'json'],
    ['stats', 'table'],
  ])('%s --format %s', async (cmd, format) => {
    writeFileSync(join(dir, 'hostile.csv'), sheet);
    const { code, out, err } = await run([
      cmd,
      '--seed',
      'h',
      '--count',
      '2',
      '--types',
      'multiple-choice,true-false',
      'hostile.csv',
      '--format',
      format,
    ]);
    expect(err).not.toMatch(RAW_CONTROL);
    // CSV lines end in CRLF (RFC 4180); nothing else raw.
    expect(format === 'csv' ? out.replace(/\r\n/g, '\n') : out).not.toMatch(RAW_CONTROL);
    // A bidi override is shown, not obeyed, where people read the output.
    expect(out).not.toMatch(/\u202e/);
    expect(code).toBeLessThanOrEqual(2);
    if (format === 'json') expect(JSON.stringify(JSON.parse(out))).toContain('\\u001b]0;owned');
  });

  it('an unknown class-sheet column is quoted escaped, in grade and stats', async () => {
    writeFileSync(join(dir, 'col.csv'), `student,1,\u001b[2Jx\u009b\nAna,b,c\n`);
    for (const cmd of ['grade', 'stats']) {
      const { code, err } = await run([cmd, '--seed', 'h', '--count', '2', 'col.csv']);
      expect(code).toBe(2);
      expect(err).toMatch(/^col\.csv:1:11: unknown column '\\u\{1b\}\[2Jx\\u\{9b\}'/);
      expect(err).not.toMatch(RAW_CONTROL);
    }
  });

  it('--seed is echoed escaped by worksheet and generate', async () => {
    const seed = 'a\u001b]0;t\u0007\u009b';
    const ws = await run(['worksheet', '--seed', seed, '--format', 'md', '-o', 'ws.md']);
    expect(ws.code).toBe(0);
    expect(ws.err).toContain('\\u{1b}]0;t\\u{7}');
    expect(ws.err).not.toMatch(RAW_CONTROL);
    const gen = await run(['generate', '--seed', seed, '--count', '1000']);
    expect(gen.code).toBe(2);
    expect(gen.err.split('\n')).toHaveLength(2);
    expect(gen.err).not.toMatch(RAW_CONTROL);
  });
});

describe('text shown to people never carries a working bidi override, and files hold no raw DEL or C1', () => {
  const FIXTURE = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));
  it('worksheet --format html', async () => {
    const bankDir = join(dir, 'bidi-html');
    cpSync(FIXTURE, bankDir, { recursive: true });
    // Roles now make only position questions, and the hostile bank's one role is a written question
    // (anna-role), so the override goes into its answer, which the key prints, and every question is asked.
    const yaml = readFileSync(join(bankDir, 'bank.yaml'), 'utf8')
      .replace(/^title: .*$/m, 'title: "Report \\u202Etxt.exe\\u2066 \\x7F \\x85 news"')
      .replace(/^(\s+)role: .*$/gm, '$1role: "minister \\u202Eevil\\x85"')
      .replace(/^(\s+)answer: '"><img onerror=x> minister'$/m, '$1answer: "minister \\u202Eevil\\x85"');
    expect(yaml).toContain('answer: "minister \\u202Eevil');
    writeFileSync(join(bankDir, 'bank.yaml'), yaml);
    const { code, out } = await run([
      'worksheet',
      '--bank',
      join(bankDir, 'bank.yaml'),
      '--seed',
      's',
      '--count',
      'all',
      '--format',
      'html',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('\\u{202e}evil');
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u007F-\u009F]/);
  });

  it('init writes a draft whose C1, DEL and bidi characters are escaped, and which loads as the same text', async () => {
    const d = join(dir, 'init-c1');
    mkdirSync(d);
    const article =
      'Harbour plan approved\n\nThe council voted 7 to 2 for the plan\u0085 on Tuesday.\n\nMayor Anna Berg said \u201cwe will build it\u202e now\u201d at the meeting.\n';
    writeFileSync(join(d, 'article.txt'), article);
    const io = fakeIo({ cwd: d });
    expect(await main(['init', 'article.txt', '-o', 'bank.yaml'], io)).toBe(0);
    const yaml = readFileSync(join(d, 'bank.yaml'), 'utf8');
    expect(yaml).not.toMatch(/[\u007F-\u009F\u202A-\u202E]/);
    expect(yaml).toContain('\\u0085');
    expect((await run(['lint', join(d, 'bank.yaml')])).code).toBe(0);
  });

  it.each(['json', 'yaml', 'text', 'md', 'gift', 'moodle-xml', 'anki'])('generate --format %s', async (format) => {
    const bankDir = join(dir, `bidi-${format}`);
    cpSync(FIXTURE, bankDir, { recursive: true });
    const yaml = readFileSync(join(bankDir, 'bank.yaml'), 'utf8')
      .replace(/^title: .*$/m, 'title: "Report \\u202Etxt.exe\\u2066 \\x7F \\x85 \\x9B news"')
      .replace(/^(\s+)role: .*$/m, '$1role: "minister \\u202Eevil\\x85"');
    writeFileSync(join(bankDir, 'bank.yaml'), yaml);
    const { code, out, err } = await run([
      'generate',
      '--bank',
      join(bankDir, 'bank.yaml'),
      '--seed',
      's',
      '--all',
      '--format',
      format,
    ]);
    expect(err).not.toMatch(/internal error/);
    expect(code).toBe(0);
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out).not.toMatch(/[\u007F-\u009F]/);
  });
});
