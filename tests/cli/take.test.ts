// `readquiz take`: refuses pipes with one line; runs on a terminal; --record appends the attempt.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOT_A_TERMINAL } from '../../src/cli/commands/take.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { runBin } from '../helpers/run-bin.js';
import { FakeStdin, FakeStdout } from '../helpers/fake-tty.js';

const BANK = fileURLToPath(new URL('../fixtures/articles/riverside-footbridge.fixed.yaml', import.meta.url));

describe('not a terminal', () => {
  it.each([
    ['stdin and stdout piped', { stdinIsTTY: false, stdoutIsTTY: false }],
    ['stdin piped', { stdinIsTTY: false, stdoutIsTTY: true }],
    ['stdout piped', { stdinIsTTY: true, stdoutIsTTY: false }],
  ])('%s: one line pointing to generate, worksheet and grade; exit 2', async (_name, tty) => {
    const io = fakeIo(tty);
    expect(await main(['take', '--seed', 's'], io)).toBe(2);
    expect(io.err()).toBe(`${NOT_A_TERMINAL}\n`);
    expect(io.out()).toBe('');
  });

  it('readquiz with no command is take', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(2);
    expect(io.err()).toBe(`${NOT_A_TERMINAL}\n`);
  });

  it('bad options are reported as usage errors first', async () => {
    const io = fakeIo();
    expect(await main(['take', '--count', '0'], io)).toBe(2);
    expect(io.err()).toContain("--count takes a whole number from 1 to 1000, got '0'");
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('take --help shows the usage', async () => {
    const io = fakeIo();
    expect(await main(['take', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: readquiz \[take\]/);
    expect(io.out()).toContain('--no-feedback');
  });

  it('the built bin, piped: the one line, no Ink error box, exit 2', () => {
    for (const args of [[], ['take', '--seed', 'x']]) {
      const r = runBin(args, { input: 'b\n' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${NOT_A_TERMINAL}\n`);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/raw mode/i);
    }
  });
});

// ---------------------------------------------------------------- on a (fake) terminal

function ttyIo(cwd: string): CliIo & { stdin: FakeStdin; stdout: FakeStdout; stderr: FakeStdout } {
  let t = Date.UTC(2026, 0, 5, 9, 0, 0);
  return {
    stdin: new FakeStdin(),
    stdout: new FakeStdout(),
    stderr: new FakeStdout(),
    env: { NO_COLOR: '1' },
    cwd,
    now: () => (t += 1500),
    freshSeed: () => 'fresh',
  };
}

const pause = (ms = 80) => new Promise((r) => setTimeout(r, ms));

/** Waits for the app to draw its first frame, then types the keys one by one. */
async function keys(io: { stdin: FakeStdin; stdout: FakeStdout }, ...ks: string[]) {
  const { stdin } = io;
  for (let i = 0; i < 100 && io.stdout.out === ''; i++) await pause(20);
  await pause();
  for (const k of ks) {
    stdin.type(k);
    await pause();
  }
}

describe('on a terminal', () => {
  it('--record appends the attempt as one JSON line; a second attempt appends another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-take-'));
    for (const _attempt of [1, 2]) {
      const io = ttyIo(dir);
      const run = main(
        [
          'take',
          '--bank',
          BANK,
          '--seed',
          'rec',
          '--count',
          '2',
          '--types',
          'true-false',
          '--no-article',
          '--no-feedback',
          '--record',
          'attempts.jsonl',
        ],
        io,
      );
      await keys(io, '\r', 't', 'f', 'q');
      expect(await run).toBe(0);
      expect(io.stdin.isRaw).toBe(false);
    }
    const lines = readFileSync(join(dir, 'attempts.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({
      format: 'readquiz/attempt@1',
      seed: 'rec',
      bank: {
        id: 'riverside-council-approves-new-footbridge-after-long-wait',
        contentHash: expect.stringMatching(/^[0-9a-f]+$/),
      },
      options: { count: 2, types: ['true-false'] },
      strict: false,
      score: { max: 2 },
    });
    expect(rec.answers).toHaveLength(2);
    expect(rec.answers.map((a: { response: unknown }) => a.response)).toEqual([true, false]);
    for (const a of rec.answers) {
      expect(a).toEqual({
        questionId: expect.stringMatching(/:true-false$/),
        type: 'true-false',
        factKind: expect.stringMatching(/^(quantity|set|quote|statement|role|action)$/),
        response: expect.any(Boolean),
        status: expect.stringMatching(/^(right|wrong)$/),
        points: expect.any(Number),
        max: 1,
        ms: 1500,
      });
    }
    expect(rec.score.points).toBe(rec.answers.reduce((n: number, a: { points: number }) => n + a.points, 0));
    expect(Date.parse(rec.finishedAt)).toBeGreaterThan(Date.parse(rec.startedAt));
    expect(JSON.parse(lines[1]!)).toEqual({ ...rec, startedAt: expect.any(String), finishedAt: expect.any(String) });
  });

  it('Ctrl+C leaves at once with exit 130 and records nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-take-'));
    const io = ttyIo(dir);
    // --count 3: this small bank makes fewer than the default 10 under the composition rules.
    const run = main(
      ['take', '--bank', BANK, '--seed', 'x', '--count', '3', '--no-article', '--record', 'a.jsonl'],
      io,
    );
    await keys(io, '\r', '\u0003');
    expect(await run).toBe(130);
    expect(io.stdin.isRaw).toBe(false);
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false);
  });

  it('without --count, a bank that holds fewer than 10 questions is taken as it stands; --count 10 is a promise (init says "Next: readquiz take")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-take-'));
    const io = ttyIo(dir);
    const run = main(['take', '--bank', BANK, '--seed', 'x', '--no-article'], io);
    await keys(io, 'q');
    expect(await run).toBe(0);
    expect(io.stdout.out).toMatch(/\b[1-9] questions, \d+ points in all/);
    const io2 = ttyIo(dir);
    expect(await main(['take', '--bank', BANK, '--seed', 'x', '--count', '10'], io2)).toBe(2);
    expect(io2.stderr.out).toMatch(/can make only \d questions/);
  });

  it('a --record path that cannot be written is refused before the quiz starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-take-'));
    const io = ttyIo(dir);
    expect(await main(['take', '--bank', BANK, '--record', 'no/such/folder/a.jsonl'], io)).toBe(2);
    expect(io.stderr.out).toMatch(/^no\/such\/folder\/a\.jsonl: the folder .* does not exist/);
    expect(io.stdout.out).toBe('');
    writeFileSync(join(dir, 'x'), '');
    const io2 = ttyIo(dir);
    expect(await main(['take', '--bank', BANK, '--record', '.'], io2)).toBe(2);
    expect(io2.stderr.out).toContain('is a folder');
  });
});
