import { describe, expect, it } from 'vitest';
import { checkBank } from '../../src/core/check-bank.js';
import type { BankFile, Fact } from '../../src/core/types.js';
import { READING_BANK_FILE, readingBank } from './fixtures/reading-bank.js';

const article = readingBank().articleText;
const withFacts = (facts: Fact[]): BankFile => ({ ...READING_BANK_FILE, facts });
const mainIdea = READING_BANK_FILE.facts.find((f) => f.kind === 'main-idea')!;

describe('checkBank: hand-written options', () => {
  it('warns when the answer is much the longest option: a reader picks it by length', () => {
    const warnings = checkBank(withFacts([mainIdea]), article).filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([
      {
        path: ['facts', 0, 'wrong'],
        severity: 'warning',
        message: expect.stringMatching(
          /^the answer \(\d+ characters\) is much longer than every wrong option \(at most \d+\): a reader can pick it by length/,
        ),
      },
    ]);
  });

  it('says nothing when one wrong option is about as long as the answer', () => {
    if (mainIdea.kind !== 'main-idea') throw new Error('kind');
    const even: Fact = {
      ...mainIdea,
      wrong: [
        ...mainIdea.wrong,
        {
          text: 'Riverton’s council has rejected a new bridge, which most councillors opposed and nobody will pay for.',
          flaw: 'distorted',
        },
      ],
    };
    expect(checkBank(withFacts([even]), article)).toEqual([]);
  });

  it('also reads the wrong options of a written multiple-choice question', () => {
    const written: Fact = {
      id: 'w',
      kind: 'written',
      skill: 'detail',
      type: 'multiple-choice',
      evidence: mainIdea.evidence,
      prompt: 'What did the council decide?',
      answer: 'To build a new bridge over the river, with help from the regional government',
      choices: ['To close the ferry', 'To raise taxes'],
    };
    expect(checkBank(withFacts([written]), article).map((p) => p.path)).toEqual([['facts', 0, 'choices']]);
  });
});
