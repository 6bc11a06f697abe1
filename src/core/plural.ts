/** A count and its noun: "1 student", "3 students" (the plural is the noun with an s unless given). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
