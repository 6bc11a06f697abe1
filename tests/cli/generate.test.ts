import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { quizSchema } from '../../src/core/schemas.js';
import type { Quiz } from '../../src/core/types.js';
import { MINI_ARTICLE, MINI_BANK_FILE } from '../core/fixtures/mini-bank.js';
import { fakeIo } from '../helpers/fake-io.js';
import { runBin } from '../helpers/run-bin.js';

const validQuiz = new Ajv2020({ discriminator: true, strict: false, allErrors: true }).compile(quizSchema);

async function generate(args: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo(options);
  const code = await main(['generate', ...args], io);
  return { code, out: io.out(), err: io.err(), io };
}

// Through the built bin only what needs a process of its own: byte-identical output across processes, a
// seed drawn at random, and the error path of a real process (no stack trace). The rest runs main() in-process.
describe('readquiz generate (built bin)', () => {
  it('is byte-identical across processes, and the same as the in-process main()', async () => {
    const a = runBin(['generate', '--seed', 'twice', '--count', '15']);
    const b = runBin(['generate', '--seed', 'twice', '--count', '15']);
    expect(a.stdout).toBe(b.stdout);
    expect((await generate(['--seed', 'twice', '--count', '15'])).out).toBe(a.stdout);
  });

  it('without --seed draws one, reports it on stderr, and the reported seed reproduces the quiz', () => {
    const first = runBin(['generate', '--count', '5']);
    const seed = /seed: (\S+) \(pass --seed/.exec(first.stderr)?.[1];
    expect(seed).toBeDefined();
    expect(JSON.parse(first.stdout).seed).toBe(seed);
    expect(runBin(['generate', '--count', '5', '--seed', seed!]).stdout).toBe(first.stdout);
  });

  it('a bad bank is one line on stderr with file:line:col, exit 2, no stack trace, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-gen-'));
    writeFileSync(join(dir, 'a.txt'), 'Title\n\nAnn said “hi”.\n');
    writeFileSync(
      join(dir, 'bad.yaml'),
      'format: readquiz/bank@1\nid: bad\ntitle: Bad\narticle:\n  file: a.txt\nentities: []\nfacts:\n  - id: x\n    kind: quote\n    evidence: 12\n    text: hi\n    speaker: ann\n    about: greeting\n',
    );
    const r = runBin(['generate', '--bank', 'bad.yaml', '-o', 'out.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.yaml:10:5: facts\[0\]\.evidence: expected text, got number 12\n$/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });
});

describe('readquiz generate (in process)', () => {
  it('--seed demo --count 12 --format json: 12 questions of at least 6 types, valid against the schema', async () => {
    const r = await generate(['--seed', 'demo', '--count', '12', '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const quiz = JSON.parse(r.out) as Quiz;
    expect(quiz.format).toBe('readquiz/quiz@2');
    expect(quiz.seed).toBe('demo');
    expect(quiz.questions).toHaveLength(12);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
    expect(validQuiz(quiz), JSON.stringify(validQuiz.errors)).toBe(true);
  });

  it('--all yields every question the bank can make, no two alike, enough for five worksheets of 12', async () => {
    const quiz = JSON.parse((await generate(['--seed', 'all', '--all'])).out) as Quiz;
    // What a reader sees and the answer: matching and ordering share their prompt, and differ in their items.
    const seen = (q: Quiz['questions'][number]) => {
      const { prompt, answer, choices, left, right, items } = q as {
        prompt: string;
        answer: unknown;
        choices?: string[];
        left?: string[];
        right?: string[];
        items?: string[];
      };
      return JSON.stringify({ prompt, answer, choices, left, right, items });
    };
    const distinct = new Set(quiz.questions.map(seen));
    expect(distinct.size).toBe(quiz.questions.length);
    // Since the teacher's reviews (no true/false copied from a sentence, one question per kind of fact that
    // works) the pool is smaller than the 100+ of the first bank, but five variants of 12 never need a repeat.
    expect(distinct.size).toBeGreaterThanOrEqual(5 * 12);
    expect(quiz.options.count).toBe('all');
  });

  it('a bank that cannot make the quiz asked for is named by its file (a built-in one by its id)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-thin-'));
    writeFileSync(join(dir, 'thin.txt'), 'Thin\n\nThe mayor spoke on Monday.\n');
    writeFileSync(
      join(dir, 'thin.yaml'),
      'format: readquiz/bank@1\nid: thin\ntitle: Thin\nlanguage: en\narticle:\n  file: thin.txt\nentities:\n  - id: mayor\n    kind: person\n    name: The mayor\nfacts:\n  - id: a1\n    kind: action\n    actor: mayor\n    action: spoke on Monday\n    evidence: The mayor spoke on Monday.\n',
    );
    const none = await generate(['--bank', 'thin.yaml', '--seed', 's', '--types', 'numeric'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      "thin.yaml: bank 'thin' cannot make any numeric questions; try other --types or --skills, or add facts to the bank\n",
    );
    const few = await generate(['--bank', 'thin.yaml', '--seed', 's', '--count', '3'], { cwd: dir });
    expect(few.err).toMatch(/^thin\.yaml: bank 'thin' can make only 1 question of the requested types with seed 's'/);
    const builtin = await generate(['--seed', 's', '--count', '900']);
    expect(builtin.code).toBe(2);
    expect(builtin.err).toMatch(/^bank 'biden-ukraine' can make only \d+ questions/);
  });

  it('a quiz that comes out short says which facts sat out and why (trials 288-290)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-left-'));
    writeFileSync(join(dir, 'two.txt'), 'Two\n\nThe mayor spoke on Monday, and the council voted on Tuesday.\n');
    writeFileSync(
      join(dir, 'two.yaml'),
      'format: readquiz/bank@1\nid: two\ntitle: Two\nlanguage: en\narticle:\n  file: two.txt\nentities:\n  - id: mayor\n    kind: person\n    name: The mayor\n  - id: council\n    kind: organisation\n    name: The council\nfacts:\n  - id: a1\n    kind: action\n    actor: mayor\n    action: spoke on Monday\n    evidence: The mayor spoke on Monday, and the council voted on Tuesday.\n  - id: a2\n    kind: action\n    actor: council\n    action: voted on Tuesday\n    evidence: The mayor spoke on Monday, and the council voted on Tuesday.\n',
    );
    const few = await generate(['--bank', 'two.yaml', '--seed', 's', '--count', '2'], { cwd: dir });
    expect(few.code).toBe(2);
    expect(few.err).toMatch(
      /^two\.yaml: bank 'two' can make only 1 question .*; ask for at most 1; in that quiz, left out: a[12] \(its sentence is asked by question 1\)\n$/,
    );
    const usual = await generate(['--bank', 'two.yaml', '--seed', 's'], { cwd: dir });
    expect(usual.code).toBe(0);
    expect(usual.err).toMatch(
      /note: the bank holds 1 question .*; left out: a[12] \(its sentence is asked by question 1\)\n/,
    );
    // A long list is cut whole, with how many more, before the message is clipped.
    const builtin = await generate(['--seed', 's', '--count', '900']);
    expect(builtin.err).toMatch(/; in that quiz, left out: .*\) and \d+ more\n$/);
    expect(builtin.err).not.toMatch(/…/);
  });

  it('--skills cause-effect,sequence: only questions of those skills, listed in the options', async () => {
    // The bank has 3 cause facts and 4 event facts, but a quiz asks one question per article sentence and at
    // most 2 resting on several (each ordering does): some seeds can make only 2 of these skills.
    for (const seed of ['sk1', 'sk2', 'sk3', 'sk4', 'sk5']) {
      const r = await generate(['--seed', seed, '--count', '2', '--skills', 'cause-effect,sequence']);
      expect(r.code, r.err).toBe(0);
      const quiz = JSON.parse(r.out) as Quiz;
      expect(quiz.questions).toHaveLength(2);
      for (const q of quiz.questions) expect(['cause-effect', 'sequence'], q.id).toContain(q.skill);
      expect(quiz.options.skills).toEqual(['cause-effect', 'sequence']);
      // A short quiz owes no comprehension note.
      expect(r.err).toBe('');
    }
    // The text format says how to make the same quiz again, skills included.
    const text = await generate([
      '--seed',
      'sk1',
      '--count',
      '2',
      '--skills',
      'sequence,cause-effect',
      '--format',
      'text',
    ]);
    expect(text.out).toContain(
      'Regenerate: readquiz generate --seed "sk1" --count 2 --skills cause-effect,sequence with bank biden-ukraine',
    );
  });

  it('--skills: an unknown or empty list is one line on stderr and exit 2, nothing on stdout', async () => {
    const unknown = await generate(['--seed', 's', '--skills', 'cause-effect,spelling']);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe('');
    expect(unknown.err).toBe(
      "readquiz generate: unknown skill 'spelling' in --skills; expected detail, vocabulary, main-idea, cause-effect, sequence, stance, inference\n",
    );
    const empty = await generate(['--seed', 's', '--skills', '']);
    expect(empty.code).toBe(2);
    expect(empty.err.split('\n')).toHaveLength(2);
    expect(empty.err).toMatch(/^readquiz generate: --skills is empty; expected detail, /);
  });

  it('a quiz of 10 with too few questions beyond detail gets a note on stderr saying why; the quiz is still written', async () => {
    // The mini bank holds details only (JSON is YAML).
    const dir = mkdtempSync(join(tmpdir(), 'rq-note-'));
    writeFileSync(join(dir, 'mini.txt'), MINI_ARTICLE);
    writeFileSync(join(dir, 'mini.yaml'), JSON.stringify(MINI_BANK_FILE, null, 1));
    const r = await generate(['--bank', 'mini.yaml', '--seed', 'n', '--count', '10'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).questions).toHaveLength(10);
    expect(r.err).toBe(
      'readquiz generate: note: only 0 of 10 questions ask more than a detail (at least 3 expected): the bank has no facts of the kinds that make them (main-idea, cause, event, stance, inference, vocabulary) for the types asked for\n',
    );
    // A quiz of 5 to 9 owes one; shorter quizzes owe nothing; the built-in bank's default quiz of 10 holds enough.
    expect((await generate(['--bank', 'mini.yaml', '--seed', 'n', '--count', '9'], { cwd: dir })).err).toMatch(
      /^readquiz generate: note: only 0 of 9 questions ask more than a detail \(at least 1 expected\)/,
    );
    expect((await generate(['--bank', 'mini.yaml', '--seed', 'n', '--count', '4'], { cwd: dir })).err).toBe('');
    expect((await generate(['--seed', 'n'])).err).toBe('');
    // --skills detail asked for details only: nothing to note.
    expect(
      (await generate(['--bank', 'mini.yaml', '--seed', 'n', '--count', '10', '--skills', 'detail'], { cwd: dir })).err,
    ).toBe('');
  });

  it('prefix-stable: the first N questions of --count N+k are those of --count N', async () => {
    const small = JSON.parse((await generate(['--seed', 'prefix', '--count', '6'])).out) as Quiz;
    const large = JSON.parse((await generate(['--seed', 'prefix', '--count', '11'])).out) as Quiz;
    expect(large.questions.slice(0, 6)).toEqual(small.questions);
  });

  it('--types keeps to the listed types (short names allowed)', async () => {
    const quiz = JSON.parse((await generate(['--seed', 't', '--count', '6', '--types', 'tf,numeric'])).out) as Quiz;
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['true-false', 'numeric']));
    expect(quiz.options.types).toEqual(['true-false', 'numeric']);
  });

  it('text format lists every question with its answer, evidence and the seed', async () => {
    const { out } = await generate(['--seed', 'demo', '--count', '12', '--format', 'text']);
    const quiz = JSON.parse((await generate(['--seed', 'demo', '--count', '12'])).out) as Quiz;
    expect(out).toContain('seed demo');
    for (const [i, q] of quiz.questions.entries()) {
      expect(out).toContain(`${i + 1}. [${q.type}`);
      // Each sentence the question rests on, with its own paragraph.
      for (const s of q.sources) expect(out, q.id).toContain(`(paragraph ${s.paragraph}): ${s.evidence}`);
    }
    expect(out.match(/^ {3}Answer: /gm)).toHaveLength(12);
  });

  it('yaml format parses back to the same quiz as json', async () => {
    const { parse } = await import('yaml');
    const json = JSON.parse((await generate(['--seed', 'y', '--count', '8'])).out);
    expect(parse((await generate(['--seed', 'y', '--count', '8', '--format', 'yaml'])).out)).toEqual(json);
  });

  it('-o writes the file atomically and refuses to overwrite it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-out-'));
    const first = await generate(['--seed', 'o', '-o', 'quiz.json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    const written = readFileSync(join(dir, 'quiz.json'), 'utf8');
    expect(JSON.parse(written).seed).toBe('o');

    const again = await generate(['--seed', 'other', '-o', 'quiz.json'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists; pass --force');
    expect(readFileSync(join(dir, 'quiz.json'), 'utf8')).toBe(written);

    const forced = await generate(['--seed', 'other', '-o', 'quiz.json', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'quiz.json'), 'utf8')).seed).toBe('other');
  });

  it('an unknown bank id names the built-in ids', async () => {
    const r = await generate(['--bank', 'no-such-bank', '--seed', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown bank 'no-such-bank'");
    expect(r.err).toContain('biden-ukraine');
  });
});

