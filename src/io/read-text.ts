// Reading user files with the limits and messages untrusted input deserves: banks get shared and
// downloaded, so a "bank" may be huge, binary, a device, or not UTF-8.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { ReadquizError } from '../core/errors.js';

export const LIMITS = {
  /** Banks are hand-written YAML; anything this large is a mistake or an attack. */
  bankBytes: 2 * 1024 * 1024,
  articleBytes: 1024 * 1024,
  answersBytes: 20 * 1024 * 1024,
} as const;

/**
 * Reads a UTF-8 text file: refuses folders, devices and pipes, files over `maxBytes`, binary and non-UTF-8
 * content; drops a BOM. Never reads more than `maxBytes + 1` bytes, even from a file that grows meanwhile.
 * Problems with the content are placed at a line and column (line 1 for the file as a whole).
 */
export function readTextFile(file: string, maxBytes: number, what = 'file'): string {
  return decodeUtf8Text(readFileBytes(file, maxBytes, what), file, what);
}

/** The bytes of a regular file of at most `maxBytes`, with readTextFile's checks but for the decoding. */
export function readFileBytes(file: string, maxBytes: number, what = 'file'): Buffer {
  // stat before open: opening a FIFO for reading would block until someone writes to it.
  checkRegular(file, what, () => statSync(file));
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new ReadquizError(describeFsError(err, `cannot read the ${what}`), { file, line: 1, col: 1 });
  }
  let bytes: Buffer;
  try {
    const size = checkRegular(file, what, () => fstatSync(fd)).size;
    if (size > maxBytes) throw tooLarge(file, what, size, maxBytes);
    bytes = readAtMost(fd, maxBytes + 1, file, what);
    if (bytes.length > maxBytes) throw tooLarge(file, what, bytes.length, maxBytes);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** UTF-8 bytes -> text, with the errors readTextFile gives (exported for tests and in-memory sources). */
export function decodeUtf8Text(bytes: Uint8Array, file: string, what = 'file'): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReadquizError(`the ${what} is UTF-16 text; save it as UTF-8`, { file, line: 1, col: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ReadquizError(`the ${what} contains binary data (a NUL byte at offset ${nul}); expected UTF-8 text`, {
      file,
      ...lineColAt(bytes, nul),
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ReadquizError(
      `the ${what} is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')}); save it as UTF-8`,
      { file, ...lineColAt(bytes, at) },
    );
  }
  // A BOM is valid UTF-8 that editors add; it is not content.
  return text.replace(/^\uFEFF/, '');
}

function checkRegular(
  file: string,
  what: string,
  stat: () => { isDirectory(): boolean; isFile(): boolean; size: number },
) {
  let st;
  try {
    st = stat();
  } catch (err) {
    throw new ReadquizError(describeFsError(err, `cannot read the ${what}`), { file, line: 1, col: 1 });
  }
  const expected = /\bfile$/.test(what) ? `the ${what}` : `the ${what} file`;
  // Whole-file problems are placed at 1:1 like every other, so editors and scripts read one format.
  if (st.isDirectory()) throw new ReadquizError(`is a folder; expected ${expected}`, { file, line: 1, col: 1 });
  if (!st.isFile())
    throw new ReadquizError(`is not a regular file (a device, pipe or socket); expected ${expected}`, {
      file,
      line: 1,
      col: 1,
    });
  return st;
}

function tooLarge(file: string, what: string, size: number, maxBytes: number): ReadquizError {
  // Just over the limit, both round alike ("1.0 MiB; at most 1.0 MiB"): then the exact bytes are shown.
  const [got, limit] =
    formatBytes(size) === formatBytes(maxBytes)
      ? [exactBytes(size), exactBytes(maxBytes)]
      : [formatBytes(size), formatBytes(maxBytes)];
  return new ReadquizError(`the ${what} is ${got}; at most ${limit} is accepted`, { file, line: 1, col: 1 });
}

function exactBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

function readAtMost(fd: number, limit: number, file: string, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
  } catch (err) {
    throw new ReadquizError(describeFsError(err, `cannot read the ${what}`), { file, line: 1, col: 1 });
  }
  return Buffer.concat(chunks, total);
}

export function describeFsError(err: unknown, doing: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${doing}: no such file or folder`;
    case 'ENOTDIR':
      return `${doing}: a part of the path is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `${doing}: permission denied`;
    case 'EISDIR':
      return `${doing}: is a folder`;
    case 'ENOSPC':
      return `${doing}: the disk is full`;
    case 'EDQUOT':
      return `${doing}: the disk quota is exceeded`;
    case 'EFBIG':
      return `${doing}: the file is larger than this system allows`;
    case 'EROFS':
      return `${doing}: the file system is read-only`;
    case 'ENAMETOOLONG':
      return `${doing}: the file name is too long`;
    case 'ELOOP':
      return `${doing}: too many symbolic links`;
    case 'EMFILE':
    case 'ENFILE':
      return `${doing}: too many open files`;
    default:
      return `${doing}: ${code ?? (err as Error)?.message ?? String(err)}`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** Offset of the first byte that breaks UTF-8 (a linear scan; only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF are also invalid.
    const c1 = bytes[i + 1]!;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 >= 0xa0) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 >= 0x90)
    )
      return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** 1-based line and column (in characters, not bytes) of a byte offset. */
function lineColAt(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      col = 1;
    } else if ((b & 0xc0) !== 0x80) col++;
  }
  return { line, col };
}
