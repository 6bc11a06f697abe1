// Bank text, answers and names are untrusted: an escape sequence in them must never reach a terminal raw
// (it could retitle the window, clear the screen, hide text or worse). Control characters are shown escaped.

// C0 controls except tab and newline, DEL, C1 controls, and bidi controls that can disguise text.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** Same, on one line: newlines and tabs become spaces too (for prompts and options). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text.replace(/[\t\r\n]+/g, ' '));
}

/** At most `max` characters (code points), a cut marked with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A value from the input, quoted in a message: on one safe line and clipped to a sane length. */
export function quoteForMessage(text: string, max = 80): string {
  return clip(terminalSafeLine(text), max);
}

/** The longest line a message prints; messages clip what they quote well below this. */
export const MAX_MESSAGE = 500;

/** A whole message line, safe for a terminal and of a sane length, whatever the input it quotes. */
export function messageLine(text: string): string {
  return clip(terminalSafeLine(text), MAX_MESSAGE);
}
