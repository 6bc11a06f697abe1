// The whole CLI as a function: main(argv, io) -> exit code. Commands load lazily so that `generate`
// never pays for ink, react, yaml or pdfkit.
import { isReadquizError } from '../core/errors.js';
import type { CliIo, Command } from './cli-io.js';
import { command as generateCommand } from './commands/generate.js';
import { EXIT } from './exit-codes.js';
import { readquizVersion } from './version.js';

interface CommandEntry {
  summary: string;
  load: () => Promise<{ command: Command }>;
}

// One line per command; each module exports `command`.
export const COMMANDS: Record<string, CommandEntry> = {
  take: {
    summary: 'take a quiz in the terminal: read, answer, see a fair score (the default)',
    load: () => import('./commands/take.js'),
  },
  generate: {
    summary: 'print a seeded quiz as json, yaml or text (and LMS formats)',
    load: async () => ({ command: generateCommand }),
  }, // static: the cold-start path, one module fewer to fetch
  lint: {
    summary: 'check banks: syntax, schema, references, verbatim evidence',
    load: () => import('./commands/lint.js'),
  },
  worksheet: {
    summary: 'printable worksheets (md, html, pdf) with answer keys, one variant per student',
    load: () => import('./commands/worksheet.js'),
  },
  banks: {
    summary: 'list the built-in banks and how many questions each can make',
    load: () => import('./commands/banks.js'),
  },
  grade: {
    summary: "grade one student's answers, or a whole class from a CSV sheet",
    load: () => import('./commands/grade.js'),
  },
  stats: {
    summary: 'item analysis: facility, discrimination, options chosen, flags, score histogram',
    load: () => import('./commands/stats.js'),
  },
  init: {
    summary: 'draft a bank from a new article (offline), ready to check and lint',
    load: () => import('./commands/init.js'),
  },
  review: {
    summary: "check a draft's guesses with keys: accept, fix, pick, delete; saved as you go",
    load: () => import('./commands/review.js'),
  },
  stress: {
    summary: 'check that 1,000 seeded quizzes are fair (R/exams-style stress test)',
    load: () => import('./commands/stress.js'),
  },
};

/** The command `readquiz` runs with no command name: the interactive quiz once it exists. */
function defaultCommand(): string {
  return 'take' in COMMANDS ? 'take' : 'generate';
}

export function programHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'readquiz: reading-comprehension quizzes from a news article',
    '',
    `Usage: readquiz [command] [options]      (no command: readquiz ${defaultCommand()})`,
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also: readquiz <command> --help)',
    '  -V, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 internal error, 2 bad usage or input, 3 a check failed.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = argv.slice();
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    if (args[0] === 'help' && args[1] && args[1] in COMMANDS) return main([args[1], '--help'], io);
    io.stdout.write(programHelp());
    return EXIT.ok;
  }
  if (args[0] === '--version' || args[0] === '-V') {
    io.stdout.write(`${readquizVersion()}\n`);
    return EXIT.ok;
  }
  let name = defaultCommand();
  if (args.length > 0 && !args[0]!.startsWith('-')) {
    name = args.shift()!;
    if (!(name in COMMANDS)) {
      io.stderr.write(
        `readquiz: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(', ')} (see 'readquiz --help')\n`,
      );
      return EXIT.badInput;
    }
  }
  try {
    const { command } = await COMMANDS[name]!.load();
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`${command.options.help}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (err) {
    if (isReadquizError(err)) {
      io.stderr.write(`${err.format()}\n`);
      return EXIT.badInput;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`readquiz: internal error (please report it): ${detail}\n`);
    return EXIT.internal;
  }
}
