// The review screen driven by keys through ink-testing-library: one test per action, and a whole review of
// a drafted fixture (files written as the command writes them) ending in a bank that lints.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFile } from '../../../src/cli/commands/lint.js';
import { createSaver, loadForReview, reviewInput } from '../../../src/cli/commands/review.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { reviewInsight } from '../../../src/core/review/insight.js';
import type { ReviewState } from '../../../src/core/review/model.js';
import { renderBankYaml } from '../../../src/render/bank-yaml.js';
import { ReviewApp } from '../../../src/ui/review/ReviewApp.js';
import type { Size } from '../../../src/ui/use-terminal-size.js';
import { KEY } from '../helpers.js';
import { RIVERSIDE_COUNCILLORS, withAuthorFacts } from '../../helpers/draft-article.js';

const root = join(import.meta.dirname, '..', '..', '..');
const articleFile = join(root, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md');

/**
 * A drafted bank in a fresh folder, as draftBank drafts it (`readquiz init` would move facts that make no question to
 * its commented block), with the councillors' positions written by its author.
 */
function draftedBankFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rq-review-'));
  copyFileSync(articleFile, join(dir, 'riverside-footbridge.md'));
  const draft = riverside;
  const file = join(dir, 'bank.yaml');
  writeFileSync(file, renderBankYaml(draft, { header: ['Drafted for a test.'] }));
  return file;
}

