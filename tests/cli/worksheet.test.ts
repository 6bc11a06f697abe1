// `readquiz worksheet` as a user runs it (through main() with a fake io): single files and stdout,
// variant folders with predictable names, --variant reproducing one variant byte for byte, refusing to
// overwrite without --force, and nothing written on bad input.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MINI_ARTICLE, MINI_BANK_FILE } from '../core/fixtures/mini-bank.js';
import { fakeIo } from '../helpers/fake-io.js';
import { readPdf, type PdfText } from '../helpers/pdf-text.js';

/** A fresh folder holding the mini bank (bank/mini.yaml + bank/mini.txt). */
const workspaces: string[] = [];
afterEach(() => {
  for (const d of workspaces.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readquiz-ws-'));
  workspaces.push(dir);
  mkdirSync(join(dir, 'bank'));
  writeFileSync(join(dir, 'bank', 'mini.yaml'), stringify(MINI_BANK_FILE));
  writeFileSync(join(dir, 'bank', 'mini.txt'), MINI_ARTICLE);
  return dir;
}

async function run(cwd: string, args: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo({ cwd, ...options });
  const code = await main(['worksheet', '--bank', 'bank/mini.yaml', ...args], io);
  return { code, out: io.out(), err: io.err(), bytes: io.outBytes() };
}

const files = (dir: string) => readdirSync(dir).sort();

describe('readquiz worksheet', () => {
  it('prints one html worksheet with its key at the end to stdout', async () => {
    const cwd = workspace();
    const r = await run(cwd, ['--seed', 'demo', '--count', '6']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!DOCTYPE html>/);
    expect(r.out).toContain('Answer key: variant 1');
    expect(r.out).toContain('mini · seed demo · variant 1 · page ');
    expect(files(cwd)).toEqual(['bank']);
  });

  it('-o FILE writes the sheet and NAME-key.EXT (format from the extension); --key end and none', async () => {
    const cwd = workspace();
    const r = await run(cwd, ['--seed', 'demo', '-o', 'quiz.md']);
    expect(r.code, r.err).toBe(0);
    expect(files(cwd)).toEqual(['bank', 'quiz-key.md', 'quiz.md']);
    expect(readFileSync(join(cwd, 'quiz.md'), 'utf8')).not.toContain('# Answer key');
    expect(readFileSync(join(cwd, 'quiz-key.md'), 'utf8')).toContain('# Answer key');
    expect(r.err).toContain('wrote quiz.md and quiz-key.md');
    await run(cwd, ['--seed', 'demo', '-o', 'end.html', '--key', 'end']);
    await run(cwd, ['--seed', 'demo', '-o', 'none.html', '--key', 'none']);
    expect(files(cwd)).toEqual(['bank', 'end.html', 'none.html', 'quiz-key.md', 'quiz.md']);
    expect(readFileSync(join(cwd, 'end.html'), 'utf8')).toContain('Answer key: variant 1');
    expect(readFileSync(join(cwd, 'none.html'), 'utf8')).not.toContain('Answer key');
  });

  it('--variants K writes variant-NN files and one key for them all (key-all) into worksheets-SEED/', async () => {
    const cwd = workspace();
    const r = await run(cwd, ['--seed', 'class 7b', '--variants', '3', '--format', 'md', '--count', '5']);
    expect(r.code, r.err).toBe(0);
    const folder = join(cwd, 'worksheets-class_7b');
    expect(files(folder)).toEqual(['key-all.md', 'variant-01.md', 'variant-02.md', 'variant-03.md']);
    expect(r.err).toContain('3 variants (variant-01.md ...), their keys in key-all.md; seed class 7b');
    const v2 = readFileSync(join(folder, 'variant-02.md'), 'utf8');
    expect(v2).toContain('mini · seed class 7b · variant 2');
    const all = readFileSync(join(folder, 'key-all.md'), 'utf8');
    for (const v of [1, 2, 3]) expect(all).toContain(`## Answer key: variant ${v}`);
    // Variants differ from each other (their seeds do).
    expect(readFileSync(join(folder, 'variant-01.md'), 'utf8')).not.toBe(v2);
  });

  it('--variant V alone gives exactly the bytes of variant V in the folder (pdf too), and variant 1 is the plain seed', async () => {
    const cwd = workspace();
    expect((await run(cwd, ['--seed', 'demo', '--variants', '3', '--format', 'pdf', '-o', 'set'])).code).toBe(0);
    const one = await run(cwd, ['--seed', 'demo', '--variant', '3', '-o', 'v3.pdf']);
    expect(one.code, one.err).toBe(0);
    expect(readFileSync(join(cwd, 'v3.pdf')).equals(readFileSync(join(cwd, 'set', 'variant-03.pdf')))).toBe(true);
    // Variant 3's own key says what the key for the whole set says of variant 3.
    const pdf = (f: string) => readPdf(readFileSync(join(cwd, f)));
    const keyOf3 = ({ pages }: PdfText) => {
      const page = pages.find((p) => p.includes('Answer key: variant 3'))!;
      return page.slice(page.indexOf('Answer key: variant 3')).replace(/page \d+ of \d+/g, '');
    };
    const keyAll = await pdf('set/key-all.pdf');
    expect(keyOf3(keyAll)).toContain('Answer key: variant 3');
    expect(keyOf3(keyAll)).toBe(keyOf3(await pdf('v3-key.pdf')));
    // ... and the set's key has a bookmark per variant.
    expect(keyAll.title).toMatch(/^Answer key: .* \(variants 1–3\)$/);
    expect(readFileSync(join(cwd, 'set', 'key-all.pdf')).includes('/Outlines')).toBe(true);
    const plain = await run(cwd, ['--seed', 'demo', '-o', 'plain.pdf']);
    expect(plain.code).toBe(0);
    expect(readFileSync(join(cwd, 'plain.pdf')).equals(readFileSync(join(cwd, 'set', 'variant-01.pdf')))).toBe(true);
    const text = (await pdf('set/variant-02.pdf')).pages[0]!;
    expect(text).toContain('mini · seed demo · variant 2 · page 1 of');
  });

  it("the key's regenerate command carries --paper and --with-article, so it makes the same sheet", async () => {
    const cwd = workspace();
    const r = await run(cwd, [
      '--seed',
      'demo',
      '--count',
      '4',
      '--variant',
      '2',
      '--paper',
      'letter',
      '--with-article',
      '-o',
      'q.md',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(cwd, 'q-key.md'), 'utf8')).toContain(
      '`readquiz worksheet --bank mini --seed demo --count 4 --variant 2 --paper letter --with-article -o variant-2.md`',
    );
    expect(
      (
        await run(cwd, [
          '--seed',
          'demo',
          '--count',
          '4',
          '--variants',
          '2',
          '--with-article',
          '--format',
          'md',
          '-o',
          'set',
        ])
      ).code,
    ).toBe(0);
    expect(readFileSync(join(cwd, 'set', 'key-all.md'), 'utf8')).toContain(
      '`readquiz worksheet --bank mini --seed demo --count 4 --variant 2 --with-article -o variant-2.md`',
    );
  });

  it("the key's regenerate command, run as printed, writes the same sheet again: md, html and pdf, key apart or at the end", async () => {
    /** Words of a command line as a POSIX shell splits them (the command quotes in single quotes). */
    const words = (line: string) =>
      [...line.matchAll(/(?:[^\s'\\]+|'[^']*'|\\.)+/g)].map((m) =>
        [...m[0].matchAll(/'([^']*)'|\\(.)|([^'\\]+)/g)].map((p) => p[1] ?? p[2] ?? p[3]).join(''),
      );
    const unescapeHtml = (t: string) =>
      t
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    /** The command a key (or a sheet with its key at the end) prints. */
    async function printed(file: string, bytes: Buffer): Promise<string> {
      if (file.endsWith('.md')) return /Regenerate: `([^`]+)`/.exec(bytes.toString('utf8'))![1]!;
      if (file.endsWith('.html'))
        return unescapeHtml(/<p class="regen">([^<]+)<\/p>/.exec(bytes.toString('utf8'))![1]!);
      const text = (await readPdf(bytes)).pages.join('\n');
      const from = text.indexOf('readquiz worksheet');
      // The command may wrap (at a space) before the first entry, "1. ...".
      return text.slice(from, text.indexOf('\n1. ', from)).replace(/\n/g, ' ');
    }
    const cases: { args: string[]; sheet: string; key: string }[] = [
      { args: ['--seed', 'demo', '--count', '4', '--variant', '2', '-o', 'q.md'], sheet: 'q.md', key: 'q-key.md' },
      {
        args: ['--seed', "класс 1's", '--count', '4', '--paper', 'letter', '--with-article', '-o', 'q.html'],
        sheet: 'q.html',
        key: 'q-key.html',
      },
      {
        args: ['--seed', 'demo', '--count', '5', '--paper', 'letter', '--with-article', '-o', 'q.pdf'],
        sheet: 'q.pdf',
        key: 'q-key.pdf',
      },
      { args: ['--seed', 'demo', '--count', '3', '--key', 'end', '-o', 'e.pdf'], sheet: 'e.pdf', key: 'e.pdf' },
    ];
    for (const c of cases) {
      const cwd = workspace();
      const first = await run(cwd, c.args);
      expect(first.code, first.err).toBe(0);
      const command = await printed(c.key, readFileSync(join(cwd, c.key)));
      const argv = words(command);
      expect(argv.slice(0, 4), command).toEqual(['readquiz', 'worksheet', '--bank', 'mini']);
      const out = argv[argv.indexOf('-o') + 1]!;
      expect(out, command).toMatch(new RegExp(`\\.${c.sheet.split('.')[1]}$`));
      // Run as printed, in another folder (the bank by its path there: `mini` is the teacher's own file).
      const again = workspace();
      const second = await run(again, argv.slice(4));
      expect(second.code, `${command}: ${second.err}`).toBe(0);
      expect(second.out, command).toBe('');
      expect(readFileSync(join(again, out)).equals(readFileSync(join(cwd, c.sheet))), command).toBe(true);
    }
    // A sheet written to standard output, its key at the end: the command writes that sheet to a file.
    const cwd = workspace();
    const shown = await run(cwd, ['--seed', 'demo', '--count', '4', '--format', 'md']);
    const argv = words(await printed('.md', Buffer.from(shown.out)));
    expect(argv).toContain('--key');
    const again = workspace();
    expect((await run(again, argv.slice(4))).code).toBe(0);
    expect(readFileSync(join(again, argv[argv.indexOf('-o') + 1]!), 'utf8')).toBe(shown.out);
  });

  it('variant V uses the documented seed S#V: its key lists the questions of generate --seed S#V', async () => {
    const cwd = workspace();
    await run(cwd, ['--seed', 'demo', '--variant', '2', '--count', '4', '--format', 'md', '-o', 'v2.md']);
    const io = fakeIo({ cwd });
    expect(
      await main(['generate', '--bank', 'bank/mini.yaml', '--seed', 'demo#2', '--count', '4', '--format', 'md'], io),
    ).toBe(0);
    const key = readFileSync(join(cwd, 'v2-key.md'), 'utf8');
    const generated = io.out();
    const answers = [...key.matchAll(/^\d+\. \*\*(.+)\*\*/gm)].map((m) => m[1]);
    expect(answers).toHaveLength(4);
    for (const a of answers) expect(generated).toContain(a!);
  });

  it('refuses to overwrite a file or write into a folder without --force, and writes nothing then', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'quiz-key.html'), 'mine');
    const r = await run(cwd, ['--seed', 'demo', '-o', 'quiz.html']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/quiz-key\.html: already exists; pass --force/);
    expect(files(cwd)).toEqual(['bank', 'quiz-key.html']);
    expect(readFileSync(join(cwd, 'quiz-key.html'), 'utf8')).toBe('mine');
    mkdirSync(join(cwd, 'worksheets-demo'));
    const v = await run(cwd, ['--seed', 'demo', '--variants', '2']);
    expect(v.code).toBe(2);
    expect(v.err).toContain('already exists; pass --force to write into it');
    expect(files(join(cwd, 'worksheets-demo'))).toEqual([]);
    const forced = await run(cwd, ['--seed', 'demo', '--variants', '2', '--force']);
    expect(forced.code).toBe(0);
    expect(files(join(cwd, 'worksheets-demo'))).toEqual(['key-all.html', 'variant-01.html', 'variant-02.html']);
  });

  it('--force over an earlier set leaves no stale sheet or key of that format beside the new one, and says so', async () => {
    const cwd = workspace();
    expect((await run(cwd, ['--seed', 'a', '--variants', '4', '--format', 'md', '-o', 'set'])).code).toBe(0);
    writeFileSync(join(cwd, 'set', 'variant-01-key.md'), 'a per-variant key from an older readquiz');
    writeFileSync(join(cwd, 'set', 'variant-01.pdf'), 'another format: not ours to judge');
    writeFileSync(join(cwd, 'set', 'notes.md'), "the teacher's own");
    const r = await run(cwd, ['--seed', 'b', '--variants', '2', '--format', 'md', '-o', 'set', '--force']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'removed 3 files of an earlier set from set: variant-01-key.md, variant-03.md, variant-04.md\n',
    );
    expect(files(join(cwd, 'set'))).toEqual([
      'key-all.md',
      'notes.md',
      'variant-01.md',
      'variant-01.pdf',
      'variant-02.md',
    ]);
    expect(readFileSync(join(cwd, 'set', 'variant-02.md'), 'utf8')).toContain('seed b · variant 2');
  });

  it.each([
    [['--count', '0'], /--count takes a whole number/],
    [['--variants', 'x'], /--variants takes a whole number/],
    [['--variants', '2', '--variant', '3'], /--variant 3 is past --variants 2/],
    [['--format', 'docx'], /--format must be one of md, html, pdf/],
    [['--paper', 'a3'], /--paper must be one of a4, letter/],
    [['--key', 'separate'], /--key separate needs -o FILE/],
    [['--types', 'essay', '-o', 'x.html'], /unknown question type 'essay'/],
    [['--count', '500', '--variants', '2'], /can make only \d+ questions/],
    [['--bank', 'nope.yaml', '-o', 'x.html'], /nope\.yaml/],
  ])('bad input %j: one line on stderr, exit 2, nothing written', async (args, message) => {
    const cwd = workspace();
    const r = await run(cwd, ['--seed', 'demo', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
    expect(files(cwd)).toEqual(['bank']);
  });

  it('shows a progress bar on a terminal stderr for long runs only, and leaves no temporary folder', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    io.stderr.isTTY = true;
    expect(
      await main(
        [
          'worksheet',
          '--bank',
          'bank/mini.yaml',
          '--seed',
          'demo',
          '--variants',
          '60',
          '--count',
          '3',
          '--format',
          'md',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.err()).toMatch(/\rworksheets \[#+\.*\] \d+%/);
    expect(io.err()).toContain('\rworksheets [##############################] 100%');
    expect(files(cwd)).toEqual(['bank', 'worksheets-demo']);
    expect(files(join(cwd, 'worksheets-demo'))).toHaveLength(61);
    const quiet = await run(cwd, ['--seed', 'other', '--variants', '60', '--count', '3', '--format', 'md']);
    expect(quiet.err).not.toContain('\r');
  });

  it('never writes a PDF to a terminal, but does to a pipe', async () => {
    const cwd = workspace();
    const tty = await run(cwd, ['--seed', 'demo', '--format', 'pdf', '--key', 'end'], { stdoutIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.err).toContain('a PDF is not written to a terminal');
    expect(tty.bytes.length).toBe(0);
    const pipe = await run(cwd, ['--seed', 'demo', '--format', 'pdf']);
    expect(pipe.code).toBe(0);
    expect(pipe.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says once on stderr which characters the PDF cannot print (Korean: no embedded font has them), and still writes it', async () => {
    const cwd = workspace();
    const r = await run(cwd, ['--seed', '한국-한', '--variants', '2', '--format', 'pdf', '-o', 'set']);
    expect(r.code).toBe(0);
    expect(r.err.match(/warning/g)).toHaveLength(1);
    expect(r.err).toContain(
      'readquiz worksheet: warning: 2 characters of the bank or seed cannot print in the PDF and show as empty boxes: 한 국;',
    );
    expect(files(join(cwd, 'set'))).toEqual(['key-all.pdf', 'variant-01.pdf', 'variant-02.pdf']);
    // Scripts the fonts have (Chinese, Japanese, Hebrew, Arabic, Cyrillic) draw no warning; nor does md.
    for (const seed of ['课堂-1', 'クラス', 'שלום', 'سلام', 'класс']) {
      const ok = await run(cwd, ['--seed', seed, '--format', 'pdf', '-o', 'one.pdf', '--force']);
      expect(ok.err, seed).not.toContain('warning');
    }
    expect((await run(cwd, ['--seed', '한국', '--format', 'md'])).err).not.toContain('warning');
  });

  it('without --seed draws one and says which on stderr; the sheets name it', async () => {
    const cwd = workspace();
    const r = await run(cwd, ['--variants', '2'], { seed: 'fresh42' });
    expect(r.code).toBe(0);
    expect(r.err).toContain('seed: fresh42 (pass --seed fresh42');
    expect(existsSync(join(cwd, 'worksheets-fresh42', 'variant-02.html'))).toBe(true);
    expect(readFileSync(join(cwd, 'worksheets-fresh42', 'variant-02.html'), 'utf8')).toContain(
      'mini · seed fresh42 · variant 2',
    );
  });

  it('generate --format qti is refused on a terminal; gift prints its warnings on stderr', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd, stdoutIsTTY: true });
    expect(await main(['generate', '--bank', 'bank/mini.yaml', '--seed', 'demo', '--format', 'qti'], io)).toBe(2);
    const g = fakeIo({ cwd });
    // Orderings are of events, which the mini bank has none of: the built-in bank's.
    expect(
      await main(
        ['generate', '--seed', 'demo', '--count', '6', '--types', 'ordering,multiple-choice', '--format', 'gift'],
        g,
      ),
    ).toBe(0);
    expect(g.out()).toContain('::Q01');
    expect(g.err()).toMatch(/warning: gift: \d+ ordering questions? exported as matching/);
  });
});
