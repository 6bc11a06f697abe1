// Item statistics checked against a small class worked out by hand (the arithmetic is in the comments).
import { describe, expect, it } from 'vitest';
import {
  analyzeItems,
  correlation,
  MIN_RELIABLE_RESPONDENTS,
  observe,
  type Observation,
  type Respondent,
} from '../../src/core/item-analysis.js';
import type { FactKind, QuestionType } from '../../src/core/types.js';
import { GRADING_QUESTIONS } from './fixtures/grading-quiz.js';

// Five students, six one-point items. 1 = right, 0 = wrong.
//
//          i1  i2  i3  i4  i5  i6   total
//   A       1   1   1   1   1   0     5
//   B       1   1   1   0   1   0     4
//   C       1   0   1   0   1   0     3
//   D       1   0   0   1   1   0     3
//   E       0   0   0   1   1   0     2
//
// i2 is multiple choice (answer Alpha); A and B chose Alpha, C, D and E chose Gamma.
// i5: everybody right; i6: nobody right. Both add a constant to every rest score, which does not change r.
const MATRIX: Record<string, number[]> = {
  A: [1, 1, 1, 1, 1, 0],
  B: [1, 1, 1, 0, 1, 0],
  C: [1, 0, 1, 0, 1, 0],
  D: [1, 0, 0, 1, 1, 0],
  E: [0, 0, 0, 1, 1, 0],
};
const ITEMS: { id: string; type: QuestionType; kind: FactKind }[] = [
  { id: 'i1', type: 'numeric', kind: 'quantity' },
  { id: 'i2', type: 'multiple-choice', kind: 'role' },
  { id: 'i3', type: 'numeric', kind: 'quantity' },
  { id: 'i4', type: 'true-false', kind: 'statement' },
  { id: 'i5', type: 'true-false', kind: 'statement' },
  { id: 'i6', type: 'short-answer', kind: 'quote' },
];
const I2_OPTIONS = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((text) => ({ text, correct: text === 'Alpha' }));

function handClass(): Respondent[] {
  return Object.entries(MATRIX).map(([label, row]) => ({
    label,
    observations: row.map((score, k): Observation => ({
      questionId: ITEMS[k]!.id,
      type: ITEMS[k]!.type,
      factKind: ITEMS[k]!.kind,
      points: score,
      max: 1,
      status: score ? 'right' : 'wrong',
      ...(k === 1 ? { options: I2_OPTIONS, chosen: [score ? 'Alpha' : 'Gamma'] } : {}),
    })),
  }));
}

