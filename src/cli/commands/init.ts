// `readquiz init ARTICLE`: drafts a bank from a new article, offline, so a teacher starts from a file that
// already loads and only has to check the guesses the comments point at.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { Document } from 'yaml';
import { sentencesOf } from '../../core/article.js';
import { draftBank, isChoiceNote, titleOf, type DraftBank, type PendingFact } from '../../core/draft/draft-bank.js';
import { GLOSSARY_ENTRY } from '../../core/draft/glossary.js';
import { slugify } from '../../core/draft/ids.js';
import { keptWrongReasons } from '../../core/draft/kept-wrong.js';
import { draftQuizRange } from '../../core/draft/question-budget.js';
import { ReadquizError } from '../../core/errors.js';
import { questionTypesForFact, thinFactNeeds } from '../../core/generate.js';
import { prepareBank } from '../../core/prepare.js';
import { isComprehension, skillOf } from '../../core/skills.js';
import type { Fact, FactKind } from '../../core/types.js';
import { bankOrThrow, parseBankText } from '../../io/parse-bank.js';
import { looksLikeHtml } from '../../io/read-html.js';
import { formatBytes, LIMITS, readTextFile } from '../../io/read-text.js';
import { holdsExactly, writeFilesAtomic } from '../../io/write-file.js';
import { renderBankYaml } from '../../render/bank-yaml.js';
import { safeYamlText } from '../../render/yaml-safe.js';
import { defineCommand, flag, text } from '../args.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../core/plural.js';

const options = defineCommand({
  name: 'init',
  operands: 'ARTICLE',
  about: `Draft a bank from an article: plain text or Markdown as you copied it from the page (paragraphs
separated by blank lines, or one line per paragraph), or a saved web page (.html, as a browser's
"Save page as" writes it; the article is taken out of the page as Reader View does, and saved next to
the bank as <id>.txt). Offline: readquiz finds the numbers (with units and words like "up to"; calendar
years, times and phone numbers are not counted), quoted words and their speakers, names (with an NLP
library) and the roles written beside them, lists of names, what people said and did. Every fact
quotes its sentence verbatim, so the draft passes 'readquiz lint' (unless no fact of it can make a question
yet: then lint says what each lacks); every guess is marked with a
'# check:' comment for you to confirm or fix. Where the words signal them it drafts more than details,
marked the same way: the lede as the main idea; causes from "because", "due to", "in order to", "caused
by", "led to", "since" and "so", and purposes ("met to discuss ..."); stances from "urged", "warned",
"praised"; how certain the article is where it leaves a question open ("It remains to be seen whether ...")
or hedges a claim ("is thought to have ..."); events when three or more fall at different times the article
dates (against its date line for "on Monday"); the words a learner's page defines under "Words in This
Story" as vocabulary questions. Drafts that make no question yet (the
main idea, whose wrong summaries are yours to write; a cause without wrong
reasons, unless its reason is a clause it can be asked true or false with cause and effect turned round; a
position when no other person has one; a quote when no one else is quoted, or whose speaker no attribution names; a number whose count
names no one figure) wait commented out at the end of the file, each saying what it needs. On stderr: how
many questions a quiz of the draft can hold (the least and the most over 12 seeds), and any drafted fact left
out because it would not load (a bug in the drafter).

Page furniture (navigation, photo captions and credits, share buttons, source lists, datelines) is left
out and listed under article.exclude; the headline is the title.

The bank's article must sit in the bank's folder: when -o puts the bank elsewhere, a copy of the
article is written next to it.`,
  options: {
    output: text({
      short: 'o',
      value: 'FILE',
      description: 'where to write the bank (default: questions/<id>.yaml, <id> from the title)',
    }),
    id: text({ value: 'ID', description: 'the bank id (default: the title in lower case with dashes)' }),
    force: flag({ description: 'overwrite the bank (and the article copy) if they exist' }),
    review: flag({ description: 'then check the guesses at once, with keys (readquiz review; needs a terminal)' }),
  },
  after: `Then:
  readquiz review questions/<id>.yaml
  readquiz lint questions/<id>.yaml
  readquiz take --bank questions/<id>.yaml`,
});

