import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../src/core/schemas.js';
import { parseBankText } from '../../src/io/parse-bank.js';
import { BANK_FORMAT_EXAMPLE, renderBankFormatDoc } from '../../src/render/bank-format-doc.js';
import { stringify } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const docFile = join(root, 'docs', 'bank-format.md');

describe('docs/bank-format.md', () => {
  const rendered = renderBankFormatDoc();

  it('is the reference rendered from bankSchema (UPDATE_DOCS=1 rewrites it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docFile, rendered);
    expect(existsSync(docFile)).toBe(true);
    expect(readFileSync(docFile, 'utf8')).toBe(rendered);
  });

  it('documents every field of the schema and has an example for every fact kind', () => {
    const defs = bankSchema.$defs as Record<string, { properties: Record<string, unknown> }>;
    const fields = [
      ...Object.keys(bankSchema.properties),
      ...Object.keys(bankSchema.properties.article.properties),
      ...Object.keys(bankSchema.properties.entities.items.properties),
      ...Object.values(defs).flatMap((d) => Object.keys(d.properties)),
    ];
    for (const f of fields) expect(rendered, f).toContain(`| \`${f}\` |`);
    for (const kind of Object.keys(defs)) expect(rendered).toMatch(new RegExp(`### \`${kind}\`[\\s\\S]*?kind: ${kind}\\n`));
  });

  it('has examples that load as a bank over the built-in article (schema, references, verbatim evidence)', () => {
    const article = readFileSync(join(root, 'questions', 'biden-ukraine.txt'), 'utf8');
    const parsed = parseBankText(stringify(BANK_FORMAT_EXAMPLE), 'example.yaml', () => article);
    expect(parsed.diagnostics).toEqual([]);
    expect(new Set(BANK_FORMAT_EXAMPLE.facts.map((f) => f.kind)).size).toBe(Object.keys(bankSchema.$defs).length);
  });

  it('changes when the schema changes (it is not a frozen copy)', () => {
    const changed = structuredClone(bankSchema) as unknown as Record<string, unknown> & { $defs: Record<string, { description: string }> };
    changed.$defs.role!.description = 'A different description.';
    expect(renderBankFormatDoc(changed)).toContain('A different description.');
    expect(renderBankFormatDoc(changed)).not.toBe(rendered);
  });
});
