import { describe, expect, it } from 'vitest';
import { MONTH, monthNumber, WEEKDAY, weekdayNumber } from '../../../src/core/draft/calendar.js';

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
