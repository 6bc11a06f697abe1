// The bin's standard streams: plain output goes out with direct writes (no Node stream objects on a cold
// start), and must still arrive whole, in order, and end quietly when the reader goes away.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StandardOut } from '../../src/bin/process-io.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, runBin } from '../helpers/run-bin.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readquiz-stdout-'));
  dirs.push(dir);
  return join(dir, 'out.txt');
}

describe('StandardOut', () => {
  it('writes strings and bytes straight to its descriptor, in order, without making the stream', () => {
    const file = tempFile();
    const fd = openSync(file, 'w');
    let made = 0;
    const out = new StandardOut(
      fd,
      () => {
        made++;
        throw new Error('the stream should not be needed');
      },
      () => {},
    );
    out.write('héllo ');
    out.write(new TextEncoder().encode('wörld\n'));
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('héllo wörld\n');
    expect(made).toBe(0);
  });

  it('makes the stream once when asked what only a stream knows, and writes through it from then on', () => {
    const written: string[] = [];
    let made = 0;
    const fake = { isTTY: true, columns: 99, rows: 7, on: () => fake, write: (c: string) => written.push(c) };
    const out = new StandardOut(
      -1,
      () => {
        made++;
        return fake as unknown as NodeJS.WriteStream;
      },
      () => {},
    );
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(99);
    expect(out.rows).toBe(7);
    out.write('via the stream');
    expect(written).toEqual(['via the stream']);
    expect(made).toBe(1);
  });

  it('hands what it could not write to the stream (a descriptor that refuses writes)', () => {
    const written: unknown[] = [];
    const fake = { on: () => fake, write: (c: unknown) => written.push(Buffer.from(c as Uint8Array).toString()) };
    // Descriptor -1 fails with EBADF: the rest of the chunk must not be lost.
    const out = new StandardOut(
      -1,
      () => fake as unknown as NodeJS.WriteStream,
      () => {},
    );
    out.write('all of it');
    expect(written).toEqual(['all of it']);
  });
});

describe('the bin on pipes', () => {
  // A pipe holds 64 KiB. Since the teacher's reviews the built-in bank's whole listing is about 50 KB as
  // text and 100 KB as JSON, so JSON is what still overfills a pipe (each test checks that it does).
  const PIPE = 65_536;

  it('prints a large listing through a pipe whole: the same bytes as main() in process', async () => {
    const r = runBin(['generate', '--all', '--seed', 'pipe', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(PIPE);
    const io = fakeIo();
    expect(await main(['generate', '--all', '--seed', 'pipe', '--format', 'json'], io)).toBe(0);
    expect(r.stdout).toBe(io.out());
  });

  it('ends quietly with exit 0 when the reader closes early (| head)', () => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" generate --all --seed pipe --format json | head -n 1`],
      { encoding: 'utf8' },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('blocks on a reader that is slow to start rather than losing or reordering anything', () => {
    // The listing is larger than a pipe holds, so the writer must wait for the reader.
    const slow = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" generate --all --seed slow --format json | (sleep 0.3; cat)`],
      { encoding: 'utf8' },
    );
    const direct = runBin(['generate', '--all', '--seed', 'slow', '--format', 'json']);
    expect(Buffer.byteLength(direct.stdout)).toBeGreaterThan(PIPE);
    expect(slow.status).toBe(0);
    expect(slow.stdout).toBe(direct.stdout);
  });
});
