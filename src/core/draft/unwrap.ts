import { GLOSSARY_ENTRY } from './glossary.js';

/**
 * The lines of a hard-wrapped paste joined into the lines of its paragraphs, with the lines each came from: a copy
 * of a PDF or a reader's page breaks a paragraph every 80-100 characters ("It reduces the risks of dying from all
 * causes, including cancer" / "and heart disease."), and read line by line its first line stood as the title and its
 * lines as captions (trial 346).
 *
 *   unwrapLines(['It reduces the risks, including cancer', 'and heart disease.', '', 'April 03,', '2017', ...])
 *   -> lines ['It reduces the risks, including cancer and heart disease.', '', 'April 03, 2017', ...]
 *
 * A line continues the one above it when that one stops mid-sentence (no full stop, colon or closing quote) and this
 * one opens in lower case ("and heart disease"), or after a comma with a figure ("2017"); never onto a short first
 * line, the headline, nor a byline ("by Jane Doe", "reporting by ..."). Only a paste with three such breaks or more is
 * read as wrapped: a paste of one line per paragraph keeps every line.
 */
export function unwrapLines(lines: readonly string[]): { lines: string[]; parts: string[][] } {
  // A short first line is the headline and stands alone: "reporting by maria gomez" or a dek in lower case under it is
  // no more of it (the review of s29 had the byline in the title).
  const headline = lines.findIndex((l) => l.trim() !== '');
  const continues = (above: string | undefined, line: string, at: number): boolean => {
    // A first line of ten words or more is a lede's, wrapped (a paste with no headline), not a headline.
    if (!above || !line || (at - 1 === headline && above.split(/\s+/).length < 10)) return false;
    if (/[.!?:;…]["'”’)\]]*$/.test(above)) return false;
    // A glossary's entries, one a line ("rake – v. to gather leaves ...", "organize – v. ..."): each its own (the review
    // of s30 read three as one wrapped paragraph, and a sentence of the story).
    if (GLOSSARY_ENTRY.test(line) || GLOSSARY_ENTRY.test(above)) return false;
    if (
      /^(?:by|via|posted|updated|photo|image|credit|source|from|reporting|written|edited|additional|story|with)\b/i.test(
        line,
      )
    )
      return false;
    if (/,$/.test(above) && /^(?:\d|\p{Ll})/u.test(line)) return true;
    // "... signs of liquid water have been found on" / "Mars. The Mars Reconnaissance Orbiter ...": a line that breaks
    // after a word no sentence ends on goes on, whatever the next line's capital (trial 371 left the lede's first line
    // out as page furniture).
    if (
      /\s(?:on|of|in|the|a|an|to|and|or|for|with|at|by|from|that|as|into|onto|than|its|their|his|her|our)$/.test(
        above,
      ) &&
      above.split(/\s+/).length >= 6 &&
      /^["“]?\p{Lu}/u.test(line)
    )
      return true;
    return /^\p{Ll}\p{Ll}/u.test(line) && above.split(/\s+/).length >= 4;
  };
  const breaks = lines.filter((l, i) => continues(lines[i - 1], l, i)).length;
  if (breaks < 3) return { lines: [...lines], parts: lines.map((l) => [l]) };
  const out: string[] = [];
  const parts: string[][] = [];
  lines.forEach((l, i) => {
    if (i > 0 && continues(lines[i - 1], l, i) && out.length) {
      out[out.length - 1] = `${out[out.length - 1]} ${l}`;
      parts[parts.length - 1]!.push(l);
    } else {
      out.push(l);
      parts.push([l]);
    }
  });
  return { lines: out, parts };
}
