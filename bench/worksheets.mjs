// Worksheet variants in one process, through the built bin: 1,000 HTML variants with their keys
// (target <= 10x a bare `node -e ''` start) and 100 PDF variants with keys (target <= 40x), both measured
// against the bare start in the same run. The same runs are repeated writing to RAM (/dev/shm), since
// creating a thousand files on a disk varies tenfold from one minute to the next; and it shows where the
// time goes: generating 1,000 quizzes in a fresh process (what the bin pays) and once the code is warm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, compare, report, root } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'readquiz-bench-ws-'));
const out = (name) => join(work, name);

// Sanity: the commands work and write what they should before anything is timed.
for (const [format, k] of [
  ['html', 1000],
  ['pdf', 100],
]) {
  const dir = out(`check-${format}`);
  const r = spawnSync(
    process.execPath,
    [bin, 'worksheet', '--seed', 'bench', '--variants', String(k), '--format', format, '-o', dir],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`bench: worksheet --format ${format} failed: ${r.stderr}`);
  const n = readdirSync(dir).length;
  if (n !== k + 1)
    throw new Error(`bench: expected ${k + 1} files for ${format} (the variants and key-all), found ${n}`);
}

// Each run writes a new folder, as a teacher's run does (--force into an old one is a different path).
let run = 0;
const fresh =
  (format, k, base = work) =>
  () => [
    bin,
    'worksheet',
    '--seed',
    'bench',
    '--variants',
    String(k),
    '--format',
    format,
    '-o',
    join(base, `${format}-${++run}`),
  ];
const results = [
  compare('worksheet 1000 html variants+keys', fresh('html', 1000), { runs, warmup: 1 }),
  compare('worksheet 100 pdf variants+keys', fresh('pdf', 100), { runs, warmup: 1 }),
];
const failed = report(results, { 'worksheet 1000 html variants+keys': 10, 'worksheet 100 pdf variants+keys': 40 });

const ram = existsSync('/dev/shm') ? mkdtempSync(join('/dev/shm', 'readquiz-bench-ws-')) : undefined;
if (ram) {
  console.log('same, written to RAM (/dev/shm), not judged:');
  report([
    compare('  1000 html variants+keys, in RAM', fresh('html', 1000, ram), { runs, warmup: 1 }),
    compare('  100 pdf variants+keys, in RAM', fresh('pdf', 100, ram), { runs, warmup: 1 }),
  ]);
  rmSync(ram, { recursive: true, force: true });
}

// Where the time goes: the quiz generator alone for the same 1,000 seeds, in a fresh process (V8 runs
// it interpreted until it has warmed up, as the bin does) and then again in the same, warm process.
const lib = pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href;
const script = `
  const { loadBank, generateQuiz } = await import(${JSON.stringify(lib)});
  const bank = await loadBank('biden-ukraine');
  const seeds = Array.from({ length: 1000 }, (_, i) => (i === 0 ? 'bench' : 'bench#' + (i + 1)));
  const time = () => { const t = performance.now(); for (const seed of seeds) generateQuiz(bank, { seed, count: 10 }); return performance.now() - t; };
  const cold = time();
  let warm = Infinity;
  for (let i = 0; i < 3; i++) warm = Math.min(warm, time());
  console.log(JSON.stringify({ cold, warm }));`;
const { cold, warm } = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
);
console.log(
  `generateQuiz alone, 1,000 variants: ${Math.round(cold)} ms in a fresh process, ${Math.round(warm)} ms once warm (${(warm / 1000).toFixed(2)} ms a quiz)`,
);

rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
