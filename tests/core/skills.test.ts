import { describe, expect, it } from 'vitest';
import { ReadquizError } from '../../src/core/errors.js';
import { allQuestions } from '../../src/core/generate.js';
import { effectiveSkills, isComprehension, skillOf } from '../../src/core/skills.js';
import { FACT_KINDS, SKILLS, type Fact, type Skill } from '../../src/core/types.js';
import { readingBank } from './fixtures/reading-bank.js';

const bank = readingBank();

describe('skills', () => {
  it('seven skills, detail first', () => {
    expect(SKILLS).toEqual(['detail', 'vocabulary', 'main-idea', 'cause-effect', 'sequence', 'stance', 'inference']);
  });

  it("a fact's skill follows from its kind; a written fact names its own", () => {
    const expected: Record<string, Skill> = {
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
    for (const kind of FACT_KINDS.filter((k) => k !== 'written')) {
      const fact = bank.facts.find((f) => f.kind === kind)!;
      expect(fact, kind).toBeDefined();
      expect(skillOf(fact), kind).toBe(expected[kind]);
    }
    for (const skill of SKILLS) {
      const written = {
        id: 'w',
        kind: 'written',
        skill,
        type: 'true-false',
        prompt: 'x',
        answer: true,
        evidence: 'e',
      } as Fact;
      expect(skillOf(written)).toBe(skill);
    }
  });

  it("every question carries its fact's skill; a question of several facts takes its first fact's", () => {
    const all = allQuestions(bank, { seed: 'sk' });
    for (const q of all) expect(q.skill, q.id).toBe(skillOf(bank.facts.find((f) => f.id === q.factId)!));
    expect(new Set(all.map((q) => q.skill))).toEqual(new Set(SKILLS));
  });

  it('everything but detail is comprehension', () => {
    expect(SKILLS.filter(isComprehension)).toEqual([
      'vocabulary',
      'main-idea',
      'cause-effect',
      'sequence',
      'stance',
      'inference',
    ]);
  });

  it('--skills: in canonical order without repeats; unknown or empty is a user error naming the skills', () => {
    expect(effectiveSkills(undefined)).toBeUndefined();
    expect(effectiveSkills(['stance', 'detail', 'stance'])).toEqual(['detail', 'stance']);
    expect(() => effectiveSkills(['trivia' as Skill])).toThrow(ReadquizError);
    expect(() => effectiveSkills(['trivia' as Skill])).toThrow(
      `unknown skill 'trivia'; expected some of ${SKILLS.join(', ')}`,
    );
    expect(() => effectiveSkills([])).toThrow(/^no skills asked for; expected some of detail, /);
  });
});
