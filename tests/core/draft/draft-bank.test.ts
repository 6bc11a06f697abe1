import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { trimClaim } from '../../../src/core/draft/sentence-reading.js';
import { draftQuizRange } from '../../../src/core/draft/question-budget.js';
import { generateQuiz } from '../../../src/core/generate.js';
import { foldForMatch } from '../../../src/core/text.js';
import type { Bank, Entity, Fact } from '../../../src/core/types.js';
import { parseBankFile, parseBankText } from '../../../src/io/parse-bank.js';
import { renderBankYaml } from '../../../src/render/bank-yaml.js';
import { testSize } from '../../helpers/test-size.js';

const root = join(import.meta.dirname, '..', '..', '..');
const builtinArticle = readFileSync(join(root, 'questions', 'biden-ukraine.txt'), 'utf8');
const handBankFile = join(root, 'questions', 'biden-ukraine.yaml');
const fixtures = join(root, 'tests', 'fixtures', 'articles');
const riverside = readFileSync(join(fixtures, 'riverside-footbridge.md'), 'utf8');

/** Drafts, renders to YAML and loads it back the way `readquiz lint` would. */
function draftAndLoad(text: string, articleFile = 'article.txt') {
  const draft = draftBank(text, { articleFile });
  const yaml = renderBankYaml(draft);
  const parsed = parseBankText(yaml, 'draft.yaml', () => text);
  return { draft, yaml, parsed };
}

const names = (e: Entity) =>
  [e.name, ...(e.aliases ?? [])].map((n) => foldForMatch(n).toLowerCase().replace(/^the /, ''));
/** Two banks' entities are the same thing when a name or alias of one is a name or alias of the other ("the" aside). */
function sameEntity(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b) return false;
  const nb = names(b);
  return names(a).some((n) => nb.includes(n));
}

describe('draftBank on the built-in article', () => {
  const { draft, parsed } = draftAndLoad(builtinArticle);

  it('loads with no schema, reference or evidence errors', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.bank).toBeDefined();
  });

  it('leaves the page furniture out and lists it in article.exclude', () => {
    expect(draft.bank.article.exclude).toEqual([
      '© KEYSTONE/EPA/MICHAEL REYNOLDS / POOL',
      'Leave a Comment',
      'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    ]);
    const sentences = parsed.bank!.articleText.blocks.flatMap((b) => b.sentences ?? []);
    expect(sentences.some((s) => /Akismet|Leave a Comment/.test(s))).toBe(false);
  });

  it('resolves "the German Chancellor" and "He" to the people the article named', () => {
    const byId = new Map(draft.bank.entities.map((e) => [e.id, e]));
    const quote = (text: string) =>
      draft.bank.facts.find((f): f is Extract<Fact, { kind: 'quote' }> => f.kind === 'quote' && f.text === text);
    expect(byId.get(quote('very heavy consequences')!.speaker)!.name).toBe('Olaf Scholz');
    expect(byId.get(quote('total unanimity')!.speaker)!.name).toBe('Joe Biden');
    expect(byId.get(quote('dramatize')!.speaker)!.name).toBe('Josep Borrell');
    expect(byId.get(quote('hysteria')!.speaker)!.name).toBe('Moscow');
  });

  it('drafts what an opening name did as an action, skipping a parenthetical', () => {
    const actions = draft.bank.facts
      .filter((f) => f.kind === 'action')
      .map((f) => f.kind === 'action' && [f.actor, f.action]);
    expect(actions).toContainEqual([
      'russia',
      expect.stringMatching(/^demands a written commitment on the non-enlargement of NATO to Ukraine and Georgia/),
    ]);
    expect(actions).toContainEqual([
      'nato',
      expect.stringMatching(/^has announced that it is placing forces on standby/),
    ]);
  });

  it('marks every guess: each quote, quantity, set and role has a check note', () => {
    draft.bank.facts.forEach((f, i) => {
      if (f.kind === 'statement') return;
      expect(
        draft.notes.some((n) => n.path[0] === 'facts' && n.path[1] === i),
        f.id,
      ).toBe(true);
    });
  });

  it.skipIf(!existsSync(handBankFile))(
    'recovers at least 80% of the hand-written bank: numbers, quotes with speakers, participants',
    () => {
      const loaded = parseBankFile(handBankFile);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const hand = loaded.bank!;
      const mine = parsed.bank!;
      const recall = measureRecall(hand, mine);
      console.log(
        [
          'draft recall vs questions/biden-ukraine.yaml:',
          `  numbers              ${fmt(recall.numbers)}`,
          `  quotes with speakers ${fmt(recall.quotes)}`,
          `  participants         ${fmt(recall.participants)}`,
          `  all listed names     ${fmt(recall.listed)}`,
        ].join('\n'),
      );
      expect(recall.numbers.total).toBeGreaterThan(0);
      expect(recall.quotes.total).toBeGreaterThan(0);
      expect(recall.participants.total).toBeGreaterThan(0);
      expect(ratio(recall.numbers)).toBeGreaterThanOrEqual(0.8);
      expect(ratio(recall.quotes)).toBeGreaterThanOrEqual(0.8);
      expect(ratio(recall.participants)).toBeGreaterThanOrEqual(0.8);
      expect(ratio(recall.listed)).toBeGreaterThanOrEqual(0.8);
    },
  );

  it.skipIf(!existsSync(handBankFile))(
    'the recall measure fails a draft with wrong speakers or numbers (it is not vacuous)',
    () => {
      const hand = parseBankFile(handBankFile).bank!;
      const mine = parsed.bank!;
      const broken: Bank = {
        ...mine,
        facts: mine.facts.map((f) =>
          f.kind === 'quote' ? { ...f, speaker: 'nato' } : f.kind === 'quantity' ? { ...f, value: f.value + 1 } : f,
        ),
      };
      const recall = measureRecall(hand, broken);
      expect(ratio(recall.numbers)).toBe(0);
      expect(ratio(recall.quotes)).toBeLessThan(0.2);
    },
  );
});

interface Score {
  found: number;
  total: number;
  missed: string[];
}
const ratio = (s: Score) => s.found / s.total;
const fmt = (s: Score) =>
  `${s.found}/${s.total} (${Math.round(ratio(s) * 100)}%)${s.missed.length ? ` missed: ${s.missed.join('; ')}` : ''}`;

