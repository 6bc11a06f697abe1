// The review's edits applied to YAML text: the edited item changes, every other line stays byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../src/core/draft/draft-bank.js';
import type { EditOp } from '../../src/core/review/model.js';
import { applyEdits, readReviewSource } from '../../src/io/bank-edit.js';
import { renderBankYaml } from '../../src/render/bank-yaml.js';

const root = join(import.meta.dirname, '..', '..');
const article = readFileSync(join(root, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md'), 'utf8');
const drafted = renderBankYaml(draftBank(article, { articleFile: 'riverside-footbridge.md' }), {
  header: ['A header comment the author keeps.'],
});
const builtin = readFileSync(join(root, 'questions', 'biden-ukraine.yaml'), 'utf8');

type Data = { entities: Record<string, unknown>[]; facts: Record<string, unknown>[] };
const data = (text: string) => parseDocument(text).toJS() as Data;

/** What the review would hold after `ops`: the same edits on plain data. */
function expectedAfter(text: string, ops: EditOp[]): Data {
  const d = data(text);
  for (const op of ops) {
    const list = d[op.list];
    if (op.op === 'delete') list.splice(op.index, 1);
    else if (op.op === 'set') {
      if (op.value === undefined) delete list[op.index]![op.field];
      else list[op.index]![op.field] = op.value;
    }
  }
  return d;
}

/** Lines of `after` not in `before` and the reverse (a line diff by longest common subsequence). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  return { removed, added };
}

function apply(text: string, ops: EditOp[]) {
  const r = applyEdits(text, ops, expectedAfter(text, ops));
  expect(r.faithful).toBe(true);
  return { text: r.text, ...lineDiff(text, r.text) };
}

describe('reading a draft for review', () => {
  it('finds the # check: notes of each entity and fact', () => {
    const { notes } = readReviewSource(drafted);
    expect(notes.entities[0]).toEqual(['kind guessed: organisation ("Council" names an organisation)']);
    const quote = data(drafted).facts.findIndex((f) => f.id === 'linda-ortiz-quote');
    // A quote of more than two words gets no note on its \`about\`: only "Which word ...?" asks it.
    expect(notes.facts[quote]).toEqual(['speaker guessed from "said" after the quote']);
    expect(readReviewSource(builtin).notes.facts.every((n) => n.length === 0)).toBe(true);
  });

  it("names the # check: notes left outside entities and facts: article.exclude, and init's commented drafts at the end", () => {
    expect(readReviewSource(drafted).elsewhere).toEqual(['article.exclude']);
    const commented = `${drafted}#\n# --- Drafts of the comprehension kinds: complete each\n#\n# check: wrong: add a too-broad one\n# - id: main-idea\n#   kind: main-idea\n`;
    expect(readReviewSource(commented).elsewhere).toEqual(['article.exclude', 'the commented drafts at the end']);
    expect(readReviewSource(builtin).elsewhere).toEqual([]);
  });
});

describe('edits keep every untouched line byte for byte', () => {
  it("accept: only that guess's # check: lines go", () => {
    const quote = data(drafted).facts.findIndex((f) => f.id === 'linda-ortiz-quote');
    const r = apply(drafted, [{ op: 'uncheck', list: 'facts', index: quote }]);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual(['  # check: speaker guessed from "said" after the quote']);
    expect(readReviewSource(r.text).notes.facts[quote]).toEqual([]);
    expect(r.text.startsWith('# A header comment the author keeps.\n')).toBe(true);
  });

  it('set a text field: one line changes', () => {
    const r = apply(drafted, [
      { op: 'set', list: 'facts', index: 0, field: 'counts', value: 'years the dispute had lasted' },
    ]);
    expect(r.removed).toEqual(['    counts: years the crossing at Mill Lane that had lasted']);
    expect(r.added).toEqual(['    counts: years the dispute had lasted']);
  });

  it('text that YAML must quote is quoted; numbers stay numbers', () => {
    const r = apply(drafted, [
      { op: 'set', list: 'facts', index: 0, field: 'counts', value: 'years: a long time' },
      { op: 'set', list: 'facts', index: 0, field: 'value', value: 3 },
    ]);
    expect(r.added).toEqual(['    value: 3', '    counts: "years: a long time"']);
    expect(data(r.text).facts[0]!.counts).toBe('years: a long time');
  });

  it('a list in block style stays block; a list in flow style stays flow', () => {
    const set = data(drafted).facts.findIndex((f) => f.kind === 'set');
    const r = apply(drafted, [
      { op: 'set', list: 'facts', index: set, field: 'members', value: ['linda-ortiz', 'tom-akers'] },
    ]);
    expect(r.removed).toEqual(['      - raj-patel', '      - helen-brooks']);
    expect(r.added).toEqual([]);
    const biden = data(builtin).entities.findIndex((e) => e.id === 'joe-biden');
    const b = apply(builtin, [
      { op: 'set', list: 'entities', index: biden, field: 'aliases', value: ['Biden', 'the American president'] },
    ]);
    expect(b.removed).toEqual([
      '    aliases: [Biden, American President Joe Biden, the American president, President Biden, President Joe Biden, the US president, US President Joe Biden]',
    ]);
    expect(b.added).toEqual(['    aliases: [Biden, the American president]']);
  });

  it('a new field goes at the end of its item; removing a field takes its lines', () => {
    const set = data(drafted).facts.findIndex((f) => f.kind === 'set');
    const r = apply(drafted, [{ op: 'set', list: 'facts', index: set, field: 'nonMembers', value: ['samuel-reyes'] }]);
    expect(r.removed).toEqual([]);
    expect(r.added).toEqual(['    nonMembers:', '      - samuel-reyes']);
    const back = apply(r.text, [{ op: 'set', list: 'facts', index: set, field: 'nonMembers', value: undefined }]);
    expect(back.text).toBe(drafted);
  });

  it('delete: the item, its comments and one blank line go; nothing else', () => {
    const d = data(drafted);
    const i = d.facts.findIndex((f) => f.id === 'minutes-8');
    const r = apply(drafted, [{ op: 'delete', list: 'facts', index: i }]);
    expect(r.added).toEqual([]);
    // One blank line (a line diff cannot tell which of two equal blank lines went), the comment, the item.
    expect(r.removed.filter((l) => l === '')).toEqual(['']);
    const rest = r.removed.filter((l) => l !== '');
    // The item's first check note: what the draft says of its question (since s33, asked in place) or its counts.
    expect(rest[0]).toMatch(
      /^ {2}# check: (?:counts guessed from the words around "eight"|question: the sentence asked)/,
    );
    const at = rest.indexOf('  - id: minutes-8');
    expect(at).toBeGreaterThan(0);
    expect(rest.slice(0, at).every((l) => l.startsWith('  # check: '))).toBe(true);
    expect(rest.slice(at + 1).every((l) => l.startsWith('    '))).toBe(true);
    expect(r.text).not.toContain('\n\n\n');
    expect(data(r.text).facts.map((f) => f.id)).toEqual(d.facts.filter((f) => f.id !== 'minutes-8').map((f) => f.id));
    // The first item: its blank line after goes instead, so the list does not start with a gap.
    const first = apply(drafted, [{ op: 'delete', list: 'entities', index: 0 }]);
    expect(first.text).toContain('entities:\n  # check: kind guessed: person');
  });

  it('on the hand-written built-in bank (flow lists, comments inside items) too', () => {
    const d = data(builtin);
    // Russia: a comment between its name and its flow list of aliases.
    const russia = d.entities.findIndex((e) => e.id === 'russia');
    const ops: EditOp[] = [
      { op: 'set', list: 'entities', index: russia, field: 'name', value: 'the Russian Federation' },
      { op: 'delete', list: 'facts', index: d.facts.length - 1 },
    ];
    const r = apply(builtin, ops);
    expect(r.added).toEqual(['    name: the Russian Federation']);
    expect(r.removed).toContain('    name: Russia');
    // The comment inside the Russia entity is still there.
    expect(r.text).toContain(
      '    # Every "Moscow" in the article is the Russian government (pressure on, would suffer, denounced).\n    aliases: [Moscow,',
    );
  });

  it('odd layouts (flow items, block scalars, comments at line ends): still a splice of the edited lines only', () => {
    const odd = [
      'format: readquiz/bank@1  # trailing comment',
      'id: odd',
      'title: Odd',
      'article: {file: a.txt}',
      'entities:',
      '- {id: a, kind: person, name: A}   # flow item',
      '# check: kind guessed',
      '- id: b',
      '  kind: person',
      '  name: >-',
      '    Bee',
      '    Bop',
      '  aliases: [x,   y]',
      'facts:',
      '  - id: f',
      '    kind: statement',
      '    evidence: "A \\"said\\" it."',
      '    text: |',
      '      Multi',
      '      line',
      '',
    ].join('\n');
    expect(apply(odd, [{ op: 'set', list: 'entities', index: 0, field: 'role', value: 'Boss' }]).added).toEqual([
      '- {id: a, kind: person, name: A, role: Boss}   # flow item',
    ]);
    const name = apply(odd, [{ op: 'set', list: 'entities', index: 1, field: 'name', value: 'Bee Bop' }]);
    expect(name.removed).toEqual(['  name: >-', '    Bee', '    Bop']);
    expect(name.added).toEqual(['  name: Bee Bop']);
    const text = apply(odd, [{ op: 'set', list: 'facts', index: 0, field: 'text', value: 'One line' }]);
    expect(text.added).toEqual(['    text: One line']);
    expect(text.text.endsWith('    text: One line\n')).toBe(true);
    expect(apply(odd, [{ op: 'uncheck', list: 'entities', index: 1 }]).removed).toEqual(['# check: kind guessed']);
    expect(apply(odd, [{ op: 'delete', list: 'entities', index: 0 }]).removed).toEqual([
      '- {id: a, kind: person, name: A}   # flow item',
    ]);
  });

  it('entities and facts of both banks: an edit or a deletion leaves every line outside that item as it was', () => {
    for (const [text, every] of [
      [drafted, 1],
      [builtin, 4],
    ] as const) {
      const lines = text.split('\n');
      const doc = parseDocument(text);
      for (const list of ['entities', 'facts'] as const) {
        const items = (doc.get(list) as { items: { range: [number, number, number] }[] }).items;
        items.forEach((node, index) => {
          if (index % every !== 0) return;
          // The item's lines (0-based), widened over the comments right above it and one line each side.
          let first = text.slice(0, node.range[0]).split('\n').length - 1;
          while (first > 0 && /^\s*#/.test(lines[first - 1]!)) first--;
          const last = text.slice(0, node.range[1] - 1).split('\n').length - 1;
          const head = lines.slice(0, Math.max(0, first - 1)).join('\n');
          const tail = lines.slice(last + 2).join('\n');
          const field = list === 'entities' ? 'name' : 'evidence';
          for (const op of [
            { op: 'set', list, index, field, value: 'Changed: text to quote' },
            { op: 'delete', list, index },
          ] as EditOp[]) {
            const out = apply(text, [op]).text;
            expect(out.startsWith(head), `${op.op} ${list}[${index}] keeps what comes before`).toBe(true);
            expect(out.endsWith(tail), `${op.op} ${list}[${index}] keeps what comes after`).toBe(true);
          }
        });
      }
    }
  });

  it('edits that would not read back as the review expects are refused, and nothing is returned', () => {
    expect(() =>
      applyEdits(drafted, [{ op: 'set', list: 'facts', index: 0, field: 'value', value: 3 }], data(drafted)),
    ).toThrow(/could not be edited/);
  });
});
