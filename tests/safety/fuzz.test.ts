// A seeded mutation fuzzer over what users hand readquiz (issue #16): the built-in bank, answer files,
// class sheets and --record files, each broken a few hundred ways and run through the commands that read
// them, in process (main with a fake io). Whatever the input, readquiz keeps its promises:
// - exit 0, or 2 for bad input (never 1: that is a bug), and no stack trace;
// - a command that stops on bad input says so in one line; one that reads on (grade, stats, lint) gives
//   one located line per problem;
// - no raw control character on stdout or stderr (CSV's CRLF line ends aside);
// - nothing left on disk by a run that failed.
// FUZZ_CASES=N runs N cases per kind (default 60: a few hundred in all).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generateQuiz } from '../../src/core/generate.js';
import type { Bank, Quiz } from '../../src/core/types.js';
import { loadBank } from '../../src/io/load-bank.js';
import { fakeIo } from '../helpers/fake-io.js';

const CASES = Number(process.env.FUZZ_CASES ?? 60);
const ROOT = join(import.meta.dirname, '..', '..');
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

/** mulberry32: a small seeded PRNG, so a failing case is found again from its number. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '\u001b]0;owned\u0007',
  '\u001b[2J',
  '\u009b31m',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '1e400',
  '-1e400',
  '1e308',
  '-0',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '"',
  "'",
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\\',
  ':',
  '- ',
  '#',
  '&a [*a, *a]',
  '!!binary',
  'all',
  '0',
  '99999999999999999999',
  'x'.repeat(5000),
  '/etc/passwd',
  '../../outside',
];

/** One mutation of `text`: cut, duplicate, swap, insert hostile text, change a character, or truncate. */
function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const at = () => Math.floor(rnd() * (text.length + 1));
  const lines = text.split('\n');
  const line = () => Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 7)) {
    case 0: {
      const a = at();
      return text.slice(0, a) + text.slice(a + 1 + Math.floor(rnd() * 40));
    }
    case 1: {
      const k = line();
      lines.splice(k, 0, lines[k]!);
      return lines.join('\n');
    }
    case 2: {
      const i = line();
      const j = line();
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 3: {
      const a = at();
      return text.slice(0, a) + pick(HOSTILE) + text.slice(a);
    }
    case 4: {
      const a = at();
      return text.slice(0, a) + pick(HOSTILE) + text.slice(a + 1 + Math.floor(rnd() * 8));
    }
    case 5:
      return text.slice(0, at());
    default: {
      // A number or a word changed in place: the kind of damage a hand edit does.
      const m = [...text.matchAll(/\d+|[A-Za-z]+/g)];
      if (m.length === 0) return text;
      const hit = pick(m);
      return (
        text.slice(0, hit.index) +
        pick(['0', '-3', '1.5', '1e400', 'all', 'x', '', hit[0].repeat(3)]) +
        text.slice(hit.index! + hit[0].length)
      );
    }
  }
}

function mutateTimes(text: string, rnd: () => number): string {
  let out = text;
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) out = mutate(out, rnd);
  return out;
}

