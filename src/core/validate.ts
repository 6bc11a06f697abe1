// A small interpreter for the subset of JSON Schema that schemas.ts uses, so the loader reports each
// problem with its field path and what was expected, in words a bank author understands.
import type { FieldPath } from './errors.js';
import { plural } from './plural.js';

export interface SchemaIssue {
  path: FieldPath;
  message: string;
}

type Schema = Record<string, unknown>;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function expectedType(t: string): string {
  return (
    (
      {
        object: 'a mapping',
        array: 'a list',
        string: 'text',
        number: 'a number',
        integer: 'a whole number',
        boolean: 'true or false',
      } as Record<string, string>
    )[t] ?? t
  );
}

function matchesType(value: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

function resolve(root: Schema, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/$defs/', '');
  const defs = root.$defs as Record<string, Schema>;
  return defs[name]!;
}

function allowsNull(root: Schema, schemaIn: Schema | undefined): boolean {
  if (!schemaIn) return false;
  const schema = resolve(root, schemaIn);
  return (
    schema.type === 'null' ||
    (Array.isArray(schema.oneOf) && (schema.oneOf as Schema[]).some((s) => allowsNull(root, s)))
  );
}

/** Every way `value` breaks `root`, at most `limit`, in document order. */
export function validateAgainst(root: Schema, value: unknown, limit = 50): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: FieldPath, message: string) => {
    if (issues.length < limit) issues.push({ path, message });
  };

  const visit = (schemaIn: Schema, v: unknown, path: (string | number)[]): void => {
    const schema = resolve(root, schemaIn);
    if ('const' in schema && v !== schema.const) {
      add(path, `expected ${JSON.stringify(schema.const)}, got ${typeName(v)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(v as never)) {
      add(path, `expected one of ${schema.enum.join(', ')}; got ${typeName(v)}`);
      return;
    }
    if (typeof schema.type === 'string' && !matchesType(v, schema.type)) {
      add(path, `expected ${expectedType(schema.type)}, got ${typeName(v)}`);
      return;
    }
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && v.trim().length < schema.minLength)
        add(path, 'expected non-empty text');
      else if (typeof schema.maxLength === 'number' && v.length > schema.maxLength)
        add(path, `text is ${v.length} characters long; at most ${schema.maxLength} expected`);
      else if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) {
        add(
          path,
          `${typeName(v)} is not valid here${schema.description ? `; expected: ${String(schema.description)}` : ''}`,
        );
      }
    }
    if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum)
      add(path, `expected at least ${schema.minimum}, got ${v}`);
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems)
        add(path, `expected at least ${plural(schema.minItems, 'item')}, got ${v.length}`);
      if (typeof schema.maxItems === 'number' && v.length > schema.maxItems)
        add(path, `expected at most ${schema.maxItems} items, got ${v.length}`);
      if (schema.items) v.forEach((item, i) => visit(schema.items as Schema, item, [...path, i]));
    }
    if (matchesType(v, 'object') && (schema.properties || schema.required || schema.oneOf)) {
      const obj = v as Record<string, unknown>;
      const declared = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const key of (schema.required as string[] | undefined) ?? []) {
        // A null counts as missing, unless the field's schema allows null (an attempt's unanswered response).
        if (!(key in obj) || (obj[key] === null && !allowsNull(root, declared[key])))
          add([...path, key], `missing required field '${key}'`);
      }
      const disc = schema.discriminator as { propertyName: string } | undefined;
      if (disc && Array.isArray(schema.oneOf)) {
        const tag = obj[disc.propertyName];
        if (tag === undefined) return;
        const options = (schema.oneOf as Schema[]).map((s) => resolve(root, s));
        const chosen = options.find((s) => (s.properties as Record<string, Schema>)[disc.propertyName]?.const === tag);
        if (!chosen) {
          const tags = options.map((s) => (s.properties as Record<string, Schema>)[disc.propertyName]!.const);
          add(
            [...path, disc.propertyName],
            `unknown ${disc.propertyName} ${typeof tag === 'string' ? JSON.stringify(tag) : typeName(tag)}; expected one of ${tags.join(', ')}`,
          );
          return;
        }
        visit(chosen, v, path);
        return;
      }
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, child] of Object.entries(obj)) {
        if (key in props) {
          if (child !== undefined) visit(props[key]!, child, [...path, key]);
        } else if (schema.additionalProperties === false) {
          const known = Object.keys(props).filter((k) => k !== '$schema');
          add([...path, key], `unknown field '${key}'; expected one of ${known.join(', ')}`);
        }
      }
    }
    if (!schema.discriminator && Array.isArray(schema.oneOf)) {
      // Each form on its own (with the shared $defs): merged into the root, a form without a type of its own
      // (`{const: "all"}`) would inherit the root's `type: object` and match nothing.
      const ok = (schema.oneOf as Schema[]).some(
        (s) => validateAgainst({ ...resolve(root, s), $defs: root.$defs }, v, 1).length === 0,
      );
      if (!ok) add(path, `${typeName(v)} matches none of the allowed forms`);
    }
  };

  visit(root, value, []);
  return issues;
}
