#!/usr/bin/env node
// The `readquiz` bin. It runs dist/cli.cjs (the whole CLI but the Ink UI, as one CommonJS bundle) from a
// V8 code cache that the build made after a warm run, so a cold start skips compiling what `generate`
// needs (Node 20 has no compile cache of its own). A cache that does not fit this Node is ignored by V8
// and the CLI simply compiles as usual. READQUIZ_WRITE_CODE_CACHE=FILE (build only) writes the cache.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const file = join(__dirname, 'cli.cjs');
const cacheFile = join(__dirname, 'cli.cache');
const writeCache = process.env.READQUIZ_WRITE_CODE_CACHE;

// `init` drafts in about a second of pattern matching, for which V8's defaults cost 40% more CPU than they save:
// each regular expression is interpreted, then compiled again once reused, and hot functions are optimised on
// other threads for a run too short to earn it back (README, performance). These flags are only safe when node
// starts with them (set later, the optimiser's has crashed), and would slow the long runs of other commands, so
// init alone runs in a node started so. The terminal's Ctrl-C reaches both processes; other signals are passed on.
const INIT_FLAGS = ['--no-regexp-tier-up', '--no-turbofan'];
if (process.argv[2] === 'init' && !writeCache && !INIT_FLAGS.every((f) => process.execArgv.includes(f))) {
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...INIT_FLAGS, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  const pass = (signal) => child.kill(signal);
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, pass);
  child.on('exit', (code, signal) => {
    if (signal) {
      // End as the child did: by the same signal, with no handler left to catch it.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
  child.on('error', (err) => {
    process.stderr.write(`readquiz: internal error (please report it): could not start init: ${err.message}\n`);
    process.exitCode = 1;
  });
  return;
}

let cachedData;
if (!writeCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (a build without one): compile as usual.
  }
}
// Functions restored from a code cache cannot call import() on Node 20, so this file (a plain CommonJS
// module, where import() works) loads the Ink app for `take` (src/cli/ui-loader.ts).
globalThis[Symbol.for('readquiz.loadUi')] = () => import(pathToFileURL(join(__dirname, 'ui.mjs')).href);
globalThis[Symbol.for('readquiz.loadReviewUi')] = () => import(pathToFileURL(join(__dirname, 'review-ui.mjs')).href);
const script = new vm.Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const mod = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
if (writeCache) {
  // At exit the functions the run used are compiled, so the cache holds them too.
  process.on('exit', () => writeFileSync(writeCache, script.createCachedData()));
}
