// Every broken bank in tests/fixtures/broken-banks/ (one folder each, with its article), run through the
// CLI as a user would: `readquiz lint` and `readquiz generate -o`. Each must exit 2 with a message placed
// at file:line:col (and the field path when there is one), no stack trace, and nothing written.
// A BOM, CRLF line ends and a tab after a colon are valid: those banks must load.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { runBin } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../fixtures/broken-banks/', import.meta.url));

interface Case {
  /** Folder under tests/fixtures/broken-banks/. */
  name: string;
  /** Where the message must point: `bank.yaml:line:col` or `article.txt:line:col`. */
  at: string;
  /** The field path printed after the place ('' when the problem has none). */
  path: string;
  /** A distinctive fragment of the message. */
  says: string;
  /** generate cannot see it (lint asks the generator which facts are too thin): its own message instead. */
  generateSays?: string;
}

// prettier-ignore
const CASES: Case[] = [
  { name: 'yaml-unclosed-quote', at: 'bank.yaml:3:57', path: '', says: 'YAML syntax: Missing closing "quote' },
  { name: 'yaml-unclosed-flow-list', at: 'bank.yaml:61:5', path: '', says: 'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]' },
  { name: 'yaml-bad-indentation', at: 'bank.yaml:43:11', path: '', says: 'YAML syntax: Nested mappings are not allowed' },
  { name: 'yaml-tab-indentation', at: 'bank.yaml:48:1', path: '', says: 'a tab indents this line; YAML allows only spaces for indentation' },
  { name: 'yaml-multiple-documents', at: 'bank.yaml:26:1', path: '', says: "a second YAML document starts here ('---')" },
  { name: 'duplicate-key-top-level', at: 'bank.yaml:4:1', path: 'title', says: "duplicate field 'title' (first at line 3)" },
  { name: 'duplicate-key-in-fact', at: 'bank.yaml:33:5', path: 'facts[0].unit', says: "duplicate field 'unit' (first at line 32)" },
  { name: 'duplicate-entity-id', at: 'bank.yaml:20:5', path: 'entities[3].id', says: "duplicate entity id 'france' (first at entities[2])" },
  { name: 'duplicate-fact-id', at: 'bank.yaml:34:5', path: 'facts[1].id', says: "duplicate fact id 'countries' (first at facts[0])" },
  { name: 'wrong-type-value-text', at: 'bank.yaml:29:5', path: 'facts[0].value', says: 'expected a number, got the text "five"' },
  { name: 'wrong-type-entities-mapping', at: 'bank.yaml:6:1', path: 'entities', says: 'expected a list, got a mapping' },
  { name: 'wrong-type-evidence-number', at: 'bank.yaml:40:5', path: 'facts[1].evidence', says: 'expected text, got number 40' },
  { name: 'wrong-type-members-text', at: 'bank.yaml:60:5', path: 'facts[5].members', says: 'expected a list, got the text "france and spain"' },
  { name: 'missing-field-title', at: 'bank.yaml:1:1', path: 'title', says: "missing required field 'title'" },
  { name: 'missing-field-evidence', at: 'bank.yaml:41:5', path: 'facts[2].evidence', says: "missing required field 'evidence'" },
  { name: 'missing-field-speaker', at: 'bank.yaml:41:5', path: 'facts[2].speaker', says: "missing required field 'speaker'" },
  { name: 'unknown-field-in-fact', at: 'bank.yaml:51:5', path: 'facts[3].answer', says: "unknown field 'answer'; expected one of id, kind, evidence, actor, action" },
  { name: 'unknown-fact-kind', at: 'bank.yaml:48:5', path: 'facts[3].kind', says: 'expected one of quantity, set, quote, statement, role, action' },
  { name: 'unknown-entity-kind', at: 'bank.yaml:24:5', path: 'entities[4].kind', says: 'got the text "nation"' },
  { name: 'wrong-format-version', at: 'bank.yaml:1:1', path: 'format', says: 'expected "readquiz/bank@1", got the text "readquiz/bank@2"' },
  { name: 'bad-id-pattern', at: 'bank.yaml:2:1', path: 'id', says: 'the text "Harbour Plan" is not valid here; expected: Lower-case letters' },
  { name: 'blank-text', at: 'bank.yaml:59:5', path: 'facts[5].about', says: 'expected non-empty text' },
  { name: 'negative-tolerance', at: 'bank.yaml:33:5', path: 'facts[0].tolerance', says: 'expected at least 0, got -1' },
  { name: 'unknown-entity-speaker', at: 'bank.yaml:44:5', path: 'facts[2].speaker', says: "unknown entity 'anne-berg'" },
  { name: 'unknown-entity-member', at: 'bank.yaml:60:23', path: 'facts[5].members[1]', says: "unknown entity 'portugal'" },
  { name: 'member-and-non-member', at: 'bank.yaml:61:25', path: 'facts[5].nonMembers[1]', says: "'spain' is listed both as a member and as a non-member" },
  { name: 'name-alias-clash', at: 'bank.yaml:15:22', path: 'entities[1].aliases[1]', says: "'Berg' also names entity 'anna-berg'" },
  { name: 'evidence-not-in-article', at: 'bank.yaml:51:5', path: 'facts[3].evidence', says: 'evidence is not a sentence of the article; closest (paragraph 3)' },
  { name: 'evidence-part-of-sentence', at: 'bank.yaml:62:5', path: 'facts[5].evidence', says: 'evidence is only part of a sentence; quote the whole sentence of paragraph 4' },
  { name: 'quote-text-not-in-evidence', at: 'bank.yaml:43:5', path: 'facts[2].text', says: 'the quoted words are not in the evidence sentence' },
  { name: 'quantity-text-not-in-evidence', at: 'bank.yaml:30:5', path: 'facts[0].text', says: "'5' does not appear in the evidence" },
  { name: 'falsify-replace-not-in-text', at: 'bank.yaml:67:9', path: 'facts[6].falsify[0].replace', says: "'two days' does not appear in text" },
  { name: 'empty-file', at: 'bank.yaml:1:1', path: '', says: 'the bank is empty' },
  { name: 'comments-only', at: 'bank.yaml:1:1', path: '', says: 'the bank is empty' },
  { name: 'top-level-list', at: 'bank.yaml:1:1', path: '', says: 'expected a mapping, got a list' },
  { name: 'no-facts', at: 'bank.yaml:26:1', path: 'facts', says: 'expected at least 1 item, got 0' },
  { name: 'thin-fact', at: 'bank.yaml:8:5', path: 'facts[0]', says: "fact 'meeting-length' is too thin to make any question", generateSays: "bank 'thin' cannot make any questions" },
  { name: 'alias-bomb', at: 'bank.yaml:4:12', path: '', says: 'aliases expand too much (more than 200 times)' },
  { name: 'unknown-alias', at: 'bank.yaml:60:23', path: '', says: "unknown alias '*spain'; define the anchor '&spain' before using it" },
  { name: 'binary-file', at: 'bank.yaml:3:1', path: '', says: 'the bank contains binary data (a NUL byte at offset 36)' },
  { name: 'non-utf8-latin1', at: 'bank.yaml:3:11', path: '', says: 'the bank is not valid UTF-8 (byte 0xe9); save it as UTF-8' },
  { name: 'utf16', at: 'bank.yaml:1:1', path: '', says: 'the bank is UTF-16 text; save it as UTF-8' },
  { name: 'very-long-string', at: 'bank.yaml:45:5', path: 'facts[2].about', says: 'text is 10004 characters long; at most 300 expected' },
  { name: 'very-long-line-key', at: 'bank.yaml:26:1', path: '', says: 'must be at most 1024 chars after the start of an implicit block mapping key' },
  { name: 'deep-nesting-flow', at: 'bank.yaml:61:57', path: '', says: 'nesting is deeper than 40 levels' },
  { name: 'deep-nesting-block', at: 'bank.yaml:1:1', path: '', says: 'nesting is deeper than 40 levels' },
  { name: 'article-absolute-path', at: 'bank.yaml:5:3', path: 'article.file', says: 'the text "/etc/passwd" is not valid here; expected: The article\'s text file, relative to the bank' },
  { name: 'article-dotdot', at: 'bank.yaml:5:3', path: 'article.file', says: "'../yaml-tab-indentation/article.txt' leads out of the bank's folder" },
  { name: 'article-dotdot-inner', at: 'bank.yaml:5:3', path: 'article.file', says: "'sub/../../yaml-tab-indentation/article.txt' leads out of the bank's folder" },
  { name: 'article-missing', at: 'bank.yaml:5:3', path: 'article.file', says: "the article 'artikel.txt' is not there" },
  { name: 'article-binary', at: 'article.txt:14:1', path: '', says: 'the article contains binary data' },
  { name: 'article-non-utf8', at: 'article.txt:5:48', path: '', says: 'the article is not valid UTF-8 (byte 0xe0)' },
  { name: 'article-is-folder', at: 'sub:1:1', path: '', says: 'is a folder; expected the article file' },
  // The key is an escape sequence: it must reach the terminal escaped, never raw.
  { name: 'hostile-escape-in-key', at: 'bank.yaml:26:1', path: '\\u{1b}]0;pwned\\u{7}\\u{1b}[2J', says: "unknown field '\\u{1b}]0;pwned\\u{7}\\u{1b}[2J'" },
];

