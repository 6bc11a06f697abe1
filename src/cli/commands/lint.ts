import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, ReadquizError } from '../../core/errors.js';
import { escapeRegExp } from '../../core/text.js';
import { questionTypesForFact, thinFactNeeds } from '../../core/generate.js';
import { prepareBank } from '../../core/prepare.js';
import { packageRoot } from '../../io/builtin-banks.js';
import { parseBankFile, type Diagnostic } from '../../io/parse-bank.js';
import { defineCommand } from '../args.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../core/plural.js';

const options = defineCommand({
  name: 'lint',
  operands: '[FILES...]',
  about: `Check banks like a compiler checks code: YAML syntax, the schema (field path and what was expected),
references between entities and facts, duplicate ids, evidence found verbatim in the article (whitespace
and typographic quotes folded; when not found, the closest sentence is shown), and facts too thin to
make any question. One 'file:line:col: severity: message' line per problem on stderr.`,
  options: {},
  after: `Without FILES, every bank in readquiz's questions/ folder is checked.
Exit codes: 0 no errors (warnings allowed), 2 at least one error.`,
});

function defaultFiles(): string[] {
  const dir = join(packageRoot(), 'questions');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every problem of one bank file, with thin facts found by asking the generator. */
export function lintFile(file: string): { diagnostics: Diagnostic[]; facts: number; entities: number } {
  let parsed;
  try {
    parsed = parseBankFile(file);
  } catch (err) {
    if (err instanceof ReadquizError) {
      return {
        diagnostics: [
          { file: err.file ?? file, line: err.line ?? 1, col: err.col ?? 1, message: err.message, severity: 'error' },
        ],
        facts: 0,
        entities: 0,
      };
    }
    throw err;
  }
  const diagnostics = parsed.diagnostics.slice();
  // Prepared once: asking each fact about a plain bank would prepare the whole bank per fact.
  const bank = parsed.bank && prepareBank(parsed.bank);
  if (bank) {
    // The loader has the file's text; reading it again is only worth it to place a thin fact.
    let lines: string[] | undefined;
    bank.facts.forEach((fact, i) => {
      if (questionTypesForFact(bank, fact).length === 0) {
        lines ??= readFileSync(file, 'utf8').split(/\r?\n/);
        diagnostics.push({
          file,
          ...lineOfId(lines, fact.id),
          path: ['facts', i],
          severity: 'error',
          message: `fact '${fact.id}' is too thin to make any question: ${thinFactNeeds(bank, fact)}`,
        });
      }
    });
  }
  return { diagnostics, facts: bank?.facts.length ?? 0, entities: bank?.entities.length ?? 0 };
}

// Fact ids are unique once the loader has accepted a bank, so the line declaring `id: <id>` is the fact's.
function lineOfId(lines: string[], id: string): { line: number; col: number } {
  const re = new RegExp(`^(\\s*(?:-\\s*)?)id:\\s*['"]?${escapeRegExp(id)}['"]?\\s*(#.*)?$`);
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? { line: 1, col: 1 } : { line: i + 1, col: lines[i]!.match(re)![1]!.length + 1 };
}

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = options.parse(args);
    const files = p.positionals.length > 0 ? p.positionals.map((f) => resolve(io.cwd, f)) : defaultFiles();
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      const shown = relative(io.cwd, file) || file;
      const { diagnostics, facts, entities } = lintFile(file);
      for (const d of diagnostics) {
        const name = d.file === file ? shown : relative(io.cwd, d.file) || d.file;
        io.stderr.write(
          `${formatDiagnostic(`${d.severity}: ${d.message}`, { file: name, line: d.line, col: d.col, path: d.path })}\n`,
        );
        if (d.severity === 'error') errors++;
        else warnings++;
      }
      if (!diagnostics.some((d) => d.severity === 'error'))
        io.stdout.write(`${shown}: ok (${facts} facts, ${entities} entities)\n`);
    }
    if (errors > 0 || warnings > 0) {
      io.stderr.write(
        `lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'bank')}\n`,
      );
    }
    return errors > 0 ? EXIT.badInput : EXIT.ok;
  },
};
