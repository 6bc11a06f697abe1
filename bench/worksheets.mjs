// Worksheet variants in one process, through the built bin: 1,000 HTML variants with their keys
// (target <= 10x a bare `node -e ''` start) and 100 PDF variants with keys (target <= 40x), both measured
// against the bare start in the same run. Also shows where the time goes: generating the quizzes
// (generateQuiz, in-process) versus rendering and writing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, compare, report, root } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'readquiz-bench-ws-'));
const out = (name) => join(work, name);

// Sanity: the commands work and write what they should before anything is timed.
for (const [format, k] of [['html', 1000], ['pdf', 100]]) {
  const dir = out(`check-${format}`);
  const r = spawnSync(process.execPath, [bin, 'worksheet', '--seed', 'bench', '--variants', String(k), '--format', format, '-o', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: worksheet --format ${format} failed: ${r.stderr}`);
  const n = readdirSync(dir).length;
  if (n !== k + 1) throw new Error(`bench: expected ${k + 1} files for ${format} (the variants and key-all), found ${n}`);
}

// Each run writes a new folder, as a teacher's run does (--force into an old one is a different path).
let run = 0;
const fresh = (format, k) => () => [bin, 'worksheet', '--seed', 'bench', '--variants', String(k), '--format', format, '-o', out(`${format}-${++run}`)];
const results = [
  compare('worksheet 1000 html variants+keys', fresh('html', 1000), { runs, warmup: 1 }),
  compare('worksheet 100 pdf variants+keys', fresh('pdf', 100), { runs, warmup: 1 }),
];
const failed = report(results, { 'worksheet 1000 html variants+keys': 10, 'worksheet 100 pdf variants+keys': 40 });

// Where the time goes: the quiz generator alone, in-process, for the same seeds.
const { loadBank, generateQuiz } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const bank = await loadBank('biden-ukraine', { cwd: root });
generateQuiz(bank, { seed: 'bench', count: 10 });
const t = performance.now();
for (let v = 1; v <= 200; v++) generateQuiz(bank, { seed: v === 1 ? 'bench' : `bench#${v}`, count: 10 });
const perQuiz = (performance.now() - t) / 200;
console.log(`generateQuiz alone: ${perQuiz.toFixed(2)} ms per variant (1000 variants = ${((perQuiz * 1000) / 1000).toFixed(1)} s of the html run)`);

rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
