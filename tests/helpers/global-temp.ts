// One temporary folder per test run, removed at the end: every test (and every bin a test runs) that
// asks os.tmpdir() for a place to write gets it, so a run leaves nothing behind in /tmp even when a
// test does not clean up after itself or fails half-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'readquiz-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
