import { describe, expect, it } from 'vitest';
import { findSentence } from '../../src/core/article.js';
import { ReadquizError } from '../../src/core/errors.js';
import {
  allQuestions,
  generateQuiz,
  questionTypesForFact,
  quizCapacity,
  thinFactNeeds,
} from '../../src/core/generate.js';
import { answerEntityOf, givesAway } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import { QUESTION_TYPES, type Fact, type Question } from '../../src/core/types.js';
import { TEACHER_PROMPT } from './fixtures/helpers.js';
import { miniBank, MINI_BANK_FILE } from './fixtures/mini-bank.js';
import { MORE_ACTIONS } from './fixtures/more-actions.js';
import { readingBank, READING_BANK_FILE } from './fixtures/reading-bank.js';

const bank = miniBank();
const reading = readingBank();
// Matching is who did what: it needs four actions of distinct actors and sentences, which these add.
const miniActs = miniBank({ facts: [...MINI_BANK_FILE.facts, ...MORE_ACTIONS] });
const readingActs = readingBank({ facts: [...READING_BANK_FILE.facts, ...MORE_ACTIONS] });

describe('generateQuiz', () => {
  it('returns a readquiz/quiz@2 with the seed, the bank and the effective options; 10 questions by default', () => {
    const quiz = generateQuiz(bank, { seed: 'abc' });
    expect(quiz.format).toBe('readquiz/quiz@2');
    expect(quiz.seed).toBe('abc');
    expect(quiz.bank).toEqual({ id: 'mini', title: bank.title, contentHash: bank.contentHash });
    expect(quiz.options).toEqual({ count: 10, types: [...QUESTION_TYPES] });
    expect(quiz.questions).toHaveLength(10);
  });

  it('lists the requested types in canonical order, whatever order they were asked in', () => {
    const a = generateQuiz(bank, { seed: 's', count: 4, types: ['true-false', 'multiple-choice'] });
    const b = generateQuiz(bank, { seed: 's', count: 4, types: ['multiple-choice', 'true-false', 'true-false'] });
    expect(a.options.types).toEqual(['multiple-choice', 'true-false']);
    expect(a).toEqual(b);
    for (const q of a.questions) expect(['multiple-choice', 'true-false']).toContain(q.type);
  });

  it('ids are <factId>:<type>; points are 1, or 2 for matching, ordering and multi-select', () => {
    for (let i = 0; i < 30; i++) {
      for (const q of generateQuiz(bank, { seed: `id${i}`, count: 10 }).questions) {
        expect(q.id).toBe(`${q.factId}:${q.type}`);
        expect(q.factIds[0]).toBe(q.factId);
        expect(q.points).toBe(['matching', 'ordering', 'multi-select'].includes(q.type) ? 2 : 1);
      }
    }
  });

  it('every type the bank supports turns up across seeds; ordering only from a bank with events, matching only with four actions', () => {
    const typesOver = (b: typeof bank) => {
      const seen = new Set<string>();
      for (let i = 0; i < 50; i++)
        generateQuiz(b, { seed: `t${i}`, count: 8 }).questions.forEach((q) => seen.add(q.type));
      return [...seen].sort();
    };
    // The mini bank has no event facts (ordering by position in the article is no question) and three actions.
    expect(typesOver(bank)).toEqual(QUESTION_TYPES.filter((t) => t !== 'ordering' && t !== 'matching').sort());
    expect(typesOver(miniActs)).toEqual(QUESTION_TYPES.filter((t) => t !== 'ordering').sort());
    expect(typesOver(reading)).toEqual(QUESTION_TYPES.filter((t) => t !== 'matching').sort());
    expect(typesOver(readingActs)).toEqual([...QUESTION_TYPES].sort());
  });

  it('asks no fact twice (matching and ordering use up all their facts) and no question gives another away', () => {
    const ctx = createContext(bank);
    for (let i = 0; i < 60; i++) {
      const quiz = generateQuiz(bank, { seed: `nf${i}`, count: 10 });
      const facts = quiz.questions.flatMap((q) => q.factIds);
      expect(new Set(facts).size).toBe(facts.length);
      quiz.questions.forEach((a, j) =>
        quiz.questions.slice(j + 1).forEach((b) => expect(givesAway(ctx, a, b), `${a.id} / ${b.id}`).toBe(false)),
      );
    }
  });

  it('never has one person or body as the answer of more than two questions (else writing that name everywhere scores)', () => {
    const lindDid = (id: string, action: string, evidence: string): Fact => ({
      id,
      kind: 'action',
      actor: 'eva-lind',
      action,
      evidence,
    });
    const b = miniBank({
      facts: [
        ...MINI_BANK_FILE.facts,
        lindDid(
          'lind-builders',
          'will start work in the spring',
          'Builders from Northbay will start work in the spring.',
        ),
        lindDid('lind-road', 'planned a new road for next year', 'A new road is planned for next year.'),
        lindDid('lind-asked', 'first asked for a bridge in 1998', 'Riverton first asked for a bridge in 1998.'),
      ],
    });
    const ctx = createContext(b);
    let most = 0;
    for (let i = 0; i < 60; i++) {
      const quiz = generateQuiz(b, { seed: `sa${i}`, count: 6, types: ['short-answer', 'multiple-choice'] });
      const lind = quiz.questions.filter((q) => answerEntityOf(ctx, q) === 'eva-lind').length;
      most = Math.max(most, lind);
    }
    expect(most).toBe(2);
  });

  it('spreads over types: 8 questions use most of the types the bank can make', () => {
    // A type can drop out of a quiz when its only facts are used up, rest on a sentence already asked
    // about, or would give another question away; the mini bank's 14 sentences make that common.
    const spread = (b: typeof bank) => {
      const sizes: number[] = [];
      for (let i = 0; i < 40; i++)
        sizes.push(new Set(generateQuiz(b, { seed: `sp${i}`, count: 8 }).questions.map((q) => q.type)).size);
      return { min: Math.min(...sizes), mean: sizes.reduce((a, x) => a + x, 0) / sizes.length };
    };
    // 6 types without events or a matching.
    expect(spread(bank).min).toBeGreaterThanOrEqual(5);
    expect(spread(bank).mean).toBeGreaterThanOrEqual(5.5);
    // 7 with the matching's actions (the blank now only from a statement: its figures are asked by their questions).
    expect(spread(miniActs).min).toBeGreaterThanOrEqual(5);
    expect(spread(miniActs).mean).toBeGreaterThanOrEqual(6.3);
    // 7 with events, no matching.
    expect(spread(reading).min).toBeGreaterThanOrEqual(6);
    expect(spread(reading).mean).toBeGreaterThanOrEqual(6.5);
    // All 8 with both.
    expect(spread(readingActs).min).toBeGreaterThanOrEqual(6);
    expect(spread(readingActs).mean).toBeGreaterThanOrEqual(6.5);
  });

  it('count "all" lists every question with variant ids', () => {
    const quiz = generateQuiz(bank, { seed: 'x', count: 'all' });
    expect(quiz.options.count).toBe('all');
    expect(quiz.questions).toEqual(allQuestions(bank, { seed: 'x' }));
  });

  it('refuses a count the bank cannot honour, naming the most it can make; that many works', () => {
    let err: unknown;
    try {
      generateQuiz(bank, { seed: 'big', count: 500 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReadquizError);
    const n = Number(/ask for at most (\d+)/.exec((err as Error).message)?.[1]);
    expect(n).toBeGreaterThan(10);
    expect(generateQuiz(bank, { seed: 'big', count: n }).questions).toHaveLength(n);
  });

  it('refuses types the bank cannot make, and nonsense counts and types', () => {
    // Statements in article order are no ordering: without events there is none.
    expect(() => generateQuiz(bank, { seed: 's', count: 1, types: ['ordering'] })).toThrow(
      /cannot make any ordering questions/,
    );
    expect(() => generateQuiz(bank, { seed: 's', count: 0 })).toThrow(ReadquizError);
    expect(() => generateQuiz(bank, { seed: 's', count: 2.5 })).toThrow(ReadquizError);
    expect(() => generateQuiz(bank, { seed: 's', types: ['essay' as never] })).toThrow(/unknown question type 'essay'/);
  });
});

describe('allQuestions', () => {
  const all = allQuestions(bank, { seed: 'all' });

  it('has unique <factId>:<type>:<variant> ids, covering every fact that can make a question', () => {
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    for (const q of all) expect(q.id.startsWith(`${q.factId}:${q.type}:`)).toBe(true);
    const asked = bank.facts.filter((f) => questionTypesForFact(bank, f).length > 0).map((f) => f.id);
    expect(new Set(all.map((q) => q.factId))).toEqual(new Set(asked));
    // The mini bank shows too few people speaking for "Who used the words", and quotes no other short words:
    // its two quotes are the only facts that make nothing.
    expect(bank.facts.filter((f) => !asked.includes(f.id)).map((f) => f.id)).toEqual(['silva-quote', 'lind-quote']);
  });

  it('holds both the true and every false version of true/false questions', () => {
    const tf = all.filter((q) => q.factId === 'okafor-warned' && q.type === 'true-false').map((q) => q.id);
    expect(tf).toEqual([
      'okafor-warned:true-false:true',
      'okafor-warned:true-false:false-1',
      'okafor-warned:true-false:false-2',
    ]);
    expect(all.some((q) => q.type === 'multiple-choice' && q.negated)).toBe(true);
  });

  it('respects types', () => {
    const only = allQuestions(bank, { seed: 'all', types: ['cloze'] });
    expect(only.length).toBeGreaterThan(3);
    expect(only.every((q) => q.type === 'cloze')).toBe(true);
  });

  it('every question: teacher-like prompt, evidence verbatim from the article with its paragraph, no duplicate options', () => {
    for (const q of all) {
      expect(q.prompt, q.id).toMatch(TEACHER_PROMPT);
      expect(q.prompt, q.id).not.toMatch(/["']/);
      for (const o of 'choices' in q ? q.choices : []) expect(o, q.id).not.toMatch(/["']/);
      const first = findSentence(bank.articleText, q.evidence);
      if (q.factIds.length === 1) {
        expect(first?.sentence, q.id).toBe(q.evidence);
        expect(q.paragraph).toBe(first!.paragraph);
      }
      const opts = 'choices' in q ? q.choices : q.type === 'matching' ? q.right : [];
      expect(new Set(opts.map((o) => o.toLowerCase())).size, q.id).toBe(opts.length);
      if (q.type === 'multiple-choice') expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      if (q.type === 'short-answer' || q.type === 'cloze') expect(q.accept).toContain(q.answer);
    }
  });

  it('short answers about an entity accept its name and aliases', () => {
    const q = all.find((x) => x.id === 'lind-against:short-answer:1') as Extract<Question, { type: 'short-answer' }>;
    expect(q.accept).toEqual(['Eva Lind', 'Lind']);
  });
});

describe('questionTypesForFact', () => {
  it('lists the types a fact can feed, in canonical order', () => {
    const fact = (id: string) => bank.facts.find((f) => f.id === id)!;
    // No true/false from a number (it copied the sentence) or a list (a coin toss).
    // A figure with a question of its own is asked by it, never as a blank of its sentence.
    expect(questionTypesForFact(bank, fact('cost'))).toEqual(['multiple-choice', 'numeric']);
    expect(questionTypesForFact(bank, fact('vehicles'))).toEqual(['multiple-choice', 'numeric']);
    expect(questionTypesForFact(bank, fact('voted-for'))).toEqual(['multiple-choice', 'multi-select']);
    // A role: its position as multiple choice only; never matched, no typed "Who is the Mayor?".
    expect(questionTypesForFact(bank, fact('silva-role'))).toEqual(['multiple-choice']);
    // Actions: matching once the bank has four of distinct actors.
    expect(questionTypesForFact(bank, fact('lind-against'))).toEqual(['multiple-choice', 'short-answer']);
    expect(questionTypesForFact(miniActs, fact('lind-against'))).toEqual([
      'multiple-choice',
      'short-answer',
      'matching',
    ]);
    // A statement is no event: no ordering.
    expect(questionTypesForFact(bank, fact('new-road'))).toEqual(['true-false', 'cloze']);
    const r = (id: string) => reading.facts.find((f) => f.id === id)!;
    // "Which came first?" only where an option is told before the answer: not of the vote, told first.
    expect(questionTypesForFact(reading, r('ev-asked'))).toEqual(['multiple-choice', 'ordering']);
    expect(questionTypesForFact(reading, r('ev-vote'))).toEqual(['ordering']);
    expect(questionTypesForFact(reading, r('ev-road'))).toEqual(['ordering']);
    // Three on each side: too few for stance multiple choice; no stance true/false.
    expect(questionTypesForFact(reading, r('st-lind'))).toEqual(['multi-select']);
  });

  it('is empty for a fact too thin to make any question', () => {
    const thin: Fact = {
      id: 'thin',
      kind: 'statement',
      text: 'A new road is planned.',
      evidence: 'A new road is planned for next year.',
    };
    expect(
      questionTypesForFact(
        miniBank({ facts: [...MINI_BANK_FILE.facts.filter((f) => f.kind !== 'statement'), thin] }),
        thin,
      ),
    ).toEqual([]);
  });
});

describe('thinFactNeeds', () => {
  it('says what a thin fact lacks, in words the author can act on', () => {
    const cause: Fact = {
      id: 'why-road',
      kind: 'cause',
      evidence: 'A new road is planned for next year.',
      effect: 'a new road is planned',
      cause: 'next year',
    };
    const bank = miniBank({ facts: [...MINI_BANK_FILE.facts.filter((f) => f.kind !== 'cause'), cause] });
    expect(questionTypesForFact(bank, cause)).toEqual([]);
    expect(thinFactNeeds(bank, cause)).toBe(
      'needs 2 wrong reasons under wrong: (it has 0; the bank gives 0 other reasons): write ones a careless reader might pick',
    );
    // One wrong reason written, one still to write.
    const half = { ...cause, wrong: ['the old road was closed'] };
    expect(thinFactNeeds(bank, half)).toContain('(it has 1; the bank gives 0 other reasons)');
  });

  it('names a statement without a false version, and a falsify that replaces words its text lacks', () => {
    const thin: Fact = {
      id: 'thin',
      kind: 'statement',
      text: 'A new road is planned.',
      evidence: 'A new road is planned for next year.',
    };
    const bank = miniBank({ facts: [...MINI_BANK_FILE.facts.filter((f) => f.kind !== 'statement'), thin] });
    expect(thinFactNeeds(bank, thin)).toMatch(/^needs a false version: add falsify:/);
    const typo = { ...thin, falsify: [{ replace: 'bridge', with: 'tunnel' }] };
    expect(thinFactNeeds(bank, typo)).toBe('falsify: "bridge" is not words of its text; replace words the text holds');
  });
});

describe('quizCapacity', () => {
  it('is the largest count generate accepts for the seed: that many come out, one more is refused', () => {
    for (const b of [bank, readingBank()])
      for (const seed of ['a', 'b', 'c', 'd']) {
        const n = quizCapacity(b, seed);
        expect(n).toBeGreaterThan(0);
        expect(generateQuiz(b, { seed, count: n }).questions).toHaveLength(n);
        expect(() => generateQuiz(b, { seed, count: n + 1 })).toThrow(/can make only/);
      }
  });
});
