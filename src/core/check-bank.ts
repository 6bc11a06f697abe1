// What the schema cannot say: ids unique, references resolve, evidence is a verbatim article sentence,
// substitutions edit words that are there. Each problem carries the field path, so the loader can place it.
import { closestSentence, findSentence } from './article.js';
import type { FieldPath } from './errors.js';
import { foldForMatch } from './text.js';
import type { Article, BankFile, Fact } from './types.js';

export interface BankProblem {
  path: FieldPath;
  message: string;
  severity: 'error' | 'warning';
}

const REF_FIELDS: Record<string, string[]> = {
  set: ['members', 'nonMembers'],
  quote: ['speaker'],
  role: ['entity'],
  action: ['actor'],
  stance: ['actor'],
};

export function checkBank(bank: BankFile, article: Article): BankProblem[] {
  const problems: BankProblem[] = [];
  const error = (path: FieldPath, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: FieldPath, message: string) => problems.push({ path, message, severity: 'warning' });

  const entityIds = new Map<string, number>();
  bank.entities.forEach((e, i) => {
    if (entityIds.has(e.id))
      error(['entities', i, 'id'], `duplicate entity id '${e.id}' (first at entities[${entityIds.get(e.id)}])`);
    else entityIds.set(e.id, i);
  });
  const factIds = new Map<string, number>();
  bank.facts.forEach((f, i) => {
    if (factIds.has(f.id))
      error(['facts', i, 'id'], `duplicate fact id '${f.id}' (first at facts[${factIds.get(f.id)}])`);
    else factIds.set(f.id, i);
    if (entityIds.has(f.id))
      warn(['facts', i, 'id'], `fact id '${f.id}' is also an entity id; distinct ids read better in reports`);
  });

  // Two entities answering to the same name would make typed answers ambiguous.
  const names = new Map<string, string>();
  bank.entities.forEach((e, i) => {
    [e.name, ...(e.aliases ?? [])].forEach((n, j) => {
      const key = foldForMatch(n).toLowerCase();
      const owner = names.get(key);
      if (owner && owner !== e.id) {
        error(
          j === 0 ? ['entities', i, 'name'] : ['entities', i, 'aliases', j - 1],
          `'${n}' also names entity '${owner}'; a name or alias must point to one entity`,
        );
      } else names.set(key, e.id);
    });
  });

  bank.facts.forEach((fact, i) => {
    checkRefs(fact, i, entityIds, error);
    const found = findSentence(article, fact.evidence);
    if (!found) {
      const near = closestSentence(article, fact.evidence);
      const part = near && foldForMatch(near.sentence).includes(foldForMatch(fact.evidence));
      error(
        ['facts', i, 'evidence'],
        part
          ? `evidence is only part of a sentence; quote the whole sentence of paragraph ${near!.paragraph}: "${near!.sentence}"`
          : `evidence is not a sentence of the article${near ? `; closest (paragraph ${near.paragraph}): "${near.sentence}"` : ''}`,
      );
    }
    checkFactText(fact, i, error);
    checkLongestAnswer(fact, i, warn);
  });
  return problems;
}