const MUST_LOAD = ['ok-plain', 'ok-bom', 'ok-bom-article', 'ok-crlf', 'ok-tab-after-colon'];

const STACK = /^\s+at |\.(ts|js):\d+:\d+\)?$|internal error/m;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'rq-broken-out-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The line a user sees, as a pattern: `<name>/<at>: [<path>: ][error: ]...<says>`. */
function expectedLine(c: Case, lint: boolean, says = c.says): RegExp {
  const where = `(^|/)${escapeRe(`${c.name}/${c.at}`)}: `;
  const path = c.path ? `${escapeRe(c.path)}: ` : '';
  return new RegExp(`${where}${path}${lint ? 'error: ' : ''}.*${escapeRe(says)}`);
}

describe('broken banks fixture folder', () => {
  it('holds at least 30 broken banks, each with an expectation here', () => {
    const folders = readdirSync(ROOT)
      .filter((f) => !f.startsWith('.'))
      .sort();
    const broken = folders.filter((f) => !MUST_LOAD.includes(f));
    expect(broken.length).toBeGreaterThanOrEqual(30);
    expect(broken).toEqual(CASES.map((c) => c.name).sort());
  });
});

describe.each(CASES)('broken bank $name', (c) => {
  it('readquiz lint: exit 2, the problem placed at file:line:col and field path, no stack trace', async () => {
    const io = fakeIo({ cwd: ROOT });
    const code = await main(['lint', `${c.name}/bank.yaml`], io);
    expect(code).toBe(2);
    const lines = io.err().trimEnd().split('\n');
    expect(lines[0]).toMatch(expectedLine(c, true));
    // Every problem line is placed; the last line is the summary.
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^[^:\n]+:\d+:\d+: /);
    expect(lines.at(-1)).toMatch(/^lint: \d+ errors?, \d+ warnings? in 1 bank$/);
    expect(io.err()).not.toMatch(STACK);
    expect(io.out()).toBe('');
  });

  it('readquiz generate -o: exit 2, exactly one line, nothing written', async () => {
    const io = fakeIo({ cwd: ROOT });
    const file = join(out, `${c.name}.json`);
    const code = await main(
      ['generate', '--seed', 's', '--count', '3', '--bank', `${c.name}/bank.yaml`, '-o', file],
      io,
    );
    expect(code).toBe(2);
    const err = io.err();
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    if (c.generateSays) expect(err).toContain(c.generateSays);
    else expect(err).toMatch(expectedLine(c, false));
    expect(err).not.toMatch(STACK);
    expect(io.out()).toBe('');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe.each(MUST_LOAD)('valid oddity %s', (name) => {
  it('lints clean and generates the same quiz as the plain bank', async () => {
    const io = fakeIo({ cwd: ROOT });
    expect(await main(['lint', `${name}/bank.yaml`], io)).toBe(0);
    expect(io.out()).toBe(`${name}/bank.yaml: ok (7 facts, 5 entities)\n`);
    const a = fakeIo({ cwd: ROOT });
    const b = fakeIo({ cwd: ROOT });
    expect(
      await main(['generate', '--seed', 'same', '--count', '5', '--bank', `${name}/bank.yaml`, '--format', 'text'], a),
    ).toBe(0);
    expect(
      await main(['generate', '--seed', 'same', '--count', '5', '--bank', 'ok-plain/bank.yaml', '--format', 'text'], b),
    ).toBe(0);
    // Same questions as the plain bank (the header's content hash differs: the bytes differ).
    const body = (s: string) => s.split('\n').slice(4).join('\n');
    expect(body(a.out())).toBe(body(b.out()));
    expect(body(a.out())).toMatch(/^1\. \[/);
  });
});

describe('broken banks made at test time', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rq-broken-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of a fixture folder to modify. */
  function copy(name: string, as: string): string {
    const to = join(dir, as);
    cpSync(join(ROOT, name), to, { recursive: true });
    return to;
  }

  async function generateFails(bank: string, says: RegExp) {
    const io = fakeIo({ cwd: dir });
    const file = join(dir, 'out.json');
    expect(await main(['generate', '--seed', 's', '--count', '3', '--bank', bank, '-o', file], io)).toBe(2);
    expect(io.err()).toMatch(says);
    expect(io.err().trimEnd().split('\n')).toHaveLength(1);
    expect(io.err()).not.toMatch(STACK);
    expect(existsSync(file)).toBe(false);
  }

  it('a 50 MB bank is refused by size, before it is read', async () => {
    const folder = copy('ok-tab-after-colon', 'huge');
    const line = `# ${'x'.repeat(1021)}\n`;
    writeFileSync(join(folder, 'bank.yaml'), line.repeat(50 * 1024));
    await generateFails(
      'huge/bank.yaml',
      /^huge\/bank\.yaml:1:1: the bank is 50\.0 MiB; at most 2\.0 MiB is accepted\n$/,
    );
    const io = fakeIo({ cwd: dir });
    expect(await main(['lint', 'huge/bank.yaml'], io)).toBe(2);
    expect(io.err()).toMatch(/^huge\/bank\.yaml:1:1: error: the bank is 50\.0 MiB; at most 2\.0 MiB is accepted\n/);
  });

  it('an article that is a symbolic link out of the bank folder is refused', async () => {
    const folder = copy('ok-tab-after-colon', 'link-out');
    writeFileSync(join(dir, 'outside.txt'), 'secret\n');
    rmSync(join(folder, 'article.txt'));
    symlinkSync(join(dir, 'outside.txt'), join(folder, 'article.txt'));
    await generateFails(
      'link-out/bank.yaml',
      /^link-out\/bank\.yaml:5:3: article\.file: 'article\.txt' is a symbolic link that leads out of the bank's folder\n$/,
    );
  });

  it('a symbolic link that stays inside the folder is fine', async () => {
    const folder = copy('ok-tab-after-colon', 'link-in');
    mkdirSync(join(folder, 'texts'));
    cpSync(join(folder, 'article.txt'), join(folder, 'texts', 'real.txt'));
    rmSync(join(folder, 'article.txt'));
    symlinkSync(join('texts', 'real.txt'), join(folder, 'article.txt'));
    const io = fakeIo({ cwd: dir });
    expect(await main(['lint', 'link-in/bank.yaml'], io)).toBe(0);
  });

  it('a device is not read (it could be endless)', async () => {
    await generateFails(
      '/dev/zero',
      /^\/dev\/zero:1:1: is not a regular file \(a device, pipe or socket\); expected the bank file\n$/,
    );
  });

  it('a bank that does not exist', async () => {
    await generateFails('nope/bank.yaml', /^nope\/bank\.yaml:1:1: cannot read the bank: no such file or folder\n$/);
  });
});

describe('broken banks through the built bin (real process, real stderr)', () => {
  const binCases = [
    'alias-bomb',
    'binary-file',
    'deep-nesting-flow',
    'hostile-escape-in-key',
    'evidence-not-in-article',
  ];
  it.each(binCases)('%s: exit 2, one line, no stack trace, no output file', (name) => {
    const c = CASES.find((x) => x.name === name)!;
    const file = join(out, `bin-${name}.json`);
    const r = runBin(['generate', '--seed', 's', '--bank', `${name}/bank.yaml`, '-o', file], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expectedLine(c, false));
    expect(r.stderr).not.toMatch(STACK);
    // No raw control character of any kind reaches the terminal.
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(r.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
  });

  it('a 50 MB bank: exit 2 with the size in the message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-huge-'));
    try {
      writeFileSync(join(dir, 'bank.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x23));
      const r = runBin(['lint', 'bank.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^bank\.yaml:1:1: error: the bank is 50\.0 MiB; at most 2\.0 MiB is accepted\n/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
