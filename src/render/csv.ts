// CSV for spreadsheets. Cells a spreadsheet would run as a formula (starting with = + - @, or a tab or
// carriage return that some import paths strip first) get a leading apostrophe, so a student's answer
// "=HYPERLINK(...)" shows as text instead of running (OWASP "CSV injection"). Numbers we computed are
// written as numbers and left alone.

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: quoted when it holds a comma, semicolon, tab, quote or line break (quotes doubled); formulas neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Control characters (but tab and line breaks, which quoting keeps), DEL, C1 and bidi controls are data
  // no spreadsheet needs raw, and raw they would reach a terminal the CSV is printed to: shown as \u{1b}.
  let text = value.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Semicolons and tabs are quoted too, so a reader guessing the separator (as European spreadsheets do)
  // cannot mistake them for it.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
