// fast-check arbitraries for random VALID banks: entities of several kinds, facts of every kind, and an
// article written from the facts' evidence sentences (one paragraph each, after a title), so evidence is
// verbatim by construction. The bank goes through the real loader (JSON is YAML), so "valid" is checked,
// not assumed: `loadArbitraryBank` throws if the loader finds any error.
import fc from 'fast-check';
import type { Bank, BankFile, Entity, EntityKind, Fact } from '../../src/core/types.js';
import { formatNumber } from '../../src/core/text.js';
import { parseBankText } from '../../src/io/parse-bank.js';

const FIRST = ['Anna', 'Karl', 'Olga', 'Piet', 'Maria', 'Jonas', 'Lea', 'Tomas', 'Ines', 'Rui', 'Eva', 'Milan'];
const LAST = ['Berg', 'Weiss', 'Lund', 'Holm', 'Dahl', 'Sand', 'Novak', 'Costa', 'Moreau', 'Rossi', 'Kowalski', 'Silva'];
const COUNTRIES = ['France', 'Spain', 'Italy', 'Poland', 'Portugal', 'Greece', 'Austria', 'Norway', 'Finland', 'Ireland'];
const ORGS = ['the Harbour Board', 'the Fishing Union', 'the Rail Agency', 'the Port Council', 'the Water Office', 'the Energy Guild'];
const CITIES = ['Brussels', 'Lisbon', 'Vienna', 'Oslo', 'Dublin', 'Athens', 'Warsaw', 'Porto'];
const UNITS: [string, string][] = [['soldiers', 'soldiers were placed on alert'], ['days', 'days the talks lasted'], ['euros', 'euros the plan costs'], ['ships', 'ships left the harbour'], ['year', 'year the treaty was signed']];
const NOUNS = ['harbour', 'bridge', 'treaty', 'pipeline', 'railway', 'budget', 'ferry', 'border'];
const ROLES = ['foreign minister', 'transport minister', 'harbour master', 'union leader', 'mayor', 'chief negotiator'];
const EVENTS = ['talks', 'summit', 'vote', 'meeting', 'conference'];

interface EntitySpec {
  kind: EntityKind;
  name: string;
  alias?: string;
}

