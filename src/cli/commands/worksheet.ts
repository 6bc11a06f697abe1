// `readquiz worksheet`: printable worksheets (md, html, pdf) with answer keys, and K variants in one run,
// each reproducible alone with --variant. Bad input writes nothing: one worksheet is made whole before
// it is written, and a set of variants is written into a hidden folder that becomes the real one only
// when every file is there. Every file is written atomically and never over an existing one without
// --force.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { DEFAULT_COUNT } from '../../core/generate.js';
import { variantSeed } from '../../core/rng.js';
import { QUESTION_TYPES, type Bank, type Quiz } from '../../core/types.js';
import { openOutputFolder, prepareOutputFolder, writeFilesAtomic, type OutputFile } from '../../io/write-file.js';
import type { KeyDoc, KeyPlacement, Paper, SheetVariant, WorksheetDoc } from '../../render/worksheet/model.js';
import { terminalSafeLine } from '../../core/terminal-safe.js';
import { choice, defineCommand, flag, int, intOrAll, questionTypes, SKILLS_OPTION, text } from '../args.js';
import { BANK_OPTION, loadBankOption, quizFromBank, seedOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../core/plural.js';

export const MAX_VARIANTS = 10_000;
const MAX_COUNT = 1000;
const FORMATS = ['md', 'html', 'pdf'] as const;
type SheetFormat = (typeof FORMATS)[number];

const options = defineCommand({
  name: 'worksheet',
  about: `Printable worksheets with answer keys. Each page's footer names the bank, the seed, the variant and the
page ("biden-ukraine · seed demo · variant 2 · page 1 of 3"), so any sheet can be made again exactly.`,
  options: {
    bank: BANK_OPTION,
    seed: text({ value: 'S', description: 'any text; without it a fresh seed is drawn and shown on stderr' }),
    count: intOrAll({
      short: 'n',
      value: 'N',
      min: 1,
      max: MAX_COUNT,
      description: "questions per worksheet; 'all' for every question",
      defaultText: String(DEFAULT_COUNT),
    }),
    types: questionTypes({
      value: 'LIST',
      description: `comma-separated question types; mc, tf, ms abbreviate the first three:\n${QUESTION_TYPES.join(', ')}`,
      defaultText: 'all',
    }),
    skills: SKILLS_OPTION,
    variants: int({
      value: 'K',
      min: 1,
      max: MAX_VARIANTS,
      description: `K different worksheets (one per student row, say), written into a folder:
variant-01.EXT ... variant-K.EXT and key-all.EXT, every variant's key (each
starting on a new page, headed with its variant)`,
    }),
    variant: int({
      value: 'V',
      min: 1,
      max: MAX_VARIANTS,
      description: 'only variant V (the same as variant-V in a --variants folder)',
    }),
    format: choice({
      short: 'f',
      value: 'FORMAT',
      choices: FORMATS,
      description: 'md, html or pdf (default: from the -o extension, else html)',
    }),
    paper: choice({
      value: 'SIZE',
      choices: ['a4', 'letter'] as const,
      default: 'a4',
      description: 'a4 or letter (html and pdf)',
    }),
    'with-article': flag({ description: 'print the article first, with numbered paragraphs' }),
    key: choice({
      value: 'WHERE',
      choices: ['separate', 'end', 'none'] as const,
      description: `separate (default: NAME-key.EXT; with --variants, key-all.EXT alone),
end (after a page break; with --variants, key-all.EXT too) or none`,
    }),
    output: text({
      short: 'o',
      value: 'PATH',
      description: `the file to write (one worksheet) or the folder (--variants; default
worksheets-SEED/). Without -o one md or html worksheet goes to standard output
with its key at the end; pdf is never written to a terminal`,
    }),
    force: flag({ description: 'overwrite existing files, write into an existing folder' }),
  },
  after: `Variant V uses the seed 'S#V' (variant 1 is S itself, so it equals 'readquiz generate --seed S').

Examples:
  readquiz worksheet --seed demo --format pdf -o quiz.pdf          # quiz.pdf and quiz-key.pdf
  readquiz worksheet --seed demo --variants 30 --format pdf        # worksheets-demo/variant-01.pdf ...
  readquiz worksheet --seed demo --variant 7 --format pdf -o v7.pdf # variant 7 again, exactly
  readquiz worksheet --seed demo --with-article --key end > sheet.html`,
});

interface Renderers {
  sheet(doc: WorksheetDoc): string | Promise<Uint8Array>;
  key(doc: KeyDoc): string | Promise<Uint8Array>;
  /**
   * A key drawn as its variants are made, so their quizzes need not all be kept (pdf: a quiz is ~14 KiB);
   * its bytes are written to `file` as they come, and `end` gives the last of them.
   */
  openKey?(doc: Omit<KeyDoc, 'sheets'>, variants: number[], file: OutputFile): KeyStream;
  /** pdf: the characters of the bank and seed that no embedded font has. */
  unprintable?(bank: Bank, seed: string): Promise<{ chars: string[]; cjkFont: boolean }>;
}

/** A key-all built variant by variant. */
interface KeyStream {
  add(sheet: SheetVariant): void | Promise<void>;
  end(): string | Promise<Uint8Array>;
}

/** For formats without a streaming key: the sheets are kept and the key is made at the end. */
function keptKey(renderers: Renderers, doc: Omit<KeyDoc, 'sheets'>): KeyStream {
  const sheets: SheetVariant[] = [];
  return {
    add: (sheet) => void sheets.push(sheet),
    end: () => renderers.key({ ...doc, sheets }),
  };
}

async function loadRenderers(format: SheetFormat): Promise<Renderers> {
  switch (format) {
    case 'md': {
      const m = await import('../../render/md.js');
      return { sheet: m.renderWorksheetMd, key: m.renderKeyMd };
    }
    case 'html': {
      const m = await import('../../render/html.js');
      return { sheet: m.renderWorksheetHtml, key: m.renderKeyHtml };
    }
    case 'pdf': {
      // pdfkit loads only here, so md and html runs never pay for it.
      const m = await import('../../render/pdf.js');
      return {
        sheet: m.renderWorksheetPdf,
        key: m.renderKeyPdf,
        openKey: (doc, variants, file) => m.openKeyPdf(doc, variants, [], (bytes) => file.write(bytes)),
        unprintable: m.unprintableInPdf,
      };
    }
  }
}

/**
 * Says once, on stderr, which characters of the bank or seed the PDF cannot print (they come out as empty
 * boxes): the rest of the sheet is right, and the teacher learns before printing a class set.
 */
async function warnUnprintable(io: CliIo, renderers: Renderers, bank: Bank, seed: string): Promise<void> {
  const found = await renderers.unprintable?.(bank, seed);
  if (!found || found.chars.length === 0) return;
  const { chars, cjkFont } = found;
  const shown = chars.slice(0, 20).join(' ') + (chars.length > 20 ? ' ...' : '');
  const cjk = chars.some((c) => /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/.test(c));
  const advice =
    cjk && !cjkFont
      ? '; Chinese and Japanese print once the optional package @expo-google-fonts/noto-sans-sc is installed (npm install @expo-google-fonts/noto-sans-sc)'
      : '; the fonts readquiz embeds (DejaVu, Noto Sans SC) have no glyph for them';
  io.stderr.write(
    `readquiz worksheet: warning: ${plural(chars.length, 'character')} of the bank or seed cannot print in the PDF and show as empty boxes: ${terminalSafeLine(shown)}${advice}\n`,
  );
}

function formatFromPath(path: string | undefined): SheetFormat | undefined {
  const ext = path ? extname(path).toLowerCase() : '';
  return ext === '.pdf'
    ? 'pdf'
    : ext === '.md' || ext === '.markdown'
      ? 'md'
      : ext === '.html' || ext === '.htm'
        ? 'html'
        : undefined;
}

/** A seed as part of a folder name: anything unusual becomes '_'. */
export function seedForFileName(seed: string): string {
  const s = seed
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[.]+/, '_')
    .slice(0, 60);
  return s || 'seed';
}