/** The right answer and the wrong options an author wrote by hand, where those are the options shown. */
function writtenOptions(fact: Fact): { right: string; wrong: string[]; field: string } | undefined {
  switch (fact.kind) {
    case 'main-idea':
      return { right: fact.text, wrong: fact.wrong.map((w) => w.text), field: 'wrong' };
    case 'cause':
      return fact.wrong && fact.wrong.length >= 2
        ? { right: fact.cause, wrong: fact.wrong, field: 'wrong' }
        : undefined;
    case 'inference':
      return { right: fact.answer, wrong: fact.wrong, field: 'wrong' };
    case 'vocabulary':
      return { right: fact.meaning, wrong: fact.wrong, field: 'wrong' };
    case 'written':
      return fact.type === 'multiple-choice' && typeof fact.answer === 'string'
        ? { right: fact.answer, wrong: fact.choices ?? [], field: 'choices' }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Hand-written options where the answer is much the longest: a reader who has not read picks the longest
 * and is right. A third longer than every wrong one, and 20 characters more, is what a glance sees.
 */
function checkLongestAnswer(fact: Fact, i: number, warn: (p: FieldPath, m: string) => void) {
  const o = writtenOptions(fact);
  if (!o || o.wrong.length === 0) return;
  const longestWrong = Math.max(...o.wrong.map((w) => w.trim().length));
  const right = o.right.trim().length;
  if (right >= longestWrong * 1.3 && right - longestWrong >= 20)
    warn(
      ['facts', i, o.field],
      `the answer (${right} characters) is much longer than every wrong option (at most ${longestWrong}): a reader can pick it by length; lengthen the wrong ones or shorten the answer`,
    );
}

function checkRefs(fact: Fact, i: number, entityIds: Map<string, number>, error: (p: FieldPath, m: string) => void) {
  for (const field of REF_FIELDS[fact.kind] ?? []) {
    const value = (fact as unknown as Record<string, unknown>)[field];
    const refs = Array.isArray(value) ? value : value === undefined ? [] : [value];
    refs.forEach((ref, j) => {
      if (typeof ref === 'string' && !entityIds.has(ref)) {
        error(
          Array.isArray(value) ? ['facts', i, field, j] : ['facts', i, field],
          `unknown entity '${ref}'; expected the id of an entity in this bank`,
        );
      }
    });
  }
  if (fact.kind === 'set') {
    const members = new Set(fact.members);
    (fact.nonMembers ?? []).forEach((ref, j) => {
      if (members.has(ref))
        error(['facts', i, 'nonMembers', j], `'${ref}' is listed both as a member and as a non-member`);
    });
    const seen = new Set<string>();
    fact.members.forEach((ref, j) => {
      if (seen.has(ref)) error(['facts', i, 'members', j], `'${ref}' is listed twice`);
      seen.add(ref);
    });
  }
}

function checkFactText(fact: Fact, i: number, error: (p: FieldPath, m: string) => void) {
  const ev = foldForMatch(fact.evidence);
  if (fact.kind === 'quote' && !ev.includes(foldForMatch(fact.text))) {
    error(
      ['facts', i, 'text'],
      'the quoted words are not in the evidence sentence; copy them exactly, without quotation marks',
    );
  }
  if (fact.kind === 'quantity' && fact.text !== undefined && !ev.includes(foldForMatch(fact.text))) {
    error(
      ['facts', i, 'text'],
      `'${fact.text}' does not appear in the evidence; expected the number as the sentence writes it`,
    );
  }
  if (fact.kind === 'vocabulary' && !ev.toLowerCase().includes(foldForMatch(fact.word).toLowerCase())) {
    error(
      ['facts', i, 'word'],
      `'${fact.word}' does not appear in the evidence; expected the word as the sentence writes it`,
    );
  }
  if (
    fact.kind === 'vocabulary' &&
    fact.context !== undefined &&
    !ev.toLowerCase().includes(foldForMatch(fact.context).toLowerCase())
  ) {
    error(['facts', i, 'context'], 'the context is not part of the evidence; copy the words around the word exactly');
  }
  if (fact.kind === 'written') {
    if (fact.type === 'true-false' && typeof fact.answer !== 'boolean')
      error(['facts', i, 'answer'], 'a true-false question needs answer: true or answer: false');
    if (fact.type !== 'true-false' && typeof fact.answer !== 'string')
      error(['facts', i, 'answer'], `a ${fact.type} question needs the answer as text`);
    if (fact.type === 'multiple-choice' && (fact.choices ?? []).length < 2)
      error(['facts', i, 'choices'], 'a multiple-choice question needs at least 2 wrong options in choices');
    if (fact.opposite !== undefined && fact.type !== 'true-false')
      error(['facts', i, 'opposite'], 'opposite is for true-false questions only');
  }
  if (fact.kind === 'statement') {
    (fact.falsify ?? []).forEach((s, j) => {
      if (!fact.text.includes(s.replace))
        error(
          ['facts', i, 'falsify', j, 'replace'],
          `'${s.replace}' does not appear in text; expected words of the statement to replace`,
        );
      if (foldForMatch(s.replace).toLowerCase() === foldForMatch(s.with).toLowerCase())
        error(['facts', i, 'falsify', j, 'with'], 'the replacement equals the original; the claim would stay true');
    });
  }
}
