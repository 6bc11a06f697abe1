// Reading user files with the limits and messages untrusted input deserves.
import { readFileSync, statSync } from 'node:fs';
import { ReadquizError } from '../core/errors.js';

export const LIMITS = {
  /** Banks are hand-written YAML; anything this large is a mistake or an attack. */
  bankBytes: 2 * 1024 * 1024,
  articleBytes: 1024 * 1024,
  answersBytes: 20 * 1024 * 1024,
} as const;

/** Reads a UTF-8 text file: refuses folders, files over `maxBytes`, binary and non-UTF-8 content; drops a BOM. */
export function readTextFile(file: string, maxBytes: number, what = 'file'): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new ReadquizError(`is a folder; expected a ${what}`, { file });
    size = st.size;
  } catch (err) {
    if (err instanceof ReadquizError) throw err;
    throw new ReadquizError(describeFsError(err, `cannot read ${what}`), { file });
  }
  if (size > maxBytes) {
    throw new ReadquizError(`${what} is ${formatBytes(size)}; at most ${formatBytes(maxBytes)} is accepted`, { file });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ReadquizError(describeFsError(err, `cannot read ${what}`), { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ReadquizError(`${what} contains binary data (a NUL byte at offset ${nul}); expected UTF-8 text`, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, col } = lineColAt(bytes, at);
    throw new ReadquizError(`${what} is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')}); save it as UTF-8`, { file, line, col });
  }
  return text.replace(/^\uFEFF/, '');
}

export function describeFsError(err: unknown, doing: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return `${doing}: no such file`;
    case 'EACCES':
    case 'EPERM': return `${doing}: permission denied`;
    case 'EISDIR': return `${doing}: is a folder`;
    case 'ENOSPC': return `${doing}: the disk is full`;
    case 'EROFS': return `${doing}: the file system is read-only`;
    default: return `${doing}: ${(err as Error)?.message ?? String(err)}`;
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
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function lineColAt(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}
