// Work bounded on hostile inputs within the documented limits (issue #16), through the built bin, against
// a bare `node -e ''` start in the same run:
// - `lint` of a 4,000-fact bank (about 1 MB) whose evidence is in none of the sentences of a 1 MB article:
//   each fact asks for the article's closest sentence;
// - `stats` of a 10 MB record file of 14,000 attempts, each with its own seed and `"count": "all"`, each
//   answering its first two questions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, compare, report, root } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'readquiz-bench-hostile-'));

// A seeded generator, so every run measures the same files.
let state = 7;
const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const WORDS =
  'harbour minister plan fishermen guarantee talks city council budget bridge river transport railway school hospital election vote market price energy water farm village road tunnel port ship crew storm flood rescue police court judge law tax'.split(
    ' ',
  );
const sentence = (n) => {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
};

const paragraphs = [];
for (let size = 0; size < 990_000;) {
  const p = Array.from({ length: 5 }, () => sentence(12 + Math.floor(rnd() * 14))).join(' ');
  paragraphs.push(p);
  size += p.length + 2;
}
writeFileSync(join(work, 'article.txt'), `A long article\n\n${paragraphs.join('\n\n')}\n`);
const facts = Array.from({ length: 4000 }, (_, i) => {
  const ev = `${sentence(10 + Math.floor(rnd() * 8)).slice(0, -1)} zq${i}.`;
  return `  - id: f${i}\n    kind: statement\n    text: ${ev}\n    evidence: ${ev}`;
});
writeFileSync(
  join(work, 'bank.yaml'),
  [
    'format: readquiz/bank@1',
    'id: big',
    'title: A long article',
    'article:',
    '  file: article.txt',
    'entities:',
    '  - id: anna',
    '    kind: person',
    '    name: Anna Berg',
    'facts:',
    ...facts,
    '',
  ].join('\n'),
);

const { loadBank, generateQuiz } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const bank = await loadBank('biden-ukraine');
const lines = [];
for (let i = 0, size = 0; size < 10e6; i++) {
  const q = generateQuiz(bank, { seed: `rec-${i}`, count: 'all' });
  const answers = q.questions.slice(0, 2).map((x) => ({
    questionId: x.id,
    type: x.type,
    factKind: x.factKind,
    response: null,
    status: 'unanswered',
    points: 0,
    max: x.points,
    ms: 1000,
  }));
  const line = JSON.stringify({
    format: 'readquiz/attempt@1',
    seed: q.seed,
    bank: { id: q.bank.id, contentHash: q.bank.contentHash },
    options: q.options,
    strict: false,
    round: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:05:00.000Z',
    answers,
    score: { points: 0, max: 3 },
  });
  lines.push(line);
  size += line.length + 1;
}
writeFileSync(join(work, 'records.jsonl'), `${lines.join('\n')}\n`);

const results = [
  compare('lint: 4,000 facts not in a 1 MB article', [bin, 'lint', join(work, 'bank.yaml')], {
    runs,
    warmup: 0,
    expectExit: 2,
  }),
  compare(
    `stats: ${lines.length} attempts, 10 MB, count all`,
    [bin, 'stats', join(work, 'records.jsonl'), '--format', 'json'],
    { runs, warmup: 0 },
  ),
];
const failed = report(results);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
