// Checking a draft, as a pure reducer: (state, action) -> state. Each decision (accept, delete, an edit, a
// new kind, a fix) changes `bank` and appends the matching file edits to `journal`; undo restores the state
// before the last decision and drops its edits. The UI only draws states and turns keys into actions.
import type { BankFile, Entity } from '../types.js';
import {
  fieldOfNote,
  fieldsOf,
  filterEntities,
  isEditable,
  itemAt,
  parseFieldText,
  referencesTo,
  editText,
  type FieldView,
  type Item,
} from './fields.js';
import type { EditOp, ListName, Mode, ReviewInput, ReviewItem, ReviewState, Snapshot } from './model.js';
import { fixFor } from './fix.js';

export type ReviewAction =
  /** The guess is right (as it now stands): its `# check:` goes; on to the next unchecked one. */
  | { type: 'accept' }
  /** Remove the entity or fact (an entity other facts need asks first: `confirm` or `cancel`). */
  | { type: 'delete' }
  | { type: 'confirm' }
  | { type: 'cancel' }
  /** On to the next item without deciding; `back` to the previous one. */
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'next-unchecked' }
  | { type: 'select-field'; by: number }
  /** Edit the selected field: a text editor, or the entity picker for a reference, or the kind list. */
  | { type: 'edit' }
  | { type: 'edit-change'; text: string; cursor: number }
  | { type: 'edit-commit' }
  | { type: 'pick-filter'; filter: string }
  | { type: 'pick-move'; by: number }
  /** In a list picker: add or remove the entity under the cursor. */
  | { type: 'pick-toggle' }
  | { type: 'pick-commit' }
  /** Change an entity's kind: opens the list of kinds (`choose-move`, `choose-commit`), as `edit` does on any field with set values. */
  | { type: 'change-kind' }
  | { type: 'choose-move'; by: number }
  | { type: 'choose-commit' }
  /** Apply the fix offered for the item's lint problem. */
  | { type: 'fix' }
  | { type: 'undo' }
  /** To the end screen (the bank is saved after every decision already). */
  | { type: 'finish' }
  /** From the end screen: back to the guesses. */
  | { type: 'resume' }
  /** From the end screen: go through the entities and facts that had no `# check:` too. */
  | { type: 'review-rest' };

export function createReview(input: ReviewInput): ReviewState {
  const { bank, article, notes } = input;
  const keys = { entities: bank.entities.map((_, i) => i), facts: bank.facts.map((_, i) => i) };
  const items: ReviewItem[] = [];
  for (const list of ['entities', 'facts'] as const) {
    bank[list].forEach((_, i) => {
      const n = notes[list][i] ?? [];
      if (n.length > 0 || input.all) items.push({ list, key: i, notes: n, status: 'open' });
    });
  }
  const state: ReviewState = {
    bank,
    article,
    keys,
    items,
    pos: 0,
    field: 0,
    mode: { type: 'browse' },
    journal: [],
    history: [],
    elsewhere: input.elsewhere ?? [],
  };
  return items.length === 0
    ? { ...state, mode: { type: 'end' }, message: 'no # check: comments left in this bank' }
    : goTo(state, 0);
}

// ---------------------------------------------------------------- reading the state

export function currentItem(state: ReviewState): ReviewItem | undefined {
  return state.items[state.pos];
}

export function indexOfItem(state: Snapshot, item: ReviewItem): number {
  return state.keys[item.list].indexOf(item.key);
}

/** The current entity or fact, with its index in the bank. */
export function currentEntry(state: ReviewState): { item: ReviewItem; index: number; value: Item } | undefined {
  const item = currentItem(state);
  if (!item || item.status === 'deleted') return undefined;
  const index = indexOfItem(state, item);
  return index < 0 ? undefined : { item, index, value: itemAt(state.bank, item.list, index) };
}

export function currentFields(state: ReviewState): FieldView[] {
  const e = currentEntry(state);
  return e ? fieldsOf(state.bank, e.item.list, e.value) : [];
}

export interface Progress {
  /** Guesses (items with a `# check:`) decided. */
  checked: number;
  guesses: number;
  /** Items without a note under review (after `review-rest`), and how many of them are decided. */
  others: number;
  othersDone: number;
}

export function progressOf(state: ReviewState): Progress {
  const guesses = state.items.filter((i) => i.notes.length > 0);
  const others = state.items.filter((i) => i.notes.length === 0);
  return {
    checked: guesses.filter((i) => i.status !== 'open').length,
    guesses: guesses.length,
    others: others.length,
    othersDone: others.filter((i) => i.status !== 'open').length,
  };
}