/**
 * "Participants": the people at the meeting. The hand-written bank asks who took part with a question of its
 * own (a written fact) rather than a set: they are the people it names in that question's sentence.
 */
function participantsOf(bank: Bank): { evidence: string; members: string[] } | undefined {
  const asked = bank.facts.find((f) => f.kind === 'written' && /who took part/i.test(f.prompt));
  if (!asked) return undefined;
  const sentence = foldForMatch(asked.evidence).toLowerCase();
  const named = (e: Entity) =>
    e.kind === 'person' && [e.name, ...(e.aliases ?? [])].some((n) => sentence.includes(foldForMatch(n).toLowerCase()));
  return { evidence: asked.evidence, members: bank.entities.filter(named).map((e) => e.id) };
}

function measureRecall(hand: Bank, mine: Bank) {
  const entity = (bank: Bank, id: string) => bank.entities.find((e) => e.id === id);
  const score = (): Score => ({ found: 0, total: 0, missed: [] });
  const numbers = score();
  const quotes = score();
  const participants = score();
  const listed = score();
  const same = (a: string, b: string) => foldForMatch(a) === foldForMatch(b);
  // A list of names the draft should have read from a sentence: its set from that sentence sharing the most.
  const listed1 = (evidence: string, members: string[], scores: Score[], label: string) => {
    const sets = mine.facts.filter(
      (m): m is Extract<Fact, { kind: 'set' }> => m.kind === 'set' && same(m.evidence, evidence),
    );
    const overlap = (m: (typeof sets)[number]) =>
      members.filter((h) => m.members.some((x) => sameEntity(entity(mine, x), entity(hand, h)))).length;
    const best = sets.sort((a, b) => overlap(b) - overlap(a))[0];
    for (const h of members) {
      const hit = Boolean(best && best.members.some((x) => sameEntity(entity(mine, x), entity(hand, h))));
      for (const sc of scores) {
        sc.total++;
        if (hit) sc.found++;
        else sc.missed.push(`${label}: ${h}`);
      }
    }
  };
  const people = participantsOf(hand);
  if (people) listed1(people.evidence, people.members, [participants, listed], 'participants');
  for (const f of hand.facts) {
    // Years are no quantities to the drafter (README: "years ... are not quantities"); the hand bank asks one.
    if (f.kind === 'quantity' && f.unit !== 'year') {
      numbers.total++;
      if (mine.facts.some((m) => m.kind === 'quantity' && m.value === f.value && same(m.evidence, f.evidence)))
        numbers.found++;
      else numbers.missed.push(`${f.id} (${f.value} ${f.unit})`);
    }
    if (f.kind === 'quote') {
      quotes.total++;
      const want = foldForMatch(f.text).toLowerCase();
      const hit = mine.facts.some((m) => {
        if (m.kind !== 'quote') return false;
        const got = foldForMatch(m.text).toLowerCase();
        return (
          (got.includes(want) || want.includes(got)) && sameEntity(entity(mine, m.speaker), entity(hand, f.speaker))
        );
      });
      if (hit) quotes.found++;
      else quotes.missed.push(`${f.id} ("${f.text}" by ${f.speaker})`);
    }
    // The draft set from the same sentence that shares the most members stands for this one.
    if (f.kind === 'set') listed1(f.evidence, f.members, [listed], f.id);
  }
  return { numbers, quotes, participants, listed };
}

describe('draftBank on an article of another shape (Markdown local news)', () => {
  const { draft, yaml, parsed } = draftAndLoad(riverside, 'riverside-footbridge.md');

  it('lints: no schema errors, every evidence sentence found verbatim', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('takes the title from the "# " line and drops the furniture', () => {
    expect(draft.bank.title).toBe('Riverside council approves new footbridge after long wait');
    expect(draft.bank.id).toBe('riverside-council-approves-new-footbridge-after-long-wait');
    // The byline is metadata, not article text: it is left out with the furniture.
    expect(draft.bank.article.exclude).toEqual([
      '*By Dana Whitfield, local affairs reporter*',
      'Photo: The old crossing at Mill Lane. © Riverside Gazette',
      'Share this',
      'Read more: Riverside budget hearing draws record crowd',
      'We use cookies to improve your experience. Accept all cookies',
    ]);
  });

  it('drafts the list of names as a set, straight-quoted words with their speaker, and hedged numbers', () => {
    const set = draft.bank.facts.find((f) => f.kind === 'set');
    expect(set).toMatchObject({
      about: 'presented the plan at the meeting',
      members: ['linda-ortiz', 'raj-patel', 'helen-brooks', 'tom-akers'],
    });
    expect(
      draft.bank.facts
        .filter((f) => f.kind === 'quote')
        .map((f) => [f.kind === 'quote' && f.speaker, f.kind === 'quote' && f.text]),
    ).toEqual([
      ['linda-ortiz', 'This bridge connects two halves of our town that have been cut off for too long'],
      ['tom-akers', 'far too high for a town of our size'],
    ]);
    const q = (value: number) => draft.bank.facts.find((f) => f.kind === 'quantity' && f.value === value);
    expect(q(2_400_000)).toMatchObject({ unit: 'dollars', precision: 'about' });
    expect(q(8)).toMatchObject({ unit: 'minutes', precision: 'up to', text: 'eight' });
    expect(q(68)).toMatchObject({ unit: 'percent' });
  });

  it('after the fixes its comments ask for, makes a quiz; the fixed bank differs from the draft in few lines', () => {
    const fixedFile = join(fixtures, 'riverside-footbridge.fixed.yaml');
    const fixed = parseBankFile(fixedFile);
    expect(fixed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // As many as init reports (no article sentence asked twice). Below the default 10: of the article's 11
    // sentences, the two quotations make no question (under four speakers to choose from, no one- or
    // two-word quote) and the January meeting holds no fact; init says so and asks for facts by hand.
    // (The draft's main idea has one wrong summary only, so init leaves it commented out; not moved in here. The
    // author asks no job title: the draft drafts none.)
    const most = draftQuizRange(fixed.bank!).least;
    expect(most).toBeGreaterThanOrEqual(7);
    const quiz = generateQuiz(fixed.bank!, { seed: 'riverside', count: most });
    expect(quiz.questions).toHaveLength(most);
    expect(new Set(quiz.questions.map((q) => q.factKind)).size).toBeGreaterThanOrEqual(3);

    const content = (t: string) => t.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    const a = content(yaml);
    const b = content(readFileSync(fixedFile, 'utf8'));
    const kept = lcs(a, b);
    const written = b.length - kept;
    const deleted = a.length - kept;
    console.log(
      `riverside draft -> fixed: the author rewrote or added ${written} and deleted ${deleted} of the draft's ${a.length} lines (comments aside)`,
    );
    // The lines of the finished bank the author wrote (a share of the bank's 140-odd lines), and the share of the draft
    // the author deleted.
    expect(written).toBeLessThanOrEqual(22);
    expect(deleted / a.length).toBeLessThan(0.15);
  });

  it('the draft itself makes a quiz too', () => {
    const most = draftQuizRange(parsed.bank!).least;
    expect(most).toBeGreaterThanOrEqual(8);
    const quiz = generateQuiz(parsed.bank!, { seed: 'draft', count: most });
    expect(quiz.questions).toHaveLength(most);
  });
});

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    prev = cur;
  }
  return prev[b.length]!;
}

