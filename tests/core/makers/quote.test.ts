import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article.js';
import { createContext, STOPWORDS } from '../../../src/core/makers/context.js';
import { keyWord, quoteMaker } from '../../../src/core/makers/quote.js';
import { foldForMatch } from '../../../src/core/text.js';
import { createRng } from '../../../src/core/rng.js';
import type { Fact, Question, QuoteFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as QuoteFact;
const build = (f: QuoteFact, type: Question['type'], variant: string, seed: string, c = ctx) => quoteMaker.build(c, f, type, variant, createRng(seed)) as Question;

// Finn Moss is made to say the Mayor's words too: he must never be a wrong option for them.
const echoFacts: Fact[] = [
  ...MINI_BANK_FILE.facts,
  { id: 'moss-echo', kind: 'quote', text: 'a bridge for everyone', speaker: 'finn-moss', about: 'the new bridge', evidence: 'Mayor Ana Silva called it “a bridge for everyone”.' },
];
const echoBank = miniBank({ facts: echoFacts });
const echoCtx = createContext(echoBank);

describe('quote maker', () => {
  it('"Who used the words “...”?": the speaker among three other people, in typographic quotes', () => {
    for (let i = 0; i < 100; i++) {
      const q = build(fact('silva-quote'), 'multiple-choice', '1', `w${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('According to the article, who used the words \u201Ca bridge for everyone\u201D?');
      expect(q.choices[q.answer]).toBe('Ana Silva');
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices).size).toBe(4);
      for (const c of q.choices) expect(MINI_BANK_FILE.entities.find((e) => e.name === c)?.kind).toBe('person');
    }
  });

  it('never offers someone else who said the same words, as an option or a false speaker', () => {
    for (let i = 0; i < 100; i++) {
      const mc = build(fact('silva-quote', echoBank), 'multiple-choice', '1', `e${i}`, echoCtx);
      if (mc.type !== 'multiple-choice') throw new Error('type');
      expect(mc.choices.filter((c) => c === 'Finn Moss' || c === 'Ana Silva')).toEqual([mc.choices[mc.answer]]);
      const tf = build(fact('silva-quote', echoBank), 'true-false', 'false', `e${i}`, echoCtx);
      expect(tf.prompt).not.toMatch(/^(Finn Moss|Ana Silva) /);
    }
  });

  it('cloze blanks the key word inside the quote, in the article sentence', () => {
    expect(keyWord('a bridge for everyone')).toBe('everyone');
    expect(keyWord('a café déjà-vu')).toBe('déjà-vu');
    expect(keyWord('of the')).toBeUndefined();
    expect(build(fact('silva-quote'), 'cloze', '1', 'c')).toMatchObject({
      prompt: 'Fill in the blank: Mayor Ana Silva called it \u201Ca bridge for _____\u201D.',
      answer: 'everyone',
      accept: ['everyone'],
    });
  });

  it('no cloze in a sentence that opens with a pronoun or runs over 30 words', () => {
    const article = (sentence: string) => ({ ...miniBank(), articleText: parseArticle(`Title\n\n${sentence}\n`) });
    const quote = (evidence: string): QuoteFact => ({ ...fact('silva-quote'), evidence });
    const short = 'Mayor Ana Silva called it \u201Ca bridge for everyone\u201D.';
    const pronoun = 'She called it \u201Ca bridge for everyone\u201D.';
    const long = `Mayor Ana Silva, who has argued for a new crossing over the Alder river since the old ferry began to fill up every morning and every evening, called it \u201Ca bridge for everyone\u201D.`;
    expect(long.split(' ').length).toBeGreaterThan(30);
    const variants = (s: string) => quoteMaker.variants(createContext(article(s)), quote(s));
    expect(variants(short).cloze).toEqual(['1']);
    expect(variants(pronoun).cloze).toBeUndefined();
    expect(variants(long).cloze).toBeUndefined();
    // The other questions about the words stay.
    expect(variants(pronoun)['multiple-choice']).toEqual(['1']);
  });

  it('true/false: the right speaker, or a swapped one of the same kind', () => {
    expect(build(fact('lind-quote'), 'true-false', 'true', 't')).toMatchObject({ prompt: 'According to the article, Eva Lind used the words \u201Creckless\u201D.', answer: true });
    for (let i = 0; i < 30; i++) {
      const q = build(fact('lind-quote'), 'true-false', 'false', `f${i}`);
      expect(q.answer).toBe(false);
      expect(q.prompt).toMatch(/^According to the article, (Ana Silva|Ben Okafor|Carla Reyes|Dan Weiss|Finn Moss) used the words \u201Creckless\u201D\.$/);
    }
  });

  it('a swapped speaker is never one the words themselves name', () => {
    const b = miniBank({
      facts: [...MINI_BANK_FILE.facts, { id: 'lind-on-okafor', kind: 'quote', text: 'Ben Okafor is wrong', speaker: 'eva-lind', about: 'the treasurer', evidence: 'Eva Lind, the head of the opposition, said the plan was “reckless”.' }],
    });
    const c = createContext(b);
    for (let i = 0; i < 100; i++) {
      const q = quoteMaker.build(c, fact('lind-on-okafor', b), 'true-false', 'false', createRng(`s${i}`)) as Question;
      expect(q.prompt.startsWith('Ben Okafor')).toBe(false);
    }
  });

  it('short answer only for one- or two-word quotes; other words by the same speaker on the same thing count too', () => {
    expect(quoteMaker.variants(ctx, fact('silva-quote'))['short-answer']).toBeUndefined();
    expect(build(fact('lind-quote'), 'short-answer', '1', 's')).toMatchObject({
      prompt: 'Which word did Eva Lind use about the plan?',
      answer: 'reckless',
      accept: ['reckless'],
    });
    const pair = miniBank({
      facts: [
        ...MINI_BANK_FILE.facts,
        { id: 'lind-quote-2', kind: 'quote', text: 'too costly', speaker: 'eva-lind', about: 'the plan', evidence: 'Eva Lind, the head of the opposition, said the plan was “reckless”.' },
      ],
    });
    const q = quoteMaker.build(createContext(pair), fact('lind-quote', pair), 'short-answer', '1', createRng('p')) as Question;
    expect(q).toMatchObject({ answer: 'reckless', accept: ['reckless', 'too costly'] });
  });
});

describe('keyWord', () => {
  // ASCII text takes a plain pattern (the Unicode one is slow to compile); both must pick the same word.
  it('picks what the Unicode word pattern picks, on any text', () => {
    const unicodeKeyWord = (text: string) => {
      let best: string | undefined;
      for (const w of foldForMatch(text).match(/\p{L}[\p{L}\p{N}'’-]*\p{L}|\p{L}/gu) ?? []) {
        if (w.length < 4 || STOPWORDS.has(w.toLowerCase())) continue;
        if (!best || w.length > best.length) best = w;
      }
      return best;
    };
    const alphabet = fc.constantFrom('a', 'b', 'Q', 'z', 'é', 'ß', '1', '_', ' ', '-', "'", '’', '“', ',', '@', '[', '{', 'the ', 'with ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join('')), (text) => {
        expect(keyWord(text)).toBe(unicodeKeyWord(text));
      }),
      { numRuns: 3000 },
    );
  });
});