/** Opens the commented block of drafts of the comprehension kinds. */
export const PENDING_MARK = '--- Drafts to complete';

const KIND_WORDS: Record<FactKind, [string, string]> = {
  quantity: ['number', 'numbers'],
  quote: ['quote', 'quotes'],
  set: ['list of names', 'lists of names'],
  role: ['role', 'roles'],
  action: ['action', 'actions'],
  statement: ['statement', 'statements'],
  'main-idea': ['main idea', 'main ideas'],
  cause: ['cause', 'causes'],
  event: ['event', 'events'],
  stance: ['stance', 'stances'],
  inference: ['inference', 'inferences'],
  vocabulary: ['word', 'words'],
  written: ['written question', 'written questions'],
};

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = options.parse(args);
    if (p.positionals.length === 0)
      throw new ReadquizError(
        "readquiz init: expected the article's file, e.g. 'readquiz init article.txt' (see 'readquiz init --help')",
      );
    if (p.positionals.length > 1)
      throw new ReadquizError(
        `readquiz init: expected one article, got ${p.positionals.length} (${p.positionals.join(', ')})`,
      );
    const force = p.values.force;
    // --review needs a terminal: say so before anything is written.
    if (p.values.review && (await import('./review.js')).refuseWithoutTerminal(io)) return EXIT.badInput;
    const articleArg = p.positionals[0]!;
    const articlePath = resolve(io.cwd, articleArg);
    let text: string;
    try {
      text = readTextFile(articlePath, LIMITS.articleBytes, 'article');
    } catch (err) {
      // Show the path as the user typed it.
      throw err instanceof ReadquizError && err.file === articlePath ? err.at({ file: articleArg }) : err;
    }
    // A saved web page: the article is taken out of it, and that text is what the bank reads.
    // A file named .html that holds plain text is read as text.
    const isHtml =
      looksLikeHtml(text) || (/\.x?html?$/i.test(articlePath) && /<(?:p|div|body|article|h1)\b[^>]*>/i.test(text));
    // The page's address and date, when its markup gives them, go to article.url and article.published.
    let page: { url?: string; published?: string } = {};
    if (isHtml) {
      const { extractHtmlArticle } = await import('../../io/read-html.js');
      const extracted = await extractHtmlArticle(text);
      text = extracted.text;
      page = {
        ...(extracted.url ? { url: extracted.url } : {}),
        ...(extracted.date ? { published: extracted.date } : {}),
      };
    }
    if (!/\p{L}/u.test(text))
      throw new ReadquizError(
        'article is empty; expected the text of an article: a title line, a blank line, then paragraphs',
        { file: articleArg },
      );
    const title = titleOf(text);
    const id = p.values.id ?? (slugify(title, 60) || slugify(basename(articleArg, extname(articleArg))) || 'article');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || id.length > 80)
      throw new ReadquizError(
        `readquiz init: --id '${id}' is not valid; expected lower-case letters, digits and dashes`,
      );

    const outArg = p.values.output ?? join('questions', `${id}.yaml`);
    const out = resolve(io.cwd, outArg);
    if (!/\.ya?ml$/i.test(out))
      throw new ReadquizError(`readquiz init: -o '${outArg}' should end in .yaml, so readquiz reads it as a bank path`);
    if (out === articlePath)
      throw new ReadquizError('the bank would overwrite the article; choose another file with -o', { file: outArg });
    if (existsSync(out) && !force)
      throw new ReadquizError(
        'a bank already exists here; pass --force to overwrite it, or choose another file with -o',
        { file: outArg },
      );

    // The bank's article must live in the bank's folder: point at it when it is there, else copy it.
    const outDir = dirname(out);
    let articleFile = isHtml ? `${basename(articlePath, extname(articlePath))}.txt` : basename(articlePath);
    let copyTo: string | undefined;
    if (isHtml || resolve(outDir) !== dirname(articlePath)) {
      const target = join(outDir, articleFile);
      if (existsSync(target)) {
        // Compared without reading whatever sits there: a pipe or a link to /dev/zero is never opened.
        const same = holdsExactly(target, text);
        if (!same && !force) {
          throw new ReadquizError(
            `a different file named ${articleFile} is already next to the bank; pass --force to overwrite it, or choose another folder with -o`,
            { file: shown(io, target) },
          );
        }
        if (!same) copyTo = target;
      } else copyTo = target;
    }
    articleFile = basename(copyTo ?? join(outDir, articleFile));
    if (copyTo && resolve(copyTo) === out)
      throw new ReadquizError(
        `the article's copy would be written over the bank; rename the article or choose another file with -o`,
        { file: outArg },
      );

    // The NLP library loads here, for init alone.
    const { loadCommonWords, loadNameTagger, loadPartOfSpeech, loadVerbBase } = await import('../../io/nlp.js');
    const nameTagger = await loadNameTagger();
    const verbBase = await loadVerbBase();
    const commonWord = await loadCommonWords();
    const partOfSpeech = await loadPartOfSpeech();
    // The options every draft of this article is made with; each redraft adds what it leaves out.
    const drafting = { articleFile, id, nameTagger, verbBase, commonWord, partOfSpeech, ...page };
    let draft = draftBank(text, drafting);
    if (draft.bank.facts.length === 0) {
      // Paragraphs with nothing the drafter can keep (a short piece of one voice, say) are not a layout problem.
      const waiting = draft.pending?.length ?? 0;
      // Say which kinds wait: "such as who spoke" misled a teacher whose six drafts were numbers and a main idea
      // (retrial 254).
      throw new ReadquizError(
        waiting > 0
          ? `drafted no fact complete enough to load (${waiting} ${waiting === 1 ? 'draft needs' : 'drafts need'} words the article does not give: ${pendingKinds(draft)}); write the bank by hand (docs/bank-format.md)`
          : isHtml
            ? 'found no article in the page (no paragraphs of text outside its menus); save the page again once its article has loaded, or copy the article into a .txt file'
            : 'found no paragraph to draft facts from; expected the title on the first line, then paragraphs separated by blank lines',
        { file: articleArg },
      );
    }
    const header = [
      `Drafted by 'readquiz init' from ${basename(articlePath)}. A draft, not a finished bank:`,
      "confirm or fix every '# check:' comment (then delete it), remove facts not worth asking,",
      `and run 'readquiz lint ${outArg}'. Field reference: docs/bank-format.md`,
    ];
    let yaml = renderBankYaml(draft, { header }) + pendingBlock(draft);
    // A bank readquiz would refuse to load is no draft: keep the article's first facts until it fits.
    const budget = Math.floor(LIMITS.bankBytes * 0.9);
    // The cap on facts the size budget sets (none until it must); drafting again without thin facts keeps it.
    let factCap: number | undefined;
    while (Buffer.byteLength(yaml) > budget && draft.bank.facts.length > 1) {
      const keep = Math.max(1, Math.floor((draft.bank.facts.length * budget * 0.9) / Buffer.byteLength(yaml)));
      factCap = keep;
      draft = draftBank(text, { ...drafting, maxFacts: keep });
      yaml = renderBankYaml(draft, { header }) + pendingBlock(draft);
    }
    // The draft must load; if it does not, that is a bug in the drafter, not the user's article. A fact
    // that would not load is left out, and said so, rather than leave the teacher with no draft at all
    // (trial 27's one bad claim cost the whole draft); anything else is an internal error.
    let parsed = parseBankText(yaml, outArg, () => text);
    let errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    const unloadable = new Set<string>();
    for (let round = 0; round < 3 && errors.length > 0; round++) {
      const ids = errors.map((e) =>
        e.path?.[0] === 'facts' && typeof e.path[1] === 'number' ? draft.bank.facts[e.path[1]]?.id : undefined,
      );
      if (ids.some((x) => x === undefined)) break;
      for (const x of ids) unloadable.add(x!);
      draft = draftBank(text, { ...drafting, maxFacts: factCap, dropFactIds: unloadable });
      yaml = renderBankYaml(draft, { header }) + pendingBlock(draft);
      parsed = parseBankText(yaml, outArg, () => text);
      errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    }
    if (errors.length > 0)
      throw new Error(
        `the drafted bank does not load: ${errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('; ')}`,
      );

    // Prepared once per draft: asking each fact about a plain bank would prepare the whole bank per fact.
    let bank = prepareBank(bankOrThrow(parsed));
    // A fact that can make no question would fail lint: draft again without it. Leaving one out can leave
    // another without the wrong options it drew from it (a quote's other speakers), so until none is left.
    // Each such fact waits in the commented block with what it lacks, so the author can complete it rather
    // than find it again.
    const thin = new Set<string>();
    const keptWrong = new Map<string, string[]>();
    const waiting: NonNullable<DraftBank['pending']> = [];
    // When no fact would be left, they all stay: a bank needs one fact to load, and lint then says what each
    // lacks (a short article of one voice, say), rather than init refusing the article.
    let allThin = false;
    for (let round = 0; round < 10; round++) {
      const more = bank.facts.filter((f) => questionTypesForFact(bank, f).length === 0);
      if (more.length === 0) break;
      if (more.length === bank.facts.length) {
        allThin = true;
        break;
      }
      for (const f of more) {
        thin.add(f.id);
        waiting.push({ fact: f as unknown as PendingFact, notes: [...notesOf(draft, f.id), thinFactNeeds(bank, f)] });
      }
      for (const [id, wrong] of keptWrongReasons(bank, more)) keptWrong.set(id, wrong);
      draft = draftBank(text, {
        ...drafting,
        // The cap counts facts before the thin ones leave: a cap of what is left would cut kept facts.
        maxFacts: factCap,
        dropFactIds: new Set([...thin, ...unloadable]),
        keptWrong,
      });
      // A new draft's own commented block holds only main ideas and kinds the schema refuses: a thin fact left
      // out by dropFactIds is never among them, so the two lists do not overlap.
      draft = { ...draft, pending: [...(draft.pending ?? []), ...waiting] };
      yaml = renderBankYaml(draft, { header }) + pendingBlock(draft);
      bank = prepareBank(bankOrThrow(parseBankText(yaml, outArg, () => text)));
    }
    // A quotation's later sentence waits saying its first is drafted; when that one left as too thin too (a story of
    // one voice), the note says what the words lack instead (retrial 349 was told to ask it as a quote, which lint
    // refuses).
    if (thin.size > 0 && draft.pending) {
      const voiced = new Set(bank.facts.flatMap((f) => (f.kind === 'quote' ? [f.speaker] : [])));
      draft = {
        ...draft,
        pending: draft.pending.map((p) =>
          p.fact.kind === 'quote' && !voiced.has(p.fact.speaker) && p.notes.some(isChoiceNote)
            ? {
                ...p,
                notes: [
                  ...p.notes.filter((n) => !isChoiceNote(n)),
                  thinFactNeeds(bank, p.fact as unknown as (typeof bank.facts)[number]),
                ],
              }
            : p,
        ),
      };
      yaml = renderBankYaml(draft, { header }) + pendingBlock(draft);
    }
    const { least: questions, most, seeds } = draftQuizRange(bank);
    const sentenceCount = sentencesOf(bank.articleText).length;
    // The bank and the article's copy are one output: both are written, or neither.
    writeFilesAtomic([...(copyTo ? [{ file: copyTo, data: text }] : []), { file: out, data: yaml }], {
      force,
      mkdirs: true,
    });
    if (copyTo) {
      io.stderr.write(
        isHtml
          ? `readquiz init: wrote the article, as read from the page, to ${shown(io, copyTo)}\n`
          : `readquiz init: copied the article to ${shown(io, copyTo)} (a bank's article must sit in its folder)\n`,
      );
    }

    const kinds = (Object.keys(KIND_WORDS) as FactKind[]).filter((k) => draft.counts[k] > 0);
    const listed = kinds.map((k) => `${draft.counts[k]} ${KIND_WORDS[k][draft.counts[k] === 1 ? 0 : 1]}`).join(', ');
    const excluded = draft.bank.article.exclude?.length ?? 0;
    // Lines left out that read as a story's paragraphs (a sentence of eight words or more), not a menu's items.
    // A glossary's entries and a site's calls to readers read as sentences too, but are the page's.
    const storyLike = (draft.bank.article.exclude ?? []).filter(
      (l) =>
        /[.!?]["”’)]*$/.test(l.trim()) &&
        l.trim().split(/\s+/).length >= 8 &&
        !GLOSSARY_ENTRY.test(l) &&
        !/\b(?:comments? section|write to us|we want to hear|your turn|start the quiz|this story)\b/i.test(l),
    ).length;
    const lines = [
      `readquiz init: wrote ${outArg}: ${plural(draft.bank.facts.length, 'fact')} (${listed}) about ${plural(draft.bank.entities.length, 'name')}`,
      `  ${plural(draft.notes.length, 'guess', 'guesses')} to check: readquiz review ${shellArg(outArg)} walks through them with keys (or search the file for '# check:'${draft.pending?.length ? '; the drafts at the end carry their own' : ''})`,
      ...(allThin
        ? [`  no fact of this draft makes a question yet: 'readquiz lint ${shellArg(outArg)}' says what each one needs`]
        : []),
      // A paste that began at the lede (trial 302): the bank's title is its article's first line, so the lede went.
      ...(draft.noHeadline
        ? [
            `  found no headline above the story, so the title is ${draft.noHeadline === 'lede' ? `its first sentence, "${draft.bank.title}"` : draft.noHeadline === 'date' ? `its date line "${draft.bank.title}"` : `the site's line "${draft.bank.title}"`}: put the headline on the article's first line and run init again`,
          ]
        : []),
      // A range over the seeds init tried: a teacher's seed may fall outside it (retrial 322's d1 made 7 of "8 to 11").
      `  a quiz of this draft holds ${most > questions ? `${questions} to ${most} questions (no sentence asked twice; ${seeds} seeds tried, another may differ)` : `${plural(questions, 'question')} (no sentence asked twice)`}` +
        (questions >= 10
          ? ''
          : // A picture page of four sentences cannot make ten whatever is added (trial 237 wrote eight facts to learn it).
            // Nine sentences can make ten: the main idea's question may sit beside one on its sentence (retrial 303).
            sentenceCount < 9
            ? `; the article has ${plural(sentenceCount, 'sentence')}, and a quiz asks each once (one more question may sit beside a main idea's summary), so no quiz of it reaches 10`
            : `; fewer than 10: add facts by hand before giving it to a class (see docs/bank-format.md)`),
      // Five teachers of the nineteenth session's trials asked why no reason or event was drafted: say so here.
      // Not "the article gave no sign": teachers read that as blaming an article full of reasons (retrials 214, 223).
      ...(!allThin && !bank.facts.some((f) => isComprehension(skillOf(f)))
        ? [
            (draft.pending ?? []).some((p) => isComprehension(skillOf(p.fact as Fact)))
              ? `  every fact above asks a detail: complete the ${waitingSkills(draft)} drafted at the end, or write one or two by hand (docs/bank-format.md)`
              : `  every fact asks a detail: init drafted no reason, order of events, stance or open question from this article; write one or two by hand (docs/bank-format.md)`,
          ]
        : []),
      ...(draft.pending?.length
        ? [
            `  ${plural(draft.pending.length, 'draft')} at the end of the file ${draft.pending.length === 1 ? 'makes' : 'make'} no question yet (${pendingKinds(draft)}): each says what it needs`,
          ]
        : []),
      // Retrial 334 missed the 3.9% it had asked before: a figure the headline gives is left out, and the author is told.
      ...(draft.headlineFigures?.length
        ? [
            `  ${plural(draft.headlineFigures.length, 'figure')} of the story not asked (${draft.headlineFigures.join(', ')}): the headline gives ${draft.headlineFigures.length === 1 ? 'it' : 'them'}, and the title is printed above a quiz`,
          ]
        : []),
      ...(draft.cutEnd
        ? [
            `  the copy ends mid-sentence ("... ${draft.cutEnd.split(/\s+/).slice(-6).join(' ')}"): nothing was drafted from that line; paste the rest of the article if you have it`,
          ]
        : []),
      ...(draft.dropped > 0
        ? [
            `  ${draft.dropped} more facts found later in the article were left out, to keep the bank under ${formatBytes(budget)}`,
          ]
        : []),
      ...(excluded > 0
        ? [
            `  ${plural(excluded, 'line')} left out as page furniture (article.exclude)` +
              // Trial 297's draft kept one sentence of a page whose story a misread sign-off had cut away, and said so
              // only in passing: more lines left out than sentences kept is worth checking first.
              (storyLike > sentenceCount && sentenceCount < 10
                ? `: ${storyLike} of them read as sentences, more than the ${plural(sentenceCount, 'sentence')} kept; check that none is the story's`
                : ''),
          ]
        : []),
      ...(unloadable.size > 0
        ? [
            `  ${plural(unloadable.size, 'drafted fact')} left out because ${unloadable.size === 1 ? 'it' : 'they'} would not load (${[...unloadable].join(', ')}): a bug in the drafter, please report it`,
          ]
        : []),
      'Next:',
      `  readquiz lint ${shellArg(outArg)}`,
      `  readquiz take --bank ${shellArg(outArg)}`,
      '',
    ];
    io.stderr.write(lines.join('\n'));
    if (p.values.review) return (await import('./review.js')).reviewFile(out, outArg, io);
    return EXIT.ok;
  },
};

/** What the commented drafts beyond detail are, as a reader says it: "main idea and reasons" (trial 231 was promised stances). */
function waitingSkills(draft: DraftBank): string {
  const words: Partial<Record<FactKind, string>> = {
    'main-idea': 'main idea',
    cause: 'reasons',
    event: 'events',
    stance: 'stances',
    inference: 'inferences',
    vocabulary: 'words',
  };
  const kinds = [...new Set((draft.pending ?? []).map((p) => p.fact.kind as FactKind))].filter((k) => words[k]);
  const said = kinds.map((k) => words[k]!);
  return said.length <= 1 ? (said[0] ?? 'drafts') : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
}

/** "2 quotes, 1 cause": the kinds of the commented drafts. */
function pendingKinds(draft: DraftBank): string {
  const n = new Map<string, number>();
  for (const p of draft.pending ?? []) n.set(p.fact.kind, (n.get(p.fact.kind) ?? 0) + 1);
  return [...n].map(([k, c]) => `${c} ${k}`).join(', ');
}

/** The `# check:` notes the draft gave fact `id`. */
function notesOf(draft: DraftBank, id: string): string[] {
  const i = draft.bank.facts.findIndex((f) => f.id === id);
  return draft.notes.filter((n) => n.path[0] === 'facts' && n.path[1] === i).map((n) => n.note);
}

/**
 * Drafts that would not load or make no question yet, as a commented block: a main idea (its wrong summaries
 * are the author's to write), a cause without wrong reasons, a quote with too few other speakers to ask who said it. Each
 * needs what only the author can write, so the bank loads as it is and the author completes them and moves
 * them into `facts`; each says what it lacks.
 */
function pendingBlock(draft: DraftBank): string {
  const pending = draft.pending ?? [];
  if (pending.length === 0) return '';
  const items = pending.map((p) => {
    // Through the same writer as the bank: DEL, C1 and bidi controls escaped, here as everywhere in the file.
    const body = safeYamlText(new Document([p.fact]), { lineWidth: 0 }).trimEnd();
    return [...p.notes.map((n) => `check: ${n}`), ...body.split('\n')];
  });
  const lines = [
    '',
    // One line: the block below it is the drafts alone, as YAML once the "# " is taken off.
    `${PENDING_MARK}: each makes no question yet; add what its notes ask, then move it into facts: above (remove the leading "# ").`,
    ...items.flatMap((l) => ['', ...l]),
  ];
  return `${lines.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}

/** A path the user can paste into a shell as it is. */
function shellArg(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** A path as short as the user would type it: relative to the working folder when inside it. */
function shown(io: CliIo, file: string): string {
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
