import { describe, expect, it } from 'vitest';
import { MONTH, monthNumber, readDate, WEEKDAY, weekdayNumber } from '../../src/core/calendar.js';

describe('calendar', () => {
  it('reads months full and short, and weekdays', () => {
    expect(['January', 'Sept.', 'Sep', 'Dec.', 'May', 'mar'].map(monthNumber)).toEqual([1, 9, 9, 12, 5, 3]);
    expect(monthNumber('Ma')).toBe(0);
    expect(monthNumber('Monday')).toBe(0);
    expect(['Sunday', 'thursday', 'Someday'].map(weekdayNumber)).toEqual([0, 4, -1]);
  });

  it('gives patterns with no group of their own', () => {
    expect(new RegExp(`^${MONTH} \\d+$`).exec('Aug. 13')?.length).toBe(1);
    expect(new RegExp(`^${WEEKDAY}$`).test('Saturday')).toBe(true);
  });
});

describe('readDate', () => {
  it('reads a day as readers write one, and nothing else', () => {
    expect(readDate('Dec. 21')).toEqual({ month: 12, day: 21 });
    expect(readDate('21st of December 2020')).toEqual({ month: 12, day: 21, year: 2020 });
    expect(readDate('Thursday, January 12, 2018')).toEqual({ month: 1, day: 12, year: 2018 });
    expect(readDate('may 3')).toEqual({ month: 5, day: 3 });
    for (const none of ['December', '21', 'Dec. 32', 'the 21st', 'Maybe 3', '12/21'])
      expect(readDate(none)).toBeUndefined();
  });
});
