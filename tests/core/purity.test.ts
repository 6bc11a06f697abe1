// src/core is pure (see the guide): no Node built-ins, no yaml/ink/react or any other package but the
// seeded PRNG, no clock, no Math.random, no process or globals reached for I/O. Every file of src/core
// is scanned, the drafter's (src/core/draft) and the makers' included, so a new file cannot slip past.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(root, 'src', 'core');
/** Packages the core may import: the seeded PRNG only. */
const ALLOWED_PACKAGES = ['seedrandom/lib/alea.js'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|tsx|js|mjs|cjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );

/** The code without its comments, so a comment that names Math.random does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

/** Every module specifier: static imports and exports, dynamic import(), require(). */
const specifiers = (text: string) =>
  [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*(['"])([^'"]+)\1/gm),
    ...text.matchAll(/^\s*import\s*(['"])([^'"]+)\1/gm),
    ...text.matchAll(/\b(?:import|require)\s*\(\s*(['"])([^'"]+)\1/g),
  ].map((m) => m[2]!);

const FORBIDDEN: [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random (pass an Rng in)'],
  [/\bDate\.now\b|\bnew Date\(\s*\)|\bperformance\.now\b|\bprocess\.hrtime\b/, 'a clock read (pass the time in)'],
  [/\bprocess\.|\bglobalThis\.process\b/, 'process (only src/bin touches it)'],
  [/\bconsole\./, 'console (return messages instead)'],
  [/\b(?:setTimeout|setInterval|setImmediate|queueMicrotask|fetch|XMLHttpRequest|WebSocket)\s*\(/, 'timers or network'],
  [/\beval\s*\(|\bnew Function\s*\(/, 'eval'],
];

export function impurities(file: string, text: string): string[] {
  const found: string[] = [];
  const body = code(text);
  for (const spec of specifiers(body)) {
    if (spec.startsWith('.')) continue;
    const bare = spec.replace(/^node:/, '');
    if (spec.startsWith('node:') || builtinModules.includes(bare))
      found.push(`${file}: imports the Node built-in '${spec}'`);
    else if (!ALLOWED_PACKAGES.includes(spec)) found.push(`${file}: imports the package '${spec}'`);
  }
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(body)) found.push(`${file}: uses ${what}`);
  return found;
}

describe('src/core stays pure', () => {
  const files = sourceFiles(CORE);

  it('scans every file of src/core, src/core/draft and src/core/makers included', () => {
    const names = files.map((f) => relative(root, f).split('\\').join('/'));
    expect(names.length).toBeGreaterThanOrEqual(34);
    for (const dir of ['src/core/draft/', 'src/core/makers/'])
      expect(
        names.some((n) => n.startsWith(dir)),
        dir,
      ).toBe(true);
  });

  it('imports no Node built-in or package but the PRNG, and reads no clock, Math.random or process', () => {
    const found = files.flatMap((f) => impurities(relative(root, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches each kind of impurity (the scanner itself)', () => {
    const bad = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "const y = await import('yaml');",
      "import { Box } from 'ink';",
      "export { x } from 'node:os';",
      "import {\n  a,\n  b,\n} from 'react';",
      "const fs = require('fs');",
      'const t = Date.now();',
      'const d = new Date();',
      'const r = Math.random();',
      'const e = process.env.HOME;',
      'console.log(1);',
    ];
    for (const line of bad) expect(impurities('x.ts', line), line).not.toEqual([]);
    const fine = [
      "import alea from 'seedrandom/lib/alea.js';",
      "import { x } from './text.js';",
      '// the core never calls Math.random or Date.now',
      '/* no process here */ const iso = new Date(ms).toISOString();',
      "const url = 'https://example.org'; // a comment",
      "const said = `from '${who}'`;",
    ];
    for (const line of fine) expect(impurities('x.ts', line), line).toEqual([]);
  });
});
