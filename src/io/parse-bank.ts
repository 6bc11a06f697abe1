// YAML bank source -> Bank, with every problem placed at its file:line:col. Loaded lazily: `yaml` is
// only needed for banks that are not precompiled.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { parseArticle } from '../core/article.js';
import { checkBank } from '../core/check-bank.js';
import { ReadquizError, type FieldPath } from '../core/errors.js';
import { fnv1a } from '../core/hash.js';
import { bankSchema } from '../core/schemas.js';
import type { Article, Bank, BankFile } from '../core/types.js';
import { validateAgainst } from '../core/validate.js';
import { LIMITS, readTextFile } from './read-text.js';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  path?: FieldPath;
  message: string;
  severity: 'error' | 'warning';
}

/** Aliases expand on conversion; a small limit stops "billion laughs" banks. */
const MAX_ALIAS_COUNT = 200;
/** Deeper than any real bank; stops stack-exhausting documents. */
const MAX_DEPTH = 40;

export interface ParsedBank {
  bank?: Bank;
  diagnostics: Diagnostic[];
}

/** Parses and checks a bank file; never throws for problems in the file, it reports them all. */
export function parseBankFile(file: string): ParsedBank {
  const text = readTextFile(file, LIMITS.bankBytes, 'bank');
  return parseBankText(text, file, (articleFile) => readArticleFile(file, articleFile));
}

/** The article file named by a bank, which must stay inside the bank's folder. */
export function resolveArticlePath(bankFile: string, articleFile: string): string {
  if (isAbsolute(articleFile)) throw new ReadquizError(`article.file '${articleFile}' is an absolute path; expected a path relative to the bank's folder`);
  const folder = dirname(resolve(bankFile));
  const target = resolve(folder, articleFile);
  const inside = (root: string, p: string) => {
    const rel = relative(root, p);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
  };
  if (!inside(folder, target)) throw new ReadquizError(`article.file '${articleFile}' leads out of the bank's folder; expected a file inside it`);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    throw new ReadquizError(`article.file '${articleFile}' not found next to the bank (looked for ${target})`);
  }
  if (!inside(realpathSync(folder), real)) throw new ReadquizError(`article.file '${articleFile}' is a link that leads out of the bank's folder`);
  return real;
}

function readArticleFile(bankFile: string, articleFile: string): string {
  return readTextFile(resolveArticlePath(bankFile, articleFile), LIMITS.articleBytes, 'article');
}

export function parseBankText(text: string, file: string, readArticle: (articleFile: string) => string): ParsedBank {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: true });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => lineCounter.linePos(offset);
  for (const e of doc.errors) {
    const { line, col } = at(e.pos[0]);
    diagnostics.push({ file, line, col, severity: 'error', message: yamlMessage(e.code, e.message) });
  }
  if (diagnostics.length > 0) return { diagnostics: diagnostics.slice(0, 1) };

  const place = (path: FieldPath, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => {
    const { line, col } = at(locate(doc, path));
    return { file, line, col, path, message, severity };
  };

  if (depthOf(doc.contents) > MAX_DEPTH) return { diagnostics: [place([], `nesting is deeper than ${MAX_DEPTH} levels; a bank never needs that`)] };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return { diagnostics: [place([], `${(err as Error).message.replace(/\.$/, '')}; aliases may expand at most ${MAX_ALIAS_COUNT} times`)] };
  }
  if (raw === null || raw === undefined) return { diagnostics: [place([], 'the bank is empty; expected a mapping with format, id, title, article, entities and facts')] };

  const issues = validateAgainst(bankSchema as unknown as Record<string, unknown>, raw);
  if (issues.length > 0) return { diagnostics: issues.map((i) => place(i.path, i.message)) };

  const bankFile = raw as BankFile;
  let articleText: string;
  try {
    articleText = readArticle(bankFile.article.file);
  } catch (err) {
    if (err instanceof ReadquizError) {
      const inArticle = err.file !== undefined;
      return { diagnostics: [inArticle ? { file: err.file!, line: err.line ?? 1, col: err.col ?? 1, message: err.message, severity: 'error' } : place(['article', 'file'], err.message)] };
    }
    throw err;
  }
  const article: Article = parseArticle(articleText, bankFile.article.exclude ?? []);
  for (const p of checkBank(bankFile, article)) diagnostics.push(place(p.path, p.message, p.severity));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const { $schema: _ignored, ...clean } = bankFile as BankFile & { $schema?: string };
  const bank: Bank = { ...clean, articleText: article, contentHash: fnv1a(`${text}\u0000${articleText}`) };
  return { bank, diagnostics };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${first.replace(/\.$/, '')}; each field may appear once`;
  return `YAML syntax: ${first}`;
}

function depthOf(node: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node)) return Math.max(depth, ...node.items.map((p) => depthOf(p.value, depth + 1)));
  if (isSeq(node)) return Math.max(depth, ...node.items.map((n) => depthOf(n, depth + 1)));
  return depth;
}

/** Offset in the source of the field at `path`: its key when it exists, else the nearest parent that does. */
function locate(doc: Document, path: FieldPath): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/** Throws the first error as a ReadquizError placed in the file; returns the bank otherwise. */
export function bankOrThrow(parsed: ParsedBank): Bank {
  const first = parsed.diagnostics.find((d) => d.severity === 'error');
  if (first || !parsed.bank) {
    const d = first ?? { file: '', line: 1, col: 1, message: 'the bank could not be read' };
    throw new ReadquizError(d.message, { file: d.file, line: d.line, col: d.col, path: (d as Diagnostic).path });
  }
  return parsed.bank;
}
