// A learner's page defines its hard words under the story ("Words in This Story"): each one the story uses is a
// vocabulary question the draft can finish from the page alone.
import { describe, expect, it } from 'vitest';
import { findWord, glossaryVocabulary, readGlossary } from '../../../src/core/draft/glossary.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { generateQuiz } from '../../../src/core/generate.js';
import { parseBankText } from '../../../src/io/parse-bank.js';
import { renderBankYaml } from '../../../src/render/bank-yaml.js';

const PAGE = [
  'Learning English',
  'Health & Lifestyle',
  '',
  'Weekend Exercise Can Still Help Your Health',
  '',
  'Many people who work all week have little time for exercise. So, they try to do a strenuous chore over the weekend, such as raking leaves.',
  '',
  'A new study suggests that weekend exercise is healthy. Researchers looked at the exercise habits of more than 63,000 adults in England and Scotland.',
  '',
  'Even obese people could extend their lives by exercising a couple of days each week. The doctors said the results were encouraging.',
  '',
  'People who procrastinate should start with a short walk, the doctors added. The study was published in a medical journal.',
  '',
  'Anna Matteo wrote this story for VOA Learning English. Kathleen Struck was the editor.',
  '',
  'Words in This Story',
  '',
  'strenuous – adj. needing or using a lot of effort or energy',
  'chore – n. a small job that is done regularly : a regular or daily task',
  'obese – adj. very fat : fat in a way that is unhealthy',
  'procrastinate – v. to be slow or late about doing something that should be done',
  'extend – v. to make something longer or to cause something to last longer',
  'encouraging – adj. giving hope or confidence',
  'journal – n. a magazine that reports on things of special interest to a particular group of people',
  '',
  'Comment on this story',
].join('\n');

describe('readGlossary', () => {
  it('reads each entry under "Words in This Story": the word, its part of speech and its first sense', () => {
    const entries = readGlossary(PAGE);
    expect(entries.map((e) => e.word)).toEqual([
      'strenuous',
      'chore',
      'obese',
      'procrastinate',
      'extend',
      'encouraging',
      'journal',
    ]);
    expect(entries[1]).toEqual({ word: 'chore', part: 'noun', meaning: 'a small job that is done regularly' });
    expect(entries[3]!.part).toBe('verb');
  });

  it('drops the examples a glossary adds in brackets and quotation marks', () => {
    const [e] = readGlossary(
      'Words in This Story\n\nadmit – v. to accept ("admitted to the United Nations"); to say so',
    );
    expect(e!.meaning).toBe('to accept');
  });

  it('takes a run of two entries or more without the heading, not one line that only looks like one', () => {
    expect(readGlossary('a story line\n\nrake – v. to gather leaves\nhike – v. to take a long walk\n')).toHaveLength(2);
    expect(readGlossary('a story line\n\nrake – v. to gather leaves\n\nThe mayor spoke.')).toHaveLength(0);
  });
});

describe('findWord', () => {
  it('finds the form the sentence writes: a plural, a verb ending, a phrase', () => {
    expect(findWord('Weekend warriors had lower risks.', 'weekend warrior')).toBe('Weekend warriors');
    expect(findWord('They were raking leaves.', 'rake')).toBe('raking');
    expect(findWord('Many families struggle making ends meet.', 'make ends meet')).toBe('making ends meet');
    expect(findWord('The plan was planned well.', 'plan')).toBe('plan');
  });

  it('does not find a word inside another', () => {
    expect(findWord('The chorus sang.', 'chore')).toBeUndefined();
    expect(findWord('Use it.', 'us')).toBeUndefined();
  });
});

describe('glossaryVocabulary', () => {
  it("asks each word in the story's sentence, wrong meanings from the glossary's words of its part of speech", () => {
    const drafts = glossaryVocabulary(readGlossary(PAGE), [
      'So, they try to do a strenuous chore over the weekend, such as raking leaves.',
      'The doctors said the results were encouraging.',
      'Even obese people could extend their lives by exercising a couple of days each week.',
    ]);
    const strenuous = drafts.find((d) => d.word === 'strenuous')!;
    expect(strenuous.evidence).toMatch(/^So, they try/);
    expect(strenuous.meaning).toBe('needing or using a lot of effort or energy');
    expect([...strenuous.wrong].sort()).toEqual(['giving hope or confidence', 'very fat']);
    // A word the story never writes is no question.
    expect(drafts.map((d) => d.word)).not.toContain('journal');
    // Two verbs only: one wrong meaning is too few, left for the author.
    expect(drafts.find((d) => d.word === 'extend')!.wrong).toEqual([]);
  });
});

describe('init on a page with a glossary', () => {
  const d = draftBank(PAGE, { articleFile: 'a.txt' });

  it('drafts the adjectives whole and leaves the nouns and verbs (two of each) for their wrong meanings', () => {
    const asked = d.bank.facts.filter((f) => f.kind === 'vocabulary').map((f) => (f as { word: string }).word);
    expect(asked.sort()).toEqual(['encouraging', 'obese', 'strenuous']);
    const waiting = (d.pending ?? []).filter((p) => p.fact.kind === 'vocabulary').map((p) => p.fact.id);
    expect(waiting.sort()).toEqual(['chore-meaning', 'extend-meaning', 'journal-meaning', 'procrastinate-meaning']);
  });

  it('keeps the glossary out of the story, and its bank lints and asks the words', () => {
    expect(d.bank.article.exclude).toContain('Words in This Story');
    expect(d.bank.article.exclude).toContain('strenuous – adj. needing or using a lot of effort or energy');
    const parsed = parseBankText(renderBankYaml(d), 'draft.yaml', () => PAGE);
    expect(parsed.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const asked = [1, 2, 3, 4, 5].flatMap((n) =>
      generateQuiz(parsed.bank!, { seed: `glossary-${n}`, count: 3 }).questions.map((q) => q.prompt),
    );
    expect(asked.some((p) => /As used here, what does “(strenuous|obese|encouraging)” mean\?/.test(p))).toBe(true);
  });
});
