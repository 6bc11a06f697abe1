// A "#" after a space starts a YAML comment: a hashtag in a plain value cuts the value there, silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBankText } from '../../src/io/parse-bank.js';

const root = join(import.meta.dirname, '..', '..');
const yaml = readFileSync(join(root, 'questions', 'biden-ukraine.yaml'), 'utf8');
const article = readFileSync(join(root, 'questions', 'biden-ukraine.txt'), 'utf8');
const titleLine = yaml.split('\n').findIndex((l) => l.startsWith('title:')) + 1;

describe('a hashtag in a plain YAML value', () => {
  it('warns at the value, saying where it was cut and how to keep it', () => {
    const text = yaml.replace(/^title: .*$/m, 'title: Biden and #StandWithUkraine on the call');
    const r = parseBankText(text, 'bank.yaml', () => article);
    expect(r.bank?.title).toBe('Biden and');
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        line: titleLine,
        col: 8,
        message:
          'title ends at "Biden and": YAML reads "#StandWithUkraine" and what follows as a comment; put the value in quotes to keep it',
      }),
    );
  });

  it('says nothing of a comment written as one ("# ..."), nor of a quoted hashtag', () => {
    for (const title of ['Biden and Ukraine  # a note to self', '"Biden and #StandWithUkraine"']) {
      const r = parseBankText(yaml.replace(/^title: .*$/m, `title: ${title}`), 'bank.yaml', () => article);
      expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    }
  });
});
