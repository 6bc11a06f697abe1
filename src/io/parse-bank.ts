// YAML bank source -> Bank, with every problem placed at its file:line:col. Loaded lazily: `yaml` is
// only needed for banks that are not precompiled.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { parseArticle } from '../core/article.js';
import { checkBank } from '../core/check-bank.js';
import { ReadquizError, type FieldPath } from '../core/errors.js';
import { fnv1a } from '../core/hash.js';
import { bankSchema } from '../core/schemas.js';
import type { Article, Bank, BankFile } from '../core/types.js';
import { validateAgainst } from '../core/validate.js';
import { terminalSafeLine } from '../core/terminal-safe.js';
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
  if (isAbsolute(articleFile))
    throw new ReadquizError(`'${articleFile}' is an absolute path; expected a path relative to the bank's folder`);
  const folder = dirname(resolve(bankFile));
  const target = resolve(folder, articleFile);
  const inside = (root: string, p: string) => {
    const rel = relative(root, p);
    return rel !== '' && !isAbsolute(rel) && !rel.split(sep).includes('..');
  };
  if (!inside(folder, target))
    throw new ReadquizError(`'${articleFile}' leads out of the bank's folder; expected a file inside it`);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    throw new ReadquizError(`the article '${articleFile}' is not there (looked for ${target})`);
  }
  if (!inside(realpathSync(folder), real))
    throw new ReadquizError(`'${articleFile}' is a symbolic link that leads out of the bank's folder`);
  return real;
}

function readArticleFile(bankFile: string, articleFile: string): string {
  return readTextFile(resolveArticlePath(bankFile, articleFile), LIMITS.articleBytes, 'article');
}

