// The rules again, on the real built-in bank (60 facts of every kind) rather than the mini fixture.
// The 500-seed properties run at full size in CI (tests/helpers/test-size.ts).
// On failure fast-check prints the seed and path: pass them back as fc.assert(..., { seed, path }).
// Quizzes are of 10 (the default): one question per sentence leaves the bank room for 10 to 21
// questions depending on the seed (group questions rest on several sentences), so longer quizzes are
// not always possible.
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minGap } from '../../src/core/distractors.js';
import { allQuestions, generateQuiz, questionTypesForFact } from '../../src/core/generate.js';
import { givesAway } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import { skillOf } from '../../src/core/skills.js';
import { quizSchema } from '../../src/core/schemas.js';
import { findSentence, sentencePosition } from '../../src/core/article.js';
import { asItem } from '../../src/core/makers/context.js';
import { SKILLS, type EventFact, type OrderingQuestion, type Question } from '../../src/core/types.js';
import { bankOrThrow, parseBankFile } from '../../src/io/parse-bank.js';
import { optionsOf, TEACHER_PROMPT } from './fixtures/helpers.js';
import { testSize } from '../helpers/test-size.js';

const bank = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
const pristine = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
const ctx = createContext(bank);
// ajv's default export is a class at run time; its typings do not say so under NodeNext.
const Ajv = Ajv2020 as unknown as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};
const validQuiz = new Ajv({ discriminator: true, strict: false, allErrors: true }).compile(quizSchema);

function wellFormed(q: Question): void {
  expect(q.prompt, q.id).toMatch(TEACHER_PROMPT);
  const opts = optionsOf(q);
  // Printed text uses typographic quotes and apostrophes, like the article.
  for (const text of [q.prompt, ...opts]) expect(text, q.id).not.toMatch(/["']/);
  expect(new Set(opts.map((o) => o.toLowerCase())).size, q.id).toBe(opts.length);
  if (q.type === 'multiple-choice') {
    expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
    expect(q.choices.length, q.id).toBeLessThanOrEqual(4);
    const fact = bank.facts.find((f) => f.id === q.factId)!;
    if (fact.kind === 'quantity') {
      const values = q.choices.map((c) => Number(c.replace(/,/g, '')));
      expect(values[q.answer]).toBe(fact.value);
      for (let i = 1; i < values.length; i++)
        expect(values[i]! - values[i - 1]!, q.id).toBeGreaterThanOrEqual(minGap(fact.value, fact.unit));
    }
  }
}

describe('generator on the built-in bank', () => {
  it('quizzes follow the quiz schema, whatever the seed, count and --all', () => {
    // 10 for every seed; 12 for most.
    for (const [seed, count] of [
      ['demo', 12],
      ['a', 1],
      ['b', 10],
    ] as const) {
      const quiz = generateQuiz(bank, { seed, count });
      expect(validQuiz(quiz), JSON.stringify(validQuiz.errors)).toBe(true);
    }
    expect(validQuiz(generateQuiz(bank, { seed: 'x', count: 'all' })), JSON.stringify(validQuiz.errors)).toBe(true);
  });

  it('every fact of the bank feeds a question; every fact of a detail kind at least two types', () => {
    // A main idea, a cause, an inference, a word or a written question is one multiple choice (or the type
    // its author wrote): asking it another way would not ask the same skill.
    expect(bank.facts.filter((f) => questionTypesForFact(bank, f).length < 1).map((f) => f.id)).toEqual([]);
    // Quotes are asked only as multiple choice ("Who used the words ...?", "Which word did X use ...?"), and a
    // written fact only as its author wrote it; every other fact of a detail kind two ways at least.
    const thin = bank.facts
      .filter(
        (f) =>
          skillOf(f) === 'detail' &&
          f.kind !== 'quote' &&
          f.kind !== 'written' &&
          questionTypesForFact(bank, f).length < 2,
      )
      .map((f) => f.id);
    expect(thin).toEqual([]);
    for (const f of bank.facts) {
      if (f.kind === 'quote') expect(questionTypesForFact(bank, f), f.id).toEqual(['multiple-choice']);
      if (f.kind === 'written') expect(questionTypesForFact(bank, f), f.id).toEqual([f.type]);
    }
  });

  it('over 500 seeds: deterministic, no fact twice, well-formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (seed) => {
        const quiz = generateQuiz(bank, { seed, count: 10 });
        expect(JSON.stringify(generateQuiz(bank, { seed, count: 10 }))).toBe(JSON.stringify(quiz));
        const qs = quiz.questions;
        const facts = qs.flatMap((q) => q.factIds);
        expect(new Set(facts).size).toBe(facts.length);
        qs.forEach(wellFormed);
      }),
      { numRuns: testSize(500) },
    );
  });

  // No giveaway and five types or more in a quiz of 10 are the composition's rules; when they run dry (the
  // last-resort phase of src/core/generate.ts may name an entity another question answers, and a short bank
  // may spread over four types) a few seeds in thousands fall short. Counted over fixed seeds, so a run is
  // the same every time and a change that makes it commoner fails here, naming the seeds.
  it('over 5,000 seeds: no giveaway and at least 5 types in 10, but for at most 1 seed in 1,000', () => {
    const ctx = createContext(bank);
    const short: string[] = [];
    const n = testSize(5000, 1000);
    for (let i = 0; i < n; i++) {
      const seed = `composition-${i}`;
      const qs = generateQuiz(bank, { seed, count: 10 }).questions;
      const giveaway = qs.some((a, j) => qs.slice(j + 1).some((b) => givesAway(ctx, a, b)));
      // Skills come first (main idea, comprehension and detail in turn), and most comprehension is multiple
      // choice: a quiz of 10 spreads over 5 types at least, usually 6 or more (see the composition rules).
      const types = new Set(qs.map((q) => q.type)).size;
      if (giveaway || types < 5)
        short.push(`${seed}${giveaway ? ' (giveaway)' : ''}${types < 5 ? ` (${types} types)` : ''}`);
    }
    expect(short.length, short.join(', ')).toBeLessThanOrEqual(Math.ceil(n / 1000));
  });

  it('over 500 seeds: prefix-stable', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 24 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, n, k) => {
          expect(generateQuiz(bank, { seed, count: n + k }).questions.slice(0, n)).toEqual(
            generateQuiz(bank, { seed, count: n }).questions,
          );
        },
      ),
      { numRuns: testSize(500) },
    );
  });

  it('true/false is true about half the time; the right option is spread evenly', () => {
    let t = 0;
    let n = 0;
    const positions = [0, 0, 0, 0];
    for (let i = 0; i < 1000; i++) {
      for (const q of generateQuiz(bank, { seed: `fair${i}`, count: 10 }).questions) {
        if (q.type === 'true-false') {
          n++;
          if (q.answer) t++;
        }
        if (q.type === 'multiple-choice' && q.choices.length === 4) positions[q.answer]! += 1;
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(t / n).toBeGreaterThan(0.42);
    expect(t / n).toBeLessThan(0.58);
    const total = positions.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(400);
    for (const p of positions) expect(Math.abs(p / total - 0.25), positions.join(' ')).toBeLessThan(0.05);
  });

  it('allQuestions: every question well-formed; its variants cover true and false versions', () => {
    const all = allQuestions(bank, { seed: 'wf' });
    all.forEach(wellFormed);
    const tf = all.filter((q) => q.type === 'true-false');
    expect(tf.some((q) => q.answer)).toBe(true);
    expect(tf.some((q) => !q.answer)).toBe(true);
  });
});

