// Which maker makes the questions of each fact kind, and the makers of questions built from several facts.
import type { Fact, FactKind, QuestionType } from '../types.js';
import { actionMaker } from './action.js';
import { causeMaker } from './cause.js';
import type { BankContext, FactMaker } from './context.js';
import { eventMaker } from './event.js';
import type { GroupMaker } from './group.js';
import { inferenceMaker } from './inference.js';
import { mainIdeaMaker } from './main-idea.js';
import { matchingMaker } from './matching.js';
import { orderingMaker } from './ordering.js';
import { quantityMaker } from './quantity.js';
import { quoteMaker } from './quote.js';
import { roleMaker } from './role.js';
import { setMaker } from './set.js';
import { stanceGroupMaker } from './stance-group.js';
import { stanceMaker } from './stance.js';
import { statementMaker } from './statement.js';
import { vocabularyMaker } from './vocabulary.js';
import { writtenMaker } from './written.js';

const MAKERS: { [K in FactKind]: FactMaker<Extract<Fact, { kind: K }>> } = {
  quantity: quantityMaker,
  set: setMaker,
  quote: quoteMaker,
  statement: statementMaker,
  role: roleMaker,
  action: actionMaker,
  'main-idea': mainIdeaMaker,
  cause: causeMaker,
  event: eventMaker,
  stance: stanceMaker,
  inference: inferenceMaker,
  vocabulary: vocabularyMaker,
  written: writtenMaker,
};

export const GROUP_MAKERS: readonly GroupMaker[] = [matchingMaker, orderingMaker, stanceGroupMaker];

export function makerFor(fact: Fact): FactMaker<Fact> {
  return MAKERS[fact.kind] as unknown as FactMaker<Fact>;
}

/** The group maker of `type` that takes `fact` (each fact kind feeds at most one group maker per type). */
export function groupMakerFor(ctx: BankContext, type: QuestionType, fact: Fact): GroupMaker | undefined {
  return GROUP_MAKERS.find((g) => g.type === type && g.eligible(ctx, fact));
}