describe('draftBank on quotations over several sentences', () => {
  const text = [
    'Library reopens after flood',
    '',
    'The city library reopened on Monday after a flood closed it for 41 days.',
    '',
    '“We lost about 3,000 books. The children’s section was hit hardest. But we are back,” said head librarian Maria Chen.',
    '',
  ].join('\n');
  const { draft, parsed } = draftAndLoad(text);

  it('gives the quotation the speaker named after it, asked from its first sentence, and still lints', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const quotes = draft.bank.facts.filter((f) => f.kind === 'quote');
    expect(quotes.map((q) => q.kind === 'quote' && [q.text, q.speaker])).toEqual([
      ['We lost about 3,000 books', 'maria-chen'],
    ]);
    // A later sentence waits, saying why; the one leaning on it ("But ...") is no thought of its own.
    const waiting = (draft.pending ?? []).filter((p) => p.fact.kind === 'quote');
    expect(waiting.map((p) => p.fact.kind === 'quote' && [p.fact.text, p.fact.speaker])).toEqual([
      ['The children’s section was hit hardest', 'maria-chen'],
    ]);
    expect(waiting[0]!.notes.join(' ')).toMatch(/only one is drafted, its first statement/);
    expect(draft.bank.entities.find((e) => e.id === 'maria-chen')).toMatchObject({
      kind: 'person',
      role: 'head librarian',
    });
  });
});

