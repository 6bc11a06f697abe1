#!/usr/bin/env node
// Builds dist/: the `readquiz` bin bundle (esbuild), the precompiled built-in banks, the JSON Schemas,
// and the typed library (tsc -> dist/lib). `--if-stale` skips the work when dist/ is newer than every source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, 'dist', 'readquiz.js');

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

// 2. The bin: one ESM bundle with code splitting, so ink/react/yaml/pdfkit load only for commands that use them.
await esbuild.build({
  entryPoints: { readquiz: join(root, 'src', 'bin', 'readquiz.ts') },
  outdir: join(root, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  // pdfkit reads its font metrics from its own folder at run time, so it stays in node_modules.
  external: ['pdfkit'],
  alias: { 'react-devtools-core': join(root, 'scripts', 'react-devtools-core-stub.mjs') },
  define: {
    'process.env.NODE_ENV': '"production"',
    __READQUIZ_VERSION__: JSON.stringify(pkg.version),
  },
  banner: {
    // Bundled CommonJS dependencies call require(); ESM has none unless we make one.
    js: "#!/usr/bin/env node\nimport { createRequire as __readquizCreateRequire } from 'node:module';\nconst require = __readquizCreateRequire(import.meta.url);",
  },
  logLevel: 'error',
});

// 3. The typed library API (import {loadBank, generateQuiz} from 'readquiz'). Type errors are the
// typecheck's job (`npm run typecheck`); the build still emits so the bin and tests can run.
try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'pipe' });
} catch (err) {
  const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
  console.error(`build: tsc reported type errors (the library was emitted anyway; run npm run typecheck):\n${out.split('\n').slice(0, 10).join('\n')}`);
}
writeFileSync(join(root, 'dist', 'BUILD'), `${pkg.version} built in ${Date.now() - started} ms\n`);
