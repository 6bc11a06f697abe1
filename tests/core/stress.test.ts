// The stress test must pass a fair generator and catch each kind of unfairness. Unfair generators are
// made by editing the real generator's quizzes in one known way each, so every rule is shown to fail
// when (and only when) its pattern is there.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generateQuiz } from '../../src/core/generate.js';
import {
  chiSquareP,
  normalTwoSidedP,
  optionNumber,
  stressBank,
  uniformityTest,
  type StressReport,
} from '../../src/core/stress.js';
import type { Bank, GenerateOptions, Question, Quiz } from '../../src/core/types.js';
import { bankOrThrow, parseBankFile, parseBankText } from '../../src/io/parse-bank.js';
import { fakeIo } from '../helpers/fake-io.js';
import { MORE_ACTIONS } from './fixtures/more-actions.js';
import { readingBank, READING_BANK_FILE } from './fixtures/reading-bank.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/broken-banks/', import.meta.url));
const PLAIN = `${FIXTURES}ok-plain/bank.yaml`;
const bank = bankOrThrow(parseBankFile(PLAIN));

function rule(report: StressReport, id: string) {
  const r = report.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** The real generator with every question passed through `edit`. */
function edited(edit: (q: Question, seed: string) => Question): (b: Bank, o: GenerateOptions) => Quiz {
  return (b, o) => {
    const quiz = generateQuiz(b, o);
    return { ...quiz, questions: quiz.questions.map((q) => edit(q, o.seed)) };
  };
}

describe('statistics', () => {
  it('chi-square p-values match the tables', () => {
    expect(chiSquareP(3.841, 1)).toBeCloseTo(0.05, 3);
    expect(chiSquareP(11.345, 3)).toBeCloseTo(0.01, 3);
    expect(chiSquareP(16.266, 3)).toBeCloseTo(0.001, 4);
    expect(chiSquareP(0, 3)).toBe(1);
  });
  it('normal two-sided p-values match the tables', () => {
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.05, 3);
    expect(normalTwoSidedP(3.2905)).toBeCloseTo(0.001, 4);
    expect(normalTwoSidedP(0)).toBeCloseTo(1, 6);
  });
  it('uniformity: flat counts pass, piled-up counts fail', () => {
    expect(uniformityTest([250, 250, 250, 250]).p).toBeCloseTo(1, 6);
    expect(uniformityTest([400, 200, 200, 200]).p).toBeLessThan(1e-9);
  });
  it('reads numbers as options show them', () => {
    expect(optionNumber('8,500')).toBe(8500);
    expect(optionNumber('1.5 hours')).toBe(1.5);
    expect(optionNumber('five')).toBe(5);
    expect(optionNumber('France')).toBeUndefined();
  });
});

describe('stressBank on the real generator', () => {
  const report = stressBank(bank, { seeds: 400, count: 5 });

  it('passes every rule on a plain bank, and reports each rule', () => {
    expect(report.rules.map((r) => r.id)).toEqual([
      'generation-errors',
      'position-balance',
      'true-false-balance',
      'duplicate-options',
      'option-is-answer',
      'longest-is-answer',
      'numeric-order',
      'one-question-per-sentence',
      'one-role-question',
      'ordering-by-time',
      'matching-spare-options',
      'skill-on-every-question',
      'true-false-share',
      'comprehension-per-quiz',
      'comprehension-skills-used',
      'distractor-reuse',
      'facts-never-asked',
    ]);
    // A bank of details only owes no comprehension questions: those rules have nothing to judge.
    expect(rule(report, 'comprehension-per-quiz').status).toBe('skip');
    expect(rule(report, 'comprehension-skills-used').status).toBe('skip');
    expect(report.rules.filter((r) => r.status === 'fail')).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.quizzes).toBe(400);
    expect(report.questions).toBe(2000);
    expect(report.seedPattern).toBe('stress-1 ... stress-400');
  });

  it('is deterministic: the same bank and seeds give the same report', () => {
    expect(stressBank(bank, { seeds: 400, count: 5 })).toEqual(report);
  });

  it('a count the bank cannot make fails as generation errors, with the seed and the message', () => {
    const r = stressBank(bank, { seeds: 5, count: 50 });
    expect(rule(r, 'generation-errors').status).toBe('fail');
    expect(rule(r, 'generation-errors').detail).toBe('5 of 5 seeds threw');
    expect(rule(r, 'generation-errors').examples[0]).toMatch(/^stress-1: bank 'harbour' can make only \d+ questions/);
    expect(r.passed).toBe(false);
  });
});