/** Entities and facts not under review yet (offered on the end screen). */
export function restCount(state: ReviewState): number {
  const under = new Set(state.items.map((i) => `${i.list}.${i.key}`));
  return (['entities', 'facts'] as const).reduce(
    (n, list) => n + state.keys[list].filter((k) => !under.has(`${list}.${k}`)).length,
    0,
  );
}

/** The entities a picker shows, filtered by what was typed. */
export function pickerEntities(state: ReviewState): Entity[] {
  return state.mode.type === 'pick' ? filterEntities(state.bank.entities, state.mode.filter) : [];
}

// ---------------------------------------------------------------- changing it

function snapshot(s: ReviewState): Snapshot {
  return { bank: s.bank, keys: s.keys, items: s.items, pos: s.pos };
}

/** The position of the next open item after `from` (wrapping), or -1. */
function nextOpen(items: readonly ReviewItem[], from: number): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (from + k) % items.length;
    if (items[i]!.status === 'open') return i;
  }
  return -1;
}

function goTo(s: ReviewState, pos: number, message?: string): ReviewState {
  if (pos < 0) return { ...s, mode: { type: 'end' }, field: 0, message: message ?? 'every guess is checked' };
  const at = { ...s, pos, mode: { type: 'browse' } as const, message };
  // Start on the field the draft's note is about ("counts guessed ..."), else the first one that can change.
  return { ...at, field: fieldOfNote(currentFields(at), s.items[pos]!.notes) };
}

function setIn(bank: BankFile, list: ListName, index: number, field: string, value: unknown): BankFile {
  const items = (bank[list] as unknown as Item[]).slice();
  const next: Item = { ...items[index]! };
  if (value === undefined) delete next[field];
  else next[field] = value;
  items[index] = next;
  return { ...bank, [list]: items } as BankFile;
}

function removeAt(s: Snapshot, list: ListName, index: number): Snapshot {
  const items = (s.bank[list] as unknown[]).slice();
  items.splice(index, 1);
  const keys = { ...s.keys, [list]: s.keys[list].filter((_, i) => i !== index) };
  const gone = s.keys[list][index];
  return {
    ...s,
    bank: { ...s.bank, [list]: items } as BankFile,
    keys,
    items: s.items.map((it) => (it.list === list && it.key === gone ? { ...it, status: 'deleted' as const } : it)),
  };
}

/** Records one decision: the new bank and its file edits; `accept` also marks the item checked. */
function decide(s: ReviewState, next: Snapshot, ops: EditOp[], message: string): ReviewState {
  return {
    ...s,
    ...next,
    journal: [...s.journal, ops],
    history: [...s.history, snapshot(s)],
    mode: { type: 'browse' },
    message,
  };
}

function setField(s: ReviewState, field: string, value: unknown, message: string): ReviewState {
  const e = currentEntry(s)!;
  const bank = setIn(s.bank, e.item.list, e.index, field, value);
  const next = decide(
    s,
    { ...snapshot(s), bank },
    [{ op: 'set', list: e.item.list, index: e.index, field, value }],
    message,
  );
  // A field added or removed moves in the list: the selection stays on it.
  return {
    ...next,
    field: Math.max(
      0,
      currentFields(next).findIndex((f) => f.name === field),
    ),
  };
}

function deleteCurrent(s: ReviewState): ReviewState {
  const e = currentEntry(s)!;
  const ops: EditOp[] = [];
  let snap = snapshot(s);
  let what: string;
  if (e.item.list === 'facts') {
    if (s.bank.facts.length <= 1) return { ...s, message: 'a bank needs at least one fact; this is the last one' };
    snap = removeAt(snap, 'facts', e.index);
    ops.push({ op: 'delete', list: 'facts', index: e.index });
    what = `deleted fact ${String(e.value.id)}`;
  } else {
    const id = String(e.value.id);
    const refs = referencesTo(s.bank, id);
    let bank = snap.bank;
    const emptied: number[] = [];
    for (const r of refs.lists) {
      if (refs.single.includes(r.index)) continue;
      const list = (itemAt(bank, 'facts', r.index)[r.field] as string[]).filter((x) => x !== id);
      // A set with no member left asks nothing: it goes with the entity.
      if (list.length === 0 && r.field === 'members') emptied.push(r.index);
      else {
        const value = list.length > 0 ? list : undefined;
        bank = setIn(bank, 'facts', r.index, r.field, value);
        ops.push({ op: 'set', list: 'facts', index: r.index, field: r.field, value });
      }
    }
    snap = { ...snap, bank };
    const gone = [...new Set([...refs.single, ...emptied])].sort((a, b) => b - a);
    if (gone.length >= bank.facts.length)
      return {
        ...s,
        mode: { type: 'browse' },
        message: 'every fact needs this entity; a bank needs at least one fact',
      };
    for (const i of gone) {
      snap = removeAt(snap, 'facts', i);
      ops.push({ op: 'delete', list: 'facts', index: i });
    }
    snap = removeAt(snap, 'entities', e.index);
    ops.push({ op: 'delete', list: 'entities', index: e.index });
    what = `deleted ${id}${gone.length ? ` and ${gone.length} fact${gone.length === 1 ? '' : 's'} that named it` : ''}`;
  }
  const next = decide(s, snap, ops, what);
  return goTo(next, nextOpen(next.items, next.pos), what);
}

