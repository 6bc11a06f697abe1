import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../src/core/schemas.js';
import { validateAgainst } from '../../src/core/validate.js';

const schema = bankSchema as unknown as Record<string, unknown>;
const valid = {
  format: 'readquiz/bank@1',
  id: 'mini',
  title: 'Mini',
  article: { file: 'mini.txt' },
  entities: [{ id: 'ann', kind: 'person', name: 'Ann Lee' }],
  facts: [{ id: 'q1', kind: 'quote', evidence: 'Ann said “hello”.', text: 'hello', speaker: 'ann', about: 'greeting' }],
};
const clone = () => JSON.parse(JSON.stringify(valid));

const cases: [string, (b: any) => void, string, (string | number)[]][] = [
  ['wrong type', (b) => (b.title = 3), 'expected text, got number 3', ['title']],
  ['missing field', (b) => delete b.facts[0].speaker, "missing required field 'speaker'", ['facts', 0, 'speaker']],
  ['unknown field', (b) => (b.facts[0].colour = 'red'), "unknown field 'colour'", ['facts', 0, 'colour']],
  [
    'unknown fact kind',
    (b) => (b.facts[0].kind = 'rumour'),
    'unknown kind "rumour"; expected one of quantity, set, quote, statement, role, action',
    ['facts', 0, 'kind'],
  ],
  ['bad id', (b) => (b.id = 'Has Spaces'), 'is not valid here', ['id']],
  [
    'bad entity kind',
    (b) => (b.entities[0].kind = 'planet'),
    'expected one of person, organisation',
    ['entities', 0, 'kind'],
  ],
  ['empty facts', (b) => (b.facts = []), 'expected at least 1 item', ['facts']],
  ['empty text', (b) => (b.title = '  '), 'expected non-empty text', ['title']],
  ['wrong format', (b) => (b.format = 'readquiz/bank@2'), 'expected "readquiz/bank@1"', ['format']],
];

describe('validateAgainst(bankSchema)', () => {
  it('accepts a valid bank', () => {
    expect(validateAgainst(schema, valid)).toEqual([]);
  });

  it.each(cases)('%s: says what and where', (_name, breakIt, message, path) => {
    const bank = clone();
    breakIt(bank);
    const issues = validateAgainst(schema, bank);
    expect(issues[0]?.message).toContain(message);
    expect(issues[0]?.path).toEqual(path);
  });

  // The schema file is what editors use; it must accept and reject exactly what the loader does.
  it('agrees with a standard JSON Schema validator on every case', () => {
    const ajv = new Ajv2020({ discriminator: true, strict: false, allErrors: true });
    const check = ajv.compile(schema);
    expect(check(valid)).toBe(true);
    for (const [name, breakIt] of cases) {
      const bank = clone();
      breakIt(bank);
      expect(check(bank), name).toBe(false);
    }
  });
});
