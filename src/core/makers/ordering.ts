// Ordering: statements from different sentences, to put in the order the article reports them.
import type { StatementFact } from '../types.js';
import { baseOf, finishPrompt, fold } from './context.js';
import { chooseGroup, type GroupMaker } from './group.js';

const SIZE = 4;

export const orderingMaker: GroupMaker = {
  type: 'ordering',
  min: 3,
  eligible: (ctx, fact) => fact.kind === 'statement' && ctx.position(fact.evidence) >= 0,
  build(ctx, anchor, pool, rng) {
    const statements = pool.filter((f): f is StatementFact => f.kind === 'statement' && ctx.position(f.evidence) >= 0);
    const fits = (a: StatementFact, b: StatementFact) => ctx.position(a.evidence) !== ctx.position(b.evidence) && fold(a.text) !== fold(b.text);
    const group = chooseGroup(anchor as StatementFact, statements, SIZE, fits, rng);
    if (group.length < this.min) return undefined;
    // Shown shuffled; a list that happens to come out in article order would answer itself, so reshuffle.
    let items = rng.shuffle(group);
    const inOrder = (xs: StatementFact[]) => xs.every((f, i) => i === 0 || ctx.position(xs[i - 1]!.evidence) < ctx.position(f.evidence));
    for (let tries = 0; tries < 8 && inOrder(items); tries++) items = rng.shuffle(group);
    const order = items
      .map((f, i) => ({ i, p: ctx.position(f.evidence) }))
      .sort((a, b) => a.p - b.p)
      .map((x) => x.i);
    const prompt = finishPrompt('Put these statements in the order the article reports them.');
    return { ...baseOf(ctx, 'ordering', group, prompt), items: items.map((f) => finishPrompt(f.text)), answer: order };
  },
};
