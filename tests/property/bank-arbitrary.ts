// fast-check arbitraries for random VALID banks: entities of several kinds, facts of every kind, and an
// article written from the facts' evidence sentences (one paragraph each, after a title), so evidence is
// verbatim by construction. The bank goes through the real loader (JSON is YAML), so "valid" is checked,
// not assumed: `loadArbitraryBank` throws if the loader finds any error.
import fc from 'fast-check';
import type { Bank, BankFile, Entity, EntityKind, Fact } from '../../src/core/types.js';
import { formatNumber } from '../../src/core/text.js';
import { parseBankText } from '../../src/io/parse-bank.js';

const FIRST = ['Anna', 'Karl', 'Olga', 'Piet', 'Maria', 'Jonas', 'Lea', 'Tomas', 'Ines', 'Rui', 'Eva', 'Milan'];
const LAST = [
  'Berg',
  'Weiss',
  'Lund',
  'Holm',
  'Dahl',
  'Sand',
  'Novak',
  'Costa',
  'Moreau',
  'Rossi',
  'Kowalski',
  'Silva',
];
const COUNTRIES = [
  'France',
  'Spain',
  'Italy',
  'Poland',
  'Portugal',
  'Greece',
  'Austria',
  'Norway',
  'Finland',
  'Ireland',
];
const ORGS = [
  'the Harbour Board',
  'the Fishing Union',
  'the Rail Agency',
  'the Port Council',
  'the Water Office',
  'the Energy Guild',
];
const CITIES = ['Brussels', 'Lisbon', 'Vienna', 'Oslo', 'Dublin', 'Athens', 'Warsaw', 'Porto'];
const UNITS: [string, string][] = [
  ['soldiers', 'soldiers were placed on alert'],
  ['days', 'days the talks lasted'],
  ['euros', 'euros the plan costs'],
  ['ships', 'ships left the harbour'],
  ['year', 'year the treaty was signed'],
];
const NOUNS = ['harbour', 'bridge', 'treaty', 'pipeline', 'railway', 'budget', 'ferry', 'border'];
const ROLES = ['foreign minister', 'transport minister', 'harbour master', 'union leader', 'mayor', 'chief negotiator'];
const EVENTS = ['talks', 'summit', 'vote', 'meeting', 'conference'];
/** Words that date an event, earliest first (an event's `order` is its index + 1). */
const WHEN = ['in 1990', 'last year', 'in March', 'on Monday', 'next spring'];
/** Two sides of the article's question, each with what an actor did to take it. */
const SIDES: [string, string][] = [
  ['backed the plan', 'said the plan must go ahead'],
  ['urged caution', 'asked for more time'],
];
/** Words with their meaning here and meanings that fit the sentence's grammar but not its sense. */
const VOCABULARY: [string, string, string[]][] = [
  ['stalled', 'stopped making progress', ['moved faster', 'was sold', 'was rebuilt']],
  ['scrapped', 'cancelled', ['painted', 'enlarged', 'praised']],
];
const RELATIONS = ['reason', 'purpose', 'consequence'] as const;
const SKILL_NAMES = ['detail', 'vocabulary', 'main-idea', 'cause-effect', 'sequence', 'stance', 'inference'] as const;

interface EntitySpec {
  kind: EntityKind;
  name: string;
  alias?: string;
}

/** Distinct entities: people (with a surname alias), countries, organisations, cities. */
const entitiesArb = fc
  .record({
    people: fc.uniqueArray(fc.nat(FIRST.length * LAST.length - 1), {
      minLength: 2,
      maxLength: 8,
      selector: (n) => n % LAST.length,
    }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 0, maxLength: 7 }),
    orgs: fc.uniqueArray(fc.constantFrom(...ORGS), { minLength: 0, maxLength: 4 }),
    cities: fc.uniqueArray(fc.constantFrom(...CITIES), { minLength: 0, maxLength: 4 }),
    aliases: fc.boolean(),
  })
  .map(({ people, countries, orgs, cities, aliases }) => {
    const out: EntitySpec[] = [];
    // Surnames are unique (selector), so a surname alias never names two people.
    for (const n of people)
      out.push({
        kind: 'person',
        name: `${FIRST[Math.floor(n / LAST.length)]} ${LAST[n % LAST.length]}`,
        ...(aliases ? { alias: LAST[n % LAST.length] } : {}),
      });
    for (const c of countries) out.push({ kind: 'country', name: c });
    for (const o of orgs) out.push({ kind: 'organisation', name: o.replace(/^the /, 'The ') });
    for (const c of cities) out.push({ kind: 'city', name: c });
    return out;
  });

