/** A count and its noun: "1 student", "3 students" (the plural is the noun with an s unless given). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/**
 * The words after a blank that stands for one thing, with the noun's number left open: "_____ death, ..." would
 * tell the blank is 1, "_____ death(s), ..." does not. `openNoun(' death, 84 year old')` is ' death(s), 84 year old'.
 */
export function openNoun(after: string): string {
  return after.replace(/^(\s+)(\p{Ll}{3,})(?=[\s,.;:]|$)/u, (_, space: string, noun: string) => `${space}${noun}(s)`);
}
