// `--bank PATH|ID`, shared by every command that reads a bank.
import { ReadquizError } from '../core/errors.js';
import { generateQuiz, generateQuizUpTo } from '../core/generate.js';
import { loadBank, looksLikeBankPath } from '../io/load-bank.js';
import { DEFAULT_BANK_ID } from '../io/builtin-banks.js';
import type { Bank, GenerateOptions, Quiz } from '../core/types.js';
import { text } from './args.js';
import type { CliIo } from './cli-io.js';

/** --bank as every command that reads one declares it; absent, the built-in bank (loadBankOption). */
export const BANK_OPTION = text({
  value: 'PATH|ID',
  description: 'a bank file, or a built-in bank id',
  defaultText: `${DEFAULT_BANK_ID}; see 'readquiz banks'`,
});

export function loadBankOption(ref: string | undefined, io: CliIo): Promise<Bank> {
  return loadBank(ref ?? DEFAULT_BANK_ID, { cwd: io.cwd });
}

/** The seed to use and whether it was drawn fresh (then it must be reported, so the run can be repeated). */
export function seedOption(seed: string | undefined, io: CliIo): { seed: string; fresh: boolean } {
  if (seed !== undefined) return { seed, fresh: false };
  return { seed: io.freshSeed(), fresh: true };
}

/**
 * generateQuiz for a bank given by --bank: a bank that cannot make the quiz asked for (too thin for
 * those types, too few facts for the count) is reported at its file, when it came from one.
 */
export function quizFromBank(
  ref: string | undefined,
  bank: Bank,
  options: GenerateOptions,
  /** As many questions as the bank holds when that is fewer than the count (no count was asked for). */
  upTo = false,
): Quiz {
  try {
    return upTo && typeof options.count === 'number'
      ? generateQuizUpTo(bank, { ...options, count: options.count })
      : generateQuiz(bank, options);
  } catch (err) {
    const file = ref !== undefined && looksLikeBankPath(ref) ? ref : undefined;
    if (err instanceof ReadquizError && file && err.file === undefined) throw err.at({ file });
    throw err;
  }
}
