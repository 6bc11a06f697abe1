// The small shared helpers that used to be written two or three times.
import { describe, expect, it } from 'vitest';
import { bareRole, shownRole } from '../../src/core/makers/role-text.js';
import { plural, unitFor } from '../../src/core/plural.js';
import { pointsText } from '../../src/core/points-text.js';
import { round2 } from '../../src/core/round2.js';
import { formatNumber } from '../../src/core/text.js';

describe('small helpers', () => {
  it('round2 rounds to hundredths; pointsText shows points without float noise', () => {
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(4 / 3)).toBe(1.33);
    expect(round2(2 / 3)).toBe(0.67);
    expect([8, 7.5, 4 / 3].map(pointsText)).toEqual(['8', '7.5', '1.33']);
  });

  it('unitFor: a bank\'s unit as it reads after 1 (trial 274\'s key printed "1 percentage points")', () => {
    expect(unitFor(2, 'percentage points')).toBe('percentage points');
    for (const [many, one] of [
      ['percentage points', 'percentage point'],
      ['people', 'person'],
      ['centuries', 'century'],
      ['miles per hour', 'mile per hour'],
      ['degrees Celsius', 'degree Celsius'],
      ['square miles', 'square mile'],
      ['percent', 'percent'],
      ['inches', 'inch'],
      ['votes', 'vote'],
      ['species', 'species'],
      ['series', 'series'],
      ['news', 'news'],
      ['buses', 'bus'],
      ['viruses', 'virus'],
      ['crises', 'crisis'],
      ['houses', 'house'],
      ['kilograms of apples', 'kilogram of apples'],
      ['cases of measles', 'case of measles'],
      ['feet', 'foot'],
    ])
      expect(unitFor(1, many!), many).toBe(one);
  });

  it('plural: the count and its noun', () => {
    expect(plural(1, 'student')).toBe('1 student');
    expect(plural(0, 'student')).toBe('0 students');
    expect(plural(3, 'retry round')).toBe('3 retry rounds');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });

  it('bareRole drops a leading article; shownRole also capitalises and curls quotes', () => {
    expect(bareRole(' the German Chancellor ')).toBe('German Chancellor');
    expect(bareRole('an envoy')).toBe('envoy');
    expect(bareRole('Theodore')).toBe('Theodore');
    expect(shownRole('the German Chancellor')).toBe('German Chancellor');
    expect(shownRole("the alliance's chief")).toBe('Alliance’s chief');
  });

  it('formatNumber groups digits, but not a calendar year', () => {
    expect(formatNumber(8500, 'soldiers')).toBe('8,500');
    expect(formatNumber(2014, 'year')).toBe('2014');
    expect(formatNumber(1500, 'years')).toBe('1500');
    // A span of years far back (retrial 56 printed "300000000 years").
    expect(formatNumber(300_000_000, 'years')).toBe('300,000,000');
  });

  it('formatNumber writes a sum of millions as the article does (retrial 70 keyed "8,000,000,000 dollars")', () => {
    expect(formatNumber(8e9, 'dollars')).toBe('8 billion');
    expect(formatNumber(3.5e9, 'dollars')).toBe('3.5 billion');
    expect(formatNumber(1_234_567, 'dollars')).toBe('1,234,567');
    expect(formatNumber(500_000, 'euros')).toBe('500,000');
    expect(formatNumber(8e6, 'people')).toBe('8,000,000');
    // Past a billion, any unit (trial 83 printed "5,390,000,000,000 tons").
    expect(formatNumber(5.39e12, 'tons')).toBe('5.39 trillion');
  });
});
