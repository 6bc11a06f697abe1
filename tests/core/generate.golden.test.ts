// Golden files pin the whole output for a few seeds: any change to the generator (or the bank) that
// changes a quiz shows up as a diff to review. A missing file fails; UPDATE_GOLDENS=1 writes or rewrites them.
import { describe, expect, it } from 'vitest';
import { allQuestions, generateQuiz } from '../../src/core/generate.js';
import type { Bank } from '../../src/core/types.js';
import { bankOrThrow, parseBankFile } from '../../src/io/parse-bank.js';
import { miniBank } from './fixtures/mini-bank.js';
import { expectGolden as golden } from '../helpers/golden.js';

const BUILTIN = 'questions/biden-ukraine.yaml';
const SEEDS = ['demo', 'golden-1', 'x7'];

const render = (bank: Bank, seed: string, count: number) =>
  `${JSON.stringify(generateQuiz(bank, { seed, count }), null, 2)}\n`;

describe('golden quizzes of the mini bank', () => {
  it.each(SEEDS)('seed %s', (seed) => golden(`mini-quiz-${seed}.json`, render(miniBank(), seed, 8)));
});

describe('the built-in bank', () => {
  const bank = bankOrThrow(parseBankFile(BUILTIN));

  it.each(SEEDS)('golden quiz, seed %s', (seed) => golden(`quiz-${seed}.json`, render(bank, seed, 12)));

  it('--seed demo --count 12 gives 12 questions of at least 6 types', () => {
    const quiz = generateQuiz(bank, { seed: 'demo', count: 12 });
    expect(quiz.questions).toHaveLength(12);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
  });

  it('can produce at least 70 distinct questions (by prompt and answer)', () => {
    // Fewer than the 100 of earlier banks: the teacher's review removed the questions that test finding
    // words (quote cloze and true/false, quantity, set and stance true/false) and the bank's role facts.
    const all = allQuestions(bank, { seed: 'demo' });
    const distinct = new Set(all.map((q) => JSON.stringify([q.prompt, q.answer, 'choices' in q ? q.choices : null])));
    expect(distinct.size).toBeGreaterThanOrEqual(70);
  });

  it('every fact feeds at least one question', () => {
    const all = allQuestions(bank, { seed: 'demo' });
    const used = new Set(all.flatMap((q) => q.factIds));
    expect(bank.facts.filter((f) => !used.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});