/** Distinct entities: people (with a surname alias), countries, organisations, cities. */
const entitiesArb = fc
  .record({
    people: fc.uniqueArray(fc.nat(FIRST.length * LAST.length - 1), { minLength: 2, maxLength: 8, selector: (n) => n % LAST.length }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 0, maxLength: 7 }),
    orgs: fc.uniqueArray(fc.constantFrom(...ORGS), { minLength: 0, maxLength: 4 }),
    cities: fc.uniqueArray(fc.constantFrom(...CITIES), { minLength: 0, maxLength: 4 }),
    aliases: fc.boolean(),
  })
  .map(({ people, countries, orgs, cities, aliases }) => {
    const out: EntitySpec[] = [];
    // Surnames are unique (selector), so a surname alias never names two people.
    for (const n of people) out.push({ kind: 'person', name: `${FIRST[Math.floor(n / LAST.length)]} ${LAST[n % LAST.length]}`, ...(aliases ? { alias: LAST[n % LAST.length] } : {}) });
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
  | { kind: 'action'; actor: number; noun: number };

const factSpecArb: fc.Arbitrary<FactSpec> = fc.oneof(
  fc.record({ kind: fc.constant('quantity' as const), value: fc.integer({ min: 2, max: 250_000 }), unit: fc.nat(UNITS.length - 1), asWord: fc.boolean() }),
  fc.record({
    kind: fc.constant('set' as const),
    memberKind: fc.constantFrom<EntityKind>('person', 'country', 'organisation', 'city'),
    members: fc.uniqueArray(fc.nat(20), { minLength: 1, maxLength: 4 }),
    nonMembers: fc.uniqueArray(fc.nat(20), { minLength: 0, maxLength: 3 }),
    event: fc.nat(EVENTS.length - 1),
  }),
  fc.record({ kind: fc.constant('quote' as const), speaker: fc.nat(20), noun: fc.nat(NOUNS.length - 1), verb: fc.nat(2) }),
  fc.record({ kind: fc.constant('statement' as const), noun: fc.nat(NOUNS.length - 1), hours: fc.integer({ min: 2, max: 9 }), falsify: fc.boolean() }),
  fc.record({ kind: fc.constant('role' as const), entity: fc.nat(20), role: fc.nat(ROLES.length - 1) }),
  fc.record({ kind: fc.constant('action' as const), actor: fc.nat(20), noun: fc.nat(NOUNS.length - 1) }),
);

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const VERBS = ['We will defend the', 'Nobody may close the', 'Our people built the'];

function idOf(e: EntitySpec): string {
  return e.name.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '');
}

function list(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Builds a BankFile and its article from specs; specs that do not fit the entities are dropped. */
export function buildBank(entities: EntitySpec[], specs: FactSpec[], title: string): { file: BankFile; article: string } {
  const ents: Entity[] = entities.map((e) => ({ id: idOf(e), kind: e.kind, name: e.name, ...(e.alias ? { aliases: [e.alias] } : {}) }));
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
        const evidence = unit === 'year' ? `The treaty was signed in ${text} after long talks.` : `Officials said that ${text} ${unit} were counted on Monday.`;
        fact = { id, kind: 'quantity', value, text, counts, unit, evidence };
        break;
      }
      case 'set': {
        const pool = ents.filter((e) => e.kind === s.memberKind);
        const members = [...new Set(s.members.map((m) => pool[m % Math.max(1, pool.length)]).filter((e): e is Entity => e !== undefined))];
        const others = [...new Set(s.nonMembers.map((m) => pool[m % Math.max(1, pool.length)]).filter((e): e is Entity => e !== undefined && !members.includes(e)))];
        if (members.length === 0) return;
        const event = EVENTS[s.event]!;
        const evidence = `${list(members.map((m) => m.name))} took part in the ${event}${others.length ? `, but ${list(others.map((m) => m.name))} did not` : ''}.`;
        fact = { id, kind: 'set', about: `took part in the ${event}`, members: members.map((m) => m.id), ...(others.length ? { nonMembers: others.map((m) => m.id) } : {}), evidence };
        break;
      }
      case 'quote': {
        const speaker = people[s.speaker % people.length]!;
        const text = `${VERBS[s.verb]} ${NOUNS[s.noun]}`;
        fact = { id, kind: 'quote', text, speaker: speaker.id, about: `the ${NOUNS[s.noun]}`, evidence: `"${text}," said ${speaker.name}.` };
        break;
      }
      case 'statement': {
        const text = `The ${NOUNS[s.noun]} debate lasted ${WORDS[s.hours]} hours.`;
        fact = { id, kind: 'statement', text, evidence: text, ...(s.falsify ? { falsify: [{ replace: `${WORDS[s.hours]} hours`, with: `${WORDS[s.hours === 9 ? 2 : s.hours + 1]} hours` }] } : {}) };
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
    }
    facts.push(fact);
    paragraphs.push(fact.evidence);
  });
  if (facts.length === 0) {
    // Every spec was a set of a kind with no entities: a bank needs one fact.
    const who = people[0]!;
    facts.push({ id: 'f0-role', kind: 'role', entity: who.id, role: ROLES[0]!, evidence: `${who.name} is the ${ROLES[0]}.` });
    paragraphs.push(facts[0]!.evidence);
  }
  const file: BankFile = { format: 'readquiz/bank@1', id: 'random', title, article: { file: 'article.txt' }, entities: ents, facts };
  return { file, article: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}

export const bankSourceArb = fc
  .record({
    entities: entitiesArb,
    specs: fc.array(factSpecArb, { minLength: 1, maxLength: 25 }),
    title: fc.constantFrom('Ministers meet over the harbour plan', 'Talks on the new treaty', 'A vote in the port city'),
  })
  .map(({ entities, specs, title }) => buildBank(entities, specs, title));

/** Loads a built bank through the real loader; throws with the loader's messages if it is not valid. */
export function loadArbitraryBank(src: { file: BankFile; article: string }): Bank {
  const parsed = parseBankText(JSON.stringify(src.file, null, 1), 'random.yaml', () => src.article);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !parsed.bank) {
    throw new Error(`the arbitrary built an invalid bank:\n${errors.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')}\n${JSON.stringify(src.file, null, 1)}\n${src.article}`);
  }
  return parsed.bank;
}

export const bankArb: fc.Arbitrary<Bank> = bankSourceArb.map(loadArbitraryBank);
