import { describe, expect, it } from 'vitest';
import { findSentence, sentencePosition } from '../../../src/core/article.js';
import { createContext } from '../../../src/core/makers/context.js';
import { matchingMaker } from '../../../src/core/makers/matching.js';
import { orderingMaker } from '../../../src/core/makers/ordering.js';
import { createRng } from '../../../src/core/rng.js';
import type { ActionFact, EventFact, Question, RoleFact, StatementFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';
import { MORE_ACTIONS } from '../fixtures/more-actions.js';
import { readingBank } from '../fixtures/reading-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const byId = (id: string) => bank.facts.find((f) => f.id === id)!;

describe('matching: who did what', () => {
  const abank = miniBank({ facts: [...MINI_BANK_FILE.facts, ...MORE_ACTIONS] });
  const actx = createContext(abank);
  const actions = abank.facts.filter((f): f is ActionFact => f.kind === 'action');
  const roles = abank.facts.filter((f): f is RoleFact => f.kind === 'role');
  const act = (id: string) => actions.find((f) => f.id === id)!;
  const nameOf = (f: ActionFact) => abank.entities.find((e) => e.id === f.actor)!.name;
  const shown = (text: string) => text.replace(/^./, (c) => c.toUpperCase()).replace(/'/g, '\u2019');

  it('pairs each actor with what the article says they did; both columns shuffled; the anchor first in factIds; 2 points', () => {
    const lefts = new Set<string>();
    const anchor = act('okafor-warned-act');
    for (let i = 0; i < 100; i++) {
      const q = matchingMaker.build(
        actx,
        anchor,
        actions.filter((r) => r !== anchor),
        createRng(`m${i}`),
      ) as Question;
      if (q.type !== 'matching') throw new Error('type');
      expect(q.factIds[0]).toBe('okafor-warned-act');
      expect(q.points).toBe(2);
      expect(q.prompt).toBe('Match each one to what the article says they did. One option on the right is left over.');
      expect(q.left).toHaveLength(3);
      expect(q.left).toContain('Ben Okafor');
      q.left.forEach((name, j) => {
        const fact = actions.find((r) => nameOf(r).toLowerCase() === name.toLowerCase())!;
        expect(q.right[q.answer[j]!]).toBe(shown(fact.action));
      });
      lefts.add(q.left.join('|'));
      // Rows that line up would answer themselves.
      expect(q.answer.every((r, j) => r === j)).toBe(false);
    }
    expect(lefts.size).toBeGreaterThan(10);
  });

  it("needs three pairs plus a spare action; every fact used is a source, the spare's sentence too, each with its own paragraph", () => {
    expect(matchingMaker.build(actx, actions[0]!, actions.slice(1, 2), createRng('x'))).toBeUndefined();
    // Three actions in all: three rows would leave no spare, two rows are too few.
    expect(matchingMaker.build(actx, actions[0]!, actions.slice(1, 3), createRng('x'))).toBeUndefined();
    const q = matchingMaker.build(actx, actions[0]!, actions.slice(1, 4), createRng('x')) as Question;
    if (q.type !== 'matching') throw new Error('type');
    expect(q.left).toHaveLength(3);
    expect(q.right).toHaveLength(4);
    // The spare action's sentence shows it is no one's on the left: it is a source, and no other question may use it.
    expect(q.factIds).toHaveLength(4);
    expect(q.sources).toHaveLength(4);
    expect(q.sources.map((s) => s.factId).sort()).toEqual([...q.factIds].sort());
    for (const s of q.sources) {
      const f = actions.find((r) => r.id === s.factId)!;
      expect(s.evidence).toBe(f.evidence);
      expect(s.paragraph).toBe(findSentence(abank.articleText, f.evidence)!.paragraph);
    }
    expect(q.sources.map((s) => s.paragraph)).toEqual([...q.sources.map((s) => s.paragraph)].sort((a, b) => a - b));
    expect(q.evidence).toBe(q.sources[0]!.evidence);
    expect(q.paragraph).toBe(q.sources[0]!.paragraph);
  });

  it('the right column holds one action more than the left: the last pair never comes free', () => {
    for (let i = 0; i < 100; i++) {
      const q = matchingMaker.build(actx, actions[0]!, actions.slice(1), createRng(`spare${i}`)) as Question;
      if (q.type !== 'matching') throw new Error('type');
      expect(q.right.length).toBe(q.left.length + 1);
      // Every row has a partner and no two rows share one: exactly one action is left over.
      expect(new Set(q.answer).size).toBe(q.left.length);
    }
  });

  it('one row per actor: a second action of the same actor is never in the same question', () => {
    const again: ActionFact = {
      id: 'lind-said',
      kind: 'action',
      actor: 'eva-lind',
      action: 'called the plan reckless',
      evidence: 'Eva Lind, the head of the opposition, said the plan was “reckless”.',
    };
    for (let i = 0; i < 60; i++) {
      const q = matchingMaker.build(
        actx,
        act('lind-against'),
        [...actions.filter((f) => f.id !== 'lind-against'), again],
        createRng(`same${i}`),
      ) as Question;
      expect(q.factIds).not.toContain('lind-said');
    }
  });

  it('a deed two actors did together is never a spare or a crossed pair: only one pairing is right', () => {
    // "Erdoğan and Basbug held crisis talks": the drafter writes the deed once per doer (retrial 19's quiz
    // left "held crisis talks" over beside Basbug, of whom it was true).
    const [a, b] = [actions[0]!, actions[1]!];
    const joint: ActionFact[] = [a.actor, b.actor].map((actor, k) => ({
      id: `joint-${k}`,
      kind: 'action',
      actor,
      action: 'held joint talks about the bridge',
      // A sentence of its own, so that it can stand beside any other action.
      evidence: abank.facts.find((f) => f.kind !== 'action' && !actions.some((x) => x.evidence === f.evidence))!
        .evidence,
    }));
    const pool = [...actions, ...joint];
    let withJoint = 0;
    for (let i = 0; i < 200; i++) {
      const anchor = pool[i % pool.length]!;
      const q = matchingMaker.build(
        actx,
        anchor,
        pool.filter((f) => f !== anchor),
        createRng(`joint${i}`),
      );
      if (!q || q.type !== 'matching') continue;
      const facts = q.factIds.map((id) => pool.find((f) => f.id === id)!);
      if (!facts.some((f) => f.id.startsWith('joint-'))) continue;
      withJoint++;
      const actors = facts.map((f) => f.actor);
      // No deed shown is the deed of two actors of this question.
      for (const f of facts)
        expect(
          pool.filter((o) => o.action === f.action && actors.includes(o.actor)),
          f.id,
        ).toHaveLength(1);
    }
    expect(withJoint).toBeGreaterThan(10);
  });

  it('roles are never matched: knowing a job title tests no reading', () => {
    for (const r of roles) expect(matchingMaker.eligible(actx, r), r.id).toBe(false);
    for (const a of actions) expect(matchingMaker.eligible(actx, a), a.id).toBe(true);
    expect(matchingMaker.eligible(actx, { ...actions[0]!, actor: 'nobody' })).toBe(false);
    for (let i = 0; i < 30; i++) {
      const q = matchingMaker.build(
        actx,
        actions[0]!,
        [...actions.slice(1), ...roles],
        createRng(`role${i}`),
      ) as Question;
      if (q.type !== 'matching') throw new Error('type');
      for (const id of q.factIds) expect(actions.map((f) => f.id)).toContain(id);
      for (const r of roles) expect(q.right.map((x) => x.toLowerCase())).not.toContain(r.role.toLowerCase());
    }
  });
});

describe('ordering', () => {
  const reading = readingBank();
  const rctx = createContext(reading);
  const events = reading.facts.filter((f): f is EventFact => f.kind === 'event');
  const event = (id: string) => events.find((e) => e.id === id)!;

  it('three events; the answer is their time order, never their order in the article; never shown in either order', () => {
    const byText = (text: string) => events.find((e) => e.text.replace(/\.$/, '') === text)!;
    let toldOutOfOrder = 0;
    let built = 0;
    for (let i = 0; i < 200; i++) {
      const q = orderingMaker.build(
        rctx,
        event('ev-vote'),
        events.filter((e) => e.id !== 'ev-vote'),
        createRng(`o${i}`),
      ) as Question | undefined;
      // A group whose time order is the article's order is rejected.
      if (q === undefined) continue;
      built++;
      if (q.type !== 'ordering') throw new Error('type');
      expect(q.prompt).toBe('Put these in time order, earliest first.');
      expect(q.items).toHaveLength(3);
      expect(q).toMatchObject({ skill: 'sequence', factKind: 'event', points: 2 });
      const times = q.answer.map((j) => byText(q.items[j]!).order);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(3);
      expect(q.items.map((t) => byText(t).order)).not.toEqual(times);
      expect([...q.answer].sort()).toEqual(q.items.map((_, j) => j));
      // Each event's own sentence is a source.
      expect(q.sources.map((s) => s.factId).sort()).toEqual([...q.factIds].sort());
      const told = q.answer.map((j) => sentencePosition(reading.articleText, byText(q.items[j]!).evidence));
      if (told.some((p, k) => k > 0 && p < told[k - 1]!)) toldOutOfOrder++;
    }
    // The vote is told first but happened after the 1998 request and the debate: many groups differ from the telling,
    // and only those are asked.
    expect(built).toBeGreaterThan(50);
    expect(toldOutOfOrder).toBe(built);
  });

  it('built from events only: statements, actions and quantities never make an ordering', () => {
    expect(orderingMaker.eligible(rctx, event('ev-vote'))).toBe(true);
    for (const f of reading.facts.filter((x) => x.kind !== 'event'))
      expect(orderingMaker.eligible(rctx, f), f.id).toBe(false);
    const statements = bank.facts.filter((f): f is StatementFact => f.kind === 'statement');
    expect(
      orderingMaker.build(
        ctx,
        byId('builders'),
        statements.filter((s) => s.id !== 'builders'),
        createRng('s'),
      ),
    ).toBeUndefined();
  });

  it('prefers a group the article tells out of time order, and asks none told in time order', () => {
    // The debate is told last but happened before the builders and the road: a group with it is chosen whatever
    // the seed, never vote, builders, road, which the article tells in time order (trials 131, 137-140).
    for (let i = 0; i < 30; i++) {
      const q = orderingMaker.build(
        rctx,
        event('ev-vote'),
        [event('ev-builders'), event('ev-road'), event('ev-debate')],
        createRng(`pref${i}`),
      )!;
      expect(q.factIds).toContain('ev-debate');
    }
    // Vote, builders, road: told in time order, the only group of these three: where each sentence sits would
    // answer it (re-runs 137 and 138 judged every such question flawed). The 1998 request is told before the
    // builders and the road too.
    for (let i = 0; i < 30; i++)
      expect(
        orderingMaker.build(rctx, event('ev-vote'), [event('ev-builders'), event('ev-road')], createRng(`told${i}`)),
      ).toBeUndefined();
    expect(
      orderingMaker.build(rctx, event('ev-asked'), [event('ev-builders'), event('ev-road')], createRng('told')),
    ).toBeUndefined();
  });

  it('takes events of distinct times and distinct sentences only', () => {
    const same: EventFact = {
      id: 'same',
      kind: 'event',
      text: 'The council met.',
      order: 6,
      evidence: event('ev-vote').evidence,
    };
    const sameTime: EventFact = {
      id: 'same-time',
      kind: 'event',
      text: 'Residents wrote letters.',
      order: 2,
      evidence: 'Riverton first asked for a bridge in 1998.',
    };
    for (let i = 0; i < 50; i++) {
      const q = orderingMaker.build(
        rctx,
        event('ev-vote'),
        [same, sameTime, event('ev-debate'), event('ev-road')],
        createRng(`d${i}`),
      )!;
      expect(q.factIds).not.toContain('same');
      expect(q.factIds.includes('same-time') && q.factIds.includes('ev-debate')).toBe(false);
    }
    expect(orderingMaker.build(rctx, event('ev-vote'), [same, event('ev-road')], createRng('few'))).toBeUndefined();
  });
});
