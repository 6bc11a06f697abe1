// Every file readquiz writes goes through here: written to a temporary file in the same folder, flushed,
// then renamed over the target, so a reader never sees half a file and a failure leaves nothing behind.
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReadquizError } from '../core/errors.js';
import { describeFsError } from './read-text.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error (exit 2) and is left as it was. */
  force?: boolean;
  /** Create missing parent folders. */
  mkdirs?: boolean;
}

let counter = 0;

export function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (existsSync(file)) {
    if (lstatSync(file).isDirectory()) throw new ReadquizError('is a folder; expected a file name to write', { file });
    if (!options.force) throw new ReadquizError('already exists; pass --force to overwrite it', { file });
  }
  const dir = dirname(file);
  if (options.mkdirs) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new ReadquizError(describeFsError(err, 'cannot create the folder'), { file: dir });
    }
  }
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing; the original error matters */
      }
    }
    rmSync(tmp, { force: true });
    throw new ReadquizError(describeFsError(err, 'cannot write'), { file });
  }
}

/** Refuses to write into an existing folder unless forced; creates it otherwise. For multi-file outputs. */
export function prepareOutputFolder(folder: string, options: WriteOptions = {}): void {
  if (existsSync(folder)) {
    if (!lstatSync(folder).isDirectory()) throw new ReadquizError('exists and is not a folder', { file: folder });
    if (!options.force) throw new ReadquizError('already exists; pass --force to write into it', { file: folder });
    return;
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw new ReadquizError(describeFsError(err, 'cannot create the folder'), { file: folder });
  }
}
