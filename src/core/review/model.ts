// The review of a drafted bank, as data: which guesses there are, where the author is, and the edits made
// so far. The reducer (review-reducer.ts) turns actions into new states; the io layer turns `journal`
// into edits of the YAML file. No yaml here: an edit is an operation on a list item by index.
import type { Article, BankFile } from '../types.js';
import type { BankSummary, previewQuestion } from './preview.js';
import type { ItemProblem } from './problems.js';

export type ListName = 'entities' | 'facts';

/** One entry of the bank under review: an entity or a fact, named by a key that survives deletions. */
export interface ReviewItem {
  list: ListName;
  /** Stable key (its index when the review started). */
  key: number;
  /** The `# check:` notes of the draft (without `check:`); empty for items without a guess to check. */
  notes: string[];
  status: 'open' | 'accepted' | 'deleted';
}

/** An edit of the bank file, by position at the moment it applies (ops of one decision apply in order). */
export type EditOp =
  /** Remove the item's `# check:` comments. */
  | { op: 'uncheck'; list: ListName; index: number }
  /** Set a field of the item; `value: undefined` removes the field. */
  | { op: 'set'; list: ListName; index: number; field: string; value: unknown }
  /** Remove the item (with its comments). */
  | { op: 'delete'; list: ListName; index: number };

export type Mode =
  | { type: 'browse' }
  /** Editing the selected field's text in place. */
  | { type: 'edit'; field: string; text: string; cursor: number; problem?: string }
  /** Picking entities for a reference field (several for a list), filtered by what is typed. */
  | { type: 'pick'; field: string; multi: boolean; filter: string; cursor: number; chosen: string[] }
  /** Choosing one of a field's allowed values (an entity's kind, a quantity's precision). */
  | { type: 'choose'; field: string; options: readonly string[]; cursor: number }
  /** Deleting an entity other facts need: they go too, once confirmed. */
  | { type: 'confirm-delete'; facts: string[]; lists: string[] }
  /** The end screen: what the bank now makes. */
  | { type: 'end' };

export interface Snapshot {
  bank: BankFile;
  keys: { entities: number[]; facts: number[] };
  items: ReviewItem[];
  pos: number;
}

export interface ReviewState extends Snapshot {
  article: Article;
  /** The selected row among the item's fields. */
  field: number;
  mode: Mode;
  /** Every decision's edits, in order; undo drops the last. */
  journal: EditOp[][];
  /** The state before each decision in `journal`. */
  history: Snapshot[];
  /** One line about the last action ("accepted", "nothing to undo"). */
  message?: string;
  /** `# check:` notes outside entities and facts, by place. */
  elsewhere: string[];
}

export interface ReviewInput {
  /** The bank as read from YAML (it may still have lint problems). */
  bank: BankFile;
  article: Article;
  /** `# check:` notes per entity and per fact, by index. */
  notes: { entities: string[][]; facts: string[][] };
  /** Review every entity and fact, not only those with a note. */
  all?: boolean;
  /** Where other `# check:` notes sit ('article.exclude'): the end screen points at them. */
  elsewhere?: string[];
}

/**
 * What the screen asks of the linter and the generator. The command passes these in (they are already in
 * the CLI's bundle), so the Ink bundle that `take` also loads does not carry the generator twice.
 */
export interface ReviewInsight {
  problemsOf(bank: BankFile, article: Article, list: ListName, index: number): ItemProblem[];
  previewQuestion: typeof previewQuestion;
  summarize(bank: BankFile, article: Article): BankSummary;
}
