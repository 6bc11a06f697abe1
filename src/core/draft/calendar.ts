// Month and weekday names as articles write them: one declaration for the drafter's date patterns (the date
// line, a date to swap in a false version, a day of the month that is no count, events told by their day).

const MONTH_NAMES = [
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
export const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)`;

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
