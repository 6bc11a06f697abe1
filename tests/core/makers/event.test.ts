import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { eventMaker, FIRST_PROMPT } from '../../../src/core/makers/event.js';
import { createRng } from '../../../src/core/rng.js';
import type { EventFact, Question } from '../../../src/core/types.js';
import { readingBank, READING_BANK_FILE, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as EventFact;
const events = bank.facts.filter((f): f is EventFact => f.kind === 'event');

describe('event maker', () => {
  it('"Which of these happened first?": the event among two later ones; every option\'s sentence is a source', () => {
    const offered = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const q = eventMaker.build(ctx, fact('ev-asked'), 'multiple-choice', 'first', createRng(`e${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe(FIRST_PROMPT);
      expect(q.choices).toHaveLength(3);
      expect(q.choices[q.answer]).toBe('Riverton asked for a bridge');
      // The answer is the earliest of the three by the bank's time order.
      const order = q.choices.map((c) => events.find((e) => e.text.replace(/\.$/, '') === c)!.order);
      expect(Math.min(...order)).toBe(order[q.answer]);
      expect(new Set(order).size).toBe(3);
      expect(q.skill).toBe('sequence');
      expect(q.factIds[0]).toBe('ev-asked');
      expect(q.sources).toHaveLength(3);
      // One source per event, in article order, each with its own paragraph.
      const ids = q.sources.map((s) => s.factId);
      expect(q.sources.map((s) => s.paragraph)).toEqual([...q.sources.map((s) => s.paragraph)].sort((a, b) => a - b));
      expect(new Set(ids)).toEqual(new Set(q.factIds));
      for (const s of q.sources) expect(s.evidence).toBe(events.find((e) => e.id === s.factId)!.evidence);
      q.choices.forEach((c) => offered.add(c));
    }
    expect(offered.size).toBe(5);
  });

  it('offered only when two later events of distinct times and sentences exist, one of them told before the answer', () => {
    expect(eventMaker.variants(ctx, fact('ev-asked'))).toEqual({ 'multiple-choice': ['first'] });
    expect(eventMaker.variants(ctx, fact('ev-debate'))).toEqual({ 'multiple-choice': ['first'] });
    // The vote is told first and every later event after it: the order of the telling would answer it.
    expect(eventMaker.variants(ctx, fact('ev-vote'))).toEqual({});
    for (let i = 0; i < 40; i++) {
      const q = eventMaker.build(ctx, fact('ev-asked'), 'multiple-choice', 'first', createRng(`told${i}`)) as Question;
      const told = q.factIds.map((id) => ctx.position(events.find((e) => e.id === id)!.evidence));
      expect(Math.min(...told.slice(1))).toBeLessThan(told[0]!);
    }
    // Only one event is later than the builders: no question.
    expect(eventMaker.variants(ctx, fact('ev-builders'))).toEqual({});
    expect(eventMaker.variants(ctx, fact('ev-road'))).toEqual({});
    // What lint then says each one needs: not "too thin", but why.
    expect(eventMaker.needs!(ctx, fact('ev-vote'))).toMatch(
      /told in time order, the order of the telling would answer it/,
    );
    expect(eventMaker.needs!(ctx, fact('ev-builders'))).toMatch(
      /needs 2 later events from other sentences \(the bank has [01]\)/,
    );
  });

  it('never sets events of the same time, or of the same sentence, against each other', () => {
    const b = readingBank({
      facts: READING_BANK_FILE.facts
        .map((f) => {
          // The road now shares the builders' time; the vote's sentence also tells a second event.
          if (f.id === 'ev-road') return { ...f, order: 4 };
          return f;
        })
        .concat([
          { id: 'ev-plan', kind: 'event', evidence: S.lede, text: 'The council planned the bridge.', order: 5 },
        ]),
    });
    const c = createContext(b);
    // Later than the vote: builders and road (one time: one of them) and the plan (the vote's own sentence): one left.
    expect(eventMaker.variants(c, fact('ev-vote', b))).toEqual({});
    for (let i = 0; i < 40; i++) {
      const q = eventMaker.build(c, fact('ev-debate', b), 'multiple-choice', 'first', createRng(`s${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      const picked = q.factIds.map((id) => b.facts.find((f) => f.id === id) as EventFact);
      expect(new Set(picked.map((e) => e.order)).size).toBe(3);
    }
  });

  it('never offers two events told in the same words (they would be two equal options)', () => {
    const b = readingBank({
      facts: [
        ...READING_BANK_FILE.facts,
        {
          id: 'ev-road-again',
          kind: 'event',
          evidence: S.why,
          text: 'Builders from Northbay will start work.',
          order: 6,
        },
      ],
    });
    const c = createContext(b);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const q = eventMaker.build(c, fact('ev-asked', b), 'multiple-choice', 'first', createRng(`t${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(new Set(q.choices).size, q.choices.join(' | ')).toBe(3);
      seen.add(q.factIds.join());
    }
    // Both copies were there to offer: the builders' event still turns up, but never twice in one question.
    expect([...seen].some((ids) => ids.includes('ev-builders') || ids.includes('ev-road-again'))).toBe(true);
  });

  it('multiple choice only (orderings are made by the ordering maker)', () => {
    expect(() => eventMaker.build(ctx, fact('ev-asked'), 'ordering', '1', createRng('x'))).toThrow(/no ordering/);
  });
});
