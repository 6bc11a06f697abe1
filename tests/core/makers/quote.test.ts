import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article.js';
import { createContext } from '../../../src/core/makers/context.js';
import { quoteMaker } from '../../../src/core/makers/quote.js';
import { createRng } from '../../../src/core/rng.js';
import type { Bank, Fact, Question, QuoteFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';
import { readingBank, READING_BANK_FILE } from '../fixtures/reading-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
// The reading bank shows six people speaking or taking a side: enough believable speakers for "Who used the words".
const reading = readingBank();
const rctx = createContext(reading);
const fact = (id: string, b: Bank = reading) => b.facts.find((f) => f.id === id) as QuoteFact;
const build = (f: QuoteFact, type: Question['type'], variant: string, seed: string, c = rctx) =>
  quoteMaker.build(c, f, type, variant, createRng(seed)) as Question;

// Finn Moss is made to say the Mayor's words too: he must never be a wrong option for them.
const echoFacts: Fact[] = [
  ...READING_BANK_FILE.facts,
  {
    id: 'moss-echo',
    kind: 'quote',
    text: 'a bridge for everyone',
    speaker: 'finn-moss',
    about: 'the new bridge',
    evidence: 'Mayor Ana Silva called it “a bridge for everyone”.',
  },
];
const echoBank = readingBank({ facts: echoFacts });
const echoCtx = createContext(echoBank);

// An article quoting several short words in separate sentences: the options of "Which word did X use ...?".
const WORDS_ARTICLE = `Council splits over bridge

Eva Lind said the plan was “reckless” and “rushed”. Ana Silva called the critics “premature”.

Ben Okafor called the budget “tight”. Carla Reyes said the vote was “historic”. Dan Weiss called the delay “costly” and “needless”.
`;
const wordsBank = (): Bank => ({
  ...miniBank(),
  articleText: parseArticle(WORDS_ARTICLE),
  facts: [
    {
      id: 'lind-reckless',
      kind: 'quote',
      text: 'reckless',
      speaker: 'eva-lind',
      about: 'the plan',
      evidence: 'Eva Lind said the plan was “reckless” and “rushed”.',
    },
    {
      id: 'silva-premature',
      kind: 'quote',
      text: 'premature',
      speaker: 'ana-silva',
      about: 'the critics',
      evidence: 'Ana Silva called the critics “premature”.',
    },
  ],
});

describe('quote maker', () => {
  it('"Who used the words “...”?": the speaker among three other people, in typographic quotes', () => {
    expect(quoteMaker.variants(rctx, fact('silva-quote'))['multiple-choice']).toContain('1');
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

  it('"Who used the words" only with three believable wrong speakers: the mini bank shows too few people speaking or acting', () => {
    // Eva Lind and Carla Reyes are the only other people the mini bank shows speaking or acting.
    expect(quoteMaker.variants(ctx, fact('silva-quote', bank))['multiple-choice'] ?? []).not.toContain('1');
    expect(quoteMaker.variants(rctx, fact('silva-quote'))['multiple-choice']).toContain('1');
  });

  it('with exactly three others shown speaking or acting, asks "who used the words" among all four (trial 316 waited for a fifth)', () => {
    const withWeiss: Bank = {
      ...bank,
      facts: [
        ...bank.facts,
        {
          id: 'okafor-acted',
          kind: 'action',
          actor: 'ben-okafor',
          action: 'warned that costs could rise',
          evidence: "Ben Okafor, the council's treasurer, warned that costs could rise.",
        },
      ],
    };
    const c = createContext(withWeiss);
    expect(quoteMaker.variants(c, fact('silva-quote', withWeiss))['multiple-choice']).toContain('1');
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const q = build(fact('silva-quote', withWeiss), 'multiple-choice', '1', `t${i}`, c);
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices[q.answer]).toBe('Ana Silva');
      seen.add([...q.choices].sort().join(', '));
    }
    // The same four every time, in a new order.
    expect([...seen]).toHaveLength(1);
  });

  it('never for a group speaker, even with four other groups the article shows speaking', () => {
    const groups = ['residents', 'builders', 'drivers', 'farmers', 'critics'];
    const b = readingBank({
      entities: [...MINI_BANK_FILE.entities, ...groups.map((g) => ({ id: g, kind: 'group' as const, name: g }))],
      facts: [
        ...READING_BANK_FILE.facts,
        ...groups.map((g, i): Fact => ({
          id: `${g}-quote`,
          kind: 'quote',
          text: `words ${i}`,
          speaker: g,
          about: 'the new bridge',
          evidence: 'Mayor Ana Silva called it “a bridge for everyone”.',
        })),
      ],
    });
    const c = createContext(b);
    // The same fact with a person as speaker would be asked: only the group makes the difference.
    const asPerson = { ...fact('residents-quote', b), speaker: 'ana-silva' };
    expect(quoteMaker.variants(c, asPerson)['multiple-choice']).toContain('1');
    expect(quoteMaker.variants(c, fact('residents-quote', b))['multiple-choice'] ?? []).not.toContain('1');
  });

  it('never offers someone else who said the same words as an option', () => {
    for (let i = 0; i < 100; i++) {
      const mc = build(fact('silva-quote', echoBank), 'multiple-choice', '1', `e${i}`, echoCtx);
      if (mc.type !== 'multiple-choice') throw new Error('type');
      expect(mc.choices.filter((c) => c === 'Finn Moss' || c === 'Ana Silva')).toEqual([mc.choices[mc.answer]]);
    }
  });

  it('never offers someone else who said nearly the same claim as an option (trial 22: "not free and fair")', () => {
    const evidence = 'Mayor Ana Silva called it “a bridge for everyone”.';
    const claim = (id: string, speaker: string, text: string): Fact => ({
      id,
      kind: 'quote',
      text,
      speaker,
      about: 'the election',
      evidence,
    });
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        claim(
          'silva-long',
          'ana-silva',
          'The election is not free and fair due to the absence of the opposition party',
        ),
        claim('moss-long', 'finn-moss', 'The election is not free and fair without the main opposition party'),
      ],
    });
    const c = createContext(b);
    let asked = 0;
    for (let i = 0; i < 100; i++) {
      const mc = build(fact('silva-long', b), 'multiple-choice', '1', `n${i}`, c);
      if (mc.type !== 'multiple-choice') throw new Error('type');
      asked++;
      expect(mc.choices).not.toContain('Finn Moss');
    }
    expect(asked).toBe(100);
  });

  it('no cloze, no short answer, and no true/false on words or fragments: those test finding words, not reading them', () => {
    for (const b of [bank, reading, wordsBank()]) {
      const c = createContext(b);
      for (const f of b.facts.filter((x): x is QuoteFact => x.kind === 'quote')) {
        const v = quoteMaker.variants(c, f);
        expect(
          Object.keys(v).filter((t) => t !== 'multiple-choice'),
          f.id,
        ).toEqual([]);
      }
    }
    for (const type of ['cloze', 'short-answer', 'true-false'] as const) {
      expect(() => build(fact('lind-quote'), type, '1', 'x')).toThrow(/no/);
    }
  });

  it('"Which word did X use ...?": multiple choice among other short quotes of the article, from other sentences', () => {
    const b = wordsBank();
    const c = createContext(b);
    const lind = fact('lind-reckless', b);
    expect(quoteMaker.variants(c, lind)['multiple-choice']).toContain('word');
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const q = quoteMaker.build(c, lind, 'multiple-choice', 'word', createRng(`k${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Which word did Eva Lind use about the plan?');
      expect(q.choices[q.answer]).toBe('\u201Creckless\u201D');
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices).size).toBe(4);
      // "rushed" is hers too, in the same sentence: never a wrong option.
      expect(q.choices).not.toContain('\u201Crushed\u201D');
      for (const o of q.choices) {
        expect(
          ['reckless', 'premature', 'tight', 'historic', 'costly', 'needless'].map((w) => `\u201C${w}\u201D`),
        ).toContain(o);
        seen.add(o);
      }
    }
    expect(seen.size).toBe(6);
    // A four-word quote is no "which word" question; and with fewer than three other short quotes, none.
    expect(quoteMaker.variants(rctx, fact('silva-quote'))['multiple-choice']).not.toContain('word');
    expect(quoteMaker.variants(ctx, fact('lind-quote', bank))['multiple-choice'] ?? []).not.toContain('word');
  });

  it('"Who used the words" does not depend on the sentence standing alone (no blank is shown in it)', () => {
    const pronoun = 'She called it \u201Ca bridge for everyone\u201D.';
    const r = { ...reading, articleText: parseArticle(`Title\n\n${pronoun}\n`) };
    const q: QuoteFact = { ...fact('silva-quote'), evidence: pronoun };
    expect(quoteMaker.variants(createContext(r), q)).toEqual({ 'multiple-choice': ['1'] });
  });

  it('a wrong speaker is never one the words themselves name', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        {
          id: 'lind-on-okafor',
          kind: 'quote',
          text: 'Ben Okafor is wrong',
          speaker: 'eva-lind',
          about: 'the treasurer',
          evidence: 'Eva Lind, the head of the opposition, said the plan was “reckless”.',
        },
      ],
    });
    const c = createContext(b);
    for (let i = 0; i < 100; i++) {
      const q = quoteMaker.build(c, fact('lind-on-okafor', b), 'multiple-choice', '1', createRng(`s${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).not.toContain('Ben Okafor');
      expect(q.choices[q.answer]).toBe('Eva Lind');
    }
  });

  describe('"X said: ..." as true or false, when too few people speak for four options', () => {
    const ARTICLE = `Ferry to stop in spring

“The ferry has served this town for forty years,” Eva Lind said.

Carla Reyes said the council “will not leave the island without a link to the mainland”.

Ana Silva called the plan “sensible”.
`;
    const said = (speaker: string, text: string, evidence: string): Fact => ({
      id: `${speaker}-said`,
      kind: 'quote',
      text,
      speaker,
      about: 'the ferry',
      evidence,
    });
    const twoSpeakers = (): Bank => ({
      ...miniBank(),
      articleText: parseArticle(ARTICLE),
      facts: [
        said(
          'eva-lind',
          'The ferry has served this town for forty years',
          '“The ferry has served this town for forty years,” Eva Lind said.',
        ),
        said(
          'carla-reyes',
          'will not leave the island without a link to the mainland',
          'Carla Reyes said the council “will not leave the island without a link to the mainland”.',
        ),
        said('ana-silva', 'sensible', 'Ana Silva called the plan “sensible”.'),
      ],
    });

    it('no false version of words that say whose they are ("We in the Left Party of Malmö ..."; trial 14)', () => {
      const b = twoSpeakers();
      const c = createContext(b);
      const own = { ...fact('eva-lind-said', b), text: 'We in the Ferry Society think the ferry has served this town' };
      expect(quoteMaker.variants(c, own as never)['true-false']).toBeUndefined();
    });

    it('the true version names the speaker, a false one another person the bank quotes', () => {
      const b = twoSpeakers();
      const c = createContext(b);
      const lind = fact('eva-lind-said', b);
      const v = quoteMaker.variants(c, lind)['true-false'];
      expect(v).toEqual(['true', 'false-carla-reyes', 'false-ana-silva']);
      const t = build(lind, 'true-false', 'true', 't', c);
      expect(t).toMatchObject({
        type: 'true-false',
        answer: true,
        prompt: 'According to the article, Eva Lind said: \u201CThe ferry has served this town for forty years.\u201D',
      });
      const f = build(lind, 'true-false', 'false-carla-reyes', 't', c);
      expect(f).toMatchObject({
        answer: false,
        prompt:
          'According to the article, Carla Reyes said: \u201CThe ferry has served this town for forty years.\u201D',
      });
      expect(f.sources?.[0]?.evidence).toBe(lind.evidence);
      // Words from inside a sentence are no sentence: "used the words", no capital, no full stop added inside.
      const reyes = build(fact('carla-reyes-said', b), 'true-false', 'true', 't', c);
      expect(reyes.prompt).toBe(
        'According to the article, Carla Reyes used the words \u201Cwill not leave the island without a link to the mainland\u201D.',
      );
    });

    it('never on a fragment of a few words, and not when four other speakers make "who used the words" possible', () => {
      const b = twoSpeakers();
      const c = createContext(b);
      expect(quoteMaker.variants(c, fact('ana-silva-said', b))['true-false']).toBeUndefined();
      // A whole sentence of four words is a claim all the same ("We take document security seriously").
      const short = { ...fact('eva-lind-said', b), text: 'We love the ferry' };
      expect(quoteMaker.variants(c, short)['true-false']).toEqual(['true', 'false-carla-reyes', 'false-ana-silva']);
      expect(quoteMaker.variants(c, { ...short, text: 'love the old ferry' })['true-false']).toBeUndefined();
      expect(quoteMaker.variants(rctx, fact('silva-quote'))['true-false']).toBeUndefined();
    });

    it('with no one of its own kind speaking, a false version may name a body the article quotes, never a country', () => {
      const lind = twoSpeakers().facts[0]!;
      const quoteBy = (id: string, speaker: string): Fact => ({
        id,
        kind: 'quote',
        text: 'The island will not be left without a link to the mainland',
        speaker,
        about: 'the ferry',
        evidence: 'Ana Silva called the plan “sensible”.',
      });
      const b: Bank = {
        ...twoSpeakers(),
        entities: [...MINI_BANK_FILE.entities, { id: 'norland', kind: 'country', name: 'Norland' }],
        facts: [lind, quoteBy('council-said', 'council'), quoteBy('norland-said', 'norland')],
      };
      const c = createContext(b);
      // Eva Lind is the only person quoted: the council, a body the article quotes, may take her words;
      // Norland, a country, speaks through its bodies and people and never does.
      expect(quoteMaker.variants(c, fact('eva-lind-said', b))['true-false']).toEqual(['true', 'false-council']);
      // Nor a body she speaks for: with "the council" named in her role, the council is not offered; with no one
      // else quoted, another person the article names takes her words (the article says whose they are).
      const forCouncil: Bank = {
        ...b,
        entities: b.entities.map((e) => (e.id === 'eva-lind' ? { ...e, role: 'head of the council' } : e)),
      };
      const persons = forCouncil.entities.filter((e) => e.kind === 'person' && e.id !== 'eva-lind').map((e) => e.id);
      expect(quoteMaker.variants(createContext(forCouncil), fact('eva-lind-said', forCouncil))['true-false']).toEqual([
        'true',
        ...persons.map((id) => `false-${id}`),
      ]);
    });

    it('a person quoted alone: another person the article names may take the words (trials 120, 122)', () => {
      const b = { ...twoSpeakers(), facts: twoSpeakers().facts.slice(0, 1) };
      const c = createContext(b);
      expect(quoteMaker.variants(c, fact('eva-lind-said', b))['true-false']).toContain('false-ana-silva');
    });

    it('no true/false with no other person named: needs() says what is missing', () => {
      const only = { ...twoSpeakers(), facts: twoSpeakers().facts.slice(0, 1) };
      const b = { ...only, entities: only.entities.filter((e) => e.kind !== 'person' || e.id === 'eva-lind') };
      const c = createContext(b);
      expect(quoteMaker.variants(c, fact('eva-lind-said', b))).toEqual({});
      expect(quoteMaker.needs!(c, fact('eva-lind-said', b))).toMatch(
        /"who said it" needs another person the bank names/,
      );
    });
  });
});
