import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article.js';
import { createContext } from '../../../src/core/makers/context.js';
import {
  moneyLike,
  numberInText,
  quantityMaker,
  quantityPrompt,
  scaledLike,
} from '../../../src/core/makers/quantity.js';
import { minGap } from '../../../src/core/distractors.js';
import { createRng } from '../../../src/core/rng.js';
import type { QuantityFact, Question } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string) => bank.facts.find((f) => f.id === id) as QuantityFact;
/** The fact as an author who wrote no question of its own has it: a blank of its sentence may ask it. */
const unasked = (id: string): QuantityFact => {
  const { question: _q, ...rest } = fact(id);
  return rest as QuantityFact;
};
const build = (id: string, type: Question['type'], variant: string, seed = 's') =>
  quantityMaker.build(ctx, fact(id), type, variant, createRng(seed)) as Question;

/** A bank of `facts` whose article is one paragraph, `text`, under a title. */
const bankWith = (facts: QuantityFact[], text: string) => ({
  ...miniBank({ facts }),
  articleText: parseArticle(`Title\n\n${text}\n`),
});

describe('quantity maker', () => {
  it('feeds numeric, multiple choice and cloze when the evidence writes the number; never true/false', () => {
    expect(Object.keys(quantityMaker.variants(ctx, unasked('build-years'))).sort()).toEqual([
      'cloze',
      'multiple-choice',
      'numeric',
    ]);
  });

  it('asks a figure with a question of its own only by that question, never as a blank of its sentence', () => {
    // Teachers of trials 71, 73, 76, 240, 248 and 249 wrote a question and still found the blank in their quizzes;
    // trial 248's sentence showed the answer's parts ("270 fatalities, including all 259 ... and eleven ...").
    expect(fact('build-years').question).toBeDefined();
    expect(Object.keys(quantityMaker.variants(ctx, fact('build-years'))).sort()).toEqual([
      'multiple-choice',
      'numeric',
    ]);
  });

  it('offers no multiple choice for a figure with no wrong option below it: "1" would always be a) (trial 46)', () => {
    const one: QuantityFact = { ...fact('build-years'), value: 1, text: undefined };
    expect(quantityMaker.variants(ctx, one)['multiple-choice']).toBeUndefined();
    expect(quantityMaker.variants(ctx, one).numeric).toEqual(['1']);
  });

  it('makes no true/false or cloze without the number as the sentence writes it', () => {
    const { text: _t, ...noText } = fact('cost');
    const v = quantityMaker.variants(ctx, noText as QuantityFact);
    expect(v['true-false']).toBeUndefined();
    expect(v.cloze).toBeUndefined();
    expect(v.numeric).toEqual(['1']);
  });

  it('no blank for a number written in words that are no number ("doubled"): too many right ways to write it', () => {
    const odd: QuantityFact = { ...fact('ferry-years'), value: 2, unit: 'times', text: 'doubled' };
    const v = quantityMaker.variants(ctx, odd);
    expect(v['true-false']).toBeUndefined();
    expect(v.cloze).toBeUndefined();
    expect(v.numeric).toEqual(['1']);
    // The same sentence with its number word ("ten") does get a blank.
    expect(quantityMaker.variants(ctx, unasked('ferry-years')).cloze).toEqual(['1']);
  });

  it('no cloze in a sentence that opens with a pronoun or runs over 30 words: it cannot be read on its own', () => {
    // "It will carry up to _____ vehicles a day": what will?
    expect(quantityMaker.variants(ctx, fact('vehicles')).cloze).toBeUndefined();
    expect(quantityMaker.variants(ctx, fact('vehicles')).numeric).toEqual(['1']);
    const sentence =
      'The bridge, which the council first discussed in 1998 and which builders from Northbay will start in the spring once the regional government has paid its half, will cost 12 million euros in all.';
    expect(sentence.split(' ').length).toBeGreaterThan(30);
    const long: QuantityFact = {
      id: 'long',
      kind: 'quantity',
      value: 12,
      unit: 'million euros',
      counts: 'million euros',
      text: '12',
      evidence: sentence,
    };
    const longBank = bankWith([long], sentence);
    expect(quantityMaker.variants(createContext(longBank), long).cloze).toBeUndefined();
    expect(quantityMaker.variants(ctx, unasked('cost')).cloze).toEqual(['1']);
  });

  it("no cloze when the fact has a question, whatever it names (trial 76's named what the sentence left out)", () => {
    const sentence = 'The ice-covered Jovian moon generates 1,000 tons of oxygen every 24 hours.';
    const base: QuantityFact = {
      id: 'oxygen',
      kind: 'quantity',
      value: 1000,
      unit: 'tons',
      counts: 'tons of oxygen',
      text: '1,000',
      evidence: sentence,
    };
    const named = { ...base, question: 'How many tons of oxygen does Europa generate every 24 hours?' };
    const plain = { ...base, question: 'How many tons of oxygen does the moon generate every 24 hours?' };
    for (const [f, cloze] of [
      [named, undefined],
      [plain, undefined],
      [base, ['1']],
    ] as const) {
      const bank = bankWith([f], sentence);
      expect(quantityMaker.variants(createContext(bank), f).cloze).toEqual(cloze);
    }
  });

  it('cloze: a blank for "1" leaves the noun after it open, "death(s)", so the singular gives nothing away (trial 46)', () => {
    const sentence = 'Hospital reports early on Saturday morning indicate 1 death, an elderly lady from Glasgow.';
    const one: QuantityFact = {
      id: 'deaths',
      kind: 'quantity',
      value: 1,
      unit: 'deaths',
      counts: 'deaths hospital reports indicate',
      text: '1',
      evidence: sentence,
    };
    const oneBank = bankWith([one], sentence);
    const q = quantityMaker.build(createContext(oneBank), one, 'cloze', '1', createRng('s')) as Question;
    expect(q.prompt).toContain('indicate _____ death(s), an elderly lady');
  });

  it('asks two figures with the same label only as blanks that show their sentences (retrial 48)', () => {
    const first = 'The hole was 25 meters wide at the top a week ago.';
    const second = 'The hole is now 20 meters wide at the top.';
    const fact = (id: string, value: number, evidence: string, text: string): QuantityFact => ({
      id,
      kind: 'quantity',
      value,
      unit: 'meters',
      counts: 'meters wide at the top',
      text,
      evidence,
    });
    const a = fact('wide-25', 25, first, '25');
    const b = fact('wide-20', 20, second, '20');
    const twins = bankWith([a, b], `${first} ${second}`);
    const v = quantityMaker.variants(createContext(twins), a);
    expect(Object.keys(v).sort()).toEqual(['cloze']);
    // With its own question, a figure is told apart and asked every way.
    const asked = { ...twins, facts: [{ ...a, question: 'How wide was the hole at the top a week ago?' }, b] };
    expect(quantityMaker.variants(createContext(asked), asked.facts[0] as QuantityFact).numeric).toEqual(['1']);
  });

  it('numeric: a hedged figure accepts answers on one side only ("up to 9,000" never 9,500)', () => {
    const side = (precision: QuantityFact['precision'], tolerance = 500) => {
      const q = quantityMaker.build(
        ctx,
        { ...fact('vehicles'), precision, tolerance },
        'numeric',
        '1',
        createRng('n'),
      ) as Question;
      if (q.type !== 'numeric') throw new Error('type');
      return q.toleranceSide;
    };
    expect(side('up to')).toBe('below');
    expect(side('just under')).toBe('below');
    expect(side('less than')).toBe('below');
    expect(side('more than')).toBe('above');
    expect(side('at least')).toBe('above');
    expect(side('about')).toBeUndefined();
    expect(side('exact')).toBeUndefined();
    expect(side(undefined)).toBeUndefined();
    // No tolerance, nothing to place on a side.
    expect(side('up to', 0)).toBeUndefined();
  });

  it('cloze on a number written in other words accepts only those words', () => {
    const odd: QuantityFact = { ...fact('vehicles'), value: 9001, unit: 'vehicles', text: '9,000' };
    const q = quantityMaker.build(ctx, odd, 'cloze', '1', createRng('c')) as Question;
    expect(q).toMatchObject({ answer: '9,000', accept: ['9,000'] });
  });

  it('reads numbers as articles write them', () => {
    expect(numberInText('8,500')).toBe(8500);
    expect(numberInText('five')).toBe(5);
    expect(numberInText('1.5')).toBe(1.5);
    expect(numberInText('an hour and a half')).toBeUndefined();
  });

  it('asks the bank question, or a readable fallback built from what the number counts', () => {
    expect(quantityPrompt(fact('cost'))).toBe('How many million euros will the bridge cost?');
    const { question: _q, ...bare } = fact('vehicles');
    expect(quantityPrompt(bare as QuantityFact)).toBe(
      'The article gives the vehicles the bridge will carry a day as “up to …”. What is the figure?',
    );
    // Counts that open on "the" take no second one (trial 409 read "the the local unemployment rate").
    expect(quantityPrompt({ ...(bare as QuantityFact), counts: 'the local unemployment rate' })).toBe(
      'The article gives the local unemployment rate as “up to …”. What is the figure?',
    );
  });

  it('numeric: the value, tolerance 0 by default, the unit, the evidence sentence and paragraph', () => {
    const q = build('vehicles', 'numeric', '1');
    expect(q).toMatchObject({ type: 'numeric', answer: 9000, tolerance: 0, unit: 'vehicles', paragraph: 2, points: 1 });
    expect(q.evidence).toBe('It will carry up to 9,000 vehicles a day, the council said.');
  });

  it('multiple choice: four ascending whole-number options spaced apart, the answer among them', () => {
    for (let i = 0; i < 200; i++) {
      const q = build('build-years', 'multiple-choice', '1', `mc${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      const values = q.choices.map(Number);
      expect(values).toHaveLength(4);
      expect(values[q.answer]).toBe(3);
      for (let j = 1; j < values.length; j++)
        expect(values[j]! - values[j - 1]!).toBeGreaterThanOrEqual(minGap(3, 'years'));
      for (const v of values) expect(Number.isInteger(v) && v > 0).toBe(true);
    }
  });

  it('multiple choice offers the other figure of the same unit in the bank', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const q = build('build-years', 'multiple-choice', '1', `fig${i}`);
      if (q.type === 'multiple-choice') q.choices.forEach((c) => seen.add(c));
    }
    expect(seen.has('10')).toBe(true);
  });

  it('years stay plausible four-digit years near the answer', () => {
    for (let i = 0; i < 100; i++) {
      const q = build('first-asked', 'multiple-choice', '1', `y${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      for (const c of q.choices) {
        expect(c).toMatch(/^\d{4}$/);
        expect(Math.abs(Number(c) - 1998)).toBeLessThanOrEqual(30);
      }
    }
  });

  it("no true/false: its true version would be the article's sentence word for word", () => {
    for (const f of bank.facts.filter((x): x is QuantityFact => x.kind === 'quantity'))
      expect(quantityMaker.variants(ctx, f)['true-false'], f.id).toBeUndefined();
    expect(() => build('build-years', 'true-false', 'true')).toThrow(/no true-false/);
  });

  it('cloze: the evidence with the number blanked; digits and words both accepted', () => {
    const q = build('build-years', 'cloze', '1');
    expect(q).toMatchObject({
      prompt: 'Fill in the blank: The bridge will cost 12 million euros and take _____ years to build.',
      answer: 'three',
      accept: ['three', '3'],
    });
  });

  it('cloze accepts a thousands figure written 8,500, 8500 or 8 500', () => {
    const sentence = 'The new bridge will carry 8,500 cars a day.';
    const cars: QuantityFact = {
      id: 'cars',
      kind: 'quantity',
      value: 8500,
      unit: 'cars',
      counts: 'cars a day',
      text: '8,500',
      evidence: sentence,
    };
    const b = bankWith([cars], sentence);
    const c = createContext(b);
    expect(quantityMaker.variants(c, cars).cloze).toEqual(['1']);
    const q = quantityMaker.build(c, cars, 'cloze', '1', createRng('k')) as Question;
    if (q.type !== 'cloze') throw new Error('type');
    expect(q.prompt).toBe('Fill in the blank: The new bridge will carry _____ cars a day.');
    expect(q.answer).toBe('8,500');
    for (const typed of ['8,500', '8500', '8 500']) expect(q.accept, typed).toContain(typed);
  });

  it('the fixture itself is a valid bank', async () => {
    const { checkBank } = await import('../../../src/core/check-bank.js');
    expect(checkBank(MINI_BANK_FILE, bank.articleText)).toEqual([]);
  });

  it('never offers a figure the prompt itself shows: the reader sees it is not the blank', () => {
    const ARTICLE =
      'Storm hits town\n\nThe storm killed 12 people and injured 40 in Riverton.\n\nAbout 40 homes lost power.\n';
    const killed: QuantityFact = {
      id: 'killed',
      kind: 'quantity',
      value: 12,
      unit: 'people',
      counts: 'people killed',
      text: '12',
      question:
        'Which number fills the blank in this sentence from the article: “The storm killed _____ people and injured 40 in Riverton.”',
      evidence: 'The storm killed 12 people and injured 40 in Riverton.',
    };
    const injured: QuantityFact = {
      ...killed,
      id: 'injured',
      value: 40,
      text: '40',
      counts: 'people injured',
      question: undefined,
    };
    const b = { ...miniBank(), articleText: parseArticle(ARTICLE), facts: [killed, injured] };
    const c = createContext(b);
    for (let i = 0; i < 50; i++) {
      const q = quantityMaker.build(c, killed, 'multiple-choice', '1', createRng(`p${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).not.toContain('40');
      expect(q.choices[q.answer]).toBe('12');
    }
    // Asked without showing it, 40 is the first wrong figure the bank offers.
    const plain = { ...killed, question: undefined };
    const options = Array.from(
      { length: 20 },
      (_, i) => quantityMaker.build(c, plain, 'multiple-choice', '1', createRng(`q${i}`)) as Question,
    );
    expect(options.some((q) => q.type === 'multiple-choice' && q.choices.includes('40'))).toBe(true);
  });

  it('shows no unit for "number", the placeholder a draft writes when nothing follows the figure', () => {
    const bare: QuantityFact = { ...fact('build-years'), unit: 'number' };
    const numeric = quantityMaker.build(ctx, bare, 'numeric', '1', createRng('u')) as Question;
    expect(numeric).toMatchObject({ type: 'numeric', unit: '' });
    const mc = quantityMaker.build(ctx, bare, 'multiple-choice', '1', createRng('u')) as Question;
    if (mc.type !== 'multiple-choice') throw new Error('type');
    for (const c of mc.choices) expect(c).not.toMatch(/number/);
  });

  it('no blank in a sentence whose "they" has no antecedent, a connective before it or not', () => {
    const ARTICLE =
      'Old probes\n\nThe probes left Earth long ago.\n\nSo they have been flying for more than 47 years.\n';
    const f: QuantityFact = {
      id: 'years',
      kind: 'quantity',
      value: 47,
      unit: 'years',
      counts: 'years the probes have been flying',
      text: '47',
      evidence: 'So they have been flying for more than 47 years.',
    };
    const b = { ...miniBank(), articleText: parseArticle(ARTICLE), facts: [f] };
    expect(quantityMaker.variants(createContext(b), f).cloze).toBeUndefined();
  });

  it('no blank in a sentence whose subject after a short opening phrase points elsewhere ("Every 30 minutes, that line ...")', () => {
    const ARTICLE =
      'Fences\n\nThe rancher drew a virtual line across the field.\n\n“And every 30 minutes, that line will move down.”\n';
    const f: QuantityFact = {
      id: 'minutes',
      kind: 'quantity',
      value: 30,
      unit: 'minutes',
      counts: 'minutes between moves of the line',
      text: '30',
      evidence: '“And every 30 minutes, that line will move down.”',
    };
    const b = { ...miniBank(), articleText: parseArticle(ARTICLE), facts: [f] };
    expect(quantityMaker.variants(createContext(b), f).cloze).toBeUndefined();
  });

  it('writes money options the way the article writes the amount ("$9.9 million", not "9,900,000")', () => {
    expect(moneyLike(11_900_000, '$9.9 million')).toBe('$11.9 million');
    expect(moneyLike(60, '$50')).toBe('$60');
    expect(moneyLike(2_500_000_000, '€2bn')).toBe('€2.5 billion');
    expect(moneyLike(12, 'twelve')).toBeUndefined();
    // Each in the scale that suits it (trial 13: "$0.367 billion" beside "$1.1 billion").
    expect(moneyLike(367_000_000, '$1.1 billion')).toBe('$367 million');
    expect(moneyLike(7e12, 'US$5 trillion')).toBe('US$7 trillion');
  });
});

describe('scaledLike', () => {
  it('writes an option in the scale word the article used ("5,390 billion"), or not at all', () => {
    expect(scaledLike(1_140_000_000_000, '5,390 billion')).toBe('1,140 billion');
    expect(scaledLike(5_390_000_000_000, '5,390 billion')).toBe('5,390 billion');
    expect(scaledLike(1_140, '1,140')).toBeUndefined();
  });
});

describe('a hedged figure with no question of its own (trial 118)', () => {
  it('quotes the hedge as the article writes it, not the precision’s name', () => {
    const fact = {
      id: 'gallons-5000',
      kind: 'quantity' as const,
      evidence: 'A spill of approximately 5,000 gallons of fuel from the freight train was reported.',
      value: 5000,
      counts: 'gallons of fuel spilled',
      unit: 'gallons',
      precision: 'about' as const,
      text: '5,000',
    };
    expect(quantityPrompt(fact)).toBe(
      'The article gives the gallons of fuel spilled as “approximately …”. What is the figure?',
    );
    expect(quantityPrompt({ ...fact, evidence: 'A spill of 5,000 gallons was reported.' })).toContain('“about …”');
  });
});

describe('a figure the prompt writes in words is no option (trial 290)', () => {
  it('"with _____ seats, and the Third Front won sixty seats" never offers 60 among its options', () => {
    const sentence =
      'The Bharatiya Janata Party came in a distant second, with 154 seats, and the Third Front won sixty seats.';
    const second: QuantityFact = {
      id: 'seats-154',
      kind: 'quantity',
      value: 154,
      unit: 'seats',
      counts: 'seats the Bharatiya Janata Party won',
      text: '154',
      // The drafter's blank question, as trial 290's draft had it: the sentence shows "sixty".
      question: `Which number fills the blank in this sentence from the article: “${sentence.replace('154', '_____')}”`,
      evidence: sentence,
    };
    const front: QuantityFact = {
      id: 'seats-60',
      kind: 'quantity',
      value: 60,
      unit: 'seats',
      counts: 'seats the Third Front won',
      text: 'sixty',
      question: 'How many seats did the Third Front win?',
      evidence: sentence,
    };
    const b = bankWith([second, front], sentence);
    const c = createContext(b);
    for (let i = 0; i < 30; i++) {
      const q = quantityMaker.build(c, second, 'multiple-choice', '1', createRng(`s${i}`)) as { choices: string[] };
      expect(q.choices, `s${i}`).toContain('154');
      expect(q.choices, `s${i}`).not.toContain('60');
    }
  });
});
