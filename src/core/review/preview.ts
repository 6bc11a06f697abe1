// A question the generator would make of a guess, and at the end what the whole bank now makes.
import { allQuestions, generateQuiz } from '../generate.js';
import type { Article, BankFile, Question } from '../types.js';
import { asBank, errorCount, problemsByItem } from './problems.js';

export const PREVIEW_SEED = 'review';

const PREFERRED: readonly Question['type'][] = [
  'multiple-choice',
  'short-answer',
  'numeric',
  'true-false',
  'cloze',
  'multi-select',
  'matching',
  'ordering',
];

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
export function previewQuestion(
  bank: BankFile,
  article: Article,
  factId: string,
): { question?: Question; why?: string; types: Question['type'][] } {
  const i = bank.facts.findIndex((f) => f.id === factId);
  if ((problemsByItem(bank, article).get(`facts.${i}`) ?? []).some((p) => p.severity === 'error'))
    return { why: 'fix the problems of this fact to see its questions', types: [] };
  const all = questionsOf(bank, article);
  if (typeof all === 'string') return { why: all, types: [] };
  const mine = all.filter((q) => q.factId === factId);
  const types = PREFERRED.filter((t) => mine.some((q) => q.type === t));
  if (mine.length === 0) return { why: 'this fact makes no question yet', types };
  return { question: mine.find((q) => q.type === types[0])!, types };
}

export interface BankSummary {
  /** The seed of the sample quiz. */
  seed: string;
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
  const base = {
    seed: PREVIEW_SEED,
    facts: bank.facts.length,
    entities: bank.entities.length,
    errors: errorCount(bank, article),
  };
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
  return {
    ...base,
    questions: pairs.size,
    groupedBy: hasSkill ? 'skill' : 'type',
    groups: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
    sample,
  };
}