describe('analyzeItems on a class worked out by hand', () => {
  const a = analyzeItems(handClass());
  const item = (id: string) => a.items.find((i) => i.questionId === id)!;

  it('facility is the share right', () => {
    // i1 4/5, i2 2/5, i3 3/5, i4 3/5, i5 5/5, i6 0/5
    expect(a.items.map((i) => i.facility)).toEqual([0.8, 0.4, 0.6, 0.6, 1, 0]);
    expect(item('i1')).toMatchObject({ n: 5, right: 4, wrong: 1, partial: 0, unanswered: 0 });
  });

  it('discrimination is the point-biserial r with the rest score', () => {
    // i1: x = 1 1 1 1 0, rest (total - x, in points) = 4 3 2 2 2 (the constant i5 included).
    //   mean x = .8, mean rest = 13/5 = 2.6; dx = .2 .2 .2 .2 -.8; dy = 1.4 .4 -.6 -.6 -.6
    //   sxy = .28 + .08 - .12 - .12 + .48 = .60; sxx = 4(.04) + .64 = .80; syy = 1.96 + .16 + 3(.36) = 3.20
    //   r = .60 / sqrt(.80 * 3.20) = .60 / 1.6 = .375
    expect(item('i1').discrimination).toBeCloseTo(0.375, 4);
    // i2: x = 1 1 0 0 0, rest = 4 3 3 3 2; mean x = .4, mean rest = 3; dx = .6 .6 -.4 -.4 -.4; dy = 1 0 0 0 -1
    //   sxy = .6 + .4 = 1.0; sxx = 2(.36) + 3(.16) = 1.2; syy = 2; r = 1 / sqrt(2.4) = .6455
    expect(item('i2').discrimination).toBeCloseTo(0.6455, 4);
    // i3: x = 1 1 1 0 0, rest = 4 3 2 3 2; mean x = .6, mean rest = 2.8; dx = .4 .4 .4 -.6 -.6; dy = 1.2 .2 -.8 .2 -.8
    //   sxy = .48 + .08 - .32 - .12 + .48 = .60; sxx = 3(.16) + 2(.36) = 1.2; syy = 1.44 + .04 + .64 + .04 + .64 = 2.8
    //   r = .60 / sqrt(3.36) = .60 / 1.8330 = .3273
    expect(item('i3').discrimination).toBeCloseTo(0.3273, 4);
    // i4: x = 1 0 0 1 1, rest = 4 4 3 2 1; mean x = .6, mean rest = 2.8; dx = .4 -.6 -.6 .4 .4; dy = 1.2 1.2 .2 -.8 -1.8
    //   sxy = .48 - .72 - .12 - .32 - .72 = -1.40; sxx = 1.2; syy = 1.44 + 1.44 + .04 + .64 + 3.24 = 6.8
    //   r = -1.40 / sqrt(8.16) = -1.40 / 2.8566 = -.4901
    expect(item('i4').discrimination).toBeCloseTo(-0.4901, 4);
    // i5 and i6 do not vary: no correlation.
    expect(item('i5').discrimination).toBeNull();
    expect(item('i6').discrimination).toBeNull();
  });

  it('flags the questions that look broken', () => {
    expect(a.items.map((i) => [i.questionId, i.flags])).toEqual([
      ['i1', []],
      ['i2', ['distractor-beats-answer']], // Gamma 3 > Alpha 2
      ['i3', []],
      ['i4', []], // r = -.49, but from 5 respondents: marked unreliable, not flagged
      ['i5', ['everybody-right']],
      ['i6', ['nobody-right']],
    ]);
    expect(item('i4').discriminationReliable).toBe(false);
  });

  it('flags negative discrimination only from MIN_RELIABLE_RESPONDENTS respondents on (#14)', () => {
    // The same class twice over: r is unchanged (every deviation doubles in count), now from 10 respondents.
    const twice = analyzeItems([...handClass(), ...handClass().map((r) => ({ ...r, label: `${r.label}2` }))]);
    const i4 = twice.items.find((i) => i.questionId === 'i4')!;
    expect(i4.discrimination).toBeCloseTo(-0.4901, 4);
    expect(i4.discriminationReliable).toBe(true);
    expect(i4.flags).toEqual(['negative-discrimination']);
    expect(MIN_RELIABLE_RESPONDENTS).toBe(10);
  });

  it('averages exact shares, not points rounded to hundredths (#14)', () => {
    // Three respondents with 2 of 3 pairs kept on a 1-point ordering: points 0.67, share 2/3.
    const obs = (label: string): Respondent => ({
      label,
      observations: [
        {
          questionId: 'o',
          type: 'ordering',
          factKind: 'statement',
          points: 0.67,
          max: 1,
          status: 'partial',
          share: 2 / 3,
        },
      ],
    });
    expect(analyzeItems([obs('a'), obs('b'), obs('c')]).items[0]!.facility).toBe(0.6667);
  });

  it('lists items in the order of the sheet when respondents say where each was (#14)', () => {
    const at = (id: string, n: number): Observation => ({
      questionId: id,
      type: 'numeric',
      factKind: 'quantity',
      points: 1,
      max: 1,
      status: 'right',
      label: `q${n}`,
      order: n,
    });
    // The first respondent's observations come in another order than the sheet's.
    const a2 = analyzeItems([
      { label: 'x', observations: [at('b', 3), at('a', 2), at('c', 1)] },
      { label: 'y', observations: [at('c', 1), at('a', 2), at('b', 3)] },
    ]);
    expect(a2.items.map((i) => [i.questionId, i.labels])).toEqual([
      ['c', ['q1']],
      ['a', ['q2']],
      ['b', ['q3']],
    ]);
  });

  it('counts options by text', () => {
    expect(item('i2').options).toEqual([
      { text: 'Alpha', correct: true, offered: 5, chosen: 2 },
      { text: 'Beta', correct: false, offered: 5, chosen: 0 },
      { text: 'Gamma', correct: false, offered: 5, chosen: 3 },
      { text: 'Delta', correct: false, offered: 5, chosen: 0 },
    ]);
  });

  it('means per fact kind and type, totals and the distribution', () => {
    // quantity = i1 + i3 = (4 + 3) / 10; role = i2 = 2/5; statement = i4 + i5 = (3 + 5) / 10; quote = i6 = 0
    expect(a.byFactKind).toEqual([
      { key: 'quantity', n: 10, mean: 0.7 },
      { key: 'quote', n: 5, mean: 0 },
      { key: 'statement', n: 10, mean: 0.8 },
      { key: 'role', n: 5, mean: 0.4 },
    ]);
    // multiple-choice i2 = .4; true-false i4 + i5 = .8; numeric i1 + i3 = .7; short-answer i6 = 0
    expect(a.byType.map((g) => [g.key, g.mean])).toEqual([
      ['multiple-choice', 0.4],
      ['true-false', 0.8],
      ['numeric', 0.7],
      ['short-answer', 0],
    ]);
    // shares 5/6 = .8333, 4/6 = .6667, 3/6 = .5, .5, 2/6 = .3333
    expect(a.totals.map((t) => [t.label, t.points, t.max, t.share])).toEqual([
      ['A', 5, 6, 0.8333],
      ['B', 4, 6, 0.6667],
      ['C', 3, 6, 0.5],
      ['D', 3, 6, 0.5],
      ['E', 2, 6, 0.3333],
    ]);
    // bins: 30-39% E, 50-59% C D, 60-69% B, 80-89% A
    expect(a.distribution.map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 2, 1, 0, 1, 0]);
    // mean share (.8333 + .6667 + .5 + .5 + .3333) / 5 = 2.8333 / 5 = .5667
    expect(a.meanShare).toBeCloseTo(0.5667, 4);
  });
});

