// Applies the review's edits (src/core/review) to a bank's YAML text. yaml's Document API finds the nodes
// (their source ranges); the text is then edited only there, so every other line (comments, key order,
// quoting, blank lines, flow lists) stays byte for byte. Each result is parsed again and compared with the
// bank the review expects; should a layout defeat the splice, the same edits go through Document nodes
// and toString instead (correct, if less faithful to the layout).
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { EditOp, ListName } from '../core/review/model.js';

const CHECK = /^\s*#\s*check:\s?/;

export interface ReviewSource {
  /** The document as plain data (what the review works on). */
  data: unknown;
  /** `# check:` notes above (or inside) each entity and fact, without the `check:`. */
  notes: { entities: string[][]; facts: string[][] };
  /** Top-level fields holding other `# check:` notes ('article'), and the commented drafts at the end. */
  elsewhere: string[];
}

export function readReviewSource(text: string): ReviewSource {
  const doc = parseDocument(text, { uniqueKeys: false });
  const notes = { entities: [] as string[][], facts: [] as string[][] };
  for (const list of ['entities', 'facts'] as const) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      notes[list][i] = checkLines(text, node as YamlNode).map((l) =>
        text.slice(l.start, l.end).replace(CHECK, '').trim(),
      );
    });
  }
  const elsewhere: string[] = [];
  const top = doc.contents;
  if (isMap(top)) {
    for (const pair of top.items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'entities' || key === 'facts' || !pair.value?.range) continue;
      const from = lineStart(text, pair.value.range[0]);
      const body = text.slice(from, pair.value.range[2]);
      const inner = body
        .split('\n')
        .map((l) => l.trimStart())
        .filter((l) => CHECK.test(l));
      if (inner.length > 0) {
        // Name the field whose items carry the note: article.exclude rather than article.
        const sub = isMap(pair.value)
          ? (pair.value.items as Pair<YamlNode, YamlNode | null>[]).find(
              (p) =>
                p.value?.range &&
                CHECK.test(
                  text
                    .slice(lineStart(text, p.key!.range![0]), p.value.range[2])
                    .split('\n')
                    .find((l) => CHECK.test(l)) ?? '',
                ),
            )
          : undefined;
        elsewhere.push(sub && isScalar(sub.key) ? `${key}.${String(sub.key.value)}` : key);
      }
    }
  }
  // init's commented drafts (a main idea still without two wrong summaries) close the file: the review
  // cannot decide them, so the end screen names them with the rest left to edit.
  if ((doc.comment ?? '').split('\n').some((l) => CHECK.test(`#${l}`)))
    elsewhere.push('the commented drafts at the end');
  return { data: doc.toJS(), notes, elsewhere };
}

// ---------------------------------------------------------------- text positions

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
};
/** Just past the newline ending the line at `pos` (or the end of the text). */
const nextLine = (text: string, pos: number) => Math.min(text.length, lineEnd(text, pos) + 1);

/** The last character of a node's own text (trailing blank lines and comments after it excluded). */
function lastContent(text: string, node: YamlNode): number {
  const [start, valueEnd] = node.range!;
  const body = text.slice(start, valueEnd).replace(/\s+$/, '');
  return start + Math.max(0, body.length - 1);
}

interface Line {
  start: number;
  /** Excluding the newline. */
  end: number;
}

