// Issue #16: an output made of several files appears whole or not at all, only what was named is read, and
// an interrupted run leaves nothing behind. Traps the file system can set, made at test time.
import { spawn, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, runBin } from '../helpers/run-bin.js';

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'articles', 'riverside-footbridge.md'),
  'utf8',
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('worksheet -o: the sheet and its key, both or neither', () => {
  it('a dangling link where the key goes: exit 2, one line, and no sheet left behind', async () => {
    symlinkSync(join(dir, 'nowhere', 'gone.html'), join(dir, 'w-key.html'));
    const r = await run(['worksheet', '--seed', 's', '-o', 'w.html']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${join(dir, 'w-key.html')}: already exists; pass --force to overwrite it\n`);
    expect(readdirSync(dir).sort()).toEqual(['w-key.html']);
  });

  it('with --force, a key that cannot be written leaves neither file (and the old sheet as it was)', async () => {
    writeFileSync(join(dir, 'w.html'), 'the old sheet');
    mkdirSync(join(dir, 'w-key.html')); // a folder in the way of the key
    const r = await run(['worksheet', '--seed', 's', '-o', 'w.html', '--force']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(readFileSync(join(dir, 'w.html'), 'utf8')).toBe('the old sheet');
    expect(readdirSync(dir).sort()).toEqual(['w-key.html', 'w.html']);
  });
});

describe('init: the bank and the article copy, both or neither; nothing read but a regular file', () => {
  it('a bank that cannot be written leaves no article copy behind', async () => {
    writeFileSync(join(dir, 'article.md'), ARTICLE);
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'nowhere', 'bank.yaml'), join(dir, 'out', 'bank.yaml'));
    const r = await run(['init', 'article.md', '-o', 'out/bank.yaml']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['bank.yaml']);
  });

  it.each([
    ['a FIFO', (target: string) => execFileSync('mkfifo', [target])],
    ['a link to /dev/zero', (target: string) => symlinkSync('/dev/zero', target)],
  ])('%s where the article copy goes is refused at once, without reading it, even with --force', (_what, make) => {
    writeFileSync(join(dir, 'article.md'), ARTICLE);
    mkdirSync(join(dir, 'out'));
    make(join(dir, 'out', 'article.md'));
    for (const force of [[], ['--force']]) {
      // The bin, with a time limit: reading a FIFO would block the test's own thread for good.
      const r = runBin(['init', 'article.md', '-o', 'out/bank.yaml', ...force], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(/out\/article\.md: /);
      expect(existsSync(join(dir, 'out', 'bank.yaml'))).toBe(false);
    }
  });
});

describe('worksheet --variants into a folder, interrupted', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s half-way removes the temporary folder; the target never appears',
    async (signal) => {
      const child = spawn(
        process.execPath,
        [BIN, 'worksheet', '--seed', 's', '--variants', '400', '--format', 'pdf', '-o', 'sheets'],
        { cwd: dir, stdio: 'ignore' },
      );
      const tmpFiles = () =>
        readdirSync(dir)
          .filter((n) => n.startsWith('.sheets.'))
          .flatMap((n) => readdirSync(join(dir, n)));
      const deadline = Date.now() + 20_000;
      while (tmpFiles().length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(tmpFiles().length).toBeGreaterThanOrEqual(5);
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    },
    30_000,
  );
});