export function parseBankText(text: string, file: string, readArticle: (articleFile: string) => string): ParsedBank {
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const diagnostics: Diagnostic[] = [];
  // Flow collections nest by brackets alone and the YAML parser recurses per level: refuse deep ones first.
  const deep = deepFlowOffset(text, MAX_DEPTH);
  if (deep >= 0)
    return { diagnostics: [sanitize({ file, ...lineColOf(text, deep), severity: 'error', message: tooDeep() })] };
  let doc: Document;
  try {
    // uniqueKeys is checked below in linear time: the parser's own check is quadratic in the keys of a mapping.
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, stringKeys: true });
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { diagnostics: [{ file, line: 1, col: 1, severity: 'error', message: tooDeep() }] };
  }
  for (const e of doc.errors) {
    const { line, col } = at(e.pos[0]);
    // No field path: after a syntax error the tree is a guess, and a wrong path misleads more than none.
    diagnostics.push(sanitize({ file, line, col, severity: 'error', message: yamlMessage(e.code, e.message) }));
  }
  if (diagnostics.length > 0) return { diagnostics: diagnostics.slice(0, 1) };

  const place = (path: FieldPath, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => {
    const { line, col } = at(locate(doc, path));
    return sanitize({ file, line, col, path, message, severity });
  };

  if (depthOf(doc.contents) > MAX_DEPTH)
    return { diagnostics: [place([], `nesting is deeper than ${MAX_DEPTH} levels; a bank never needs that`)] };
  const dup = firstDuplicateKey(doc);
  if (dup) {
    const { line, col } = at(dup.offset);
    const first = at(dup.firstOffset);
    return {
      diagnostics: [
        sanitize({
          file,
          line,
          col,
          path: dup.path,
          severity: 'error',
          message: `duplicate field '${dup.key}' (first at line ${first.line}); each field may appear once`,
        }),
      ],
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = (err as Error).message.replace(/\.$/, '');
    const unresolved = /^Unresolved alias.*?: (.*)$/.exec(message);
    if (unresolved) {
      const offset = text.indexOf(`*${unresolved[1]}`);
      const { line, col } = at(Math.max(0, offset));
      return {
        diagnostics: [
          sanitize({
            file,
            line,
            col,
            severity: 'error',
            message: `unknown alias '*${unresolved[1]}'; define the anchor '&${unresolved[1]}' before using it`,
          }),
        ],
      };
    }
    if (/alias/i.test(message)) {
      // Placed at the first alias: where the expansion starts.
      let offset = 0;
      visit(doc, {
        Alias(_key, node) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      const { line, col } = at(offset);
      const message = `aliases expand too much (more than ${MAX_ALIAS_COUNT} times), as in a "billion laughs" attack; write the values out instead`;
      return { diagnostics: [sanitize({ file, line, col, severity: 'error', message })] };
    }
    return { diagnostics: [place([], `the YAML cannot be converted: ${message}`)] };
  }
  if (raw === null || raw === undefined)
    return {
      diagnostics: [
        place([], 'the bank is empty; expected a mapping with format, id, title, article, entities and facts'),
      ],
    };

  const issues = validateAgainst(bankSchema as unknown as Record<string, unknown>, raw);
  if (issues.length > 0) return { diagnostics: issues.map((i) => place(i.path, i.message)) };

  const bankFile = raw as BankFile;
  let articleText: string;
  try {
    articleText = readArticle(bankFile.article.file);
  } catch (err) {
    if (err instanceof ReadquizError) {
      const inArticle = err.file !== undefined;
      return {
        diagnostics: [
          inArticle
            ? sanitize({
                file: err.file!,
                line: err.line ?? 1,
                col: err.col ?? 1,
                message: err.message,
                severity: 'error',
              })
            : place(['article', 'file'], err.message),
        ],
      };
    }
    throw err;
  }
  const article: Article = parseArticle(articleText, bankFile.article.exclude ?? [], bankFile.title);
  for (const p of checkBank(bankFile, article)) diagnostics.push(place(p.path, p.message, p.severity));
  diagnostics.push(...hashtagsCut(doc, file, at));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const { $schema: _ignored, ...clean } = bankFile as BankFile & { $schema?: string };
  const bank: Bank = { ...clean, articleText: article, contentHash: fnv1a(`${text}\u0000${articleText}`) };
  return { bank, diagnostics };
}

function lineColOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, col: offset - nl };
}

function tooDeep(): string {
  return `nesting is deeper than ${MAX_DEPTH} levels; a bank never needs that`;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'a tab indents this line; YAML allows only spaces for indentation',
  MULTIPLE_DOCS: "a second YAML document starts here ('---'); a bank file holds one document",
};

function yamlMessage(code: string, message: string): string {
  if (YAML_HINTS[code]) return `YAML syntax: ${YAML_HINTS[code]}`;
  if (/call stack/i.test(message)) return tooDeep();
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax: ${first}`;
}

// Messages quote bank text; bank text is untrusted. Keep each message one printable line of sane length,
// so an escape sequence in a bank cannot reach the terminal through an error message.
const MAX_MESSAGE = 400;
const MAX_SEGMENT = 60;

function sanitize(d: Diagnostic): Diagnostic {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const message = clip(terminalSafeLine(d.message), MAX_MESSAGE);
  const out: Diagnostic = { ...d, file: terminalSafeLine(d.file), message };
  if (d.path)
    out.path = d.path.map((seg) => (typeof seg === 'string' ? clip(terminalSafeLine(seg), MAX_SEGMENT) : seg));
  return out;
}

/** Offset of the first flow bracket nested deeper than `max`, or -1. Quoted scalars and comments are skipped. */
function deepFlowOffset(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // Only a quote that starts a scalar opens a string; "it's" inside plain text does not.
      const prev = i === 0 ? ' ' : text[i - 1]!;
      if (!/[\s\[{,:\-?]/.test(prev)) continue;
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

function depthOf(root: unknown): number {
  // Iterative: a mapping with 100,000 items must not blow the stack either.
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) return depth;
    if (isMap(node)) for (const p of node.items) stack.push([p.value, depth + 1]);
    else if (isSeq(node)) for (const n of node.items) stack.push([n, depth + 1]);
  }
  return max;
}

/** The first key repeated within one mapping, found in linear time. */
function firstDuplicateKey(
  doc: Document,
): { key: string; offset: number; firstOffset: number; path: FieldPath } | undefined {
  const stack: [unknown, (string | number)[]][] = [[doc.contents, []]];
  let found: { key: string; offset: number; firstOffset: number; path: FieldPath } | undefined;
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const p of node.items) {
        const key = isScalar(p.key) ? String(p.key.value) : String(p.key);
        const offset = (p.key as YamlNode | null)?.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first !== undefined) {
          if (!found || offset < found.offset) found = { key, offset, firstOffset: first, path: [...path, key] };
        } else seen.set(key, offset);
        stack.push([p.value, [...path, key]]);
      }
    } else if (isSeq(node)) node.items.forEach((n, i) => stack.push([n, [...path, i]]));
  }
  return found;
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

/**
 * "text: She chose #IStandWithAhmed": in YAML a # after a space starts a comment, so the value ends at
 * "chose" and lint would pass a cut claim. A comment that follows a plain value with no space after its #
 * is almost surely a hashtag: warn, and say how to keep it.
 */
function hashtagsCut(doc: Document, file: string, at: (offset: number) => { line: number; col: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      const v = pair.value;
      if (!isScalar(v) || v.type !== 'PLAIN' || typeof v.value !== 'string' || !v.comment || /^\s/.test(v.comment))
        return;
      const { line, col } = at(v.range?.[0] ?? 0);
      const key = isScalar(pair.key) ? String(pair.key.value) : 'value';
      out.push(
        sanitize({
          file,
          line,
          col,
          severity: 'warning',
          message: `${key} ends at "${v.value}": YAML reads "#${v.comment.split(/\s/)[0]}" and what follows as a comment; put the value in quotes to keep it`,
        }),
      );
    },
  });
  return out;
}
