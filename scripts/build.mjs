#!/usr/bin/env node
// Builds dist/: the `readquiz` bin (esbuild bundles and a V8 code cache), the precompiled built-in banks, the JSON Schemas,
// and the typed library (tsc -> dist/lib). `--if-stale` skips the work when dist/ is newer than every source.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, 'dist', 'readquiz.cjs');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(bin) && existsSync(join(root, 'dist', 'lib', 'index.js'))) {
  const sources = ['src', 'questions', 'scripts', 'package.json'].map((p) => join(root, p)).filter(existsSync);
  const newestSource = Math.max(...sources.map(newestMtime));
  if (statSync(bin).mtimeMs >= newestSource) process.exit(0);
}

const started = Date.now();
// dist/ is overwritten in place, not removed first: tests and other shells may be running the bin.
mkdirSync(join(root, 'dist'), { recursive: true });

// 1. Schemas and precompiled banks, by running scripts/build-data.ts through esbuild.
const dataScript = join(root, 'dist', '.build-data.mjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts', 'build-data.ts')],
  outfile: dataScript,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const { buildData } = await import(pathToFileURL(dataScript).href);
const problems = buildData(root);
rmSync(dataScript);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  if (problems.some((p) => p.includes(': error: '))) {
    console.error('build: a built-in bank has errors (above); fix them or run `readquiz lint`');
    process.exit(2);
  }
}

// 2. The bin, in three files:
//    dist/cli.cjs     the CLI without the Ink UI, one CommonJS bundle (run from a V8 code cache)
//    dist/ui.mjs      the Ink app (ink, react, yoga), an ES module loaded by `take` alone
//    dist/review-ui.mjs  the review screen, the same way, loaded by `review` alone
//    dist/readquiz.cjs  the bin: runs cli.cjs with dist/cli.cache (scripts/bin-stub.cjs)
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  // READQUIZ_UNMINIFIED=1 keeps names readable, for profiling (node --cpu-prof dist/readquiz.cjs ...).
  minify: !process.env.READQUIZ_UNMINIFIED,
  legalComments: 'none',
  // pdfkit reads its font metrics from its own folder at run time, so it stays in node_modules; so does
  // fontkit, which PDF runs alone load (with the DejaVu fonts from dejavu-fonts-ttf), and bidi-js, which
  // only PDF runs with right-to-left text load.
  external: ['pdfkit', 'fontkit', 'bidi-js'],
  alias: { 'react-devtools-core': join(root, 'scripts', 'react-devtools-core-stub.mjs') },
  define: {
    'process.env.NODE_ENV': '"production"',
    __READQUIZ_VERSION__: JSON.stringify(pkg.version),
  },
  logLevel: 'error',
};

await esbuild.build({
  ...common,
  entryPoints: [join(root, 'src', 'ui', 'run-app.ts')],
  outfile: join(root, 'dist', 'ui.mjs'),
  format: 'esm',
  // Bundled CommonJS dependencies (react) call require(); ESM has none unless we make one.
  banner: {
    js: "import { createRequire as __readquizCreateRequire } from 'node:module';\nconst require = __readquizCreateRequire(import.meta.url);",
  },
});

// The review screen (`readquiz review`, `init --review`) is a bundle of its own, so `take` loads only its UI.
await esbuild.build({
  ...common,
  entryPoints: [join(root, 'src', 'ui', 'review', 'run-review.ts')],
  outfile: join(root, 'dist', 'review-ui.mjs'),
  format: 'esm',
  banner: {
    js: "import { createRequire as __readquizCreateRequire } from 'node:module';\nconst require = __readquizCreateRequire(import.meta.url);",
  },
});

// The UI is not bundled into cli.cjs: `take` imports ./ui.mjs at run time (and `review` ./review-ui.mjs).
const uiOutside = {
  name: 'ui-outside',
  setup(build) {
    build.onResolve({ filter: /[\\/]ui[\\/]run-app\.js$/ }, () => ({ path: './ui.mjs', external: true }));
    build.onResolve({ filter: /[\\/]ui[\\/]review[\\/]run-review\.js$/ }, () => ({
      path: './review-ui.mjs',
      external: true,
    }));
  },
};
await esbuild.build({
  ...common,
  entryPoints: [join(root, 'src', 'bin', 'readquiz.ts')],
  outfile: join(root, 'dist', 'cli.cjs'),
  format: 'cjs',
  plugins: [uiOutside],
  // Parsing YAML (banks of your own, --format yaml, init) and zipping (qti) load these from node_modules
  // when used, so a cold `generate` on a built-in bank does not read or compile them.
  // init's NLP library and HTML reader likewise load only in init.
  external: [...common.external, 'yaml', 'fflate', 'compromise', 'linkedom', '@mozilla/readability'],
  // Functions restored from the code cache cannot import() on Node 20: dynamic imports become require()
  // (pdfkit, yaml and fflate are CommonJS; the Ink UI comes through the bin's loader instead).
  supported: { 'dynamic-import': false },
  // import.meta.url has no CommonJS meaning; the modules that use it want this file's own URL. A getter:
  // pathToFileURL costs 0.3 ms, and a cold generate on a built-in bank never asks.
  define: { ...common.define, 'import.meta.url': '__readquizMeta.url', __READQUIZ_MODULE_FILE__: '__filename' },
  banner: { js: "var __readquizMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
});

copyFileSync(join(root, 'scripts', 'bin-stub.cjs'), join(root, 'dist', 'readquiz.cjs'));
chmodSync(join(root, 'dist', 'readquiz.cjs'), 0o755);
// The code cache: one warm `generate` compiles what a cold start needs; V8 refuses a stale cache itself.
rmSync(join(root, 'dist', 'cli.cache'), { force: true });
const warm = spawnSync(process.execPath, [join(root, 'dist', 'readquiz.cjs'), 'generate', '--seed', 'code-cache'], {
  env: { ...process.env, READQUIZ_WRITE_CODE_CACHE: join(root, 'dist', 'cli.cache') },
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (warm.status !== 0) {
  console.error(`build: the built bin failed its warm-up run:\n${warm.stderr}`);
  process.exit(1);
}
// Files of the previous ESM layout, so an updated checkout does not keep serving them.
rmSync(join(root, 'dist', 'readquiz.js'), { force: true });
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });

// 3. The typed library API (import {loadBank, generateQuiz} from 'readquiz'). Type errors are the
// typecheck's job (`npm run typecheck`); the build still emits so the bin and tests can run.
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
    { stdio: 'pipe' },
  );
} catch (err) {
  const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
  console.error(
    `build: tsc reported type errors (the library was emitted anyway; run npm run typecheck):\n${out.split('\n').slice(0, 10).join('\n')}`,
  );
}
writeFileSync(join(root, 'dist', 'BUILD'), `${pkg.version} built in ${Date.now() - started} ms\n`);
