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
    // Four options: enough to sort, and each is a sentence the quiz cannot ask about again.
    const total = Math.min(4, 1 + same.length + other.length);
    if (other.length < 1 || total < this.min) return undefined;
    const minWrong = Math.max(1, total - (1 + same.length));
    const maxWrong = Math.min(other.length, total - 1);
    const nWrong = minWrong + rng.int(maxWrong - minWrong + 1);
    const right = [a, ...rng.sample(same, total - nWrong - 1)];
    const wrong = rng.sample(other, nWrong);
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
