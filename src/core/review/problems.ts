// Lint problems of the bank under review, by entity and fact, from the same checks `readquiz lint` runs
// (schema, check-bank, thin facts), with the fix offered where it is obvious.
import { checkBank } from '../check-bank.js';
import { questionTypesForFact, thinFactNeeds } from '../generate.js';
import { prepareBank } from '../prepare.js';
import { bankSchema } from '../schemas.js';
import type { Article, Bank, BankFile } from '../types.js';
import { validateAgainst } from '../validate.js';
import type { ListName } from './model.js';

export interface ItemProblem {
  /** The field concerned ('' for the whole item). */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const cache = new WeakMap<BankFile, Map<string, ItemProblem[]>>();

/** A bank the generator accepts, from the file's fields and the article. */
export function asBank(bank: BankFile, article: Article): Bank {
  return { ...bank, articleText: article, contentHash: 'review' };
}

/** Every problem, keyed 'entities.3' / 'facts.7' (other places under ''). Computed once per bank object. */
export function problemsByItem(bank: BankFile, article: Article): Map<string, ItemProblem[]> {
  const hit = cache.get(bank);
  if (hit) return hit;
  const out = new Map<string, ItemProblem[]>();
  const add = (path: readonly (string | number)[], message: string, severity: 'error' | 'warning') => {
    const key =
      (path[0] === 'entities' || path[0] === 'facts') && typeof path[1] === 'number' ? `${path[0]}.${path[1]}` : '';
    const field = key ? String(path[2] ?? '') : path.join('.');
    out.set(key, [...(out.get(key) ?? []), { field, message, severity }]);
  };
  const schemaIssues = validateAgainst(bankSchema as unknown as Record<string, unknown>, bank);
  for (const i of schemaIssues) add(i.path, i.message, 'error');
  if (schemaIssues.length === 0) {
    for (const p of checkBank(bank, article)) add(p.path, p.message, p.severity);
    if (![...out.values()].flat().some((p) => p.severity === 'error')) {
      // Prepared once: asking each fact about a plain bank would prepare the whole bank per fact.
      const full = prepareBank(asBank(bank, article));
      bank.facts.forEach((fact, i) => {
        if (questionTypesForFact(full, fact).length === 0)
          add(['facts', i], `too thin to make any question: ${thinFactNeeds(full, fact)}`, 'error');
      });
    }
  }
  cache.set(bank, out);
  return out;
}

export function problemsOf(bank: BankFile, article: Article, list: ListName, index: number): ItemProblem[] {
  return problemsByItem(bank, article).get(`${list}.${index}`) ?? [];
}

export function errorCount(bank: BankFile, article: Article): number {
  return [...problemsByItem(bank, article).values()].flat().filter((p) => p.severity === 'error').length;
}
