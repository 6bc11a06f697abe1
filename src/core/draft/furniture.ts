// Page furniture: lines a copy-paste from a web page brings along that are not the article (photo
// credits, comment forms, share buttons, cookie banners). Drafting drops them and lists them in
// article.exclude, so the author sees exactly what was left out.

// Anywhere in a line: marks no article sentence carries.
const ALWAYS: readonly RegExp[] = [
  /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/i,
  /\bthis site uses akismet\b/i,
  /\bwe use cookies\b|\b(accept|allow|manage) (all )?cookies\b|\bcookie (policy|settings|preferences)\b/i,
];

// Whole short lines only, so a paragraph that merely starts with "Share" or "Related" stays.
const SHORT_LINE: readonly RegExp[] = [
  /^leave a (comment|reply)\b/i,
  /^\d*\s*comments?$/i,
  /^(share|share this( article| story| post)?|share on \w+|tweet( this)?|email this|print this)\s*[:!]?$/i,
  /^(read more|read also|see also|related( articles| stories| posts)?|more from .*|recommended( for you)?)\s*(:.*)?$/i,
  /^(photo|image|picture|credit|caption|video)s?\s*(:|by\b)/i,
  /^(subscribe|sign up|newsletter|follow us|advertisement|sponsored( content)?|click here|tags?:|posted in|filed under)\b/i,
  /^(previous|next) (article|post|story)\b/i,
];

/** True when a line is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (ALWAYS.some((re) => re.test(t))) return true;
  return t.length <= 120 && SHORT_LINE.some((re) => re.test(t));
}

/** The furniture lines of a text, trimmed and without repeats, in reading order. */
export function findFurniture(text: string): string[] {
  const out: string[] = [];
  let seenTitle = false;
  for (const raw of text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim().slice(0, 1000);
    if (!line) continue;
    // The first line is the title; never furniture.
    if (!seenTitle) {
      seenTitle = true;
      continue;
    }
    if (isFurniture(line) && !out.includes(line)) out.push(line);
  }
  return out;
}
