import { TENS_WORDS, UNIT_WORDS } from './text.js';

/** The scale words a spoken figure multiplies by. */
const SCALE_OF: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The leading number words of `words` (lower case, one word each) as a figure, and how many words it took; undefined
 * when the first is none. One reader for the drafter's spoken figures and the scoring of typed answers:
 *
 *   readNumberWords(['two', 'hundred', 'and', 'ten', 'people']) -> { value: 210, used: 4 }
 *   readNumberWords(['one', 'hundred', 'thousand', 'million']) -> { value: 100_000_000_000, used: 4 }
 *   readNumberWords(['a', 'million']) -> { value: 1_000_000, used: 2 }
 */
export function readNumberWords(words: readonly string[]): { value: number; used: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let lastScale = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const unit = UNIT_WORDS.indexOf(w);
    const any = used > 0;
    if (unit >= 0) current += unit;
    else if (TENS_WORDS[w] !== undefined) current += TENS_WORDS[w]!;
    else if (w === 'hundred' && any) current = (current || 1) * 100;
    else if (SCALE_OF[w] !== undefined && any) {
      // "one hundred thousand million": a scale larger than any before multiplies all read so far (retrial 339 read
      // 1,100,000); "two million three hundred thousand" adds the smaller one.
      const scale = SCALE_OF[w]!;
      if (scale > lastScale) total = (total + (current || (total ? 0 : 1))) * scale;
      else total += (current || 1) * scale;
      lastScale = Math.max(lastScale, scale);
      current = 0;
    } else if (w === 'a' && !any && (words[i + 1] === 'hundred' || SCALE_OF[words[i + 1] ?? ''] !== undefined))
      current = 1;
    else if (
      w === 'and' &&
      any &&
      (UNIT_WORDS.includes(words[i + 1] ?? '') || TENS_WORDS[words[i + 1] ?? ''] !== undefined) &&
      // "three and three quarters": a fraction, which the caller reads.
      !/^quarters?$/.test(words[i + 2] ?? '')
    )
      continue;
    else break;
    used = i + 1;
  }
  return used > 0 ? { value: total + current, used } : undefined;
}
