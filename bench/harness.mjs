// Shared benchmark harness: every figure is a ratio against a bare `node -e ''` start measured in the
// same run, interleaved, so a slow or busy machine moves both sides alike.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = join(root, 'dist', 'readquiz.cjs');
const rssHook = join(root, 'bench', 'report-rss.mjs');

// Three measurements per run, so that none disturbs another: wall time of the plain command; CPU time
// (user + system) of the same command as bash's `times` reports it for its children; and peak memory
// from a preloaded exit hook. The hook is kept out of the timed runs: it starts Node's ES module loader,
// which a bare `node -e ''` would otherwise not pay for, and that would flatter every ratio.
function spawnNode(args, options, extra = {}) {
  return spawnSync(process.execPath, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...(options.env ?? {}), ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function quote(arg) {
  return `'${String(arg).replace(/'/g, "'\\''")}'`;
}

function once(argsOrMake, options = {}) {
  // A function gives fresh arguments per run (a new output folder each time, say).
  const args = typeof argsOrMake === 'function' ? argsOrMake() : argsOrMake;
  const start = process.hrtime.bigint();
  const r = spawnNode(args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // `expectExit`: a command measured on bad input (lint of a broken bank) exits 2 by design.
  const expected = options.expectExit ?? 0;
  if (r.status !== expected) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  // `times` prints the shell's own times, then its children's: "0m0.051s 0m0.012s".
  const cpuArgs = typeof argsOrMake === 'function' ? argsOrMake() : args;
  const t = spawnSync(
    'bash',
    ['-c', `${[process.execPath, ...cpuArgs].map(quote).join(' ')} >/dev/null 2>&1; echo "exit $?"; times`],
    {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...(options.env ?? {}) },
      encoding: 'utf8',
    },
  );
  if (!t.stdout.includes(`exit ${expected}`))
    throw new Error(`bench: ${cpuArgs.join(' ')} failed in the CPU run: ${t.stdout}`);
  const child = t.stdout
    .trim()
    .split('\n')
    .at(-1)
    .match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  const cpuMs = child
    ? (Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4])) * 1000
    : NaN;
  return { ms, cpuMs };
}

function peakRss(args, options = {}) {
  const rssFile = join(tmpdir(), `readquiz-bench-rss-${process.pid}`);
  spawnNode(['--import', rssHook, ...args], options, { READQUIZ_BENCH_RSS: rssFile });
  try {
    const kib = Number(readFileSync(rssFile, 'utf8').split(' ')[0]);
    rmSync(rssFile);
    return kib;
  } catch {
    return NaN;
  }
}

export function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `args` and the bare start `runs` times each, interleaved; returns medians and the ratio. `args` may
 * be a function returning the arguments for each run.
 */
export function compare(name, args, { runs = 15, warmup = 2, ...options } = {}) {
  const base = [];
  const subject = [];
  for (let i = 0; i < warmup; i++) {
    once(['-e', '']);
    once(args, options);
  }
  for (let i = 0; i < runs; i++) {
    base.push(once(['-e', '']));
    subject.push(once(args, options));
  }
  const baseMs = median(base.map((r) => r.ms));
  const subjectMs = median(subject.map((r) => r.ms));
  const rss = (a) => median([0, 1, 2].map(() => peakRss(typeof a === 'function' ? a() : a, options)));
  return {
    name,
    runs,
    baseMs: round(baseMs),
    ms: round(subjectMs),
    ratio: round(subjectMs / baseMs, 2),
    baseCpuMs: round(median(base.map((r) => r.cpuMs))),
    cpuMs: round(median(subject.map((r) => r.cpuMs))),
    cpuRatio: round(median(subject.map((r) => r.cpuMs)) / median(base.map((r) => r.cpuMs)), 2),
    baseRssMiB: round(rss(['-e', '']) / 1024),
    rssMiB: round(rss(args) / 1024),
  };
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Prints wall time and CPU time against the bare start. A limit is judged on CPU time: on a shared
 * machine wall time swings with other load, while the CPU a process spends on itself does not.
 */
export function report(results, limits = {}) {
  let failed = false;
  for (const r of results) {
    const limit = limits[r.name];
    const verdict =
      limit === undefined ? '' : r.cpuRatio <= limit ? `  ok (limit ${limit}x)` : `  OVER the ${limit}x limit`;
    if (limit !== undefined && r.cpuRatio > limit) failed = true;
    console.log(
      `${r.name.padEnd(36)} wall ${String(r.ms).padStart(7)} ms vs ${String(r.baseMs).padStart(6)} ms = ${String(r.ratio).padStart(5)}x` +
        `   cpu ${String(r.cpuMs).padStart(7)} ms vs ${String(r.baseCpuMs).padStart(6)} ms = ${String(r.cpuRatio).padStart(5)}x` +
        `   peak RSS ${r.rssMiB} MiB (bare ${r.baseRssMiB})${verdict}`,
    );
  }
  return failed;
}
