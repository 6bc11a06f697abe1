// Bank text is untrusted and arbitrary: every string that reaches an output passes through the escaper of
// that output's syntax, so markup in a bank shows literally and never breaks the file around it.

// Bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) reorder the text around
// them: "evil\u202Etxt.exe" shows as "evilexe.txt". Wherever text is shown to people they are made visible
// as `\u{202e}` instead of acting.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

// What JSON.stringify leaves raw but a terminal, or a reader of the file, should never get raw: DEL, C1
// controls, the line and paragraph separators and bidi controls. As \uXXXX escapes the data is unchanged.
const JSON_RAW = /[\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** JSON text (from JSON.stringify) with those characters escaped: the same data, nothing raw. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line: tabs, newlines and control characters become single spaces (prompts, options, cells); bidi controls show. */
export function oneLine(text: string): string {
  return neutraliseBidi(text).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');
}

/** HTML text and attribute values (quotes too, so the same escaper serves both). */
// Control characters (C0 but tab/newline/return, DEL, C1): as character references they stay inert
// when the HTML is printed to a terminal, and browsers show them as nothing harmful.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function escapeHtml(text: string): string {
  return neutraliseBidi(text)
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!)
    .replace(CONTROL, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`);
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * XML 1.0 text and attribute values. Characters XML 1.0 cannot hold at all (C0 controls other than tab,
 * newline and return; lone surrogates; U+FFFE/U+FFFF) are dropped, or the file would not parse.
 */
export function escapeXml(text: string): string {
  return neutraliseBidi(text)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Moodle GIFT: ~ = # { } : and the backslash itself are escaped with a backslash; a GIFT question is one
 * paragraph, so line breaks become spaces. (GIFT has no escape for a newline.)
 */
export function escapeGift(text: string): string {
  return oneLine(neutraliseBidi(text)).replace(/[\\~=#{}:]/g, '\\$&');
}

/**
 * Markdown (CommonMark/GFM) inline text: punctuation that could start emphasis, code, links, HTML, tables,
 * strikethrough or an entity is backslash-escaped, so `<script>` and `&amp;` render as typed.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(neutraliseBidi(text)).replace(/[\\`*_[\]<>|~&#!$]/g, '\\$&');
}

/**
 * One field of Anki's tab-separated import. Fields holding a quote, tab or newline are quoted CSV-style
 * (inner quotes doubled), which Anki's importer reads as one field.
 */
export function ankiField(raw: string): string {
  // Anki shows fields as text; control characters in a bank would only reach a terminal raw.
  const text = neutraliseBidi(raw).replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  return /["\t\r\n]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text inside an Anki cloze note: a literal `{{` or `}}` would open or close a cloze, so it is split. */
export function escapeAnkiCloze(text: string): string {
  return text.replace(/\{\{/g, '{\u200B{').replace(/\}\}/g, '}\u200B}').replace(/::/g, ':\u200B:');
}
