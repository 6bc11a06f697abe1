import { describe, expect, it } from 'vitest';
import { causeClaim, causeMaker, causePrompt } from '../../../src/core/makers/cause.js';
import { createContext } from '../../../src/core/makers/context.js';
import { createRng } from '../../../src/core/rng.js';
import type { CauseFact, Question } from '../../../src/core/types.js';
import { readingBank, READING_BANK_FILE, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as CauseFact;
const mc = (f: CauseFact, seed: string, c = ctx) => {
  const q = causeMaker.build(c, f, 'multiple-choice', '1', createRng(seed)) as Question;
  if (q.type !== 'multiple-choice') throw new Error('type');
  return q;
};

describe('cause maker', () => {
  it('"Why ...?": the reason the article gives, among the author\'s wrong reasons and other reasons the article gives', () => {
    for (let i = 0; i < 40; i++) {
      const q = mc(fact('why-bridge'), `c${i}`);
      expect(q.prompt).toBe('Why does the council want the new bridge?');
      expect(q.choices[q.answer]).toBe('The old ferry can no longer carry all the traffic');
      // The authored wrong reason and the article's reason for something else: every option a claim of its own.
      expect([...q.choices].sort()).toEqual([
        'Eva Lind fears that the costs will rise',
        'The old bridge over the Alder river collapsed',
        'The old ferry can no longer carry all the traffic',
      ]);
      expect(q).toMatchObject({
        skill: 'cause-effect',
        factKind: 'cause',
        sources: [{ factId: 'why-bridge', evidence: S.why, paragraph: 7 }],
      });
    }
  });

  it('a stem from the effect when the bank writes none, by relation', () => {
    const f = fact('why-lind');
    const { question: _q, ...bare } = f;
    expect(causePrompt(bare as CauseFact)).toBe(
      'According to the article, what is the reason that Eva Lind opposed the plan?',
    );
    expect(causePrompt({ ...bare, relation: 'purpose' } as CauseFact)).toBe(
      'According to the article, Eva Lind opposed the plan. For what purpose?',
    );
    expect(causePrompt({ ...bare, relation: 'consequence' } as CauseFact)).toBe(
      'According to the article, what followed when Eva Lind opposed the plan?',
    );
    expect(causePrompt(f)).toBe('Why did Eva Lind oppose the plan?');
  });

  it("with two wrong reasons of the author's, draws none from other causes (they may be true of it too)", () => {
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) =>
        f.id === 'why-bridge'
          ? {
              ...(f as CauseFact),
              wrong: ['the old bridge over the Alder river collapsed', 'the mayor wanted a monument'],
            }
          : f,
      ),
    });
    const c = createContext(b);
    for (let i = 0; i < 20; i++) {
      const q = mc(fact('why-bridge', b), `w${i}`, c);
      expect([...q.choices].sort()).toEqual([
        'The mayor wanted a monument',
        'The old bridge over the Alder river collapsed',
        'The old ferry can no longer carry all the traffic',
      ]);
    }
  });

  it('a question only with two wrong reasons or more: one drawn reason alone makes none', () => {
    // why-lind has no authored wrong reason and only one other cause to draw from: a choice among two is none, but
    // a "Why ...?" stem asks of its effect as a clause, so the reason may be judged true or false.
    expect(causeMaker.variants(ctx, fact('why-lind'))).toEqual({ 'true-false': ['true', 'false'] });
    expect(causeMaker.variants(ctx, fact('why-bridge'))).toEqual({ 'multiple-choice': ['1'] });
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) =>
        f.id === 'why-lind' ? { ...(f as CauseFact), wrong: ['she wants the money spent on the ferry'] } : f,
      ),
    });
    expect(causeMaker.variants(createContext(b), fact('why-lind', b))).toEqual({ 'multiple-choice': ['1'] });
  });

  it('draws no wrong reason from a cause of much the same effect (it may be true of this one too)', () => {
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) =>
        f.id === 'why-lind' ? { ...(f as CauseFact), effect: 'the council really wants the new bridge' } : f,
      ),
    });
    // why-lind's effect now says what why-bridge's does: its cause is no wrong reason for why-bridge.
    const c = createContext(b);
    for (let i = 0; i < 20; i++)
      expect(mc(fact('why-bridge', b), `o${i}`, c).choices).not.toContain('Eva Lind fears that the costs will rise');
  });

  it('draws no wrong reason from a link of the same chain (two of its words in the sentence of the one asked)', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        // Why the ferry cannot carry the traffic is a reason the council wants the bridge too.
        {
          id: 'chain',
          kind: 'cause',
          evidence: S.road,
          effect: 'the old ferry can no longer carry all the traffic',
          cause: 'the town has doubled in size',
        },
      ],
    });
    const c = createContext(b);
    for (let i = 0; i < 20; i++)
      expect(mc(fact('why-bridge', b), `k${i}`, c).choices).not.toContain('The town has doubled in size');
  });

  it('draws wrong reasons only from causes of the same relation and of another effect; never the answer again', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        // A purpose is no answer to "why": never drawn for a reason.
        {
          id: 'purpose',
          kind: 'cause',
          relation: 'purpose',
          evidence: S.debate,
          effect: 'residents met',
          cause: 'to debate the plan',
        },
        // The same effect told again: its cause is right too, never a wrong option.
        {
          id: 'same-effect',
          kind: 'cause',
          evidence: S.weissMoss,
          effect: 'the council wants the bridge',
          cause: 'Dan Weiss urged it to move quickly',
        },
        // The answer in other words of case: not offered twice.
        {
          id: 'echo',
          kind: 'cause',
          evidence: S.road,
          effect: 'a road is planned',
          cause: 'The old ferry can no longer carry all the traffic.',
        },
      ],
    });
    const c = createContext(b);
    for (let i = 0; i < 40; i++) {
      const q = mc(fact('why-bridge', b), `r${i}`, c);
      expect(q.choices).not.toContain('To debate the plan');
      expect(q.choices).not.toContain('Dan Weiss urged it to move quickly');
      expect(q.choices.filter((o) => o.startsWith('The old ferry'))).toHaveLength(1);
      // The authored wrong reason always comes first.
      expect(q.choices).toContain('The old bridge over the Alder river collapsed');
    }
  });

  it('never offers the answer again with a hedge before it ("Apparently, ..."; trial 18)', () => {
    const f = {
      ...fact('why-bridge'),
      wrong: ['Apparently, the old ferry can no longer carry all the traffic', 'A storm hit the town'],
    };
    for (let i = 0; i < 20; i++) {
      const q = mc(f, `h${i}`);
      expect(q.choices.filter((o) => /old ferry can no longer/i.test(o))).toHaveLength(1);
    }
  });

  describe('true or false, when the article gives one other reason only', () => {
    // why-bridge with no stem and no wrong reason of its own: why-lind's is the one other reason.
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) => {
        if (f.id !== 'why-bridge') return f;
        const { question: _q, wrong: _w, ...rest } = f as CauseFact;
        return rest;
      }),
    });
    const c = createContext(b);
    const tf = (variant: string) => causeMaker.build(c, fact('why-bridge', b), 'true-false', variant, createRng('t'));

    it('claims the reason the article gives, or the other reason set in its place', () => {
      expect(causeMaker.variants(c, fact('why-bridge', b))).toEqual({ 'true-false': ['true', 'false'] });
      expect(tf('true')).toMatchObject({
        prompt:
          'According to the article, this is why the council wants the bridge: the old ferry can no longer carry all the traffic.',
        answer: true,
        skill: 'cause-effect',
      });
      expect(tf('false')).toMatchObject({
        prompt:
          'According to the article, this is why the council wants the bridge: Eva Lind fears that the costs will rise.',
        answer: false,
      });
    });

    it('a reason someone gives is theirs: "According to Kargbo, ..."', () => {
      const reported = { ...fact('why-bridge', b), effect: 'Kargbo said the council wants the bridge' };
      expect(causePrompt(reported)).toBe('According to Kargbo, what is the reason that the council wants the bridge?');
      expect(causeMaker.build(c, reported, 'true-false', 'true', createRng('t')).prompt).toBe(
        'According to Kargbo, this is why the council wants the bridge: the old ferry can no longer carry all the traffic.',
      );
      // A word the article writes with its capital inside a sentence is a name ("the Alder river"; trial 15's
      // claim had printed "mars").
      const named = { ...fact('why-bridge', b), cause: 'Alder river floods made the ferry too slow' };
      expect(causeMaker.build(c, named, 'true-false', 'true', createRng('t')).prompt).toMatch(
        /: Alder river floods made the ferry too slow\.$/,
      );
      // A reason someone added is theirs too.
      const added = { ...fact('why-bridge', b), effect: 'Bennett added that the council wants the bridge' };
      expect(causePrompt(added)).toBe('According to Bennett, what is the reason that the council wants the bridge?');
      // A function word is never a name, whatever the article capitalises after it ("According to The Guardian").
      const the = { ...fact('why-bridge', b), cause: 'The Alder river floods made the ferry too slow' };
      expect(causeMaker.build(c, the, 'true-false', 'true', createRng('t')).prompt).toMatch(
        /: the Alder river floods made the ferry too slow\.$/,
      );
      // A title before a name keeps its capital inside the sentence.
      const titled = { ...reported, effect: 'Kargbo said President Koroma was not told about the bridge' };
      expect(causeMaker.build(c, titled, 'true-false', 'true', createRng('t')).prompt).toBe(
        'According to Kargbo, this is why President Koroma was not told about the bridge: the old ferry can no longer carry all the traffic.',
      );
    });

    it('a drafted "what drove ...?" puts a reason in the place of "what" only when it is a noun phrase', () => {
      const drove = (other: string) =>
        readingBank({
          facts: [
            ...READING_BANK_FILE.facts.filter((f) => f.kind !== 'cause'),
            {
              id: 'drove',
              kind: 'cause',
              evidence: S.why,
              effect: 'the council to build the bridge',
              cause: 'heavy traffic',
              question: 'According to the article, what drove the council to build the bridge?',
            },
            { id: 'other', kind: 'cause', evidence: S.lindWhy, effect: 'Eva Lind opposed the plan', cause: other },
          ],
        });
      const nb = drove('rising costs');
      const nc = createContext(nb);
      expect(causeMaker.build(nc, fact('drove', nb), 'true-false', 'false', createRng('t')).prompt).toBe(
        'According to the article, rising costs drove the council to build the bridge.',
      );
      // "the costs will rise drove the council ..." is no sentence: no true/false at all.
      const cb = drove('the costs will rise');
      expect(causeMaker.variants(createContext(cb), fact('drove', cb))).toEqual({});
    });
  });

  it('no reason given that says "him" or "their" anywhere: whom it means stays in its own sentence (trial 274)', () => {
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) => {
        if (f.id === 'why-lind')
          return { ...(f as CauseFact), cause: 'helping him win what he termed a marathon election' };
        if (f.id !== 'why-bridge') return f;
        const { question: _q, wrong: _w, ...rest } = f as CauseFact;
        return rest;
      }),
    });
    const c = createContext(b);
    // Without Lind's reason to set in its place, why-bridge asks nothing until its author writes wrong reasons.
    expect(causeMaker.variants(c, fact('why-bridge', b))).toEqual({});
  });

  it('no reason given whose first word points at its own sentence ("she", "it"): away from it, whom it means is lost', () => {
    const b = readingBank({
      facts: READING_BANK_FILE.facts.map((f) =>
        f.id === 'why-lind' ? { ...(f as CauseFact), cause: 'she fears that the costs will rise' } : f,
      ),
    });
    const c = createContext(b);
    for (let i = 0; i < 20; i++)
      expect(mc(fact('why-bridge', b), `p${i}`, c).choices).not.toContain('She fears that the costs will rise');
  });

  describe('no true or false when the article gives no other reason (trials 274-321 judged every swap flawed or bad)', () => {
    // why-bridge alone, with no stem and no wrong reason of its own.
    const alone = (change: Partial<CauseFact> = {}) => {
      const b = readingBank({
        facts: READING_BANK_FILE.facts
          .filter((f) => f.kind !== 'cause' || f.id === 'why-bridge')
          .map((f) => {
            if (f.id !== 'why-bridge') return f;
            const { question: _q, wrong: _w, ...rest } = f as CauseFact;
            return { ...rest, ...change };
          }),
      });
      return { c: createContext(b), f: fact('why-bridge', b) };
    };

    it('no question, and the author is told to write wrong reasons', () => {
      for (const change of [
        {},
        // Trial 321: "this is why a snowstorm hit ...: 11 people have been left dead" was answered by common sense.
        {
          effect: '11 people have been left dead and thousands have no electricity',
          cause: 'a snowstorm hit the central area of the United States',
        },
        {
          effect: 'South Korea evacuated about 80 people in the town of Yeoncheon',
          cause: 'at least one shell landed near the area',
        },
      ]) {
        const { c, f } = alone(change);
        expect(causeMaker.variants(c, f), JSON.stringify(change)).toEqual({});
        expect(causeMaker.needs!(c, f)).toMatch(/^needs 2 wrong reasons under wrong:/);
      }
    });
  });
});

describe('a true-or-false claim set against "what causes ...?" (retrial 374)', () => {
  it('sets no clause where the question’s "what" stood, a present after "often" too', () => {
    const own = {
      ...fact('why-bridge'),
      question: 'According to the article, what causes nearly 50 percent of deaths?',
      effect: 'nearly 50 percent of deaths',
      cause: 'Storm surge',
      relation: 'reason',
    } as CauseFact;
    expect(causeClaim(ctx, own, 'Storm surge')).toBe(
      'According to the article, storm surge causes nearly 50 percent of deaths.',
    );
    expect(
      causeClaim(ctx, own, 'actions to prepare for storm surge often differ from actions to avoid wind'),
    ).toBeUndefined();
  });
});
