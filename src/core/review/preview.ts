// What the screen shows beside a guess: the article's sentence with the words the guess rests on marked,
// a question the generator would make of it, and at the end what the whole bank now makes.
import { findSentence, sentencesOf } from '../article.js';
import { allQuestions, generateQuiz } from '../generate.js';
import type { Article, BankFile, Question } from '../types.js';
import { fieldsOf, type Item } from './fields.js';
import type { ListName } from './model.js';
import { asBank, errorCount, problemsByItem } from './problems.js';

export const PREVIEW_SEED = 'review';

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
      if (Array.isArray(v)) for (const o of v) if (o && typeof o === 'object') out.push(...Object.values(o).filter((x): x is string => typeof x === 'string'));
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
  const names = [item.name, ...(Array.isArray(item.aliases) ? item.aliases : [])].filter((n): n is string => typeof n === 'string');
  for (const s of sentencesOf(article)) {
    const marks = markSpans(s.sentence, [...names, ...names.map((n) => n.replace(/^the /i, ''))]);
    if (marks.length > 0) return { text: s.sentence, paragraph: s.paragraph, marks: markSpans(s.sentence, [...phrases, ...names.map((n) => n.replace(/^the /i, ''))]) };
  }
  return undefined;
}

const PREFERRED: readonly Question['type'][] = ['multiple-choice', 'short-answer', 'numeric', 'true-false', 'cloze', 'multi-select', 'matching', 'ordering'];

const questionCache = new WeakMap<BankFile, Question[] | string>();

const soundCache = new WeakMap<BankFile, BankFile>();

/** The bank without the facts that have lint errors (the bank itself when none has). */
function soundBank(bank: BankFile, article: Article): BankFile {
  let hit = soundCache.get(bank);
  if (!hit) {
    const problems = problemsByItem(bank, article);
    const broken = (i: number) => (problems.get(`facts.${i}`) ?? []).some((p) => p.severity === 'error');
    hit = bank.facts.some((_, i) => broken(i)) ? { ...bank, facts: bank.facts.filter((_, i) => !broken(i)) } : bank;
    soundCache.set(bank, hit);
  }
  return hit;
}

/**
 * Every question variant the bank makes (once per bank object). A fact with lint errors is left out, so
 * one broken fact does not hide the questions of the others.
 */
function questionsOf(bank: BankFile, article: Article): Question[] | string {
  const hit = questionCache.get(bank);
  if (hit !== undefined) return hit;
  let out: Question[] | string;
  const sound = soundBank(bank, article);
  if (sound.facts.length === 0) out = 'every fact has lint problems; fix them to see questions';
  else {
    try {
      out = allQuestions(asBank(sound, article), { seed: PREVIEW_SEED });
    } catch (err) {
      out = `the bank cannot make questions yet: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  questionCache.set(bank, out);
  return out;
}

/** One question the fact makes (the first of the preferred types), or why there is none. */
export function previewQuestion(bank: BankFile, article: Article, factId: string): { question?: Question; why?: string; types: Question['type'][] } {
  const i = bank.facts.findIndex((f) => f.id === factId);
  if ((problemsByItem(bank, article).get(`facts.${i}`) ?? []).some((p) => p.severity === 'error')) return { why: 'fix the problems of this fact to see its questions', types: [] };
  const all = questionsOf(bank, article);
  if (typeof all === 'string') return { why: all, types: [] };
  const mine = all.filter((q) => q.factId === factId);
  const types = PREFERRED.filter((t) => mine.some((q) => q.type === t));
  if (mine.length === 0) return { why: 'this fact makes no question yet', types };
  return { question: mine.find((q) => q.type === types[0])!, types };
}

export interface BankSummary {
  facts: number;
  entities: number;
  /** Questions a quiz can draw: one per fact and type. */
  questions: number;
  /** By skill when the quiz contract has skills; otherwise by question type. */
  groupedBy: 'skill' | 'type';
  groups: { name: string; count: number }[];
  sample: Question[];
  errors: number;
  why?: string;
}

const summaryCache = new WeakMap<BankFile, BankSummary>();

/** What the bank makes now (once per bank object: the end screen redraws often). */
export function summarize(bank: BankFile, article: Article): BankSummary {
  let hit = summaryCache.get(bank);
  if (!hit) summaryCache.set(bank, (hit = computeSummary(bank, article, 5)));
  return hit;
}

function computeSummary(bank: BankFile, article: Article, sampleSize: number): BankSummary {
  const all = questionsOf(bank, article);
  const base = { facts: bank.facts.length, entities: bank.entities.length, errors: errorCount(bank, article) };
  if (typeof all === 'string') return { ...base, questions: 0, groupedBy: 'type', groups: [], sample: [], why: all };
  const pairs = new Map<string, Question>();
  for (const q of all) pairs.set(`${q.factId}:${q.type}`, q);
  const hasSkill = all.some((q) => typeof (q as unknown as { skill?: unknown }).skill === 'string');
  const counts = new Map<string, number>();
  for (const q of pairs.values()) {
    const name = hasSkill ? String((q as unknown as { skill: string }).skill) : q.type;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let sample: Question[] = [];
  const facts = new Set([...pairs.values()].map((q) => q.factId)).size;
  for (let n = Math.min(sampleSize, facts); n > 0 && sample.length === 0; n--) {
    try {
      sample = generateQuiz(asBank(soundBank(bank, article), article), { seed: PREVIEW_SEED, count: n }).questions;
    } catch {
      sample = [];
    }
  }
  return { ...base, questions: pairs.size, groupedBy: hasSkill ? 'skill' : 'type', groups: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count), sample };
}
