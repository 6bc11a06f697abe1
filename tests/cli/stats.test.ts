// `readquiz stats` as a teacher reads it: the hand-filled class1 sheet, and `--record` files from the
// terminal quiz with several seeds and a damaged line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generateQuiz } from '../../src/core/generate.js';
import { scoreAnswer } from '../../src/core/scoring.js';
import type { Bank, MultipleChoiceQuestion, Quiz } from '../../src/core/types.js';
import { parseCsv } from '../../src/io/answers.js';
import { loadBank } from '../../src/io/load-bank.js';
import { fakeIo } from '../helpers/fake-io.js';

const FIXTURES = resolve(__dirname, '../fixtures/class');

async function run(args: string[], options: { columns?: number; cwd?: string } = {}) {
  const io = fakeIo({ cwd: options.cwd ?? FIXTURES, columns: options.columns });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('readquiz stats on the hand-filled class1 sheet', () => {
  // Points per student and question, graded by hand in tests/cli/grade.test.ts (exact thirds kept):
  //          q1  q2   q3  q4  q5  q6  q7  q8  q9  q10  total
  //   Ana     1   2    2   1   1   1   1   1   1   1    12
  //   Ben     1   4/3  2   1   1   1   1   0   0   1    28/3 (9.33)
  //   Chloe   0   2    0   1   1   0   1   1   1   1    8
  //   Dan     1   4/3  2   0   ·   1   1   1   1   0    25/3 (8.33)
  //   Eva     0   4/3  0   1   1   1   0   1   1   0    19/3 (6.33)
  // (q2 and q3 are worth 2 points; 12 in all.) Sum of totals 44; the rest score of an item is the total
  // less the item's points (one quiz, so r on rest points is r on rest shares).
  let stats: {
    items: {
      questionId: string;
      facility: number;
      discrimination: number | null;
      flags: string[];
      options: { text: string; chosen: number; correct: boolean }[];
    }[];
    totals: { label: string; points: number }[];
    distribution: { count: number }[];
  };
  beforeAll(async () => {
    const { code, out, err } = await run(['stats', '--seed', 'class1', 'class1.csv', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    stats = JSON.parse(out);
  });

  it('facility per question', () => {
    // q1 3/5; q2 (1 + 2/3 + 1 + 2/3 + 2/3)/5 = 4/5 = .8, from the exact shares: not from points rounded to
    // hundredths (1.33/2 = .665 would give 3.995/5 = .799); q3 3/5; q4 4/5; q5 4/5 (Dan's blank is 0);
    // q6 4/5; q7 4/5; q8 4/5; q9 4/5; q10 3/5
    expect(stats.items.map((i) => i.facility)).toEqual([0.6, 0.8, 0.6, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.6]);
  });

  it('discrimination on the rest score', () => {
    // q8, only Ben wrong, and he is second best: x = 1 0 1 1 1; rest = 11, 28/3, 7, 22/3, 16/3 (sum 40, mean 8)
    //   dy = 3, 4/3, -1, -2/3, -8/3; sxy = sum of dy where x = 1 = 3 - 1 - 2/3 - 8/3 = -4/3
    //   sxx = 4(.04) + .64 = .8; syy = 9 + 16/9 + 1 + 4/9 + 64/9 = 58/3
    //   r = -(4/3) / sqrt(.8 * 58/3); r^2 = (16/9) / (46.4/3) = 48/417.6 = .114943; r = -.3390
    //   From points rounded to hundredths (9.33, 7.33, 5.33) r = -.3386.
    expect(stats.items[7]!.discrimination).toBeCloseTo(-0.339, 4);
    // q1, Chloe and Eva wrong: x = 1 1 0 1 0; rest = 11, 25/3, 8, 22/3, 19/3 (sum 41, mean 8.2)
    //   dy (in fifteenths) = 42, 2, -3, -13, -28; sxy = (42 + 2 - 13)/15 = 31/15; sxx = 3(.16) + 2(.36) = 1.2
    //   syy = (1764 + 4 + 9 + 169 + 784)/225 = 2730/225; r^2 = (961/225) / (1.2 * 2730/225) = 961/3276 = .293346; r = .5416
    expect(stats.items[0]!.discrimination).toBeCloseTo(0.5416, 4);
    // Five students are too few to act on r: shown, marked unreliable, not flagged (#14).
    expect(stats.items[7]!.flags).toEqual([]);
    expect(stats.items.every((i) => (i as { discriminationReliable?: boolean }).discriminationReliable === false)).toBe(
      true,
    );
    // q6, only Chloe wrong, whose rest (8) is the mean rest: x = 1 1 0 1 1; rest = 11, 25/3, 8, 22/3, 16/3
    //   (sum 40, mean 8), so sxy = -(8 - 8) = 0 and r = 0. From points rounded to hundredths the rests sum to
    //   39.99 and r = -.002 / sqrt(.8 * 16.72) = -.0005: rounding noise, gone with the exact thirds.
    expect(stats.items[5]!.discrimination).toBeCloseTo(0, 4);
    expect(stats.items[5]!.flags).toEqual([]);
  });

  it('options chosen, by text', () => {
    // q9 (c, not negotiable): Ana, Chloe, Dan, Eva wrote c; Ben b
    expect(stats.items[8]!.options.map((o) => [o.text, o.chosen, o.correct])).toEqual([
      ['Western countries have accepted them.', 0, false],
      ['Western countries accept only the demand on Georgia.', 1, false],
      ['Western countries will not negotiate over them.', 4, true],
      ['Western countries will accept them if Russia pulls back.', 0, false],
    ]);
    // q7 (c, what "dramatize" means): Ana, Ben (C), Chloe, Dan c; Eva a
    expect(Object.fromEntries(stats.items[6]!.options.map((o) => [o.text, o.chosen]))).toEqual({
      'Hide from the public how serious the situation is': 1,
      'Talk to journalists about the crisis every day': 0,
      'Make the situation seem more alarming than it is': 4,
      'Take a decision without asking the Europeans first': 0,
    });
    // q6 (true): Chloe wrote f
    expect(stats.items[5]!.options.map((o) => [o.text, o.chosen])).toEqual([
      ['True', 4],
      ['False', 1],
    ]);
    // q1 (d, the main idea): Chloe and Eva chose a, the distorted summary; fewer than chose the answer, so no
    // flag for it (and r is not flagged from five students)
    expect(stats.items[0]!.options.map((o) => o.chosen)).toEqual([2, 0, 0, 3]);
    expect(stats.items[0]!.flags).toEqual([]);
  });

  it('totals and the distribution', () => {
    expect(stats.totals.map((t) => [t.label, t.points])).toEqual([
      ['Ana Lopez', 12],
      ['Ben Okoro', 9.33],
      ['Chloe Martin', 8],
      ['Dan Weiss', 8.33],
      ['Eva Lind', 6.33],
    ]);
    // 100% -> 90-100; 9.33/12 = 78% -> 70-79; 8/12 = 67% and 8.33/12 = 69% -> 60-69; 6.33/12 = 53% -> 50-59
    expect(stats.distribution.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 2, 1, 0, 1]);
  });

  it('the table: items, flags, options, means, a histogram with bars, per-student totals; within the width', async () => {
    const { code, out } = await run(['stats', '--seed', 'class1', 'class1.csv'], { columns: 80 });
    expect(code).toBe(0);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    // Items are numbered as on the sheet; r from 5 students is marked '?' and not flagged (#14). No flags,
    // so the prompt gets 80 - 26 (number, n, facility, discr) - 7 (type) - 7 (flags) = 40 columns.
    expect(out).toMatch(/^ q8 {2}Russia demands a withdrawal of NATO for…\s+num\s+5\s+0\.80\s+-0\.34\?$/m);
    expect(out).toMatch(/^ q6 {2}The article suggests that the Ukrainian…\s+tf\s+5\s+0\.80\s+0\.00\?$/m);
    expect(out).toMatch(/^\? fewer than 10 respondents: too few for the discrimination to mean much; not$/m);
    expect(out).not.toContain('Look again at:');
    // Option bars share one scale, the share of those offered it who chose it: 3 of 5 is 3/5 of 20 blocks.
    expect(out).toMatch(/^ {5}✓ Joe Biden raised the pressure… {2}3\/5 {2}█{12}$/m);
    expect(out).toMatch(/^ {5}✓ True {3}4\/5 {2}█{16}$/m);
    expect(out).toMatch(/^ {3}60-69% 2 █{40}$/m);
    expect(out).toMatch(/^ {3}70-79% 1 █{20}$/m); // half the longest bar
    expect(out).toMatch(/^ {2}Dan Weiss +8\.33\/12 +69% {2}█{20}▉$/m); // 8.33/12 of 30 = 20.83 blocks: 20 and 7/8
    expect(out).toMatch(/^ {2}action {12}70% {2}\(10 answers\)$/m); // q2, q10: (4 + 3) / 10
    expect(out).toMatch(/^ {2}main-idea {9}60% {2}\(5 answers\)$/m);
    // Kinds in their declared order (FACT_KINDS), not the new kinds first as first met.
    const kinds = out
      .slice(out.indexOf('Mean score by fact kind:\n'), out.indexOf('Mean score by question type:'))
      .split('\n')
      .slice(1, -1);
    expect(kinds.map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'quantity',
      'action',
      'main-idea',
      'event',
      'inference',
      'vocabulary',
      'written',
    ]);
  });

  it.each([40, 60, 120])('every line fits %i columns', async (columns) => {
    const { out } = await run(['stats', '--seed', 'class1', 'class1.csv'], { columns });
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(columns);
    expect(out).toContain('Totals per student:');
  });

  it('--format csv: one row per question', async () => {
    const { out } = await run(['stats', '--seed', 'class1', 'class1.csv', '--format', 'csv']);
    const rows = parseCsv(out, 'x.csv').rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[0]!.slice(0, 13)).toEqual([
      'questionId',
      'sheet',
      'type',
      'factKind',
      'n',
      'right',
      'partial',
      'wrong',
      'unanswered',
      'facility',
      'discrimination',
      'reliable',
      'flags',
    ]);
    expect(rows[8]!.slice(0, 10)).toEqual([
      'joined-nato-after:numeric',
      'q8',
      'numeric',
      'quantity',
      '5',
      '4',
      '0',
      '1',
      '0',
      '0.8',
    ]);
    expect(rows[8]![11]).toBe('no');
    expect(rows[8]![13]).toBe(''); // a number written in has no options to count
    expect(rows[5]!.slice(0, 10)).toEqual([
      'no-decision-yet:multiple-choice',
      'q5',
      'multiple-choice',
      'inference',
      '5',
      '4',
      '0',
      '0',
      '1',
      '0.8',
    ]);
    expect(rows[6]![13]).toBe('*True: 4/5; False: 1/5');
    expect(rows).toHaveLength(11);
  });

  it('bad rows are reported as in grade, and exit 2', async () => {
    const { code, err } = await run([
      'stats',
      '--seed',
      'class1',
      '--variants',
      '2',
      'class1-bad.csv',
      '--format',
      'json',
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/^class1-bad\.csv:4:14: Chloe Martin: unknown variant '3'/);
    expect(err.trimEnd().split('\n').pop()).toBe(
      'readquiz stats: analysed 6 students, but 2 rows skipped, 3 values could not be read (left out of the item statistics); see the messages above (exit code 2)',
    );
  });
});

describe('readquiz stats: a sheet of two variants, read against its paper (#14)', () => {
  it('numbers items as on the sheets, with the variant, and never shows two items under the same cut-off prompt', async () => {
    const { out } = await run(['stats', '--seed', 'class1', '--variants', '2', 'class1-bad.csv'], { columns: 80 });
    const lines = out.split('\n');
    const head = lines.findIndex((l) => /^\s*#  question/.test(l));
    const rows = lines.slice(head + 1, lines.indexOf('', head)).filter((l) => /^\s*(v\d q\d+,?)+\s/.test(l));
    // Variants 1 and 2 share the main idea (q1 of both), the 8,500 soldiers (q4 of both) and who announced
    // the five days (v1 q10, v2 q8); every other item is on one sheet only.
    expect(rows.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'v1 q1,v2 q1',
      'v1 q2',
      'v1 q3',
      'v1 q4,v2 q4',
      'v1 q5',
      'v1 q6',
      'v1 q7',
      'v1 q8',
      'v1 q9',
      'v1 q10,v2 q8',
      'v2 q2',
      'v2 q3',
      'v2 q5',
      'v2 q6',
      'v2 q7',
      'v2 q9',
      'v2 q10',
    ]);
    const prompts = rows.map((l) => l.trim().split(/\s{2,}/)[1]);
    expect(new Set(prompts).size).toBe(prompts.length);
    // Both matching questions ask "Match each one to what the article says they did ..." and both orderings
    // "Put these in time order ...": each shows its id instead, cut to the prompt column like any prompt
    // (80 - 35 for the 12-wide numbers, n, facility, discr - 5 for the cells left out (unreadable) - 7 type
    // - 11 flags, "all-right" = 22).
    expect(prompts).toContain('scholz-warned:matching');
    expect(prompts).toContain('biden-praised-unanimi…');
    expect(prompts).toContain('videoconference-held:…');
    expect(prompts).toContain('families-removed:orde…');
  });
});

describe('readquiz stats on --record files', () => {
  let dir: string;
  let bank: Bank;
  const mcOnly = { count: 'all' as const, types: ['multiple-choice' as const] };

  /** One attempt line as the terminal quiz writes it; `pick` chooses a letter per question. */
  function attempt(quiz: Quiz, pick: (q: MultipleChoiceQuestion) => number, hash = quiz.bank.contentHash): string {
    const letters = 'abcdefgh';
    const answers = quiz.questions.map((q) => {
      const mc = q as MultipleChoiceQuestion;
      const response = letters[pick(mc)]!;
      const r = scoreAnswer(q, response);
      return {
        questionId: q.id,
        type: q.type,
        factKind: q.factKind,
        response,
        status: r.status,
        points: r.points,
        max: r.max,
        ms: 1000,
      };
    });
    return JSON.stringify({
      format: 'readquiz/attempt@1',
      seed: quiz.seed,
      bank: { id: quiz.bank.id, contentHash: hash },
      options: quiz.options,
      strict: false,
      startedAt: '2026-11-25T02:00:00.000Z',
      finishedAt: '2026-11-25T02:05:00.000Z',
      answers,
      score: { points: answers.reduce((s, a) => s + a.points, 0), max: answers.reduce((s, a) => s + a.max, 0) },
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rq-stats-'));
    bank = await loadBank('biden-ukraine');
  });

  it('aggregates the same question across seeds and counts options by text; reports a damaged line and exits 2', async () => {
    const q1 = generateQuiz(bank, { seed: 'r1', ...mcOnly });
    const q2 = generateQuiz(bank, { seed: 'r2', ...mcOnly });
    // Two right attempts with seed r1, one wrong attempt (always the option after the answer) with seed r2.
    const right = (q: MultipleChoiceQuestion) => q.answer;
    const wrong = (q: MultipleChoiceQuestion) => (q.answer + 1) % q.choices.length;
    writeFileSync(
      join(dir, 'a.jsonl'),
      `${attempt(q1, right)}\n{"format": "readquiz/attempt@1", "seed"\n${attempt(q1, right)}\n`,
    );
    writeFileSync(join(dir, 'b.jsonl'), `${attempt(q2, wrong)}\n`);
    const { code, out, err } = await run(['stats', 'a.jsonl', 'b.jsonl', '--format', 'json'], { cwd: dir });
    expect(err.split('\n')).toEqual([
      "a.jsonl:2:40: invalid JSON: expected ':' after the key, got the end of the file; line skipped",
      'readquiz stats: analysed 3 attempts, but 1 line was left out; see the messages above (exit code 2)',
      '',
    ]);
    expect(code).toBe(2);
    const stats = JSON.parse(out);
    expect(stats.respondents).toBe(3);
    expect(stats.totals.map((t: { label: string }) => t.label)).toEqual(['a.jsonl:1', 'a.jsonl:3', 'b.jsonl:1']);
    // Every multiple-choice question appears in both seeds (count all): 2 of 3 attempts right.
    const shared = q1.questions.filter((q) => q2.questions.some((o) => o.id === q.id));
    expect(shared.length).toBeGreaterThan(3);
    for (const q of shared) {
      const item = stats.items.find((i: { questionId: string }) => i.questionId === q.id);
      expect(item).toMatchObject({ n: 3, right: 2, wrong: 1 });
      expect(item.facility).toBeCloseTo(2 / 3, 4);
      // Count by hand what each option's text should show: offered in each attempt's quiz, chosen by its pick.
      const expected = new Map<string, { offered: number; chosen: number; correct: boolean }>();
      for (const [quiz, pick] of [
        [q1, right],
        [q1, right],
        [q2, wrong],
      ] as const) {
        const mq = quiz.questions.find((x) => x.id === q.id) as MultipleChoiceQuestion;
        mq.choices.forEach((text, i) => {
          const e = expected.get(text) ?? { offered: 0, chosen: 0, correct: true };
          e.offered++;
          if (pick(mq) === i) e.chosen++;
          e.correct &&= i === mq.answer;
          expected.set(text, e);
        });
      }
      expect(
        Object.fromEntries(
          item.options.map((o: { text: string; offered: number; chosen: number; correct: boolean }) => [
            o.text,
            { offered: o.offered, chosen: o.chosen, correct: o.correct },
          ]),
        ),
      ).toEqual(Object.fromEntries(expected));
      expect(item.options.reduce((s: number, o: { chosen: number }) => s + o.chosen, 0)).toBe(3);
    }
  });

  it('a record of another bank version still counts, without option counts, and says so', async () => {
    const q1 = generateQuiz(bank, { seed: 'r1', count: 3, types: ['multiple-choice'] });
    writeFileSync(
      join(dir, 'old.jsonl'),
      `${attempt(q1, (q) => q.answer, 'deadbeef')}\n${attempt(q1, (q) => q.answer)}\n`,
    );
    const { code, out, err } = await run(['stats', 'old.jsonl', '--format', 'json'], { cwd: dir });
    expect(err).toBe(
      `old.jsonl:1:1: recorded with another version of bank 'biden-ukraine' (content hash deadbeef, now ${bank.contentHash}); option counts left out for attempts with seed 'r1'\n`,
    );
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.items[0]).toMatchObject({ n: 2, right: 2, facility: 1 });
    expect(stats.items[0].options.find((o: { correct: boolean }) => o.correct)).toMatchObject({
      offered: 1,
      chosen: 1,
    });
  });

  it('leaves out retry rounds (asked again after the answers were shown) and says how many', async () => {
    const q1 = generateQuiz(bank, { seed: 'r1', count: 3, types: ['multiple-choice'] });
    const wrongFirst = attempt(q1, (q) => (q.answer + 1) % q.choices.length);
    // The retry round of the same student: the missed questions again, now right.
    const retry = JSON.stringify({ ...JSON.parse(attempt(q1, (q) => q.answer)), round: 2 });
    writeFileSync(join(dir, 'retry.jsonl'), `${wrongFirst}\n${retry}\n`);
    const { code, out, err } = await run(['stats', 'retry.jsonl', '--format', 'json'], { cwd: dir });
    expect(err).toBe('readquiz stats: left out 1 retry round (questions asked again after their answers were shown)\n');
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.respondents).toBe(1);
    expect(stats.items[0]).toMatchObject({ n: 1, right: 0, facility: 0 });
  });

  it('no usable attempts is an error', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '\n');
    const { code, err } = await run(['stats', 'empty.jsonl'], { cwd: dir });
    expect(code).toBe(2);
    expect(err).toBe('no attempts to analyse in empty.jsonl; record some with: readquiz take --record FILE\n');
  });

  it('--help names the discrimination index', async () => {
    const { out } = await run(['stats', '--help']);
    expect(out).toMatch(
      /point-biserial correlation \(r, -1\.\.1\) between the item score \(points\/max\) and the\s+rest score/,
    );
  });
});

