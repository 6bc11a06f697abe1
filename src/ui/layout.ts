// Splits the terminal into header, a scrollable body, a status row and the footer (seed and keys),
// all pre-wrapped to the width, so nothing is cut off: what does not fit scrolls.
import { clamp, line, topFor, wrapLines, type Line, type Row } from './lines.js';
import type { Size } from './use-terminal-size.js';
import { matches } from './keys.js';
import type { Key } from 'ink';

export interface Layout {
  width: number;
  header: Row[];
  body: Row[];
  /** Row index where each body line starts (plus one past the end). */
  starts: number[];
  footer: Row[];
  /** Body rows on screen. */
  height: number;
  /** Largest useful first row. */
  maxTop: number;
}

/** A key shown only when the footer has room (narrow terminals keep the essential ones). */
export interface ExtraKey {
  extra: string;
}

export function extra(text: string): ExtraKey {
  return { extra: text };
}

export interface Footer {
  seed: string;
  keys: readonly (string | ExtraKey)[];
  /** Rows the footer may take with its extra keys; past that they go. */
  rows: number;
}

/**
 * Keys in the footer: "seed e2e · Enter answer · s skip · q quit". The extra keys show while the footer
 * takes at most `rows` rows (two; the article's takes one, keeping every row it can for the text).
 */
export function footerLine(seed: string, keys: readonly (string | ExtraKey)[], rows = 2): Footer {
  return { seed, keys, rows };
}

/** The widest column of running text: longer lines are hard to follow from one to the next. */
export const READING_MEASURE = 100;

function footerRows(f: Footer, width: number): Row[] {
  const build = (withExtras: boolean): Line => {
    const keys = f.keys.flatMap((k) => (typeof k === 'string' ? [k] : withExtras ? [k.extra] : []));
    return {
      segs: [
        { text: `seed ${f.seed}`, bold: true },
        { text: ['', ...keys].join(' · '), dim: true },
      ],
      hang: 2,
    };
  };
  const full = wrapLines([build(true)], width).rows;
  return full.length <= f.rows ? full : wrapLines([build(false)], width).rows;
}

/** Rows moved right by `margin` columns (empty rows stay empty). */
function shifted(rows: Row[], margin: number): Row[] {
  if (margin <= 0) return rows;
  const pad = ' '.repeat(margin);
  return rows.map((r) => (r.length === 0 ? r : [{ text: pad }, ...r]));
}

/**
 * The screen's rows. With `measure`, the header and body are wrapped to at most that many columns and
 * centred in a wider terminal (the article at 200 columns), the footer keeping the whole width.
 */
export function screenLayout(
  size: Size,
  header: readonly Line[],
  body: readonly Line[],
  footer: Footer,
  measure?: number,
): Layout {
  // One column spare: writing into the last column makes some terminals wrap early.
  const width = Math.max(12, size.columns - 1);
  const column = measure === undefined ? width : Math.min(width, measure);
  const margin = Math.floor((width - column) / 2);
  const h = wrapLines(header, column);
  const b = wrapLines(body, column);
  const f = { rows: footerRows(footer, width) };
  // Ink needs one row for its trailing newline; the status row sits between body and footer.
  const height = Math.max(3, size.rows - 1 - h.rows.length - f.rows.length - 1);
  return {
    width,
    header: shifted(h.rows, margin),
    body: shifted(b.rows, margin),
    starts: b.starts,
    footer: f.rows,
    height,
    maxTop: Math.max(0, b.rows.length - height),
  };
}

/** First body row to show: `top` if given (clamped), else whatever keeps lines [from, to) in view. */
export function bodyTop(layout: Layout, top: number | undefined, focus?: readonly [number, number]): number {
  if (focus) {
    const from = layout.starts[focus[0]] ?? 0;
    const to = layout.starts[focus[1]] ?? layout.body.length;
    return clamp(topFor(from, to, layout.height, top ?? 0), 0, layout.maxTop);
  }
  return clamp(top ?? 0, 0, layout.maxTop);
}

/** Handles the scrolling keys shared by every scrollable screen; returns the new top, or undefined. */
export function scrollKey(
  input: string,
  key: Partial<Key>,
  top: number,
  layout: Layout,
  letters = true,
): number | undefined {
  const page = Math.max(1, layout.height - 1);
  // Without letters (screens where letters mean something else) only the keys count, as in a text field.
  const options = { typing: !letters };
  let next: number | undefined;
  if (matches('scrollUp', input, key, options)) next = top - 1;
  else if (matches('scrollDown', input, key, options)) next = top + 1;
  else if (matches('pageUp', input, key, options)) next = top - page;
  else if (matches('pageDown', input, key, options)) next = top + page;
  else if (matches('top', input, key, options)) next = 0;
  else if (matches('bottom', input, key, options)) next = layout.maxTop;
  return next === undefined ? undefined : clamp(next, 0, layout.maxTop);
}

export { line };
