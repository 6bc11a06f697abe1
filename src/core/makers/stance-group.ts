// Stance, sorted: "Which of these urged calm? Select all that apply." among the actors on one side and
// actors the article shows on another. Each actor's own sentence is a source of the question.
import type { StanceFact } from '../types.js';
import { baseOf, containsWords, displayName, finishPrompt, fold, namesOf } from './context.js';
import type { GroupMaker } from './group.js';

export const stanceGroupMaker: GroupMaker = {
  type: 'multi-select',
  min: 4,
  eligible: (ctx, fact) => fact.kind === 'stance' && ctx.entity(fact.actor) !== undefined,
  build(ctx, anchor, pool, rng) {
    const a = anchor as StanceFact;
    const stances = pool.filter((f): f is StanceFact => f.kind === 'stance' && ctx.entity(f.actor) !== undefined);
    const all = [a, ...stances];
    const onAnchorSide = new Set(all.filter((s) => fold(s.side) === fold(a.side)).map((s) => s.actor));
    // One fact per actor; an actor on both sides cannot be sorted.
    const firstOf = new Map<string, StanceFact>();
    for (const s of all) if (!firstOf.has(s.actor)) firstOf.set(s.actor, s);
    const same = [...firstOf.values()].filter((s) => fold(s.side) === fold(a.side) && s.actor !== a.actor);
    // An actor the side names ("raised the pressure on Russia") is no plausible option.
    const named = (s: StanceFact) => namesOf(ctx.entity(s.actor)!).some((n) => containsWords(a.side, n));
    const other = [...firstOf.values()].filter((s) => !onAnchorSide.has(s.actor) && !named(s));
    if (other.length < 1 || same.length + 1 + other.length < this.min) return undefined;
    // Four options: enough to sort, and each is a sentence the quiz cannot ask about again.
    // At random, but never so few right ones that the wrong ones cannot fill four options.
    const nRight = Math.max(Math.min(1 + same.length, 3, 1 + rng.int(3)), 4 - Math.min(other.length, 3));
    const nWrong = Math.min(other.length, 4 - nRight);
    const right = [a, ...rng.sample(same, nRight - 1)];
    const wrong = rng.sample(other, nWrong);
    if (right.length + wrong.length < this.min) return undefined;
    const shown = rng.shuffle([...right, ...wrong]);
    const prompt = finishPrompt(`According to the article, which of these ${a.side.trim()}? Select all that apply.`);
    return {
      ...baseOf(ctx, 'multi-select', shown, prompt),
      factId: a.id,
      factIds: [a.id, ...shown.filter((s) => s !== a).map((s) => s.id)],
      choices: shown.map((s) => displayName(ctx.entity(s.actor)!)),
      answer: shown.flatMap((s, i) => (right.includes(s) ? [i] : [])),
    };
  },
};