// The class-day trial: a complete attempt, an exam attempt stopped on question 4, and a five-variant sheet
// with unreadable cells, a short row and a true/false question asked both ways.
describe('readquiz stats: the class-day trial', () => {
  interface Item {
    questionId: string;
    labels: string[];
    prompt?: string;
    n: number;
    right: number;
    wrong: number;
    unanswered: number;
    notReached: number;
    unread: number;
    facility: number | null;
    flags: string[];
    options: { text: string; correct: boolean; offered: number; chosen: number }[];
  }
  const json = async (args: string[]) => {
    const r = await run([...args, '--format', 'json']);
    return { ...r, stats: JSON.parse(r.out) as { items: Item[] } };
  };

  it('records: questions the stopped exam never reached are left out of n, facility and option counts', async () => {
    const { code, stats } = await json(['stats', 'class-day-att.jsonl', 'class-day-exam.jsonl']);
    expect(code).toBe(0);
    const at = (id: string) => stats.items.find((i) => i.questionId.startsWith(id))!;
    // Questions 1-4 were shown in both attempts (the exam was stopped with question 4 on screen).
    expect(at('main-idea')).toMatchObject({ n: 2, right: 2, notReached: 0 });
    expect(at('joined-nato-after')).toMatchObject({ n: 2, right: 1, unanswered: 1, notReached: 0, facility: 0.5 });
    // Questions 5-10: only the complete attempt saw them.
    for (const id of ['macron-interview', 'scholz-warned', 'balance-of-power-meaning', 'ukraine-welcomed'])
      expect(at(id)).toMatchObject({ n: 1, notReached: 1, unanswered: 0 });
    expect(at('ukraine-welcomed')).toMatchObject({ right: 1, facility: 1 });
    // The options of a question never shown were not offered.
    expect(at('leaders-want-diplomacy').options.map((o) => [o.text, o.offered, o.chosen])).toEqual([
      ['True', 1, 1],
      ['False', 1, 0],
    ]);
  });

  it('records: the table says how many answers were left out, and why', async () => {
    const { out } = await run(['stats', 'class-day-att.jsonl', 'class-day-exam.jsonl'], { columns: 80 });
    // Columns: #, question, type, n, out (left out of n), facility, discr, flags.
    expect(out).toMatch(/^ 4 {2}Russia demands a wi… {2}num {4}2 {4}0 {6}0\.50 {7}-$/m);
    expect(out).toMatch(/^ 9 {2}Has the United Stat… {2}mc {5}1 {4}1 {6}1\.00 {7}- {2}all-right$/m);
    expect(out.replace(/\n/g, ' ')).toContain(
      'out: answers left out of n and facility: not reached (the attempt was stopped first)',
    );
  });

  it('a class sheet: unreadable and missing cells are left out of n and facility, and counted', async () => {
    const { code, stats } = await json(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv']);
    expect(code).toBe(2);
    // v1 q4, v3 q8, v4 q6: Ana 1997, Ben 'abc' (unreadable), Eve 'after 1997', Farid (short row: no cell),
    // Gabi 1997, Hiro 1996. Four could be read, three of them right.
    const nato = stats.items.find((i) => i.questionId === 'joined-nato-after:numeric')!;
    expect(nato).toMatchObject({ n: 4, right: 3, wrong: 1, unanswered: 0, unread: 2, facility: 0.75 });
  });

  it('a class sheet: the table shows the cells left out', async () => {
    const { out } = await run(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv'], { columns: 80 });
    expect(out).toMatch(/^v1 q4,v3 q8… {2}Russia demands a wit… {2}num {5}4 {4}2 {6}0\.75 {3}1\.00\?$/m);
    expect(out.replace(/\n/g, ' ')).toContain(
      'out: answers left out of n and facility: could not be read, or no cell in the row',
    );
  });

  it('a true/false fact asked both ways is two items, each with its answer ticked', async () => {
    const { stats } = await json(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv']);
    const both = stats.items.filter((i) => i.questionId === 'leaders-want-diplomacy:true-false');
    // "ruled out ..." (False) on variants 1 and 4: Ana f, Ben f, Gabi f, Hiro t.
    // "also wanted ..." (True) on variants 3 and 5: Eve true, Farid f, Ines t, Jon t.
    expect(both.map((i) => [i.labels, i.n, i.right, i.facility])).toEqual([
      [['v1 q10', 'v4 q2'], 4, 3, 0.75],
      [['v3 q4', 'v5 q10'], 4, 3, 0.75],
    ]);
    expect(both[0]!.prompt).toMatch(/ruled out/);
    expect(both[1]!.prompt).toMatch(/also wanted/);
    // The table tells the two rows apart from the words where the prompts part.
    const { out } = await run(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv'], { columns: 80 });
    expect(out).toMatch(/^v1 q10,v4 q2 {2}…ruled out a diploma… {2}tf {6}4 {4}0 {6}0\.75/m);
    expect(out).toMatch(/^v3 q4,v5 q10 {2}…also wanted a diplo… {2}tf {6}4 {4}0 {6}0\.75/m);
    expect(out).toMatch(/^v1 q10,v4 q2 {2}According to the White House, the leaders on the call ruled out a/m);
    expect(out).toMatch(/^ {16}True {3}1\/4 {2}█{5}\n {14}✓ False {2}3\/4 {2}█{15}$/m);
    expect(both.map((i) => i.options.map((o) => `${o.correct ? '*' : ''}${o.text} ${o.chosen}/${o.offered}`))).toEqual([
      ['True 1/4', '*False 3/4'],
      ['*True 3/4', 'False 1/4'],
    ]);
    // Six of eight students were right on the fact.
    expect(both.reduce((s, i) => s + i.right, 0)).toBe(6);
  });
});
