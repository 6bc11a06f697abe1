// --record's appends: one line each, never damaging what is there, even after a cut-short write.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isReadquizError } from '../../src/core/errors.js';
import { appendRecord, checkRecordFile } from '../../src/io/record.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'rq-record-'));

describe('appendRecord', () => {
  it('creates the file with one line, then appends', () => {
    const file = join(tmp(), 'a.jsonl');
    appendRecord(file, { n: 1, text: 'line\nbreak' });
    expect(readFileSync(file, 'utf8')).toBe('{"n":1,"text":"line\\nbreak"}\n');
    appendRecord(file, { n: 2 });
    expect(readFileSync(file, 'utf8')).toBe('{"n":1,"text":"line\\nbreak"}\n{"n":2}\n');
  });

  it('after an interrupted write (no final newline) starts a new line, leaving the earlier bytes as they were', () => {
    const file = join(tmp(), 'a.jsonl');
    const before = '{"n":1}\n{"n":2,"cut sh';
    writeFileSync(file, before);
    appendRecord(file, { n: 3 });
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const lines = after.split('\n');
    expect(lines).toEqual(['{"n":1}', '{"n":2,"cut sh', '{"n":3}', '']);
  });

  it('an empty file gets no blank line first', () => {
    const file = join(tmp(), 'a.jsonl');
    writeFileSync(file, '');
    appendRecord(file, { n: 1 });
    expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n');
  });

  it('a path it cannot write is a ReadquizError naming the file', () => {
    const dir = tmp();
    let err: unknown;
    try {
      appendRecord(join(dir, 'missing', 'a.jsonl'), {});
    } catch (e) {
      err = e;
    }
    expect(isReadquizError(err)).toBe(true);
    expect((err as Error).message).toContain('cannot append the attempt to: no such file or folder');
  });

  const lib = fileURLToPath(new URL('../../dist/lib/io/record.js', import.meta.url));
  it('many processes appending at once: every line whole', async () => {
    const file = join(tmp(), 'a.jsonl');
    const script = `import { appendRecord } from ${JSON.stringify(lib)};
      const id = process.argv[1];
      for (let i = 0; i < 50; i++) appendRecord(${JSON.stringify(file)}, { id, i, pad: 'x'.repeat(2000) });`;
    await Promise.all(
      Array.from(
        { length: 6 },
        (_, p) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script, String(p)], {
              stdio: 'inherit',
            });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
          }),
      ),
    );
    // Two appends racing may leave a blank line between them (the second saw the first half-written and
    // began on a fresh line); readers skip blank lines. No line is ever cut or mixed with another.
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(300);
    for (const l of lines) expect(JSON.parse(l).pad).toHaveLength(2000);
  });
});

describe('checkRecordFile', () => {
  it('accepts a new file in an existing folder and an existing file', () => {
    const dir = tmp();
    expect(() => checkRecordFile(join(dir, 'new.jsonl'))).not.toThrow();
    writeFileSync(join(dir, 'old.jsonl'), '{}\n');
    expect(() => checkRecordFile(join(dir, 'old.jsonl'))).not.toThrow();
    // Checking creates nothing.
    expect(existsSync(join(dir, 'new.jsonl'))).toBe(false);
  });

  it('refuses a folder and a missing folder', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    expect(() => checkRecordFile(join(dir, 'sub'))).toThrow(/is a folder/);
    expect(() => checkRecordFile(join(dir, 'nope', 'a.jsonl'))).toThrow(/does not exist/);
  });
});