/** Comment lines right above an item's "- " line (no blank line between). */
function leadingComments(text: string, node: YamlNode): Line[] {
  const out: Line[] = [];
  let at = lineStart(text, node.range![0]);
  while (at > 0) {
    const start = lineStart(text, at - 1);
    const content = text.slice(start, at - 1);
    if (!/^\s*#/.test(content)) break;
    out.unshift({ start, end: at - 1 });
    at = start;
  }
  return out;
}

function checkLines(text: string, node: YamlNode): Line[] {
  const out = leadingComments(text, node).filter((l) => CHECK.test(text.slice(l.start, l.end)));
  // Notes written inside the item, between its fields.
  const from = lineStart(text, node.range![0]);
  const to = lastContent(text, node);
  for (let at = from; at <= to; at = nextLine(text, at)) {
    const end = lineEnd(text, at);
    if (CHECK.test(text.slice(at, end))) out.push({ start: at, end });
    if (end >= text.length) break;
  }
  return out;
}

// ---------------------------------------------------------------- one edit as a splice

interface Splice {
  from: number;
  to: number;
  insert: string;
}

function splice(text: string, edits: Splice[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out;
}

/** A value as YAML writes it on one line: plain when it can be, quoted when it must. */
function scalarText(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function itemNode(doc: Document, list: ListName, index: number): { seq: YAMLSeq; node: YAMLMap } {
  const seq = doc.get(list, true);
  if (!isSeq(seq)) throw new Error(`no ${list} list in the bank`);
  const node = seq.items[index];
  if (!isMap(node)) throw new Error(`${list}[${index}] is not a mapping`);
  return { seq, node };
}

function pairOf(map: YAMLMap, field: string): Pair<YamlNode, YamlNode | null> | undefined {
  return (map.items as Pair<YamlNode, YamlNode | null>[]).find(
    (p) => (isScalar(p.key) ? p.key.value : p.key) === field,
  );
}

function spliceFor(text: string, doc: Document, op: EditOp): Splice[] {
  const { seq, node } = itemNode(doc, op.list, op.index);
  const indent = node.range![0] - lineStart(text, node.range![0]);
  if (op.op === 'uncheck')
    return checkLines(text, node).map((l) => ({ from: l.start, to: Math.min(text.length, l.end + 1), insert: '' }));
  if (op.op === 'delete') {
    const lead = leadingComments(text, node);
    let from = lead[0]?.start ?? lineStart(text, node.range![0]);
    let to = nextLine(text, lastContent(text, node));
    const blank = (s: number) => /^[ \t]*$/.test(text.slice(s, lineEnd(text, s))) && s < text.length;
    if (from > 0 && blank(lineStart(text, from - 1))) from = lineStart(text, from - 1);
    else if (blank(to)) to = nextLine(text, to);
    const edits: Splice[] = [{ from, to, insert: '' }];
    if (seq.items.length === 1) {
      // The list stays a list: `entities: []`.
      const top = doc.contents as YAMLMap;
      const key = pairOf(top, op.list)!.key!;
      const colon = text.indexOf(':', key.range![1]);
      edits.push({ from: colon + 1, to: lineEnd(text, colon), insert: ' []' });
    }
    return edits;
  }
  const pair = pairOf(node, op.field);
  const { value } = op;
  if (value === undefined) {
    if (!pair) return [];
    const end = pair.value ? lastContent(text, pair.value) : pair.key!.range![1];
    return [{ from: lineStart(text, pair.key!.range![0]), to: nextLine(text, end), insert: '' }];
  }
  const pad = ' '.repeat(indent);
  if (!pair && node.flow) {
    // `{id: a, kind: person}` gains `, role: ...` before its closing brace.
    const close = text.lastIndexOf('}', node.range![1]);
    const body = Array.isArray(value) ? `[${value.map(scalarText).join(', ')}]` : scalarText(value);
    return [{ from: close, to: close, insert: `, ${scalarText(op.field)}: ${body}` }];
  }
  if (!pair) {
    const at = lineEnd(text, lastContent(text, node));
    const body = Array.isArray(value)
      ? `\n${value.map((v) => `${pad}  - ${scalarText(v)}`).join('\n')}`
      : ` ${scalarText(value)}`;
    return [{ from: at, to: at, insert: `\n${pad}${scalarText(op.field)}:${body}` }];
  }
  const old = pair.value;
  if (Array.isArray(value)) {
    if (isSeq(old) && !old.flow && old.items.length > 0) {
      const col = old.range![0] - lineStart(text, old.range![0]);
      return [
        {
          from: old.range![0],
          to: lineEnd(text, lastContent(text, old)),
          insert: value.map((v) => `- ${scalarText(v)}`).join(`\n${' '.repeat(col)}`),
        },
      ];
    }
    const flow = `[${value.map(scalarText).join(', ')}]`;
    if (old) return [{ from: old.range![0], to: old.range![1], insert: flow }];
    const colon = text.indexOf(':', pair.key!.range![1]);
    return [{ from: colon + 1, to: lineEnd(text, colon), insert: ` ${flow}` }];
  }
  if (old && isScalar(old)) {
    // A block scalar (| or >) runs over lines: replace through its last line, keeping that line's end.
    const multiline =
      old.type === 'BLOCK_LITERAL' ||
      old.type === 'BLOCK_FOLDED' ||
      text.slice(old.range![0], old.range![1]).includes('\n');
    return [
      {
        from: old.range![0],
        to: multiline ? lineEnd(text, lastContent(text, old)) : old.range![1],
        insert: scalarText(value),
      },
    ];
  }
  if (old) return [{ from: old.range![0], to: lineEnd(text, lastContent(text, old)), insert: scalarText(value) }];
  const colon = text.indexOf(':', pair.key!.range![1]);
  return [{ from: colon + 1, to: lineEnd(text, colon), insert: ` ${scalarText(value)}` }];
}

// ---------------------------------------------------------------- the same edit through Document nodes

function applyToDocument(doc: Document, op: EditOp): void {
  const { seq, node } = itemNode(doc, op.list, op.index);
  const strip = (c: string | null | undefined) => {
    const kept = (c ?? '').split('\n').filter((l) => !CHECK.test(`#${l}`));
    return kept.length > 0 && kept.some((l) => l.trim()) ? kept.join('\n') : undefined;
  };
  if (op.op === 'uncheck') {
    node.commentBefore = strip(node.commentBefore);
    if (op.index === 0) seq.commentBefore = strip(seq.commentBefore);
  } else if (op.op === 'delete') seq.items.splice(op.index, 1);
  else if (op.value === undefined) node.delete(op.field);
  else node.set(op.field, doc.createNode(op.value));
}

// ---------------------------------------------------------------- a decision's edits

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function uncheckedOk(text: string, ops: readonly EditOp[]): boolean {
  const notes = readReviewSource(text).notes;
  return ops.every((op) => op.op !== 'uncheck' || (notes[op.list][op.index]?.length ?? 0) === 0);
}

/**
 * The bank text after one decision's edits. `expected` is the bank as the review now holds it; the result
 * must read back as exactly that. Throws (an internal error) if neither way gets there.
 */
export function applyEdits(
  text: string,
  ops: readonly EditOp[],
  expected: unknown,
): { text: string; faithful: boolean } {
  let out = text;
  try {
    for (const op of ops) out = splice(out, spliceFor(out, parseDocument(out, { uniqueKeys: false }), op));
    if (deepEqual(parseDocument(out, { uniqueKeys: false }).toJS(), expected) && uncheckedOk(out, ops))
      return { text: out, faithful: true };
  } catch {
    // Fall through to the Document route.
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  for (const op of ops) applyToDocument(doc, op);
  out = doc.toString({ lineWidth: 0 });
  if (!deepEqual(parseDocument(out, { uniqueKeys: false }).toJS(), expected)) {
    throw new Error('review: the bank file could not be edited to match the review (nothing was written)');
  }
  return { text: out, faithful: false };
}
