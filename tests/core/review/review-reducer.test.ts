// The review reducer without rendering: each action on a drafted bank, and the edits it records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import type { ReviewInput, ReviewState } from '../../../src/core/review/model.js';
import { errorCount, problemsOf } from '../../../src/core/review/problems.js';
import { previewQuestion, summarize } from '../../../src/core/review/preview.js';
import { markSpans, sentenceOf } from '../../../src/core/review/sentence.js';
import {
  createReview,
  currentEntry,
  currentFields,
  pickerEntities,
  progressOf,
  reviewReducer,
  type ReviewAction,
} from '../../../src/core/review/review-reducer.js';
import type { BankFile } from '../../../src/core/types.js';
import { promoted, RIVERSIDE_COUNCILLORS, withAuthorFacts } from '../../helpers/draft-article.js';

const root = join(import.meta.dirname, '..', '..', '..');
const text = readFileSync(join(root, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md'), 'utf8');

/** The riverside draft; `promote`: ids of commented drafts the author has moved into `facts`, or of councillors'
 * positions the author has written. */
export function draftedInput(all = false, promote: readonly string[] = []): ReviewInput {
  // The councillors' positions are the author's: the drafter drafts no position as a fact.
  const draft = withAuthorFacts(
    promoted(draftBank(text, { articleFile: 'riverside-footbridge.md' }), promote),
    RIVERSIDE_COUNCILLORS.filter((c) => promote.includes(c.fact.id)),
  );
  const notes = {
    entities: draft.bank.entities.map(() => [] as string[]),
    facts: draft.bank.facts.map(() => [] as string[]),
  };
  for (const n of draft.notes) {
    if (n.path[0] === 'entities' || n.path[0] === 'facts') notes[n.path[0]][n.path[1] as number]!.push(n.note);
  }
  return { bank: draft.bank, article: parseArticle(text, draft.bank.article.exclude ?? []), notes, all };
}

const run = (s: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, s);
/** Selects the field called `name`. */
const select = (s: ReviewState, name: string) => {
  const i = currentFields(s).findIndex((f) => f.name === name);
  expect(i).toBeGreaterThanOrEqual(0);
  return run(s, { type: 'select-field', by: i - s.field });
};
const idOf = (s: ReviewState) => String(currentEntry(s)!.value.id);
const goToId = (s: ReviewState, id: string) => {
  for (let i = 0; i < 60 && idOf(s) !== id; i++) s = reviewReducer(s, { type: 'skip' });
  expect(idOf(s)).toBe(id);
  return s;
};

describe('review reducer', () => {
  it('starts on the first guess; progress counts guesses (entities and facts with notes)', () => {
    const s = createReview(draftedInput());
    expect(s.mode.type).toBe('browse');
    expect(idOf(s)).toBe('riverside-town-council');
    const p = progressOf(s);
    expect(p.checked).toBe(0);
    expect(p.guesses).toBe(s.items.length);
    expect(p.guesses).toBeGreaterThanOrEqual(17);
  });

  it('accept: marks it checked, records an uncheck edit, moves to the next open guess', () => {
    const s = run(createReview(draftedInput()), { type: 'accept' });
    expect(progressOf(s).checked).toBe(1);
    expect(s.journal).toEqual([[{ op: 'uncheck', list: 'entities', index: 0 }]]);
    expect(idOf(s)).toBe('linda-ortiz');
    expect(s.message).toBe('accepted riverside-town-council');
  });

  it('edit a field in place: typed text replaces the value; a number field refuses words', () => {
    let s = goToId(createReview(draftedInput()), 'years-2');
    // The note is about the question (counts shows in no quiz while there is one): the screen starts there.
    expect(currentFields(s)[s.field]!.name).toBe('question');
    s = run(select(s, 'counts'), { type: 'edit' });
    expect(s.mode).toMatchObject({
      type: 'edit',
      field: 'counts',
      text: 'years the crossing at Mill Lane that had lasted',
    });
    s = run(s, { type: 'edit-change', text: 'years the dispute had lasted', cursor: 5 }, { type: 'edit-commit' });
    expect(currentEntry(s)!.value.counts).toBe('years the dispute had lasted');
    expect(s.journal.at(-1)).toEqual([
      {
        op: 'set',
        list: 'facts',
        index: currentEntry(s)!.index,
        field: 'counts',
        value: 'years the dispute had lasted',
      },
    ]);
    // Still open: an edit is not an accept.
    expect(progressOf(s).checked).toBe(0);
    s = run(
      select(s, 'value'),
      { type: 'edit' },
      { type: 'edit-change', text: 'two', cursor: 3 },
      { type: 'edit-commit' },
    );
    expect(s.mode).toMatchObject({ type: 'edit', problem: expect.stringContaining('not a number') });
    s = run(s, { type: 'edit-change', text: '3', cursor: 1 }, { type: 'edit-commit' });
    expect(currentEntry(s)!.value.value).toBe(3);
  });

  it('pick a speaker from the entities with type-to-filter', () => {
    let s = goToId(createReview(draftedInput()), 'tom-akers-quote');
    expect(currentFields(s)[s.field]!.name).toBe('speaker');
    s = run(s, { type: 'edit' });
    expect(s.mode).toMatchObject({ type: 'pick', field: 'speaker', multi: false });
    s = run(s, { type: 'pick-filter', filter: 'bro' });
    expect(pickerEntities(s).map((e) => e.id)).toEqual(['helen-brooks']);
    s = run(s, { type: 'pick-commit' });
    expect(currentEntry(s)!.value.speaker).toBe('helen-brooks');
    expect(s.mode.type).toBe('browse');
  });

  it('pick members: Space adds and removes, Enter saves the list', () => {
    let s = goToId(createReview(draftedInput()), 'set-presented-the-plan-at-the-meeting');
    expect(currentFields(s)[s.field]!.name).toBe('members');
    s = run(s, { type: 'edit' });
    expect(s.mode).toMatchObject({
      type: 'pick',
      multi: true,
      chosen: ['linda-ortiz', 'raj-patel', 'helen-brooks', 'tom-akers'],
    });
    s = run(
      s,
      { type: 'pick-filter', filter: 'patel' },
      { type: 'pick-toggle' },
      { type: 'pick-filter', filter: 'reyes' },
      { type: 'pick-toggle' },
      { type: 'pick-commit' },
    );
    expect(currentEntry(s)!.value.members).toEqual(['linda-ortiz', 'helen-brooks', 'tom-akers', 'samuel-reyes']);
    // nonMembers is offered though the draft has none.
    expect(currentFields(s).map((f) => f.name)).toContain('nonMembers');
  });

  it("change an entity's kind", () => {
    let s = run(createReview(draftedInput()), { type: 'change-kind' });
    expect(s.mode).toEqual({
      type: 'choose',
      field: 'kind',
      options: ['person', 'organisation', 'country', 'city', 'group', 'other'],
      cursor: 1,
    });
    s = run(s, { type: 'choose-move', by: 3 }, { type: 'choose-commit' });
    expect(currentEntry(s)!.value.kind).toBe('group');
    expect(s.journal.at(-1)).toEqual([{ op: 'set', list: 'entities', index: 0, field: 'kind', value: 'group' }]);
  });

  it('delete a fact; undo brings it back and drops the edit', () => {
    const start = goToId(createReview(draftedInput()), 'years-2');
    const facts = start.bank.facts.length;
    const s = run(start, { type: 'delete' });
    expect(s.bank.facts).toHaveLength(facts - 1);
    expect(s.bank.facts.some((f) => f.id === 'years-2')).toBe(false);
    expect(s.journal.at(-1)).toEqual([{ op: 'delete', list: 'facts', index: currentEntry(start)!.index }]);
    expect(progressOf(s).checked).toBe(1);
    const u = run(s, { type: 'undo' });
    expect(u.bank).toBe(start.bank);
    expect(u.journal).toEqual([]);
    expect(idOf(u)).toBe('years-2');
    expect(run(u, { type: 'undo' }).message).toBe('nothing to undo');
  });

  it('delete an entity facts need: asks, then takes those facts and list entries with it', () => {
    // Raj Patel's position waits in the draft (a quiz asks one): the author has moved it into facts.
    const input = draftedInput(false, ['raj-patel-role']);
    let s = goToId(createReview(input), 'raj-patel');
    s = run(s, { type: 'delete' });
    expect(s.mode).toEqual({
      type: 'confirm-delete',
      facts: ['raj-patel-role'],
      lists: ['set-presented-the-plan-at-the-meeting.members'],
    });
    expect(run(s, { type: 'cancel' }).bank.entities.some((e) => e.id === 'raj-patel')).toBe(true);
    s = run(s, { type: 'confirm' });
    expect(s.bank.entities.some((e) => e.id === 'raj-patel')).toBe(false);
    expect(s.bank.facts.some((f) => f.id === 'raj-patel-role')).toBe(false);
    const set = s.bank.facts.find((f) => f.id === 'set-presented-the-plan-at-the-meeting')!;
    expect(set.kind === 'set' && set.members).toEqual(['linda-ortiz', 'helen-brooks', 'tom-akers']);
    const ops = s.journal.at(-1)!;
    expect(ops.map((o) => o.op)).toEqual(['set', 'delete', 'delete']);
    // No reference left dangling: the draft had no errors (its quotations are asked as "X said: ...", true
    // or false, with the other speaker as the false one) and the deletion left none.
    const errors = (bank: BankFile) =>
      bank.facts.filter((_, i) => problemsOf(bank, s.article, 'facts', i).some((p) => p.severity === 'error'));
    expect(errors(input.bank).map((f) => f.id)).toEqual([]);
    expect(errorCount(s.bank, s.article)).toBe(0);
    expect(errors(s.bank).map((f) => f.id)).toEqual([]);
  });

  it('skip, back and next unchecked move without deciding', () => {
    let s = createReview(draftedInput());
    s = run(s, { type: 'skip' });
    expect(idOf(s)).toBe('linda-ortiz');
    s = run(s, { type: 'back' });
    expect(idOf(s)).toBe('riverside-town-council');
    s = run(s, { type: 'accept' }, { type: 'back' });
    expect(idOf(s)).toBe('riverside-town-council');
    s = run(s, { type: 'next-unchecked' });
    expect(idOf(s)).toBe('linda-ortiz');
    expect(s.journal).toHaveLength(1);
  });

  it('evidence that is not a sentence of the article: the problem shows and f puts in the closest sentence', () => {
    const input = draftedInput();
    const facts = input.bank.facts.slice();
    const i = facts.findIndex((f) => f.id === 'years-2');
    facts[i] = { ...facts[i]!, evidence: 'Riverside Town Council voted on Tuesday to build a footbridge.' };
    let s = goToId(createReview({ ...input, bank: { ...input.bank, facts } as BankFile }), 'years-2');
    expect(problemsOf(s.bank, s.article, 'facts', i)[0]).toMatchObject({ field: 'evidence', severity: 'error' });
    // The broken fact shows no question; the others still do.
    expect(previewQuestion(s.bank, s.article, 'years-2')).toEqual({
      why: 'fix the problems of this fact to see its questions',
      types: [],
    });
    expect(previewQuestion(s.bank, s.article, 'minutes-8').question?.factId).toBe('minutes-8');
    // Two errors: the evidence, and the number's text ('two') that the cut sentence no longer holds.
    expect(summarize(s.bank, s.article)).toMatchObject({ errors: 2, sample: expect.any(Array) });
    expect(summarize(s.bank, s.article).questions).toBeGreaterThanOrEqual(17);
    s = run(s, { type: 'fix' });
    expect(currentEntry(s)!.value.evidence).toBe(input.bank.facts[i]!.evidence);
    expect(problemsOf(s.bank, s.article, 'facts', i)).toEqual([]);
  });

  it('accepting every guess ends on the end screen; the rest can be reviewed after', () => {
    let s = createReview(draftedInput());
    for (let i = 0; i < 100 && s.mode.type !== 'end'; i++) s = reviewReducer(s, { type: 'accept' });
    expect(s.mode.type).toBe('end');
    expect(progressOf(s).checked).toBe(progressOf(s).guesses);
    s = run(s, { type: 'review-rest' });
    expect(s.message).toBe('every entity and fact has been under review');
    const all = createReview(draftedInput(true));
    expect(all.items.length).toBe(all.bank.entities.length + all.bank.facts.length);
  });

  it('shows the sentence with the words a guess rests on, and a question it makes', () => {
    const s = goToId(createReview(draftedInput()), 'linda-ortiz-quote');
    const e = currentEntry(s)!;
    const sentence = sentenceOf(s.bank, s.article, 'facts', e.value)!;
    expect(sentence.paragraph).toBe(4);
    const marked = sentence.marks.map((m) => sentence.text.slice(m.start, m.end));
    expect(marked).toContain('This bridge connects two halves of our town that have been cut off for too long');
    expect(marked).toContain('Ortiz');
    // Too few speakers for "who used the words" among four: the quotation is asked as true or false.
    const quote = previewQuestion(s.bank, s.article, 'linda-ortiz-quote').question!;
    expect(quote.type).toBe('true-false');
    expect(quote.prompt).toMatch(/^According to the article, (Linda Ortiz|Tom Akers) said: “This bridge connects/);
    const action = goToId(s, 'riverside-town-council-voted-on-tuesday');
    const acted = sentenceOf(action.bank, action.article, 'facts', currentEntry(action)!.value)!;
    expect(acted.marks.map((m) => acted.text.slice(m.start, m.end))).toContain('Riverside Town Council');
    const preview = previewQuestion(s.bank, s.article, 'riverside-town-council-voted-on-tuesday');
    expect(preview.question?.factId).toBe('riverside-town-council-voted-on-tuesday');
    const end = summarize(s.bank, s.article);
    expect(end.questions).toBeGreaterThanOrEqual(18);
    // Questions carry their reading skill (quiz@2): the end screen counts them by skill.
    expect(end.groupedBy).toBe('skill');
    expect(end.sample.length).toBe(5);
  });

  it('offers the optional fields of any kind from the schema; an empty optional field is removed', () => {
    let s = goToId(createReview(draftedInput()), 'years-2');
    // The draft wrote a stem; emptied, the field goes and is offered again among the optional ones.
    expect(currentFields(s).map((f) => f.name)).toEqual([
      'kind',
      'value',
      'question',
      'counts',
      'unit',
      'precision',
      'text',
      'tolerance',
    ]);
    s = run(
      select(s, 'question'),
      { type: 'edit' },
      { type: 'edit-change', text: '', cursor: 0 },
      { type: 'edit-commit' },
    );
    expect('question' in currentEntry(s)!.value).toBe(false);
    const names = currentFields(s).map((f) => f.name);
    expect(names).toEqual(['kind', 'value', 'counts', 'unit', 'precision', 'text', 'question', 'tolerance']);
    s = run(
      select(s, 'question'),
      { type: 'edit' },
      { type: 'edit-change', text: 'For how many years had the dispute lasted?', cursor: 3 },
      { type: 'edit-commit' },
    );
    expect(currentEntry(s)!.value.question).toBe('For how many years had the dispute lasted?');
    // The new field now sits among the others; the selection stayed on it.
    expect(currentFields(s)[s.field]!.name).toBe('question');
    s = run(select(s, 'precision'), { type: 'edit' });
    expect(s.mode).toMatchObject({ type: 'choose', field: 'precision', cursor: 5 });
    s = run(s, { type: 'choose-move', by: -1 }, { type: 'choose-commit' });
    expect(currentEntry(s)!.value.precision).toBe('at least');
    s = run(select(s, 'text'), { type: 'edit' }, { type: 'edit-change', text: '', cursor: 0 }, { type: 'edit-commit' });
    expect('text' in currentEntry(s)!.value).toBe(false);
    expect(s.journal.at(-1)).toEqual([
      { op: 'set', list: 'facts', index: currentEntry(s)!.index, field: 'text', value: undefined },
    ]);
  });

  it('works on fact kinds it has never seen (the new kinds of the bank model): fields by their values', () => {
    const input = draftedInput();
    const evidence = input.bank.facts[0]!.evidence;
    const extra = [
      {
        id: 'vote-event',
        kind: 'event',
        evidence,
        text: 'The council voted to build a footbridge.',
        order: 2,
        when: 'on Tuesday',
      },
      {
        id: 'ortiz-stance',
        kind: 'stance',
        evidence,
        actor: 'linda-ortiz',
        side: 'for the bridge',
        position: 'praised the plan',
      },
      {
        id: 'idea',
        kind: 'main-idea',
        evidence,
        text: 'A footbridge will be built.',
        wrong: [{ text: 'The council met.', flaw: 'too-narrow' }],
      },
    ];
    const bank = { ...input.bank, facts: [...input.bank.facts, ...extra] } as unknown as BankFile;
    const n = input.bank.facts.length;
    const notes = {
      ...input.notes,
      facts: [...input.notes.facts, ['order guessed'], ['actor guessed'], ['check the wrong answers']],
    };
    let s = goToId(createReview({ ...input, bank, notes }), 'vote-event');
    expect(currentFields(s).map((f) => [f.name, f.type])).toEqual([
      ['kind', 'fixed'],
      ['text', 'text'],
      ['order', 'number'],
      ['when', 'text'],
    ]);
    expect(currentFields(s)[s.field]!.name).toBe('order');
    s = run(
      s,
      { type: 'edit' },
      { type: 'edit-change', text: '1', cursor: 1 },
      { type: 'edit-commit' },
      { type: 'accept' },
    );
    expect((s.bank.facts[n] as unknown as { order: number }).order).toBe(1);
    expect(idOf(s)).toBe('ortiz-stance');
    expect(currentFields(s).find((f) => f.name === 'actor')!.type).toBe('ref');
    s = run(s, { type: 'edit' }, { type: 'pick-filter', filter: 'patel' }, { type: 'pick-commit' }, { type: 'accept' });
    expect((s.bank.facts[n + 1] as unknown as { actor: string }).actor).toBe('raj-patel');
    // Lists of objects are shown, not edited here.
    expect(currentFields(s).find((f) => f.name === 'wrong')!.type).toBe('other');
    s = run(select(s, 'wrong'), { type: 'edit' });
    expect(s.message).toBe('wrong cannot be changed here; edit it in the file');
  });

  it('marks whole words only', () => {
    expect(markSpans('an award for the war', ['war'])).toEqual([{ start: 17, end: 20 }]);
  });
});
