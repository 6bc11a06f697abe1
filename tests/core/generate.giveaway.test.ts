import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/generate.js';
import { givesAway, secretsOf } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import type { Question } from '../../src/core/types.js';
import { miniBank } from './fixtures/mini-bank.js';
import { readingBank } from './fixtures/reading-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const all = allQuestions(bank, { seed: 'g' });
const q = (id: string) => {
  const found = all.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('giveaway', () => {
  it('a typed answer is secret with all the names of its entity', () => {
    expect(secretsOf(ctx, q('lind-against:short-answer:1'))).toEqual(['Eva Lind', 'Lind']);
    expect(secretsOf(ctx, q('build-years:numeric:1'))).toEqual(['3', 'three']);
  });

  it('what a question shows itself is no secret', () => {
    expect(secretsOf(ctx, q('reyes-welcomed:short-answer:1'))).toEqual(['Carla Reyes', 'Reyes']);
    const shows = { ...q('reyes-welcomed:short-answer:1'), prompt: 'Which Reyes welcomed the vote?' } as Question;
    expect(secretsOf(ctx, shows)).toEqual(['Carla Reyes']);
  });

  it('true/false, matching and ordering hold no secret answer text', () => {
    for (const id of ['lind-quote:true-false:true', 'lind-quote:true-false:false', 'silva-role:matching:1']) expect(secretsOf(ctx, q(id))).toEqual([]);
    const ordering = allQuestions(readingBank(), { seed: 'g', types: ['ordering'] });
    expect(ordering.length).toBeGreaterThan(0);
    for (const o of ordering) expect(secretsOf(createContext(readingBank()), o)).toEqual([]);
  });

  it('a prompt stating another question\'s answer gives it away, in either order', () => {
    // "Who voted against the plan?" vs the quote cloze that names Eva Lind.
    const cloze = q('lind-quote:cloze:1');
    const who = q('lind-against:short-answer:1');
    expect(cloze.prompt).toContain('Eva Lind');
    expect(givesAway(ctx, cloze, who)).toBe(true);
    expect(givesAway(ctx, who, cloze)).toBe(true);
    // Her position question is answered by the cloze's sentence, which calls her the head of the opposition.
    const position = q('lind-role:multiple-choice:role');
    expect(position.prompt).toBe('According to the article, what is Eva Lind\u2019s position?');
    expect(givesAway(ctx, cloze, position)).toBe(true);
    // The cloze of the cost sentence shows "three", the answer to the build-years numeric question.
    expect(givesAway(ctx, q('cost:cloze:1'), q('build-years:numeric:1'))).toBe(true);
  });

  it('unrelated questions do not clash; names must match as whole words', () => {
    expect(givesAway(ctx, q('first-asked:numeric:1'), q('lind-against:short-answer:1'))).toBe(false);
    const fake = { ...q('new-road:true-false:true'), prompt: 'Lindsay came to town.' } as Question;
    expect(givesAway(ctx, fake, q('lind-against:short-answer:1'))).toBe(false);
  });
});

describe('giveaway of a matching question', () => {
  it('a prompt naming one of its people together with that role gives it away', () => {
    const matching = q('silva-role:matching:1');
    if (matching.type !== 'matching') throw new Error('type');
    const names = matching.left;
    expect(names).toContain('Ana Silva');
    const telling = { ...q('new-road:true-false:true'), prompt: 'Mayor Ana Silva opened the road.' } as Question;
    const harmless = { ...q('new-road:true-false:true'), prompt: 'Ana Silva opened the road.' } as Question;
    expect(givesAway(ctx, matching, telling)).toBe(true);
    expect(givesAway(ctx, telling, matching)).toBe(true);
    expect(givesAway(ctx, matching, harmless)).toBe(false);
  });
});
