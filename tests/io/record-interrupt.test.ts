// `--record FILE` appends one JSON line per attempt. Whatever happens to a write (the process killed, the
// file-size limit hit halfway through a line), every earlier line stays intact and readable, and the next
// append starts on a fresh line so a damaged line stays the only damaged one.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadquizError } from '../../src/core/errors.js';
import { appendRecord, checkRecordFile } from '../../src/io/record.js';

let dir: string;
/** A script that appends records with the real appendRecord: `node appender.mjs FILE COUNT PAD`. */
let appender: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-record-'));
  appender = join(dir, 'appender.mjs');
  const entry = join(dir, 'appender.ts');
  const record = fileURLToPath(new URL('../../src/io/record.ts', import.meta.url));
  writeFileSync(
    entry,
    `import { appendRecord } from ${JSON.stringify(record)};
const [file, count, pad] = process.argv.slice(2);
for (let i = 1; i <= Number(count); i++) {
  try {
    appendRecord(file, { n: i, pad: 'x'.repeat(Number(pad)) });
  } catch (err) {
    process.stderr.write(err.format() + '\\n');
    process.exit(2);
  }
}
`,
  );
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: appender,
    logLevel: 'error',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of a record file: the complete JSON ones, in order, and the damaged ones. */
function lines(file: string) {
  const good: { n: number }[] = [];
  const bad: string[] = [];
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (l === '') continue;
    try {
      good.push(JSON.parse(l) as { n: number });
    } catch {
      bad.push(l);
    }
  }
  return { good, bad };
}

describe('appendRecord', () => {
  it('appends one line per attempt and keeps every earlier line byte for byte', () => {
    const file = join(dir, 'plain.jsonl');
    appendRecord(file, { n: 1 });
    const before = readFileSync(file, 'utf8');
    appendRecord(file, { n: 2, text: 'line\nbreak "quoted" \u001b' });
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.split('\n')).toHaveLength(3);
    expect(lines(file).good.map((r) => r.n)).toEqual([1, 2]);
  });

  it('after a write that was cut short, the next record starts on a fresh line', () => {
    const file = join(dir, 'cut.jsonl');
    appendRecord(file, { n: 1 });
    appendFileSync(file, '{"n":2,"pad":"xxxx'); // what a crash mid-write leaves
    appendRecord(file, { n: 3 });
    expect(lines(file)).toEqual({ good: [{ n: 1 }, { n: 3 }], bad: ['{"n":2,"pad":"xxxx'] });
  });

  it('a process killed while appending leaves complete lines, in order, at most one damaged at the end', async () => {
    const file = join(dir, 'killed.jsonl');
    appendRecord(file, { n: 0 });
    const child = spawn(process.execPath, [appender, file, '100000', '2000'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    let done = false;
    void exited.then(() => (done = true));
    // Kill it mid-run: once some records are in (polling the file, not the clock decides when).
    while (!done && readFileSync(file, 'utf8').split('\n').length < 20) await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    child.kill('SIGKILL');
    await exited;
    const { good, bad } = lines(file);
    expect(good.length).toBeGreaterThan(1);
    expect(good.map((r) => r.n)).toEqual(good.map((_, i) => i));
    expect(bad.length).toBeLessThanOrEqual(1);
    // The next run continues on a fresh line.
    appendRecord(file, { n: -1 });
    expect(lines(file).good.at(-1)).toEqual({ n: -1 });
  });

  it('a write stopped halfway by the file-size limit: a clear error, earlier lines intact, later runs fine', (ctx) => {
    if (spawnSync('bash', ['-c', 'true']).status !== 0) ctx.skip('bash is needed for ulimit');
    const file = join(dir, 'limited.jsonl');
    appendRecord(file, { n: 0 });
    const before = readFileSync(file, 'utf8');
    // 8 KiB limit, 3 KB records: the third cannot be written whole. Node ignores SIGXFSZ, so it is EFBIG.
    const r = spawnSync('bash', ['-c', `ulimit -f 8; exec "${process.execPath}" "${appender}" "${file}" 10 3000`], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${file}: cannot append the attempt to: the file is larger than this system allows\n`);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(before)).toBe(true);
    const { good, bad } = lines(file);
    expect(good.map((x) => x.n)).toEqual([0, 1, 2]);
    expect(bad.length).toBeLessThanOrEqual(1);
    appendRecord(file, { n: 99 });
    expect(lines(file).good.map((x) => x.n)).toEqual([0, 1, 2, 99]);
  });
});

describe('a full disk', () => {
  it('appending to /dev/full (every write fails with ENOSPC): one clear message', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('no /dev/full on this system');
    let error: unknown;
    try {
      appendRecord('/dev/full', { n: 1 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReadquizError);
    expect((error as ReadquizError).format()).toBe('/dev/full: cannot append the attempt to: the disk is full');
  });
});

describe('checkRecordFile', () => {
  it('refuses a folder and a missing folder before the quiz starts', () => {
    expect(() => checkRecordFile(dir)).toThrow(ReadquizError);
    expect(() => checkRecordFile(join(dir, 'no', 'such', 'file.jsonl'))).toThrow(/does not exist/);
    expect(() => checkRecordFile(join(dir, 'new.jsonl'))).not.toThrow();
  });
});
