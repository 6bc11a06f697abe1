// The fields of an entity or fact as the review screen lists them, for any fact kind: what each holds,
// whether it names entities, and how typed text becomes its new value.
import { bankSchema } from '../schemas.js';
import type { BankFile, Entity, EntityKind } from '../types.js';
import type { ListName } from './model.js';

/** As the bank schema declares them. */
export const ENTITY_KINDS: readonly EntityKind[] = bankSchema.properties.entities.items.properties.kind.enum;

/** Fields that always name entities, whatever their value today (every fact kind uses these names). */
const REF_FIELDS = new Set(['speaker', 'actor', 'entity', 'members', 'nonMembers']);
const LIST_REF_FIELDS = new Set(['members', 'nonMembers']);
/** Shown elsewhere on the screen (id in the title, evidence as the article's sentence). */
const HIDDEN = new Set(['id', 'evidence']);

export type FieldType = 'text' | 'number' | 'boolean' | 'ref' | 'refs' | 'texts' | 'choice' | 'fixed' | 'other';

export interface FieldView {
  name: string;
  /** undefined: an optional field the item does not have yet. */
  value: unknown;
  type: FieldType;
  /** For a choice: the values allowed. */
  options?: readonly string[];
  /** What the field means (from the bank schema), for a hint. */
  description?: string;
  required: boolean;
}

export type Item = Record<string, unknown>;

type Prop = {
  type?: string;
  enum?: readonly string[];
  const?: unknown;
  items?: Prop;
  description?: string;
  pattern?: string;
};
type ObjectSchema = { properties: Record<string, Prop>; required: readonly string[] };

/** The schema of an entity, or of a fact of this kind (any kind the bank schema knows). */
function schemaOf(list: ListName, kind: unknown): ObjectSchema | undefined {
  const s = bankSchema as unknown as {
    properties: { entities: { items: ObjectSchema } };
    $defs: Record<string, ObjectSchema>;
  };
  if (list === 'entities') return s.properties.entities.items;
  return typeof kind === 'string' && Object.hasOwn(s.$defs, kind) ? s.$defs[kind] : undefined;
}

const isRefProp = (p: Prop | undefined) =>
  p?.type === 'string' && /entity/i.test(p.description ?? '') && p.pattern !== undefined;

export function itemAt(bank: BankFile, list: ListName, index: number): Item {
  return (bank[list] as unknown as Item[])[index]!;
}

function isEntityId(bank: BankFile, v: unknown): boolean {
  return typeof v === 'string' && bank.entities.some((e) => e.id === v);
}

function typeOf(
  bank: BankFile,
  list: ListName,
  name: string,
  value: unknown,
  prop: Prop | undefined,
): Pick<FieldView, 'type' | 'options'> {
  if (name === 'kind') return list === 'entities' ? { type: 'choice', options: ENTITY_KINDS } : { type: 'fixed' };
  if (prop?.enum) return { type: 'choice', options: prop.enum };
  if (prop?.type === 'array' && isRefProp(prop.items)) return { type: 'refs' };
  if (isRefProp(prop)) return { type: 'ref' };
  if (list === 'facts') {
    if (LIST_REF_FIELDS.has(name)) return { type: 'refs' };
    if (REF_FIELDS.has(name) || isEntityId(bank, value)) return { type: 'ref' };
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isEntityId(bank, v))) return { type: 'refs' };
  }
  if (prop?.type === 'number' || prop?.type === 'integer' || typeof value === 'number') return { type: 'number' };
  if (prop?.type === 'boolean' || typeof value === 'boolean') return { type: 'boolean' };
  if (prop?.type === 'string' || typeof value === 'string') return { type: 'text' };
  if (prop?.type === 'array' && prop.items?.type === 'string') return { type: 'texts' };
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { type: 'texts' };
  return { type: 'other' };
}

/**
 * The item's fields in file order (id and evidence left out), then the optional fields its schema allows
 * that it does not have yet (a quantity's `question`, a set's `nonMembers`), so they can be added.
 */
export function fieldsOf(bank: BankFile, list: ListName, item: Item): FieldView[] {
  const schema = schemaOf(list, item.kind);
  const view = (name: string, value: unknown): FieldView => {
    const prop = schema?.properties[name];
    return {
      name,
      value,
      ...typeOf(bank, list, name, value, prop),
      description: prop?.description,
      required: schema?.required.includes(name) ?? true,
    };
  };
  const out = Object.entries(item)
    .filter(([name]) => !HIDDEN.has(name))
    .map(([name, value]) => view(name, value));
  for (const name of Object.keys(schema?.properties ?? {})) {
    if (!(name in item) && !HIDDEN.has(name)) {
      const f = view(name, undefined);
      if (f.type !== 'other') out.push(f);
    }
  }
  return out;
}

/** The field a note is about ("counts guessed from ...", "about: say ..."), if the item has it. */
export function fieldOfNote(fields: readonly FieldView[], notes: readonly string[]): number {
  for (const n of notes) {
    const word = /^(?:add )?([A-Za-z]+)\b/.exec(n)?.[1];
    const i = fields.findIndex((f) => f.name === word);
    if (i >= 0) return i;
  }
  return Math.max(
    0,
    fields.findIndex((f) => isEditable(f)),
  );
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
  if (t === '' && !f.required) return { value: undefined };
  switch (f.type) {
    case 'number': {
      const n = Number(t.replace(/[,_\s]/g, ''));
      return t !== '' && Number.isFinite(n)
        ? { value: n }
        : { problem: `'${t}' is not a number; type digits, e.g. 8500 or 2.5` };
    }
    case 'boolean':
      if (/^(true|yes|t|y)$/i.test(t)) return { value: true };
      if (/^(false|no|f|n)$/i.test(t)) return { value: false };
      return { problem: 'type true or false' };
    case 'texts': {
      const parts = t
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
      return { value: parts.length > 0 ? parts : undefined };
    }
    default:
      return t === '' ? { problem: `${f.name} cannot be empty; type a value, or Esc to keep it` } : { value: t };
  }
}

/** Entities other facts reference: fields holding one id, and lists of ids. */
export function referencesTo(
  bank: BankFile,
  entityId: string,
): { single: number[]; lists: { index: number; field: string }[] } {
  const single: number[] = [];
  const lists: { index: number; field: string }[] = [];
  bank.facts.forEach((fact, i) => {
    for (const f of fieldsOf(bank, 'facts', fact as unknown as Item)) {
      if (f.type === 'ref' && f.value === entityId) single.push(i);
      if (f.type === 'refs' && Array.isArray(f.value) && f.value.includes(entityId))
        lists.push({ index: i, field: f.name });
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