describe('draftBank: what a reader would ask, and what not', () => {
  const article = (...paragraphs: string[]) => ['Harbour report', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const factsOf = (text: string) => draftBank(text, { articleFile: 'a.txt' }).bank;
  const speakerOf = (bank: Bank | ReturnType<typeof factsOf>, words: string) => {
    const q = bank.facts.find((f) => f.kind === 'quote' && f.text.includes(words));
    return q?.kind === 'quote' ? bank.entities.find((e) => e.id === q.speaker)?.name : undefined;
  };

  it('gives a quote to the one who told it, not to whom it was told', () => {
    const bank = factsOf(
      article(
        'The port reopened on Monday after a storm.',
        'As harbour master Colette Heald told The Harbour Times, "The cranes were never at risk of falling over."',
      ),
    );
    expect(speakerOf(bank, 'cranes were never')).toBe('Colette Heald');
  });

  it('reads "she said" as the person named last, not the organisation the sentence before opened with', () => {
    const bank = factsOf(
      article(
        'Port Authority spokeswoman Sujata Raisinghani told reporters the cranes would be checked.',
        '"We take crane safety seriously," she said.',
      ),
    );
    expect(speakerOf(bank, 'crane safety')).toBe('Sujata Raisinghani');
  });

  it('gives words to the one quoted ("quoting X"), not to the agency that reported them', () => {
    const bank = factsOf(
      article(
        'According to the Harbour News Agency, quoting the Port Authority, the harbour is in a "state of alert" for the week.',
      ),
    );
    expect(speakerOf(bank, 'state of alert')).toMatch(/^(?:the )?Port Authority$/);
  });

  it('takes no phrase named by a preposition ("stored in "approved cabinets"") for speech', () => {
    const bank = factsOf(
      article(
        'Minister Paul Ortiz asked officials how papers meant to be stored in "approved security cabinets" were lost.',
      ),
    );
    expect(bank.facts.filter((f) => f.kind === 'quote')).toEqual([]);
  });

  it('drafts no action without a doer: passives and states make statements or nothing', () => {
    const bank = factsOf(
      article(
        'The Harbour Queen was lost at sea on February 1, 2003.',
        'The Northern Reserve spans 52,160 acres of the southern coast.',
        'The Port Authority opened a new terminal on Monday.',
      ),
    );
    const actions = bank.facts.flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(actions).toEqual(['opened a new terminal on Monday']);
  });

  it('asks a figure once, where the article first gives it', () => {
    const bank = factsOf(
      article(
        'The port gave ships 48 hours to leave the harbour.',
        'Captains said 48 hours was too little time for the ships to refuel.',
      ),
    );
    expect(bank.facts.filter((f) => f.kind === 'quantity' && f.value === 48)).toHaveLength(1);
  });

  it('makes no true/false by swapping who reported a claim, or one name of a list, or from a sentence opening with a pronoun', () => {
    const bank = factsOf(
      article(
        'The Harbour Office opened a new pier on Monday.',
        'According to the Port Authority, the harbour was busier in May than in any month before.',
        'She also said that the Port Authority would hire more pilots for the harbour next year.',
        'The busiest users of the harbour were Maersk, Evergreen, Cosco and the Harbour Office in the year before.',
      ),
    );
    const statements = bank.facts.flatMap((f) => (f.kind === 'statement' ? [f] : []));
    expect(statements.map((f) => f.text)).toEqual([]);
  });

  it('reads a dateline as no name, a role beside a country or a body as no role, and "arap" as part of a name', () => {
    const bank = factsOf(
      article(
        'OSLO — The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.',
        "Dr Maathai is a member of parliament in Kenya, the country's deputy environmental minister.",
        'Her project was opposed during Daniel arap Moi’s rule.',
        'In 2002 she was elected to Parliament, and was appointed deputy minister of environment the next year.',
        'The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).',
      ),
    );
    const names = bank.entities.map((e) => `${e.name}:${e.kind}${e.role ? `:${e.role}` : ''}`);
    expect(names).not.toContainEqual(expect.stringMatching(/^OSLO/));
    expect(names).toContain('Kenya:country');
    expect(names).toContain('Daniel arap Moi:person');
    expect(names).toContainEqual(expect.stringMatching(/^Parliament:organisation$/));
    expect(names).not.toContain('US:country');
    const kronor = bank.facts.find((f) => f.kind === 'quantity' && f.value === 10_000_000);
    expect(kronor).toMatchObject({ unit: 'kronor' });
    const dollars = bank.facts.find((f) => f.kind === 'quantity' && f.value === 1_400_000);
    expect(dollars).toMatchObject({ unit: 'dollars', precision: 'about' });
  });

  it('cuts a true/false claim to its point: no opening connective, no aside, no source or second claim at the end', () => {
    expect(trimClaim('Finally, Atlantis, which flew last in July, will go on display in Florida, officials said')).toBe(
      'Atlantis will go on display in Florida',
    );
    expect(trimClaim('Malaysia and Indonesia have maintained, according to AFP, a policy of turning away boats')).toBe(
      'Malaysia and Indonesia have maintained a policy of turning away boats',
    );
    expect(trimClaim('However, the JSC will receive pilot and commander seats, although it asked for more')).toBe(
      'The JSC will receive pilot and commander seats',
    );
    expect(
      trimClaim(
        'A court ruling in August 2008 did ensure the details were available to his legal team; however, this is their first release to a wider public',
      ),
    ).toBe('A court ruling in August 2008 did ensure the details were available to his legal team');
    // What follows the second comma hangs on the aside, so the aside goes with its tail (trial 52).
    expect(
      trimClaim(
        'The tribunal scolded the impeding of fishing by China, which it deemed against the Convention (UNCLOS), signed by China in 1982',
      ),
    ).toBe('The tribunal scolded the impeding of fishing by China');
    // Too little left: the claim as written.
    expect(trimClaim('Finally, it rained, although not much')).toBe('Finally, it rained, although not much');
  });

  it('drafts no true/false on a sentence whose number is drafted, nor one over 30 words', () => {
    const bank = factsOf(
      article(
        'The Harbour Office opened a new pier on Monday.',
        'The Port Authority counted 345 ships in the harbour in May.',
        'The Port Authority, which has run the harbour since the war, said on Friday that the new pier would let larger ships dock at the northern quay without waiting for the tide to turn in the early morning.',
      ),
    );
    expect(bank.facts.filter((f) => f.kind === 'statement')).toEqual([]);
  });

  it('knows every country by name (Sierra Leone is no person)', () => {
    const bank = factsOf(
      article('The government of Sierra Leone is investigating a plan to import waste from Lebanon.'),
    );
    expect(bank.entities.find((e) => e.name === 'Sierra Leone')?.kind).toBe('country');
  });
});

describe('draftBank on any text', () => {
  const word = fc.constantFrom(
    'the',
    'council',
    'said',
    'Mayor',
    'Jane',
    'Ortiz',
    'France',
    'NATO',
    'up to',
    '8,500',
    'five',
    'days',
    'an hour and a half',
    'and',
    ',',
    'Paris',
    'Leave a Comment',
    '©',
    '“hello there”',
    '"quoted words"',
    'between 3 and 4',
    '1997',
    '45%',
    '$2 million',
    'He',
    'praised',
    '“opening words',
    'closing words,”',
    'said',
    'the White House',
    'made up of',
    'a survey of',
    'German Chancellor Olaf Scholz',
    'the German Chancellor',
    'Mill Lane',
    ', the head of',
    'Share this',
    '"',
  );
  const sentence = fc
    .array(word, { minLength: 1, maxLength: 14 })
    .map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  const article = fc
    .tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.array(paragraph, { minLength: 1, maxLength: 6 }))
    .map(([t, ps]) => `${t.replace(/\s+/g, ' ') || 'T'}\n\n${ps.join('\n\n')}\n`);

  it('always drafts a bank that loads, with unique kebab-case ids', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { draft, parsed } = draftAndLoad(text);
        if (draft.bank.facts.length === 0) return; // nothing to ask about: init reports it instead
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const ids = [...draft.bank.entities, ...draft.bank.facts].map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      }),
      { numRuns: testSize(300), seed: 7 },
    );
  });

  it('stays inside the schema whatever the article: endless sentences, long runs of capitals, too many facts', () => {
    const endless = `${Array.from({ length: 700 }, (_, i) => `${i} boats`).join(' and ')} were counted.`;
    const capitals = `${Array.from({ length: 60 }, () => 'Very Long Capitalised Name').join(' ')} said “${'word '.repeat(260)}”.`;
    const many = Array.from(
      { length: 40 },
      (_, i) => `The club sold ${i + 2} cakes and ${i + 100} pies on day ${i + 1}.`,
    ).join('\n\n');
    const text = `A headline\n\n${endless}\n\n${capitals}\n\n${many}\n`;
    const draft = draftBank(text, { articleFile: 'a.txt', maxFacts: 25 });
    // 25 kept: in facts, or waiting at the end for a question (a count pieced from a run of "and"s).
    const waiting = (draft.pending ?? []).filter((p) => p.fact.kind === 'quantity');
    expect(draft.bank.facts.length + waiting.length).toBe(25);
    expect(draft.dropped).toBeGreaterThan(0);
    // The earliest facts are the ones kept.
    expect(draft.bank.facts.some((f) => f.kind === 'quantity' && f.value === 2 && f.unit === 'cakes')).toBe(true);
    const parsed = parseBankText(renderBankYaml(draft), 'draft.yaml', () => text);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads Windows line ends and a byte-order mark like plain text', () => {
    const windows = `\uFEFF${riverside.replace(/\n/g, '\r\n')}`;
    const { draft, parsed } = draftAndLoad(windows, 'riverside-footbridge.md');
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(draft.bank).toEqual(draftBank(riverside, { articleFile: 'riverside-footbridge.md' }).bank);
  });

  it('is deterministic: the same text gives the same YAML', () => {
    expect(renderBankYaml(draftBank(riverside, { articleFile: 'a.md' }))).toBe(
      renderBankYaml(draftBank(riverside, { articleFile: 'a.md' })),
    );
  });
});