let dir: string;
let bank: Bank;
let quiz: Quiz;
const listing = (d: string) => readdirSync(d).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rq-fuzz-'));
  bank = await loadBank('biden-ukraine');
  quiz = generateQuiz(bank, { seed: 'fuzz', count: 10 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], cwd: string): Promise<Outcome> {
  const io = fakeIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** What every run must keep, whatever its input. `stops`: a bad input ends the command (one line). */
function expectPromisesKept(r: Outcome, label: string, stops: boolean) {
  expect([0, 2], `${label}: exit ${r.code}\n${r.err}`).toContain(r.code);
  expect(r.err, label).not.toMatch(/internal error|\n\s+at \S+ \(|TypeError|RangeError/);
  expect(r.out, label).not.toMatch(RAW_CONTROL);
  expect(r.err, label).not.toMatch(RAW_CONTROL);
  const lines = r.err.split('\n').slice(0, -1);
  if (r.code === 2 && stops) {
    // Stopped on bad input: one line (lint lists each problem on its own located line, then a count).
    if (label.startsWith('lint'))
      expect(
        lines.every((l) => /^[^:]+:\d+:\d+: (\S+: )?(error|warning): |^lint: \d+ error/.test(l)),
        `${label}\n${r.err}`,
      ).toBe(true);
    else expect(lines, `${label}\n${r.err}`).toHaveLength(1);
  }
  if (r.code === 2 && !stops) {
    // Read on past bad parts: each problem at its place, then one line saying what came of it.
    expect(lines.length, label).toBeGreaterThanOrEqual(1);
    expect(
      lines.slice(0, -1).every((l) => /^[^:]+:\d+:\d+: |^readquiz stats: left out|^wrote /.test(l)),
      `${label}\n${r.err}`,
    ).toBe(true);
    if (r.out !== '') expect(lines.at(-1), label).toMatch(/^readquiz (grade|stats): /);
  }
  for (const l of lines) expect(l.length, label).toBeLessThan(2000);
}

describe(`fuzz: ${CASES} broken versions of each input`, () => {
  it('banks through lint, generate and worksheet', async () => {
    const yaml = readFileSync(join(ROOT, 'questions', 'biden-ukraine.yaml'), 'utf8');
    const article = readFileSync(join(ROOT, 'questions', 'biden-ukraine.txt'), 'utf8');
    const rnd = prng(16);
    // Banks cost the most per case (three commands, a bank parsed each time): two thirds as many.
    for (let i = 0; i < Math.ceil((CASES * 2) / 3); i++) {
      const d = join(dir, `bank-${i}`);
      mkdirSync(d);
      writeFileSync(join(d, 'biden-ukraine.txt'), rnd() < 0.15 ? mutate(article, rnd) : article);
      writeFileSync(join(d, 'bank.yaml'), mutateTimes(yaml, rnd));
      const before = listing(d);
      const label = `bank case ${i}`;
      if (i % 3 === 0) expectPromisesKept(await run(['lint', 'bank.yaml'], d), `lint ${label}`, true);
      const gen = await run(
        ['generate', '--bank', 'bank.yaml', '--seed', `f${i}`, '--count', '5', '--format', 'text'],
        d,
      );
      expectPromisesKept(gen, `generate ${label}`, true);
      const ws = await run(
        ['worksheet', '--bank', 'bank.yaml', '--seed', `f${i}`, '--count', '5', '--format', 'md', '-o', 'w.md'],
        d,
      );
      expectPromisesKept(ws, `worksheet ${label}`, true);
      if (ws.code !== 0) expect(listing(d), `${label}: nothing left behind`).toEqual(before);
      rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);

  it('answer files through grade', async () => {
    const d = join(dir, 'answers');
    mkdirSync(d);
    writeFileSync(join(d, 'quiz.json'), JSON.stringify(quiz, null, 2));
    const answers = JSON.stringify(
      Object.fromEntries(quiz.questions.map((q, i) => [i % 2 ? q.id : String(i + 1), q.answer])),
      null,
      1,
    );
    const rnd = prng(14);
    for (let i = 0; i < CASES; i++) {
      const broken = mutateTimes(answers, rnd);
      writeFileSync(join(d, 'a.json'), broken);
      const format = ['table', 'json', 'csv', 'md'][i % 4]!;
      const before = listing(d);
      const r = await run(
        ['grade', 'quiz.json', 'a.json', '--format', format, ...(i % 5 === 0 ? ['-o', 'out.txt'] : [])],
        d,
      );
      expectPromisesKept(r, `grade answers case ${i} (${format})`, false);
      if (r.code !== 0 && r.out === '' && !/^readquiz grade: graded/m.test(r.err)) expect(listing(d)).toEqual(before);
      rmSync(join(d, 'out.txt'), { force: true });
    }
    // The quiz file itself, broken.
    for (let i = 0; i < Math.ceil(CASES / 2); i++) {
      writeFileSync(join(d, 'q.json'), mutateTimes(JSON.stringify(quiz, null, 2), rnd));
      writeFileSync(join(d, 'a.json'), answers);
      expectPromisesKept(await run(['grade', 'q.json', 'a.json'], d), `grade quiz case ${i}`, false);
    }
  }, 120_000);

  it('class sheets through grade and stats', async () => {
    const d = join(dir, 'sheets');
    mkdirSync(d);
    const sheet = readFileSync(join(ROOT, 'tests', 'fixtures', 'class', 'class1.csv'), 'utf8');
    const rnd = prng(15);
    for (let i = 0; i < CASES; i++) {
      writeFileSync(join(d, 's.csv'), mutateTimes(sheet, rnd));
      const format = ['table', 'json', 'csv'][i % 3]!;
      const cmd = i % 2 ? 'grade' : 'stats';
      expectPromisesKept(
        await run([cmd, '--seed', 'class1', 's.csv', '--format', format], d),
        `${cmd} sheet case ${i} (${format})`,
        false,
      );
    }
  }, 120_000);

  it('record files through stats', async () => {
    const d = join(dir, 'records');
    mkdirSync(d);
    const lines = ['a', 'b', 'c'].map((s) => {
      const q = generateQuiz(bank, { seed: s, count: 4 });
      return JSON.stringify({
        format: 'readquiz/attempt@1',
        seed: s,
        bank: { id: q.bank.id, contentHash: q.bank.contentHash },
        options: q.options,
        strict: false,
        round: 1,
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:01:00.000Z',
        answers: q.questions.map((x) => ({
          questionId: x.id,
          type: x.type,
          factKind: x.factKind,
          response: null,
          status: 'unanswered',
          points: 0,
          max: x.points,
          ms: 10,
        })),
        score: { points: 0, max: 4 },
      });
    });
    const rnd = prng(13);
    for (let i = 0; i < CASES; i++) {
      writeFileSync(join(d, 'r.jsonl'), mutateTimes(lines.join('\n'), rnd));
      const format = ['table', 'json', 'csv'][i % 3]!;
      expectPromisesKept(
        await run(['stats', 'r.jsonl', '--format', format], d),
        `stats record case ${i} (${format})`,
        false,
      );
    }
  }, 120_000);
});
