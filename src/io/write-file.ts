// Every file readquiz writes goes through here: written to a temporary file in the same folder, flushed,
// then moved into place, so a reader never sees half a file and a failure (full disk, denied permission,
// an interrupted write) leaves nothing behind: neither a partial target nor the temporary file.
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
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
  const there = whatIsAt(file);
  if (there === 'folder') throw new ReadquizError('is a folder; expected a file name to write', { file });
  if (there === 'special')
    throw new ReadquizError('is not a regular file (a device, pipe or socket); readquiz writes only regular files', {
      file,
    });
  if (there === 'file' && !options.force)
    throw new ReadquizError('already exists; pass --force to overwrite it', { file });
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
    if (options.force) renameSync(tmp, file);
    else publishNew(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing; the original error matters */
      }
    }
    rmSync(tmp, { force: true });
    if (err instanceof ReadquizError) throw err;
    throw new ReadquizError(describeFsError(err, 'cannot write'), { file });
  }
}

/**
 * Several files as one output (a sheet and its key; a drafted bank and its article's copy): all are written
 * or none. Every target is checked before anything is written; each file is written to a temporary file
 * and flushed; only then are they moved into place, and should one move fail, those already moved are
 * taken back (a replaced file is put back), so a failure half-way leaves the targets as they were.
 */
export function writeFilesAtomic(
  files: readonly { file: string; data: string | Uint8Array }[],
  options: WriteOptions = {},
): void {
  for (const { file } of files) checkTarget(file, options);
  const staged: { file: string; tmp: string; aside?: string; placed?: boolean }[] = [];
  const cleanUp = () => {
    for (const st of staged) {
      rmSync(st.tmp, { force: true });
      if (st.aside) rmSync(st.aside, { force: true });
    }
  };
  try {
    for (const { file, data } of files) {
      const dir = dirname(file);
      if (options.mkdirs) mkdirSync(dir, { recursive: true });
      const st: (typeof staged)[number] = {
        file,
        tmp: join(dir, `.${basename(file)}.${process.pid}.${++counter}.tmp`),
      };
      staged.push(st);
      writeAndSync(st.tmp, data);
    }
    for (const st of staged) {
      if (options.force && whatIsAt(st.file) === 'file') {
        // Keep a second name for the file being replaced, so it can be put back.
        const aside = join(dirname(st.file), `.${basename(st.file)}.${process.pid}.${++counter}.old`);
        linkSync(st.file, aside);
        st.aside = aside;
        renameSync(st.tmp, st.file);
      } else publishNew(st.tmp, st.file);
      st.placed = true;
    }
  } catch (err) {
    for (const st of staged.filter((x) => x.placed).reverse()) {
      try {
        if (st.aside) renameSync(st.aside, st.file);
        else rmSync(st.file, { force: true });
      } catch {
        /* best effort: the original error is what the user needs */
      }
    }
    cleanUp();
    if (err instanceof ReadquizError) throw err;
    const failed = staged.find((x) => !x.placed)?.file ?? files[0]!.file;
    throw new ReadquizError(describeFsError(err, 'cannot write'), { file: failed });
  }
  cleanUp();
}

function checkTarget(file: string, options: WriteOptions): void {
  const there = whatIsAt(file);
  if (there === 'folder') throw new ReadquizError('is a folder; expected a file name to write', { file });
  if (there === 'special')
    throw new ReadquizError('is not a regular file (a device, pipe or socket); readquiz writes only regular files', {
      file,
    });
  if (there === 'file' && !options.force)
    throw new ReadquizError('already exists; pass --force to overwrite it', { file });
}

