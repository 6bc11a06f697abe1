// loadBank: a built-in bank id or a path to a YAML bank -> a checked Bank.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ReadquizError } from '../core/errors.js';
import { prepareBank, type PreparedBank } from '../core/prepare.js';
import { BUILTIN_BANKS, builtinBankPath, DEFAULT_BANK_ID, precompiledBank } from './builtin-banks.js';

export interface LoadBankOptions {
  /** Where relative paths start (default: process.cwd()). */
  cwd?: string;
}

/**
 * Loads a bank by built-in id ("biden-ukraine") or by path ("questions/my-article.yaml"). Throws a
 * ReadquizError placed at file:line:col for the first problem; `readquiz lint` lists them all.
 */
/** A --bank value that names a file rather than a built-in id: it has a slash or a .yaml/.yml ending. */
export function looksLikeBankPath(ref: string): boolean {
  return /[\\/]|\.ya?ml$/i.test(ref);
}

export async function loadBank(ref: string = DEFAULT_BANK_ID, options: LoadBankOptions = {}): Promise<PreparedBank> {
  if (!looksLikeBankPath(ref)) {
    const fast = precompiledBank(ref);
    if (fast) return fast;
    const builtin = builtinBankPath(ref);
    if (builtin) return loadBankFile(builtin);
    const file = resolve(options.cwd ?? process.cwd(), ref);
    if (!existsSync(file)) {
      throw new ReadquizError(
        `unknown bank '${ref}'; expected a path to a .yaml bank or a built-in id (${BUILTIN_BANKS.map((b) => b.id).join(', ')})`,
      );
    }
    return loadBankFile(file);
  }
  const file = isAbsolute(ref) ? ref : resolve(options.cwd ?? process.cwd(), ref);
  return loadBankFile(file, ref, options.cwd);
}

async function loadBankFile(file: string, shownAs?: string, cwd = process.cwd()): Promise<PreparedBank> {
  const { parseBankFile, bankOrThrow } = await import('./parse-bank.js');
  try {
    return prepareBank(bankOrThrow(parseBankFile(file)));
  } catch (err) {
    if (!(err instanceof ReadquizError)) throw err;
    // Show the bank's path as the user typed it, and other files (its article) relative to where they are.
    if (err.file === undefined || err.file === file) throw err.at({ file: shownAs ?? file });
    const rel = relative(cwd, err.file);
    throw new ReadquizError(err.message, {
      file: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : err.file,
      line: err.line,
      col: err.col,
      path: err.path,
    });
  }
}