function openEditor(s: ReviewState): ReviewState {
  const e = currentEntry(s);
  const f = currentFields(s)[s.field];
  if (!e || !f) return s;
  if (!isEditable(f)) return { ...s, message: `${f.name} cannot be changed here; edit it in the file` };
  if (f.type === 'choice')
    return {
      ...s,
      message: undefined,
      mode: {
        type: 'choose',
        field: f.name,
        options: f.options!,
        cursor: Math.max(0, f.options!.indexOf(String(f.value))),
      },
    };
  if (f.type === 'ref' || f.type === 'refs') {
    const chosen = f.type === 'refs' ? (Array.isArray(f.value) ? (f.value as string[]).slice() : []) : [];
    const at = s.bank.entities.findIndex((x) => x.id === (f.type === 'ref' ? f.value : chosen[0]));
    return {
      ...s,
      message: undefined,
      mode: { type: 'pick', field: f.name, multi: f.type === 'refs', filter: '', cursor: Math.max(0, at), chosen },
    };
  }
  const text = editText(f);
  return { ...s, message: undefined, mode: { type: 'edit', field: f.name, text, cursor: [...text].length } };
}

function openKinds(s: ReviewState): ReviewState {
  const e = currentEntry(s);
  const i = currentFields(s).findIndex((f) => f.name === 'kind');
  if (!e || e.item.list !== 'entities' || i < 0) return { ...s, message: 'only an entity has a kind to change' };
  return openEditor({ ...s, field: i });
}

