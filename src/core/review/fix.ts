// The obvious fix for a lint problem, where there is one: evidence that is not a whole sentence of the
// article gets the closest sentence. Kept apart from problems.ts so the screen's bundle stays light.
import { closestSentence, findSentence } from '../article.js';
import { foldForMatch } from '../text.js';
import type { Article, Fact } from '../types.js';

export interface Fix {
  label: string;
  field: string;
  value: unknown;
}

/** The obvious fix for a fact: evidence that is not a whole sentence of the article gets the closest one. */
export function fixFor(article: Article, fact: Fact | Record<string, unknown>): Fix | undefined {
  const evidence = (fact as { evidence?: unknown }).evidence;
  if (typeof evidence !== 'string' || findSentence(article, evidence)) return undefined;
  const near = closestSentence(article, evidence);
  if (!near || foldForMatch(near.sentence) === foldForMatch(evidence)) return undefined;
  return { label: `use paragraph ${near.paragraph}'s sentence as evidence`, field: 'evidence', value: near.sentence };
}
