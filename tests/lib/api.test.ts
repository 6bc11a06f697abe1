import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import { loadBank } from '../../src/io/load-bank.js';

const consumer = fileURLToPath(new URL('../fixtures/lib-consumer/consumer.mjs', import.meta.url));

describe("the library API: import {loadBank, generateQuiz} from 'readquiz'", () => {
  it('works through the package exports (built dist/lib) and matches the source', async () => {
    const r = spawnSync(process.execPath, [consumer, 'fixture-1'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const viaPackage = JSON.parse(r.stdout);
    const direct = generateQuiz(await loadBank('biden-ukraine'), {
      seed: 'fixture-1',
      count: 5,
      types: ['multiple-choice', 'numeric'],
    });
    expect(viaPackage).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(new Set(viaPackage.questions.map((q: { type: string }) => q.type))).toEqual(
      new Set(['multiple-choice', 'numeric']),
    );
  });

  it("finds its banks from its own location, whoever runs it: under `node -e` (a global __filename of '[eval]'), from another folder", () => {
    const lib = new URL('../../dist/lib/index.js', import.meta.url).href;
    const script = `import(${JSON.stringify(lib)}).then(async (m) => { const b = await m.loadBank('biden-ukraine'); console.log(b.id, b.facts.length > 0); })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('biden-ukraine true\n');
    expect(r.status).toBe(0);
  });

  it('ships type declarations for the API', () => {
    const dts = readFileSync(new URL('../../dist/lib/index.d.ts', import.meta.url), 'utf8');
    expect(dts).toContain('generateQuiz');
    expect(dts).toContain('loadBank');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['.'].types).toBe('./dist/lib/index.d.ts');
  });

  it('loadBank reports a bad path as a ReadquizError with the file', async () => {
    await expect(loadBank('questions/nope.yaml')).rejects.toMatchObject({
      name: 'ReadquizError',
      file: 'questions/nope.yaml',
    });
  });
});