export function reviewReducer(s: ReviewState, a: ReviewAction): ReviewState {
  const m: Mode = s.mode;
  const e = currentEntry(s);
  switch (a.type) {
    case 'accept': {
      if (m.type !== 'browse' || !e) return s;
      const accepted = {
        ...snapshot(s),
        items: s.items.map((it, i) => (i === s.pos ? { ...it, status: 'accepted' as const } : it)),
      };
      const ops: EditOp[] = e.item.notes.length > 0 ? [{ op: 'uncheck', list: e.item.list, index: e.index }] : [];
      const next = decide(s, accepted, ops, `accepted ${String(e.value.id)}`);
      return goTo(next, nextOpen(next.items, next.pos), next.message);
    }
    case 'delete': {
      if (m.type !== 'browse' || !e) return s;
      if (e.item.list === 'entities') {
        const refs = referencesTo(s.bank, String(e.value.id));
        if (refs.single.length + refs.lists.length > 0) {
          return {
            ...s,
            message: undefined,
            mode: {
              type: 'confirm-delete',
              facts: refs.single.map((i) => String(s.bank.facts[i]!.id)),
              lists: refs.lists
                .filter((r) => !refs.single.includes(r.index))
                .map((r) => `${String(s.bank.facts[r.index]!.id)}.${r.field}`),
            },
          };
        }
      }
      return deleteCurrent(s);
    }
    case 'confirm':
      return m.type === 'confirm-delete' ? deleteCurrent({ ...s, mode: { type: 'browse' } }) : s;
    case 'cancel':
      return m.type === 'browse' || m.type === 'end' ? s : { ...s, mode: { type: 'browse' }, message: undefined };
    case 'skip':
      if (m.type !== 'browse') return s;
      for (let i = s.pos + 1; i < s.items.length; i++) if (s.items[i]!.status !== 'deleted') return goTo(s, i);
      return goTo(s, -1, 'that was the last one; the end screen offers the rest');
    case 'back':
      if (m.type !== 'browse') return s;
      for (let i = s.pos - 1; i >= 0; i--) if (s.items[i]!.status !== 'deleted') return goTo(s, i);
      return { ...s, message: 'this is the first one' };
    case 'next-unchecked': {
      if (m.type !== 'browse') return s;
      const i = nextOpen(s.items, s.pos);
      return i === s.pos ? { ...s, message: 'this is the only unchecked one' } : goTo(s, i);
    }
    case 'select-field': {
      if (m.type !== 'browse') return s;
      const n = currentFields(s).length;
      return n === 0 ? s : { ...s, field: Math.max(0, Math.min(n - 1, s.field + a.by)), message: undefined };
    }
    case 'edit':
      return m.type === 'browse' ? openEditor(s) : s;
    case 'edit-change':
      return m.type === 'edit' ? { ...s, mode: { ...m, text: a.text, cursor: a.cursor, problem: undefined } } : s;
    case 'edit-commit': {
      if (m.type !== 'edit' || !e) return s;
      const f = currentFields(s).find((x) => x.name === m.field)!;
      const parsed = parseFieldText(f, m.text);
      if ('problem' in parsed) return { ...s, mode: { ...m, problem: parsed.problem } };
      if (JSON.stringify(parsed.value) === JSON.stringify(f.value))
        return { ...s, mode: { type: 'browse' }, message: `${m.field} unchanged` };
      return setField(
        s,
        m.field,
        parsed.value,
        parsed.value === undefined ? `${m.field} removed` : `${m.field} changed`,
      );
    }
    case 'pick-filter':
      return m.type === 'pick' ? { ...s, mode: { ...m, filter: a.filter, cursor: 0 } } : s;
    case 'pick-move': {
      if (m.type !== 'pick') return s;
      const n = pickerEntities(s).length;
      return { ...s, mode: { ...m, cursor: n === 0 ? 0 : Math.max(0, Math.min(n - 1, m.cursor + a.by)) } };
    }
    case 'pick-toggle': {
      if (m.type !== 'pick' || !m.multi) return s;
      const ent = pickerEntities(s)[m.cursor];
      if (!ent) return s;
      const chosen = m.chosen.includes(ent.id) ? m.chosen.filter((x) => x !== ent.id) : [...m.chosen, ent.id];
      return { ...s, mode: { ...m, chosen } };
    }
    case 'pick-commit': {
      if (m.type !== 'pick' || !e) return s;
      const f = currentFields(s).find((x) => x.name === m.field)!;
      let value: unknown;
      if (m.multi) {
        if (m.field === 'members' && m.chosen.length === 0)
          return { ...s, message: 'a set needs at least one member; Space picks one' };
        value = m.chosen.length > 0 ? m.chosen : undefined;
      } else {
        const ent = pickerEntities(s)[m.cursor];
        if (!ent) return { ...s, message: 'no entity matches; Backspace to widen the filter' };
        value = ent.id;
      }
      if (JSON.stringify(value) === JSON.stringify(f.value))
        return { ...s, mode: { type: 'browse' }, message: `${m.field} unchanged` };
      return setField(s, m.field, value, `${m.field} changed`);
    }
    case 'change-kind':
      return m.type === 'browse' ? openKinds(s) : s;
    case 'choose-move':
      return m.type === 'choose'
        ? { ...s, mode: { ...m, cursor: Math.max(0, Math.min(m.options.length - 1, m.cursor + a.by)) } }
        : s;
    case 'choose-commit': {
      if (m.type !== 'choose' || !e) return s;
      const value = m.options[m.cursor]!;
      if (value === e.value[m.field]) return { ...s, mode: { type: 'browse' }, message: `${m.field} unchanged` };
      return setField(s, m.field, value, `${m.field} changed to ${value}`);
    }
    case 'fix': {
      if (m.type !== 'browse' || !e || e.item.list !== 'facts') return s;
      const fix = fixFor(s.article, e.value);
      return fix
        ? setField(s, fix.field, fix.value, "fixed: evidence is now the article's sentence")
        : { ...s, message: 'no fix to apply here' };
    }
    case 'undo': {
      if (m.type !== 'browse' && m.type !== 'end') return s;
      const prev = s.history[s.history.length - 1];
      if (!prev) return { ...s, message: 'nothing to undo' };
      return {
        ...s,
        ...prev,
        journal: s.journal.slice(0, -1),
        history: s.history.slice(0, -1),
        mode: { type: 'browse' },
        field: 0,
        message: 'undone',
      };
    }
    case 'finish':
      return m.type === 'browse' ? { ...s, mode: { type: 'end' }, message: undefined } : s;
    case 'resume': {
      if (m.type !== 'end') return s;
      const i = s.items[s.pos]?.status === 'open' ? s.pos : nextOpen(s.items, s.pos);
      if (s.items.length === 0) return s;
      return goTo(
        s,
        i < 0
          ? Math.max(
              0,
              s.items.findIndex((x) => x.status !== 'deleted'),
            )
          : i,
      );
    }
    case 'review-rest': {
      if (m.type !== 'end') return s;
      const under = new Set(s.items.map((i) => `${i.list}.${i.key}`));
      const rest: ReviewItem[] = [];
      for (const list of ['entities', 'facts'] as const) {
        for (const key of s.keys[list])
          if (!under.has(`${list}.${key}`)) rest.push({ list, key, notes: [], status: 'open' });
      }
      if (rest.length === 0) return { ...s, message: 'every entity and fact has been under review' };
      return goTo({ ...s, items: [...s.items, ...rest] }, s.items.length);
    }
  }
}
