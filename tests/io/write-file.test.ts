// Safe writes: atomic, never over an existing file without --force, never over a device, and a failed
// write (denied permission, full disk, file-size limit) leaves neither a partial file nor a temp file.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openOutputFolder, prepareOutputFolder, writeFileAtomic } from '../../src/io/write-file.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN } from '../helpers/run-bin.js';
import { readquizErrorFrom } from '../helpers/readquiz-error.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rq-write-'));
});
afterEach(() => {
  try {
    chmodSync(dir, 0o755);
  } catch {
    /* already gone */
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', () => {
    const file = join(dir, 'quiz.json');
    writeFileAtomic(file, '{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['quiz.json']);
    writeFileAtomic(join(dir, 'bin.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(join(dir, 'bin.pdf'))).toEqual(Buffer.from('%PDF'));
  });

  it('never overwrites an existing file without force; the file keeps its content', () => {
    const file = join(dir, 'quiz.json');
    writeFileSync(file, 'precious');
    const err = readquizErrorFrom(() => writeFileAtomic(file, 'new'));
    expect(err.format()).toBe(`${file}: already exists; pass --force to overwrite it`);
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['quiz.json']);
  });

  it('replaces it with force', () => {
    const file = join(dir, 'quiz.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['quiz.json']);
  });

  it('a symbolic link at the name counts as existing, even when it points nowhere', () => {
    const link = join(dir, 'quiz.json');
    symlinkSync(join(dir, 'missing-target'), link);
    expect(readquizErrorFrom(() => writeFileAtomic(link, 'x')).message).toBe(
      'already exists; pass --force to overwrite it',
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'missing-target'))).toBe(false);
  });

  it('refuses a folder as the file name', () => {
    mkdirSync(join(dir, 'out'));
    expect(readquizErrorFrom(() => writeFileAtomic(join(dir, 'out'), 'x', { force: true })).message).toBe(
      'is a folder; expected a file name to write',
    );
  });

  it('never replaces a device, even with force (as root a rename would replace /dev/full itself)', () => {
    for (const dev of ['/dev/full', '/dev/null']) {
      if (!existsSync(dev)) continue;
      const err = readquizErrorFrom(() => writeFileAtomic(dev, 'x', { force: true }));
      expect(err.format()).toBe(
        `${dev}: is not a regular file (a device, pipe or socket); readquiz writes only regular files`,
      );
      expect(statSync(dev).isCharacterDevice()).toBe(true);
    }
    expect(readdirSync('/dev').filter((f) => /^\.(full|null)\..*\.tmp$/.test(f))).toEqual([]);
  });

  it('a missing folder is a clear error unless mkdirs is asked for', () => {
    const file = join(dir, 'a', 'b', 'quiz.json');
    expect(readquizErrorFrom(() => writeFileAtomic(file, 'x')).format()).toBe(
      `${file}: cannot write: no such file or folder`,
    );
    writeFileAtomic(file, 'x', { mkdirs: true });
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.skipIf(isRoot)('a folder without write permission: clear error, nothing left behind', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const file = join(locked, 'quiz.json');
    expect(readquizErrorFrom(() => writeFileAtomic(file, 'x')).format()).toBe(
      `${file}: cannot write: permission denied`,
    );
    expect(readdirSync(locked)).toEqual([]);
  });

  it.runIf(isRoot)(
    '(running as root: permissions are not enforced, so the denied-permission case cannot be shown here)',
    () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      // Root writes anyway; what must still hold is that the write is whole and leaves no temp file.
      writeFileAtomic(join(locked, 'quiz.json'), 'x');
      expect(readdirSync(locked)).toEqual(['quiz.json']);
    },
  );
});

