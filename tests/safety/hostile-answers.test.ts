// Class sheets come from students and spreadsheets: untrusted like banks. Terminal escapes in names and
// answers must be shown escaped (table and messages), each bad value named by line and column, formulas
// neutralised in CSV output, and unreadable sheets refused in one line with nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const BANK = fileURLToPath(new URL('./fixtures/hostile/bank.yaml', import.meta.url));
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-answers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function grade(sheet: string | Buffer, extra: string[] = []) {
  const name = `sheet-${Math.random().toString(36).slice(2)}.csv`;
  writeFileSync(join(dir, name), sheet);
  const io = fakeIo({ cwd: dir, stdoutIsTTY: true });
  const code = await main(['grade', '--bank', BANK, '--seed', 'class', '--count', '3', name, ...extra], io);
  return { code, out: io.out(), err: io.err(), name };
}

describe('hostile class sheets', () => {
  it('escape sequences in names and answers reach the terminal escaped; the bad value is placed', async () => {
    // The quiz (seed class, count 3): 1 cloze "two hours", 2 multiple choice (b, 40), 3 numeric (5). The
    // escape sequence is the answer to question 3, in the cell that starts at column 30 (the quoted name
    // takes columns 1-16, the escape and the bell one column each).
    const r = await grade('student,1,2,3\n"Eve \u001b]0;pwned\u0007",two hours,b,\u001b[2J\n');
    expect(r.out + r.err).not.toMatch(CONTROL);
    expect(r.out).toContain('Eve \\u{1b}]0;pwned\\u{7}');
    expect(r.err.split('\n')[0]).toBe(
      `${r.name}:2:30: question 3: '\\u{1b}[2J' is not a number (write it like 8500, 8,500 or 8.5k); scored as not answered`,
    );
    expect(r.err.trimEnd().split('\n')).toHaveLength(2);
    expect(r.code).toBe(2);
  });

  it('CSV output: cells that would start a formula are neutralised', async () => {
    const r = await grade('student,1,2,3\n=1+2,a,t,a\n"@SUM(A1:A9)",b,f,b\n', ['--format', 'csv', '-o', 'grades.csv']);
    const csv = readFileSync(join(dir, 'grades.csv'), 'utf8');
    expect(csv).toContain("'=1+2");
    expect(csv).toContain("'@SUM(A1:A9)");
    expect(csv.split(/\r?\n/).filter((l) => /^[=+@]/.test(l))).toEqual([]);
    expect(r.code).toBeLessThanOrEqual(2);
  });

  it.each([
    ['binary', Buffer.from([0x73, 0x2c, 0x31, 0x0a, 0x00, 0x01]), /:2:1: the answers file contains binary data/],
    ['UTF-16', Buffer.from('\uFEFFstudent,1\n', 'utf16le'), /:1:1: the answers file is UTF-16 text; save it as UTF-8/],
    [
      'Latin-1',
      Buffer.from([0x73, 0x2c, 0x31, 0x0a, 0x4a, 0xf6, 0x2c, 0x61, 0x0a]),
      /:2:2: the answers file is not valid UTF-8 \(byte 0xf6\)/,
    ],
  ])('a %s sheet: exit 2, one line, nothing written', async (_what, bytes, says) => {
    const r = await grade(bytes, ['--format', 'csv', '-o', `out-${_what}.csv`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(says);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, `out-${_what}.csv`))).toBe(false);
  });

  it('a device as the sheet is refused without reading it', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['grade', '--bank', BANK, '--seed', 'class', '--count', '3', '/dev/zero'], io)).toBe(2);
    expect(io.err()).toBe(
      '/dev/zero:1:1: is not a regular file (a device, pipe or socket); expected the answers file\n',
    );
  });
});
