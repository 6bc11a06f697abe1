// Golden files pin the whole output for a few seeds: any change to the generator (or the bank) that
// changes a quiz shows up as a diff to review. UPDATE_GOLDEN=1 writes them; a missing file fails (a
// golden that wrote itself would pass whatever the generator made).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQuestions, generateQuiz } from '../../src/core/generate.js';
import type { Bank } from '../../src/core/types.js';
import { bankOrThrow, parseBankFile } from '../../src/io/parse-bank.js';
import { miniBank } from './fixtures/mini-bank.js';

const GOLDEN = 'tests/golden';
const BUILTIN = 'questions/biden-ukraine.yaml';
const SEEDS = ['demo', 'golden-1', 'x7'];

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${file} is missing; UPDATE_GOLDEN=1 writes it, then review it`).toBe(true);
  expect(actual, `${file} differs; review the change, then UPDATE_GOLDEN=1 to accept it`).toBe(readFileSync(file, 'utf8'));
}

const render = (bank: Bank, seed: string, count: number) => `${JSON.stringify(generateQuiz(bank, { seed, count }), null, 2)}\n`;

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

  it('can produce at least 100 distinct questions (by prompt and answer)', () => {
    const all = allQuestions(bank, { seed: 'demo' });
    const distinct = new Set(all.map((q) => JSON.stringify([q.prompt, q.answer, 'choices' in q ? q.choices : null])));
    expect(distinct.size).toBeGreaterThanOrEqual(100);
  });

  it('every fact feeds at least one question', () => {
    const all = allQuestions(bank, { seed: 'demo' });
    const used = new Set(all.flatMap((q) => q.factIds));
    expect(bank.facts.filter((f) => !used.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});
