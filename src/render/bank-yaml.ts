// A drafted bank as YAML an author edits: fields in the documented order, a blank line between items,
// and each guess to check as a `# check: ...` comment right above the entity or fact it concerns.
import { Document, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { DraftBank } from '../core/draft/draft-bank.js';
import { safeYamlText } from './yaml-safe.js';

export interface BankYamlOptions {
  /** Lines for the comment at the top of the file (without '#'). */
  header?: string[];
}

export function renderBankYaml(draft: DraftBank, options: BankYamlOptions = {}): string {
  const doc = new Document(draft.bank, { aliasDuplicateObjects: false });
  const byPath = new Map<string, string[]>();
  for (const n of draft.notes) {
    const key = n.path.join('.');
    byPath.set(key, [...(byPath.get(key) ?? []), n.note]);
  }
  for (const [key, notes] of byPath) {
    const path = key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const node = doc.getIn(path, true) as YamlNode | undefined;
    if (!node) continue;
    const text = notes.map((n) => ` check: ${n.replace(/\s+/g, ' ')}`).join('\n');
    if (path[0] === 'article') {
      // A comment before a map value lands on its key; put it on the first item of the list instead.
      const first = isSeq(node) ? (node.items[0] as YamlNode | undefined) : undefined;
      if (first) first.commentBefore = text;
    } else node.commentBefore = text;
  }
  for (const list of ['entities', 'facts']) {
    const seq = doc.get(list, true);
    if (isSeq(seq)) {
      seq.items.forEach((item, i) => {
        if (i > 0 && isMap(item)) (item as YamlNode).spaceBefore = true;
      });
    }
  }
  if (options.header?.length) doc.commentBefore = options.header.map((l) => (l ? ` ${l}` : '')).join('\n');
  return safeYamlText(doc, { lineWidth: 0 });
}
