// `--record FILE`: each attempt is appended as one JSON line. One write on an O_APPEND descriptor, then
// fsync, so concurrent runs never interleave inside a line and a crash loses at most the line being written.
// If an earlier write was cut short (the file does not end in a newline), the new line starts on a fresh
// line, so the damaged one stays the only damaged one.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { ReadquizError } from '../core/errors.js';
import { describeFsError } from './read-text.js';

/** Fails early (before a quiz is taken) when the record file could not be appended to. */
export function checkRecordFile(file: string): void {
  if (existsSync(file)) {
    if (lstatSync(file).isDirectory())
      throw new ReadquizError('is a folder; expected a file to append attempts to', { file });
    try {
      accessSync(file, constants.W_OK);
    } catch (err) {
      throw new ReadquizError(describeFsError(err, 'cannot append to'), { file });
    }
    return;
  }
  const dir = dirname(file);
  if (!existsSync(dir))
    throw new ReadquizError(`the folder ${dir} does not exist; create it or record elsewhere`, { file });
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new ReadquizError(describeFsError(err, 'cannot create'), { file });
  }
}

export function appendRecord(file: string, record: unknown): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'a+', 0o644);
    const size = fstatSync(fd).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    const bytes = Buffer.from(`${prefix}${JSON.stringify(record)}\n`, 'utf8');
    // O_APPEND writes of a whole buffer land together; loop only for the rare short write.
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (err) {
    throw new ReadquizError(describeFsError(err, 'cannot append the attempt to'), { file });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
