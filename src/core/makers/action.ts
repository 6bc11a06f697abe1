// Actions: "Who decided to ...?" as multiple choice and short answer (no true/false: a swapped actor is
// false only because the article is silent about them). Matching of actors and actions lives in matching.ts.
import { entityPool, pickFromPool, poolSize } from '../distractors.js';
import type { Rng } from '../rng.js';
import { SPEECH_VERBS } from '../speech-verbs.js';
import type { ActionFact, QuestionType } from '../types.js';
import {
  baseOf,
  displayName,
  finishPrompt,
  fold,
  namesOf,
  type BankContext,
  type FactMaker,
  type QuestionBody,
  type VariantTable,
} from './context.js';

/** Everyone the bank says did this same thing. */
function doers(ctx: BankContext, fact: ActionFact): string[] {
  const want = fold(fact.action);
  return ctx
    .factsOfKind('action')
    .filter((a) => fold(a.action) === want)
    .map((a) => a.actor);
}

function actorPool(ctx: BankContext, fact: ActionFact, prompt: string) {
  return ctx.cached(fact, `action-actors\0${prompt}`, () => {
    const actor = ctx.entity(fact.actor)!;
    const prefer = ctx.factsOfKind('action').map((a) => a.actor);
    return entityPool(ctx, actor, { exclude: doers(ctx, fact), prefer, notIn: prompt });
  });
}

/** Actions that only report words: who said them is worth asking only among others who could have. */
const SPEECH = new RegExp(`^(?:${SPEECH_VERBS})\\b`);

/** "Who decided to ...?", or "What crashed into ...?" when the doer is a thing (trial 62's plane). */
export function whoDidPrompt(fact: ActionFact, ctx?: BankContext): string {
  const what = ctx?.entity(fact.actor)?.kind === 'other';
  return finishPrompt(`${what ? 'What' : 'Who'} ${fact.action.trim()}?`, '?');
}

export const actionMaker: FactMaker<ActionFact> = {
  variants(ctx, fact) {
    const table: VariantTable = {};
    if (!ctx.entity(fact.actor)) return table;
    const others = poolSize(actorPool(ctx, fact, whoDidPrompt(fact, ctx)));
    if (others >= 2) table['multiple-choice'] = ['1'];
    // "Who said its engineers fixed the problem?" when the article names no one else of the speaker's
    // kind: the only person (or body) there is, known without reading. A deed ("voted", "evacuated") is
    // asked all the same: who acted is the reading.
    if (others >= 1 || !SPEECH.test(fact.action.trim())) table['short-answer'] = ['1'];
    return table;
  },

  needs(ctx, fact) {
    if (!ctx.entity(fact.actor)) return 'name who did it under actor: (an entity id)';
    return `"who said it" needs another ${ctx.entity(fact.actor)!.kind} the article names: with one, the answer is known without reading; ask what was said instead (a statement with a false version)`;
  },

  build(ctx, fact, type: QuestionType, variant, rng: Rng): QuestionBody {
    const actor = ctx.entity(fact.actor)!;
    switch (type) {
      case 'multiple-choice': {
        const prompt = whoDidPrompt(fact, ctx);
        const choices = rng.shuffle([actor, ...pickFromPool(actorPool(ctx, fact, prompt), 3, rng)]);
        return {
          ...baseOf(ctx, 'multiple-choice', [fact], prompt),
          choices: choices.map(displayName),
          answer: choices.indexOf(actor),
        };
      }
      case 'short-answer': {
        // Whoever else the bank says did the same is right too, and so are both together ("NASA and the FAA"; trial
        // 261's grade marked the full answer wrong while either name alone was right).
        const all = [...new Set(doers(ctx, fact))].flatMap((id) => (ctx.entity(id) ? [ctx.entity(id)!] : []));
        // "NASA and the FAA": the second name may take its "the", as the article writes it (retrial 261).
        const withThe = (n: string) => (/^the\s/i.test(n) || !/^\p{Lu}{2,}$/u.test(n) ? [n] : [n, `the ${n}`]);
        const together =
          all.length === 2
            ? namesOf(all[0]!).flatMap((a) =>
                namesOf(all[1]!).flatMap((b) => [
                  ...withThe(b).map((x) => `${a} and ${x}`),
                  ...withThe(a).map((x) => `${b} and ${x}`),
                ]),
              )
            : [];
        const accept = [...new Set([...all.flatMap((e) => namesOf(e)), ...(fact.accept ?? []), ...together])];
        return {
          ...baseOf(ctx, 'short-answer', [fact], whoDidPrompt(fact, ctx)),
          answer: actor.name,
          accept: [actor.name, ...accept.filter((n) => n !== actor.name)],
        };
      }
      default:
        throw new Error(`action facts make no ${type} questions`);
    }
  },
};