describe('a full disk', () => {
  // A real full disk needs a small file system: a 64 KiB tmpfs, which only root may mount. Elsewhere the
  // file-size limit below exercises the same failure path without privileges.
  const mnt = () => join(dir, 'small');
  let mounted = false;
  beforeEach(() => {
    mounted = false;
    if (!isRoot) return;
    mkdirSync(mnt());
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt()], { stdio: 'ignore' });
      mounted = true;
    } catch {
      /* no CAP_SYS_ADMIN (e.g. an unprivileged container): the test below reports the skip */
    }
  });
  afterEach(() => {
    if (mounted) execFileSync('umount', [mnt()], { stdio: 'ignore' });
  });

  it('ENOSPC on a 64 KiB tmpfs: "the disk is full", no partial file, no temp file, an older file intact', (ctx) => {
    if (!mounted)
      ctx.skip(isRoot ? 'cannot mount a tmpfs here (no CAP_SYS_ADMIN)' : 'mounting a small tmpfs needs root');
    writeFileSync(join(mnt(), 'keep.json'), 'old');
    const file = join(mnt(), 'quiz.json');
    const err = readquizErrorFrom(() => writeFileAtomic(file, 'x'.repeat(256 * 1024)));
    expect(err.format()).toBe(`${file}: cannot write: the disk is full`);
    expect(readdirSync(mnt())).toEqual(['keep.json']);
    expect(
      readquizErrorFrom(() => writeFileAtomic(join(mnt(), 'keep.json'), 'y'.repeat(256 * 1024), { force: true }))
        .message,
    ).toBe('cannot write: the disk is full');
    expect(readFileSync(join(mnt(), 'keep.json'), 'utf8')).toBe('old');
    expect(readdirSync(mnt())).toEqual(['keep.json']);
  });

  it('a write cut short by the file-size limit (ulimit -f) through the real CLI: exit 2, one line, nothing left', (ctx) => {
    if (spawnSync('bash', ['-c', 'true']).status !== 0) ctx.skip('bash is needed for ulimit');
    // 4 KiB: far less than a full quiz in JSON. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const run = join(dir, 'run');
    mkdirSync(run);
    const r = spawnSync(
      'bash',
      ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" generate --seed big --all --format json -o out.json`],
      { cwd: run, encoding: 'utf8' },
    );
    expect(r.stderr).toBe(`${join(run, 'out.json')}: cannot write: the file is larger than this system allows\n`);
    expect(r.status).toBe(2);
    expect(readdirSync(run)).toEqual([]);
  });
});

describe('prepareOutputFolder', () => {
  it('creates a new folder; an existing one needs force', () => {
    const folder = join(dir, 'sheets');
    prepareOutputFolder(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readquizErrorFrom(() => prepareOutputFolder(folder)).message).toBe(
      'already exists; pass --force to write into it',
    );
    prepareOutputFolder(folder, { force: true });
    writeFileSync(join(dir, 'file'), '');
    expect(readquizErrorFrom(() => prepareOutputFolder(join(dir, 'file'), { force: true })).message).toBe(
      'exists and is not a folder',
    );
  });
});

