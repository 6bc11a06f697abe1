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
