// Reading skills: what a question asks of a reader. A question's skill follows from the fact it asks
// about (a written question names its own); a question built from several facts takes its first fact's.
import { ReadquizError } from './errors.js';
import { SKILLS, type Fact, type FactKind, type Skill } from './types.js';

const SKILL_OF_KIND: Record<Exclude<FactKind, 'written'>, Skill> = {
  quantity: 'detail',
  set: 'detail',
  quote: 'detail',
  statement: 'detail',
  role: 'detail',
  action: 'detail',
  'main-idea': 'main-idea',
  cause: 'cause-effect',
  event: 'sequence',
  stance: 'stance',
  inference: 'inference',
  vocabulary: 'vocabulary',
};

/** skillOf({kind: 'cause', ...}) === 'cause-effect'. */
export function skillOf(fact: Fact): Skill {
  return fact.kind === 'written' ? fact.skill : SKILL_OF_KIND[fact.kind];
}

/** Skills other than recalling a detail: the ones a quiz must hold some of. */
export function isComprehension(skill: Skill): boolean {
  return skill !== 'detail';
}

/** The requested skills in canonical order; unknown names are a user error. */
export function effectiveSkills(skills: readonly Skill[] | undefined): Skill[] | undefined {
  if (skills === undefined) return undefined;
  for (const s of skills) {
    if (!SKILLS.includes(s)) throw new ReadquizError(`unknown skill '${s}'; expected some of ${SKILLS.join(', ')}`);
  }
  if (skills.length === 0) throw new ReadquizError(`no skills asked for; expected some of ${SKILLS.join(', ')}`);
  return SKILLS.filter((s) => skills.includes(s));
}
