// CSV for spreadsheets. Cells a spreadsheet would run as a formula (starting with = + - @, or a tab or
// carriage return that some import paths strip first) get a leading apostrophe, so a student's answer
// "=HYPERLINK(...)" shows as text instead of running (OWASP "CSV injection"). Numbers we computed are
// written as numbers and left alone.

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: quoted when it holds a comma, semicolon, tab, quote or line break (quotes doubled); formulas neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Semicolons and tabs are quoted too, so a reader guessing the separator (as European spreadsheets do)
  // cannot mistake them for it.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
