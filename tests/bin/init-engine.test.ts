// `readquiz init` runs in a node started with engine flags (scripts/bin-stub.cjs): the bin's init must write what
// the CLI writes in-process, keep its exit codes and messages, and end with the signal that ends it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, runBin } from '../helpers/run-bin.js';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-init-engine-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('init through the bin', () => {
  it('writes byte for byte the bank the CLI drafts in-process, with the same summary', async () => {
    for (const name of ['wikinews-nasa-shuttles.txt', 'noaa-connecticut-reserve.html']) {
      for (const side of ['bin', 'cli']) {
        mkdirSync(join(dir, side), { recursive: true });
        copyFileSync(join(ARTICLES, name), join(dir, side, name));
      }
      const bin = runBin(['init', name, '-o', 'bank.yaml'], { cwd: join(dir, 'bin') });
      expect(bin.code, bin.stderr).toBe(0);
      const io = fakeIo({ cwd: join(dir, 'cli') });
      expect(await main(['init', name, '-o', 'bank.yaml'], io)).toBe(0);
      expect(readFileSync(join(dir, 'bin', 'bank.yaml'), 'utf8')).toBe(
        readFileSync(join(dir, 'cli', 'bank.yaml'), 'utf8'),
      );
      expect(bin.stderr).toBe(io.err());
      rmSync(join(dir, 'bin'), { recursive: true });
      rmSync(join(dir, 'cli'), { recursive: true });
    }
  });

  it('keeps the exit code and the one line of bad input', () => {
    const r = runBin(['init', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('missing.txt:1:1: cannot read the article: no such file or folder\n');
    expect(runBin(['init', '--help'], { cwd: dir }).code).toBe(0);
  });

  it('ends no sooner than the drafting node: after a SIGTERM, the bank is whole or absent, and stays so', async () => {
    // A long article, so the drafting is still under way when the signal comes.
    const long = [
      'wikinews-nasa-shuttles.txt',
      'wikinews-korea-quasi-war.txt',
      'wikinews-asylum-rescue.txt',
      'wikinews-mecca-crane.txt',
      'wikinews-ottawa-document.txt',
    ]
      .map((n, i) => {
        const text = readFileSync(join(ARTICLES, n), 'utf8');
        return i === 0 ? text : text.split('\n').slice(1).join('\n');
      })
      .join('\n\n');
    writeFileSync(join(dir, 'long.txt'), long);
    const child = spawn(process.execPath, [BIN, 'init', 'long.txt', '-o', 'bank.yaml'], { cwd: dir, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    const bank = join(dir, 'bank.yaml');
    const atExit = existsSync(bank) ? readFileSync(bank, 'utf8') : undefined;
    // Drafting is one synchronous run, so init writes its bank whole before any handler can stop it (as in one node).
    if (atExit !== undefined) expect(atExit).toMatch(/\nfacts:\n/);
    // Had the drafting node gone on alone, the bank would appear or change within seconds.
    await new Promise((r) => setTimeout(r, 3000));
    expect(existsSync(bank) ? readFileSync(bank, 'utf8') : undefined).toBe(atExit);
  }, 20_000);
});
