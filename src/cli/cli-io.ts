import type { CommandOptions, Options } from './args.js';

// What a command may touch of the outside world. Only src/bin/ builds this from `process`;
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

/** The Node streams the Ink UI draws on and reads keys from. */
export interface TerminalStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  /**
   * The streams for the terminal UI (`take`). The bin writes plain output without Node's stream objects
   * (they cost a cold start milliseconds) and makes them here; without it, stdout, stdin and stderr are
   * taken to be such streams already (the fakes tests pass).
   */
  terminal?(): TerminalStreams;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Milliseconds since the epoch; injected so the core never reads a clock. */
  now(): number;
  /** A fresh random seed for runs without --seed (the only non-determinism; always reported). */
  freshSeed(): string;
}

export interface Command {
  /** The command's options, each declared once; its --help and its parser come from them. Its one-line
   *  summary for `readquiz --help` lives in main.ts, which lists commands without loading them. */
  options: CommandOptions<Options>;
  run(args: string[], io: CliIo): Promise<number>;
}
