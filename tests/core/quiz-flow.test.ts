// The quiz flow without a terminal: screens, skipping, feedback, quitting, retries, summary and record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptRecord,
  createFlow,
  currentQuestion,
  flowReducer,
  numberOf,
  summarize,
  type FlowAction,
  type FlowOptions,
  type FlowState,
} from '../../src/core/quiz-flow.js';
import type { Response } from '../../src/core/scoring.js';
import { QUESTIONS, QUIZ, quizOf } from '../ui/fixtures/quiz.js';

const T0 = 1_700_000_000_000;

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

/** Right answers for the fixture, as typed. */
const RIGHT: Record<string, Response> = {
  'multiple-choice': 'b',
  'true-false': 'f',
  'multi-select': 'a c e',
  numeric: '8,500',
  'short-answer': 'stoltenberg',
  cloze: 'unanimity',
  matching: '1b 2c 3a',
  ordering: '2 3 1',
};

function begin(options: FlowOptions = {}) {
  return run(
    createFlow(QUIZ, options),
    { type: 'start', at: T0 },
    ...(options.noArticle ? [] : [{ type: 'begin', at: T0 + 60_000 } as const]),
  );
}

describe('flowReducer', () => {
  it('goes start -> reading -> question -> feedback -> ... -> summary', () => {
    let s = createFlow(QUIZ);
    expect(s.screen).toBe('start');
    s = flowReducer(s, { type: 'start', at: T0 });
    expect(s.screen).toBe('reading');
    s = flowReducer(s, { type: 'scroll', by: 5, max: 3 });
    expect(s.scroll).toBe(3);
    s = flowReducer(s, { type: 'scroll', by: -10, max: 3 });
    expect(s.scroll).toBe(0);
    s = flowReducer(s, { type: 'begin', at: T0 + 60_000 });
    expect(s.screen).toBe('question');
    let at = T0 + 60_000;
    for (const q of QUESTIONS) {
      expect(currentQuestion(s)).toBe(q);
      at += 2000;
      s = flowReducer(s, { type: 'answer', response: RIGHT[q.type], at });
      expect(s.screen).toBe('feedback');
      expect(currentQuestion(s)).toBe(q);
      expect(s.answers[s.lastAnswered!]!.result.status).toBe('right');
      s = flowReducer(s, { type: 'next', at: at + 500 });
    }
    expect(s.screen).toBe('summary');
    const sum = summarize(s);
    expect(sum).toMatchObject({
      ended: 'finished',
      points: 12,
      max: 12,
      percent: 100,
      answered: 8,
      right: 8,
      missed: [],
    });
    // Time runs from leaving the start screen (reading included) to the summary.
    expect(sum.ms).toBe(at + 500 - T0);
    expect(sum.leniencies).toEqual([{ number: 5, text: 'case folded' }]);
  });

  it('skips the reading screen with noArticle and the feedback screen with noFeedback', () => {
    let s = begin({ noArticle: true, noFeedback: true });
    expect(s.screen).toBe('question');
    s = flowReducer(s, { type: 'answer', response: 'a', at: T0 + 1000 });
    expect(s.screen).toBe('question');
    expect(currentQuestion(s)!.type).toBe('true-false');
    expect(s.answers[0]!.result.status).toBe('wrong');
  });

  it('times each answer from when its question was shown', () => {
    let s = begin({ noArticle: true });
    s = run(
      s,
      { type: 'answer', response: 'b', at: T0 + 4000 },
      { type: 'next', at: T0 + 9000 },
      { type: 'answer', response: 't', at: T0 + 12_000 },
    );
    expect(s.answers[0]!.ms).toBe(4000);
    expect(s.answers[1]!.ms).toBe(3000);
  });

  it('offers skipped questions again before the end, once; skipped counts as not answered, not wrong', () => {
    let s = begin({ noArticle: true, noFeedback: true });
    s = flowReducer(s, { type: 'skip', at: T0 + 1000 }); // mc
    s = flowReducer(s, { type: 'skip', at: T0 + 2000 }); // tf
    for (let i = 2; i < QUESTIONS.length; i++)
      s = flowReducer(s, { type: 'answer', response: RIGHT[QUESTIONS[i]!.type], at: T0 + 3000 + i });
    expect(s.screen).toBe('question');
    expect(s.pass).toBe(2);
    expect(currentQuestion(s)!.type).toBe('multiple-choice');
    s = flowReducer(s, { type: 'answer', response: 'b', at: T0 + 20_000 });
    expect(currentQuestion(s)!.type).toBe('true-false');
    s = flowReducer(s, { type: 'skip', at: T0 + 21_000 });
    expect(s.screen).toBe('summary');
    const sum = summarize(s);
    expect(sum.points).toBe(11);
    expect(sum.answered).toBe(7);
    expect(sum.missed.map((m) => [m.question.type, m.given, m.result])).toEqual([
      ['true-false', '(no answer)', undefined],
    ]);
    // The time of both visits counts for the question answered on its second showing.
    // Shown again when the last question of pass 1 was answered, at T0 + 3007.
    expect(s.answers[0]!.ms).toBe(1000 + (20_000 - 3007));
  });

  it('keeps the question open on an unreadable or an empty answer, and says why', () => {
    let s = begin({ noArticle: true });
    s = flowReducer(s, { type: 'answer', response: 'e', at: T0 + 1000 });
    expect(s.screen).toBe('question');
    expect(s.problem).toBe("'e' is not an option (a-d)");
    expect(s.answers[0]).toBeUndefined();
    // Enter on an empty field used to skip without a word; now it is told, and skipping is its own key.
    s = flowReducer(s, { type: 'answer', response: '  ', at: T0 + 2000 });
    expect(s.problem).toBe('Nothing typed yet: type an answer, then Enter (Tab skips).');
    expect(currentQuestion(s)!.type).toBe('multiple-choice');
    expect(s.skipped).toEqual([]);
  });

  it('says so when nothing is picked on a multi-select, and tells a skip on the next question', () => {
    let s = begin({ noArticle: true });
    s = run(
      s,
      { type: 'answer', response: 'b', at: T0 + 1 },
      { type: 'next', at: T0 + 2 },
      { type: 'answer', response: 'f', at: T0 + 3 },
      { type: 'next', at: T0 + 4 },
    );
    expect(currentQuestion(s)!.type).toBe('multi-select');
    s = flowReducer(s, { type: 'answer', response: [], at: T0 + 5 });
    expect(s.problem).toBe('Nothing picked yet: pick with space or a letter, then Enter (s skips).');
    s = flowReducer(s, { type: 'skip', at: T0 + 6 });
    expect(s.notice).toBe('Question 3 skipped: it comes back before the end.');
    expect(currentQuestion(s)!.type).toBe('numeric');
    s = flowReducer(s, { type: 'answer', response: 'lots', at: T0 + 7 });
    expect(s.notice).toBeUndefined();
  });

  it('asks before quitting mid-quiz; cancel returns, confirm shows the partial score', () => {
    let s = begin({ noArticle: true });
    s = run(s, { type: 'answer', response: 'b', at: T0 + 1000 }, { type: 'next', at: T0 + 2000 });
    s = flowReducer(s, { type: 'quit-request', at: T0 + 3000 });
    expect(s.screen).toBe('confirm-quit');
    s = flowReducer(s, { type: 'quit-cancel', at: T0 + 4000 });
    expect(s.screen).toBe('question');
    expect(currentQuestion(s)!.type).toBe('true-false');
    s = run(s, { type: 'quit-request', at: T0 + 5000 }, { type: 'quit-confirm', at: T0 + 6000 });
    expect(s.screen).toBe('summary');
    const sum = summarize(s);
    expect(sum).toMatchObject({ ended: 'quit', points: 1, max: 12, percent: 8, answered: 1 });
    // The question on screen was seen and not answered; the six after it were never reached.
    expect(sum.missed.map((m) => [m.index, m.outcome])).toEqual([[1, 'unanswered']]);
    expect(sum.notReached).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps wrong, partly right, not answered and not reached apart; retry takes only the seen ones', () => {
    let s = begin({ noArticle: true, noFeedback: true });
    s = run(
      s,
      { type: 'answer', response: 'a', at: T0 + 1 }, // wrong
      { type: 'skip', at: T0 + 2 }, // not answered
      { type: 'answer', response: 'a c', at: T0 + 3 }, // partly right
      { type: 'quit-request', at: T0 + 4 },
      { type: 'quit-confirm', at: T0 + 5 },
    );
    const sum = summarize(s);
    // Question 4 was on screen when the quiz was stopped: seen, not answered.
    expect(sum.missed.map((m) => [m.index, m.outcome])).toEqual([
      [0, 'wrong'],
      [1, 'unanswered'],
      [2, 'partial'],
      [3, 'unanswered'],
    ]);
    expect(sum.notReached).toEqual([4, 5, 6, 7]);
    s = flowReducer(s, { type: 'retry-missed', at: T0 + 6 });
    expect(s.quiz.questions.map((q) => q.type)).toEqual(['multiple-choice', 'true-false', 'multi-select', 'numeric']);
  });

  it('exam mode: stopping before the first answer reveals nothing and leaves nothing to retry', () => {
    let s = run(createFlow(QUIZ, { noFeedback: true }), { type: 'start', at: T0 });
    expect(s.screen).toBe('reading');
    s = run(s, { type: 'quit-request', at: T0 + 1 }, { type: 'quit-confirm', at: T0 + 2 });
    const sum = summarize(s);
    expect(sum.missed).toEqual([]);
    expect(sum.notReached).toHaveLength(8);
    expect(flowReducer(s, { type: 'retry-missed', at: T0 + 3 })).toBe(s);
    expect(flowReducer(s, { type: 'review-missed' })).toBe(s);
  });

  it('percentages come from the exact shares: 1/3 of 2 points is 0.67 points and 33%, not 34%', () => {
    let s = run(createFlow(quizOf(QUESTIONS[2]!), { noArticle: true, noFeedback: true }), { type: 'start', at: T0 });
    s = flowReducer(s, { type: 'answer', response: 'a', at: T0 + 1 });
    const sum = summarize(s);
    expect(sum).toMatchObject({ points: 0.67, max: 2, percent: 33 });
    expect(sum.byType[0]!.tally).toMatchObject({ points: 0.67, percent: 33 });
  });

  it('reviews the missed questions and retries only them', () => {
    let s = begin({ noArticle: true, noFeedback: true });
    const wrong: Record<string, Response> = { ...RIGHT, 'true-false': 't', matching: '1b 2a 3c' };
    for (const q of QUESTIONS) s = flowReducer(s, { type: 'answer', response: wrong[q.type], at: T0 + 1000 });
    // Matching earns 1 of 3 points for one pair of three.
    expect(summarize(s)).toMatchObject({ points: 9, max: 12, right: 6 });
    s = flowReducer(s, { type: 'review-missed' });
    expect(s.screen).toBe('review');
    s = run(s, { type: 'review-move', by: 1 }, { type: 'review-move', by: 1 });
    expect(s.reviewPos).toBe(1);
    s = flowReducer(s, { type: 'back' });
    expect(s.screen).toBe('summary');
    s = flowReducer(s, { type: 'retry-missed', at: T0 + 50_000 });
    expect(s.round).toBe(2);
    expect(s.screen).toBe('question');
    expect(s.quiz.questions.map((q) => q.type)).toEqual(['true-false', 'matching']);
    s = run(
      s,
      { type: 'answer', response: 'f', at: T0 + 51_000 },
      { type: 'answer', response: 'bca', at: T0 + 52_000 },
    );
    expect(summarize(s)).toMatchObject({ points: 4, max: 4, percent: 100, ms: 2000 });
    // The record replays the round: the quiz as drawn (seed, count, types) and the ids of the questions asked.
    const r = attemptRecord(s);
    expect(r).toMatchObject({ seed: 'fixture', round: 2, options: { count: 8, types: QUIZ.options.types } });
    expect(r.answers.map((a) => a.questionId)).toEqual(['f-alert:true-false', 'f-roles:matching']);
  });

  it("a retry's questions keep their numbers in the quiz (2 and 7), in its notices and in a second retry", () => {
    let s = begin({ noArticle: true, noFeedback: true });
    // 2 wrong, 7 (matching) one pair of three; the rest right.
    const answers: Record<string, Response> = { ...RIGHT, 'true-false': 't', matching: '1b 2a 3c' };
    for (const q of QUESTIONS) s = flowReducer(s, { type: 'answer', response: answers[q.type], at: T0 + 1000 });
    s = flowReducer(s, { type: 'retry-missed', at: T0 + 2000 });
    expect(s.quiz.questions.map((_, i) => numberOf(s, i))).toEqual([2, 7]);
    s = flowReducer(s, { type: 'skip', at: T0 + 3000 });
    expect(s.notice).toBe('Question 2 skipped: it comes back before the end.');
    s = run(s, { type: 'quit-request', at: T0 + 4000 }, { type: 'quit-confirm', at: T0 + 5000 });
    // 2 was skipped (not answered), 7 on screen when stopped (not answered too): a third round asks both.
    s = flowReducer(s, { type: 'retry-missed', at: T0 + 6000 });
    expect(s.round).toBe(3);
    expect(s.quiz.questions.map((_, i) => numberOf(s, i))).toEqual([2, 7]);
    expect(s.notice).toBeUndefined();
  });

  it('starts a new quiz on the start screen', () => {
    let s = begin({ noArticle: true });
    s = run(s, { type: 'quit-request', at: T0 }, { type: 'quit-confirm', at: T0 });
    const other = { ...quizOf(QUESTIONS[3]!), seed: 'other' };
    s = flowReducer(s, { type: 'new-quiz', quiz: other, at: T0 + 1 });
    expect(s.screen).toBe('start');
    expect(s.quiz.seed).toBe('other');
    expect(s.answers).toEqual([undefined]);
  });

  it('can open the article from a question without charging the reading time to it', () => {
    let s = begin({ noArticle: true });
    s = run(s, { type: 'open-article', at: T0 + 1000 });
    expect(s.screen).toBe('reading');
    s = run(s, { type: 'close-article', at: T0 + 60_000 }, { type: 'answer', response: 'b', at: T0 + 61_000 });
    expect(s.answers[0]!.ms).toBe(2000);
  });

  it('ignores actions that do not belong to the screen', () => {
    const s = createFlow(QUIZ);
    for (const a of [
      { type: 'answer', response: 'b', at: T0 },
      { type: 'next', at: T0 },
      { type: 'skip', at: T0 },
      { type: 'quit-confirm', at: T0 },
      { type: 'retry-missed', at: T0 },
    ] as FlowAction[]) {
      expect(flowReducer(s, a)).toBe(s);
    }
  });

  it('never changes the state it is given', () => {
    const s = begin({ noArticle: true });
    const copy = structuredClone(s);
    flowReducer(s, { type: 'answer', response: 'b', at: T0 + 1 });
    flowReducer(s, { type: 'skip', at: T0 + 1 });
    expect(s).toEqual(copy);
  });
});

