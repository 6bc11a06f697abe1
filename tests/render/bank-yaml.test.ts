import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DraftBank } from '../../src/core/draft/draft-bank.js';
import { renderBankYaml } from '../../src/render/bank-yaml.js';

const draft: DraftBank = {
  bank: {
    format: 'readquiz/bank@1',
    id: 'tricky',
    title: 'Yes: "quotes", colons # and hashes',
    article: { file: 'a.txt', exclude: ['© Someone', 'Share this'] },
    entities: [
      { id: 'no', kind: 'country', name: 'Norway' },
      { id: 'jane-ortiz', kind: 'person', name: 'Jane Ortiz', aliases: ['Ortiz'], role: 'Mayor' },
    ],
    facts: [
      {
        id: 'year-1997',
        kind: 'quantity',
        evidence: 'It joined after 1997.',
        value: 1997,
        counts: 'year it joined after',
        unit: 'year',
        text: '1997',
      },
      {
        id: 'ortiz-quote',
        kind: 'quote',
        evidence: '"Yes: no," Ortiz said.',
        text: 'Yes: no',
        speaker: 'jane-ortiz',
        about: 'true # not a comment',
      },
    ],
  },
  notes: [
    { path: ['entities', 1], note: 'kind guessed: person (a role is written beside the name)' },
    { path: ['facts', 1], note: 'speaker guessed from "said" after the quote' },
    { path: ['facts', 1], note: 'about: say in a few words\nwhat the quote is about' },
    { path: ['article', 'exclude'], note: 'lines left out as page furniture' },
  ],
  counts: {
    quantity: 1,
    quote: 1,
    set: 0,
    role: 0,
    action: 0,
    statement: 0,
    'main-idea': 0,
    cause: 0,
    event: 0,
    stance: 0,
    inference: 0,
    vocabulary: 0,
    written: 0,
  },
  dropped: 0,
};

describe('renderBankYaml', () => {
  const yaml = renderBankYaml(draft, { header: ['Drafted by readquiz init', 'check the guesses'] });

  it('reads back as exactly the drafted bank (values that look like numbers, booleans or comments stay text)', () => {
    expect(parse(yaml)).toEqual(draft.bank);
  });

  it('puts each check right above the item it is about, one line per note', () => {
    expect(yaml).toContain(
      '  # check: speaker guessed from "said" after the quote\n  # check: about: say in a few words what the quote is about\n  - id: ortiz-quote',
    );
    expect(yaml).toContain('  # check: kind guessed: person (a role is written beside the name)\n  - id: jane-ortiz');
    expect(yaml).toMatch(/exclude:\n\s+# check: lines left out as page furniture\n\s+- © Someone/);
    expect(yaml).not.toMatch(/# check:[^\n]*\n\s+- id: no\b/);
  });

  it('starts with the header comment and separates items with a blank line', () => {
    expect(yaml.startsWith('# Drafted by readquiz init\n# check the guesses\n')).toBe(true);
    expect(yaml).toMatch(/name: Norway\n\n/);
  });
});
