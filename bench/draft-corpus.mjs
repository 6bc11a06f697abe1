// `node bench/draft-corpus.mjs [--json FILE] [--only NAME]`: drafts a bank from every article of the
// corpus (tests/fixtures/articles/corpus.yaml) with the built CLI, as a teacher would, and scores the
// draft against the reader's key written for that article before init ever ran on it.
//
// Per article: title right; furniture left in any fact; recall (key facts the draft holds, right);
// precision (drafted facts that are right, over the drafted facts the key can judge: those on a sentence
// the key has a fact about, of a kind the keys list; the others are counted apart as "unjudged"); whether the draft lints; the
// questions the draft makes without repeating a sentence; whether a quiz of 10 comes out, judged only
// where the key itself holds facts on 10 sentences or more ("every article with enough facts": a quiz
// asks no sentence twice, so a short release whose key fits on 7 sentences cannot give 10).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { parseArticle, sentencesOf } from '../dist/lib/core/article.js';
import { bin, root } from './harness.mjs';

const dir = join(root, 'tests', 'fixtures', 'articles');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const corpus = parse(readFileSync(join(dir, 'corpus.yaml'), 'utf8')).articles;

const fold = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const has = (hay, needle) => fold(hay).includes(fold(needle));

function run(argv, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ...r, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Names an entity answers to. */
function namesOf(bank, id) {
  const e = bank.entities?.find((x) => x.id === id);
  return e ? [e.name, ...(e.aliases ?? [])].map((n) => fold(n).replace(/^the /, '')) : [];
}
function sameName(bank, id, want) {
  const w = fold(want).replace(/^the /, '');
  return namesOf(bank, id).some((n) => n.length >= 3 && (n.includes(w) || (w.includes(n) && n.length >= 4)));
}

/** Does drafted fact f state key fact k, with the right values? */
function matches(bank, f, k) {
  if (k.evidence && !has(f.evidence, k.evidence)) return false;
  switch (k.kind) {
    case 'quantity':
      return f.kind === 'quantity' && Number(f.value) === Number(k.value);
    case 'quote':
      return f.kind === 'quote' && has(f.text, k.text) && sameName(bank, f.speaker, k.speaker);
    case 'role':
      return f.kind === 'role' && sameName(bank, f.entity, k.entity) && has(f.role, k.role);
    case 'set':
      return f.kind === 'set' && k.members.every((m) => [...(f.members ?? [])].some((id) => sameName(bank, id, m)));
    case 'statement':
    case 'action': {
      if (f.kind !== 'statement' && f.kind !== 'action') return false;
      const text = f.kind === 'action' ? f.action : f.text;
      if (k.actor && f.kind === 'action' && !sameName(bank, f.actor, k.actor)) return false;
      if (k.actor && f.kind === 'statement' && !has(`${f.text} ${f.evidence}`, k.actor.split(' ').pop())) return false;
      return (k.words ?? []).every((w) => has(text, w));
    }
    case 'cause':
      return f.kind === 'cause' && has(`${f.cause}`, k.cause);
    case 'main-idea':
      return f.kind === 'main-idea';
    case 'stance':
      return f.kind === 'stance' && (!k.actor || sameName(bank, f.actor, k.actor));
    default:
      return false;
  }
}

/** The sentence(s) of the article a key fact is about, as a test on a drafted fact's evidence. */
function onSentence(f, k) {
  if (k.evidence) return has(f.evidence, k.evidence);
  if (k.kind === 'quote') return has(f.evidence, k.text);
  if (k.kind === 'role') return has(f.evidence, k.entity);
  if (k.kind === 'set') return k.members.every((m) => has(f.evidence, m));
  return false;
}

/** Questions from `--all` in order, keeping only those whose facts' sentences are not used yet. */
function questionsWithoutRepeat(quiz, bank) {
  const byId = new Map(bank.facts.map((f) => [f.id, f]));
  const used = new Set();
  let n = 0;
  for (const q of quiz.questions) {
    const sentences = (q.factIds ?? [q.factId]).map((id) => fold(byId.get(id)?.evidence ?? q.evidence));
    if (sentences.some((s) => used.has(s))) continue;
    sentences.forEach((s) => used.add(s));
    n++;
  }
  return n;
}

// The kinds the readers' keys list. The keys were written before the drafter made events (and never list an
// inference, a vocabulary item or a written question): a drafted fact of another kind has no key fact it could match,
// so it is left unjudged, as a fact on a sentence the key says nothing of is, rather than counted wrong whatever it says.
const KEY_KINDS = new Set(
  corpus.flatMap((a) =>
    parse(readFileSync(join(dir, `${a.file.replace(/\.[^.]+$/, '')}.key.yaml`), 'utf8')).facts.map((k) => k.kind),
  ),
);

const rows = [];
const work = mkdtempSync(join(tmpdir(), 'readquiz-draft-corpus-'));
try {
  for (const a of corpus) {
    if (only && !a.file.includes(only)) continue;
    const name = a.file.replace(/\.[^.]+$/, '');
    const key = parse(readFileSync(join(dir, `${name}.key.yaml`), 'utf8'));
    const out = join(work, `${name}.yaml`);
    const init = run(['init', join(dir, a.file), '-o', out, '--force'], work);
    const row = { article: a.file, heldOut: Boolean(a.heldOut), initExit: init.status, initMs: Math.round(init.ms) };
    rows.push(row);
    if (init.status !== 0) {
      Object.assign(row, {
        title: false,
        furniture: '-',
        recall: 0,
        keyFacts: key.facts.length,
        precision: 0,
        drafted: 0,
        judged: 0,
        unjudged: 0,
        lints: false,
        questions: 0,
        quiz10: false,
        error: init.stderr.trim().split('\n')[0],
      });
      continue;
    }
    const yamlText = readFileSync(out, 'utf8');
    const bank = parse(yamlText);
    // Drafts of kinds this build does not load yet (issue #11) sit in a commented block at the end:
    // they are scored too, and counted apart ("pending").
    const mark = yamlText.indexOf('# --- Drafts to complete');
    const pending =
      mark < 0
        ? []
        : (parse(
            yamlText
              .slice(mark)
              .split('\n')
              .map((l) => l.replace(/^# ?/, ''))
              .filter((l) => !/^(?:---|check:|yet;)/.test(l))
              .join('\n'),
          ) ?? []);
    const facts = [...(bank.facts ?? []), ...pending];
    // A position is drafted on its person's entity (role:), not as a fact: the drafter asks no job title (teachers deleted
    // all 14 it drafted in trials 270-312), but the draft holds it, for a teacher who wants to ask it.
    const onEntity = (k) =>
      k.kind === 'role' &&
      (bank.entities ?? []).some((e) => e.role && sameName(bank, e.id, k.entity) && has(e.role, k.role));
    const recalled = key.facts.filter((k) => onEntity(k) || facts.some((f) => matches(bank, f, k)));
    const judged = facts.filter((f) => KEY_KINDS.has(f.kind) && key.facts.some((k) => onSentence(f, k)));
    const right = judged.filter((f) => key.facts.some((k) => onSentence(f, k) && matches(bank, f, k)));
    // Furniture in a fact: any field of any fact, or an entity name, that holds a furniture line.
    // Lines of three words or more count when a fact holds them; shorter ones ("Share", "NASA") only
    // when a whole field or name is that line, since the article's own sentences may use the words.
    // Entity ids ("nasa") are names the draft made, not text it took from the page: only text fields count.
    const ID_FIELDS = new Set([
      'id',
      'kind',
      'falsify',
      'actor',
      'speaker',
      'entity',
      'members',
      'nonMembers',
      'unit',
      'precision',
      'relation',
      'flaw',
    ]);
    const strings = (f) =>
      Object.entries(f)
        .filter(([k]) => !ID_FIELDS.has(k))
        .flatMap(([, v]) => [v].flat(2))
        .flatMap((v) => (v && typeof v === 'object' ? Object.values(v) : [v]))
        .filter((v) => typeof v === 'string');
    const holds = (line) => (fold(line).split(' ').length >= 3 ? (v) => has(v, line) : (v) => fold(v) === fold(line));
    const furnitureHits = key.furniture.filter(
      (line) =>
        facts.some((f) => strings(f).some(holds(line))) ||
        (fold(line).includes(' ') && (bank.entities ?? []).some((e) => holds(line)(e.name))),
    );
    // The sentences of the article (as init copied it, furniture left out) that the key's facts sit on.
    const articleText = readFileSync(join(work, bank.article.file), 'utf8');
    const sentences = sentencesOf(parseArticle(articleText, bank.article.exclude ?? [], bank.title)).map(
      (r) => r.sentence,
    );
    const keySentences = new Set(
      key.facts.flatMap((k) => {
        const words = k.evidence ?? k.text;
        const i = sentences.findIndex((x) => words && has(x, words));
        return i < 0 ? [] : [i];
      }),
    ).size;
    const lint = run(['lint', out], work);
    const all = run(['generate', '--bank', out, '--seed', 'bench', '--all', '--format', 'json'], work);
    const ten = run(['generate', '--bank', out, '--seed', 'bench', '--count', '10', '--format', 'json'], work);
    // One seed is one teacher's draw: how many of twelve seeds give a quiz of 10 says how often one comes out.
    const SEEDS = 12;
    let seeds10 = 0;
    for (let k = 1; k <= SEEDS; k++) {
      const t = run(['generate', '--bank', out, '--seed', `bench-${k}`, '--count', '10', '--format', 'json'], work);
      if (t.status === 0) seeds10++;
    }
    let questions = 0;
    let quiz10 = false;
    try {
      // What init reports: the least a quiz of the draft holds within the generator's rules, over its seeds
      // ("holds 9 to 12 questions, by seed" counts 9).
      const said = /a quiz of this draft holds (\d+)(?: to \d+)? question/.exec(init.stderr);
      questions = said ? Number(said[1]) : all.status === 0 ? questionsWithoutRepeat(JSON.parse(all.stdout), bank) : 0;
      quiz10 = ten.status === 0 && JSON.parse(ten.stdout).questions.length === 10;
    } catch {
      /* left at zero */
    }
    Object.assign(row, {
      title: fold(bank.title) === fold(key.title),
      seeds10,
      draftTitle: bank.title,
      furniture: furnitureHits.length,
      furnitureLines: furnitureHits,
      recall: recalled.length,
      pendingRecall: recalled.filter(
        (k) => pending.some((f) => matches(bank, f, k)) && !(bank.facts ?? []).some((f) => matches(bank, f, k)),
      ).length,
      pendingDrafted: pending.length,
      keyFacts: key.facts.length,
      missed: key.facts
        .filter((k) => !recalled.includes(k))
        .map((k) => `${k.kind}: ${k.evidence ?? k.text ?? k.entity ?? (k.members ?? []).join(', ')}`),
      precision: right.length,
      judged: judged.length,
      unjudged: facts.length - judged.length,
      drafted: facts.length,
      wrong: judged
        .filter((f) => !right.includes(f))
        .map((f) =>
          args.includes('--verbose')
            ? `${f.id} [${f.kind}: ${JSON.stringify(Object.fromEntries(Object.entries(f).filter(([k]) => !['id', 'kind', 'evidence'].includes(k)))).slice(0, 160)}]`
            : f.id,
        ),
      rightIds: right.map((f) => `${f.kind}:${f.id}`),
      lints: lint.status === 0,
      questions,
      quiz10,
      keySentences,
      enoughFacts: keySentences >= 10,
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pct = (a, b) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);
const lines = [
  '| article | title | furniture in facts | recall | of it in commented drafts | precision (judged) | unjudged | lints | key sentences | questions | quiz of 10 | seeds of 12 giving 10 | init ms |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
const sum = (rs, k) => rs.reduce((n, r) => n + (typeof r[k] === 'number' ? r[k] : 0), 0);
for (const r of rows) {
  lines.push(
    `| ${r.article}${r.heldOut ? ' (held out)' : ''} | ${r.title ? 'yes' : 'no'} | ${r.furniture} | ${r.recall}/${r.keyFacts} ${pct(r.recall, r.keyFacts)} | ${r.pendingRecall ?? 0} | ${r.precision}/${r.judged} ${pct(r.precision, r.judged)} | ${r.unjudged ?? '-'} | ${r.lints ? 'yes' : 'no'} | ${r.keySentences ?? '-'} | ${r.questions} | ${r.quiz10 ? 'yes' : r.enoughFacts ? 'no' : 'no (key < 10)'} | ${r.seeds10 ?? 0} | ${r.initExit === 0 ? r.initMs : `exit ${r.initExit}`} |`,
  );
}
for (const [label, rs] of [
  ['all', rows],
  ['tuned on', rows.filter((r) => !r.heldOut)],
  ['held out', rows.filter((r) => r.heldOut)],
]) {
  if (rs.length === 0) continue;
  lines.push(
    `| **${label}** | ${rs.filter((r) => r.title).length}/${rs.length} | ${sum(rs, 'furniture')} | ${sum(rs, 'recall')}/${sum(rs, 'keyFacts')} ${pct(sum(rs, 'recall'), sum(rs, 'keyFacts'))} | ${sum(rs, 'pendingRecall')} | ${sum(rs, 'precision')}/${sum(rs, 'judged')} ${pct(sum(rs, 'precision'), sum(rs, 'judged'))} | ${sum(rs, 'unjudged')} | ${rs.filter((r) => r.lints).length}/${rs.length} | ${rs.filter((r) => r.enoughFacts).length} with 10+ | ${sum(rs, 'questions')} | ${rs.filter((r) => r.quiz10 && r.enoughFacts).length}/${rs.filter((r) => r.enoughFacts).length} with 10+ (${rs.filter((r) => r.quiz10).length}/${rs.length} in all) | ${rs.filter((r) => r.enoughFacts && r.seeds10 >= 6).length}/${rs.filter((r) => r.enoughFacts).length} with 10+ on half the seeds or more | |`,
  );
}
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
if (args.includes('--verbose'))
  for (const r of rows)
    console.log(
      `\n${basename(r.article)}: title ${JSON.stringify(r.draftTitle)}\n  missed: ${(r.missed ?? []).join(' | ')}\n  wrong: ${(r.wrong ?? []).join('\n    ')}\n  furniture: ${(r.furnitureLines ?? []).join(' | ')}${r.error ? `\n  error: ${r.error}` : ''}`,
    );