describe('quizzes made one after another from one bank (worksheet variants, stress)', () => {
  it.each([1, 10])(
    'come out exactly as from a fresh copy of the bank, whatever earlier quizzes (of %i) were and however they were changed',
    (earlierCount) => {
      const seeds = Array.from({ length: 60 }, (_, i) => `history#${i}`);
      const shared = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
      // One-question quizzes hand out questions before any giveaway check has looked at them.
      const one = seeds.map((seed) => generateQuiz(shared, { seed, count: earlierCount }));
      // A caller scribbling over what it got must not reach the next quiz (questions that draw nothing
      // at random are made once per bank and copied).
      for (const quiz of one) {
        for (const q of quiz.questions) {
          for (const v of Object.values(q)) if (Array.isArray(v)) v.fill(v[0]).push(v[0]);
          (q as { prompt: string }).prompt = 'changed';
        }
      }
      // 10: the count the built-in bank makes for every seed.
      const again = seeds.map((seed) => generateQuiz(shared, { seed, count: 10 }));
      // A fresh copy per quiz: a deep copy of a bank parsed once and never generated from (no cache).
      const fresh = seeds.map((seed) => generateQuiz(structuredClone(pristine), { seed, count: 10 }));
      expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
      // The same question in two quizzes is two objects.
      const byId = new Map<string, Question>();
      for (const q of again.flatMap((quiz) => quiz.questions)) {
        const seen = byId.get(q.id);
        if (seen) expect(seen).not.toBe(q);
        byId.set(q.id, q);
      }
    },
  );
});

