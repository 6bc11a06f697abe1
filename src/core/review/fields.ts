// The fields of an entity or fact as the review screen lists them, for any fact kind: what each holds,
// whether it names entities, and how typed text becomes its new value.
import type { BankFile, Entity, EntityKind } from '../types.js';
import type { ListName } from './model.js';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'country', 'city', 'group', 'other'];

/** Fields that always name entities, whatever their value today (every fact kind uses these names). */
const REF_FIELDS = new Set(['speaker', 'actor', 'entity', 'members', 'nonMembers']);
const LIST_REF_FIELDS = new Set(['members', 'nonMembers']);
/** Optional reference lists worth offering even when absent. */
const OPTIONAL_LISTS: Record<string, string[]> = { set: ['nonMembers'] };
/** Shown elsewhere on the screen (id in the title, evidence as the article's sentence). */
const HIDDEN = new Set(['id', 'evidence']);

export type FieldType = 'text' | 'number' | 'boolean' | 'ref' | 'refs' | 'texts' | 'kind' | 'fixed' | 'other';

export interface FieldView {
  name: string;
  value: unknown;
  type: FieldType;
}

export type Item = Record<string, unknown>;

export function itemAt(bank: BankFile, list: ListName, index: number): Item {
  return (bank[list] as unknown as Item[])[index]!;
}

function isEntityId(bank: BankFile, v: unknown): boolean {
  return typeof v === 'string' && bank.entities.some((e) => e.id === v);
}

function typeOf(bank: BankFile, list: ListName, name: string, value: unknown): FieldType {
  if (list === 'entities') {
    if (name === 'kind') return 'kind';
    if (name === 'aliases') return 'texts';
  } else {
    if (name === 'kind') return 'fixed';
    if (LIST_REF_FIELDS.has(name)) return 'refs';
    if (REF_FIELDS.has(name)) return 'ref';
    if (isEntityId(bank, value)) return 'ref';
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isEntityId(bank, v))) return 'refs';
  }
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'texts';
  return 'other';
}

/** The item's fields in file order (id and evidence left out), plus optional reference lists not yet there. */
export function fieldsOf(bank: BankFile, list: ListName, item: Item): FieldView[] {
  const out = Object.entries(item)
    .filter(([name]) => !HIDDEN.has(name))
    .map(([name, value]) => ({ name, value, type: typeOf(bank, list, name, value) }));
  if (list === 'facts') {
    for (const name of OPTIONAL_LISTS[String(item.kind)] ?? []) {
      if (!(name in item)) out.push({ name, value: undefined, type: 'refs' });
    }
  }
  return out;
}

export function isEditable(f: FieldView): boolean {
  return f.type !== 'fixed' && f.type !== 'other';
}

/** The field's value as the editor starts it. Lists of text are joined by ' | '. */
export function editText(f: FieldView): string {
  if (Array.isArray(f.value)) return f.value.join(' | ');
  return f.value === undefined ? '' : String(f.value);
}

/** Typed text -> the field's new value, or a problem in words. `undefined` value removes the field. */
export function parseFieldText(f: FieldView, text: string): { value: unknown } | { problem: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  switch (f.type) {
    case 'number': {
      const n = Number(t.replace(/[,_\s]/g, ''));
      return t !== '' && Number.isFinite(n) ? { value: n } : { problem: `'${t}' is not a number; type digits, e.g. 8500 or 2.5` };
    }
    case 'boolean':
      if (/^(true|yes|t|y)$/i.test(t)) return { value: true };
      if (/^(false|no|f|n)$/i.test(t)) return { value: false };
      return { problem: 'type true or false' };
    case 'texts': {
      const parts = t.split('|').map((s) => s.trim()).filter(Boolean);
      return { value: parts.length > 0 ? parts : undefined };
    }
    default:
      return t === '' ? { problem: `${f.name} cannot be empty; type a value, or Esc to keep it` } : { value: t };
  }
}

/** Entities other facts reference: fields holding one id, and lists of ids. */
export function referencesTo(bank: BankFile, entityId: string): { single: number[]; lists: { index: number; field: string }[] } {
  const single: number[] = [];
  const lists: { index: number; field: string }[] = [];
  bank.facts.forEach((fact, i) => {
    for (const f of fieldsOf(bank, 'facts', fact as unknown as Item)) {
      if (f.type === 'ref' && f.value === entityId) single.push(i);
      if (f.type === 'refs' && Array.isArray(f.value) && f.value.includes(entityId)) lists.push({ index: i, field: f.name });
    }
  });
  return { single: [...new Set(single)], lists };
}

export function entityLabel(bank: BankFile, id: unknown): string {
  const e = bank.entities.find((x) => x.id === id);
  return e ? `${e.name}` : `${String(id)} (unknown)`;
}

/** Entities matching typed words, by name, alias, id or role; all of them for no words. */
export function filterEntities(entities: readonly Entity[], filter: string): Entity[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entities.slice();
  return entities.filter((e) => {
    const hay = [e.id, e.name, e.role ?? '', ...(e.aliases ?? [])].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
