// A real terminal for end-to-end tests: the built bin in a pseudo-terminal, keys sent as a reader presses
// them, and the screen read back as they see it. Two ways, one interface:
// - pty: a pseudo-terminal from npm (@lydell/node-pty: node-pty with prebuilt binaries in per-platform
//   npm packages, no compiler or download at install) and a terminal emulator (@xterm/headless) that keeps
//   the screen; runs wherever `npm install` does.
// - tmux: a real terminal multiplexer, where one is installed (as CI has), for a second opinion.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as NodePty from '@lydell/node-pty';
import type * as XtermHeadless from '@xterm/headless';

const require = createRequire(import.meta.url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type TerminalKind = 'pty' | 'tmux';

export interface TerminalRun {
  /** The visible screen, one line per row, trailing spaces trimmed. */
  screen(): Promise<string>;
  /** Keys in tmux's names (Enter, Space, Up, Down, C-c) or text sent as typed. */
  keys(...keys: string[]): void;
  /** Text typed literally, even a word that names a key ("Enter"). */
  type(text: string): void;
  /** The bin's exit code, once it has exited (waits up to 5 s). */
  exitCode(): Promise<number>;
  close(): void;
}

export interface StartOptions {
  cwd: string;
  /** The command line: the program and its arguments. */
  argv: string[];
  columns: number;
  rows: number;
}

/** The terminals this machine has: the pty always, tmux where it is installed. */
export function availableTerminals(): TerminalKind[] {
  return spawnSync('tmux', ['-V']).status === 0 ? ['pty', 'tmux'] : ['pty'];
}

/** A reader's terminal: not CI (Ink would draw only the last frame), a colour TERM. */
function readerEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && k !== 'CI' && k !== 'CONTINUOUS_INTEGRATION') env[k] = v;
  return { ...env, TERM: 'xterm-256color' };
}

const PTY_KEYS: Record<string, string> = {
  Enter: '\r',
  Space: ' ',
  Up: '\x1b[A',
  Down: '\x1b[B',
  Left: '\x1b[D',
  Right: '\x1b[C',
  Escape: '\x1b',
  Tab: '\t',
  BSpace: '\x7f',
  'C-c': '\x03',
};

export function startTerminal(kind: TerminalKind, options: StartOptions): TerminalRun {
  return kind === 'pty' ? startPty(options) : startTmux(options);
}

function startPty({ cwd, argv, columns, rows }: StartOptions): TerminalRun {
  const pty = require('@lydell/node-pty') as typeof NodePty;
  const { Terminal } = require('@xterm/headless') as typeof XtermHeadless;
  const term = new Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const child = pty.spawn(argv[0]!, argv.slice(1), {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd,
    env: readerEnv(),
  });
  let exit: number | undefined;
  child.onData((data) => term.write(data));
  child.onExit(({ exitCode, signal }) => {
    exit = signal ? 128 + signal : exitCode;
  });
  const flushed = () => new Promise<void>((resolve) => term.write('', resolve));
  return {
    async screen() {
      await flushed();
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let y = 0; y < rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
      return lines.join('\n');
    },
    keys: (...keys) => {
      for (const k of keys) child.write(PTY_KEYS[k] ?? k);
    },
    type: (text) => child.write(text),
    async exitCode() {
      for (let i = 0; i < 100 && exit === undefined; i++) await sleep(50);
      if (exit === undefined) throw new Error('the bin did not exit');
      return exit;
    },
    close() {
      if (exit === undefined) child.kill();
      term.dispose();
    },
  };
}

let sessions = 0;

function startTmux({ cwd, argv, columns, rows }: StartOptions): TerminalRun {
  const socket = `readquiz-e2e-${process.pid}`;
  const name = `s${++sessions}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const exitFile = join(mkdtempSync(join(tmpdir(), 'rq-e2e-')), 'exit');
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = `cd ${quote(cwd)} && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color ${argv.map(quote).join(' ')}; echo $? > ${quote(exitFile)}; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), cmd);
  return {
    screen: async () => tmux('capture-pane', '-p', '-t', name).replace(/\n$/, ''),
    keys: (...keys) => void tmux('send-keys', '-t', name, ...keys),
    type: (text) => void tmux('send-keys', '-t', name, '-l', text),
    async exitCode() {
      for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
      return Number(readFileSync(exitFile, 'utf8').trim());
    },
    close() {
      spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]);
    },
  };
}