describe('readquiz lint and banks', () => {
  it('lint passes on every bank in questions/', async () => {
    const io = fakeIo();
    expect(await main(['lint'], io)).toBe(0);
    expect(io.out()).toMatch(/biden-ukraine\.yaml: ok \(\d+ facts, \d+ entities\)/);
    expect(io.err()).toBe('');
  });

  it('lint shows each problem as file:line:col with the closest sentence for a paraphrase', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-lint-'));
    writeFileSync(join(dir, 'a.txt'), 'Title\n\nAnn Lee said “hello” to Bob. Bob left at noon.\n');
    writeFileSync(
      join(dir, 'b.yaml'),
      [
        'format: readquiz/bank@1',
        'id: b',
        'title: B',
        'article: {file: a.txt}',
        'entities:',
        '  - {id: ann, kind: person, name: Ann Lee}',
        'facts:',
        '  - id: q',
        '    kind: quote',
        '    evidence: Ann Lee said hello to Bob.',
        '    text: hello',
        '    speaker: annie',
        '    about: greeting',
        '',
      ].join('\n'),
    );
    const io = fakeIo({ cwd: dir });
    expect(await main(['lint', 'b.yaml'], io)).toBe(2);
    const lines = io.err().trim().split('\n');
    expect(lines).toContain(
      "b.yaml:12:5: facts[0].speaker: error: unknown entity 'annie'; expected the id of an entity in this bank",
    );
    expect(
      lines.find((l) =>
        l.startsWith(
          'b.yaml:10:5: facts[0].evidence: error: evidence is not a sentence of the article; closest (paragraph 1): "Ann Lee said “hello” to Bob."',
        ),
      ),
    ).toBeDefined();
    expect(lines.at(-1)).toMatch(/^lint: 2 errors, 0 warnings in 1 bank$/);
  });

  it('banks lists the built-in bank with its question count', async () => {
    const io = fakeIo();
    expect(await main(['banks', '--format', 'json'], io)).toBe(0);
    const [row] = JSON.parse(io.out());
    expect(row.id).toBe('biden-ukraine');
    // The count is the pool `generate --all` draws from (banks counts it with seed 'banks').
    const all = JSON.parse((await generate(['--seed', 'banks', '--all'])).out) as Quiz;
    expect(row.questions).toBe(all.questions.length);
    expect(row.questions).toBeGreaterThanOrEqual(5 * 12);
  });
});

