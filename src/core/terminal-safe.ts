// Bank text is untrusted: an escape sequence in a bank must never reach a terminal raw (it could
// retitle the window, hide text or worse). Control characters are shown escaped instead.

// C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that can disguise text.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** Same, on one line: newlines and tabs become spaces too (for prompts and options). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text.replace(/[\t\r\n]+/g, ' '));
}