describe('partial credit and mixed quizzes', () => {
  it('facility counts partial credit as points/max', () => {
    // A two-point item scored 2, 1, 0: (1 + .5 + 0) / 3 = .5
    const resp = (label: string, points: number): Respondent => ({
      label,
      observations: [
        {
          questionId: 'm',
          type: 'matching',
          factKind: 'role',
          points,
          max: 2,
          status: points === 2 ? 'right' : points ? 'partial' : 'wrong',
        },
      ],
    });
    const a = analyzeItems([resp('a', 2), resp('b', 1), resp('c', 0)]);
    expect(a.items[0]).toMatchObject({
      facility: 0.5,
      right: 1,
      partial: 1,
      wrong: 1,
      discrimination: null,
      flags: [],
    });
  });

  it('rest scores are shares, so quizzes of different lengths compare', () => {
    // Student 1: item right, rest 1/1 = 1; student 2: item wrong, rest 0/3 = 0; student 3: item right, rest 2/2 = 1.
    // x = 1 0 1, y = 1 0 1: r = 1.
    const obs = (id: string, points: number): Observation => ({
      questionId: id,
      type: 'true-false',
      factKind: 'statement',
      points,
      max: 1,
      status: points ? 'right' : 'wrong',
    });
    const a = analyzeItems([
      { label: '1', observations: [obs('x', 1), obs('p', 1)] },
      { label: '2', observations: [obs('x', 0), obs('p', 0), obs('q', 0), obs('r', 0)] },
      { label: '3', observations: [obs('x', 1), obs('q', 1), obs('r', 1)] },
    ]);
    expect(a.items[0]!.discrimination).toBe(1);
  });

  it('is null for fewer than three respondents', () => {
    expect(correlation([1, 0], [1, 0])).toBeNull();
    expect(correlation([1, 0, 1], [2, 2, 2])).toBeNull();
  });

  it('the same option text across seeds adds up, whatever its letter', () => {
    const mc = GRADING_QUESTIONS[0]!;
    if (mc.type !== 'multiple-choice') throw new Error('fixture changed');
    const moved = { ...mc, choices: ['Olaf Scholz', 'Mario Draghi', 'Emmanuel Macron', 'Andrzej Duda'], answer: 0 };
    const a = analyzeItems([
      { label: 's1', observations: [observe(mc, { points: 1, max: 1, status: 'right' }, 'b')] },
      { label: 's2', observations: [observe(moved, { points: 1, max: 1, status: 'right' }, 'a')] },
      { label: 's3', observations: [observe(moved, { points: 0, max: 1, status: 'wrong' }, 'c')] },
    ]);
    const byText = Object.fromEntries(a.items[0]!.options.map((o) => [o.text, [o.chosen, o.offered, o.correct]]));
    expect(byText).toEqual({
      'Emmanuel Macron': [1, 3, false],
      'Olaf Scholz': [2, 3, true],
      'Mario Draghi': [0, 3, false],
      'Andrzej Duda': [0, 3, false],
    });
  });

  it('true/false counts True and False as its options', () => {
    const tf = GRADING_QUESTIONS[1]!; // answer false
    const o = observe(tf, { points: 0, max: 1, status: 'wrong' }, 't');
    expect(o.options).toEqual([
      { text: 'True', correct: false },
      { text: 'False', correct: true },
    ]);
    expect(o.chosen).toEqual(['True']);
  });
});

