// Matching: who did what. Actors on the left, what the article says each did on the right, both
// shuffled, with one action more on the right than actors on the left (what someone not listed did), so
// the last pair never comes free. Role titles are not matched: knowing a job title tests no reading.
import type { ActionFact } from '../types.js';
import { asItem, baseOf, displayName, finishPrompt, fold } from './context.js';
import { chooseGroup, type GroupMaker } from './group.js';

/** Pairs shown; one more action is shown as the spare. */
const PAIRS = 3;

export const matchingMaker: GroupMaker = {
  type: 'matching',
  min: 3,
  eligible: (ctx, fact) => fact.kind === 'action' && ctx.entity(fact.actor) !== undefined,
  build(ctx, anchor, pool, rng) {
    const actions = pool.filter((f): f is ActionFact => f.kind === 'action' && ctx.entity(f.actor) !== undefined);
    const sentence = (f: ActionFact) => ctx.sentence(f.evidence).sentence;
    // Who did what, as the bank says it: "Erdoğan and Basbug held crisis talks" is the deed of both.
    const deeds = new Set(actions.map((f) => `${f.actor}\n${fold(f.action)}`));
    const did = (actor: string, f: ActionFact) => deeds.has(`${actor}\n${fold(f.action)}`);
    // Distinct actors, distinct actions and sentences: one pairing is right, and each pair is its own claim.
    // Neither did the other's deed too, or a spare or a crossed pair would also be right.
    const fits = (a: ActionFact, b: ActionFact) =>
      a.actor !== b.actor &&
      fold(a.action) !== fold(b.action) &&
      sentence(a) !== sentence(b) &&
      !did(a.actor, b) &&
      !did(b.actor, a);
    // One more than the pairs: the extra one's action is the spare option on the right.
    const group = chooseGroup(anchor as ActionFact, actions, PAIRS + 1, fits, rng);
    if (group.length < PAIRS + 1) return undefined;
    const paired = group.slice(0, PAIRS);
    const left = rng.shuffle(paired);
    let right = rng.shuffle(group);
    // Rows that already line up would answer themselves: reshuffle the right column.
    for (let tries = 0; tries < 8 && left.every((f, i) => f === right[i]); tries++) right = rng.shuffle(group);
    const prompt = finishPrompt(
      'Match each one to what the article says they did. One option on the right is left over.',
    );
    return {
      // The spare's sentence is a source too: it shows that action is no one's on the left, and no other
      // question of the quiz may then ask about it (its option would give that one away).
      ...baseOf(ctx, 'matching', group, prompt),
      left: left.map((f) => displayName(ctx.entity(f.actor)!)),
      right: right.map((f) => asItem(f.action)),
      answer: left.map((f) => right.indexOf(f)),
    };
  },
};