/** `quiz.pdf` -> `quiz-key.pdf`. */
export function keyFileName(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}-key${ext}`);
}

/** Shows progress on stderr when it is a terminal: "[#####.....] 40%". */
function progress(io: CliIo, total: number, enabled: boolean): { tick(done: number): void; end(): void } {
  if (!enabled) return { tick() {}, end() {} };
  const width = 30;
  let last = -1;
  return {
    tick(done) {
      const filled = Math.round((done / total) * width);
      if (filled === last && done !== total) return;
      last = filled;
      io.stderr.write(
        `\rworksheets [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((100 * done) / total)}%`,
      );
    },
    end() {
      io.stderr.write('\r\u001b[2K');
    },
  };
}

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values: o } = options.parse(args);
    const { types, variants, variant, output, paper, force } = o;
    const count = o.count ?? DEFAULT_COUNT;
    if (variant !== undefined && variants !== undefined && variant > variants) {
      throw new ReadquizError(
        `readquiz worksheet: --variant ${variant} is past --variants ${variants}; pick a variant from 1 to ${variants}`,
      );
    }
    const format: SheetFormat = o.format ?? formatFromPath(output) ?? 'html';
    const keyGiven = o.key;
    const withArticle = o['with-article'];
    const folderMode = variants !== undefined && variant === undefined;

    // One stream holds one document: on standard output the key goes at the end unless told otherwise.
    const key: KeyPlacement = keyGiven ?? (folderMode || output ? 'separate' : 'end');
    if (!folderMode && !output) {
      if (key === 'separate')
        throw new ReadquizError(
          'readquiz worksheet: --key separate needs -o FILE (a second file for the key); or use --key end',
        );
      if (format === 'pdf' && io.stdout.isTTY) {
        throw new ReadquizError('readquiz worksheet: a PDF is not written to a terminal; use -o FILE.pdf or a pipe');
      }
    }

    const { seed, fresh } = seedOption(o.seed, io);
    const bank = await loadBankOption(o.bank, io);
    const makeQuiz = (v: number): Quiz =>
      quizFromBank(o.bank, bank, { seed: variantSeed(seed, v), count, types, skills: o.skills });
    const ext = format;

    if (!folderMode) {
      const v = variant ?? 1;
      const sheet: SheetVariant = { quiz: makeQuiz(v), variant: v };
      const renderers = await loadRenderers(format);
      await warnUnprintable(io, renderers, bank, seed);
      const doc: WorksheetDoc = { bank, baseSeed: seed, sheet, withArticle, keyAtEnd: key === 'end', paper };
      if (!output) {
        io.stdout.write(await renderers.sheet(doc));
      } else {
        const file = resolve(io.cwd, output);
        const keyFile = keyFileName(file);
        refuseExisting(io.cwd, key === 'separate' ? [output, keyFileName(output)] : [output], force);
        const data = await renderers.sheet(doc);
        const keyData =
          key === 'separate' ? await renderers.key(keyDoc(bank, seed, [sheet], paper, withArticle)) : undefined;
        // The sheet and its key are one output: both are written, or neither.
        writeFilesAtomic([{ file, data }, ...(keyData !== undefined ? [{ file: keyFile, data: keyData }] : [])], {
          force,
        });
        io.stderr.write(
          `wrote ${output}${keyData !== undefined ? ` and ${keyFileName(output)}` : ''}: variant ${v}, ${sheet.quiz.questions.length} questions, seed ${terminalSafeLine(seed)}\n`,
        );
      }
      if (fresh) io.stderr.write(`seed: ${seed} (pass --seed ${seed} to get these worksheets again)\n`);
      return EXIT.ok;
    }

    // Several variants into a folder, made one by one: each quiz is drawn, written and added to the key,
    // then let go, so memory stays flat however many variants there are. Everything goes to a hidden
    // folder that becomes the real one only when all is written: a variant the bank cannot make leaves
    // nothing behind.
    const k = variants!;
    const folderArg = output ?? `worksheets-${seedForFileName(seed)}`;
    const folder = resolve(io.cwd, folderArg);
    if (existsSync(folder) && !force) prepareOutputFolder(folder, { force }); // refuses before the long work
    const bar = progress(io, k, io.stderr.isTTY === true && k * (format === 'pdf' ? 10 : 1) >= 50);
    const pad = Math.max(2, String(k).length);
    const name = (v: number) => `variant-${String(v).padStart(pad, '0')}.${ext}`;
    // Loaded here, so one worksheet does not load node:v8.
    const { keepHeapSmall } = await import('../batch-heap.js');
    // With --force, an earlier set's files of this format that the new one does not hold go (fewer
    // variants, or per-variant keys from before key-all): a stale sheet beside a new key is worse than none.
    const out = openOutputFolder(folder, {
      force,
      ownNames: new RegExp(`^(?:variant-\\d+(?:-key)?|key-all)\\.${ext}$`),
    });
    let removed: string[] = [];
    // 4 MiB semi-spaces and an old generation collected at 1.5 times its live size: a thousand PDF
    // variants peak 45-50 MiB lower, for 1% more CPU (README).
    const heap = keepHeapSmall(4, 50);
    try {
      const renderers = await loadRenderers(format);
      await warnUnprintable(io, renderers, bank, seed);
      // One key for the pile: a teacher marks mixed variants from one document (each variant's key starts
      // a page and names its variant); `--variant V` gives one variant with its own key file.
      // With --key end each sheet holds its key too: key-all's commands make those sheets.
      const keyBase = { bank, baseSeed: seed, paper, withArticle, keyAtEnd: key === 'end' };
      const allVariants = Array.from({ length: k }, (_, i) => i + 1);
      const keyName = `key-all.${ext}`;
      const keyFile = key !== 'none' && renderers.openKey ? out.open(keyName) : undefined;
      const keyAll =
        key === 'none'
          ? undefined
          : keyFile
            ? renderers.openKey!(keyBase, allVariants, keyFile)
            : keptKey(renderers, keyBase);
      for (let v = 1; v <= k; v++) {
        const sheet: SheetVariant = { quiz: makeQuiz(v), variant: v };
        const doc: WorksheetDoc = { bank, baseSeed: seed, sheet, withArticle, keyAtEnd: key === 'end', paper };
        out.write(name(v), await renderers.sheet(doc));
        await keyAll?.add(sheet);
        bar.tick(v);
        heap.check();
        // Let the event loop run now and then, so Ctrl+C or a SIGTERM is handled (and the temporary folder
        // removed) during a long run, not only at its end.
        if (v % 25 === 0) await new Promise((done) => setImmediate(done));
      }
      if (keyAll) {
        const rest = await keyAll.end();
        if (keyFile) {
          keyFile.write(typeof rest === 'string' ? Buffer.from(rest, 'utf8') : rest);
          keyFile.close();
        } else out.write(keyName, rest);
      }
      bar.end();
      ({ removed } = out.commit());
    } catch (err) {
      bar.end();
      out.abort();
      throw err;
    } finally {
      heap.end();
    }
    const keys =
      key === 'separate'
        ? `, their keys in key-all.${ext}`
        : key === 'end'
          ? `, keys at the end of each and in key-all.${ext}`
          : '';
    if (removed.length > 0) {
      const shown = removed.slice(0, 3).join(', ') + (removed.length > 3 ? ', ...' : '');
      io.stderr.write(
        `removed ${plural(removed.length, 'file')} of an earlier set from ${terminalSafeLine(folderArg)}: ${terminalSafeLine(shown)}\n`,
      );
    }
    io.stderr.write(
      `wrote ${folderArg}${folderArg.endsWith('/') ? '' : '/'}: ${k} variants (variant-${'0'.repeat(pad - 1)}1.${ext} ...)${keys}; seed ${terminalSafeLine(seed)}\n`,
    );
    if (fresh) io.stderr.write(`seed: ${seed} (pass --seed ${seed} to get these worksheets again)\n`);
    return EXIT.ok;
  },
};

function keyDoc(bank: Bank, baseSeed: string, sheets: SheetVariant[], paper: Paper, withArticle: boolean): KeyDoc {
  return { bank, baseSeed, sheets, paper, withArticle };
}

/** Checks every target before writing any, so a refusal leaves no half-written set of files. */
function refuseExisting(cwd: string, files: string[], force: boolean): void {
  if (force) return;
  for (const f of files) {
    if (existsSync(resolve(cwd, f)))
      throw new ReadquizError('already exists; pass --force to overwrite it', { file: f });
  }
}