function writeAndSync(file: string, data: string | Uint8Array): void {
  const fd = openSync(file, 'wx', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `file` is a regular file holding exactly `data`, found without reading anything else: a pipe, a
 * device or a link to one (/dev/zero) is never opened, and a file of another size is not read at all.
 */
export function holdsExactly(file: string, data: string): boolean {
  const st = statOrUndefined(file);
  if (!st || !st.isFile()) return false;
  const bytes = Buffer.from(data, 'utf8');
  if (st.size !== bytes.length) return false;
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Moves the finished temporary file to a name that must not exist yet. A hard link fails if the name
 * was taken meanwhile (rename would silently replace it); file systems without hard links fall back to
 * a check and a rename.
 */
function publishNew(tmp: string, file: string): void {
  try {
    linkSync(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ReadquizError('already exists; pass --force to overwrite it', { file });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV')
      throw err;
    if (existsSync(file)) throw new ReadquizError('already exists; pass --force to overwrite it', { file });
    renameSync(tmp, file);
    return;
  }
  rmSync(tmp, { force: true });
}

/**
 * What a write to `file` would replace. A device, pipe or socket is never replaced (as root, renaming over
 * /dev/full would replace the device); a symbolic link counts as what it points to, or as a file when it
 * points nowhere.
 */
function whatIsAt(file: string): 'nothing' | 'folder' | 'special' | 'file' {
  const existing = lstatOrUndefined(file);
  if (!existing) return 'nothing';
  if (existing.isDirectory()) return 'folder';
  const target = existing.isSymbolicLink() ? statOrUndefined(file) : existing;
  return target && !target.isFile() ? 'special' : 'file';
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
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

export interface OutputFolderOptions extends WriteOptions {
  /**
   * Names of files an earlier run of the same command made (`variant-07.html`): with force, those the new
   * set does not hold are removed once it is in place, so no stale sheet or key is left beside it.
   */
  ownNames?: RegExp;
}

/** A file of an output folder written in pieces, so a long one (a thousand variants' key) is never held whole. */
export interface OutputFile {
  /** Writes `bytes` at once: they may be reused as soon as it returns. */
  write(bytes: Uint8Array): void;
  close(): void;
}

export interface OutputFolder {
  write(name: string, data: string | Uint8Array): void;
  /** A file written piece by piece; like the others it appears only at commit. Close it before then. */
  open(name: string): OutputFile;
  /** Puts the set in place; returns the files of an earlier set it removed. */
  commit(): { removed: string[] };
  abort(): void;
}

/**
 * Several files as one output (worksheet variants), made in a temporary folder and moved into place at
 * the end, so bad input or a failure half-way leaves the target as it was, and a thousand variants do
 * not cost a thousand fsyncs.
 * - A new folder is filled under a hidden name beside it and appears whole by one rename.
 * - Into an existing folder (force) the files are made in a hidden folder inside it (same file system,
 *   no rights needed on the parent) and renamed over their namesakes; each replaced file is kept aside
 *   until all are in place, and put back if any rename fails, so the folder holds the old set or the
 *   new one. Files of other names are left alone, but for an earlier set's (`ownNames`).
 */
// Temporary folders of outputs still being made. The bin removes them when SIGINT or SIGTERM ends the run
// half-way (this module never touches `process`): an interrupted run leaves nothing behind.
const unfinished = new Set<string>();
// Files of those folders still being written, closed before their folder is removed.
const unfinishedFiles = new Set<number>();

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Closing a file about to be removed: nothing to keep.
  }
  unfinishedFiles.delete(fd);
}

/** Removes every temporary folder of an output not yet in place; for the bin's signal handlers. */
export function removeUnfinishedOutputs(): void {
  for (const fd of unfinishedFiles) closeQuietly(fd);
  for (const dir of unfinished) rmSync(dir, { recursive: true, force: true });
  unfinished.clear();
}

export function openOutputFolder(folder: string, options: OutputFolderOptions = {}): OutputFolder {
  const existed = existsSync(folder);
  if (existed) prepareOutputFolder(folder, options);
  const tmp = existed
    ? join(folder, `.readquiz-${process.pid}.${++counter}.tmp`)
    : join(dirname(folder), `.${basename(folder)}.${process.pid}.${++counter}.tmp`);
  try {
    if (!existed) mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(tmp);
    unfinished.add(tmp);
  } catch (err) {
    throw new ReadquizError(
      describeFsError(err, existed ? 'cannot write into the folder' : 'cannot create the folder'),
      { file: folder },
    );
  }
  const names: string[] = [];
  const open = new Set<number>();
  const closeAll = () => {
    for (const fd of open) closeQuietly(fd);
    open.clear();
  };
  const fail = (err: unknown, file: string) => {
    closeAll();
    rmSync(tmp, { recursive: true, force: true });
    unfinished.delete(tmp);
    return err instanceof ReadquizError ? err : new ReadquizError(describeFsError(err, 'cannot write'), { file });
  };
  return {
    write(name, data) {
      try {
        writeFileSync(join(tmp, name), data, { flag: 'wx' });
        names.push(name);
      } catch (err) {
        throw fail(err, join(folder, name));
      }
    },
    open(name) {
      const target = join(folder, name);
      let fd: number;
      try {
        fd = openSync(join(tmp, name), 'wx');
      } catch (err) {
        throw fail(err, target);
      }
      open.add(fd);
      unfinishedFiles.add(fd);
      names.push(name);
      return {
        write(bytes) {
          try {
            for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
          } catch (err) {
            throw fail(err, target);
          }
        },
        close() {
          if (!open.delete(fd)) return;
          unfinishedFiles.delete(fd);
          try {
            closeSync(fd);
          } catch (err) {
            throw fail(err, target);
          }
        },
      };
    },
    commit() {
      if (open.size > 0) {
        // A bug, not bad input: the set is dropped and the run ends as an internal error.
        fail(undefined, folder);
        throw new Error('readquiz: an output file was not closed before the folder was put in place');
      }
      if (!existed) {
        if (existsSync(folder)) {
          throw fail(
            new ReadquizError(
              `appeared while the files were made; ${options.force ? 'run the command again' : 'pass --force to write into it'}`,
              { file: folder },
            ),
            folder,
          );
        }
        try {
          renameSync(tmp, folder);
        } catch (err) {
          throw fail(err, folder);
        }
        unfinished.delete(tmp);
        return { removed: [] };
      }
      replaceInto(folder, tmp, names, fail);
      const removed = removeStale(folder, tmp, names, options.ownNames);
      rmSync(tmp, { recursive: true, force: true });
      unfinished.delete(tmp);
      return { removed };
    },
    abort: () => {
      closeAll();
      rmSync(tmp, { recursive: true, force: true });
      unfinished.delete(tmp);
    },
  };
}

/** Renames tmp/NAME over folder/NAME for every name, all or none (see openOutputFolder). */
function replaceInto(
  folder: string,
  tmp: string,
  names: readonly string[],
  fail: (err: unknown, file: string) => ReadquizError,
): void {
  // Every target is checked before any is replaced: a folder or a device in the way stops the lot.
  for (const name of names) {
    const file = join(folder, name);
    const there = whatIsAt(file);
    if (there === 'folder' || there === 'special') {
      throw fail(
        new ReadquizError('is in the way and is not a regular file; readquiz replaces only regular files', { file }),
        file,
      );
    }
  }
  const aside = join(tmp, '.replaced');
  const keptAside = new Set<string>();
  const done: string[] = [];
  try {
    mkdirSync(aside);
    for (const name of names) {
      const file = join(folder, name);
      if (keepAside(file, join(aside, name))) keptAside.add(name);
      renameSync(join(tmp, name), file);
      done.push(name);
    }
  } catch (err) {
    const file = join(folder, names[done.length] ?? '');
    for (const name of done.reverse()) {
      try {
        if (keptAside.has(name)) renameSync(join(aside, name), join(folder, name));
        else rmSync(join(folder, name), { force: true });
      } catch {
        // Putting it back failed too: the copy stays in the hidden folder, which is then kept.
        throw new ReadquizError(`${describeFsError(err, 'cannot write')}; the file it replaced is kept in ${aside}`, {
          file,
        });
      }
    }
    throw fail(err, file);
  }
}

/** Keeps a second name for `file` (a hard link, else a copy) so it can be put back; false when there is none. */
function keepAside(file: string, to: string): boolean {
  const st = lstatOrUndefined(file);
  if (!st) return false;
  try {
    linkSync(file, to);
  } catch {
    if (st.isSymbolicLink()) symlinkSync(readlinkSync(file), to);
    else copyFileSync(file, to);
  }
  return true;
}

/** Removes the files an earlier set left that the new one does not hold; returns their names. */
function removeStale(folder: string, tmp: string, names: readonly string[], ownNames: RegExp | undefined): string[] {
  if (!ownNames) return [];
  const keep = new Set(names);
  const removed: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (keep.has(name) || join(folder, name) === tmp || !ownNames.test(name)) continue;
    const st = lstatOrUndefined(join(folder, name));
    if (!st || st.isDirectory()) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