/** What the draft asks the author to check: entities and facts with notes (the counts the footer shows). */
const riverside = withAuthorFacts(
  draftBank(readFileSync(articleFile, 'utf8'), { articleFile: 'riverside-footbridge.md' }),
  RIVERSIDE_COUNCILLORS,
);
const GUESSES = new Set(
  riverside.notes
    .filter((n) => n.path[0] === 'entities' || n.path[0] === 'facts')
    .map((n) => `${n.path[0]}.${n.path[1]}`),
).size;
const FACTS = riverside.bank.facts.length;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Driver {
  press(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  frame(): string;
  state(): ReviewState;
  file: string;
  text(): string;
  original: string;
  unmount(): void;
}

let app: Driver | undefined;
afterEach(() => app?.unmount());

async function renderReview(options: { size?: Size; color?: boolean; file?: string } = {}): Promise<Driver> {
  const file = options.file ?? draftedBankFile();
  const loaded = loadForReview(file, 'bank.yaml');
  const states: ReviewState[] = [];
  const ui = render(
    <ReviewApp
      input={reviewInput(loaded)}
      insight={reviewInsight}
      name="bank.yaml"
      save={createSaver(file, 'bank.yaml', loaded.text)}
      color={options.color ?? true}
      size={options.size ?? { columns: 80, rows: 24 }}
      onState={(s) => states.push(s)}
    />,
  );
  const settle = async () => {
    const until = Date.now() + 1500;
    let seen = -1;
    while (Date.now() < until) {
      await sleep(25);
      if (ui.frames.length === seen) return;
      seen = ui.frames.length;
    }
  };
  await settle();
  return {
    async press(...keys) {
      for (const k of keys) {
        ui.stdin.write(k);
        await settle();
      }
    },
    async type(text) {
      for (const ch of text) {
        ui.stdin.write(ch);
        await settle();
      }
    },
    frame: () => ui.lastFrame() ?? '',
    state: () => states[states.length - 1]!,
    file,
    text: () => readFileSync(file, 'utf8'),
    original: loaded.text,
    unmount: () => ui.unmount(),
  };
}

/** Moves to the item with this id by skipping. */
async function goTo(a: Driver, id: string) {
  for (let i = 0; i < 40 && !a.frame().split('\n')[1]!.startsWith(id); i++) await a.press('s');
  expect(a.frame().split('\n')[1]).toMatch(new RegExp(`^${id}\\b`));
}

/** Selects the field `name` with the arrow keys. */
async function selectField(a: Driver, name: string) {
  for (let i = 0; i < 10 && !new RegExp(`› ${name}\\b`).test(a.frame()); i++) await a.press(KEY.down);
  expect(a.frame()).toMatch(new RegExp(`› ${name}\\b`));
}

describe('review screen', () => {
  it('shows the guess: notes, the sentence with its paragraph, the fields, a question; the footer has keys and progress', async () => {
    app = await renderReview();
    const f = app.frame();
    expect(f).toContain('riverside-town-council  entity · organisation');
    expect(f).toContain('? kind guessed: organisation');
    expect(f).toContain('The article, paragraph 1:');
    expect(f).toMatch(/› kind +organisation/);
    expect(f).toMatch(/  role +\(none\)/);
    expect(f).toContain('would ask (short answer):');
    expect(f).toContain(`0 of ${GUESSES} checked · Enter/a accept · ↑↓ field · e edit · k kind · d delete`);
  });

  it('Enter accepts: the # check: goes from the file at once, nothing else changes', async () => {
    app = await renderReview();
    await app.press(KEY.enter);
    expect(app.frame()).toContain(`1 of ${GUESSES} checked`);
    expect(app.frame()).toContain('accepted riverside-town-council');
    expect(app.frame().split('\n')[1]).toMatch(/^linda-ortiz/);
    expect(app.text()).toBe(
      app.original.replace('  # check: kind guessed: organisation ("Council" names an organisation)\n', ''),
    );
  });

  it('e edits a field in place; Enter saves it to the file', async () => {
    app = await renderReview();
    await goTo(app, 'years-2');
    await selectField(app, 'counts');
    await app.press('e', KEY.ctrlU);
    await app.type('years the dispute had lasted');
    expect(app.frame()).toMatch(/› counts +years the dispute had lasted/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('counts changed');
    expect(app.text()).toBe(
      app.original.replace(
        'counts: years the crossing at Mill Lane that had lasted',
        'counts: years the dispute had lasted',
      ),
    );
  });

  it('a pasted line (one burst of keys) goes into the field whole', async () => {
    app = await renderReview();
    await goTo(app, 'years-2');
    await selectField(app, 'counts');
    const long = 'years the dispute over the crossing at Mill Lane had lasted before the vote';
    // One write holding the whole line and Enter, as a paste with a line break arrives.
    await app.press('e', KEY.ctrlU, `${long}\r`);
    expect(app.text()).toContain(`counts: ${long}\n`);
    expect(app.frame()).toContain('counts changed');
  });

  it('Esc leaves a field as it was', async () => {
    app = await renderReview();
    await goTo(app, 'years-2');
    await selectField(app, 'counts');
    await app.press('e');
    await app.type('xyz');
    await app.press(KEY.esc);
    expect(app.text()).toBe(app.original);
    expect(app.state().mode.type).toBe('browse');
  });

  it('e on a speaker opens the entity picker; typing filters; Enter picks', async () => {
    app = await renderReview();
    await goTo(app, 'tom-akers-quote');
    await selectField(app, 'speaker');
    await app.press('e');
    expect(app.frame()).toContain('Choose speaker:');
    await app.type('brooks');
    expect(app.frame()).toContain('Helen Brooks person, Councillor');
    expect(app.frame()).not.toContain('Raj Patel person');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('› speaker  helen-brooks · Helen Brooks');
    expect(app.text()).toContain('speaker: helen-brooks');
  });

  it('members: Space adds and removes in the picker', async () => {
    app = await renderReview();
    await goTo(app, 'set-presented-the-plan-at-the-meeting');
    await selectField(app, 'members');
    await app.press('e');
    expect(app.frame()).toContain('[x] Linda Ortiz');
    await app.press(KEY.down, ' ', KEY.enter);
    expect(app.frame()).toMatch(/members\s+Linda Ortiz, Helen Brooks, Tom Akers/);
    expect(app.text()).not.toMatch(/members:\n(\s+- \S+\n)*\s+- raj-patel/);
  });

  it("k changes an entity's kind", async () => {
    app = await renderReview();
    await app.press('k');
    expect(app.frame()).toContain('› organisation  (now)');
    await app.press(KEY.down, KEY.down, KEY.down, KEY.enter);
    expect(app.frame()).toContain('kind changed to group');
    expect(app.text()).toContain('  - id: riverside-town-council\n    kind: group\n');
  });

  it('d deletes a fact from the file; u undoes it (the file is as before)', async () => {
    app = await renderReview();
    await goTo(app, 'minutes-8');
    await app.press('d');
    expect(app.frame()).toContain('deleted fact minutes-8');
    expect(app.text()).not.toContain('id: minutes-8');
    await app.press('u');
    expect(app.frame()).toContain('undone');
    expect(app.frame().split('\n')[1]).toMatch(/^minutes-8/);
    expect(app.text()).toBe(app.original);
  });

  it('d on an entity facts need asks first; n keeps it, y deletes it and what needs it', async () => {
    app = await renderReview();
    await goTo(app, 'raj-patel');
    await app.press('d');
    expect(app.frame()).toContain('Delete raj-patel? These facts name it and go too: raj-patel-role.');
    expect(app.frame()).toContain('It is also taken out of set-presented-the-plan-at-the-meeting.members.');
    await app.press('n');
    expect(app.text()).toBe(app.original);
    await app.press('d', 'y');
    expect(app.frame()).toContain('deleted raj-patel and 1 fact that named it');
    expect(app.text()).not.toContain('raj-patel');
    // No reference left dangling.
    expect(
      lintFile(app.file)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.message),
    ).toEqual([]);
  });

  it('s skips, ← goes back, n jumps to the next unchecked guess', async () => {
    app = await renderReview();
    await app.press('s');
    expect(app.frame().split('\n')[1]).toMatch(/^linda-ortiz/);
    await app.press(KEY.left);
    expect(app.frame().split('\n')[1]).toMatch(/^riverside-town-council/);
    await app.press('a', KEY.left, 'n');
    expect(app.frame().split('\n')[1]).toMatch(/^linda-ortiz/);
    expect(app.frame()).toContain(`1 of ${GUESSES} checked`);
  });

  it('a lint problem shows beside its fact, and f applies the closest sentence', async () => {
    const file = draftedBankFile();
    const text = readFileSync(file, 'utf8');
    const evidence = 'The bridge will cost about $2.4 million and should open in the spring of 2027.';
    writeFileSync(file, text.replace(`evidence: ${evidence}`, 'evidence: The bridge will cost about $2.4 million.'));
    app = await renderReview({ file });
    await goTo(app, 'dollars-2400000');
    expect(app.frame()).toContain('✘ evidence: evidence is not a sentence of the article; closest (paragraph 2)');
    expect(app.frame()).toContain('f fix');
    await app.press('f');
    expect(app.text()).toBe(text);
  });

  it('a file changed by another program meanwhile is not written over; the screen says so', async () => {
    app = await renderReview();
    const theirs = `${app.original}# an edit made in a text editor\n`;
    writeFileSync(app.file, theirs);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('bank.yaml was changed outside the review; not saved');
    expect(app.text()).toBe(theirs);
  });

  it('q shows the end screen: questions, types, lint state, a sample quiz; q there quits', async () => {
    // Two quotations given as evidence a sentence the article does not hold (two errors each: the evidence,
    // and the words not in it): the bank does not lint yet,
    // and the screen says so.
    const file = draftedBankFile();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /(- id: (?:linda-ortiz|tom-akers)-quote\n\s+kind: quote\n\s+evidence: ).*/g,
        '$1Nobody said so.',
      ),
    );
    app = await renderReview({ size: { columns: 80, rows: 40 }, file });
    await app.press('q');
    expect(app.frame()).toContain('✘ 4 lint errors left (the facts concerned are not counted');
    await app.press('b');
    await goTo(app, 'linda-ortiz-quote');
    await app.press('d');
    await goTo(app, 'tom-akers-quote');
    await app.press('d', 'q');
    const f = app.frame();
    expect(f).toContain('Review done: the bank is saved');
    expect(f).toMatch(new RegExp(`The bank now makes \\d+ questions from ${FACTS - 2} facts and 6 entities\\.`));
    // Questions carry their reading skill (quiz@2): they are counted by skill.
    expect(f).toMatch(/Skills: detail \d+/);
    expect(f).toContain('✔ it lints: no errors');
    expect(f).toContain('A sample quiz (seed review):');
    expect(f).toMatch(/\n1\. /);
    await app.press('b');
    expect(app.state().mode.type).toBe('browse');
  });

  it("e on a field with set values opens a list (a quantity's precision); Esc in a picker changes nothing", async () => {
    app = await renderReview({ size: { columns: 80, rows: 30 } });
    await goTo(app, 'years-2');
    await selectField(app, 'precision');
    await app.press('e');
    expect(app.frame()).toContain('› more than  (now)');
    await app.press(KEY.up, KEY.enter);
    expect(app.frame()).toContain('precision changed to at least');
    expect(app.text()).toBe(app.original.replace('    precision: more than\n', '    precision: at least\n'));
    await goTo(app, 'tom-akers-quote');
    await app.press('e');
    await app.type('pat');
    await app.press(KEY.esc);
    expect(app.state().mode.type).toBe('browse');
    expect(app.text()).toBe(app.original.replace('    precision: more than\n', '    precision: at least\n'));
  });

  it('the end screen offers the entities and facts without a # check: (r), and b goes back', async () => {
    const file = draftedBankFile();
    // A bank where two facts carry no note.
    const text = readFileSync(file, 'utf8').replace(
      / {2}# check: role read from "Councillor (Raj Patel|Helen Brooks)"\n/g,
      '',
    );
    writeFileSync(file, text);
    app = await renderReview({ file, size: { columns: 80, rows: 40 } });
    await app.press('q');
    expect(app.frame()).toContain('2 entities and facts had no # check:; r goes through them too');
    await app.press('r');
    expect(app.frame().split('\n')[1]).toMatch(/^raj-patel-role/);
    expect(app.frame()).toContain('no # check: on this one');
    expect(app.frame()).toContain(`0 of ${GUESSES - 2} checked · 0 of 2 others`);
    await app.press(KEY.enter);
    expect(app.frame()).toContain(`0 of ${GUESSES - 2} checked · 1 of 2 others`);
    // Accepting one without a note leaves the file as it was.
    expect(app.text()).toBe(text);
  });

  it('fits 40x20: short footer, the guess scrolls into view; NO_COLOR draws no colour', async () => {
    app = await renderReview({ size: { columns: 40, rows: 20 }, color: false });
    const f = app.frame();
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines.every((l) => [...l].length <= 40)).toBe(true);
    expect(f).toContain(`0 of ${GUESSES} checked · Enter/a accept · e`);
    expect(f).not.toMatch(/\u001b\[3\dm/);
    // What does not fit scrolls: PgDn shows the rest, PgUp goes back.
    expect(f).toMatch(/↓ 1-\d+ of \d+/);
    await app.press(KEY.pageDown);
    expect(app.frame()).toMatch(/↑/);
    expect(app.frame()).toContain('would ask');
    await app.press(KEY.pageUp);
    expect(app.frame()).toMatch(/ ↓ 1-\d+ of/);
  });
});