describe('stressBank catches unfair generators', () => {
  it('right option always first: position balance fails', () => {
    const r = stressBank(bank, {
      seeds: 300,
      count: 5,
      generate: edited((q) => {
        if (q.type !== 'multiple-choice' || q.answer === 0) return q;
        const choices = [q.choices[q.answer]!, ...q.choices.filter((_, i) => i !== q.answer)];
        return { ...q, choices, answer: 0 };
      }),
    });
    expect(rule(r, 'position-balance').status).toBe('fail');
    expect(rule(r, 'position-balance').examples.join('\n')).toMatch(
      /text options, 3 choices: right option by position \d+\/0\/0/,
    );
  });

  it('a generator that mostly says true: true/false balance fails', () => {
    const r = stressBank(bank, {
      seeds: 300,
      count: 5,
      generate: edited((q, seed) =>
        q.type === 'true-false' && Number(seed.slice(7)) % 4 !== 0 ? { ...q, answer: true } : q,
      ),
    });
    expect(rule(r, 'true-false-balance').status).toBe('fail');
  });

  it('a repeated option: duplicate options fails', () => {
    const r = stressBank(bank, {
      seeds: 50,
      count: 5,
      generate: edited((q) =>
        q.type === 'multiple-choice'
          ? {
              ...q,
              choices: q.choices.map((c, i) =>
                i === (q.answer + 1) % q.choices.length ? ` ${q.choices[q.answer]!.toUpperCase()}` : c,
              ),
            }
          : q,
      ),
    });
    expect(rule(r, 'duplicate-options').status).toBe('fail');
    expect(rule(r, 'duplicate-options').examples[0]).toMatch(/^stress-\d+ \S+:multiple-choice: ".*" twice$/);
    // A wrong option reading as the answer is also a second right answer.
    expect(rule(r, 'option-is-answer').status).toBe('fail');
    expect(rule(r, 'option-is-answer').examples[0]).toMatch(/" equals the answer "/);
  });

  it('an alias of the answer among the wrong options: option-is-answer fails', () => {
    // Anna Berg's alias is "Berg": offering it next to "Anna Berg" gives two right answers.
    const r = stressBank(bank, {
      seeds: 20,
      count: 5,
      generate: (b, o) => {
        const quiz = generateQuiz(b, o);
        const q: Question = {
          id: 'berg-role:multiple-choice',
          type: 'multiple-choice',
          prompt: 'Who is the Danish foreign minister?',
          factId: 'berg-role',
          factIds: ['berg-role'],
          factKind: 'role',
          skill: 'detail',
          evidence: 'x',
          paragraph: 2,
          sources: [{ factId: 'berg-role', evidence: 'x', paragraph: 2 }],
          points: 1,
          choices: ['Karl Weiss', 'Anna Berg', 'Berg'],
          answer: 1,
        };
        return { ...quiz, questions: [...quiz.questions, q] };
      },
    });
    expect(rule(r, 'option-is-answer').status).toBe('fail');
    expect(rule(r, 'option-is-answer').examples[0]).toContain('"Berg" and the answer "Anna Berg" name the same entity');
  });

  it('numbers out of order: numeric order fails', () => {
    const r = stressBank(bank, {
      seeds: 50,
      count: 5,
      generate: edited((q) => {
        if (q.type !== 'multiple-choice' || !q.choices.every((c) => /^\d/.test(c))) return q;
        const choices = q.choices.slice().reverse();
        return { ...q, choices, answer: q.choices.length - 1 - q.answer };
      }),
    });
    expect(rule(r, 'numeric-order').status).toBe('fail');
  });

  it('the answer made the longest option: longest-is-answer fails', () => {
    const r = stressBank(bank, {
      seeds: 300,
      count: 5,
      generate: edited((q) =>
        q.type === 'multiple-choice' && !/^\d/.test(q.choices[0]!)
          ? { ...q, choices: q.choices.map((c, i) => (i === q.answer ? `${c} (and its whole delegation)` : c)) }
          : q,
      ),
    });
    expect(rule(r, 'longest-is-answer').status).toBe('fail');
    expect(rule(r, 'longest-is-answer').detail).toMatch(
      /^100\.0% of \d+ text multiple-choice questions \(chance 33\.3%/,
    );
  });

  it('one seed that throws: generation errors names it', () => {
    const r = stressBank(bank, {
      seeds: 10,
      count: 5,
      generate: (b, o) => {
        if (o.seed === 'stress-7') throw new TypeError('boom');
        return generateQuiz(b, o);
      },
    });
    expect(rule(r, 'generation-errors').status).toBe('fail');
    expect(rule(r, 'generation-errors').examples).toEqual(['stress-7: boom']);
    expect(r.quizzes).toBe(9);
  });

  it('a starved fact: facts never asked fails with many quizzes, warns with few', () => {
    const starve = (b: Bank, o: GenerateOptions): Quiz => {
      const quiz = generateQuiz({ ...b, facts: b.facts.filter((f) => f.id !== 'cost') }, o);
      return quiz;
    };
    // Quizzes of 4: without `cost` the bank's sentences hold no more for every seed (one question per sentence).
    const many = stressBank(bank, { seeds: 200, count: 4, generate: starve });
    expect(rule(many, 'generation-errors').status).toBe('pass');
    expect(rule(many, 'facts-never-asked').status).toBe('fail');
    expect(rule(many, 'facts-never-asked').examples).toEqual(['cost']);
    const few = stressBank(bank, { seeds: 10, count: 4, generate: starve });
    expect(rule(few, 'facts-never-asked').status).toBe('warn');
    expect(few.passed).toBe(true);
  });
});

describe('composition rules', () => {
  const reading = readingBank();
  // Quizzes of 10: the count the comprehension rule judges.
  const run = (generate?: (b: Bank, o: GenerateOptions) => Quiz, seeds = 150) =>
    stressBank(reading, { seeds, count: 10, ...(generate ? { generate } : {}) });
  const composition = [
    'one-question-per-sentence',
    'one-role-question',
    'ordering-by-time',
    'matching-spare-options',
    'skill-on-every-question',
    'true-false-share',
    'comprehension-per-quiz',
    'comprehension-skills-used',
  ];
  const fair = run();

  it('the real generator on a bank with every reading skill passes each of them', () => {
    for (const id of composition) expect(rule(fair, id).status, `${id}: ${rule(fair, id).detail}`).toBe('pass');
    expect(rule(fair, 'comprehension-per-quiz').detail).toBe('150 of 150 quizzes (100.0%)');
    expect(rule(fair, 'comprehension-skills-used').detail).toMatch(
      /^6 in use \(.*\); the bank offers 6; at least 4 expected$/,
    );
  });

  it('a question resting on a sentence an earlier question used: one question per sentence fails', () => {
    const r = run((b, o) => {
      const quiz = generateQuiz(b, o);
      // The first is the main idea, whose lede is no sentence it asks: the second and third share one.
      const [first, second, third, ...rest] = quiz.questions;
      return {
        ...quiz,
        questions: [first!, second!, { ...third!, sources: [...third!.sources, second!.sources[0]!] }, ...rest],
      };
    }, 20);
    expect(rule(r, 'one-question-per-sentence').status).toBe('fail');
    expect(rule(r, 'one-question-per-sentence').detail).toBe(
      '20 questions share a sentence with an earlier question of their quiz',
    );
  });

  it('two role questions in a quiz: one role question fails', () => {
    const r = run((b, o) => {
      const quiz = generateQuiz(b, o);
      return { ...quiz, questions: quiz.questions.map((q, i) => (i < 2 ? { ...q, factKind: 'role' as const } : q)) };
    }, 20);
    expect(rule(r, 'one-role-question').status).toBe('fail');
    expect(rule(r, 'one-role-question').examples[0]).toMatch(/^stress-1: [2-9] role questions$/);
  });

  it('an ordering of statements in article order, a matching without a spare, a question without a skill: each fails its rule', () => {
    // Matching is who did what: the reading bank has three actions, too few; these make it four and five.
    const withActions = readingBank({ facts: [...READING_BANK_FILE.facts, ...MORE_ACTIONS] });
    const r = stressBank(withActions, {
      seeds: 150,
      count: 10,
      generate: edited((q) => {
        if (q.type === 'ordering') return { ...q, factKind: 'statement' };
        if (q.type === 'matching')
          return { ...q, right: q.right.slice(0, q.left.length), answer: q.left.map((_, i) => i) };
        if (q.type === 'numeric') return { ...q, skill: undefined as never };
        return q;
      }),
    });
    expect(rule(r, 'ordering-by-time').status).toBe('fail');
    expect(rule(r, 'ordering-by-time').examples[0]).toMatch(/ordering of statement facts \(not events in time\)$/);
    expect(rule(r, 'matching-spare-options').status).toBe('fail');
    expect(rule(r, 'matching-spare-options').examples[0]).toMatch(/: (\d) items, \1 options$/);
    expect(rule(r, 'skill-on-every-question').status).toBe('fail');
  });

  it('true/false always false: the true share fails', () => {
    const r = run(edited((q) => (q.type === 'true-false' ? { ...q, answer: false } : q)));
    expect(rule(r, 'true-false-share').status).toBe('fail');
    expect(rule(r, 'true-false-share').detail).toMatch(/^0\.0% true of \d+$/);
  });

  it('quizzes of details only from a bank that can do better: both comprehension rules fail', () => {
    const r = run((b, o) => generateQuiz(b, { ...o, skills: ['detail'] }), 40);
    expect(rule(r, 'comprehension-per-quiz').status).toBe('fail');
    expect(rule(r, 'comprehension-per-quiz').detail).toBe('0 of 40 quizzes (0.0%)');
    expect(rule(r, 'comprehension-skills-used').status).toBe('fail');
  });
});

describe('distractor reuse', () => {
  const article =
    'Six ministers\n\nAnna Berg is the Danish foreign minister. Karl Weiss, Ole Lund, Eva Holm, Per Dahl and Ida Sand also came.\n';
  const people = ['Anna Berg', 'Karl Weiss', 'Ole Lund', 'Eva Holm', 'Per Dahl', 'Ida Sand'];
  const yaml = [
    'format: readquiz/bank@1',
    'id: six',
    'title: Six ministers',
    'article:',
    '  file: a.txt',
    'entities:',
    ...people.map((n) => `  - {id: ${n.toLowerCase().replace(' ', '-')}, kind: person, name: ${n}}`),
    'facts:',
    '  - id: role',
    '    kind: role',
    '    entity: anna-berg',
    '    role: Danish foreign minister',
    '    evidence: Anna Berg is the Danish foreign minister.',
  ].join('\n');
  const six = bankOrThrow(parseBankText(yaml, 'six.yaml', () => article));
  const ask =
    (wrong: (seed: string) => string[]) =>
    (_b: Bank, o: GenerateOptions): Quiz => {
      const choices = ['Anna Berg', ...wrong(o.seed)];
      const q: Question = {
        id: 'role:multiple-choice',
        type: 'multiple-choice',
        prompt: 'Who is the Danish foreign minister?',
        factId: 'role',
        factIds: ['role'],
        factKind: 'role',
        skill: 'detail',
        evidence: 'Anna Berg is the Danish foreign minister.',
        paragraph: 1,
        sources: [{ factId: 'role', evidence: 'Anna Berg is the Danish foreign minister.', paragraph: 1 }],
        points: 1,
        choices,
        answer: 0,
      };
      return {
        format: 'readquiz/quiz@2',
        seed: o.seed,
        bank: { id: 'six', title: 'Six', contentHash: six.contentHash },
        options: { count: 1, types: ['multiple-choice'] },
        questions: [q],
      };
    };

  it('fails when a fact always gets the same wrong options though others exist', () => {
    const r = stressBank(six, { seeds: 30, count: 1, generate: ask(() => ['Karl Weiss', 'Ole Lund', 'Eva Holm']) });
    const reuse = rule(r, 'distractor-reuse');
    expect(reuse.status).toBe('fail');
    expect(reuse.detail).toMatch(/^100\.0% of repeated asks/);
    expect(reuse.examples[0]).toContain('never offered: Per Dahl, Ida Sand');
  });

  it('passes, with the share reported, when the wrong options vary', () => {
    const r = stressBank(six, {
      seeds: 30,
      count: 1,
      generate: ask((seed) =>
        Number(seed.slice(7)) % 2 ? ['Karl Weiss', 'Ole Lund', 'Eva Holm'] : ['Per Dahl', 'Ida Sand', 'Eva Holm'],
      ),
    });
    const reuse = rule(r, 'distractor-reuse');
    expect(reuse.status).toBe('pass');
    expect(reuse.detail).toMatch(/^50\.0% of repeated asks/);
  });

  it('passes when the pool holds no more than it shows', () => {
    const r = stressBank(six, {
      seeds: 30,
      count: 1,
      generate: ask(() => ['Karl Weiss', 'Ole Lund', 'Eva Holm', 'Per Dahl', 'Ida Sand']),
    });
    expect(rule(r, 'distractor-reuse').status).toBe('pass');
  });
});

describe('readquiz stress (CLI)', () => {
  it('text table, exit 0 when every rule passes', async () => {
    const io = fakeIo({ cwd: FIXTURES });
    expect(await main(['stress', '--bank', 'ok-plain/bank.yaml', '--seeds', '200', '--count', '5'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(
      /^readquiz stress: bank harbour \([0-9a-f]{8}\), 200 seeds \(stress-1 \.\.\. stress-200\), 5 questions each\n200 quizzes, 1000 questions\n/,
    );
    expect(out).toMatch(/^pass {2}right-option position balance {2}/m);
    expect(out).toMatch(/\nall rules passed\n$/);
    expect(io.err()).toBe('');
  });

  it('--format json is the report; exit 3 when a rule fails', async () => {
    const io = fakeIo({ cwd: FIXTURES });
    expect(
      await main(['stress', '--bank', 'ok-plain/bank.yaml', '--seeds', '3', '--count', '40', '--format', 'json'], io),
    ).toBe(3);
    const report = JSON.parse(io.out()) as StressReport;
    expect(report.format).toBe('readquiz/stress@1');
    expect(report.passed).toBe(false);
    expect(report.rules.find((r) => r.id === 'generation-errors')!.status).toBe('fail');
  });

  it('a broken bank is exit 2 with one placed line; bad options are usage errors', async () => {
    const io = fakeIo({ cwd: FIXTURES });
    expect(await main(['stress', '--bank', 'duplicate-fact-id/bank.yaml'], io)).toBe(2);
    expect(io.err()).toBe(
      "duplicate-fact-id/bank.yaml:34:5: facts[1].id: duplicate fact id 'countries' (first at facts[0])\n",
    );
    const io2 = fakeIo({ cwd: FIXTURES });
    expect(await main(['stress', '--seeds', '0'], io2)).toBe(2);
    expect(io2.err()).toBe("readquiz stress: --seeds takes a whole number from 1 to 100000, got '0'\n");
    const io3 = fakeIo({ cwd: FIXTURES });
    expect(await main(['stress', '--format', 'xml'], io3)).toBe(2);
    expect(io3.err()).toBe("readquiz stress: --format must be one of text, json, got 'xml'\n");
  });
});
