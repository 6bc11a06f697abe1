// Build-time data: the JSON Schemas from src/core/schemas.ts, and the built-in banks parsed and checked
// once so that `readquiz generate` does not parse YAML at every start. Bundled and run by build.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attemptSchema, bankSchema, quizSchema } from '../src/core/schemas.js';
import { BUILTIN_BANKS, fileStamp, type PrecompiledBank } from '../src/io/builtin-banks.js';
import { parseBankFile } from '../src/io/parse-bank.js';
import { ReadquizError } from '../src/core/errors.js';
import { exportPlan } from '../src/core/prepare.js';

export function buildData(root: string): string[] {
  const problems: string[] = [];
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema', 'bank.schema.json'), `${JSON.stringify(bankSchema, null, 2)}\n`);
  writeFileSync(join(root, 'schema', 'quiz.schema.json'), `${JSON.stringify(quizSchema, null, 2)}\n`);
  writeFileSync(join(root, 'schema', 'attempt.schema.json'), `${JSON.stringify(attemptSchema, null, 2)}\n`);
  const compiled: PrecompiledBank[] = [];
  for (const b of BUILTIN_BANKS) {
    const file = join(root, 'questions', b.file);
    let parsed;
    try {
      parsed = parseBankFile(file);
    } catch (err) {
      if (!(err instanceof ReadquizError)) throw err;
      problems.push(`${err.file ?? file}:${err.line ?? 1}:${err.col ?? 1}: error: ${err.message}`);
      continue;
    }
    for (const d of parsed.diagnostics) problems.push(`${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);
    if (parsed.bank)
      compiled.push({
        id: b.id,
        file: b.file,
        articleFile: parsed.bank.article.file,
        bank: parsed.bank,
        plan: exportPlan(parsed.bank),
        stamp: fileStamp(file, join(root, 'questions', parsed.bank.article.file)),
      });
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'builtin-banks.json'), JSON.stringify(compiled));
  return problems;
}
