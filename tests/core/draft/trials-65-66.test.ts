// What trials 65 (NASA, DART changed an asteroid's orbit) and 66 (Wikinews, South Korean protests against US beef)
// found.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 65: spans written in parts', () => {
  it('drafts no part of "11 hours and 55 minutes" or "1 ½ seconds" as a figure, and keeps whole ones', () => {
    const d = draftArticle(
      'NASA Study: Asteroid Orbit Changed After DART Impact',
      'Before the impact, Dimorphos took 11 hours and 55 minutes to complete one loop around Didymos. The impact shortened the orbit by 32 minutes and 42 seconds, to 11 hours, 22 minutes, and 37 seconds.',
      'The measurement is accurate to within 1 ½ seconds, the team said. The spacecraft hit the asteroid at about 14,000 miles per hour after a journey of 10 months.',
    );
    expect(allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.unit]] : []))).toEqual([
      [14000, 'miles per hour'],
      [10, 'months'],
    ]);
  });
});

describe('trial 66: protests in Seoul', () => {
  const d = draftArticle(
    'South Korean police clamp down on protests against US beef',
    'Nevertheless, the daily vigils have continued for weeks, with as many as 80,000 in attendance.',
    "Over 200 protesters and police officers were injured in Saturday's protests. The demonstration turned violent when some protesters tried to drag away police buses.",
    '"The candle-lit vigils have mutated into violent protests," said Justice Minister Kim Kyung Han.',
  );
  const quantity = (value: number) => allFacts(d).find((f) => f.kind === 'quantity' && f.value === value);

  it('counts both nouns before the verb, and those "in attendance" as people', () => {
    expect(quantity(200)).toMatchObject({ unit: 'protesters and police officers' });
    expect(quantity(80000)).toMatchObject({ unit: 'people', counts: 'people in attendance', precision: 'up to' });
  });

  it('reads "turned violent when" as a reason, and gives a Korean name no given-name alias', () => {
    const cause = allFacts(d).find((f) => f.kind === 'cause' && /turned violent/.test(f.effect));
    expect(cause?.kind === 'cause' && cause.cause).toMatch(/^some protesters tried to drag away police buses/);
    expect(d.bank.entities.find((e) => e.name === 'Kim Kyung Han')?.aliases ?? []).not.toContain('Han');
  });
});

describe('trial 67: a caption printed three times, and a reason "driven by"', () => {
  it('leaves out a caption the page repeats word for word, and reads "was driven by" as a reason', () => {
    const lines = [
      "Chinese Considered 'Language of the Future' for Young Ugandans",
      '',
      'Students learn Mandarin at Everest College in Luwero district, Uganda.',
      '',
      'Uganda will make Chinese an optional subject in 35 secondary schools next year.',
      '',
      'Students learn Mandarin at Everest College in Luwero district, Uganda.',
      '',
      'The decision was driven by ties between the countries, says Grace Baguma, director of the national Curriculum Development Center.',
      '',
    ];
    const d = draftBank(lines.join('\n'), { articleFile: 'a.txt' });
    expect(d.bank.article.exclude).toContain('Students learn Mandarin at Everest College in Luwero district, Uganda.');
    expect(JSON.stringify(allFacts(d))).not.toMatch(/Everest College/);
    const cause = allFacts(d).find((f) => f.kind === 'cause' && f.cause.startsWith('ties between the countries'));
    expect(cause).toBeDefined();
  });
});