describe('a whole review by keys', () => {
  it('a drafted fixture, every guess decided, ends as a bank that lints, no # check: left on entities or facts', async () => {
    app = await renderReview({ size: { columns: 80, rows: 24 } });
    const a = app;
    // Entities: the council is a group of people here? No: accept; the fire chief is kept.
    await a.press(KEY.enter, KEY.enter, KEY.enter, KEY.enter, KEY.enter, KEY.enter);
    // years-2: a counts phrase a reader understands.
    expect(a.frame().split('\n')[1]).toMatch(/^years-2/);
    await selectField(a, 'counts');
    await a.press('e', KEY.ctrlU);
    await a.type('years the dispute over the crossing had lasted');
    await a.press(KEY.enter, KEY.enter);
    // Decide the rest: delete the numbers not worth asking and any fact that makes no question, accept
    // the others.
    const deleted: string[] = [];
    for (let i = 0; i < 40 && a.state().mode.type !== 'end'; i++) {
      const id = a.frame().split('\n')[1]!.split(' ')[0]!;
      const drop = id === 'minutes-8' || a.frame().includes('No question yet');
      if (drop) deleted.push(id);
      await a.press(drop ? 'd' : KEY.enter);
    }
    expect(deleted).toEqual(['minutes-8']);
    const f = a.frame();
    expect(f).toContain(`${GUESSES} of ${GUESSES} checked`);
    expect(f).toContain('✔ it lints: no errors');
    const text = a.text();
    // Only the note on article.exclude is left (the end screen points at it).
    expect(text.match(/# check:.*/g)).toEqual([
      '# check: lines left out as page furniture; delete any that belong to the article',
    ]);
    expect(f).toContain('1 # check: outside entities and facts is left: article.exclude');
    expect(text).toContain('counts: years the dispute over the crossing had lasted');
    expect(text).not.toContain('id: minutes-8');
    expect(text.startsWith('# Drafted for a test.\n')).toBe(true);
    expect(lintFile(a.file).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await a.press('q');
  });
});
