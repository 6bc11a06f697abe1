// Partial credit must reward what an answer shows, not doing nothing or guessing: an ordering submitted
// as shown earns nothing, ticking every option of a multi-select earns nothing, and random answers earn
// no more than nothing on average (issue 14).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/generate.js';
import { parseResponse, scoreAnswer } from '../../src/core/scoring.js';
import type { MultiSelectQuestion, OrderingQuestion, Question } from '../../src/core/types.js';
import { loadBank } from '../../src/io/load-bank.js';
import { QUESTIONS } from '../ui/fixtures/quiz.js';

const num = QUESTIONS.find((q) => q.type === 'numeric')!;

const ordering = (answer: number[]): OrderingQuestion => ({
  ...(QUESTIONS.find((q) => q.type === 'ordering') as OrderingQuestion),
  items: answer.map((_, i) => `item ${i + 1}`),
  answer,
});
/** Every order of `items`: 5,040 for seven. */
const allOrders = (items: readonly number[]): number[][] =>
  items.length <= 1
    ? [items.slice()]
    : items.flatMap((x, i) => allOrders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
const multiSelect = (n: number, answer: number[]): MultiSelectQuestion => ({
  ...(QUESTIONS.find((q) => q.type === 'multi-select') as MultiSelectQuestion),
  choices: Array.from({ length: n }, (_, i) => `option ${i + 1}`),
  answer,
});

const permutation = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );

describe('ordering credit', () => {
  it('the order as shown (items 1, 2, 3 ...) earns nothing unless it is the answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }).chain(permutation), (answer) => {
        const q = ordering(answer);
        const r = scoreAnswer(
          q,
          answer.map((_, i) => i),
        );
        const identity = answer.every((x, i) => x === i);
        expect(r.points).toBe(identity ? q.points : 0);
      }),
    );
  });

  it('the right order earns everything; random orders earn no more than chance on average', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }).chain(permutation), (answer) => {
        const q = ordering(answer);
        expect(scoreAnswer(q, answer).status).toBe('right');
        // Credit starts above what chance keeps: over every order a student could submit (not a sample of them,
        // which failed one run in thousands), the average is well under a quarter of the points.
        const orders = allOrders(answer);
        const mean = orders.reduce((sum, order) => sum + scoreAnswer(q, order).share, 0) / orders.length;
        expect(mean).toBeLessThan(0.25);
      }),
      { numRuns: 30 },
    );
  });

  it('in generated quizzes, submitting every ordering question untouched earns nothing', async () => {
    const bank = await loadBank('biden-ukraine');
    const seeds = Array.from({ length: 150 }, (_, i) => `order-${i}`);
    let asked = 0;
    for (const seed of seeds) {
      for (const q of allQuestions(bank, { seed, types: ['ordering'] }) as Question[]) {
        if (q.type !== 'ordering') continue;
        asked++;
        expect(
          scoreAnswer(
            q,
            q.items.map((_, i) => i),
          ).points,
          `${seed} ${q.id}`,
        ).toBe(0);
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});

describe('multi-select credit', () => {
  const cases = fc
    .integer({ min: 2, max: 8 })
    .chain((n) =>
      fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n - 1 })),
    );

  it('ticking every option earns nothing', () => {
    fc.assert(
      fc.property(cases, ([n, answer]) => {
        const q = multiSelect(n, answer);
        expect(
          scoreAnswer(
            q,
            Array.from({ length: n }, (_, i) => i),
          ).points,
        ).toBe(0);
      }),
    );
  });

  it('picks earn credit only when they tell right options from wrong ones better than chance', () => {
    fc.assert(
      fc.property(
        cases.chain(([n, answer]) =>
          fc.tuple(
            fc.constant(n),
            fc.constant(answer),
            fc.subarray(
              Array.from({ length: n }, (_, i) => i),
              { minLength: 1 },
            ),
          ),
        ),
        ([n, answer, picks]) => {
          const q = multiSelect(n, answer);
          const hitRate = picks.filter((p) => answer.includes(p)).length / answer.length;
          const falseAlarmRate = picks.filter((p) => !answer.includes(p)).length / (n - answer.length);
          const r = scoreAnswer(q, picks);
          // Ticking at random hits right and wrong options at the same rate: that earns nothing.
          if (hitRate <= falseAlarmRate) expect(r.points).toBe(0);
          else expect(r.share).toBeCloseTo(hitRate - falseAlarmRate, 9);
        },
      ),
    );
  });
});

describe('numbers a reader cannot mean two ways', () => {
  it('"40.000" for a whole answer is unreadable (40 or 40,000?), and says how to write it', () => {
    const p = parseResponse({ ...num, answer: 40000 }, '40.000');
    expect(p.value).toBeUndefined();
    expect(p.problem).toBe("'40.000' could be 40 or 40,000: write it without the dot (40000) or as 40");
  });
});
