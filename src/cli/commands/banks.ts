import { allQuestions } from '../../core/generate.js';
import { BUILTIN_BANKS } from '../../io/builtin-banks.js';
import { loadBank } from '../../io/load-bank.js';
import { terminalSafeLine } from '../../core/terminal-safe.js';
import { choice, defineCommand } from '../args.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

const options = defineCommand({
  name: 'banks',
  about: `List the built-in banks: id, title, facts, and how many distinct questions each can produce
(what 'readquiz generate --all' lists). Use an id with --bank.`,
  options: {
    format: choice({
      short: 'f',
      value: 'FORMAT',
      choices: ['table', 'json'] as const,
      default: 'table',
      description: 'table or json',
    }),
  },
});

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const { format } = options.parse(args).values;
    const rows = [];
    for (const b of BUILTIN_BANKS) {
      const bank = await loadBank(b.id);
      rows.push({
        id: bank.id,
        title: bank.title,
        facts: bank.facts.length,
        questions: allQuestions(bank, { seed: 'banks' }).length,
      });
    }
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
    io.stdout.write(`${'ID'.padEnd(idWidth)}  FACTS  QUESTIONS  TITLE\n`);
    for (const r of rows) {
      io.stdout.write(
        `${r.id.padEnd(idWidth)}  ${String(r.facts).padStart(5)}  ${String(r.questions).padStart(9)}  ${terminalSafeLine(r.title)}\n`,
      );
    }
    return EXIT.ok;
  },
};
