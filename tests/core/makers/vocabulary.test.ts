import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { contextOf, vocabularyMaker, vocabularyPrompt } from '../../../src/core/makers/vocabulary.js';
import { parseArticle } from '../../../src/core/article.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, VocabularyFact } from '../../../src/core/types.js';
import { readingBank, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string) => bank.facts.find((f) => f.id === id) as VocabularyFact;

describe('vocabulary maker', () => {
  it('the word in its sentence (its quotes nested as single quotes), its meaning here among meanings that fit the grammar; skill vocabulary', () => {
    const f = fact('voc-reckless');
    for (let i = 0; i < 40; i++) {
      const q = vocabularyMaker.build(ctx, f, 'multiple-choice', '1', createRng(`v${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe(
        'The article says: \u201CEva Lind, the head of the opposition, said the plan was \u2018reckless\u2019.\u201D As used here, what does \u201Creckless\u201D mean?',
      );
      expect(q.choices[q.answer]).toBe('Careless about the risks');
      expect([...q.choices].sort()).toEqual(
        ['Careless about the risks', 'Carefully planned', 'Too small', 'Very popular'].sort(),
      );
      expect(q).toMatchObject({
        skill: 'vocabulary',
        factKind: 'vocabulary',
        sources: [{ factId: 'voc-reckless', evidence: S.lind, paragraph: 4 }],
      });
    }
    expect(vocabularyPrompt(ctx, f)).toContain('\u201Creckless\u201D mean?');
  });

  it('a long sentence is cut to the words around the word, with ellipses', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[20] = 'volatility';
    const cut = contextOf(words.join(' '), 'volatility');
    expect(cut.startsWith('… w8 ')).toBe(true);
    expect(cut.endsWith(' w32 …')).toBe(true);
    expect(cut).toContain(' volatility ');
    expect(contextOf(S.lind, 'reckless')).toBe(S.lind);
  });

  it('a question only with two distinct wrong meanings; multiple choice only', () => {
    expect(vocabularyMaker.variants(ctx, fact('voc-reckless'))).toEqual({ 'multiple-choice': ['1'] });
    // "absent" has one wrong meaning: no question rather than two options.
    expect(vocabularyMaker.variants(ctx, fact('voc-absent'))).toEqual({});
    expect(vocabularyMaker.variants(ctx, { ...fact('voc-absent'), wrong: ['against the plan', 'Not There'] })).toEqual(
      {},
    );
    expect(vocabularyMaker.variants(ctx, { ...fact('voc-absent'), wrong: ['against the plan', 'on holiday'] })).toEqual(
      { 'multiple-choice': ['1'] },
    );
    expect(() => vocabularyMaker.build(ctx, fact('voc-reckless'), 'cloze', '1', createRng('x'))).toThrow(/no cloze/);
  });

  it('a sentence opening on straight quotation marks shows single ones inside, not two doubles (retrial 305)', () => {
    const sentence =
      '"At festival time it is really difficult to stop passengers from flouting rules," said an officer.';
    const b = { ...bank, articleText: parseArticle(`Ferry sinks\n\n${sentence}\n`) };
    const prompt = vocabularyPrompt(createContext(b), {
      id: 'flouting-meaning',
      kind: 'vocabulary',
      evidence: sentence,
      word: 'flouting',
      meaning: 'openly breaking',
      wrong: ['carefully reading', 'loudly praising'],
    });
    expect(prompt).toBe(
      'The article says: \u201C\u2018At festival time it is really difficult to stop passengers from flouting rules,\u2019 said an officer.\u201D As used here, what does \u201Cflouting\u201D mean?',
    );
  });
});
