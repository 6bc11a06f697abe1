// The README promises that readquiz never touches the network and never runs bank text as code. This
// holds by construction (no module can reach a socket or a shell), and this test keeps it that way.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Each rule with a line it must catch, so a broken pattern cannot pass silently.
const FORBIDDEN: [string, RegExp, string][] = [
  [
    'a network module',
    /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|import\(\s*['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]/,
    "import { get } from 'node:https';",
  ],
  [
    'a subprocess',
    /from\s+['"](node:)?child_process['"]|import\(\s*['"](node:)?child_process['"]/,
    "const cp = await import('child_process');",
  ],
  ['fetch or WebSocket', /\bfetch\s*\(|\bnew\s+WebSocket\b|\bXMLHttpRequest\b/, 'await fetch (url)'],
  [
    'code from text',
    /\beval\s*\(|\bnew\s+Function\s*\(|from\s+['"](node:)?vm['"]/,
    "const f = new Function('return 1');",
  ],
];

describe('no network, no subprocess, no eval', () => {
  const files = sources(SRC);
  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it.each(FORBIDDEN)('no module uses %s', (_what, re, sample) => {
    expect(re.test(sample)).toBe(true);
    const hits = files.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(hits).toEqual([]);
  });
});
