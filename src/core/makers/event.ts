// Sequence: "Which of these happened first?" among events the bank dates earlier and later. Events that
// share a time (equal `order`) are never set against each other. Ordering lives in ordering.ts.
import type { EventFact, QuestionType } from '../types.js';
import type { Rng } from '../rng.js';
import {
  asItem,
  baseOf,
  finishPrompt,
  fold,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

export const FIRST_PROMPT = 'According to the article, which of these came first in time?';

/** Events told from sentences other than this one's, each a distinct time, all later than `fact`. */
function laterEvents(ctx: BankContext, fact: EventFact): EventFact[] {
  return ctx.cached(fact, 'event-later', () => {
    const sentence = ctx.sentence(fact.evidence).sentence;
    const seenOrders = new Set<number>();
    // Texts already offered: two events told in the same words would be two equal options.
    const seenTexts = new Set([fold(fact.text)]);
    const out: EventFact[] = [];
    for (const e of ctx.factsOfKind('event')) {
      if (e.order <= fact.order || seenOrders.has(e.order) || seenTexts.has(fold(e.text))) continue;
      if (ctx.sentence(e.evidence).sentence === sentence) continue;
      seenOrders.add(e.order);
      seenTexts.add(fold(e.text));
      out.push(e);
    }
    return out;
  });
}

export const eventMaker: FactMaker<EventFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    // Only where the earliest is not also the first the article tells: then the order of the telling
    // would answer it.
    const told = (e: EventFact) => ctx.position(e.evidence);
    const later = laterEvents(ctx, fact);
    if (later.length >= 2 && later.some((e) => told(e) < told(fact))) table['multiple-choice'] = ['first'];
    return table;
  },

  needs(ctx, fact) {
    const later = laterEvents(ctx, fact);
    if (later.length < 2)
      return `"which came first" needs 2 later events from other sentences (the bank has ${later.length}): add events under event: with a later order`;
    return '"which came first" needs a later event the article tells before this one: told in time order, the order of the telling would answer it; add one the article tells out of order, or ask the sequence as a written question';
  },

  build(ctx, fact, type: QuestionType, _variant, rng: Rng): QuestionBody {
    if (type !== 'multiple-choice') throw new Error(`event facts make no ${type} questions`);
    // Three options: each is a sentence the quiz then cannot ask about again.
    // One option at least is told before the answer, so the telling order never answers it.
    const later = laterEvents(ctx, fact);
    const toldBefore = later.filter((e) => ctx.position(e.evidence) < ctx.position(fact.evidence));
    const first = rng.pick(toldBefore);
    const others = [
      first,
      ...rng.sample(
        later.filter((e) => e !== first),
        1,
      ),
    ];
    const group = rng.shuffle([fact, ...others]);
    const choices = group.map((e) => asItem(e.text));
    // Every option's sentence is part of the proof: the answer is first only by comparison.
    const body = baseOf(ctx, 'multiple-choice', [fact, ...others], finishPrompt(FIRST_PROMPT, '?'));
    return { ...body, choices, answer: group.indexOf(fact) };
  },
};
