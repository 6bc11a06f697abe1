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
  //   Ana     1   2    2   1   1   1   1   2   1   1    13
  //   Ben     1   4/3  2   0   1   1   1   1   0   1    28/3 (9.33)
  //   Chloe   0   2    0   1   1   0   1   2   0   1    8
  //   Dan     1   4/3  2   1   ·   1   1   1   ·   0    25/3 (8.33)
  //   Eva     0   4/3  0   1   1   1   0   0   1   0    16/3 (5.33)
  // (q2, q3 and q8 are worth 2 points; 13 in all.) Sum of totals 44; the rest score of an item is the total
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
    // q6 4/5; q7 4/5; q8 (1 + 1/2 + 1 + 1/2 + 0)/5 = 3/5; q9 2/5 (Dan's blank is 0); q10 3/5
    expect(stats.items.map((i) => i.facility)).toEqual([0.6, 0.8, 0.6, 0.8, 0.8, 0.8, 0.8, 0.6, 0.4, 0.6]);
  });

  it('discrimination on the rest score', () => {
    // q4, only Ben wrong, and he is second best: x = 1 0 1 1 1; rest = 12, 28/3, 7, 22/3, 13/3 (sum 40, mean 8)
    //   dy = 4, 4/3, -1, -2/3, -11/3; sxy = sum of dy where x = 1 = 4 - 1 - 2/3 - 11/3 = -4/3
    //   sxx = 4(.04) + .64 = .8; syy = 16 + 16/9 + 1 + 4/9 + 121/9 = 98/3
    //   r = -(4/3) / sqrt(.8 * 98/3); r^2 = (16/9) / (78.4/3) = 48/705.6 = .068027; r = -.2608
    //   From points rounded to hundredths (9.33, 7.33, 4.33) r = -.2605.
    expect(stats.items[3]!.discrimination).toBeCloseTo(-0.2608, 4);
    // q1, Chloe and Eva wrong: x = 1 1 0 1 0; rest = 12, 25/3, 8, 22/3, 16/3 (sum 41, mean 8.2)
    //   dy (in fifteenths) = 57, 2, -3, -13, -43; sxy = (57 + 2 - 13)/15 = 46/15; sxx = 3(.16) + 2(.36) = 1.2
    //   syy = (3249 + 4 + 9 + 169 + 1849)/225 = 5280/225; r^2 = (2116/225) / (1.2 * 5280/225) = 2116/6336 = .333965;
    //   r = .5779
    expect(stats.items[0]!.discrimination).toBeCloseTo(0.5779, 4);
    // Five students are too few to act on r: shown, marked unreliable, not flagged (#14).
    expect(stats.items[3]!.flags).toEqual([]);
    expect(stats.items.every((i) => (i as { discriminationReliable?: boolean }).discriminationReliable === false)).toBe(
      true,
    );
    // q6, only Chloe wrong, whose rest (8) is the mean rest: x = 1 1 0 1 1; rest = 12, 25/3, 8, 22/3, 13/3
    //   (sum 40, mean 8), so sxy = -(8 - 8) = 0 and r = 0. From points rounded to hundredths the rests sum to
    //   39.99 and r = -.002 / sqrt(.8 * 30.03) = -.0004: rounding noise, gone with the exact thirds.
    expect(stats.items[5]!.discrimination).toBeCloseTo(0, 4);
    expect(stats.items[5]!.flags).toEqual([]);
  });

  it('options chosen, by text', () => {
    // q9 (a, France's call): Ana and Eva wrote a; Ben b, Chloe c; Dan left it blank, which picks nothing
    expect(stats.items[8]!.options.map((o) => [o.text, o.chosen, o.correct])).toEqual([
      ['France called for not creating ambiguity or additional volatility.', 2, true],
      ['The leaders could not agree on a joint statement after the call.', 1, false],
      ['Olaf Scholz said that only Germany would impose sanctions on Russia.', 1, false],
      ['The White House said the leaders disagreed about a diplomatic resolution.', 0, false],
    ]);
    // q7 (c, what "balance of power" means): Ana, Ben (C), Chloe, Dan c; Eva a
    expect(Object.fromEntries(stats.items[6]!.options.map((o) => [o.text, o.chosen]))).toEqual({
      'A signed peace agreement between two countries': 1,
      'The rules for voting among allies': 0,
      'Which side has the advantage over the other': 4,
      'The money each side spends on its army': 0,
    });
    // q6 (false): Chloe wrote t
    expect(stats.items[5]!.options.map((o) => [o.text, o.chosen])).toEqual([
      ['True', 1],
      ['False', 4],
    ]);
    // q8 (c and d, Ukraine and Georgia), each option counted where it was ticked: Ana c d, Ben C, Chloe cd,
    // Dan d, Eva a c. Both answers are marked; the less ticked (Georgia, 3) beats every distractor: no flag.
    expect(stats.items[7]!.options.map((o) => [o.text, o.chosen, o.correct])).toEqual([
      ['Bulgaria', 1, false],
      ['Romania', 0, false],
      ['Ukraine', 4, true],
      ['Georgia', 3, true],
    ]);
    expect(stats.items[7]!.flags).toEqual([]);
    // q1 (d, the main idea): Chloe and Eva chose a, the distorted summary; fewer than chose the answer, so no
    // flag for it (and r is not flagged from five students)
    expect(stats.items[0]!.options.map((o) => o.chosen)).toEqual([2, 0, 0, 3]);
    expect(stats.items[0]!.flags).toEqual([]);
  });

  it('totals and the distribution', () => {
    expect(stats.totals.map((t) => [t.label, t.points])).toEqual([
      ['Ana Lopez', 13],
      ['Ben Okoro', 9.33],
      ['Chloe Martin', 8],
      ['Dan Weiss', 8.33],
      ['Eva Lind', 5.33],
    ]);
    // 100% -> 90-100; 9.33/13 = 72% -> 70-79; 8/13 = 62% and 8.33/13 = 64% -> 60-69; 5.33/13 = 41% -> 40-49
    expect(stats.distribution.map((b) => b.count)).toEqual([0, 0, 0, 0, 1, 0, 2, 1, 0, 1]);
  });

  it('the table: items, flags, options, means, a histogram with bars, per-student totals; within the width', async () => {
    const { code, out } = await run(['stats', '--seed', 'class1', 'class1.csv'], { columns: 80 });
    expect(code).toBe(0);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    // Items are numbered as on the sheet; r from 5 students is marked '?' and not flagged (#14). No flags,
    // so the prompt gets 80 - 26 (number, n, facility, discr) - 7 (type) - 7 (flags) = 40 columns.
    // The prompt is cut after its 39th character, here the space before "reaction".
    expect(out).toMatch(/^ q4 {2}How many soldiers make up NATO’s rapid …\s+num\s+5\s+0\.80\s+-0\.26\?$/m);
    expect(out).toMatch(/^ q6 {2}The article suggests that the Ukrainian…\s+tf\s+5\s+0\.80\s+0\.00\?$/m);
    expect(out).toMatch(/^\? fewer than 10 respondents: too few for the discrimination to mean much; not$/m);
    expect(out).not.toContain('Look again at:');
    // Option bars share one scale, the share of those offered it who chose it: 3 of 5 is 3/5 of 20 blocks.
    expect(out).toMatch(/^ {5}✓ Joe Biden raised the pressure… {2}3\/5 {2}█{12}$/m);
    expect(out).toMatch(/^ {7}True {3}1\/5 {2}█{4}\n {5}✓ False {2}4\/5 {2}█{16}$/m);
    expect(out).toMatch(/^ {5}✓ Ukraine {3}4\/5 {2}█{16}\n {5}✓ Georgia {3}3\/5 {2}█{12}$/m);
    expect(out).toMatch(/^ {3}60-69% 2 █{40}$/m);
    expect(out).toMatch(/^ {3}70-79% 1 █{20}$/m); // half the longest bar
    expect(out).toMatch(/^ {2}Dan Weiss +8\.33\/13 +64% {2}█{19}▎$/m); // 8.33/13 of 30 = 19.23 blocks: 19 and 2/8
    expect(out).toMatch(/^ {2}action {12}70% {2}\(10 answers\)$/m); // q2, q10: (4 + 3) / 10
    expect(out).toMatch(/^ {2}main-idea {9}60% {2}\(5 answers\)$/m);
    expect(out).toMatch(/^ {2}set {15}60% {2}\(5 answers\)$/m); // q8: (1 + 1/2 + 1 + 1/2 + 0) / 5
    // Kinds in their declared order (FACT_KINDS), not the new kinds first as first met.
    const kinds = out
      .slice(out.indexOf('Mean score by fact kind:\n'), out.indexOf('Mean score by question type:'))
      .split('\n')
      .slice(1, -1);
    expect(kinds.map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'quantity',
      'set',
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
    expect(rows[4]!.slice(0, 10)).toEqual([
      'rapid-force-size:numeric',
      'q4',
      'numeric',
      'quantity',
      '5',
      '4',
      '0',
      '1',
      '0',
      '0.8',
    ]);
    expect(rows[4]![11]).toBe('no');
    expect(rows[4]![13]).toBe(''); // a number written in has no options to count
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
    expect(rows[6]![13]).toBe('True: 1/5; *False: 4/5');
    // q8: Ana and Chloe right, Ben (C) and Dan (d) half, Eva (a c) nothing.
    expect(rows[8]!.slice(0, 10)).toEqual([
      'non-enlargement-countries:multi-select',
      'q8',
      'multi-select',
      'set',
      '5',
      '2',
      '2',
      '1',
      '0',
      '0.6',
    ]);
    expect(rows[8]![13]).toBe('Bulgaria: 1/5; Romania: 0/5; *Ukraine: 4/5; *Georgia: 3/5');
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
    // Variants 1 and 2 share the main idea (q1 of both) and what "balance of power" means (q7 of both, under
    // one prompt, the options in another order); every other item is on one sheet only.
    expect(rows.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'v1 q1,v2 q1',
      'v1 q2',
      'v1 q3',
      'v1 q4',
      'v1 q5',
      'v1 q6',
      'v1 q7,v2 q7',
      'v1 q8',
      'v1 q9',
      'v1 q10',
      'v2 q2',
      'v2 q3',
      'v2 q4',
      'v2 q5',
      'v2 q6',
      'v2 q8',
      'v2 q9',
      'v2 q10',
    ]);
    const prompts = rows.map((l) => l.trim().split(/\s{2,}/)[1]);
    expect(new Set(prompts).size).toBe(prompts.length);
    // Both matching questions ask "Match each one to what the article says they did ..." and both orderings
    // "Put these in time order ...": each shows its id instead, cut to the prompt column like any prompt
    // (80 - 34 for the 11-wide numbers, n, facility, discr - 5 for the cells left out (unreadable) - 7 type
    // - 11 flags, "all-right" = 23).
    expect(prompts).toContain('scholz-warned:matching');
    expect(prompts).toContain('biden-praised-unanimit…');
    expect(prompts).toContain('videoconference-held:o…');
    expect(prompts).toContain('families-removed:order…');
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
//
// The records are seed demo (variant 1 of the sheet), filled again when a figure with its own question stopped
// being asked as a blank too: 1 c (main idea), 2 Joe Biden (who praised the unanimity), 3 false (Russia calm),
// 4 a b (Romania, Bulgaria; 2 points), 5 true (Russia to move first), 6 1b 2a 3c (2 points), 7 d (volatility),
// 8 8,500 soldiers, 9 a (Washington's tough words), 10 Josep Borrell; 12 points.
//   class-day-att.jsonl, complete: 1 + 1 ("joe biden") + 0 (true) + 2 ([0, 1]) + 1 + 0.67 ([1, 2, 0]: only
//     Macron's pair) + 0 (a) + 1 ("8.500", the dot a thousands separator) + 1 + 0 ("Macron") = 7.67 of 12
//   class-day-exam.jsonl, --no-feedback, stopped with question 4 on screen: 1 + 1 ("Biden") + 0 (true) + 0
//     (question 4 unanswered, seen) = 2 of 12; questions 5-10 not reached.
// The sheet, class-day.csv, graded by hand against the five variants of seed demo:
//   v1 (12): c | Joe Biden | f | a b | t | 1b 2a 3c | d | 8,500 | a | Josep Borrell
//   v2 (13): c | Emmanuel Macron | positions 2 1 3 (2) | 5 (days) | f | a b (Georgia, Ukraine; 2) | d |
//            1c 2a 3d (2) | d | 8,500
//   v3 (12): d | 1b 2c 3d (2) | positions 3 2 1 (2) | t (also wanted) | d | NATO | b | 8,500 | d | t (criticized)
//   v4 (12): b | f (ruled out) | c d (2) | 1c 2a 3d (2) | t | 1997 | a | the Ukrainian authorities | c | c
//   v5 (13): d | a d (Georgia, Ukraine; 2) | positions 2 1 3 (2) | 1b 2d 3a (2) | t | 8,500 | c | Josep Borrell
//            | c | t (also wanted)
//   Ana (v1): all right = 12/12
//   Ben (v1): 0 (a) + 1 (Biden) + 0 (t) + 1 (a b d: 2/2 - 1/2 of 2) + 0 (blank) + 0.67 (1b 2c 3a: 1 of 3)
//             + 1 + ? ('abc', not a number) + 1 + 1 (Borrell) = 5.67/12, 47%
//   Carla (v2, written 'v2'): all right (Macron, "a, b") but 10: '40.000', the rapid reaction force's figure
//             in her notation, 40 or 40,000, cannot be read = 12/13, 92%
//   Dmitri (v2): 0 (b) + 1 + 0 (3 2 1: keeps 1 pair of 2, families before the videoconference, no more than
//             chance or the order as shown) + 1 (5) + 0 (T) + 1 (a: 1/2 of 2) + 1 (D) + 2 (c a d) + ? ('No
//             decision yet', words, not a letter) + 1 (8 500) = 7/13, 54%
//   Eve (v3): all right, in many forms: true, Nato (case folded), "up to 8,500 soldiers", yes = 12/12
//   Farid (v3): 0 (a) + 0.67 (1b 2b 3c: 1 of 3) + 0 (1 2 3) + 0 (f) + ? ('x') and no cells for 6-10 = 0.67/12
//   Gabi, Hiro (v4, a sheet the change left as it was): 12/12 (Ukrainian goverment: one typo) and 0/12
//   Ines (v5): all right ("8.500", J. Borrell) = 13/13
//   Jon (v5): 0 (c) + 0 (a b: 1/2 - 1/2) + 0 (1 2 3) + 0.67 (1b) + 0 (f) + 0 (8,500 days: not in soldiers)
//             + 1 + 1 (Joseph Borell) + 0 (b) + 1 = 3.67/13, 28%
//   Kim (variant 6), Lee (no variant) and Mo (an unquoted 8,500: 13 cells) are not graded.
// Moved when the sheet was filled again: the year question is now on variant 4 only, so the unreadable and
// missing cells are shown on the 8,500 soldiers (a numeric question on v1, v2, v3 and v5), where Ben's 'abc',
// Carla's '40.000' (both from the old year and force-size cells) and Farid's short row now fall; Ben's
// "8.500" (then a blank) is Ines's alone; Eve's "after 1997" is "up to 8,500 soldiers", her "8,500 soldiers"
// blank now a numeric answer; Dmitri's cut-off option text is on question 9.
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
    expect(at('withdrawal-countries')).toMatchObject({ n: 2, right: 1, unanswered: 1, notReached: 0, facility: 0.5 });
    // Questions 5-10: only the complete attempt saw them.
    for (const id of ['russia-first-step', 'macron-offers-path', 'volatility-meaning', 'soldiers-on-alert'])
      expect(at(id)).toMatchObject({ n: 1, notReached: 1, unanswered: 0 });
    expect(at('soldiers-on-alert')).toMatchObject({ right: 1, facility: 1 });
    expect(at('macron-offers-path')).toMatchObject({ partial: 1, facility: 0.3333 });
    // The options of a question never shown were not offered.
    expect(at('russia-first-step').options.map((o) => [o.text, o.offered, o.chosen])).toEqual([
      ['True', 1, 1],
      ['False', 1, 0],
    ]);
    // A question both attempts saw offers its options twice (the exam's unanswered question 4 too): Romania and
    // Bulgaria ticked once, by the complete attempt.
    expect(at('withdrawal-countries').options.map((o) => [o.text, o.offered, o.chosen])).toEqual([
      ['Romania', 2, 1],
      ['Bulgaria', 2, 1],
      ['Georgia', 2, 0],
      ['Ukraine', 2, 0],
    ]);
  });

  it('records: the table says how many answers were left out, and why', async () => {
    const { out } = await run(['stats', 'class-day-att.jsonl', 'class-day-exam.jsonl'], { columns: 80 });
    // Columns: #, question, type, n, out (left out of n), facility, discr, flags.
    expect(out).toMatch(/^ 4 {2}Which of these figu… {2}ms {5}2 {4}0 {6}0\.50 {7}-$/m);
    expect(out).toMatch(/^ 9 {2}Why had the Europea… {2}mc {5}1 {4}1 {6}1\.00 {7}- {2}all-right$/m);
    expect(out.replace(/\n/g, ' ')).toContain(
      'out: answers left out of n and facility: not reached (the attempt was stopped first)',
    );
  });

  it('a class sheet: unreadable and missing cells are left out of n and facility, and counted', async () => {
    const { code, stats } = await json(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv']);
    expect(code).toBe(2);
    // v1 q8, v2 q10, v3 q8, v5 q6: Ana 8,500, Ben 'abc' (not a number), Carla '40.000' (40 or 40,000),
    // Dmitri 8 500, Eve 'up to 8,500 soldiers', Farid (short row: no cell), Ines 8.500, Jon '8,500 days'
    // (not in soldiers). Five could be read, four of them right.
    const soldiers = stats.items.find((i) => i.questionId === 'soldiers-on-alert:numeric')!;
    expect(soldiers).toMatchObject({ n: 5, right: 4, wrong: 1, unanswered: 0, unread: 3, facility: 0.8 });
  });

  it('a class sheet: the table shows the cells left out', async () => {
    const { out } = await run(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv'], { columns: 80 });
    // discr: x = 1 1 1 1 0 for Ana, Dmitri, Eve, Ines, Jon; each rest is over the cells that could be read,
    // less this one: Ana 11/11, Dmitri 6/11 (7 of 13 less his unread question 9 and this one), Eve 11/11,
    // Ines 12/12, Jon (11/3)/12 = 11/36. sxy = 3 + 6/11 - 4 * mean(y) = 46/99; sxx = .8;
    // syy = sum y^2 - 5 mean(y)^2 = 3.390885 - 2.966056 = .424829; r = .464646 / sqrt(.8 * .424829) = .797.
    expect(out).toMatch(/^v1 q8,v2 q1… {2}Up to how many soldi… {2}num {5}5 {4}3 {6}0\.80 {3}0\.80\?$/m);
    expect(out.replace(/\n/g, ' ')).toContain(
      'out: answers left out of n and facility: could not be read, or no cell in the row',
    );
  });

  it('a true/false fact asked both ways is two items, each with its answer ticked', async () => {
    const { stats } = await json(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv']);
    const both = stats.items.filter((i) => i.questionId === 'leaders-want-diplomacy:true-false');
    // "also wanted ..." (True) on variants 3 and 5: Eve true, Farid f, Ines t, Jon t.
    // "ruled out ..." (False) on variant 4 only now (variant 1 no longer asks it): Gabi f, Hiro t.
    // Items come in sheet order, variant by variant: v3 q4 before v4 q2.
    expect(both.map((i) => [i.labels, i.n, i.right, i.facility])).toEqual([
      [['v3 q4', 'v5 q10'], 4, 3, 0.75],
      [['v4 q2'], 2, 1, 0.5],
    ]);
    expect(both[0]!.prompt).toMatch(/also wanted/);
    expect(both[1]!.prompt).toMatch(/ruled out/);
    // The table tells the two rows apart from the words where the prompts part.
    const { out } = await run(['stats', '--seed', 'demo', '--variants', '5', 'class-day.csv'], { columns: 80 });
    expect(out).toMatch(/^v3 q4,v5 q10 {2}…also wanted a diplo… {2}tf {6}4 {4}0 {6}0\.75/m);
    expect(out).toMatch(/^ {7}v4 q2 {2}…ruled out a diploma… {2}tf {6}2 {4}0 {6}0\.50/m);
    expect(out).toMatch(/^ {7}v4 q2 {2}According to the White House, the leaders on the call ruled out a/m);
    expect(out).toMatch(/^ {14}✓ True {3}3\/4 {2}█{15}\n {16}False {2}1\/4 {2}█{5}$/m);
    expect(out).toMatch(/^ {16}True {3}1\/2 {2}█{10}\n {14}✓ False {2}1\/2 {2}█{10}$/m);
    expect(both.map((i) => i.options.map((o) => `${o.correct ? '*' : ''}${o.text} ${o.chosen}/${o.offered}`))).toEqual([
      ['*True 3/4', 'False 1/4'],
      ['True 1/2', '*False 1/2'],
    ]);
    // Four of six students were right on the fact.
    expect(both.reduce((s, i) => s + i.right, 0)).toBe(4);
  });
});