describe('answers that say nothing about an item (class-day trial)', () => {
  it('left out of n, facility, discrimination and the group means; counted apart; kept in the total', () => {
    // The hand class, with E's i6 (wrong) never reached and D's i1 (right) an unreadable cell.
    const cls = handClass();
    cls[4]!.observations[5] = { ...cls[4]!.observations[5]!, status: 'unanswered', leftOut: 'not-reached' };
    cls[3]!.observations[0] = { ...cls[3]!.observations[0]!, points: 0, status: 'unanswered', leftOut: 'unread' };
    const a = analyzeItems(cls);
    const item = (id: string) => a.items.find((i) => i.questionId === id)!;
    // i1: A B C right, D unread, E wrong: 3 of the 4 read.
    expect(item('i1')).toMatchObject({ n: 4, right: 3, wrong: 1, unanswered: 0, unread: 1, notReached: 0 });
    expect(item('i1').facility).toBe(0.75);
    expect(item('i6')).toMatchObject({ n: 4, wrong: 4, notReached: 1, unread: 0, facility: 0 });
    // quantity (i1 and i3): 3 + 3 right of 4 + 5 counted.
    expect(a.byFactKind.find((g) => g.key === 'quantity')).toEqual({ key: 'quantity', n: 9, mean: 0.6667 });
    // D's total is still their score (the unreadable cell earned nothing).
    expect(a.totals.find((t) => t.label === 'D')).toMatchObject({ points: 2, max: 6 });
    // i3's rest scores count only the answers that count: D's is 2 of i2 i4 i5 i6 (2/4, not 2/5 with the
    // unread i1 as a zero), E's 2 of i1 i2 i4 i5 (2/4). x = 1 1 1 0 0; rest = .8 .6 .4 .5 .5 (mean .56)
    //   dx = .4 .4 .4 -.6 -.6; dy = .24 .04 -.16 -.06 -.06; sxy = .4(.12) + .6(.12) = .12; sxx = 1.2
    //   syy = .0576 + .0016 + .0256 + .0036 + .0036 = .092; r = .12 / sqrt(.1104) = .3612
    expect(item('i3').discrimination).toBeCloseTo(0.3612, 4);
  });

  it('an item with no answer that counts has no facility and no flags', () => {
    const only: Respondent = {
      label: 'x',
      observations: [
        {
          questionId: 'q',
          type: 'numeric',
          factKind: 'quantity',
          points: 0,
          max: 1,
          status: 'unanswered',
          leftOut: 'not-reached',
        },
      ],
    };
    expect(analyzeItems([only]).items[0]).toMatchObject({ n: 0, notReached: 1, facility: null, flags: [] });
  });

  it('one id under two prompts is two items; an answer of unknown prompt joins its id when asked one way', () => {
    const tf = (prompt: string | undefined, right: boolean, chosen: string): Observation => ({
      questionId: 'fact:true-false',
      type: 'true-false',
      factKind: 'written',
      ...(prompt ? { prompt } : {}),
      points: right ? 1 : 0,
      max: 1,
      status: right ? 'right' : 'wrong',
      ...(prompt
        ? {
            options: [
              { text: 'True', correct: prompt === 'also wanted' },
              { text: 'False', correct: prompt === 'ruled out' },
            ],
            chosen: [chosen],
          }
        : {}),
    });
    const one = (label: string, o: Observation): Respondent => ({ label, observations: [o] });
    const a = analyzeItems([
      one('a', tf('ruled out', true, 'False')),
      one('b', tf('ruled out', false, 'True')),
      one('c', tf('also wanted', true, 'True')),
      one('d', tf('also wanted', true, 'True')),
    ]);
    expect(
      a.items.map((i) => [i.prompt, i.n, i.facility, i.options.map((o) => [o.text, o.correct, o.chosen])]),
    ).toEqual([
      [
        'ruled out',
        2,
        0.5,
        [
          ['True', false, 1],
          ['False', true, 1],
        ],
      ],
      [
        'also wanted',
        2,
        1,
        [
          ['True', true, 2],
          ['False', false, 0],
        ],
      ],
    ]);
    const joined = analyzeItems([one('a', tf('ruled out', true, 'False')), one('b', tf(undefined, false, ''))]);
    expect(joined.items.map((i) => [i.prompt, i.n])).toEqual([['ruled out', 2]]);
  });
});
