// Month and weekday names as articles write them: one declaration for the drafter's date patterns (the date
// line, a date to swap in a false version, a day of the month that is no count, events told by their day) and for
// reading a day a student types ("December 21" for the article's "Dec. 21").

/** The months' full names, January to December. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A month's name, full or short, with or without its full stop ("March", "Sept."): a pattern, no group. */
// The full stop goes with a short name only: "in October." ends a sentence (trial 187 dated an event "in October.").
// "DEC. 15, 2020 —": a release's date line writes the short month in capitals, always with its dot (trial 424).
export const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\.)`;

/**
 * A day written "04/28/2015" as the month's name says it ("April 28, 2015"), where the order is plain: a part above 12 is
 * the day. Undefined for "04/05/2015", which reads two ways.
 */
export function slashDateInWords(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = a <= 12 && b > 12 && b <= 31 ? [a, b] : b <= 12 && a > 12 && a <= 31 ? [b, a] : [0, 0];
  return month ? `${MONTH_NAMES[month - 1]} ${day}, ${m[3]}` : undefined;
}

/** A weekday's name ("Monday"): a pattern, no group. */
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** monthNumber('Sept.') -> 9; 0 when the word names no month. */
export function monthNumber(name: string): number {
  const short = name.replace(/\.$/, '').toLowerCase();
  if (short.length < 3) return 0;
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(short)) + 1;
}

/** weekdayNumber('Thursday') -> 4 (Sunday is 0); -1 when the word names no weekday. */
export function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.findIndex((d) => d.toLowerCase() === name.toLowerCase());
}

/** A day of the year as typed or written: month and day, and the year when one is given. */
export interface CalendarDay {
  month: number;
  day: number;
  year?: number;
}

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const MONTH_DAY = new RegExp(`^(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${ORDINAL}${YEAR}$`, 'i');
const DAY_MONTH = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?(${MONTH})${YEAR}$`, 'i');

/**
 * The day a text names, in any of the ways readers write one; undefined for anything else.
 *
 *   readDate('Dec. 21') -> { month: 12, day: 21 }; readDate('21st of December 2020') -> { month: 12, day: 21, year: 2020 }
 */
export function readDate(text: string): CalendarDay | undefined {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.,]$/, '');
  const md = MONTH_DAY.exec(t);
  const dm = md ? undefined : DAY_MONTH.exec(t);
  const [monthName, day, year] = md ? [md[1]!, md[2]!, md[3]] : dm ? [dm[2]!, dm[1]!, dm[3]] : [];
  if (!monthName || !day) return undefined;
  const month = monthNumber(monthName);
  const d = Number(day);
  if (month === 0 || d < 1 || d > 31) return undefined;
  return year ? { month, day: d, year: Number(year) } : { month, day: d };
}