describe('composition rules on the built-in bank, over 500 seeds of 10 questions', () => {
  const SEEDS = 500;
  // Made once: every rule below reads the same quizzes.
  const quizzes = Array.from(
    { length: SEEDS },
    (_, i) => generateQuiz(bank, { seed: `rules${i}`, count: 10 }).questions,
  );
  const all = quizzes.flat();
  const factOf = (id: string) => bank.facts.find((f) => f.id === id)!;

  it('prefix-stable: the first N questions of a quiz of 10 are the quiz of N', () => {
    quizzes.forEach((qs, i) => {
      const n = 1 + (i % 9);
      expect(generateQuiz(bank, { seed: `rules${i}`, count: n }).questions, `rules${i} n=${n}`).toEqual(qs.slice(0, n));
    });
  });

  it('no two questions of a quiz rest on one sentence', () => {
    quizzes.forEach((qs, i) => {
      const sentences = qs.flatMap((q) => [...new Set(q.sources.map((s) => s.evidence))]);
      expect(new Set(sentences).size, `rules${i}: ${qs.map((q) => q.id).join(' ')}`).toBe(sentences.length);
    });
  });

  it('no role questions: the built-in bank has no role facts any more, and matching pairs actors with actions', () => {
    expect(bank.facts.filter((f) => f.kind === 'role')).toEqual([]);
    quizzes.forEach((qs, i) =>
      expect(
        qs.filter((q) => q.factKind === 'role'),
        `rules${i}`,
      ).toEqual([]),
    );
    for (const q of all.filter((x) => x.type === 'matching'))
      for (const id of q.factIds) expect(factOf(id).kind, q.id).toBe('action');
  });

  it('most quizzes of 10 use six types or more', () => {
    const wide = quizzes.filter((qs) => new Set(qs.map((q) => q.type)).size >= 6).length;
    expect(wide / SEEDS).toBeGreaterThan(0.85);
  });

  it('every ordering is of events, and its answer is their time order', () => {
    const orderings = all.filter((q): q is OrderingQuestion => q.type === 'ordering');
    expect(orderings.length).toBeGreaterThan(20);
    for (const q of orderings) {
      const events = q.factIds.map((id) => factOf(id));
      for (const e of events) expect(e.kind, q.id).toBe('event');
      const byItem = q.items.map(
        (item) => events.find((e) => e.kind === 'event' && item === asItem(e.text)) as EventFact,
      );
      const times = q.answer.map((j) => byItem[j]!.order);
      expect(times, q.id).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
      expect(q.skill).toBe('sequence');
    }
  });

  it('every matching offers more options on the right than items on the left', () => {
    const matchings = all.filter((q) => q.type === 'matching');
    expect(matchings.length).toBeGreaterThan(10);
    for (const q of matchings) if (q.type === 'matching') expect(q.right.length, q.id).toBeGreaterThan(q.left.length);
  });

  it('every question has a skill, the one its fact asks', () => {
    for (const q of all) {
      expect(SKILLS, q.id).toContain(q.skill);
      expect(q.skill, q.id).toBe(skillOf(factOf(q.factId)));
    }
  });

  it('at least 3 questions beyond detail in 95% of quizzes, the main idea first, and at least 4 comprehension skills in use', () => {
    const enough = quizzes.filter((qs) => qs.filter((q) => q.skill !== 'detail').length >= 3).length;
    expect(enough / SEEDS).toBeGreaterThanOrEqual(0.95);
    for (const qs of quizzes) expect(qs[0]!.skill).toBe('main-idea');
    const used = new Set(all.map((q) => q.skill).filter((s) => s !== 'detail'));
    expect(used.size).toBeGreaterThanOrEqual(4);
  });

  it('true/false is true between 42% and 58% of the time', () => {
    const tf = all.filter((q) => q.type === 'true-false');
    expect(tf.length).toBeGreaterThan(300);
    const share = tf.filter((q) => q.answer === true).length / tf.length;
    expect(share).toBeGreaterThan(0.42);
    expect(share).toBeLessThan(0.58);
  });

  it("every source is a sentence of the article, with that sentence's paragraph; evidence and paragraph are the first source's", () => {
    for (const q of all) {
      expect(q.sources.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.sources.map((s) => s.factId).sort(), q.id).toEqual([...q.factIds].sort());
      for (const s of q.sources) {
        const found = findSentence(bank.articleText, s.evidence);
        expect(found?.sentence, `${q.id}: ${s.evidence}`).toBe(s.evidence);
        expect(s.paragraph, q.id).toBe(found!.paragraph);
        expect(s.evidence, q.id).toBe(ctx.sentence(factOf(s.factId).evidence).sentence);
      }
      const positions = q.sources.map((s) => sentencePosition(bank.articleText, s.evidence));
      expect(positions, q.id).toEqual([...positions].sort((a, b) => a - b));
      expect(q.evidence).toBe(q.sources[0]!.evidence);
      expect(q.paragraph).toBe(q.sources[0]!.paragraph);
    }
  });
});
