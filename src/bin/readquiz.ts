// The only place that touches `process`: it builds the CliIo and hands main's exit code back.
// nanoid's non-secure build: a seed picks a quiz, it guards nothing, and the secure build loads node:crypto
// (and node:stream) on every start, even for --version.
import { customAlphabet } from 'nanoid/non-secure';
import { main } from '../cli/main.js';
import { removeUnfinishedOutputs } from '../io/write-file.js';
import { StandardOut } from './process-io.js';

// A fresh seed easy to read aloud and type: 8 characters, no look-alikes (0/o, 1/l/i).
const freshSeed = customAlphabet('abcdefghjkmnpqrstuvwxyz23456789', 8);

// Output piped to `head` closes early; that is not an error.
const stdout = new StandardOut(
  1,
  () => process.stdout,
  () => process.exit(0),
);
const stderr = new StandardOut(
  2,
  () => process.stderr,
  () => {},
);
// A Windows console takes UTF-8 only through Node's tty stream (direct writes go through the console's
// code page), so there the streams are made at once.
if (process.platform === 'win32') {
  void stdout.stream;
  void stderr.stream;
}

// SIGINT or SIGTERM half-way through a long write (`worksheet --variants 1000 -o dir`): remove the output's
// temporary folder, then end as the signal would have (the target never appears, and nothing is left).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeUnfinishedOutputs();
    process.kill(process.pid, signal);
  });
}

// No top-level await: the bin is bundled as CommonJS so it can start from a V8 code cache (scripts/bin-stub.cjs).
main(process.argv.slice(2), {
  stdout,
  stderr,
  // A getter: process.stdin is made on first touch, and only `take` needs it.
  get stdin() {
    return process.stdin;
  },
  terminal: () => ({ stdout: stdout.stream, stdin: process.stdin, stderr: stderr.stream }),
  env: process.env,
  cwd: process.cwd(),
  now: () => Date.now(),
  freshSeed,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // main() catches everything it can; this is the last line of defence.
    process.stderr.write(
      `readquiz: internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
