// A CliIo that records output, so tests can assert what a user would see and the exit code.
import type { CliIo } from '../../src/cli/cli-io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  /** Raw bytes written to stdout (for binary formats). */
  outBytes(): Buffer;
}

export function fakeIo(
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    stdoutIsTTY?: boolean;
    stdinIsTTY?: boolean;
    seed?: string;
    columns?: number;
  } = {},
): FakeIo {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const toBuf = (c: string | Uint8Array) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
  let t = 1_700_000_000_000;
  return {
    stdout: { write: (c) => out.push(toBuf(c)), isTTY: options.stdoutIsTTY ?? false, columns: options.columns ?? 80 },
    stderr: { write: (c) => err.push(toBuf(c)), isTTY: false },
    stdin: { isTTY: options.stdinIsTTY ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => (t += 1000),
    freshSeed: () => options.seed ?? 'fresh-seed',
    out: () => Buffer.concat(out).toString('utf8'),
    err: () => Buffer.concat(err).toString('utf8'),
    outBytes: () => Buffer.concat(out),
  };
}