describe('draftBank: numbers and false versions a teacher keeps', () => {
  const article = (...paragraphs: string[]) => ['Robot contest', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const factsOf = (text: string) => draftBank(text, { articleFile: 'a.txt' }).bank;

  it('drafts no conversion in brackets, no "one or two", no small number word made an adjective or counting nothing', () => {
    const bank = factsOf(
      article(
        'The team travelled about 500 miles (800 km) to reach the capital.',
        'The robot scored only one or two points in its first match.',
        'The six-member team joined a three-nation alliance for the finals.',
        'Teams were arranged in groups of three for the early rounds.',
        '"Had it happened five hours earlier or four hours earlier, it would have been worse," the coach said.',
        'The coach said there were two things the team still had to learn.',
      ),
    );
    expect(bank.facts.flatMap((f) => (f.kind === 'quantity' ? [f.value] : []))).toEqual([500]);
  });

  it('makes a claim false by exchanging two names the sentence gives different parts, not two merely joined', () => {
    const bank = factsOf(
      article(
        'Hungary took part in the first round of the contest last year.',
        'This year, the European team won the contest, with the silver medal going to Poland and the bronze to Armenia.',
        'Teams from Morocco and Iran both had trouble getting their robots across the border.',
      ),
    );
    const falsify = bank.facts.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(falsify).toContainEqual({
      replace: 'Poland and the bronze to Armenia',
      with: 'Armenia and the bronze to Poland',
    });
    expect(falsify.some((x) => x.replace === 'Morocco and Iran')).toBe(false);
  });

  it('exchanges no two names that are one person twice over ("Paris\'s father, Albert Jaquier")', () => {
    const bank = factsOf(
      article(
        'Valeska Paris was born in Switzerland and moved to England as a child.',
        "Her mother spoke out after Paris's father, Albert Jaquier, lost his fortune to the group.",
      ),
    );
    const falsify = bank.facts.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(falsify.some((x) => /Albert Jaquier's father/.test(x.with))).toBe(false);
  });

  it('gives a quotation to who introduces it with a colon in the paragraph before', () => {
    const bank = factsOf(
      article(
        'Ahmed Mohamed, a 14-year-old boy from Irving, built a clock for school.',
        'US President Barack Obama tweeted using his account:',
        '"Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you."',
      ),
    );
    const speakers = bank.facts.flatMap((f) => (f.kind === 'quote' ? [f.speaker] : []));
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['barack-obama']));
    const age = bank.facts.find((f) => f.kind === 'quantity' && f.value === 14);
    expect(age).toMatchObject({ unit: 'years', counts: 'age in years of the boy from Irving' });
  });

  it('swaps no person the sentence gives a role ("Facebook co-founder Mark Zuckerberg", "Co-founder of Google, Sergey Brin,")', () => {
    const bank = factsOf(
      article(
        'Ahmed Mohamed visited the company in California last week.',
        'Facebook co-founder Mark Zuckerberg invited the boy to tour the company in California.',
        'Co-founder of Google, Sergey Brin, personally met the boy during his visit to California.',
      ),
    );
    const swaps = bank.facts.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => x.replace) : []));
    expect(swaps).not.toContain('Mark Zuckerberg');
    expect(swaps).not.toContain('Sergey Brin');
  });

  it('drafts nothing from a line that introduces a quotation, and no action cut before its verb', () => {
    const bank = factsOf(
      article(
        'The Deseret News observed that the hashtag on Twitter, #IStandWithAhmed, had become a movement.',
        'US President Barack Obama tweeted using his official account:',
        '"Cool clock, Ahmed. Want to bring it to the White House?"',
      ),
    );
    const actions = bank.facts.flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(actions).not.toContain('observed that the hashtag on Twitter');
    expect(actions.some((a) => a.endsWith(':'))).toBe(false);
    expect(bank.facts.some((f) => f.kind === 'statement' && f.text.endsWith(':'))).toBe(false);
  });

  it('reads "IQ" as no organisation, a participle after the subject as no deed, and drops half a quotation mark from a blank stem', () => {
    const draft = draftBank(
      article(
        'Children with iodine deficiency can lose up to 15 IQ points, the World Health Organization said.',
        'Iodine released from these chemicals into milk has dropped in recent years.',
        '"If iodine deficiency is serious you lose 15 IQ points. It is that simple," Eastman said.',
      ),
      { articleFile: 'a.txt' },
    );
    expect(draft.bank.entities.find((e) => e.name === 'IQ')?.kind ?? 'other').toBe('other');
    expect(draft.bank.facts.some((f) => f.kind === 'action' && f.action.startsWith('released from'))).toBe(false);
    for (const f of draft.bank.facts)
      if (f.kind === 'quantity' && f.question?.startsWith('Which number'))
        expect((f.question.match(/‘/g) ?? []).length).toBe((f.question.match(/’(?!\p{L})/gu) ?? []).length);
  });

  it('reads "she" and "he" as the latest person the library does not presume of the other sex', () => {
    const tagger = (text: string) => ({
      people: ['Gloria Sam', 'Thomas Sam'].filter((n) => text.includes(n)),
      places: [],
      organizations: [],
      female: ['Gloria Sam'],
      male: ['Thomas Sam'],
    });
    const draft = draftBank(
      article(
        'Gloria Sam was nine months old when her skin condition first appeared.',
        'Her father Thomas Sam treated the condition with homeopathic remedies for months.',
        'She died from an infection in May 2002.',
        'He told the court that he had followed the advice of his teachers.',
      ),
      { articleFile: 'a.txt', nameTagger: tagger },
    );
    const actions = draft.bank.facts.flatMap((f) => (f.kind === 'action' ? [[f.actor, f.action.split(' ')[0]]] : []));
    expect(actions).toContainEqual(['gloria-sam', 'died']);
    expect(actions).toContainEqual(['thomas-sam', 'told']);
  });

  it('swaps in no person from elsewhere in the article (false only by silence); people change places only within a sentence', () => {
    const bank = draftBank(
      article(
        'Anna Berg opened the new clinic in the town centre on Monday.',
        'Peter Lund visited the clinic with his family on Tuesday.',
        'The daughter was treated at home because Thomas Sam wanted to treat her himself.',
        'The award went to Anna Berg in May and to Peter Lund in June.',
      ),
      { articleFile: 'a.txt' },
    ).bank;
    const swaps = bank.facts.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.some((x) => x.replace === 'Thomas Sam')).toBe(false);
    expect(swaps).toContainEqual({
      replace: 'Anna Berg in May and to Peter Lund',
      with: 'Peter Lund in May and to Anna Berg',
    });
  });

  it('names whom "He" means in a blank stem, drafts no report of someone else\'s deed, no "billion-year" number, and reads "a 19 year old" as an age', () => {
    const bank = draftBank(
      article(
        'Daniel Montalvo left the group on September 24 after years of service.',
        'He was arrested and later released on 20,000 dollars bail, his lawyer said.',
        'Spokeswoman Karin Whitmore stated Montalvo left the group without permission.',
        'Members of the group sign a billion-year contract when they join.',
        'Montalvo, a 19 year old recruit from Florida, had joined the group at fifteen.',
      ),
      { articleFile: 'a.txt' },
    ).bank;
    const stems = bank.facts.flatMap((f) => (f.kind === 'quantity' && f.question ? [f.question] : []));
    expect(stems.find((q) => q.includes('bail'))).toMatch(
      /^Which number fills the blank in this sentence from the article \(about Daniel Montalvo\): “He was/,
    );
    expect(bank.facts.some((f) => f.kind === 'action' && f.action.startsWith('stated Montalvo'))).toBe(false);
    expect(bank.facts.some((f) => f.kind === 'quantity' && f.value === 1e9)).toBe(false);
    expect(bank.facts.find((f) => f.kind === 'quantity' && f.value === 19)).toMatchObject({ unit: 'years' });
  });

  it('a number with no stem and a count pieced from broken words waits for the author, with what it needs', () => {
    const text = article(
      'The mayor said the town could still meet the plan if the builders do not stop the work on the river within 48 hours and prepare against the risk of a winter flood in every part of the old town and its farms.',
      'Some 12 builders were hired last spring.',
    );
    const draft = draftBank(text, { articleFile: 'a.txt' });
    expect(draft.bank.facts.some((f) => f.kind === 'quantity' && f.value === 48)).toBe(false);
    const waiting = draft.pending?.find((p) => p.fact.kind === 'quantity' && p.fact.value === 48);
    // "hours" alone, now that "and prepare ..." is no part of what is counted: still no question to ask.
    expect(waiting?.notes.at(-1)).toMatch(/^needs a question: "hours" does not say which hours/);
    // A number a "How many" reads from is asked as drafted, with its hedge ("Some 12": about).
    expect(draft.bank.facts.find((f) => f.kind === 'quantity' && f.value === 12)).toMatchObject({
      question: 'About how many builders were hired last spring?',
    });
  });

  it('reads letters after a name ("Mark Tedeschi, QC,") as a title, not a speaker', () => {
    const bank = factsOf(
      article(
        'The trial of the parents began in Sydney on Monday.',
        'Prosecutor Mark Tedeschi, QC, said the parents had ignored the advice of doctors for months.',
        '"They chose to rely on remedies that could not work," Tedeschi said.',
      ),
    );
    expect(bank.entities.map((e) => e.name)).not.toContain('QC');
    for (const f of bank.facts) if (f.kind === 'quote') expect(f.speaker).toBe('mark-tedeschi');
  });

  it('never leaves a title or "the" before a swapped-in name ("Dean Donald Trump", "The Alireza Mehraban")', () => {
    const bank = factsOf(
      article(
        'President Donald Trump asked the council to help the girls enter the country.',
        'The contest was founded by Dean Kamen to encourage interest in science among young people.',
        'Coach Alireza Mehraban said the robot worked well in the final round.',
      ),
    );
    const texts = bank.facts.flatMap((f) =>
      f.kind === 'statement' ? (f.falsify ?? []).map((x) => f.text.replace(x.replace, x.with)) : [],
    );
    for (const t of texts)
      expect(t).not.toMatch(/\b(?:Dean|President|Coach|The) (?:Donald Trump|Alireza Mehraban|Kamen)\b/);
  });
});

