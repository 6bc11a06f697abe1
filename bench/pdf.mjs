// PDF worksheets through the built bin, against a bare `node -e ''` start in the same run:
// - one worksheet and its key (`-o sheet.pdf`): target within 0.3 s of the bare start (wall), judged as
//   a ratio (6.2x: 300 ms over a 58 ms bare start on the idle CI-class machine);
// - 1,000 variants with key-all in one process: target 4 s of CPU, judged as a ratio: bash's `times`
//   counted a bare start at 52-54 ms of CPU on the CI-class machine (2026-12-01, Node 20.20), so 75x
//   (an earlier run counted 145 ms, and set 28x: the seconds are the figure to compare across runs);
// - peak memory at 1, 100 and 1,000 variants: at most 150 MiB, and flat with the count, judged as 1,000
//   variants peaking at most 15 MiB above 100 (89-90 / 97 MiB on 2026-12-01; 109-111 / 158 before V8's
//   heap was kept small during the run, src/cli/batch-heap.ts). RSS swings a few MiB from run to run.
// BENCH_BASE_BIN=path/to/readquiz.cjs also measures another build (say, main's) in the same run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, compare, report } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
// The seed 'demo', not 'bench': since the reading-skills generator the built-in bank cannot make ten
// questions for 'bench#203', so a thousand variants of 'bench' stop there (exit 2). Every one of
// 'demo#1' ... 'demo#1000' can be made.
const SEED = 'demo';
const work = mkdtempSync(join(tmpdir(), 'readquiz-bench-pdf-'));
let n = 0;
const fresh = (b, args) => () => [
  b,
  'worksheet',
  '--seed',
  SEED,
  ...args,
  '-o',
  join(work, `out-${++n}${args.includes('--variants') ? '' : '.pdf'}`),
];

const bins = [['', bin]];
if (process.env.BENCH_BASE_BIN) bins.push(['base: ', process.env.BENCH_BASE_BIN]);

// Sanity first: the run writes the sheets and key-all.
const check = fresh(bin, ['--variants', '20', '--format', 'pdf'])();
const { spawnSync } = await import('node:child_process');
const r = spawnSync(process.execPath, check, { encoding: 'utf8' });
if (r.status !== 0 || readdirSync(check.at(-1)).length !== 21)
  throw new Error(`bench: worksheet --variants 20 --format pdf failed: ${r.stderr}`);

let failed = false;
for (const [label, b] of bins) {
  const one = compare(`${label}1 pdf worksheet + key`, fresh(b, ['--format', 'pdf']), { runs: runs * 3, warmup: 1 });
  const k1000 = compare(`${label}1000 pdf variants + key-all`, fresh(b, ['--variants', '1000', '--format', 'pdf']), {
    runs,
    warmup: 1,
  });
  const k100 = compare(`${label}100 pdf variants + key-all`, fresh(b, ['--variants', '100', '--format', 'pdf']), {
    runs,
    warmup: 1,
  });
  const limits = label ? {} : { [k1000.name]: 75 };
  failed = report([one, k100, k1000], limits) || failed;
  // 300 ms over the bare start, as a ratio: the bare start is 58 ms on the idle CI-class machine (README),
  // so within 0.3 s means at most (58 + 300) / 58 = 6.2x; a busy machine slows both sides alike.
  const oneOk = one.ratio <= 6.2;
  const memOk = k1000.rssMiB <= 150 && k1000.rssMiB - k100.rssMiB <= 15;
  console.log(
    `${label}one worksheet: ${one.ratio}x the bare start (wall; ${Math.round(one.ms - one.baseMs)} ms over it in this run; target 6.2x)${label ? '' : oneOk ? '  ok' : '  OVER'}`,
  );
  console.log(
    `${label}1000 variants: ${k1000.cpuRatio}x the bare start's CPU (target 75x, 4 s; ${k1000.cpuMs} ms); peak RSS ${one.rssMiB} / ${k100.rssMiB} / ${k1000.rssMiB} MiB at 1 / 100 / 1000 variants (target <= 150, 1000 within 15 of 100)${label ? '' : memOk ? '  ok' : '  OVER'}`,
  );
  if (!label && (!oneOk || !memOk)) failed = true;
}
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
