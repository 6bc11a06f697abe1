/** A count and its noun: "1 student", "3 students" (the plural is the noun with an s unless given). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/**
 * The words after a blank that stands for one thing, with the noun's number left open: "_____ death, ..." would
 * tell the blank is 1, "_____ death(s), ..." does not. `openNoun(' death, 84 year old')` is ' death(s), 84 year old'.
 */
export function openNoun(after: string): string {
  // "_____ percentage point clear": the noun is the second word of a unit of two ("percentage point(s)").
  const two = /^(\s+)((?:percentage|square|cubic|nautical|light)\s+)(\p{Ll}{3,})(?=[\s,.;:]|$)/u.exec(after);
  if (two) return `${two[1]}${two[2]}${two[3]}(s)${after.slice(two[0].length)}`;
  return after.replace(/^(\s+)(\p{Ll}{3,})(?=[\s,.;:]|$)/u, (_, space: string, noun: string) => `${space}${noun}(s)`);
}

/**
 * A bank's unit (written for many) as it reads after its figure: `unitFor(1, 'percentage points')` is
 * 'percentage point', `unitFor(2, 'percentage points')` is unchanged; so are 'miles per hour' -> 'mile per hour'
 * and 'degrees Celsius' -> 'degree Celsius' (trial 274's key printed "1 percentage points").
 */
export function unitFor(value: number, unit: string): string {
  if (value !== 1) return unit;
  const per = unit.search(/\s(?:per|a|an|each|of)\s/);
  const head = per >= 0 ? unit.slice(0, per) : unit.replace(/\s+(?:Celsius|Fahrenheit|Kelvin)$/, '');
  const rest = unit.slice(head.length);
  const words = head.split(' ');
  words[words.length - 1] = singular(words[words.length - 1]!);
  return words.join(' ') + rest;
}

function singular(word: string): string {
  const irregular: Record<string, string> = {
    people: 'person',
    children: 'child',
    men: 'man',
    women: 'woman',
    crises: 'crisis',
    analyses: 'analysis',
    theses: 'thesis',
    feet: 'foot',
  };
  if (irregular[word]) return irregular[word]!;
  // "1 species", "1 series", "1 news item": the same word for one and many.
  if (/^(?:species|series|news|means|headquarters|aircraft|sheep|deer|fish|data)$/.test(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(word)) return word.slice(0, -2);
  // "buses", "viruses", "campuses": "-us" words; not "houses", "causes".
  if (/[^aeiou][aeiu]?uses$/.test(word) && !/(?:ouses|auses)$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}
