// `readquiz review` and `init --review` as commands: refusing pipes, usage, banks it cannot review.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOT_A_TERMINAL_REVIEW } from '../../src/cli/commands/review.js';
import { BINDINGS } from '../../src/ui/review/keys.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, runBin } from '../helpers/run-bin.js';
import { FakeStdin, FakeStdout } from '../helpers/fake-tty.js';
import type { CliIo } from '../../src/cli/cli-io.js';

const ARTICLE = fileURLToPath(new URL('../fixtures/articles/riverside-footbridge.md', import.meta.url));
const BANK = fileURLToPath(new URL('../fixtures/articles/riverside-footbridge.fixed.yaml', import.meta.url));

describe('readquiz review', () => {
  it.each([
    ['stdin and stdout piped', { stdinIsTTY: false, stdoutIsTTY: false }],
    ['stdin piped', { stdinIsTTY: false, stdoutIsTTY: true }],
    ['stdout piped', { stdinIsTTY: true, stdoutIsTTY: false }],
  ])('%s: one line, exit 2', async (_name, tty) => {
    const io = fakeIo(tty);
    expect(await main(['review', BANK], io)).toBe(2);
    expect(io.err()).toBe(`${NOT_A_TERMINAL_REVIEW}\n`);
    expect(io.out()).toBe('');
  });

  it('needs one bank file', async () => {
    const io = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true });
    expect(await main(['review'], io)).toBe(2);
    expect(io.err()).toMatch(/^readquiz review: expected one bank file/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('an article instead of a bank: points to init --review', async () => {
    const io = fakeIo();
    expect(await main(['review', 'article.txt'], io)).toBe(2);
    expect(io.err()).toBe(
      "readquiz review: 'article.txt' is not a bank (a .yaml file); to draft one from an article and review it: readquiz init article.txt --review\n",
    );
  });

  it('a bank it cannot review: one placed line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-review-cli-'));
    writeFileSync(join(dir, 'bad.yaml'), 'format: readquiz/bank@1\nid: x\ntitle: [unclosed\n');
    const io = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir });
    expect(await main(['review', 'bad.yaml'], io)).toBe(2);
    expect(io.err()).toMatch(
      /^bad\.yaml:\d+:\d+: YAML syntax: .*; the review needs this fixed first \(readquiz lint bad\.yaml\)\n$/,
    );
    const io2 = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir });
    expect(await main(['review', 'missing.yaml'], io2)).toBe(2);
    expect(io2.err().trim().split('\n')).toHaveLength(1);
  });

  it('--help describes the keys', async () => {
    const io = fakeIo();
    expect(await main(['review', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: readquiz review BANK\.yaml/);
    // Derived from the key table the screen and its footer read.
    for (const b of BINDINGS)
      expect(io.out()).toMatch(
        new RegExp(`\\n {4}${b.keys.replace(/[/↑↓]/g, '.')} +(.* / )?${(b.help ?? b.label).replace(/[()]/g, '.')}`),
      );
    expect(io.out()).toContain('    Enter      choose / done');
    expect(io.out()).toContain('    u          undo the last decision, in the file too');
    expect(io.err()).toBe('');
  });

  it('readquiz --help lists it', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/\n {2}review +check a draft's guesses with keys/);
  });

  it('init --review without a terminal: the one line, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-review-cli-'));
    copyFileSync(ARTICLE, join(dir, 'article.md'));
    const io = fakeIo({ cwd: dir });
    expect(await main(['init', 'article.md', '-o', 'bank.yaml', '--review'], io)).toBe(2);
    expect(io.err()).toBe(`${NOT_A_TERMINAL_REVIEW}\n`);
    expect(readdirSync(dir)).toEqual(['article.md']);
    expect(existsSync(join(dir, 'bank.yaml'))).toBe(false);
  });

  it.skipIf(!existsSync(BIN))('the built bin, piped: the one line, exit 2', () => {
    const r = runBin(['review', BANK], { input: '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${NOT_A_TERMINAL_REVIEW}\n`);
    expect(r.stdout).toBe('');
  });
});

// ---------------------------------------------------------------- on a (fake) terminal

function ttyIo(cwd: string): CliIo & { stdin: FakeStdin; stdout: FakeStdout; stderr: FakeStdout } {
  return {
    stdin: new FakeStdin(),
    stdout: new FakeStdout(),
    stderr: new FakeStdout(),
    env: { NO_COLOR: '1' },
    cwd,
    now: () => 0,
    freshSeed: () => 'fresh',
  };
}

const pause = (ms = 100) => new Promise((r) => setTimeout(r, ms));

async function keys(io: { stdin: FakeStdin; stdout: FakeStdout }, ...ks: string[]) {
  for (let i = 0; i < 150 && !io.stdout.out.includes('checked'); i++) await pause(20);
  await pause();
  for (const k of ks) {
    io.stdin.type(k);
    await pause();
  }
}

describe('init --review on a terminal', () => {
  it('drafts, then reviews: a decision is on disk, q q leaves with exit 0 and the terminal restored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-review-cli-'));
    copyFileSync(ARTICLE, join(dir, 'article.md'));
    const io = ttyIo(dir);
    const run = main(['init', 'article.md', '-o', 'bank.yaml', '--review'], io);
    await keys(io, '\r');
    const after = readFileSync(join(dir, 'bank.yaml'), 'utf8');
    expect(after).not.toContain('# check: kind guessed: organisation');
    expect(after).toContain('# check: kind guessed: person');
    await keys(io, 'q', 'q');
    expect(await run).toBe(0);
    expect(io.stdin.isRaw).toBe(false);
    expect(io.stderr.out).toContain('readquiz init: wrote bank.yaml');
  });

  it('Ctrl+C leaves at once (exit 130); what was decided is saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-review-cli-'));
    copyFileSync(ARTICLE, join(dir, 'article.md'));
    expect(await main(['init', 'article.md', '-o', 'bank.yaml'], ttyIo(dir))).toBe(0);
    const before = readFileSync(join(dir, 'bank.yaml'), 'utf8');
    const io = ttyIo(dir);
    const run = main(['review', 'bank.yaml'], io);
    await keys(io, 'a', '\u0003');
    expect(await run).toBe(130);
    expect(io.stdin.isRaw).toBe(false);
    expect(readFileSync(join(dir, 'bank.yaml'), 'utf8')).toBe(
      before.replace('  # check: kind guessed: organisation ("Council" names an organisation)\n', ''),
    );
  });
});
