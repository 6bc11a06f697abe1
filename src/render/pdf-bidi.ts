// Right-to-left text on the PDF page: the Unicode Bidirectional Algorithm (bidi-js) puts each wrapped line's
// characters in the order they are drawn. Text is wrapped in the order it is written, then each line is
// reordered, as the algorithm prescribes. bidi-js (45 KB, about 2 ms to load and 5 ms to build its tables
// on first use) is loaded only by a PDF run whose bank or seed holds a right-to-left character.
import type { Bidi } from 'bidi-js';

/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms; the RTL marks. */
export const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]|\ud802[\udc00-\udfff]|\ud83a/;

let bidi: Bidi | undefined;

/** Loads bidi-js if `text` holds a right-to-left character (it is drawn with it only then). */
export async function loadBidiFor(text: string): Promise<void> {
  if (bidi || !RTL.test(text)) return;
  const factory = ((await import('bidi-js')) as unknown as { default: () => Bidi }).default;
  bidi = factory();
}

/** A piece of a line that runs one way: its characters as written, and which way they are drawn. */
export interface DirectedRun {
  text: string;
  rtl: boolean;
}

/**
 * The line's runs in the order they are drawn, left to right. A right-to-left run keeps its characters in
 * written order (the shaper lays them out right to left), with brackets and the like mirrored.
 * `direction` is the paragraph's: the sheet's own lines are left to right.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): DirectedRun[] {
  if (!bidi) throw new Error('readquiz: loadBidiFor() must run before right-to-left text is drawn');
  const resolved = bidi.getEmbeddingLevels(line, direction);
  // Spaces that end a line take the paragraph's level (rule L1), as the reordering below does.
  const levels = resolved.levels.slice();
  for (let i = line.length - 1; i >= 0 && /\s/.test(line[i]!); i--) levels[i] = direction === 'rtl' ? 1 : 0;
  // Character positions in drawing order: the algorithm's reversals (rule L2).
  const order = Array.from({ length: line.length }, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(line, resolved)) {
    for (let a = start!, b = end!; a < b; a++, b--) {
      const keep = order[a]!;
      order[a] = order[b]!;
      order[b] = keep;
    }
  }
  const runs: DirectedRun[] = [];
  let i = 0;
  while (i < order.length) {
    const first = order[i]!;
    const rtl = (levels[first]! & 1) === 1;
    // A run: positions that follow one another in the text, forwards (left to right) or backwards.
    let j = i + 1;
    while (
      j < order.length &&
      (levels[order[j]!]! & 1) === (rtl ? 1 : 0) &&
      order[j] === order[j - 1]! + (rtl ? -1 : 1)
    )
      j++;
    const lo = rtl ? order[j - 1]! : first;
    const hi = rtl ? first : order[j - 1]!;
    let text = line.slice(lo, hi + 1);
    if (rtl) text = mirrored(text);
    runs.push({ text, rtl });
    i = j;
  }
  return runs;
}

/** The base direction of a paragraph: that of its first letter (rules P2 and P3). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (!bidi || !RTL.test(text)) return 'ltr';
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) & 1 ? 'rtl' : 'ltr';
}

/** Brackets and other paired signs in their mirror image, as a right-to-left run draws them. */
function mirrored(text: string): string {
  let out = '';
  for (const c of text) out += bidi!.getMirroredCharacter(c) ?? c;
  return out;
}