describe('draftBank: the same article, a name beside "&"', () => {
  it('takes no piece of a name joined by "&" for a person ("Social Science & Medicine")', () => {
    const bank = draftBank(
      [
        'Clinic report',
        '',
        'Articles in journals including Social Science & Medicine have criticised the treatment.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    ).bank;
    expect(bank.entities.map((e) => e.name)).not.toContain('Social Science');
  });
});

describe('draftBank: one sentence, one way to ask it', () => {
  it('drafts no action that holds a number drafted from its sentence, and no cause from "after" telling when', () => {
    const draft = draftBank(
      [
        'Rescue report',
        '',
        'Local fishermen rescued over 700 asylum seekers off the coast on Friday.',
        '',
        'The navy saved 200 more people after they were found swimming along the coast of Aceh.',
        '',
        'The harbour office opened a new pier for the rescue boats on Monday.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const kinds = draft.bank.facts.map((f) => `${f.kind}:${f.evidence.slice(0, 12)}`);
    expect(kinds).toContain('quantity:Local fisher');
    expect(kinds).not.toContain('action:Local fisher');
    expect([...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)].some((f) => f.kind === 'cause')).toBe(
      false,
    );
  });

  it('asks a reason someone gives in their name, without the role word that opens the sentence (trial 13)', () => {
    const draft = draftBank(
      [
        'Island plan',
        '',
        'The island will run on wind and sun within ten years, its president said on Monday.',
        '',
        'Environmentalist Mark Lynas said that the plan could pay for itself in a decade, due to savings on oil imports.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const cause = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)].find((f) => f.kind === 'cause');
    expect(cause).toMatchObject({ effect: 'Mark Lynas said that the plan could pay for itself in a decade' });
  });

  it('drafts no quote from a set-up the speaker answers with "But" in the same quotation (trial 13)', () => {
    const draft = draftBank(
      [
        'Island plan',
        '',
        'The island will run on wind and sun within ten years, its president said on Monday.',
        '',
        '"The island could just give up. Its people could ask for shelter elsewhere. But the new government is taking a stand," said Chris Goodall, an expert who wrote the plan.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const quotes = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)].flatMap((f) =>
      f.kind === 'quote' ? [f.text] : [],
    );
    expect(quotes).toEqual(['But the new government is taking a stand']);
  });

  it('reads the doer of a passive whose subject is a thing: "was written by" asks who wrote it', () => {
    const draft = draftBank(
      [
        'Waste deal',
        '',
        'The government of Sierra Leone is investigating an agreement to import waste from Lebanon.',
        '',
        'The agreement was negotiated by Ibrahim Ben Kargbo, a former minister.',
        '',
        'The letter was written by Jane Ortiz, the mayor of Freetown.',
        '',
        'The first report was seen by Paul Dewar, a lawyer.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const actions = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)].flatMap((f) =>
      f.kind === 'action' ? [`${f.actor}: ${f.action}`] : [],
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'ibrahim-ben-kargbo: negotiated the agreement',
        'jane-ortiz: wrote the letter',
        'paul-dewar: saw the first report',
      ]),
    );
  });

  it('reads the names of a story told in Korean names, compass words and a bracketed acronym (Korea corpus article)', () => {
    const draft = draftBank(
      [
        'Border clash',
        '',
        'Yesterday, North Korea fired artillery rounds at a loudspeaker in South Korea.',
        '',
        'The South retaliated by firing dozens of rounds of artillery into the north.',
        '',
        'After the exchange of fire, North Korea stated it would attack any loudspeakers and would respond, militarily, within 48 hours if the broadcasts do not stop.',
        '',
        'KCNA said the South Korean puppet military made another grave provocation.',
        '',
        '"Kim Jong-un issued an order of the supreme commander of the Korean People\'s Army [KPA] to be ready", it added.',
        '',
        'Kim Jong-un later met the commanders of the KPA.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const entity = (name: string) => draft.bank.entities.find((e) => e.name === name || e.aliases?.includes(name));
    // "the South" is South Korea; "South Korean" describes, naming no one.
    expect(entity('the South')?.name).toBe('South Korea');
    expect(draft.bank.entities.some((e) => e.name === 'South Korean' && e.kind === 'person')).toBe(false);
    // A family name first: "Kim", not "Jong-un".
    expect(entity('Kim Jong-un')?.aliases).toContain('Kim');
    expect(entity('Kim Jong-un')?.aliases ?? []).not.toContain('Jong-un');
    // One body, its bracketed letters an alias; no "Korean People" person and "Army" body.
    expect(entity('KPA')?.name).toMatch(/Korean People's Army/);
    expect(draft.bank.entities.map((e) => e.name)).not.toContain('Army');
    const actions = draft.bank.facts.flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    // The aside ", militarily," does not end the verb phrase; the figure's phrase is left out.
    expect(actions).toContain('stated it would attack any loudspeakers and would respond militarily');
    expect(draft.bank.facts.find((f) => f.kind === 'action' && f.action.startsWith('retaliated'))).toMatchObject({
      actor: 'south-korea',
    });
  });

  it('takes two capitalised words for a person only when the article treats them as one (trial 15)', () => {
    const draft = draftBank(
      [
        'Rover finds rock',
        '',
        'The rover drilled a core from a rock called Bunsen Peak near the Margin Unit on Monday.',
        '',
        'Bunsen Peak is made mostly of carbonate, and the Margin Unit lies at the edge of the crater.',
        '',
        '"This rock is a time capsule," said Briony Horgan, a scientist at the university.',
        '',
        'Ken Farley drilled a second core later. Sandra Lind led the team that studied it.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const kindOf = (name: string) => draft.bank.entities.find((e) => e.name === name)?.kind;
    expect(kindOf('Bunsen Peak')).toBeUndefined();
    expect(kindOf('Margin Unit')).toBeUndefined();
    // Speaking, acting, or with an apposition: a person.
    expect(kindOf('Briony Horgan')).toBe('person');
    expect(kindOf('Ken Farley')).toBe('person');
    expect(kindOf('Sandra Lind')).toBe('person');
  });

  it('joins an acronym to its name either way round, and takes an instrument or a nickname for no body (trial 15)', () => {
    const draft = draftBank(
      [
        'Rover samples a rock',
        '',
        'The team at the Research Institutes of Sweden (RISE) studied the rock, RISE said on Monday.',
        '',
        'Later missions, in cooperation with ESA (European Space Agency), would bring the samples back, the European Space Agency said.',
        '',
        'The rover used the X-ray spectrometer PIXL on the rock; PIXL found carbonate.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const entity = (name: string) => draft.bank.entities.find((e) => e.name === name || e.aliases?.includes(name));
    expect(entity('RISE')?.name).toBe('the Research Institutes of Sweden');
    // A body named by what it is (an agency) reads with "the" in a question (trial 288).
    expect(entity('ESA')?.name).toBe('the European Space Agency');
    expect(draft.bank.entities.filter((e) => e.name === 'PIXL' && e.kind !== 'other')).toEqual([]);
  });

  it('reads a Wikinews story told in many voices (trial 14): roles, outlets, translations', () => {
    const draft = draftBank(
      [
        'Mayor suggests boycott',
        '',
        'Lord Mayor of Dublin Mícheál MacDonncha suggested on Tuesday that Ireland should not send a singer to Israel.',
        '',
        '"I don\'t think we should send a representative", the mayor said.',
        '',
        'Speaking to news site Dublin Live, MacDonncha said the contest should be boycotted.',
        '',
        "Lawmaker Emmett O'Brien replied to him on Twitter within the hour.",
        '',
        'Swedish political party Vänsterpartiet Malmö released a statement, saying, "We think it is vital to condemn the crimes." (Swedish language: Vi i Vänsterpartiet Malmö menar att det är av största vikt att fördöma brotten. Vi uppmanar därför alla att bojkotta tävlingen nu.)',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const entity = (name: string) => draft.bank.entities.find((e) => e.name === name || e.aliases?.includes(name));
    const facts = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)];
    // "the mayor" is the one person whose role holds the word.
    expect(facts.find((f) => f.kind === 'quote' && f.text.startsWith('I don'))).toMatchObject({
      speaker: entity('Mícheál MacDonncha')!.id,
    });
    expect(draft.bank.entities.map((e) => e.name)).not.toContain('the mayor');
    expect(entity('Dublin Live')?.kind ?? 'organisation').toBe('organisation');
    expect(entity("Emmett O'Brien")).toMatchObject({ kind: 'person', role: 'lawmaker' });
    // Nothing is drafted from the Swedish translation.
    expect(facts.filter((f) => /\b(?:Vi|menar|uppmanar)\b/.test(f.evidence))).toEqual([]);
  });

  it('keeps a hedge in a "How many" question (trial 14: "more than 50" was asked as the exact toll)', () => {
    const draft = draftBank(
      ['Clash', '', 'On Monday, more than 50 civilians were killed in a clash near the border.', ''].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(draft.bank.facts.find((f) => f.kind === 'quantity' && f.value === 50)).toMatchObject({
      precision: 'more than',
      question: 'More than how many civilians were killed in a clash near the border?',
    });
  });

  it('takes a name spelt two ways for one, under the spelling the article keeps to (trial 14)', () => {
    const draft = draftBank(
      [
        'Boycott call',
        '',
        'Two lawmakers, Lynn Boylann and Nessa Childers, endorsed the boycott on Monday.',
        '',
        'Lynn Boylan of the Sinn Féin party tweeted her support, and Boylan later spoke to reporters.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const lynns = draft.bank.entities.filter((e) => /Boylann?$/.test(e.name));
    expect(lynns).toHaveLength(1);
    expect(lynns[0]).toMatchObject({ name: 'Lynn Boylan', aliases: expect.arrayContaining(['Lynn Boylann']) });
  });

  it('gives "He" to the man the sentence before named, and keeps a name with a particle whole (trial 16)', () => {
    const draft = draftBank(
      [
        'Identity',
        '',
        'Luciana de Oliveira considers herself transnational. She became a citizen in 2017.',
        '',
        'Several people spoke about the study. Among them is Jorge Catalan. He has lived in Mexico most of his life.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const name = (id: string) => draft.bank.entities.find((e) => e.id === id)?.name;
    expect(draft.bank.entities.find((e) => e.name === 'Luciana de Oliveira')).toMatchObject({ kind: 'person' });
    const lived = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)].find(
      (f) => f.kind === 'action' && f.action.startsWith('has lived'),
    );
    expect(lived && lived.kind === 'action' ? name(lived.actor) : undefined).toBe('Jorge Catalan');
  });

  it('reads the names of a Korea report as a teacher would (trial 18)', () => {
    const draft = draftBank(
      [
        'Journalists expelled',
        '',
        'The team had traveled to cover the Workers’ Party Congress, the first in 36 years.',
        '',
        'Kim Jong Un spoke at the congress on Saturday. Kim Jong-Un also said the country would not use nuclear weapons first.',
        '',
        'The two Koreas have been divided since the Korean War ended in 1953, experts said.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const names = draft.bank.entities.map((e) => `${e.name}:${e.kind}`);
    expect(names).toContain('the Workers’ Party Congress:organisation');
    expect(draft.bank.entities.filter((e) => /Kim Jong[ -]Un/.test(e.name))).toHaveLength(1);
    expect(names).not.toContain('Korean War:person');
  });

  it('reads a science story as trials 20 and 21 found it should be read', () => {
    const draft = draftBank(
      [
        'Ice near the equator',
        '',
        'The discovery was made with data collected by the Mars Express orbiter near the Medusae Fossae Formation (or MFF).',
        '',
        'Sea level rose near Honolulu, pictured, and along the coasts of other islands in the Pacific.',
        '',
        'Credit: NOAA Teacher at Sea Program',
        '',
        '"The radar signals match what we would expect from layered ice," Thomas Watters said. He added that the ice could be water.',
        '',
        'His team said the MARSIS instrument is designed to find water, and the MARSIS instrument found it in 2023.',
        '',
        'El Niño involves warmer-than-average ocean temperatures in the eastern Pacific.',
        '',
        'Sea level rose sharply from 2022 to 2023, the scientists said, and Thomas Watters agreed with them.',
        '',
        'Related Terms',
        '',
        'NASA explores the unknown in air and space, innovates for the benefit of humanity.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const facts = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)];
    const names = draft.bank.entities.map((e) => `${e.name}:${e.kind}`);
    expect(names.filter((n) => /Mars Express:person|MFF:organisation|MARSIS:organisation|His team/.test(n))).toEqual(
      [],
    );
    expect(draft.bank.article.exclude).toEqual(
      expect.arrayContaining([
        'Sea level rose near Honolulu, pictured, and along the coasts of other islands in the Pacific.',
      ]),
    );
    expect(facts.filter((f) => /explores the unknown|involves warmer/.test(f.evidence))).toEqual([]);
    // No year of a span swapped ("from 2023 to 2023").
    for (const f of facts)
      if (f.kind === 'statement' && /from 2022 to 2023/.test(f.text))
        expect(f.falsify?.some((x) => /^20\d\d$/.test(x.replace))).not.toBe(true);
    const added = facts.find((f) => f.kind === 'action' && f.action.startsWith('added'));
    expect(
      added && added.kind === 'action' ? draft.bank.entities.find((e) => e.id === added.actor)?.name : 'Thomas Watters',
    ).toBe('Thomas Watters');
  });

  it('reads what retrials 20 and 21 still missed: a sized thing, "due mainly to", a journal, "X of Y led"', () => {
    const draft = draftBank(
      [
        'Ice near the equator',
        '',
        'Thomas Watters of the U.S. Smithsonian Institution led the new research on the ice.',
        '',
        'The findings were published in a study in Geophysical Research Letters last month.',
        '',
        'The radar uses a 40-meter-long antenna to send signals deep below the surface.',
        '',
        'Global sea level saw a significant jump from 2022 to 2023 due mainly to a switch between La Niña and El Niño.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const facts = [...draft.bank.facts, ...(draft.pending ?? []).map((p) => p.fact)];
    expect(facts.find((f) => f.kind === 'quantity' && f.value === 40)).toMatchObject({
      unit: 'meters',
      counts: 'length of the antenna',
    });
    expect(facts.find((f) => f.kind === 'cause')).toMatchObject({ cause: 'a switch between La Niña and El Niño' });
    expect(draft.bank.entities.filter((e) => e.name === 'Geophysical Research Letters' && e.kind === 'person')).toEqual(
      [],
    );
    const led = facts.find((f) => f.kind === 'action' && f.action.startsWith('led'));
    expect(led && led.kind === 'action' ? draft.bank.entities.find((e) => e.id === led.actor)?.name : undefined).toBe(
      'Thomas Watters',
    );
  });
});