// Each dependency the bin loads only when needed, through the built bin (the bundle runs from a code
// cache, where loading has its own rules): pdfkit, fflate, yaml, and the Ink UI (tests/e2e).
describe('lazily loaded parts, through the built bin', () => {
  it('worksheet --format pdf (pdfkit) writes a PDF and its key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-bin-pdf-'));
    const r = runBin(['worksheet', '--seed', 'bin', '--format', 'pdf', '-o', 'w.pdf'], { cwd: dir });
    expect(r.stderr).toContain('wrote w.pdf and w-key.pdf');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'w.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('generate --format qti (fflate) writes a zip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-bin-qti-'));
    const r = runBin(['generate', '--seed', 'bin', '--format', 'qti', '-o', 'q.zip'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'q.zip')).subarray(0, 2).toString()).toBe('PK');
  });

  it('generate --skills through the bin: those skills only; an unknown skill is exit 2 and one line', () => {
    const r = runBin([
      'generate',
      '--seed',
      'bin',
      '--count',
      '3',
      '--skills',
      'cause-effect,sequence',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const quiz = JSON.parse(r.stdout) as Quiz;
    expect(quiz.questions.map((q) => q.skill).every((k) => k === 'cause-effect' || k === 'sequence')).toBe(true);
    const bad = runBin(['generate', '--skills', 'trivia']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      "readquiz generate: unknown skill 'trivia' in --skills; expected detail, vocabulary, main-idea, cause-effect, sequence, stance, inference\n",
    );
  });

  it('generate --format yaml and a bank from a path (yaml)', () => {
    const r = runBin(
      ['generate', '--seed', 'bin', '--count', '2', '--format', 'yaml', '--bank', 'questions/biden-ukraine.yaml'],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)) },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('format: readquiz/quiz@2');
  });
});

