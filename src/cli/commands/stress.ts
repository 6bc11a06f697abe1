import { DEFAULT_STRESS_SEEDS, STRESS_ALPHA, stressBank, type StressReport } from '../../core/stress.js';
import { terminalSafeLine } from '../../core/terminal-safe.js';
import { choice, defineCommand, int } from '../args.js';
import { BANK_OPTION, loadBankOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../core/plural.js';

const options = defineCommand({
  name: 'stress',
  about: `R/exams' stress test, for quizzes: generate N quizzes with the seeds stress-1 ... stress-N and check that
they are fair. Each rule passes or fails; the same bank always gives the same report.

Rules:
  generation errors       any seed whose quiz cannot be generated fails
  position balance        where the right option sits, per number of options (chi-square); text options
                          and numeric options (shown in ascending order) are tested apart
  true/false balance      as many true as false statements (normal approximation to the binomial)
  duplicate options       two options that read the same
  option is the answer    a wrong option that is the answer's name or one of its aliases
  longest is the answer   the answer is the longest option much more often than chance (above 1.5x)
  numeric order           numeric options not in ascending order
  distractor reuse        the share of repeated asks that reuse a fact's wrong options; fails only when a
                          fact asked 20+ times always gets the same ones though the bank has others
  facts never asked       an askable fact in none of the quizzes: fails when each fact would be asked 20+
                          times on average, a warning with fewer quizzes
Statistical rules fail at p < ${STRESS_ALPHA}.`,
  options: {
    bank: BANK_OPTION,
    seeds: int({ value: 'N', min: 1, max: 100_000, default: DEFAULT_STRESS_SEEDS, description: 'how many quizzes' }),
    count: int({
      short: 'n',
      value: 'N',
      min: 1,
      max: 1000,
      description: 'questions per quiz (as generate)',
      defaultText: '10',
    }),
    format: choice({
      short: 'f',
      value: 'FORMAT',
      choices: ['text', 'json'] as const,
      default: 'text',
      description: 'text (a table) or json (readquiz/stress@1, for machines)',
    }),
  },
  after: `Exit codes: 0 every rule passed (warnings allowed), 3 a rule failed, 2 bad input.`,
});

const MARK: Record<string, string> = { pass: 'pass', fail: 'FAIL', warn: 'warn', skip: 'skip' };

export function formatStressText(report: StressReport): string {
  const lines = [
    `readquiz stress: bank ${report.bank.id} (${report.bank.contentHash}), ${report.seeds} seeds (${report.seedPattern}), ${report.count} questions each`,
    `${report.quizzes} quizzes, ${report.questions} questions`,
    '',
  ];
  const width = Math.max(...report.rules.map((r) => r.title.length));
  for (const r of report.rules) {
    lines.push(`${MARK[r.status]}  ${r.title.padEnd(width)}  ${terminalSafeLine(r.detail)}`);
    for (const e of r.examples) lines.push(`      ${' '.repeat(width)}  - ${terminalSafeLine(e)}`);
  }
  const failed = report.rules.filter((r) => r.status === 'fail').length;
  const warned = report.rules.filter((r) => r.status === 'warn').length;
  lines.push('');
  lines.push(
    failed > 0
      ? `${plural(failed, 'rule')} failed${warned ? `, ${plural(warned, 'warning')}` : ''}`
      : `all rules passed${warned ? ` (${plural(warned, 'warning')})` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values: o } = options.parse(args);
    const { seeds, count, format } = o;
    const bank = await loadBankOption(o.bank, io);
    const report = stressBank(bank, { seeds, count });
    io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatStressText(report));
    return report.passed ? EXIT.ok : EXIT.checkFailed;
  },
};
