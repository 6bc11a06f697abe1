import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import { attemptRecord, createFlow, flowReducer, type FlowAction } from '../../src/core/quiz-flow.js';
import { attemptSchema } from '../../src/core/schemas.js';
import type { Bank } from '../../src/core/types.js';
import type { Response } from '../../src/core/scoring.js';
import { loadBank } from '../../src/io/load-bank.js';
import { recordsFromText } from '../../src/io/answers.js';
import { ATTEMPT_STATUSES } from '../../src/core/attempt-record.js';

const valid = new Ajv2020({ strict: false, allErrors: true }).compile(attemptSchema);

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank('biden-ukraine');
});

// schema/attempt.schema.json documents the --record lines `stats` reads: every record the quiz flow can
// write must satisfy it, whatever the reader did (answered, skipped, stopped, typed nonsense).
describe('attempt records against schema/attempt.schema.json', () => {
  it('holds for any run through a generated quiz', () => {
    const response = fc.constantFrom<Response>('b', 't', 'f', 'a c', '8500', 'Scholz', '1b 2c', '3 1 2', 'lots', 0, true, [0, 1]);
    const step = fc.oneof(
      response.map((r) => ({ type: 'answer', response: r }) as const),
      fc.constantFrom({ type: 'skip' } as const, { type: 'next' } as const, { type: 'quit-request' } as const, { type: 'quit-confirm' } as const),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.array(step, { maxLength: 40 }), fc.boolean(), (seed, steps, strict) => {
        let s = createFlow(generateQuiz(bank, { seed, count: 6 }), { noArticle: true, strict });
        let at = 1_000;
        s = flowReducer(s, { type: 'start', at });
        for (const st of steps) s = flowReducer(s, { ...st, at: (at += 700) } as FlowAction);
        const record = JSON.parse(JSON.stringify(attemptRecord(s)));
        expect(valid(record), JSON.stringify(valid.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// A stopped round: the record tells a question never shown ("not-reached") from one seen and left without
// an answer ("unanswered"), so `stats` can leave the first out. Records written before the status existed
// (every question not answered is "unanswered") still read.
describe('the not-reached status', () => {
  const line = (statuses: string[]) =>
    JSON.stringify({
      format: 'readquiz/attempt@1',
      seed: 'demo',
      bank: { id: 'biden-ukraine', contentHash: '7e5df3e1' },
      options: { count: 2, types: ['true-false'] },
      strict: false,
      round: 1,
      startedAt: '2026-12-01T17:17:20.447Z',
      finishedAt: '2026-12-01T17:17:24.199Z',
      answers: statuses.map((status, i) => ({
        questionId: `q${i}:true-false`,
        type: 'true-false',
        factKind: 'written',
        response: status === 'right' ? true : null,
        status,
        points: status === 'right' ? 1 : 0,
        max: 1,
        ms: 0,
      })),
      score: { points: 1, max: 2 },
    });

  it('is in the schema and reads from a record file', () => {
    expect(valid(JSON.parse(line(['right', 'not-reached'])))).toBe(true);
    const r = recordsFromText(`${line(['right', 'not-reached'])}\n${line(['right', 'unanswered'])}\n`, 'a.jsonl');
    expect(r.warnings).toEqual([]);
    expect(r.attempts.map((a) => a.answers[1]!.status)).toEqual(['not-reached', 'unanswered']);
  });

  it('the schema lists the statuses the record type declares, and no other', () => {
    const status = attemptSchema.properties.answers.items.properties.status as { enum: readonly string[] };
    expect([...status.enum]).toEqual([...ATTEMPT_STATUSES]);
    expect(valid(JSON.parse(line(['right', 'not-answered'])))).toBe(false);
  });
});
