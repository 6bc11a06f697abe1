// What a command may touch of the outside world. Only src/bin/readquiz.ts builds this from `process`;
// tests pass fakes, so every command's output and exit code can be asserted without a subprocess.

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface InStream {
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Milliseconds since the epoch; injected so the core never reads a clock. */
  now(): number;
  /** A fresh random seed for runs without --seed (the only non-determinism; always reported). */
  freshSeed(): string;
}

export interface Command {
  /** One line for `readquiz --help`. */
  summary: string;
  /** Full `readquiz <cmd> --help` text. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}
