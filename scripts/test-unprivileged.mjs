#!/usr/bin/env node
// The permission tests (a folder without write permission, an unreadable file, a folder whose parent is
// read-only) cannot show anything as root, who may read and write anywhere, so they skip there; CI runs as
// root. This runs their files as an unprivileged user (nobody, through setpriv or runuser) on a copy of
// the project it can read, and fails unless each of those tests ran and passed. Not root: it runs them as
// the current user, with the same check.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['tests/io/write-file.test.ts', 'tests/io/read-text.test.ts'];
/** Tests that must have run and passed (they skip as root). */
const MUST_PASS = [
  'a folder without write permission: clear error, nothing left behind',
  'works inside the existing folder, so it needs no rights on the parent (a mount point, a shared folder)',
  'an unreadable file (permissions are not enforced for root, so this runs only as a normal user)',
];
const USER = process.env.READQUIZ_TEST_USER ?? 'nobody';

const has = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const isRoot = process.getuid?.() === 0;

const work = mkdtempSync(join(tmpdir(), 'readquiz-unprivileged-'));
chmodSync(work, 0o755);
let status = 1;
try {
  let cwd = root;
  let prefix = [];
  if (isRoot) {
    // A copy the user can read: the project may sit under a folder only root may enter (/root).
    cwd = join(work, 'readquiz');
    const entries = readdirSync(root).filter((n) => n !== '.git' && n !== 'node_modules');
    for (const name of entries)
      cpSync(join(root, name), join(cwd, name), { recursive: true, preserveTimestamps: true });
    // node_modules as hard links when /tmp is on the same disk (fast), else copied.
    if (spawnSync('cp', ['-al', join(root, 'node_modules'), join(cwd, 'node_modules')]).status !== 0) {
      rmSync(join(cwd, 'node_modules'), { recursive: true, force: true });
      cpSync(join(root, 'node_modules'), join(cwd, 'node_modules'), { recursive: true, preserveTimestamps: true });
    }
    // dist/ current in the project, then marked newer than the copied sources (copying gave the folders
    // new times), so the tests' build step finds nothing to do in a copy the user cannot write.
    if (
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' }).status !== 0
    )
      throw new Error('test-unprivileged: the build failed');
    rmSync(join(cwd, 'dist'), { recursive: true, force: true });
    cpSync(join(root, 'dist'), join(cwd, 'dist'), { recursive: true });
    if (has('setpriv'))
      prefix = [
        'setpriv',
        `--reuid=${USER}`,
        `--regid=${USER === 'nobody' ? 'nogroup' : USER}`,
        '--clear-groups',
        '--',
      ];
    else if (has('runuser')) prefix = ['runuser', '-u', USER, '--'];
    else
      throw new Error(
        'test-unprivileged: running as root with neither setpriv nor runuser (util-linux) to drop privileges',
      );
  }
  // Somewhere the user may write: the report and the tests' temporary files.
  const out = join(work, 'out');
  mkdirSync(out, { mode: 0o1777 });
  chmodSync(out, 0o1777);
  const report = join(out, 'report.json');
  const vitest = join(cwd, 'node_modules', 'vitest', 'vitest.mjs');
  const argv = [
    ...prefix,
    process.execPath,
    vitest,
    'run',
    ...FILES,
    '--configLoader=runner',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const env = { ...process.env, TMPDIR: out, HOME: out };
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: 'inherit' });
  if (!existsSync(report)) throw new Error(`test-unprivileged: vitest wrote no report (exit ${r.status})`);
  const results = JSON.parse(readFileSync(report, 'utf8')).testResults.flatMap((f) => f.assertionResults);
  const problems = MUST_PASS.flatMap((title) => {
    const found = results.find((t) => t.title === title);
    return found?.status === 'passed' ? [] : [`'${title}': ${found ? found.status : 'not found'}`];
  });
  if (problems.length > 0)
    throw new Error(
      `test-unprivileged: permission tests did not pass as ${isRoot ? USER : 'this user'}:\n  ${problems.join('\n  ')}`,
    );
  if (r.status !== 0) throw new Error(`test-unprivileged: vitest failed (exit ${r.status})`);
  console.log(`test-unprivileged: ${MUST_PASS.length} permission tests passed as ${isRoot ? USER : 'this user'}`);
  status = 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
