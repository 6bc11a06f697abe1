// A one-line text field's editing as pure functions on {text, cursor}: the field component only maps keys.

export interface Field {
  text: string;
  /** Cursor position in code points, 0..length. */
  cursor: number;
}

export const emptyField: Field = { text: '', cursor: 0 };

const cps = (text: string) => [...text];

export function insert(f: Field, typed: string): Field {
  // Pasted text arrives in one piece; line breaks and control characters do not belong in a one-line answer.
  const clean = cps(typed.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
  if (clean.length === 0) return f;
  const chars = cps(f.text);
  chars.splice(f.cursor, 0, ...clean);
  return { text: chars.join(''), cursor: f.cursor + clean.length };
}

export function backspace(f: Field): Field {
  if (f.cursor === 0) return f;
  const chars = cps(f.text);
  chars.splice(f.cursor - 1, 1);
  return { text: chars.join(''), cursor: f.cursor - 1 };
}

export function deleteForward(f: Field): Field {
  const chars = cps(f.text);
  if (f.cursor >= chars.length) return f;
  chars.splice(f.cursor, 1);
  return { text: chars.join(''), cursor: f.cursor };
}

export function move(f: Field, by: number): Field {
  return { ...f, cursor: Math.max(0, Math.min(cps(f.text).length, f.cursor + by)) };
}

export function home(f: Field): Field {
  return { ...f, cursor: 0 };
}

export function end(f: Field): Field {
  return { ...f, cursor: cps(f.text).length };
}

/** Ctrl+W: the word before the cursor. */
export function deleteWordBack(f: Field): Field {
  const chars = cps(f.text);
  let i = f.cursor;
  while (i > 0 && chars[i - 1] === ' ') i--;
  while (i > 0 && chars[i - 1] !== ' ') i--;
  chars.splice(i, f.cursor - i);
  return { text: chars.join(''), cursor: i };
}
