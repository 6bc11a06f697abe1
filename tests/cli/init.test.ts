import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseBankFile } from '../../src/io/parse-bank.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const riverside = readFileSync(join(root, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md'), 'utf8');
const builtin = readFileSync(join(root, 'questions', 'biden-ukraine.txt'), 'utf8');
const RIVERSIDE_ID = 'riverside-council-approves-new-footbridge-after-long-wait';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readquiz-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function init(...args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(['init', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('readquiz init', () => {
  it('says so when more lines that read as sentences were left out as furniture than sentences kept (trial 297)', async () => {
    const lines = (...ls: string[]) => ls.join('\n\n');
    writeFileSync(
      join(dir, 'page.txt'),
      lines(
        'Americans Look for Art Everywhere',
        'FILE - Visitors look at a painting by Childe Hassam in the National Gallery of Art in Washington, Aug. 4, 2014.',
        'FILE - A copy of a painting hangs in a bus shelter in New York City, Aug. 5, 2014.',
        'FILE - Workers put up a sign showing a famous photograph near a subway station, Aug. 6, 2014.',
        'The campaign reproduced 58 American paintings, photographs and other works of art.',
        'The organizers presented the reproductions in about 50,000 places.',
      ),
    );
    const r = await init('page.txt', '-o', 'bank.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "3 lines left out as page furniture (article.exclude): 3 of them read as sentences, more than the 2 sentences kept; check that none is the story's",
    );
    // A menu's lines and a glossary's entries are the page's: no warning for them.
    writeFileSync(
      join(dir, 'menu.txt'),
      lines(
        'Accessibility links',
        'Breaking News',
        'Americans Look for Art Everywhere',
        'please wait',
        'Direct link',
        'The campaign reproduced 58 American paintings, photographs and other works of art.',
        'The organizers presented the reproductions in about 50,000 places.',
      ),
    );
    const menu = await init('menu.txt', '-o', 'menu.yaml');
    expect(menu.err).toMatch(/\d+ lines left out as page furniture \(article\.exclude\)\n/);
  });

  it('says so when the copy ends mid-sentence, and not when it ends whole (trials 376, 381, 384)', async () => {
    const story = [
      'NOAA announces winter outlook',
      'The National Oceanic and Atmospheric Administration announced the winter outlook today for December, January and February.',
      'Forecasters expect warmer-than-normal temperatures in most of the country. The precipitation outlook is less certain.',
      'As winter approaches, nearly 20 percent of the nation is in some level of drought compared to around 30 percent of the coun',
    ];
    writeFileSync(join(dir, 'cut.txt'), story.join('\n\n'));
    const cut = await init('cut.txt', '-o', 'cut.yaml');
    expect(cut.code).toBe(0);
    expect(cut.err).toContain(
      'the copy ends mid-sentence ("... around 30 percent of the coun"): nothing was drafted from that line; paste the rest of the article if you have it',
    );
    writeFileSync(join(dir, 'whole.txt'), story.slice(0, 3).join('\n\n'));
    expect((await init('whole.txt', '-o', 'whole.yaml')).err).not.toContain('mid-sentence');
  });

  it('says so when the page shows no headline above the story, and not when it does (trial 302)', async () => {
    const banner = ['Skip to main content', 'U.S. flag', 'An official website of the United States government'];
    const story = [
      'MADISON, Wis. — Mexican free-tailed bats can be infected with the SARS-CoV-2 virus but don’t appear to spread it or become sick, according to a U.S. Geological Survey study published today.',
      'Scientists with the USGS monitored 10 captive Mexican free-tailed bats that were exposed to the virus. Five of the bats became infected with the virus.',
    ];
    writeFileSync(join(dir, 'cut.txt'), [...banner, ...story].join('\n\n'));
    const cut = await init('cut.txt', '-o', 'cut.yaml');
    expect(cut.code).toBe(0);
    expect(cut.err).toContain(
      'found no headline above the story, so the title is the site\'s line "An official website of the United States government": put the headline',
    );
    writeFileSync(join(dir, 'lede.txt'), story.join('\n\n'));
    const lede = await init('lede.txt', '-o', 'lede.yaml');
    expect(lede.err).toContain(
      'found no headline above the story, so the title is its first sentence, "Mexican free-tailed bats can be infected with the SARS-CoV-2 virus but don’t appear to spread it or become sick, according to a U.S. Geological Survey study published today": put the headline',
    );
    // The lede stays the story's first paragraph: the bank lints, and a fact may rest on it (trial 380).
    const lintIo = fakeIo({ cwd: dir });
    expect(await main(['lint', 'lede.yaml'], lintIo)).toBe(0);
    writeFileSync(
      join(dir, 'whole.txt'),
      [...banner, 'COVID-19 virus can infect Mexican free-tailed bats', ...story].join('\n\n'),
    );
    const whole = await init('whole.txt', '-o', 'whole.yaml');
    expect(whole.err).not.toContain('found no headline');
    expect(readFileSync(join(dir, 'whole.yaml'), 'utf8')).toContain(
      'title: COVID-19 virus can infect Mexican free-tailed bats',
    );
  });

  it('says which figures of the story the headline gives, and so are not asked (retrial 334)', async () => {
    writeFileSync(
      join(dir, 'parks.txt'),
      [
        '2009 National Park Visits Top 285M, Up 3.9%',
        'Visits to national parks rose by 3.9% last year, the fifth busiest year ever for the park system, officials said.',
        'More than 285 million people visited national parks and other units of the National Park System during 2009.',
        'A study released today revealed that the National Park System supports more than 223,000 jobs.',
      ].join('\n\n'),
    );
    const parks = await init('parks.txt', '-o', 'parks.yaml');
    expect(parks.err).toContain(
      '2 figures of the story not asked (3.9%, 285 million): the headline gives them, and the title is printed above a quiz',
    );
    writeFileSync(
      join(dir, 'plain.txt'),
      ['Parks Busy Again', 'A study found the parks support more than 223,000 jobs.'].join('\n\n'),
    );
    expect((await init('plain.txt', '-o', 'plain.yaml')).err).not.toContain('not asked');
  });

  it('drafts questions/<id>.yaml from the title, copies the article next to it, and says what to do next', async () => {
    writeFileSync(join(dir, 'article.md'), riverside);
    const r = await init('article.md');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const bankPath = join(dir, 'questions', `${RIVERSIDE_ID}.yaml`);
    expect(readFileSync(join(dir, 'questions', 'article.md'), 'utf8')).toBe(riverside);
    expect(r.err).toContain('copied the article to questions/article.md');
    // The two quotations, with only each other's speaker to offer, are asked as "X said: ...", true or false.
    expect(r.err).toMatch(
      /wrote questions\/riverside-[a-z-]+\.yaml: 12 facts \(6 numbers, 2 quotes, 1 list of names, 1 role, 1 action, 1 statement\) about 6 names/,
    );
    expect(r.err).toMatch(/\d+ guesses to check: .*; the drafts at the end carry their own\)/);
    // No reason, order of events or stance was found: the teacher hears so, not only from generate later.
    expect(r.err).toContain(
      // What waits is named as it is: a main idea, no reason or stance (trial 231 was promised stances).
      'every fact above asks a detail: complete the main idea drafted at the end, or write one or two by hand',
    );
    expect(r.err).toContain(`readquiz lint questions/${RIVERSIDE_ID}.yaml`);
    expect(r.err).toContain(`readquiz take --bank questions/${RIVERSIDE_ID}.yaml`);

    // What makes no question yet waits, commented, at the end, saying what it lacks.
    expect(r.err).toContain(
      '2 drafts at the end of the file make no question yet (1 quantity, 1 main-idea): each says what it needs',
    );
    const yaml = readFileSync(bankPath, 'utf8');
    expect(yaml).toMatch(/^ {2}- id: linda-ortiz-quote\n {4}kind: quote\n/m);
    // Its main idea has one wrong summary ("council" for "Riverside Town Council" distorts nothing): it waits
    // in the commented block, to be completed.
    expect(yaml).toMatch(/^# - id: main-idea\n#   kind: main-idea\n/m);
    expect(yaml).not.toContain('flaw: distorted');
    // Positions are the people's, on their entities; one is asked, the mayor's (the councillors' title is three
    // people's: "Who is the Councillor?" would have three answers).
    expect(yaml).toMatch(
      /^ {2}- id: linda-ortiz\n {4}kind: person\n {4}name: Linda Ortiz\n(?: {4}.*\n)*? {4}role: Mayor\n/m,
    );
    expect(yaml.match(/kind: role/g)).toHaveLength(1);
    expect(yaml).toMatch(
      /# check: role read from "Mayor Linda Ortiz"; a quiz asks one position, and the draft asks this one only\n {2}- id: linda-ortiz-role/,
    );
    const parsed = parseBankFile(bankPath);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.bank!.article.file).toBe('article.md');
  });

  it('keeps the reason of a cause it leaves out as the wrong option of the cause that drew on it', async () => {
    // Two reasons: one opens with "they" (no wrong option for the other, away from its sentence), so its
    // partner makes no question and leaves; the "they" cause still shows the partner's reason as its false claim.
    // (An "it" that undergoes something is named now: "it was still being negotiated" reads "the agreement was ...".)
    writeFileSync(
      join(dir, 'waste.txt'),
      [
        'Waste deal',
        '',
        'The government of Sierra Leone is investigating an agreement to import waste from Lebanon.',
        '',
        'On Monday, investigators questioned Ibrahim Ben Kargbo. He says the investigators released him because there was nothing illegal about the agreement.',
        '',
        'Kargbo said President Ernest Bai Koroma was not told about the agreement because they were still negotiating it.',
        '',
      ].join('\n'),
    );
    const r = await init('waste.txt', '-o', 'waste.yaml');
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(dir, 'waste.yaml'), 'utf8');
    const live = yaml.split('# --- Drafts to complete')[0]!;
    expect(live).toMatch(
      /- id: cause-they-were-still-negotiating\n(?: {4}.*\n)* {4}wrong:\n {6}- there was nothing illegal about the agreement\n/,
    );
    expect(yaml).toMatch(/^# - id: cause-there-was-nothing-illegal$/m);
    const parsed = parseBankFile(join(dir, 'waste.yaml'));
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('follows the README guide: init, then lint accepts the bank, then a quiz comes out of it', async () => {
    writeFileSync(join(dir, 'article.txt'), builtin);
    const made = await init('article.txt');
    expect(made.code).toBe(0);
    const bank = 'questions/biden-tries-to-change-the-balance-of-power-on-ukraine.yaml';
    expect(made.err).toContain(`readquiz lint ${bank}`);
    const lint = fakeIo({ cwd: dir });
    const lintCode = await main(['lint', bank], lint);
    expect(lint.err()).not.toMatch(/error/);
    expect(lintCode).toBe(0);
    const gen = fakeIo({ cwd: dir });
    expect(await main(['generate', '--bank', bank, '--seed', 'guide', '--count', '8', '--format', 'json'], gen)).toBe(
      0,
    );
    const quiz = JSON.parse(gen.out()) as { questions: { evidence: string }[] };
    expect(quiz.questions).toHaveLength(8);
    // Every question quotes the article itself as its evidence.
    for (const q of quiz.questions) expect(builtin.replace(/\s+/g, ' ')).toContain(q.evidence.slice(0, 40));
  });

  it('quotes a bank path with spaces in the next commands, so they paste into a shell', async () => {
    writeFileSync(join(dir, 'biden.txt'), builtin);
    const r = await init('biden.txt', '-o', "my banks/Biden's.yaml");
    expect(r.code).toBe(0);
    expect(r.err).toContain("readquiz lint 'my banks/Biden'\\''s.yaml'");
    expect(existsSync(join(dir, 'my banks', "Biden's.yaml"))).toBe(true);
  });

  it('points at the article without copying when the bank goes in the same folder', async () => {
    writeFileSync(join(dir, 'biden.txt'), builtin);
    const r = await init('biden.txt', '-o', 'biden.yaml');
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('copied');
    expect(parseBankFile(join(dir, 'biden.yaml')).bank!.article.file).toBe('biden.txt');
  });

  it('writes a bank that loads even when no drafted fact makes a question yet, and says lint will say what each needs', async () => {
    writeFileSync(
      join(dir, 'short.txt'),
      [
        'Virtual fences for cows',
        '',
        'The Nature Conservancy (TNC) is an environmental non-profit organization based in Virginia.',
        '',
        'Its ranchers in Kansas, New Mexico and Colorado have tested the collars.',
      ].join('\n'),
    );
    const r = await init('short.txt', '-o', 'short.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "no fact of this draft makes a question yet: 'readquiz lint short.yaml' says what each one needs",
    );
    expect(parseBankFile(join(dir, 'short.yaml')).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('says why, on one line, when the article has paragraphs but nothing a draft can keep', async () => {
    writeFileSync(
      join(dir, 'y.txt'),
      'Bridge plans\n\n“We will build the bridge by the end of the year, whatever the cost turns out to be,” one of them told reporters.\n',
    );
    const r = await init('y.txt', '-o', 'y.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^y\.txt: drafted no fact complete enough to load \(2 drafts need words the article does not give: 1 quote, 1 main-idea\); write the bank by hand \(docs\/bank-format\.md\)\n$/,
    );
    expect(existsSync(join(dir, 'y.yaml'))).toBe(false);
  });

  it('never overwrites an existing bank without --force', async () => {
    writeFileSync(join(dir, 'biden.txt'), builtin);
    writeFileSync(join(dir, 'biden.yaml'), 'mine\n');
    const r = await init('biden.txt', '-o', 'biden.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'biden.yaml: a bank already exists here; pass --force to overwrite it, or choose another file with -o\n',
    );
    expect(readFileSync(join(dir, 'biden.yaml'), 'utf8')).toBe('mine\n');
    const forced = await init('biden.txt', '-o', 'biden.yaml', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'biden.yaml'), 'utf8')).toContain('format: readquiz/bank@1');
  });

  it('refuses to replace a different article next to the bank, and writes nothing', async () => {
    writeFileSync(join(dir, 'article.md'), riverside);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'article.md'), 'another article\n');
    const r = await init('article.md', '-o', 'out/bank.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^out\/article\.md: a different file named article\.md is already next to the bank; pass --force/,
    );
    expect(existsSync(join(dir, 'out', 'bank.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'article.md'), 'utf8')).toBe('another article\n');
  });

  it.each([
    ['an empty file', '', /^empty\.txt: article is empty; expected the text of an article/],
    ['a file of blank lines', '\n\n   \n', /^empty\.txt: article is empty/],
    [
      'a binary file',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      /^empty\.txt(:\d+:\d+)?: (the )?article contains binary data.*; expected UTF-8 text/,
    ],
    [
      'a huge file',
      'x'.repeat(1024 * 1024 + 1),
      /^empty\.txt(:\d+:\d+)?: (the )?article is 1,048,577 bytes; at most 1,048,576 bytes is accepted/,
    ],
  ])('fails on %s with one clear line and exit 2, writing nothing', async (_what, content, message) => {
    writeFileSync(join(dir, 'empty.txt'), content);
    const r = await init('empty.txt');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'questions'))).toBe(false);
  });

  it('explains an article with no paragraphs (lines not separated by blank lines)', async () => {
    writeFileSync(join(dir, 'flat.txt'), 'A headline\nThe first paragraph, on the next line.\nAnd another one.\n');
    const r = await init('flat.txt');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'flat.txt: found no paragraph to draft facts from; expected the title on the first line, then paragraphs separated by blank lines\n',
    );
    expect(existsSync(join(dir, 'questions'))).toBe(false);
  });

  it('never writes the bank over its own article', async () => {
    writeFileSync(join(dir, 'a.yaml'), riverside);
    const r = await init('a.yaml', '-o', 'a.yaml', '--force');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/would overwrite the article/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(riverside);
  });

  it('reports a missing article and a missing argument as usage errors', async () => {
    const missing = await init('nope.txt');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^nope\.txt:1:1: cannot read (the )?article: no such file( or folder)?\n$/);
    const none = await init();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/expected the article's file/);
  });

  it('shows its help', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['init', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: readquiz init ARTICLE/);
  });

  it('reads a saved web page: the article out of the page, saved as <name>.txt next to the bank, which lints', async () => {
    const page = readFileSync(join(root, 'tests', 'fixtures', 'articles', 'wikinews-hajj-stampede.html'), 'utf8');
    writeFileSync(join(dir, 'stampede.html'), page);
    const r = await init('stampede.html', '-o', 'bank.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toContain('wrote the article, as read from the page, to stampede.txt');
    const text = readFileSync(join(dir, 'stampede.txt'), 'utf8');
    expect(text.split('\n')[0]).toBe('# Hundreds dead in Hajj stampede');
    expect(text).not.toMatch(/Main page|Random article|Privacy policy|<p>/);
    const parsed = parseBankFile(join(dir, 'bank.yaml'));
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.bank!.title).toBe('Hundreds dead in Hajj stampede');
    expect(readFileSync(join(dir, 'bank.yaml'), 'utf8')).toContain('file: stampede.txt');
    // The page's address and date are kept as the bank's metadata, never as facts.
    expect(parsed.bank!.article).toMatchObject({
      url: 'https://en.wikinews.org/wiki/Hundreds_dead_in_Hajj_stampede',
      published: 'Thursday, January 12, 2006',
    });
  });

  it('gives the size of a quiz as a range when it differs by seed, and generate makes the most with some seed', async () => {
    writeFileSync(join(dir, 'article.md'), riverside);
    const r = await init('article.md', '-o', 'bank.yaml');
    const m =
      /a quiz of this draft holds (\d+) to (\d+) questions \(no sentence asked twice; 12 seeds tried, another may differ\)/.exec(
        r.err,
      );
    expect(m).not.toBeNull();
    const [least, most] = [Number(m![1]), Number(m![2])];
    expect(least).toBeLessThan(most);
    const generate = async (count: number, seed: string) => {
      const io = fakeIo({ cwd: dir });
      return main(['generate', '--bank', 'bank.yaml', '--count', String(count), '--seed', seed], io);
    };
    expect(await generate(least, 'any seed')).toBe(0);
    const seeds = Array.from({ length: 12 }, (_, i) => `init-${i + 1}`);
    const made = await Promise.all(seeds.map((seed) => generate(most, seed)));
    expect(made).toContain(0);
    expect(await Promise.all(seeds.map((seed) => generate(most + 1, seed)))).not.toContain(0);
  });

  it("keeps a pasted article's date line as article.published", async () => {
    writeFileSync(
      join(dir, 'dated.txt'),
      'Small town opens a library\n\nSaturday, September 12, 2015\n\nThe town of Ashby opened a library with 4,000 books on Monday.\n',
    );
    expect((await init('dated.txt', '-o', 'dated.yaml')).code).toBe(0);
    expect(parseBankFile(join(dir, 'dated.yaml')).bank!.article.published).toBe('Saturday, September 12, 2015');
  });

  it('says how many questions the draft makes without repeating a sentence, and warns below 10', async () => {
    writeFileSync(
      join(dir, 'short.txt'),
      'Small town opens a library\n\nThe town of Ashby opened a library with 4,000 books on Monday.\n',
    );
    const r = await init('short.txt', '-o', 'short.yaml');
    expect(r.code).toBe(0);
    // Facts added by hand cannot make ten of one sentence: the warning says how many a quiz can hold (trial 237).
    expect(r.err).toMatch(
      /a quiz of this draft holds 1 question \(no sentence asked twice\); the article has 1 sentence, and a quiz asks each once \(one more question may sit beside a main idea's summary\), so no quiz of it reaches 10\n/,
    );
    expect(r.err).not.toContain('add facts by hand');
    writeFileSync(
      join(dir, 'longer.txt'),
      [
        'Small town opens a library',
        'The town of Ashby opened a library with 4,000 books on Monday. The building cost 2 million dollars.',
        'It has 12 reading rooms and 40 computers. About 300 people came to the opening.',
        'The mayor said the town had waited 30 years for it. The old library closed in 1990.',
        'Volunteers spent six months moving the books. The library will open seven days a week.',
        'Children under 12 can borrow 5 books at a time. Adults can borrow 10. The cafe seats 25 people.',
      ].join('\n\n'),
    );
    expect((await init('longer.txt', '-o', 'longer.yaml')).err).toMatch(
      /a quiz of this draft holds \d+(?: to \d+)? questions? \(no sentence asked twice(?:; 12 seeds tried, another may differ)?\); fewer than 10: add facts by hand/,
    );
    // Nine sentences can make ten questions, the main idea's beside one on its sentence (retrial 303 was told otherwise).
    writeFileSync(
      join(dir, 'nine.txt'),
      [
        'Small town opens a library',
        'The town of Ashby opened a library with 4,000 books on Monday. The building cost 2 million dollars.',
        'It has 12 reading rooms and 40 computers. About 300 people came to the opening.',
        'The mayor said the town had waited 30 years for it. The old library closed in 1990.',
        'Volunteers spent six months moving the books. The library will open seven days a week. The cafe seats 25 people.',
      ].join('\n\n'),
    );
    const nine = (await init('nine.txt', '-o', 'nine.yaml')).err;
    expect(nine).toContain('fewer than 10: add facts by hand');
    expect(nine).not.toContain('no quiz of it reaches 10');
    // A one-paragraph article gives no wrong summaries to draft: its main idea waits, commented out, to be completed.
    expect(readFileSync(join(dir, 'short.yaml'), 'utf8')).toMatch(/^# - id: main-idea\n#   kind: main-idea\n/m);
    expect(parseBankFile(join(dir, 'short.yaml')).bank!.facts.some((f) => f.kind === 'main-idea')).toBe(false);
  });

  it('explains a saved page with no article in it (exit 2, nothing written), and reads a .html file of plain text as text', async () => {
    writeFileSync(
      join(dir, 'empty.html'),
      '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    );
    const r = await init('empty.html', '-o', 'empty.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^empty\.html: found no article in the page/);
    expect(existsSync(join(dir, 'empty.yaml'))).toBe(false);
    writeFileSync(
      join(dir, 'plain.html'),
      'Town opens a library\n\nThe town of Ashby opened a library with 4,000 books on Monday.\n',
    );
    const p = await init('plain.html', '-o', 'plain.yaml');
    expect(p.code).toBe(0);
    expect(readFileSync(join(dir, 'plain.yaml'), 'utf8')).toContain('file: plain.html');
  });
});