describe('attemptRecord', () => {
  it('holds the seed, bank, options, each answer and the score', () => {
    let s = begin({ noArticle: true, noFeedback: true, strict: true });
    s = run(
      s,
      { type: 'answer', response: 'b', at: T0 + 3000 },
      { type: 'skip', at: T0 + 4000 },
      { type: 'quit-request', at: T0 + 5000 },
      { type: 'quit-confirm', at: T0 + 5000 },
    );
    const r = attemptRecord(s);
    expect(r).toMatchObject({
      format: 'readquiz/attempt@1',
      seed: 'fixture',
      bank: { id: 'biden-ukraine', contentHash: '0123abcd' },
      options: { count: 8, types: QUIZ.options.types },
      strict: true,
      startedAt: new Date(T0).toISOString(),
      finishedAt: new Date(T0 + 5000).toISOString(),
      score: { points: 1, max: 12 },
    });
    expect(r.answers).toHaveLength(8);
    expect(r.answers[0]).toEqual({
      questionId: 'f-scholz-role:multiple-choice',
      type: 'multiple-choice',
      factKind: 'role',
      response: 'b',
      status: 'right',
      points: 1,
      max: 1,
      ms: 3000,
    });
    expect(r.answers[1]).toMatchObject({ status: 'unanswered', response: null, points: 0, ms: 1000 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('a stopped round: questions never reached (class-day trial)', () => {
  // Exam mode, stopped on question 4: 1 wrong, 2 skipped, 3 partly right, 4 on screen, 5-8 never shown.
  function stopped() {
    return run(
      begin({ noArticle: true, noFeedback: true }),
      { type: 'answer', response: 'a', at: T0 + 1 },
      { type: 'skip', at: T0 + 2 },
      { type: 'answer', response: 'a c', at: T0 + 3 },
      { type: 'quit-request', at: T0 + 4 },
      { type: 'quit-confirm', at: T0 + 5 },
    );
  }

  it('the record says "not-reached" for questions never shown, "unanswered" for those seen and left', () => {
    const r = attemptRecord(stopped());
    expect(r.answers.map((a) => a.status)).toEqual([
      'wrong',
      'unanswered',
      'partial',
      'unanswered',
      'not-reached',
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
    expect(r.answers[4]).toMatchObject({ response: null, points: 0, max: 1, ms: 0 });
    // The score is the one the summary showed: every question's points count in the maximum.
    expect(r.score).toEqual({ points: summarize(stopped()).points, max: 12 });
  });

  it('the breakdowns by kind and type count only the questions reached', () => {
    const sum = summarize(stopped());
    // Reached: multiple-choice (role), true-false (statement), multi-select (set), numeric (quantity).
    expect(sum.byKind.map((k) => [k.kind, k.tally.count, k.tally.max])).toEqual([
      ['quantity', 1, 1],
      ['set', 1, 2],
      ['statement', 1, 1],
      ['role', 1, 1],
    ]);
    expect(sum.byType.map((t) => t.type)).toEqual(['multiple-choice', 'true-false', 'multi-select', 'numeric']);
    // The headline still scores the whole quiz, as the record does.
    expect(sum).toMatchObject({ max: 12, total: 8 });
  });
});

describe('any sequence of actions', () => {
  const action = fc.oneof(
    fc
      .constantFrom<FlowAction['type']>(
        'start',
        'open-article',
        'close-article',
        'begin',
        'skip',
        'next',
        'quit-request',
        'quit-confirm',
        'quit-cancel',
        'retry-missed',
      )
      .map((type) => ({ type, at: 0 }) as FlowAction),
    fc.constantFrom<FlowAction>(
      { type: 'review-missed' },
      { type: 'back' },
      { type: 'review-move', by: 1 },
      { type: 'review-move', by: -1 },
      { type: 'scroll', by: 3, max: 10 },
    ),
    fc
      .oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom<Response>('b', 'f', 'a c e', '8500', '1b 2c 3a', '2 3 1', [1, 2, 0], 1, true, null),
      )
      .map((response) => ({ type: 'answer', response, at: 0 }) as FlowAction),
  );

  it('keeps the flow consistent: known screen, scores within bounds, time never negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.nat(5000)), { maxLength: 60 }),
        fc.record({ noArticle: fc.boolean(), noFeedback: fc.boolean(), strict: fc.boolean() }),
        (steps, options) => {
          let s = createFlow(QUIZ, options);
          let at = T0;
          for (const [a, dt] of steps) {
            at += dt;
            s = flowReducer(s, 'at' in a ? { ...a, at } : a);
            expect(['start', 'reading', 'question', 'feedback', 'confirm-quit', 'summary', 'review']).toContain(
              s.screen,
            );
            if (s.screen === 'question' || s.screen === 'feedback') expect(currentQuestion(s)).toBeDefined();
            const sum = summarize(s);
            expect(sum.points).toBeGreaterThanOrEqual(0);
            expect(sum.points).toBeLessThanOrEqual(sum.max);
            expect(sum.answered).toBeLessThanOrEqual(sum.total);
            expect(sum.ms).toBeGreaterThanOrEqual(0);
            for (const ans of s.answers) if (ans) expect(ans.ms).toBeGreaterThanOrEqual(0);
            if (s.screen === 'summary')
              expect(JSON.parse(JSON.stringify(attemptRecord(s))).answers).toHaveLength(s.quiz.questions.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