describe('openOutputFolder', () => {
  const hidden = () => readdirSync(dir).filter((n) => n.startsWith('.'));

  it('a new folder appears whole at commit, not before; nothing is left on abort', () => {
    const folder = join(dir, 'sheets');
    const out = openOutputFolder(folder);
    out.write('a.html', 'A');
    out.write('b.html', 'B');
    expect(existsSync(folder)).toBe(false);
    out.commit();
    expect(readdirSync(folder).sort()).toEqual(['a.html', 'b.html']);
    expect(hidden()).toEqual([]);
    const aborted = openOutputFolder(join(dir, 'other'));
    aborted.write('a.html', 'A');
    aborted.abort();
    expect(readdirSync(dir)).toEqual(['sheets']);
  });

  it('a file written in pieces (a long key) appears with the others at commit; abort removes it, even open', () => {
    const folder = join(dir, 'sheets');
    const out = openOutputFolder(folder);
    const key = out.open('key-all.pdf');
    const piece = Buffer.from('%PDF');
    key.write(piece);
    // A piece may be reused as soon as it is written.
    piece.write('-1.7');
    key.write(piece);
    out.write('a.pdf', 'A');
    key.close();
    expect(existsSync(folder)).toBe(false);
    out.commit();
    expect(readdirSync(folder).sort()).toEqual(['a.pdf', 'key-all.pdf']);
    expect(readFileSync(join(folder, 'key-all.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(hidden()).toEqual([]);

    const aborted = openOutputFolder(join(dir, 'other'));
    aborted.open('key-all.pdf').write(Buffer.from('half'));
    aborted.abort();
    expect(readdirSync(dir)).toEqual(['sheets']);

    // Putting a set in place with a file still open is a bug: nothing is put in place, nothing is left.
    const unclosed = openOutputFolder(join(dir, 'third'));
    unclosed.open('key-all.pdf');
    expect(() => unclosed.commit()).toThrow(/not closed/);
    expect(readdirSync(dir)).toEqual(['sheets']);
  });

  it('into an existing folder only with force: replaces namesakes at commit, keeps other files', () => {
    const folder = join(dir, 'sheets');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.html'), 'old A');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    expect(readquizErrorFrom(() => openOutputFolder(folder)).message).toBe(
      'already exists; pass --force to write into it',
    );
    const out = openOutputFolder(folder, { force: true });
    out.write('a.html', 'new A');
    out.write('b.html', 'B');
    // Nothing changes until the whole set is made; the work happens inside the folder (same file system
    // even when the folder is a mount point), never beside it.
    expect(readFileSync(join(folder, 'a.html'), 'utf8')).toBe('old A');
    expect(hidden()).toEqual([]);
    expect(readdirSync(folder).filter((n) => n.startsWith('.readquiz-'))).toHaveLength(1);
    expect(existsSync(join(folder, 'b.html'))).toBe(false);
    out.commit();
    expect(readdirSync(folder).sort()).toEqual(['a.html', 'b.html', 'notes.txt']);
    expect(readFileSync(join(folder, 'a.html'), 'utf8')).toBe('new A');
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
    expect(hidden()).toEqual([]);
  });

  it('a folder in the way of a file stops the commit before anything is replaced', () => {
    const folder = join(dir, 'sheets');
    mkdirSync(join(folder, 'b.html'), { recursive: true });
    writeFileSync(join(folder, 'a.html'), 'old A');
    const out = openOutputFolder(folder, { force: true });
    out.write('a.html', 'new A');
    out.write('b.html', 'B');
    const err = readquizErrorFrom(() => out.commit());
    expect(err.message).toBe('is in the way and is not a regular file; readquiz replaces only regular files');
    expect(err.file).toBe(join(folder, 'b.html'));
    expect(readFileSync(join(folder, 'a.html'), 'utf8')).toBe('old A');
    expect(hidden()).toEqual([]);
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('works inside the existing folder, so it needs no rights on the parent (a mount point, a shared folder)', (ctx) => {
    if (isRoot) ctx.skip(); // root may write anywhere: the parent's permissions would not be tested
    const folder = join(dir, 'sheets');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.html'), 'old A');
    chmodSync(dir, 0o555);
    try {
      const out = openOutputFolder(folder, { force: true });
      out.write('a.html', 'new A');
      out.commit();
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(join(folder, 'a.html'), 'utf8')).toBe('new A');
  });

  it('a rename that fails half-way puts back every file it already replaced: the old set or the new, never a mix', () => {
    const folder = join(dir, 'sheets');
    mkdirSync(folder);
    for (const n of ['a', 'b', 'c']) writeFileSync(join(folder, `${n}.html`), `old ${n}`);
    const out = openOutputFolder(folder, { force: true });
    out.write('a.html', 'new a');
    out.write('b.html', 'new b');
    out.write('new.html', 'brand new');
    out.write('c.html', 'new c');
    // Make the last rename fail: its source disappears behind the writer's back.
    const tmp = readdirSync(folder).find((n) => n.startsWith('.readquiz-'))!;
    rmSync(join(folder, tmp, 'c.html'));
    const err = readquizErrorFrom(() => out.commit());
    expect(err.file).toBe(join(folder, 'c.html'));
    expect(readdirSync(folder).sort()).toEqual(['a.html', 'b.html', 'c.html']);
    for (const n of ['a', 'b', 'c']) expect(readFileSync(join(folder, `${n}.html`), 'utf8')).toBe(`old ${n}`);
  });

  it("removes an earlier set's files the new one does not hold (ownNames), and only those", () => {
    const folder = join(dir, 'sheets');
    mkdirSync(folder);
    for (const n of [
      'variant-01.html',
      'variant-02.html',
      'variant-03.html',
      'variant-01-key.html',
      'key-all.html',
      'variant-01.pdf',
      'notes.html',
    ]) {
      writeFileSync(join(folder, n), 'old');
    }
    const out = openOutputFolder(folder, { force: true, ownNames: /^(?:variant-\d+(?:-key)?|key-all)\.html$/ });
    out.write('variant-01.html', 'new');
    out.write('key-all.html', 'new');
    expect(out.commit().removed).toEqual(['variant-01-key.html', 'variant-02.html', 'variant-03.html']);
    expect(readdirSync(folder).sort()).toEqual(['key-all.html', 'notes.html', 'variant-01.html', 'variant-01.pdf']);
  });
});

describe('generate -o through the CLI', () => {
  const bank = new URL('../fixtures/broken-banks/ok-plain/bank.yaml', import.meta.url).pathname;

  it('refuses an existing file without --force (exit 2, one line, file intact) and replaces it with --force', async () => {
    writeFileSync(join(dir, 'quiz.json'), 'precious');
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', '--bank', bank, '--seed', 's', '--count', '3', '-o', 'quiz.json'], io)).toBe(2);
    expect(io.err()).toBe(`${join(dir, 'quiz.json')}: already exists; pass --force to overwrite it\n`);
    expect(readFileSync(join(dir, 'quiz.json'), 'utf8')).toBe('precious');
    const io2 = fakeIo({ cwd: dir });
    expect(
      await main(['generate', '--bank', bank, '--seed', 's', '--count', '3', '-o', 'quiz.json', '--force'], io2),
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'quiz.json'), 'utf8')).questions).toHaveLength(3);
    expect(readdirSync(dir)).toEqual(['quiz.json']);
  });

  it('-o /dev/full --force is refused and the device stays', async () => {
    if (!existsSync('/dev/full')) return;
    const io = fakeIo({ cwd: dir });
    expect(
      await main(['generate', '--bank', bank, '--seed', 's', '--count', '3', '-o', '/dev/full', '--force'], io),
    ).toBe(2);
    expect(io.err()).toBe(
      '/dev/full: is not a regular file (a device, pipe or socket); readquiz writes only regular files\n',
    );
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
