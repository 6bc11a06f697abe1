// The article's sentence a guess rests on, with the words it rests on marked (its text values and the
// names of the entities it names), and the paragraph number.
import { findSentence, sentencesOf } from '../article.js';
import type { Article, BankFile } from '../types.js';
import { fieldsOf, type Item } from './fields.js';
import type { ListName } from './model.js';

export interface Span {
  start: number;
  end: number;
}

/** Where each phrase occurs in `text` (case-insensitive), merged and in order. */
export function markSpans(text: string, phrases: readonly string[]): Span[] {
  const hay = text.toLowerCase();
  const spans: Span[] = [];
  for (const p of new Set(phrases.map((x) => x.trim()).filter((x) => x.length >= 2))) {
    const needle = p.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      // Whole words only: "Ortiz" in "Ortiz's", not "war" in "award".
      const before = at === 0 ? ' ' : hay[at - 1]!;
      const after = hay[at + needle.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || (/[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(needle))) continue;
      spans.push({ start: at, end: at + needle.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export interface Sentence {
  text: string;
  paragraph?: number;
  marks: Span[];
}

/** The words a guess rests on: its text values, and the names of the entities it names. */
function phrasesOf(bank: BankFile, list: ListName, item: Item): string[] {
  const out: string[] = [];
  const names = (id: unknown) => {
    const e = bank.entities.find((x) => x.id === id);
    if (e) out.push(e.name, ...(e.aliases ?? []), e.name.replace(/^the /i, ''));
  };
  for (const f of fieldsOf(bank, list, item)) {
    if (f.type === 'ref') names(f.value);
    else if (f.type === 'refs' && Array.isArray(f.value)) f.value.forEach(names);
    else if (f.type === 'text' && f.name !== 'kind') out.push(String(f.value));
    else if (f.type === 'texts' && Array.isArray(f.value)) out.push(...(f.value as string[]));
  }
  if (list === 'facts') {
    // Authored lists of objects ({replace, with}, {text, flaw}): their texts too.
    for (const v of Object.values(item)) {
      if (Array.isArray(v))
        for (const o of v)
          if (o && typeof o === 'object')
            out.push(...Object.values(o).filter((x): x is string => typeof x === 'string'));
    }
  }
  return out;
}

/** A fact's evidence; an entity's first sentence naming it. With the paragraph and the marked words. */
export function sentenceOf(bank: BankFile, article: Article, list: ListName, item: Item): Sentence | undefined {
  const phrases = phrasesOf(bank, list, item);
  if (list === 'facts') {
    const evidence = typeof item.evidence === 'string' ? item.evidence : '';
    const ref = findSentence(article, evidence);
    return { text: evidence, paragraph: ref?.paragraph, marks: markSpans(evidence, phrases) };
  }
  const names = [item.name, ...(Array.isArray(item.aliases) ? item.aliases : [])].filter(
    (n): n is string => typeof n === 'string',
  );
  for (const s of sentencesOf(article)) {
    const marks = markSpans(s.sentence, [...names, ...names.map((n) => n.replace(/^the /i, ''))]);
    if (marks.length > 0)
      return {
        text: s.sentence,
        paragraph: s.paragraph,
        marks: markSpans(s.sentence, [...phrases, ...names.map((n) => n.replace(/^the /i, ''))]),
      };
  }
  return undefined;
}
