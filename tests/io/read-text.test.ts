// readTextFile: the one door for user files. Limits and messages for what a shared or downloaded file
// may be: huge, binary, UTF-16, not UTF-8, a folder, a device or a pipe.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeUtf8Text, describeFsError, formatBytes, readTextFile } from '../../src/io/read-text.js';
import { readquizErrorFrom } from '../helpers/readquiz-error.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('readTextFile: what loads', () => {
  it('plain UTF-8, with any script', () => {
    expect(readTextFile(file('a.yaml', 'id: café — Zürich “quoted” 日本\n'), 1000, 'bank')).toBe(
      'id: café — Zürich “quoted” 日本\n',
    );
  });
  it('drops a BOM (valid UTF-8 that editors add) and nothing else', () => {
    expect(readTextFile(file('a.yaml', '\uFEFFid: x\n'), 1000)).toBe('id: x\n');
    expect(readTextFile(file('b.yaml', 'id: \uFEFFx\n'), 1000)).toBe('id: \uFEFFx\n');
  });
  it('keeps CRLF line ends as they are (the YAML parser and the article parser handle them)', () => {
    expect(readTextFile(file('a.yaml', 'a: 1\r\nb: 2\r\n'), 1000)).toBe('a: 1\r\nb: 2\r\n');
  });
  it('accepts a file of exactly the limit, and an empty file', () => {
    expect(readTextFile(file('a.txt', 'x'.repeat(100)), 100)).toHaveLength(100);
    expect(readTextFile(file('e.txt', ''), 100)).toBe('');
  });
});

describe('readTextFile: what is refused, and where it says so', () => {
  it('one byte over the limit: the size, the limit, at 1:1', () => {
    const p = file('a.txt', 'x'.repeat(2049));
    expect(readquizErrorFrom(() => readTextFile(p, 2048, 'bank')).format()).toBe(
      `${p}:1:1: the bank is 2,049 bytes; at most 2,048 bytes is accepted`,
    );
  });
  it('binary: the offset and the line and column of the first NUL', () => {
    const p = file('a.yaml', Buffer.concat([Buffer.from('a: 1\nbé: '), Buffer.from([0, 1, 2])]));
    expect(readquizErrorFrom(() => readTextFile(p, 1000, 'bank')).format()).toBe(
      `${p}:2:5: the bank contains binary data (a NUL byte at offset 10); expected UTF-8 text`,
    );
  });
  it('UTF-16 (either byte order) is named as such', () => {
    for (const bytes of [Buffer.from('\uFEFFid: x\n', 'utf16le'), Buffer.from([0xfe, 0xff, 0, 0x69])]) {
      const p = file('u16.yaml', bytes);
      expect(readquizErrorFrom(() => readTextFile(p, 1000, 'bank')).format()).toBe(
        `${p}:1:1: the bank is UTF-16 text; save it as UTF-8`,
      );
    }
  });
  it.each([
    ['Latin-1 é', Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), '2:4', '0xe9'],
    [
      'a lone continuation byte after multibyte text',
      Buffer.concat([Buffer.from('日本'), Buffer.from([0x80])]),
      '1:3',
      '0x80',
    ],
    ['an overlong encoding of "/"', Buffer.from([0x61, 0xc0, 0xaf]), '1:2', '0xc0'],
    ['a UTF-16 surrogate encoded in UTF-8', Buffer.from([0x0a, 0xed, 0xa0, 0x80]), '2:1', '0xed'],
    ['a sequence cut off at the end', Buffer.from([0x61, 0x62, 0xe6, 0x97]), '1:3', '0xe6'],
  ])('not UTF-8 (%s): the first bad byte and where it is', (_what, bytes, at, byte) => {
    const p = file('bad.txt', bytes);
    expect(readquizErrorFrom(() => readTextFile(p, 1000, 'article')).format()).toBe(
      `${p}:${at}: the article is not valid UTF-8 (byte ${byte}); save it as UTF-8`,
    );
  });
  it('a folder', () => {
    mkdirSync(join(dir, 'sub'));
    expect(readquizErrorFrom(() => readTextFile(join(dir, 'sub'), 1000, 'bank')).format()).toBe(
      `${join(dir, 'sub')}:1:1: is a folder; expected the bank file`,
    );
  });
  it('a device is refused without reading it (/dev/zero would never end)', () => {
    expect(readquizErrorFrom(() => readTextFile('/dev/zero', 1000, 'bank')).format()).toBe(
      '/dev/zero:1:1: is not a regular file (a device, pipe or socket); expected the bank file',
    );
  });
  it('a named pipe is refused without waiting for a writer', (ctx) => {
    const fifo = join(dir, 'pipe.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      ctx.skip('mkfifo is not available');
    }
    expect(readquizErrorFrom(() => readTextFile(fifo, 1000, 'bank')).message).toBe(
      'is not a regular file (a device, pipe or socket); expected the bank file',
    );
  });
  it('a missing file', () => {
    expect(readquizErrorFrom(() => readTextFile(join(dir, 'nope.yaml'), 1000, 'bank')).format()).toBe(
      `${join(dir, 'nope.yaml')}:1:1: cannot read the bank: no such file or folder`,
    );
  });
  it.skipIf(isRoot)(
    'an unreadable file (permissions are not enforced for root, so this runs only as a normal user)',
    () => {
      const p = file('secret.yaml', 'a: 1\n');
      chmodSync(p, 0o000);
      expect(readquizErrorFrom(() => readTextFile(p, 1000, 'bank')).message).toBe(
        'cannot read the bank: permission denied',
      );
    },
  );
});

describe('helpers', () => {
  it('decodeUtf8Text: the same rules for bytes in memory', () => {
    expect(decodeUtf8Text(Buffer.from('\uFEFFok'), 'mem')).toBe('ok');
    expect(readquizErrorFrom(() => decodeUtf8Text(Buffer.from([0x6f, 0xff]), 'mem')).format()).toBe(
      'mem:1:2: the file is not valid UTF-8 (byte 0xff); save it as UTF-8',
    );
  });
  it('describeFsError names the common causes in words', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFsError(e('ENOSPC'), 'cannot write')).toBe('cannot write: the disk is full');
    expect(describeFsError(e('EACCES'), 'cannot write')).toBe('cannot write: permission denied');
    expect(describeFsError(e('EROFS'), 'cannot write')).toBe('cannot write: the file system is read-only');
    expect(describeFsError(e('EFBIG'), 'cannot write')).toBe(
      'cannot write: the file is larger than this system allows',
    );
    expect(describeFsError(e('EWHATEVER'), 'cannot write')).toBe('cannot write: EWHATEVER');
  });
  it('formatBytes', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(50 * 1024 * 1024)]).toEqual([
      '512 bytes',
      '2.0 KiB',
      '50.0 MiB',
    ]);
  });
});
