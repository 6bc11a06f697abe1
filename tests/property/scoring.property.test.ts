// Scoring's normalisation is idempotent on any text, and typed answers are accepted under every name the
// bank gives the answer: each alias, in any case and spacing (and the exact answer even in strict mode).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/generate.js';
import { normalizeAnswerText, scoreAnswer } from '../../src/core/scoring.js';
import { foldForMatch } from '../../src/core/text.js';
import type { Bank, Question } from '../../src/core/types.js';
import { bankArb } from './bank-arbitrary.js';
import { testSize } from '../helpers/test-size.js';

// Characters where folding is easy to get wrong: ligatures, title case, German sharp s, dotted I,
// combining marks, typographic quotes and dashes, odd spaces, digits with separators, a leading "the".
const TRICKY = [
  'ﬁ',
  'ǅ',
  'ẞ',
  'ß',
  'İ',
  'ı',
  'e\u0301',
  '\u0308',
  '“',
  '’',
  '–',
  '\u00A0',
  '\u202F',
  '\u2009',
  ' ',
  '8,500',
  '1 000',
  'The ',
  'the the ',
  'Ⅻ',
  '²',
  'Ａ',
  '.',
  "'",
  '-',
  'x',
  'É',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join(''));

describe('normalizeAnswerText', () => {
  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), trickyText),
        (s) => {
          const once = normalizeAnswerText(s);
          expect(normalizeAnswerText(once)).toBe(once);
        },
      ),
      { numRuns: testSize(2000) },
    );
  });

  it('ignores case and spacing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(normalizeAnswerText(`  ${s.toUpperCase()}  `)).toBe(normalizeAnswerText(s.toLowerCase()));
      }),
      { numRuns: testSize(500) },
    );
  });
});

function typed(bank: Bank): Question[] {
  return allQuestions(bank, { seed: 'aliases' }).filter((q) => q.type === 'short-answer' || q.type === 'cloze');
}

function namesFor(bank: Bank, answer: string): string[] {
  const fold = (s: string) => foldForMatch(s).toLowerCase();
  const e = bank.entities.find((x) => [x.name, ...(x.aliases ?? [])].some((n) => fold(n) === fold(answer)));
  return e ? [e.name, ...(e.aliases ?? [])] : [];
}

describe('scoreAnswer over random banks', () => {
  it('accepts the answer, everything in accept, and every name and alias of the answer entity', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        bankArb,
        fc.constantFrom<(s: string) => string>(
          (s) => s,
          (s) => s.toUpperCase(),
          (s) => `  ${s.toLowerCase()} `,
          (s) => s.replace(/ /g, '  '),
        ),
        (bank, vary) => {
          for (const q of typed(bank)) {
            if (q.type !== 'short-answer' && q.type !== 'cloze') continue;
            expect(scoreAnswer(q, q.answer, { strict: true }).status, `${q.id} strict "${q.answer}"`).toBe('right');
            for (const a of [q.answer, ...q.accept, ...namesFor(bank, q.answer)]) {
              const r = scoreAnswer(q, vary(a));
              expect(r.status, `${q.id}: "${vary(a)}" for "${q.answer}"`).toBe('right');
              expect(r.points).toBe(q.points);
              checked++;
            }
          }
        },
      ),
      { numRuns: 120 },
    );
    // The banks must have produced typed questions, or this proved nothing.
    expect(checked).toBeGreaterThan(100);
  });

  it('an entity the question does not accept is never scored right for a name answer', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        for (const q of typed(bank)) {
          if (q.type !== 'short-answer' && q.type !== 'cloze') continue;
          const own = namesFor(bank, q.answer);
          if (own.length === 0) continue;
          // Two facts can make two right answers (both demanded the same thing): those are in accept.
          const accepted = new Set(q.accept.map((a) => normalizeAnswerText(a)));
          for (const other of bank.entities) {
            if (own.includes(other.name) || accepted.has(normalizeAnswerText(other.name))) continue;
            expect(scoreAnswer(q, other.name).status, `${q.id}: "${other.name}" for "${q.answer}"`).toBe('wrong');
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
