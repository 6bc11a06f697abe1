// Text as styled lines, wrapped by us rather than by Ink, so every screen knows its own height: that is
// what keeps screens inside 40x20 terminals (scrolling instead of spilling) and lets resize re-wrap.

export type ColorName = 'green' | 'red' | 'yellow' | 'cyan' | 'blue' | 'magenta' | 'gray';

export interface Seg {
  text: string;
  color?: ColorName;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Line {
  segs: Seg[];
  /** Spaces before the first row. */
  indent?: number;
  /** Spaces before continuation rows (a hanging indent for "a) ..." and "[3] ..."). */
  hang?: number;
}

/** A wrapped row: at most `width` characters. */
export type Row = Seg[];

export function line(...segs: (Seg | string)[]): Line {
  return { segs: segs.map((s) => (typeof s === 'string' ? { text: s } : s)) };
}

export const blank: Line = { segs: [] };

/** Characters as the terminal counts them (code points; good enough for the article's Latin text). */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function rowText(row: Row): string {
  return row.map((s) => s.text).join('');
}

/** Wraps one line at spaces to `width` columns; words longer than a row are cut. */
export function wrapLine(l: Line, width: number): Row[] {
  const indent = l.indent ?? 0;
  const hang = l.hang ?? indent;
  // One entry per code point with the index of its segment, so styles survive the wrapping.
  const chars: { ch: string; seg: number }[] = [];
  l.segs.forEach((s, seg) => {
    for (const ch of s.text) chars.push({ ch: ch === '\t' || ch === '\n' ? ' ' : ch, seg });
  });
  const rows: Row[] = [];
  let start = 0;
  let first = true;
  const w = Math.max(1, width);
  if (chars.length === 0) return [[{ text: ' '.repeat(Math.min(indent, w)) }].filter((s) => s.text !== '')];
  while (start < chars.length) {
    const pad = Math.min(first ? indent : hang, w - 1);
    const room = w - pad;
    let end = Math.min(chars.length, start + room);
    if (end < chars.length) {
      // Break at the last space that fits; keep a space that falls exactly at the edge out of the row.
      let brk = -1;
      for (let i = end; i > start; i--)
        if (chars[i]!.ch === ' ') {
          brk = i;
          break;
        }
      if (brk > start) end = brk;
    }
    rows.push(toRow(chars.slice(start, end), l.segs, pad));
    start = end;
    while (start < chars.length && chars[start]!.ch === ' ' && start > 0) start++;
    first = false;
  }
  return rows;
}

function toRow(chars: { ch: string; seg: number }[], segs: Seg[], pad: number): Row {
  const row: Row = pad > 0 ? [{ text: ' '.repeat(pad) }] : [];
  let cur: Seg | undefined;
  let curSeg = -1;
  for (const c of chars) {
    if (c.seg !== curSeg) {
      const { text: _t, ...style } = segs[c.seg]!;
      cur = { ...style, text: '' };
      row.push(cur);
      curSeg = c.seg;
    }
    cur!.text += c.ch;
  }
  return row;
}

/** Wraps lines and tells on which row each line starts (for keeping a focused line in view). */
export function wrapLines(lines: readonly Line[], width: number): { rows: Row[]; starts: number[] } {
  const rows: Row[] = [];
  const starts: number[] = [];
  for (const l of lines) {
    starts.push(rows.length);
    rows.push(...wrapLine(l, width));
  }
  starts.push(rows.length);
  return { rows, starts };
}

/** The first row to show so that rows [from, to) are visible, moving as little as possible from `top`. */
export function topFor(from: number, to: number, height: number, top = 0): number {
  if (to - from >= height) return from;
  if (from < top) return from;
  if (to > top + height) return to - height;
  return top;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
