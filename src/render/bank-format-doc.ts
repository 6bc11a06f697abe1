// docs/bank-format.md, rendered from bankSchema so the reference and the loader can never disagree.
// The examples form one bank over the built-in article; a test loads it, so they stay valid too.
import { stringify } from 'yaml';
import { bankSchema } from '../core/schemas.js';
import { FACT_KINDS, type BankFile, type Fact, type FactKind } from '../core/types.js';

type Schema = Record<string, unknown>;

/** One example per fact kind, all from questions/biden-ukraine.txt. */
export const BANK_FORMAT_EXAMPLE: BankFile = {
  format: 'readquiz/bank@1',
  id: 'biden-ukraine-example',
  title: 'Biden tries to change the balance of power on Ukraine',
  language: 'en',
  article: {
    file: 'biden-ukraine.txt',
    exclude: ['© KEYSTONE/EPA/MICHAEL REYNOLDS / POOL', 'Leave a Comment', 'This site uses Akismet'],
  },
  entities: [
    {
      id: 'olaf-scholz',
      kind: 'person',
      name: 'Olaf Scholz',
      aliases: ['Scholz', 'the German Chancellor'],
      role: 'German Chancellor',
    },
    { id: 'emmanuel-macron', kind: 'person', name: 'Emmanuel Macron', aliases: ['Macron'], role: 'French President' },
    { id: 'mario-draghi', kind: 'person', name: 'Mario Draghi', role: 'Italian Prime Minister' },
    { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', role: 'Russian counterpart' },
    { id: 'russia', kind: 'country', name: 'Russia' },
    { id: 'nato', kind: 'organisation', name: 'NATO', aliases: ['the military alliance', 'the Atlantic alliance'] },
  ],
  facts: [
    {
      id: 'soldiers-on-alert',
      kind: 'quantity',
      evidence: 'The United States has placed up to 8,500 soldiers on alert.',
      value: 8500,
      counts: 'soldiers the United States has placed on alert',
      unit: 'soldiers',
      precision: 'up to',
      text: '8,500',
      question: 'Up to how many soldiers has the United States placed on alert?',
    },
    {
      id: 'meeting-participants',
      kind: 'set',
      evidence:
        'French President Emmanuel Macron, German Chancellor Olaf Scholz, Italian Prime Minister Mario Draghi, NATO Secretary General Jens Stoltenberg, Polish President Andrzej Duda, British Prime Minister Boris Johnson, European Council President Charles Michel and European Commission President Ursula von der Leyen participated in the meeting.',
      about: 'participated in the meeting',
      members: ['emmanuel-macron', 'olaf-scholz', 'mario-draghi'],
      nonMembers: ['vladimir-putin'],
    },
    {
      id: 'scholz-heavy-consequences',
      kind: 'quote',
      evidence:
        'The participants “were all of the opinion that it is up to Russia to undertake visible initiatives of de-escalation”, commented for his part the German Chancellor, assuring that Moscow would suffer “very heavy consequences” in the event of invasion.',
      text: 'very heavy consequences',
      speaker: 'olaf-scholz',
      about: 'what Moscow would suffer in the event of invasion',
    },
    {
      id: 'families-removed',
      kind: 'statement',
      evidence:
        'The Europeans had previously seemed wary of the increasingly tough rhetoric and decisions of the United States, which for example decided to remove the families of diplomats stationed in Kiev, an initiative followed by London and Canberra.',
      text: 'The United States decided to remove the families of diplomats stationed in Kiev.',
      falsify: [{ replace: 'Kiev', with: 'Moscow' }],
    },
    {
      id: 'scholz-role',
      kind: 'role',
      evidence:
        'French President Emmanuel Macron, German Chancellor Olaf Scholz, Italian Prime Minister Mario Draghi, NATO Secretary General Jens Stoltenberg, Polish President Andrzej Duda, British Prime Minister Boris Johnson, European Council President Charles Michel and European Commission President Ursula von der Leyen participated in the meeting.',
      entity: 'olaf-scholz',
      role: 'German Chancellor',
    },
    {
      id: 'russia-written-commitment',
      kind: 'action',
      evidence:
        'Russia demands a written commitment on the non-enlargement of NATO to Ukraine and Georgia and demands a withdrawal of the forces and armaments of the Atlantic alliance from the countries of Eastern Europe which have joined the NATO after 1997, notably from Romania and Bulgaria.',
      actor: 'russia',
      action: 'demands a written commitment on the non-enlargement of NATO to Ukraine and Georgia',
    },
    {
      id: 'main-idea',
      kind: 'main-idea',
      evidence:
        'By announcing the possible deployment of thousands of American soldiers to reinforce NATO troops, American President Joe Biden markedly increased the pressure on Monday on Moscow, which threatens Ukraine.',
      text: 'Joe Biden raised the pressure on Russia over Ukraine but kept the Europeans with him and diplomacy open.',
      wrong: [
        {
          text: 'Joe Biden held a videoconference of just under an hour and a half on Monday with several European leaders.',
          flaw: 'too-narrow',
        },
        {
          text: 'Relations between Russia and Western countries have been difficult for many years, in Europe and elsewhere.',
          flaw: 'too-broad',
        },
        {
          text: 'The United States decided to send 8,500 soldiers to fight in Ukraine, against the wishes of the Europeans.',
          flaw: 'distorted',
        },
      ],
    },
    {
      id: 'nato-ships-purpose',
      kind: 'cause',
      evidence:
        'NATO, for its part, has announced that it is placing forces on standby and sending ships and combat aircraft to strengthen its defenses in Eastern Europe.',
      relation: 'purpose',
      effect: 'NATO is sending ships and combat aircraft to Eastern Europe',
      cause: 'To strengthen its defenses in Eastern Europe',
      question: 'According to the article, why is NATO sending ships and combat aircraft?',
      wrong: [
        'To bring home the families of diplomats stationed in Kiev',
        'To replace the American soldiers placed on alert',
      ],
    },
    {
      id: 'families-removed-event',
      kind: 'event',
      evidence:
        'The Europeans had previously seemed wary of the increasingly tough rhetoric and decisions of the United States, which for example decided to remove the families of diplomats stationed in Kiev, an initiative followed by London and Canberra.',
      text: 'The removal of American diplomats’ families from Kiev',
      order: 1,
      when: 'previously',
    },
    {
      id: 'nato-pressure-stance',
      kind: 'stance',
      evidence:
        'NATO, for its part, has announced that it is placing forces on standby and sending ships and combat aircraft to strengthen its defenses in Eastern Europe.',
      actor: 'nato',
      side: 'raised the pressure on Russia',
      position: 'placed forces on standby and is sending ships and combat aircraft to Eastern Europe',
    },
    {
      id: 'no-decision-yet',
      kind: 'inference',
      evidence:
        '“No decision has been made on the deployment of forces outside the United States for the moment,” however, said his spokesperson.',
      certainty: 'hedged',
      question: 'Has the United States decided to send the soldiers it placed on alert?',
      answer: 'No: no decision on deploying them has been made yet',
      wrong: [
        'Yes: the soldiers left for Eastern Europe on Monday',
        'Yes: the Pentagon announced that they will leave in five days',
      ],
    },
    {
      id: 'de-escalation-meaning',
      kind: 'vocabulary',
      evidence:
        'The participants “were all of the opinion that it is up to Russia to undertake visible initiatives of de-escalation”, commented for his part the German Chancellor, assuring that Moscow would suffer “very heavy consequences” in the event of invasion.',
      word: 'de-escalation',
      meaning: 'steps that reduce tension',
      wrong: [
        'steps that increase military pressure',
        'new demands in a negotiation',
        'moving troops closer to a border',
      ],
    },
    {
      id: 'diplomacy-not-abandoned',
      kind: 'written',
      evidence:
        'Along with this rise in pressure, Westerners continue despite everything to explore the diplomatic path.',
      skill: 'inference',
      type: 'true-false',
      prompt: 'The article suggests that Western countries have not given up on talks with Russia.',
      answer: true,
      opposite: 'The article suggests that Western countries have broken off all talks with Russia.',
    },
  ],
};

const KIND_ORDER: readonly FactKind[] = FACT_KINDS;

function typeOf(s: Schema, defs: Record<string, Schema>): string {
  if (typeof s.$ref === 'string') return typeOf(defs[s.$ref.replace('#/$defs/', '')]!, defs);
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (s.type === 'array') {
    const items = s.items as Schema | undefined;
    const inner = items ? typeOf(items, defs) : 'values';
    const bounds = [
      typeof s.minItems === 'number' && s.minItems > 0 ? `at least ${s.minItems}` : '',
      typeof s.maxItems === 'number' ? `at most ${s.maxItems}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `list of ${inner}${bounds ? ` (${bounds})` : ''}`;
  }
  if (s.type === 'string') {
    if (s.pattern === '^[a-z0-9][a-z0-9-]*$')
      return s.description === 'The id of an entity in this bank.' ? 'entity id' : 'id';
    const len = typeof s.maxLength === 'number' ? `, up to ${s.maxLength} characters` : '';
    return `text${len}`;
  }
  if (s.type === 'number') return typeof s.minimum === 'number' ? `number ≥ ${s.minimum}` : 'number';
  if (s.type === 'integer') return 'whole number';
  if (s.type === 'boolean') return 'true or false';
  if (s.type === 'object') return 'mapping';
  return 'value';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fieldTable(obj: Schema, defs: Record<string, Schema>, skip: string[] = []): string {
  const props = obj.properties as Record<string, Schema>;
  const required = new Set((obj.required as string[] | undefined) ?? []);
  const rows = Object.entries(props)
    .filter(([k]) => !skip.includes(k))
    .map(([k, s]) => {
      const resolved = typeof s.$ref === 'string' ? defs[s.$ref.replace('#/$defs/', '')]! : s;
      const nested =
        resolved.type === 'object' ||
        (resolved.type === 'array' &&
          (resolved.items as Schema | undefined)?.type !== 'string' &&
          (resolved.items as Schema | undefined)?.pattern === undefined);
      const desc =
        typeof s.description === 'string'
          ? s.description
          : 'const' in s
            ? 'Always this value.'
            : nested
              ? `See \`${k}\` below.`
              : '';
      const itemDesc =
        resolved.type === 'array' && typeof (resolved.items as Schema | undefined)?.description === 'string'
          ? `Each: ${String((resolved.items as Schema).description)}`
          : '';
      return `| \`${k}\` | ${required.has(k) ? 'yes' : 'no'} | ${cell(typeOf(s, defs))} | ${cell([desc, itemDesc].filter(Boolean).join(' '))} |`;
    });
  return ['| Field | Required | Type | Meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function yamlBlock(value: unknown): string {
  return ['```yaml', stringify(value, { lineWidth: 0 }).trimEnd(), '```'].join('\n');
}

/** The Markdown reference for the bank format. */
export function renderBankFormatDoc(schema: Schema = bankSchema as unknown as Schema): string {
  const defs = schema.$defs as Record<string, Schema>;
  const props = schema.properties as Record<string, Schema>;
  const entityItems = props.entities!.items as Schema;
  const article = props.article!;
  const example = BANK_FORMAT_EXAMPLE;
  const out: string[] = [];
  out.push(
    '# The bank format (`readquiz/bank@1`)',
    '',
    '<!-- Generated from bankSchema in src/core/schemas.ts by tests/docs/bank-format.test.ts.',
    '     Do not edit by hand: run `UPDATE_DOCS=1 npx vitest run tests/docs` to refresh. -->',
    '',
    `${String(schema.description)} A bank is one YAML file; \`readquiz init ARTICLE\` drafts one, \`readquiz lint FILE\``,
    'checks it (and prints `file:line:col` for each problem). For completion in an editor, point a `$schema:` line at',
    "readquiz's `schema/bank.schema.json` (in this repository, or `node_modules/readquiz/schema/` once installed).",
    '',
    '## Top level',
    '',
    fieldTable(schema, defs),
    '',
    '## `article`',
    '',
    fieldTable(article, defs),
    '',
    'The article file is plain text or Markdown: the first block is the title, blocks without a sentence-ending',
    'mark are headings (but a line of six words or more that ends in a colon or a semicolon, such as an item of a list of',
    'sentences, is a paragraph), the others are paragraphs numbered from 1. `exclude` lines are dropped before that.',
    '',
    yamlBlock({ article: example.article }),
    '',
    '## `entities`',
    '',
    'Everything the article names that a question may use: speakers, members of a set, actors, and the',
    'distractors drawn for them. Distractors come from entities of the same `kind`, so guess kinds with care.',
    '',
    fieldTable(entityItems, defs),
    '',
    yamlBlock({ entities: example.entities.slice(0, 2) }),
    '',
    '## `facts`',
    '',
    `Every fact has an \`id\`, a \`kind\` (one of ${KIND_ORDER.map((k) => `\`${k}\``).join(', ')}) and its \`evidence\`. The`,
    'other fields depend on the kind.',
    '',
  );
  for (const kind of KIND_ORDER) {
    const def = defs[kind]!;
    const ex = example.facts.find((f: Fact) => f.kind === kind)!;
    out.push(`### \`${kind}\``, '', String(def.description), '', fieldTable(def, defs), '');
    // Lists of mappings inside a fact (a statement's `falsify`) get their own table.
    for (const [k, p] of Object.entries(def.properties as Record<string, Schema>)) {
      const items = p.items as Schema | undefined;
      if (p.type === 'array' && items?.properties) out.push(`Each item of \`${k}\`:`, '', fieldTable(items, defs), '');
    }
    out.push('Example:', '', yamlBlock([ex]), '');
  }
  out.push(
    '## What lint checks beyond the schema',
    '',
    '- ids are unique among entities and among facts; each reference (`speaker`, `members`, `nonMembers`, `entity`, `actor`) names an entity of the bank;',
    '- a name or alias points to one entity only;',
    '- `evidence` is a whole sentence of the article, verbatim (whitespace and typographic quotes may differ); when it is not, lint shows the closest sentence;',
    "- a quote's `text` and a quantity's `text` appear in the evidence; a statement's `falsify[].replace` appears in its `text`;",
    "- a vocabulary fact's `word` appears in the evidence; a written question has the answer its `type` needs (true or false, or text) and multiple choice has at least 2 wrong `choices`;",
    '- every fact can make at least one question.',
    '',
    '## Skills',
    '',
    'Every question carries the reading skill it asks for: `detail` (quantity, set, quote, statement, role, action),',
    '`main-idea`, `cause-effect` (cause), `sequence` (event), `stance`, `inference`, `vocabulary`, or the `skill` a',
    'written question names. A quiz opens with the main idea when the bank has one, then alternates skills beyond',
    'detail with details; `--skills` selects skills as `--types` selects question types. No two questions rest on one',
    'sentence, but the main idea sums up the article rather than asking its lede: a detail of the lede may be asked',
    'beside it, as a number or a name, when no option of the summary states that answer, and so may its event in a',
    'question of time order.',
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
