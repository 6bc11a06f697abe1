import { describe, expect, it } from 'vitest';

describe('a numeric answer of 1 in the key', () => {
  it('reads "1 percentage point" on the text key and the worksheet key alike (trial 274)', async () => {
    const { answerText } = await import('../../src/render/text.js');
    const { keyAnswer } = await import('../../src/render/worksheet/model.js');
    const q = {
      id: 'lead:numeric',
      type: 'numeric',
      prompt: 'By how many percentage points was Livingstone ahead of Johnson?',
      answer: 1,
      unit: 'percentage points',
      tolerance: 0,
      precision: 'exact',
    } as unknown as Parameters<typeof answerText>[0];
    expect(answerText(q)).toBe('1 percentage point');
    expect(keyAnswer(q)).toBe('1 percentage point');
    expect(answerText({ ...q, answer: 2 } as typeof q)).toBe('2 percentage points');
  });
});