type FactSpec =
  | { kind: 'quantity'; value: number; unit: number; asWord: boolean }
  | { kind: 'set'; memberKind: EntityKind; members: number[]; nonMembers: number[]; event: number }
  | { kind: 'quote'; speaker: number; noun: number; verb: number }
  | { kind: 'statement'; noun: number; hours: number; falsify: boolean }
  | { kind: 'role'; entity: number; role: number }
  | { kind: 'action'; actor: number; noun: number }
  | { kind: 'main-idea'; noun: number; wrong: number }
  | { kind: 'cause'; noun: number; relation: number; authored: number }
  | { kind: 'event'; noun: number; order: number }
  | { kind: 'stance'; actor: number; side: number; noun: number }
  | { kind: 'inference'; noun: number; wrong: number }
  | { kind: 'vocabulary'; noun: number; word: number; wrong: number }
  | { kind: 'written'; noun: number; type: number; skill: number };

const factSpecArb: fc.Arbitrary<FactSpec> = fc.oneof(
  // Weighted: matching (who did what) needs four actions of distinct actors and ordering three events; with thirteen kinds drawn
  // evenly, few banks would hold enough of either.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('quantity' as const),
      value: fc.integer({ min: 2, max: 250_000 }),
      unit: fc.nat(UNITS.length - 1),
      asWord: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      memberKind: fc.constantFrom<EntityKind>('person', 'country', 'organisation', 'city'),
      members: fc.uniqueArray(fc.nat(20), { minLength: 1, maxLength: 4 }),
      nonMembers: fc.uniqueArray(fc.nat(20), { minLength: 0, maxLength: 3 }),
      event: fc.nat(EVENTS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('quote' as const),
      speaker: fc.nat(20),
      noun: fc.nat(NOUNS.length - 1),
      verb: fc.nat(2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('statement' as const),
      noun: fc.nat(NOUNS.length - 1),
      hours: fc.integer({ min: 2, max: 9 }),
      falsify: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('role' as const), entity: fc.nat(20), role: fc.nat(ROLES.length - 1) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('action' as const), actor: fc.nat(20), noun: fc.nat(NOUNS.length - 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('main-idea' as const),
      noun: fc.nat(NOUNS.length - 1),
      wrong: fc.integer({ min: 2, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cause' as const),
      noun: fc.nat(NOUNS.length - 1),
      relation: fc.nat(2),
      authored: fc.nat(2),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      noun: fc.nat(NOUNS.length - 1),
      order: fc.integer({ min: 1, max: WHEN.length }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('stance' as const),
      actor: fc.nat(20),
      side: fc.nat(SIDES.length - 1),
      noun: fc.nat(NOUNS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('inference' as const),
      noun: fc.nat(NOUNS.length - 1),
      wrong: fc.integer({ min: 2, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('vocabulary' as const),
      noun: fc.nat(NOUNS.length - 1),
      word: fc.nat(VOCABULARY.length - 1),
      wrong: fc.integer({ min: 2, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('written' as const),
      noun: fc.nat(NOUNS.length - 1),
      type: fc.nat(2),
      skill: fc.nat(6),
    }),
  },
);

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const VERBS = ['We will defend the', 'Nobody may close the', 'Our people built the'];

function idOf(e: EntitySpec): string {
  return e.name
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
}

function list(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Builds a BankFile and its article from specs; specs that do not fit the entities are dropped. */
export function buildBank(
  entities: EntitySpec[],
  specs: FactSpec[],
  title: string,
): { file: BankFile; article: string } {
  const ents: Entity[] = entities.map((e) => ({
    id: idOf(e),
    kind: e.kind,
    name: e.name,
    ...(e.alias ? { aliases: [e.alias] } : {}),
  }));
  const people = ents.filter((e) => e.kind === 'person');
  const facts: Fact[] = [];
  const paragraphs: string[] = [];
  specs.forEach((s, i) => {
    const id = `f${i + 1}-${s.kind}`;
    let fact: Fact | undefined;
    switch (s.kind) {
      case 'quantity': {
        const [unit, counts] = UNITS[s.unit]!;
        const value = unit === 'year' ? 1900 + (s.value % 125) : s.value;
        const word = s.asWord && value < WORDS.length && WORDS[value] ? WORDS[value]! : undefined;
        const text = word ?? formatNumber(value, unit);
        const evidence =
          unit === 'year'
            ? `The treaty was signed in ${text} after long talks.`
            : `Officials said that ${text} ${unit} were counted on Monday.`;
        fact = { id, kind: 'quantity', value, text, counts, unit, evidence };
        break;
      }
      case 'set': {
        const pool = ents.filter((e) => e.kind === s.memberKind);
        const members = [
          ...new Set(
            s.members.map((m) => pool[m % Math.max(1, pool.length)]).filter((e): e is Entity => e !== undefined),
          ),
        ];
        const others = [
          ...new Set(
            s.nonMembers
              .map((m) => pool[m % Math.max(1, pool.length)])
              .filter((e): e is Entity => e !== undefined && !members.includes(e)),
          ),
        ];
        if (members.length === 0) return;
        const event = EVENTS[s.event]!;
        const evidence = `${list(members.map((m) => m.name))} took part in the ${event}${others.length ? `, but ${list(others.map((m) => m.name))} did not` : ''}.`;
        fact = {
          id,
          kind: 'set',
          about: `took part in the ${event}`,
          members: members.map((m) => m.id),
          ...(others.length ? { nonMembers: others.map((m) => m.id) } : {}),
          evidence,
        };
        break;
      }
      case 'quote': {
        const speaker = people[s.speaker % people.length]!;
        const text = `${VERBS[s.verb]} ${NOUNS[s.noun]}`;
        fact = {
          id,
          kind: 'quote',
          text,
          speaker: speaker.id,
          about: `the ${NOUNS[s.noun]}`,
          evidence: `"${text}," said ${speaker.name}.`,
        };
        break;
      }
      case 'statement': {
        const text = `The ${NOUNS[s.noun]} debate lasted ${WORDS[s.hours]} hours.`;
        fact = {
          id,
          kind: 'statement',
          text,
          evidence: text,
          ...(s.falsify
            ? {
                falsify: [
                  { replace: `${WORDS[s.hours]} hours`, with: `${WORDS[s.hours === 9 ? 2 : s.hours + 1]} hours` },
                ],
              }
            : {}),
        };
        break;
      }
      case 'role': {
        const who = people[s.entity % people.length]!;
        const role = ROLES[s.role]!;
        fact = { id, kind: 'role', entity: who.id, role, evidence: `${who.name} is the ${role}.` };
        break;
      }
      case 'action': {
        const who = people[s.actor % people.length]!;
        const action = `demanded a written guarantee for the ${NOUNS[s.noun]}`;
        fact = { id, kind: 'action', actor: who.id, action, evidence: `${who.name} ${action}.` };
        break;
      }
      case 'main-idea': {
        const noun = NOUNS[s.noun]!;
        const wrong = [
          { text: `The ${noun} will cost a great deal.`, flaw: 'too-narrow' as const },
          { text: 'Governments often disagree.', flaw: 'too-broad' as const },
          { text: `Ministers stopped the ${noun} plan.`, flaw: 'distorted' as const },
        ].slice(0, s.wrong);
        fact = {
          id,
          kind: 'main-idea',
          text: `Ministers moved the ${noun} plan forward despite doubts.`,
          wrong,
          evidence: `After long talks, ministers moved the ${noun} plan forward.`,
        };
        break;
      }
      case 'cause': {
        const noun = NOUNS[s.noun]!;
        const other = NOUNS[(s.noun + 1) % NOUNS.length]!;
        const relation = RELATIONS[s.relation]!;
        const wrong = [`the ${other} was too old`, `the ${other} budget was cut`].slice(0, s.authored);
        fact = {
          id,
          kind: 'cause',
          relation,
          effect: `the ${noun} vote was delayed`,
          cause: `the ${other} report was late`,
          ...(wrong.length ? { wrong } : {}),
          evidence: `The ${noun} vote was delayed because the ${other} report was late.`,
        };
        break;
      }
      case 'event': {
        const when = WHEN[s.order - 1]!;
        fact = {
          id,
          kind: 'event',
          text: `Work on the ${NOUNS[s.noun]} began.`,
          order: s.order,
          when,
          evidence: `Work on the ${NOUNS[s.noun]} began ${when}.`,
        };
        break;
      }
      case 'stance': {
        const who = people[s.actor % people.length]!;
        const [side, position] = SIDES[s.side]!;
        fact = {
          id,
          kind: 'stance',
          actor: who.id,
          side,
          position,
          evidence: `${who.name} ${position} on the ${NOUNS[s.noun]}.`,
        };
        break;
      }
      case 'inference': {
        const noun = NOUNS[s.noun]!;
        const wrong = ['Yes: the vote was won', 'Yes: work has started', 'No: it was rejected'].slice(0, s.wrong);
        fact = {
          id,
          kind: 'inference',
          question: `Has the ${noun} plan been approved?`,
          answer: 'No: it is still being discussed',
          wrong,
          certainty: 'stated',
          evidence: `The ${noun} plan is still being discussed.`,
        };
        break;
      }
      case 'vocabulary': {
        const [word, meaning, all] = VOCABULARY[s.word]!;
        fact = {
          id,
          kind: 'vocabulary',
          word,
          meaning,
          wrong: all.slice(0, s.wrong),
          evidence: `Work on the ${NOUNS[s.noun]} was ${word} in the winter.`,
        };
        break;
      }
      case 'written': {
        const noun = NOUNS[s.noun]!;
        const skill = SKILL_NAMES[s.skill]!;
        const evidence = `The ${noun} committee met twice.`;
        fact =
          s.type === 0
            ? {
                id,
                kind: 'written',
                skill,
                type: 'multiple-choice',
                prompt: `How often did the ${noun} committee meet?`,
                answer: 'Twice',
                choices: ['Once', 'Three times', 'Never'],
                evidence,
              }
            : s.type === 1
              ? {
                  id,
                  kind: 'written',
                  skill,
                  type: 'true-false',
                  prompt: `The ${noun} committee met only once.`,
                  answer: false,
                  evidence,
                }
              : {
                  id,
                  kind: 'written',
                  skill,
                  type: 'short-answer',
                  prompt: `How many times did the ${noun} committee meet?`,
                  answer: 'twice',
                  accept: ['two times', '2'],
                  evidence,
                };
        break;
      }
    }
    facts.push(fact);
    paragraphs.push(fact.evidence);
  });
  if (facts.length === 0) {
    // Every spec was a set of a kind with no entities: a bank needs one fact.
    const who = people[0]!;
    facts.push({
      id: 'f0-role',
      kind: 'role',
      entity: who.id,
      role: ROLES[0]!,
      evidence: `${who.name} is the ${ROLES[0]}.`,
    });
    paragraphs.push(facts[0]!.evidence);
  }
  const file: BankFile = {
    format: 'readquiz/bank@1',
    id: 'random',
    title,
    article: { file: 'article.txt' },
    entities: ents,
    facts,
  };
  return { file, article: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}

export const bankSourceArb = fc
  .record({
    entities: entitiesArb,
    specs: fc.array(factSpecArb, { minLength: 1, maxLength: 25 }),
    title: fc.constantFrom(
      'Ministers meet over the harbour plan',
      'Talks on the new treaty',
      'A vote in the port city',
    ),
  })
  .map(({ entities, specs, title }) => buildBank(entities, specs, title));

/** Loads a built bank through the real loader; throws with the loader's messages if it is not valid. */
export function loadArbitraryBank(src: { file: BankFile; article: string }): Bank {
  const parsed = parseBankText(JSON.stringify(src.file, null, 1), 'random.yaml', () => src.article);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !parsed.bank) {
    throw new Error(
      `the arbitrary built an invalid bank:\n${errors.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')}\n${JSON.stringify(src.file, null, 1)}\n${src.article}`,
    );
  }
  return parsed.bank;
}

export const bankArb: fc.Arbitrary<Bank> = bankSourceArb.map(loadArbitraryBank);