describe('generate without --count on a bank that holds fewer than 10 (trials 174, 176, 179, 181, 182)', () => {
  it('makes the quiz the bank holds, says so on stderr, exits 0, and --count N makes it again byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rq-short-'));
    writeFileSync(join(dir, 'thin.txt'), 'Thin\n\nThe mayor spoke on Monday.\n');
    writeFileSync(
      join(dir, 'thin.yaml'),
      'format: readquiz/bank@1\nid: thin\ntitle: Thin\nlanguage: en\narticle:\n  file: thin.txt\nentities:\n  - id: mayor\n    kind: person\n    name: The mayor\nfacts:\n  - id: a1\n    kind: action\n    actor: mayor\n    action: spoke on Monday\n    evidence: The mayor spoke on Monday.\n',
    );
    const usual = await generate(['--bank', 'thin.yaml', '--seed', 's'], { cwd: dir });
    expect(usual.code, usual.err).toBe(0);
    expect((JSON.parse(usual.out) as Quiz).questions).toHaveLength(1);
    expect(usual.err).toMatch(
      /^readquiz generate: note: the bank holds 1 question with seed 's' \(no sentence asked twice\), not the usual 10: the quiz has 1; add facts for more, or pass --count 1 to ask for exactly that\n/,
    );
    const again = await generate(['--bank', 'thin.yaml', '--seed', 's', '--count', '1'], { cwd: dir });
    expect(again.out).toBe(usual.out);
    // Asked for, 10 is a promise: fewer is still exit 2.
    const asked = await generate(['--bank', 'thin.yaml', '--seed', 's', '--count', '10'], { cwd: dir });
    expect(asked.code).toBe(2);
  });
});
